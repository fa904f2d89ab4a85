package program

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

type corruption struct {
	name   string
	base   func(testing.TB) *Program // the kitchen sink if nil
	edit   func(b []byte) []byte     // corrupts exactly one thing
	limits Limits
	want   []string // substrings of the error
}

func instr(pc int, f func(*isa.Instr)) func([]byte) []byte {
	return func(b []byte) []byte { editInstr(b, pc, f); return b }
}

func decl(i int, f func(*isa.Tensor)) func([]byte) []byte {
	return func(b []byte) []byte { editDecl(b, i, f); return b }
}

func header(f func(*Header)) func([]byte) []byte {
	return func(b []byte) []byte { editHeader(b, f); return b }
}

func setByte(off func([]byte) int, v byte) func([]byte) []byte {
	return func(b []byte) []byte { b[off(b)] = v; return b }
}

func at(o int) func([]byte) int { return func([]byte) int { return o } }

func declByte(i, k int) func([]byte) int {
	return func(b []byte) int { return declOff(b, i) + k }
}

func instrByte(pc, k int) func([]byte) int {
	return func(b []byte) int { return instrOff(b, pc) + k }
}

func slot(pc, s int, idx uint16) func([]byte) []byte {
	return instr(pc, func(in *isa.Instr) { in.Slots[s] = idx })
}

func imm(pc, k int, v byte) func([]byte) []byte {
	return instr(pc, func(in *isa.Instr) { in.Imm[k] = v })
}

func word(i, r, w int, v int32) func([]byte) []byte {
	return func(b []byte) []byte { putWord(b, i, r, w, v); return b }
}

func addParams(f func(*isa.AddParams)) func([]byte) []byte {
	return instr(pcAdd, func(in *isa.Instr) {
		p := isa.AddImm(in)
		f(&p)
		p.Put(in)
	})
}

func window(pc int, f func(*isa.Window)) func([]byte) []byte {
	return instr(pc, func(in *isa.Instr) {
		w := isa.WindowImm(in)
		f(&w)
		w.Put(in)
	})
}

// bigK is a valid MATMUL with K = isa.MaxMatMulK: the bound itself is accepted.
func bigK(t testing.TB) *Program {
	b := NewBuilder()
	x := b.Input(1, isa.MaxMatMulK)
	w := b.ConstInt8(1, isa.MaxMatMulK, make([]int8, isa.MaxMatMulK))
	out := b.Output(isa.Int32, 1, 1)
	b.MatMul(out, x, w, None)
	p, err := b.Build()
	if err != nil {
		t.Fatalf("K = MaxMatMulK rejected: %v", err)
	}
	return p
}

