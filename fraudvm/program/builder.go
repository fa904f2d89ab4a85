package program

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Ref names a tensor of a Builder: its index in the tensor table.
type Ref uint16

// None is the Ref of an absent optional operand (an unused slot).
const None Ref = isa.NoTensor

// RequantChannel is one row of a REQUANT params tensor: the bias added to the accumulator and,
// for per-channel REQUANT, the channel's multiplier and shift (shift in [−31, 0]).
type RequantChannel struct {
	Bias  int32
	Mul   int32
	Shift int8
}

// Builder assembles a program from Go. Declare tensors, emit instructions in execution order,
// then Build: it lays out the object (header, instructions, declarations, then the constants,
// each on a leaf boundary), bump-allocates the arena, appends HALT, writes the step count and
// decodes the result, so whatever Build returns passed the validator.
//
// Methods do not return errors: the first misuse is remembered and returned by Build (as
// bufio.Writer does), which keeps model code linear.
type Builder struct {
	tensors []btensor
	instrs  []isa.Instr
	input   Ref
	output  Ref
	err     error
}

type btensor struct {
	t     isa.Tensor // Offset is assigned by Build (input and output stay at 0)
	data  []byte     // memory form of a program-region constant
	alias Ref        // for a View, the tensor whose bytes it shares; None otherwise
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{input: None, output: None} }

func (b *Builder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf("program builder: "+format, args...)
	}
}

func (b *Builder) add(t btensor, what string) Ref {
	if b.err != nil {
		return None
	}
	if t.t.Rows == 0 || t.t.Cols == 0 {
		b.fail("%s: empty shape [%d,%d]", what, t.t.Rows, t.t.Cols)
		return None
	}
	if len(b.tensors) >= int(maxTensors) {
		b.fail("%s: more than %d tensors", what, maxTensors)
		return None
	}
	b.tensors = append(b.tensors, t)
	return Ref(len(b.tensors) - 1)
}

func (b *Builder) decl(region isa.Region, dt isa.DType, rows, cols int, what string) btensor {
	if rows <= 0 || cols <= 0 || uint64(rows) > math.MaxUint32 || uint64(cols) > math.MaxUint32 {
		b.fail("%s: shape [%d,%d] out of range", what, rows, cols)
		return btensor{alias: None}
	}
	return btensor{t: isa.Tensor{Region: region, DType: dt, Rows: uint32(rows), Cols: uint32(cols)}, alias: None}
}

// Input declares the job input: int8 [rows, cols] at offset 0 of the input region. A program has
// exactly one.
func (b *Builder) Input(rows, cols int) Ref {
	if b.input != None {
		b.fail("Input: the input is already tensor %d", b.input)
		return None
	}
	b.input = b.add(b.decl(isa.RegionInput, isa.Int8, rows, cols, "Input"), "Input")
	return b.input
}

// Output declares the job output: dt [rows, cols] at offset 0 of the output region. A program
// has exactly one, and instructions write it like any arena tensor.
func (b *Builder) Output(dt isa.DType, rows, cols int) Ref {
	if b.output != None {
		b.fail("Output: the output is already tensor %d", b.output)
		return None
	}
	b.output = b.add(b.decl(isa.RegionOutput, dt, rows, cols, "Output"), "Output")
	return b.output
}

// Arena declares an intermediate tensor with its own space in the arena.
func (b *Builder) Arena(dt isa.DType, rows, cols int) Ref {
	return b.add(b.decl(isa.RegionArena, dt, rows, cols, "Arena"), "Arena")
}

// ConstInt8 declares an int8 [rows, cols] constant in the program region; data is row-major.
func (b *Builder) ConstInt8(rows, cols int, data []int8) Ref {
	t := b.decl(isa.RegionProgram, isa.Int8, rows, cols, "ConstInt8")
	if b.err != nil {
		return None
	}
	if uint64(len(data)) != t.t.Elems() {
		b.fail("ConstInt8: %d values for [%d,%d]", len(data), rows, cols)
		return None
	}
	dense := make([]byte, len(data))
	for i, v := range data {
		dense[i] = byte(v)
	}
	return b.constant(t, dense, "ConstInt8")
}

