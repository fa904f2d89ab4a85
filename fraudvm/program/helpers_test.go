package program

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Tensor indices and pcs of the kitchen-sink program, which uses every opcode and every REQUANT
// mode once, so each validation rule has a valid instruction to break.
const (
	tIn   = iota // input int8 [4,6]: a 2×2 image of 6 channels
	tW           // program int8 [5,6]
	tBias        // program int32 [1,5]
	tMM          // arena int32 [4,5]
	tPC          // program int32 [5,4]: per-channel params
	tRQ          // arena int8 [4,5]
	tPT          // program int32 [5,4]: per-tensor bias params
	tRQ2         // arena int8 [4,5]
	tRQ3         // arena int8 [4,5]
	tAddC        // program int8 [4,5]
	tAdd         // arena int8 [4,5]
	tLUT         // program int8 [1,256]
	tLU          // arena int8 [4,5]
	tMP          // arena int8 [1,5]: 2×2 window over the 2×2 image
	tIC          // arena int8 [9,20]: 2×2 window, pad 1 → 3×3 patches of 2·2·5
	tAM          // arena int32 [9,1]
	tOut         // output int32 [3,3]
	numSinkTensors
)

const (
	pcMatMul = iota
	pcRequantChannel
	pcRequantTensorBias
	pcRequantTensor
	pcAdd
	pcLUT
	pcMaxPool
	pcIm2Col
	pcArgMax
	pcCopy
	pcHalt
)

var (
	sinkAdd = isa.AddParams{OffA: 5, OffB: -7, MulA: 1 << 30, ShiftA: 0, MulB: 1 << 30, ShiftB: -1,
		MulOut: 1<<31 - 1, ShiftOut: -18, ZeroOut: 3, Lo: -100, Hi: 100}
	sinkPool = isa.Window{H: 2, W: 2, KH: 2, KW: 2, SH: 1, SW: 1}
	sinkCols = isa.Window{H: 2, W: 2, KH: 2, KW: 2, SH: 1, SW: 1, Pad: 1, PadValue: -128}
)

func seq8(n int, mul int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(i * mul)
	}
	return v
}

func sinkBuilder() *Builder {
	b := NewBuilder()
	in := b.Input(4, 6)
	w := b.ConstInt8(5, 6, seq8(30, 7))
	bias := b.ConstInt32(1, 5, []int32{math.MinInt32, -1, 0, 1, math.MaxInt32})
	mm := b.Arena(isa.Int32, 4, 5)
	pc := b.ConstRequant([]RequantChannel{
		{Bias: 1, Mul: 1 << 30, Shift: 0}, {Bias: -1, Mul: math.MaxInt32, Shift: -31},
		{Mul: math.MinInt32, Shift: -5}, {Mul: 1<<30 + 12345, Shift: -8}, {Bias: math.MinInt32, Mul: 1 << 30},
	})
	rq := b.Arena(isa.Int8, 4, 5)
	pt := b.ConstBias([]int32{10, 20, 30, 40, 50})
	rq2 := b.Arena(isa.Int8, 4, 5)
	rq3 := b.Arena(isa.Int8, 4, 5)
	addc := b.ConstInt8(4, 5, seq8(20, -3))
	add := b.Arena(isa.Int8, 4, 5)
	var table [256]int8
	for i := range table {
		table[i] = int8(255 - i)
	}
	lut := b.ConstLUT(&table)
	lu := b.Arena(isa.Int8, 4, 5)
	mp := b.Arena(isa.Int8, 1, 5)
	ic := b.Arena(isa.Int8, 9, 20)
	am := b.Arena(isa.Int32, 9, 1)
	out := b.Output(isa.Int32, 3, 3)

	b.MatMul(mm, in, w, bias)
	b.Requant(rq, mm, pc, -3, -128, 127)
	b.RequantPerTensor(rq2, mm, pt, 1<<30+7, -3, 1, 0, 127)
	b.RequantPerTensor(rq3, mm, None, math.MinInt32, 0, 0, -20, 20)
	b.Add(add, rq, addc, sinkAdd)
	b.LUT8(lu, add, lut)
	b.MaxPool(mp, lu, sinkPool)
	b.Im2Col(ic, lu, sinkCols)
	b.ArgMax(am, ic)
	b.Copy(out, am)
	return b
}

