package isa

import (
	"encoding/binary"
	"fmt"
)

// Immediate layouts (big-endian, offsets into Instr.Imm):
//
//	REQUANT  [0:4] multiplier int32  [4] shift int8  [5] zero point int8  [6] lo int8  [7] hi int8
//	ADD      [0:2] offA int16 [2:4] offB int16 [4:8] mulA [8] shiftA [9:13] mulB [13] shiftB
//	         [14:18] mulOut [18] shiftOut [19] zeroOut [20] lo [21] hi
//	MAXPOOL  [0:2] H  [2:4] W  [4] kh  [5] kw  [6] sh  [7] sw
//	IM2COL   as MAXPOOL, then [8] pad  [9] pad value int8
//
// Unused immediate bytes must be zero (the validator checks).

// RequantParams are REQUANT's immediates.
type RequantParams struct {
	Mul          int32 // used when FlagPerTensor is set
	Shift        int8  // used when FlagPerTensor is set
	Zero, Lo, Hi int8
}

// RequantImm decodes REQUANT's immediates.
func RequantImm(in *Instr) RequantParams {
	return RequantParams{
		Mul:   int32(binary.BigEndian.Uint32(in.Imm[0:])),
		Shift: int8(in.Imm[4]),
		Zero:  int8(in.Imm[5]),
		Lo:    int8(in.Imm[6]),
		Hi:    int8(in.Imm[7]),
	}
}

// Put encodes p into in's immediates.
func (p RequantParams) Put(in *Instr) {
	binary.BigEndian.PutUint32(in.Imm[0:], uint32(p.Mul))
	in.Imm[4], in.Imm[5], in.Imm[6], in.Imm[7] = byte(p.Shift), byte(p.Zero), byte(p.Lo), byte(p.Hi)
}

// RequantRowBytes is the used part of a row of REQUANT's params tensor (int32 [C,4]): bias,
// multiplier, shift, zero; each little-endian int32. One row is one leaf.
const RequantRowBytes = 16

// AddImm decodes ADD's immediates.
func AddImm(in *Instr) AddParams {
	m := in.Imm[:]
	return AddParams{
		OffA:     int16(binary.BigEndian.Uint16(m[0:])),
		OffB:     int16(binary.BigEndian.Uint16(m[2:])),
		MulA:     int32(binary.BigEndian.Uint32(m[4:])),
		ShiftA:   int8(m[8]),
		MulB:     int32(binary.BigEndian.Uint32(m[9:])),
		ShiftB:   int8(m[13]),
		MulOut:   int32(binary.BigEndian.Uint32(m[14:])),
		ShiftOut: int8(m[18]),
		ZeroOut:  int8(m[19]),
		Lo:       int8(m[20]),
		Hi:       int8(m[21]),
	}
}

// Put encodes p into in's immediates.
func (p AddParams) Put(in *Instr) {
	m := in.Imm[:]
	binary.BigEndian.PutUint16(m[0:], uint16(p.OffA))
	binary.BigEndian.PutUint16(m[2:], uint16(p.OffB))
	binary.BigEndian.PutUint32(m[4:], uint32(p.MulA))
	m[8] = byte(p.ShiftA)
	binary.BigEndian.PutUint32(m[9:], uint32(p.MulB))
	m[13] = byte(p.ShiftB)
	binary.BigEndian.PutUint32(m[14:], uint32(p.MulOut))
	m[18], m[19], m[20], m[21] = byte(p.ShiftOut), byte(p.ZeroOut), byte(p.Lo), byte(p.Hi)
}

// Window is the geometry of MAXPOOL and IM2COL: an H×W image with C channels stored as an
// int8 [H·W, C] tensor (NHWC, one pixel per row), a kh×kw window moved by (sh, sw), and (IM2COL
// only) pad rows/columns of value PadValue on every side.
type Window struct {
	H, W     uint16
	KH, KW   uint8
	SH, SW   uint8
	Pad      uint8
	PadValue int8
}

// WindowImm decodes the window immediates of MAXPOOL or IM2COL.
func WindowImm(in *Instr) Window {
	m := in.Imm[:]
	w := Window{
		H: binary.BigEndian.Uint16(m[0:]), W: binary.BigEndian.Uint16(m[2:]),
		KH: m[4], KW: m[5], SH: m[6], SW: m[7],
	}
	if in.Op == OpIm2Col {
		w.Pad, w.PadValue = m[8], int8(m[9])
	}
	return w
}

// Put encodes w into in's immediates (Pad and PadValue only for IM2COL).
func (w Window) Put(in *Instr) {
	m := in.Imm[:]
	binary.BigEndian.PutUint16(m[0:], w.H)
	binary.BigEndian.PutUint16(m[2:], w.W)
	m[4], m[5], m[6], m[7] = w.KH, w.KW, w.SH, w.SW
	if in.Op == OpIm2Col {
		m[8], m[9] = w.Pad, byte(w.PadValue)
	}
}

// OutDims returns the output height and width, or an error when the window does not fit.
func (w Window) OutDims() (oh, ow uint64, err error) {
	if w.KH == 0 || w.KW == 0 || w.SH == 0 || w.SW == 0 {
		return 0, 0, fmt.Errorf("window %dx%d stride %dx%d: kernel and stride must be ≥ 1", w.KH, w.KW, w.SH, w.SW)
	}
	ph := uint64(w.H) + 2*uint64(w.Pad)
	pw := uint64(w.W) + 2*uint64(w.Pad)
	if ph < uint64(w.KH) || pw < uint64(w.KW) {
		return 0, 0, fmt.Errorf("window %dx%d larger than padded image %dx%d", w.KH, w.KW, ph, pw)
	}
	return (ph-uint64(w.KH))/uint64(w.SH) + 1, (pw-uint64(w.KW))/uint64(w.SW) + 1, nil
}