func corruptions() []corruption {
	return []corruption{
		// Object and header.
		{name: "size not a multiple of 32", edit: func(b []byte) []byte { return append(b, 0) }, want: []string{"not a multiple of 32"}},
		{name: "shorter than a header", edit: func(b []byte) []byte { return b[:16] }, want: []string{"shorter than its 32-byte header"}},
		{name: "empty", edit: func(b []byte) []byte { return nil }, want: []string{"object is 0 bytes"}},
		{name: "size field differs from length", edit: func(b []byte) []byte { return append(b, make([]byte, 32)...) }, want: []string{"header: size", "does not match the object's"}},
		{name: "size over MaxSize", edit: func(b []byte) []byte { return b }, limits: Limits{MaxSize: 64}, want: []string{"exceeds the limit 64"}},
		{name: "magic", edit: setByte(at(0), 'X'), want: []string{"magic", "CRVM"}},
		{name: "version", edit: setByte(at(4), 2), want: []string{"version 2, want 1"}},
		{name: "reserved header byte 5", edit: setByte(at(5), 1), want: []string{"reserved bytes 5–7"}},
		{name: "reserved header byte 7", edit: setByte(at(7), 0x80), want: []string{"reserved bytes 5–7"}},
		{name: "n = 0", edit: header(func(h *Header) { h.NumInstrs = 0 }), want: []string{"no instructions"}},
		{name: "n past the end", edit: header(func(h *Header) { h.NumInstrs = math.MaxUint32 }), want: []string{"n = 4294967295", "need"}},
		{name: "t past the end", edit: header(func(h *Header) { h.NumTensors = 60000 }), want: []string{"t = 60000 declarations need"}},
		{name: "t over 65535", edit: header(func(h *Header) { h.NumTensors = 65536 }), want: []string{"t = 65536", "exceeds 65535"}},
		{name: "input index out of range", edit: header(func(h *Header) { h.Input = numSinkTensors }), want: []string{"input tensor index 17 out of range"}},
		{name: "output index out of range", edit: header(func(h *Header) { h.Output = 0xFFFF }), want: []string{"output tensor index 65535 out of range"}},
		{name: "input not in the input region", edit: header(func(h *Header) { h.Input = tAddC }), want: []string{"input tensor 9", "input region"}},
		{name: "input not int8", edit: decl(tIn, func(t *isa.Tensor) { t.DType = isa.Int32 }), want: []string{"input tensor 0 int32", "must be int8"}},
		{name: "input not at offset 0", edit: decl(tIn, func(t *isa.Tensor) { t.Offset = 32 }), want: []string{"input tensor 0", "offset 0"}},
		{name: "output not in the output region", edit: header(func(h *Header) { h.Output = tAM }), want: []string{"output tensor 15", "output region"}},
		{name: "output not at offset 0", edit: decl(tOut, func(t *isa.Tensor) { t.Offset = 64 }), want: []string{"output tensor 16", "offset 0"}},
		{name: "steps off by one", edit: header(func(h *Header) { h.Steps++ }), want: []string{"header: steps", "does not match the computed trace length"}},
		{name: "steps over MaxSteps", edit: func(b []byte) []byte { return b }, limits: Limits{MaxSteps: 100}, want: []string{"exceeds the limit of 100 steps"}},

		// Declarations.
		{name: "decl reserved byte 2", edit: setByte(declByte(tW, 2), 1), want: []string{"tensor 1 int8[5,6]", "reserved byte 2"}},
		{name: "decl reserved byte 15", edit: setByte(declByte(tW, 15), 1), want: []string{"tensor 1", "reserved byte 15"}},
		{name: "decl reserved byte 31", edit: setByte(declByte(tMM, 31), 1), want: []string{"tensor 3", "reserved byte 31"}},
		{name: "region 4", edit: decl(tMM, func(t *isa.Tensor) { t.Region = 4 }), want: []string{"tensor 3", "unknown region 4"}},
		{name: "dtype 2", edit: decl(tMM, func(t *isa.Tensor) { t.DType = 2 }), want: []string{"tensor 3", "unknown dtype 2"}},
		{name: "rows 0", edit: decl(tRQ, func(t *isa.Tensor) { t.Rows = 0 }), want: []string{"tensor 5", "empty shape"}},
		{name: "cols 0", edit: decl(tRQ, func(t *isa.Tensor) { t.Cols = 0 }), want: []string{"tensor 5", "empty shape"}},
		{name: "offset unaligned", edit: decl(tRQ, func(t *isa.Tensor) { t.Offset += 16 }), want: []string{"tensor 5", "not 32-byte aligned"}},
		{name: "program tensor past the object", edit: decl(tLUT, func(t *isa.Tensor) { t.Offset += 1 << 20 }), want: []string{"tensor 11", "beyond the object's size"}},
		{name: "program tensor over the declarations", edit: decl(tW, func(t *isa.Tensor) { t.Offset = 32 }), want: []string{"tensor 1", "inside the header, instructions or declarations"}},
		{name: "extent overflows", edit: decl(tMM, func(t *isa.Tensor) { t.Rows, t.Cols = math.MaxUint32, math.MaxUint32 }), want: []string{"tensor 3", "extent overflows"}},
		{name: "offset near 2^64", edit: decl(tMM, func(t *isa.Tensor) { t.Offset = math.MaxUint64 &^ 31 }), want: []string{"tensor 3", "extent overflows"}},
		{name: "input over MaxInput", edit: func(b []byte) []byte { return b }, limits: Limits{MaxInput: 64}, want: []string{"tensor 0", "beyond the input region limit 0x40"}},
		{name: "output over MaxOutput", edit: func(b []byte) []byte { return b }, limits: Limits{MaxOutput: 64}, want: []string{"tensor 16", "beyond the output region limit"}},
		{name: "arena over MaxArena", edit: decl(tAM, func(t *isa.Tensor) { t.Offset = DefaultMaxArena - 64 }), want: []string{"tensor 15", "beyond the arena region limit"}},

		// Instruction encoding.
		{name: "unknown opcode", edit: instr(pcLUT, func(in *isa.Instr) { in.Op = 0x09 }), want: []string{"instruction 5: unknown opcode 0x09"}},
		{name: "opcode 0xff", edit: instr(pcLUT, func(in *isa.Instr) { in.Op = 0xff }), want: []string{"instruction 5: unknown opcode 0xff"}},
		{name: "last not HALT", edit: instr(pcHalt, func(in *isa.Instr) { *in = isa.Instr{Op: isa.OpCopy, Slots: [4]uint16{tRQ2, tRQ3, 0xFFFF, 0xFFFF}} }), want: []string{"instruction 10 (COPY)", "the last instruction must be HALT"}},
		{name: "HALT early", edit: instr(pcAdd, func(in *isa.Instr) { *in = isa.Instr{Op: isa.OpHalt, Slots: [4]uint16{0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF}} }), want: []string{"instruction 4 (HALT)", "HALT before the last instruction"}},
		{name: "MATMUL flag", edit: instr(pcMatMul, func(in *isa.Instr) { in.Flags = isa.FlagPerTensor }), want: []string{"instruction 0 (MATMUL)", "flag 0x01 is not defined for MATMUL"}},
		{name: "REQUANT flag 0x02", edit: instr(pcRequantTensor, func(in *isa.Instr) { in.Flags |= 2 }), want: []string{"instruction 3 (REQUANT)", "flag 0x02 is not defined"}},
		{name: "HALT flag", edit: instr(pcHalt, func(in *isa.Instr) { in.Flags = 0x80 }), want: []string{"instruction 10 (HALT)", "flag 0x80"}},
		{name: "MATMUL missing b", edit: slot(pcMatMul, isa.SlotB, isa.NoTensor), want: []string{"instruction 0 (MATMUL): slot b: missing operand"}},
		{name: "MATMUL missing dst", edit: slot(pcMatMul, isa.SlotDst, isa.NoTensor), want: []string{"instruction 0 (MATMUL): slot dst: missing operand"}},
		{name: "per-channel REQUANT without params", edit: slot(pcRequantChannel, isa.SlotB, isa.NoTensor), want: []string{"instruction 1 (REQUANT): slot b: missing operand"}},
		{name: "REQUANT with c", edit: slot(pcRequantChannel, isa.SlotC, tBias), want: []string{"instruction 1 (REQUANT): slot c", "takes no operand", "0xFFFF"}},
		{name: "COPY with b", edit: slot(pcCopy, isa.SlotB, tIn), want: []string{"instruction 9 (COPY): slot b", "takes no operand"}},
		{name: "HALT with dst", edit: slot(pcHalt, isa.SlotDst, tMM), want: []string{"instruction 10 (HALT): slot dst", "takes no operand"}},
		{name: "slot index out of range", edit: slot(pcLUT, isa.SlotB, 99), want: []string{"instruction 5 (LUT8): slot b: tensor index 99 out of range (t = 17)"}},
		{name: "MATMUL immediate", edit: imm(pcMatMul, 0, 1), want: []string{"instruction 0 (MATMUL)", "immediate byte 0", "must be zero"}},
		{name: "HALT immediate", edit: imm(pcHalt, 21, 1), want: []string{"instruction 10 (HALT)", "immediate byte 21"}},
		{name: "REQUANT immediate 8", edit: imm(pcRequantTensor, 8, 1), want: []string{"instruction 3 (REQUANT)", "immediate byte 8"}},
		{name: "MAXPOOL pad byte", edit: imm(pcMaxPool, 8, 1), want: []string{"instruction 6 (MAXPOOL)", "immediate byte 8"}},
		{name: "IM2COL immediate 10", edit: imm(pcIm2Col, 10, 1), want: []string{"instruction 7 (IM2COL)", "immediate byte 10"}},
		{name: "COPY immediate", edit: imm(pcCopy, 5, 1), want: []string{"instruction 9 (COPY)", "immediate byte 5"}},
		{name: "per-channel REQUANT with a multiplier", edit: imm(pcRequantChannel, 2, 1), want: []string{"instruction 1 (REQUANT)", "immediate byte 2", "per-channel"}},
		{name: "per-channel REQUANT with a shift", edit: imm(pcRequantChannel, 4, 0xff), want: []string{"instruction 1 (REQUANT)", "immediate byte 4", "per-channel"}},

		// Destination and overlap.
		{name: "dst in the program region", edit: slot(pcMatMul, isa.SlotDst, tW), want: []string{"instruction 0 (MATMUL): slot dst: tensor 1", "arena or output region, not program"}},
		{name: "dst in the input region", edit: slot(pcCopy, isa.SlotDst, tIn), want: []string{"instruction 9 (COPY): slot dst: tensor 0", "not input"}},
		{name: "source overlaps dst", edit: func(b []byte) []byte {
			mm := declOf(b, tMM)
			editDecl(b, tRQ, func(t *isa.Tensor) { t.Offset = mm.Offset + 32 })
			return b
		}, want: []string{"instruction 1 (REQUANT): slot a: tensor 3", "overlap the destination tensor 5"}},
		{name: "in-place COPY", edit: slot(pcCopy, isa.SlotA, tOut), want: []string{"instruction 9 (COPY): slot a: tensor 16", "overlap"}},

		// MATMUL.
		{name: "MATMUL K over the bound", base: bigK, edit: func(b []byte) []byte {
			editDecl(b, 0, func(t *isa.Tensor) { t.Cols++ })
			editDecl(b, 1, func(t *isa.Tensor) { t.Cols++ })
			return b
		}, want: []string{"instruction 0 (MATMUL): slot a: tensor 0 int8[1,131072]", "K = 131072 exceeds 131071"}},
		{name: "MATMUL a int32", edit: slot(pcMatMul, isa.SlotA, tAM), want: []string{"instruction 0 (MATMUL): slot a", "dtype int32, want int8"}},
		{name: "MATMUL b int32", edit: decl(tW, func(t *isa.Tensor) { t.DType = isa.Int32 }), want: []string{"instruction 0 (MATMUL): slot b: tensor 1", "dtype int32, want int8"}},
		{name: "MATMUL dst int8", edit: decl(tMM, func(t *isa.Tensor) { t.DType = isa.Int8 }), want: []string{"instruction 0 (MATMUL): slot dst: tensor 3", "dtype int8, want int32"}},
		{name: "MATMUL b's K", edit: decl(tW, func(t *isa.Tensor) { t.Cols = 7 }), want: []string{"instruction 0 (MATMUL): slot b", "shape [5,7], want [5,6]"}},
		{name: "MATMUL dst rows", edit: decl(tMM, func(t *isa.Tensor) { t.Rows = 3 }), want: []string{"instruction 0 (MATMUL): slot dst", "shape [3,5], want [4,5]"}},
		{name: "MATMUL bias shape", edit: decl(tBias, func(t *isa.Tensor) { t.Cols = 4 }), want: []string{"instruction 0 (MATMUL): slot c: tensor 2", "shape [1,4], want [1,5]"}},
		{name: "MATMUL bias int8", edit: decl(tBias, func(t *isa.Tensor) { t.DType = isa.Int8 }), want: []string{"instruction 0 (MATMUL): slot c", "dtype int8, want int32"}},

		// REQUANT.
		{name: "REQUANT a int8", edit: slot(pcRequantChannel, isa.SlotA, tRQ2), want: []string{"instruction 1 (REQUANT): slot a: tensor 7", "dtype int8, want int32"}},
		{name: "REQUANT dst int32", edit: slot(pcRequantTensor, isa.SlotDst, tAM), want: []string{"instruction 3 (REQUANT): slot dst: tensor 15", "dtype int32, want int8"}},
		{name: "REQUANT dst shape", edit: slot(pcRequantChannel, isa.SlotDst, tMP), want: []string{"instruction 1 (REQUANT): slot dst: tensor 13", "shape [1,5], want [4,5]"}},
		{name: "REQUANT params outside the program", edit: slot(pcRequantChannel, isa.SlotB, tMM), want: []string{"instruction 1 (REQUANT): slot b: tensor 3", "params tensor must be in the program region"}},
		{name: "REQUANT params int8", edit: slot(pcRequantChannel, isa.SlotB, tAddC), want: []string{"instruction 1 (REQUANT): slot b: tensor 9", "dtype int8, want int32"}},
		{name: "REQUANT params rows", edit: decl(tPC, func(t *isa.Tensor) { t.Rows = 4 }), want: []string{"instruction 1 (REQUANT): slot b: tensor 4", "shape [4,4], want [5,4]"}},
		{name: "REQUANT per-tensor params rows", edit: decl(tPT, func(t *isa.Tensor) { t.Rows = 6 }), want: []string{"instruction 2 (REQUANT): slot b: tensor 6", "shape [6,4], want [5,4]"}},
		{name: "REQUANT row shift 1", edit: word(tPC, 2, 2, 1), want: []string{"instruction 1 (REQUANT): slot b: tensor 4", "row 2: shift 1 outside [-31,0]"}},
		{name: "REQUANT row shift -32", edit: word(tPC, 4, 2, -32), want: []string{"row 4: shift -32 outside [-31,0]"}},
		{name: "REQUANT row shift 2^31", edit: word(tPC, 0, 2, math.MinInt32), want: []string{"row 0: shift -2147483648 outside"}},
		{name: "REQUANT row word 3", edit: word(tPC, 3, 3, 7), want: []string{"instruction 1 (REQUANT): slot b", "row 3: word 3 is 7, must be 0"}},
		{name: "REQUANT per-tensor row word 3", edit: word(tPT, 0, 3, -1), want: []string{"instruction 2 (REQUANT): slot b", "row 0: word 3 is -1"}},
		{name: "REQUANT per-tensor shift 1", edit: imm(pcRequantTensor, 4, 1), want: []string{"instruction 3 (REQUANT)", "shift 1 outside [-31,0]"}},
		{name: "REQUANT per-tensor shift -32", edit: imm(pcRequantTensorBias, 4, 0xe0), want: []string{"instruction 2 (REQUANT)", "shift -32 outside"}},
		{name: "REQUANT lo > hi", edit: instr(pcRequantChannel, func(in *isa.Instr) { in.Imm[6], in.Imm[7] = 10, 5 }), want: []string{"instruction 1 (REQUANT)", "lo = 10 > hi = 5"}},

		// ADD.
		{name: "ADD b int32", edit: slot(pcAdd, isa.SlotB, tMM), want: []string{"instruction 4 (ADD): slot b: tensor 3", "dtype int32, want int8"}},
		{name: "ADD b shape", edit: slot(pcAdd, isa.SlotB, tW), want: []string{"instruction 4 (ADD): slot b: tensor 1", "shape [5,6], want [4,5]"}},
		{name: "ADD dst shape", edit: slot(pcAdd, isa.SlotDst, tMP), want: []string{"instruction 4 (ADD): slot dst: tensor 13", "shape [1,5], want [4,5]"}},
		{name: "ADD offA 256", edit: addParams(func(p *isa.AddParams) { p.OffA = 256 }), want: []string{"instruction 4 (ADD)", "offA = 256 outside [-255,255]"}},
		{name: "ADD offB -256", edit: addParams(func(p *isa.AddParams) { p.OffB = -256 }), want: []string{"offB = -256 outside"}},
		{name: "ADD shiftA 1", edit: addParams(func(p *isa.AddParams) { p.ShiftA = 1 }), want: []string{"instruction 4 (ADD)", "shiftA = 1 outside [-31,0]"}},
		{name: "ADD shiftB -32", edit: addParams(func(p *isa.AddParams) { p.ShiftB = -32 }), want: []string{"shiftB = -32 outside"}},
		{name: "ADD shiftOut 127", edit: addParams(func(p *isa.AddParams) { p.ShiftOut = 127 }), want: []string{"shiftOut = 127 outside"}},
		{name: "ADD lo > hi", edit: addParams(func(p *isa.AddParams) { p.Lo, p.Hi = 1, 0 }), want: []string{"instruction 4 (ADD)", "lo = 1 > hi = 0"}},

		// LUT8.
		{name: "LUT8 table outside the program", edit: decl(tLUT, func(t *isa.Tensor) { t.Region = isa.RegionArena }), want: []string{"instruction 5 (LUT8): slot b: tensor 11", "table must be in the program region"}},
		{name: "LUT8 table shape", edit: decl(tLUT, func(t *isa.Tensor) { t.Cols = 255 }), want: []string{"instruction 5 (LUT8): slot b", "shape [1,255], want [1,256]"}},
		{name: "LUT8 table int32", edit: slot(pcLUT, isa.SlotB, tPC), want: []string{"instruction 5 (LUT8): slot b: tensor 4", "dtype int32, want int8"}},
		{name: "LUT8 dst shape", edit: slot(pcLUT, isa.SlotDst, tMP), want: []string{"instruction 5 (LUT8): slot dst", "want [4,5]"}},
		{name: "LUT8 a int32", edit: slot(pcLUT, isa.SlotA, tMM), want: []string{"instruction 5 (LUT8): slot a", "dtype int32"}},

		// MAXPOOL and IM2COL.
		{name: "MAXPOOL kernel 0", edit: window(pcMaxPool, func(w *isa.Window) { w.KH = 0 }), want: []string{"instruction 6 (MAXPOOL)", "kernel and stride must be ≥ 1"}},
		{name: "MAXPOOL stride 0", edit: window(pcMaxPool, func(w *isa.Window) { w.SW = 0 }), want: []string{"instruction 6 (MAXPOOL)", "kernel and stride must be ≥ 1"}},
		{name: "MAXPOOL window larger than image", edit: window(pcMaxPool, func(w *isa.Window) { w.KW = 3 }), want: []string{"instruction 6 (MAXPOOL)", "larger than padded image"}},
		{name: "MAXPOOL H·W", edit: window(pcMaxPool, func(w *isa.Window) { w.H = 3 }), want: []string{"instruction 6 (MAXPOOL): slot a: tensor 12", "shape [4,5], want [6,5]"}},
		{name: "MAXPOOL dst", edit: window(pcMaxPool, func(w *isa.Window) { w.KH, w.KW = 1, 1 }), want: []string{"instruction 6 (MAXPOOL): slot dst: tensor 13", "shape [1,5], want [4,5]"}},
		{name: "MAXPOOL a int32", edit: slot(pcMaxPool, isa.SlotA, tMM), want: []string{"instruction 6 (MAXPOOL): slot a", "dtype int32"}},
		{name: "IM2COL pad = kernel", edit: window(pcIm2Col, func(w *isa.Window) { w.Pad = 2 }), want: []string{"instruction 7 (IM2COL)", "pad 2 must be less than the kernel 2x2"}},
		{name: "IM2COL pad over narrow kernel", edit: window(pcIm2Col, func(w *isa.Window) { w.KW = 1 }), want: []string{"instruction 7 (IM2COL)", "pad 1 must be less than the kernel 2x1"}},
		{name: "IM2COL dst rows", edit: window(pcIm2Col, func(w *isa.Window) { w.Pad = 0 }), want: []string{"instruction 7 (IM2COL): slot dst: tensor 14", "shape [9,20], want [1,20]"}},
		{name: "IM2COL dst cols", edit: decl(tIC, func(t *isa.Tensor) { t.Cols = 5 }), want: []string{"instruction 7 (IM2COL): slot dst", "shape [9,5], want [9,20]"}},
		{name: "IM2COL dst int32", edit: decl(tIC, func(t *isa.Tensor) { t.DType = isa.Int32 }), want: []string{"instruction 7 (IM2COL): slot dst", "dtype int32"}},

		// ARGMAX and COPY.
		{name: "ARGMAX dst int8", edit: decl(tAM, func(t *isa.Tensor) { t.DType = isa.Int8 }), want: []string{"instruction 8 (ARGMAX): slot dst: tensor 15", "dtype int8, want int32"}},
		{name: "ARGMAX dst rows", edit: decl(tAM, func(t *isa.Tensor) { t.Rows = 8 }), want: []string{"instruction 8 (ARGMAX): slot dst", "shape [8,1], want [9,1]"}},
		{name: "ARGMAX dst cols", edit: decl(tAM, func(t *isa.Tensor) { t.Cols = 2 }), want: []string{"instruction 8 (ARGMAX): slot dst", "want [9,1]"}},
		{name: "ARGMAX a int32", edit: slot(pcArgMax, isa.SlotA, tMM), want: []string{"instruction 8 (ARGMAX): slot a", "dtype int32"}},
		{name: "COPY dtype", edit: decl(tOut, func(t *isa.Tensor) { t.DType = isa.Int8 }), want: []string{"instruction 9 (COPY): slot dst: tensor 16", "dtype int8 differs from a's int32"}},
		{name: "COPY elements", edit: decl(tOut, func(t *isa.Tensor) { t.Rows = 2 }), want: []string{"instruction 9 (COPY): slot dst", "6 elements, a has 9"}},
	}
}