func sink(t testing.TB) *Program {
	t.Helper()
	p, err := sinkBuilder().Build()
	if err != nil {
		t.Fatalf("kitchen sink does not build: %v", err)
	}
	if len(p.Tensors) != numSinkTensors || len(p.Instrs) != pcHalt+1 {
		t.Fatalf("kitchen sink has %d tensors and %d instructions, want %d and %d", len(p.Tensors), len(p.Instrs), numSinkTensors, pcHalt+1)
	}
	return p
}

// Byte-level editing of an encoded object, so that a test corrupts exactly one thing.

func clone(p *Program) []byte { return append([]byte(nil), p.Bytes()...) }

func headerOf(b []byte) Header { return DecodeHeader([HeaderSize]byte(b[:HeaderSize])) }

func editHeader(b []byte, f func(*Header)) {
	h := headerOf(b)
	f(&h)
	e := h.Encode()
	copy(b, e[:])
}

func instrOff(b []byte, pc int) int { return (1 + pc) * isa.LeafSize }

func declOff(b []byte, i int) int {
	return (1 + int(headerOf(b).NumInstrs) + i) * isa.LeafSize
}

func editInstr(b []byte, pc int, f func(*isa.Instr)) {
	o := instrOff(b, pc)
	in := isa.DecodeInstr([isa.LeafSize]byte(b[o : o+isa.LeafSize]))
	f(&in)
	e := in.Encode()
	copy(b[o:], e[:])
}

func editDecl(b []byte, i int, f func(*isa.Tensor)) {
	o := declOff(b, i)
	t := isa.DecodeTensor([isa.LeafSize]byte(b[o : o+isa.LeafSize]))
	f(&t)
	e := t.Encode()
	copy(b[o:], e[:])
}

func declOf(b []byte, i int) isa.Tensor {
	o := declOff(b, i)
	return isa.DecodeTensor([isa.LeafSize]byte(b[o : o+isa.LeafSize]))
}

// putWord sets int32 word w of row r of program-region tensor i.
func putWord(b []byte, i, r, w int, v int32) {
	t := declOf(b, i)
	o := t.Offset + uint64(r)*t.Stride() + uint64(w)*4
	binary.LittleEndian.PutUint32(b[o:], uint32(v))
}

// specSteps counts a program's trace length straight from the table of spec §4 and §6,
// independently of isa.InstrSteps: START, then per instruction FETCH + used slots + EXEC.
func specSteps(p *Program) uint64 {
	total := uint64(1)
	for pc := range p.Instrs {
		in := &p.Instrs[pc]
		if in.Op == isa.OpHalt {
			total++
			continue
		}
		used := uint64(0)
		for _, s := range in.Slots {
			if s != isa.NoTensor {
				used++
			}
		}
		ops := p.Operands(pc)
		d, a := ops[isa.SlotDst], ops[isa.SlotA]
		var exec uint64
		switch in.Op {
		case isa.OpMatMul:
			exec = uint64(a.Rows) * uint64(d.Cols) * ((uint64(a.Cols)+31)/32 + 1)
		case isa.OpRequant, isa.OpAdd, isa.OpLUT8, isa.OpCopy:
			exec = uint64(d.Rows) * uint64(d.Cols)
		case isa.OpMaxPool:
			kh, kw := uint64(in.Imm[4]), uint64(in.Imm[5])
			exec = uint64(d.Cols) * uint64(d.Rows) * (kh*kw + 1)
		case isa.OpIm2Col:
			kh, kw := uint64(in.Imm[4]), uint64(in.Imm[5])
			exec = uint64(d.Rows) * kh * kw * uint64(a.Cols)
		case isa.OpArgMax:
			exec = uint64(a.Rows) * (uint64(a.Cols) + 1)
		}
		total += 1 + used + exec
	}
	return total
}
