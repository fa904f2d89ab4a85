package onnx

import (
	"errors"
	"fmt"
	"math"

	"github.com/crollup/crollup/fraudvm/isa"
)

// The arithmetic that turns ONNX's float scales into the machine's fixed point. Everything here
// runs once, at import time, on float64 values derived from the model's float32 scales: float
// never reaches a running job, and the same model imports to the same bytes on every machine
// (IEEE-754 division, multiplication and math.Frexp/RoundToEven are exact-rounded in Go).

// errScale is wrapped by the errors of quantizeMultiplier.
var errScale = errors.New("scale not representable")

// quantizeMultiplier returns the REQUANT multiplier and shift of the real ratio r:
// MulByQuantizedMultiplier(x, mul, shift) ≈ x·r, with mul in [2^30, 2^31) and shift in
// [−31, 0], so r must be in (0, 1). A ratio below 2^−31 keeps shift −31 with a smaller mul (its
// precision drops, which matters little: such a ratio maps every int32 accumulator to a handful
// of output values).
func quantizeMultiplier(r float64) (int32, int8, error) {
	if !(r > 0) || math.IsInf(r, 0) {
		return 0, 0, fmt.Errorf("%w: ratio %g is not a positive finite number", errScale, r)
	}
	frac, exp := math.Frexp(r) // r = frac·2^exp, frac in [0.5, 1)
	m := math.Round(frac * (1 << 31))
	if m == 1<<31 {
		if exp == 0 {
			m = 1<<31 - 1 // r just below 1: the largest multiplier, off by 2^−31 at most
		} else {
			m, exp = 1<<30, exp+1
		}
	}
	if exp > 0 {
		return 0, 0, fmt.Errorf("%w: ratio %g ≥ 1 (the machine's requantization only scales down: the output scale must exceed input scale × weight scale)", errScale, r)
	}
	if exp < isa.MinShift {
		m = math.Round(r * (1 << 31) * (1 << 31))
		exp = isa.MinShift
		if m < 1 {
			return 0, 0, fmt.Errorf("%w: ratio %g is below 2^−62", errScale, r)
		}
	}
	return int32(m), int8(exp), nil
}

// quantize is ONNX QuantizeLinear on one value, in float32 as ONNX Runtime computes it:
// saturate(round_half_even(x / scale) + zero) into [lo, hi] (the type's range). Zero is in the
// same domain as lo and hi.
func quantize(x, scale float32, zero, lo, hi int) int {
	q := math.RoundToEven(float64(x / scale))
	switch {
	case math.IsNaN(q):
		return max(lo, min(hi, zero))
	case q+float64(zero) < float64(lo):
		return lo
	case q+float64(zero) > float64(hi):
		return hi
	}
	return int(q) + zero
}

// dequantize is ONNX DequantizeLinear on one value, in float32: (q − zero)·scale.
func dequantize(q, zero int, scale float32) float32 { return float32(q-zero) * scale }

// clampBounds maps a real-valued clamp [lo, hi] (ReLU is [0, +Inf), Clip its min and max)
// applied before a QuantizeLinear(scale, zero) onto the int8 clamp of the machine's REQUANT or
// ADD. Quantization is monotonic, so Q(clip(x, lo, hi)) = clamp(Q(x), Q(lo), Q(hi)) exactly.
func clampBounds(lo, hi float64, scale float32, zero int) (int8, int8) {
	l, h := math.MinInt8, math.MaxInt8
	if !math.IsInf(lo, -1) {
		l = quantize(float32(lo), scale, zero, math.MinInt8, math.MaxInt8)
	}
	if !math.IsInf(hi, 1) {
		h = quantize(float32(hi), scale, zero, math.MinInt8, math.MaxInt8)
	}
	return int8(l), int8(h)
}

// addParams is TFLite's quantized ADD for int8 operands a (scale sa, zero za) and b, output
// (so, zo) clamped to [lo, hi]: both inputs are scaled to 2·max(sa, sb) after a left shift of
// 20 bits, summed, and brought to the output scale.
func addParams(sa float32, za int, sb float32, zb int, so float32, zo int, lo, hi int8) (isa.AddParams, error) {
	twice := 2 * math.Max(float64(sa), float64(sb))
	ma, sha, err := quantizeMultiplier(float64(sa) / twice)
	if err != nil {
		return isa.AddParams{}, fmt.Errorf("first input: %w", err)
	}
	mb, shb, err := quantizeMultiplier(float64(sb) / twice)
	if err != nil {
		return isa.AddParams{}, fmt.Errorf("second input: %w", err)
	}
	mo, sho, err := quantizeMultiplier(twice / (float64(so) * (1 << isa.AddLeftShift)))
	if err != nil {
		return isa.AddParams{}, fmt.Errorf("output: %w", err)
	}
	return isa.AddParams{
		OffA: int16(-za), OffB: int16(-zb),
		MulA: ma, ShiftA: sha, MulB: mb, ShiftB: shb,
		MulOut: mo, ShiftOut: sho, ZeroOut: int8(zo), Lo: lo, Hi: hi,
	}, nil
}

// rescaleParams is an ADD that requantizes one int8 tensor (scale s, zero z) to (so, zo),
// clamped to [lo, hi]: ADD(a, a) with the second input's multiplier 0. Ratios s/so up to 2^19
// are representable, thanks to ADD's 20-bit left shift.
func rescaleParams(s float32, z int, so float32, zo int, lo, hi int8) (isa.AddParams, error) {
	const half = 1 << 30 // 0.5 with shift 0
	mo, sho, err := quantizeMultiplier(float64(s) / (0.5 * float64(so) * (1 << isa.AddLeftShift)))
	if err != nil {
		return isa.AddParams{}, err
	}
	return isa.AddParams{
		OffA: int16(-z), MulA: half, MulOut: mo, ShiftOut: sho, ZeroOut: int8(zo), Lo: lo, Hi: hi,
	}, nil
}

// lutTable is the LUT8 table of a float function between two quantizations: entry i (the byte
// of int8 input v) is Q_out(f(DQ_in(v))), computed as ONNX Runtime's QDQ graph does it: in
// float32 on both sides of f (f itself in float64, rounded to float32).
func lutTable(f func(float64) float64, sIn float32, zIn int, sOut float32, zOut int) [256]int8 {
	var t [256]int8
	for i := range 256 {
		v := int(int8(uint8(i)))
		y := float32(f(float64(dequantize(v, zIn, sIn))))
		t[i] = int8(quantize(y, sOut, zOut, math.MinInt8, math.MaxInt8))
	}
	return t
}