// ConstInt32 declares an int32 [rows, cols] constant in the program region; data is row-major.
func (b *Builder) ConstInt32(rows, cols int, data []int32) Ref {
	t := b.decl(isa.RegionProgram, isa.Int32, rows, cols, "ConstInt32")
	if b.err != nil {
		return None
	}
	if uint64(len(data)) != t.t.Elems() {
		b.fail("ConstInt32: %d values for [%d,%d]", len(data), rows, cols)
		return None
	}
	dense := make([]byte, 4*len(data))
	for i, v := range data {
		binary.LittleEndian.PutUint32(dense[4*i:], uint32(v))
	}
	return b.constant(t, dense, "ConstInt32")
}

func (b *Builder) constant(t btensor, dense []byte, what string) Ref {
	mem, err := Pack(t.t, dense)
	if err != nil {
		b.fail("%s: %v", what, err)
		return None
	}
	t.data = mem
	return b.add(t, what)
}

// ConstLUT declares a LUT8 table: int8 [1,256], entry i is the output for input int8(i) read
// as a byte (so entry 0x80 is the output for −128).
func (b *Builder) ConstLUT(table *[256]int8) Ref { return b.ConstInt8(1, 256, table[:]) }

// ConstRequant declares a REQUANT params tensor, int32 [C,4], one row (bias, multiplier,
// shift, 0) per output channel.
func (b *Builder) ConstRequant(rows []RequantChannel) Ref {
	data := make([]int32, 0, 4*len(rows))
	for _, r := range rows {
		data = append(data, r.Bias, r.Mul, int32(r.Shift), 0)
	}
	return b.ConstInt32(len(rows), 4, data)
}

// ConstBias declares the params tensor of a per-tensor REQUANT that adds a per-channel bias:
// rows (bias, 0, 0, 0).
func (b *Builder) ConstBias(bias []int32) Ref {
	rows := make([]RequantChannel, len(bias))
	for i, v := range bias {
		rows[i].Bias = v
	}
	return b.ConstRequant(rows)
}

// View declares another tensor over of's bytes: same region and offset, its own dtype and
// shape, which must not extend past of's. Where the row strides agree a view is a free reshape
// or reinterpretation: an int32 [R,C] tensor read as int8 [R,4C], the first rows of a tensor.
func (b *Builder) View(of Ref, dt isa.DType, rows, cols int) Ref {
	if !b.ref(of, "View", false) {
		return None
	}
	base := b.tensors[of].t
	t := b.decl(base.Region, dt, rows, cols, "View")
	if b.err != nil {
		return None
	}
	if nb, ok := tensorBytes(&t.t); !ok || nb > base.Bytes() {
		b.fail("View: %s[%d,%d] does not fit in tensor %d %s", dt, rows, cols, of, &base)
		return None
	}
	t.alias = of
	return b.add(t, "View")
}

// Tensor returns the declaration of r. Offsets of program and arena tensors are assigned by
// Build, so they are zero here.
func (b *Builder) Tensor(r Ref) isa.Tensor {
	if int(r) >= len(b.tensors) {
		return isa.Tensor{}
	}
	return b.tensors[r].t
}

// NumInstrs is the number of instructions emitted so far (HALT not included).
func (b *Builder) NumInstrs() int { return len(b.instrs) }

// Err returns the first misuse recorded, if any.
func (b *Builder) Err() error { return b.err }

func (b *Builder) ref(r Ref, what string, optional bool) bool {
	if b.err != nil {
		return false
	}
	if r == None && optional {
		return true
	}
	if int(r) >= len(b.tensors) {
		b.fail("%s: tensor %d not declared (have %d)", what, r, len(b.tensors))
		return false
	}
	return true
}

func (b *Builder) emit(op isa.Opcode, flags uint8, slots [isa.NumSlots]Ref, optional [isa.NumSlots]bool) *isa.Instr {
	for s, r := range slots {
		if !b.ref(r, op.String(), optional[s]) {
			return nil
		}
	}
	in := isa.Instr{Op: op, Flags: flags}
	for s, r := range slots {
		in.Slots[s] = uint16(r)
	}
	b.instrs = append(b.instrs, in)
	return &b.instrs[len(b.instrs)-1]
}