func TestValidatorRejects(t *testing.T) {
	for _, c := range corruptions() {
		t.Run(c.name, func(t *testing.T) {
			base := sink
			if c.base != nil {
				base = c.base
			}
			p := base(t)
			if _, err := Decode(clone(p)); err != nil {
				t.Fatalf("base program rejected: %v", err)
			}
			b := c.edit(clone(p))
			_, err := DecodeWithLimits(b, c.limits)
			if err == nil {
				t.Fatalf("corrupted program accepted")
			}
			if !errors.Is(err, ErrInvalidProgram) {
				t.Fatalf("error does not wrap ErrInvalidProgram: %v", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// Things the validator must accept: boundaries and documented leniencies.
func TestValidatorAccepts(t *testing.T) {
	cases := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"per-tensor params rows carry unused multiplier and shift", func(b []byte) []byte {
			putWord(b, tPT, 1, 1, 12345)
			putWord(b, tPT, 1, 2, 99) // not a valid shift, but unused in per-tensor mode
			return b
		}},
		{"REQUANT lo = hi", instr(pcRequantChannel, func(in *isa.Instr) { in.Imm[6], in.Imm[7] = 7, 7 })},
		{"REQUANT shift -31 per row", word(tPC, 0, 2, -31)},
		{"ADD offsets ±255", addParams(func(p *isa.AddParams) { p.OffA, p.OffB = 255, -255 })},
		{"ADD shifts -31", addParams(func(p *isa.AddParams) { p.ShiftA, p.ShiftB, p.ShiftOut = -31, -31, -31 })},
		{"LUT8 reading a program tensor", slot(pcLUT, isa.SlotA, tAddC)},
		{"row padding bytes of a constant are free", func(b []byte) []byte {
			w := declOf(b, tW)
			b[w.Offset+6] = 0xAA // row 0, col 6: padding
			return b
		}},
		{"trailing data nobody declares", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b []byte
			if c.edit == nil {
				// A valid object with a spare leaf at the end.
				b = append(clone(sink(t)), make([]byte, 32)...)
				b[len(b)-1] = 1
				editHeader(b, func(h *Header) { h.Size += 32 })
			} else {
				b = c.edit(clone(sink(t)))
			}
			p, err := Decode(fixSteps(t, b))
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if p.Steps() != specSteps(p) {
				t.Fatalf("steps %d, spec count %d", p.Steps(), specSteps(p))
			}
		})
	}
}

// fixSteps rewrites the header's step count with the spec count of the instructions when that
// is all Decode objects to (an edit may change a step count); everything else must be valid.
func fixSteps(t *testing.T, b []byte) []byte {
	t.Helper()
	h := headerOf(b)
	if uint64(h.Size) != uint64(len(b)) {
		return b
	}
	if _, err := Decode(b); err == nil || !strings.Contains(err.Error(), "computed trace length") {
		return b
	}
	p := &Program{Header: h, bytes: b}
	p.Instrs = make([]isa.Instr, h.NumInstrs)
	for pc := range p.Instrs {
		p.Instrs[pc] = isa.DecodeInstr(leaf(b, 1+uint64(pc)))
	}
	p.Tensors = make([]isa.Tensor, h.NumTensors)
	for i := range p.Tensors {
		p.Tensors[i] = isa.DecodeTensor(leaf(b, 1+uint64(h.NumInstrs)+uint64(i)))
	}
	editHeader(b, func(h *Header) { h.Steps = specSteps(p) })
	return b
}

// Every rule above is exercised against its own base; make sure the base programs themselves
// are what the cases assume, so a case cannot pass by hitting an unrelated error.
func TestCorruptionBasesValid(t *testing.T) {
	for _, p := range []*Program{sink(t), bigK(t)} {
		if _, err := Decode(p.Bytes()); err != nil {
			t.Fatal(err)
		}
		if got := specSteps(p); got != p.Steps() {
			t.Fatalf("steps %d, spec count %d", p.Steps(), got)
		}
	}
}

func TestErrorNamesEverything(t *testing.T) {
	b := bigK(t).Bytes()
	b = append([]byte(nil), b...)
	editDecl(b, 0, func(t *isa.Tensor) { t.Cols = 200000 })
	editDecl(b, 1, func(t *isa.Tensor) { t.Cols = 200000 })
	editHeader(b, func(h *Header) {
		h.Size += 1 << 17
	})
	b = append(b, make([]byte, 1<<17)...)
	_, err := Decode(b)
	const want = "invalid program: instruction 0 (MATMUL): slot a: tensor 0 int8[1,200000]@input+0x0: K = 200000 exceeds 131071"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestDecodeLimitsDefaults(t *testing.T) {
	if got := (Limits{}).normalized(); got != DefaultLimits() {
		t.Fatalf("zero limits normalize to %+v", got)
	}
	got := Limits{MaxSize: math.MaxUint64, MaxArena: math.MaxUint64, MaxSteps: 5}.normalized()
	if got.MaxSize != maxObjectSize || got.MaxArena != isa.RegionSize || got.MaxSteps != 5 || got.MaxInput != DefaultMaxInput {
		t.Fatalf("normalized %+v", got)
	}
}

// The validator must read a params table where the declaration says it is, even when the
// params are not the object's last bytes.
func TestRequantParamsRead(t *testing.T) {
	b := clone(sink(t))
	pc := declOf(b, tPC)
	binary.LittleEndian.PutUint32(b[pc.Offset+4*32+8:], 1) // row 4's shift
	_, err := Decode(b)
	if err == nil || !strings.Contains(err.Error(), "row 4: shift 1") {
		t.Fatalf("got %v", err)
	}
}
