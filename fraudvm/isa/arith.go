package isa

import "math"

// The fixed-point arithmetic of REQUANT and ADD: gemmlowp's SaturatingRoundingDoublingHighMul
// and RoundingDivideByPOT, written so that every intermediate fits int64 and every step maps one
// to one onto Solidity int256 and OpenCL long arithmetic. docs/spec/fraudvm.md gives the same
// text; the two must not drift.

// MinShift is the most negative shift (largest right shift) a REQUANT or ADD accepts. v1 has no
// left shifts on the output side: shift ≤ 0.
const MinShift = -31

// SRDHM is gemmlowp's SaturatingRoundingDoublingHighMul: round(a·b / 2^31), saturating the single
// overflowing case INT32_MIN·INT32_MIN. (a·b + 2^30) >> 31 with an arithmetic shift equals
// gemmlowp's sign-dependent nudge followed by truncating division for every a, b.
func SRDHM(a, b int32) int32 {
	if a == math.MinInt32 && b == math.MinInt32 {
		return math.MaxInt32
	}
	return int32((int64(a)*int64(b) + (1 << 30)) >> 31)
}

// RDBPOT is gemmlowp's RoundingDivideByPOT: x / 2^e rounded to nearest, ties away from zero.
// e must be in [0, 31].
func RDBPOT(x int32, e uint) int32 {
	if e == 0 {
		return x
	}
	x64 := int64(x)
	q := x64 >> e
	r := x64 - q<<e
	h := int64(1) << (e - 1)
	if r > h || (r == h && x64 >= 0) {
		q++
	}
	return int32(q)
}

// MulByQuantizedMultiplier is TFLite's MultiplyByQuantizedMultiplierSmallerThanOneExp for
// shift ≤ 0: RDBPOT(SRDHM(x, m), -shift).
func MulByQuantizedMultiplier(x, m int32, shift int8) int32 {
	return RDBPOT(SRDHM(x, m), uint(-int(shift)))
}

// ShiftValid reports whether a requantization shift is in v1's range [-31, 0].
func ShiftValid(s int8) bool { return s <= 0 && s >= MinShift }

// Clamp8 clamps v to [lo, hi] and returns it as int8 (lo ≤ hi is the validator's concern; with
// lo > hi the result is hi, deterministically).
func Clamp8(v int64, lo, hi int8) int8 {
	if v < int64(lo) {
		v = int64(lo)
	}
	if v > int64(hi) {
		v = int64(hi)
	}
	return int8(v)
}

// Requant maps an int32 accumulator to int8:
//
//	clamp(RDBPOT(SRDHM(acc + bias, m), -shift) + zp, lo, hi)
//
// acc + bias wraps in int32, as the accumulator does.
func Requant(acc, bias, m int32, shift, zp, lo, hi int8) int8 {
	x := MulByQuantizedMultiplier(acc+bias, m, shift)
	return Clamp8(int64(x)+int64(zp), lo, hi)
}

// AddLeftShift is the fixed input left shift of int8 ADD (TFLite uses 20 for 8-bit inputs).
const AddLeftShift = 20

// AddParams are the immediates of ADD (TFLite's quantized add, int8 inputs).
type AddParams struct {
	OffA, OffB int16 // input offsets (-zero point), |off| ≤ 255
	MulA       int32
	ShiftA     int8
	MulB       int32
	ShiftB     int8
	MulOut     int32
	ShiftOut   int8
	ZeroOut    int8
	Lo, Hi     int8
}

// Add computes one element of ADD:
//
//	sa = int32((a + offA) << 20), sb likewise (wrapping)
//	sum = MBQM(sa, mulA, shiftA) + MBQM(sb, mulB, shiftB)      (wrapping)
//	out = clamp(MBQM(sum, mulOut, shiftOut) + zeroOut, lo, hi)
func Add(a, b int8, p *AddParams) int8 {
	sa := int32((int64(a) + int64(p.OffA)) << AddLeftShift)
	sb := int32((int64(b) + int64(p.OffB)) << AddLeftShift)
	sum := MulByQuantizedMultiplier(sa, p.MulA, p.ShiftA) + MulByQuantizedMultiplier(sb, p.MulB, p.ShiftB)
	out := MulByQuantizedMultiplier(sum, p.MulOut, p.ShiftOut)
	return Clamp8(int64(out)+int64(p.ZeroOut), p.Lo, p.Hi)
}

// Dot8 is the MATMUL micro-step: the wrapping int32 sum of a[t]·b[t] for t < n (n ≤ 32).
func Dot8(a, b *[LeafSize]byte, n int) int32 {
	var acc int32
	for t := 0; t < n; t++ {
		acc += int32(int8(a[t])) * int32(int8(b[t]))
	}
	return acc
}