// MatMul emits d = a · wᵀ (+ bias): d int32 [M,N], a int8 [M,K], w int8 [N,K] (weights stored
// [out, in] as a Linear layer's), bias int32 [1,N] or None.
func (b *Builder) MatMul(d, a, w, bias Ref) {
	b.emit(isa.OpMatMul, 0, [4]Ref{d, a, w, bias}, [4]bool{3: true})
}

// Requant emits a per-channel REQUANT: d int8 [R,C] from a int32 [R,C] with params int32 [C,4]
// (see ConstRequant) giving each channel's bias, multiplier and shift; then + zp, clamped to
// [lo, hi] (lo = zp gives ReLU).
func (b *Builder) Requant(d, a, params Ref, zp, lo, hi int8) {
	if in := b.emit(isa.OpRequant, 0, [4]Ref{d, a, params, None}, [4]bool{3: true}); in != nil {
		isa.RequantParams{Zero: zp, Lo: lo, Hi: hi}.Put(in)
	}
}

// RequantPerTensor emits a per-tensor REQUANT: one multiplier and shift for every element;
// bias is None or a params tensor (see ConstBias) of which only the bias column is used.
func (b *Builder) RequantPerTensor(d, a, bias Ref, mul int32, shift, zp, lo, hi int8) {
	if in := b.emit(isa.OpRequant, isa.FlagPerTensor, [4]Ref{d, a, bias, None}, [4]bool{2: true, 3: true}); in != nil {
		isa.RequantParams{Mul: mul, Shift: shift, Zero: zp, Lo: lo, Hi: hi}.Put(in)
	}
}

// Add emits d = Add(a, c) element-wise (TFLite quantized add) for int8 tensors of one shape.
func (b *Builder) Add(d, a, c Ref, p isa.AddParams) {
	if in := b.emit(isa.OpAdd, 0, [4]Ref{d, a, c, None}, [4]bool{3: true}); in != nil {
		p.Put(in)
	}
}

// LUT8 emits d[e] = table[uint8(a[e])]; table is int8 [1,256] (see ConstLUT).
func (b *Builder) LUT8(d, a, table Ref) {
	b.emit(isa.OpLUT8, 0, [4]Ref{d, a, table, None}, [4]bool{3: true})
}

// MaxPool emits a max pool over an H×W image of Ch channels, a int8 [H·W, Ch], into d int8
// [OH·OW, Ch]. MAXPOOL has no padding: w.Pad and w.PadValue must be zero.
func (b *Builder) MaxPool(d, a Ref, w isa.Window) {
	if w.Pad != 0 || w.PadValue != 0 {
		b.fail("MaxPool: MAXPOOL has no padding (pad %d, value %d)", w.Pad, w.PadValue)
		return
	}
	if in := b.emit(isa.OpMaxPool, 0, [4]Ref{d, a, None, None}, [4]bool{2: true, 3: true}); in != nil {
		w.Put(in)
	}
}

// Im2Col emits the patch matrix of an H×W image of Ch channels, a int8 [H·W, Ch], into d int8
// [OH·OW, kh·kw·Ch] (patch element order dy, dx, ch), so that a convolution is a MatMul of d
// with filters int8 [F, kh·kw·Ch].
func (b *Builder) Im2Col(d, a Ref, w isa.Window) {
	if in := b.emit(isa.OpIm2Col, 0, [4]Ref{d, a, None, None}, [4]bool{2: true, 3: true}); in != nil {
		w.Put(in)
	}
}

// ArgMax emits d int32 [R,1] = the index of each row's maximum of a int8 [R,C] (ties: lowest).
func (b *Builder) ArgMax(d, a Ref) {
	b.emit(isa.OpArgMax, 0, [4]Ref{d, a, None, None}, [4]bool{2: true, 3: true})
}

// Copy emits d = a element by element in each tensor's own shape: a reshape. Same dtype, same
// rows·cols.
func (b *Builder) Copy(d, a Ref) {
	b.emit(isa.OpCopy, 0, [4]Ref{d, a, None, None}, [4]bool{2: true, 3: true})
}

// Emit appends a raw instruction, slots naming this builder's tensors. Build validates it like
// any other; HALT is appended by Build and must not be emitted.
func (b *Builder) Emit(in isa.Instr) {
	if b.err != nil {
		return
	}
	for _, s := range in.Slots {
		if s != isa.NoTensor && int(s) >= len(b.tensors) {
			b.fail("Emit %s: tensor %d not declared", in.Op, s)
			return
		}
	}
	b.instrs = append(b.instrs, in)
}

// Build lays out, encodes and validates the program under DefaultLimits.
func (b *Builder) Build() (*Program, error) { return b.BuildWithLimits(DefaultLimits()) }

// BuildWithLimits is Build validating under lim.
func (b *Builder) BuildWithLimits(lim Limits) (*Program, error) {
	if b.err != nil {
		return nil, b.err
	}
	switch {
	case b.input == None:
		return nil, errors.New("program builder: no Input declared")
	case b.output == None:
		return nil, errors.New("program builder: no Output declared")
	}
	instrs := append(append(make([]isa.Instr, 0, len(b.instrs)+1), b.instrs...), isa.Instr{
		Op: isa.OpHalt, Slots: [4]uint16{isa.NoTensor, isa.NoTensor, isa.NoTensor, isa.NoTensor},
	})
	h := Header{
		Version:    Version,
		NumInstrs:  uint32(len(instrs)),
		NumTensors: uint32(len(b.tensors)),
		Input:      uint16(b.input),
		Output:     uint16(b.output),
	}
	copy(h.Magic[:], Magic)

	// Layout: constants in declaration order after the declarations, arena tensors bumped from
	// 0; both stay leaf-aligned because every extent is whole rows of whole leaves. Views take
	// their base's offset, known since a base is always declared first.
	tensors := make([]isa.Tensor, len(b.tensors))
	var data []byte
	dataStart := h.dataStart()
	arena := uint64(0)
	for i := range b.tensors {
		bt := &b.tensors[i]
		t := bt.t
		switch {
		case bt.alias != None:
			t.Offset = tensors[bt.alias].Offset
		case t.Region == isa.RegionProgram:
			t.Offset = dataStart + uint64(len(data))
			if t.Offset+uint64(len(bt.data)) > maxObjectSize {
				return nil, fmt.Errorf("program builder: constants exceed the maximum object size %d", uint64(maxObjectSize))
			}
			data = append(data, bt.data...)
		case t.Region == isa.RegionArena:
			t.Offset = arena
			n, _ := tensorBytes(&t) // ≤ 2^32 · 2^34: the sum below cannot wrap
			arena += n
		}
		tensors[i] = t
	}
	size := dataStart + uint64(len(data))
	if size > maxObjectSize {
		return nil, fmt.Errorf("program builder: object size %d exceeds the maximum %d", size, uint64(maxObjectSize))
	}
	h.Size = uint32(size)
	h.Steps = countSteps(instrs, tensors)
	obj := assemble(&h, instrs, tensors, data)
	p, err := decode(obj, lim)
	if err != nil {
		return nil, fmt.Errorf("program builder: %w", err)
	}
	return p, nil
}

// countSteps is spec §6's trace length, 1 + Σ isa.InstrSteps, for the header. It returns 0 when
// the count cannot be formed (bad slots or windows, or overflow): the validator then reports
// what is wrong, so this needs no error path of its own.
func countSteps(instrs []isa.Instr, tensors []isa.Tensor) uint64 {
	total := uint64(1)
	for i := range instrs {
		var ops [isa.NumSlots]isa.Tensor
		for s, idx := range instrs[i].Slots {
			if idx != isa.NoTensor {
				if int(idx) >= len(tensors) {
					return 0
				}
				ops[s] = tensors[idx]
			}
		}
		n, err := isa.InstrSteps(&instrs[i], &ops)
		if err != nil {
			return 0
		}
		var carry uint64
		if total, carry = bits.Add64(total, n, 0); carry != 0 {
			return 0
		}
	}
	return total
}

// assemble encodes an object: header, instructions, declarations, then data.
func assemble(h *Header, instrs []isa.Instr, tensors []isa.Tensor, data []byte) []byte {
	out := make([]byte, 0, h.dataStart()+uint64(len(data)))
	hb := h.Encode()
	out = append(out, hb[:]...)
	for i := range instrs {
		e := instrs[i].Encode()
		out = append(out, e[:]...)
	}
	for i := range tensors {
		e := tensors[i].Encode()
		out = append(out, e[:]...)
	}
	return append(out, data...)
}
