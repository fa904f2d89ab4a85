package program

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
)

// ErrInvalidProgram is wrapped by every error Decode returns for a malformed or invalid
// object. The message after it names the place (header, tensor index, instruction index and
// opcode, operand slot) and the problem.
var ErrInvalidProgram = errors.New("invalid program")

// Limits bound what Decode accepts beyond what the format itself can express. A zero field
// takes its default; a larger value than the format allows is capped.
type Limits struct {
	MaxSize   uint64 // object size in bytes (default 1 GiB; capped at 2^32−32, size being a u32)
	MaxInput  uint64 // end of every input-region tensor (default 16 MiB; capped at 2^36)
	MaxOutput uint64 // end of every output-region tensor (default 16 MiB; capped at 2^36)
	MaxArena  uint64 // end of every arena tensor (default 4 GiB; capped at 2^36)
	MaxSteps  uint64 // trace length (default 2^44)
}

// Default limits.
const (
	DefaultMaxSize   = 1 << 30
	DefaultMaxInput  = 16 << 20
	DefaultMaxOutput = 16 << 20
	DefaultMaxArena  = 4 << 30
	DefaultMaxSteps  = 1 << 44

	maxObjectSize = 1<<32 - isa.LeafSize // the largest multiple of 32 a u32 holds
	maxTensors    = isa.NoTensor         // indices 0…0xFFFE; 0xFFFF marks an unused slot
)

// DefaultLimits returns the limits Decode uses.
func DefaultLimits() Limits {
	return Limits{
		MaxSize:   DefaultMaxSize,
		MaxInput:  DefaultMaxInput,
		MaxOutput: DefaultMaxOutput,
		MaxArena:  DefaultMaxArena,
		MaxSteps:  DefaultMaxSteps,
	}
}

func (l Limits) normalized() Limits {
	d := DefaultLimits()
	pick := func(v, def, max uint64) uint64 {
		if v == 0 {
			v = def
		}
		return min(v, max)
	}
	return Limits{
		MaxSize:   pick(l.MaxSize, d.MaxSize, maxObjectSize),
		MaxInput:  pick(l.MaxInput, d.MaxInput, isa.RegionSize),
		MaxOutput: pick(l.MaxOutput, d.MaxOutput, isa.RegionSize),
		MaxArena:  pick(l.MaxArena, d.MaxArena, isa.RegionSize),
		MaxSteps:  pick(l.MaxSteps, d.MaxSteps, ^uint64(0)),
	}
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidProgram, fmt.Sprintf(format, args...))
}

// decode parses and validates b without copying it; the result aliases b.
func decode(b []byte, lim Limits) (*Program, error) {
	lim = lim.normalized()
	size := uint64(len(b))
	switch {
	case size < HeaderSize:
		return nil, invalid("object is %d bytes, shorter than its 32-byte header", size)
	case size%isa.LeafSize != 0:
		return nil, invalid("object size %d is not a multiple of 32", size)
	case size > lim.MaxSize:
		return nil, invalid("object size %d exceeds the limit %d", size, lim.MaxSize)
	}

	h := DecodeHeader([HeaderSize]byte(b[:HeaderSize]))
	switch {
	case string(h.Magic[:]) != Magic:
		return nil, invalid("header: magic %q, want %q", h.Magic[:], Magic)
	case h.Version != Version:
		return nil, invalid("header: version %d, want %d", h.Version, Version)
	case b[5] != 0 || b[6] != 0 || b[7] != 0:
		return nil, invalid("header: reserved bytes 5–7 are %x, must be zero", b[5:8])
	case uint64(h.Size) != size:
		return nil, invalid("header: size %d does not match the object's %d bytes", h.Size, size)
	case h.NumInstrs == 0:
		return nil, invalid("header: no instructions (n = 0); a program ends with HALT")
	case h.NumTensors > maxTensors:
		return nil, invalid("header: t = %d tensor declarations exceeds %d", h.NumTensors, maxTensors)
	case h.dataStart() > size:
		return nil, invalid("header: n = %d instructions and t = %d declarations need %d bytes, the object has %d",
			h.NumInstrs, h.NumTensors, h.dataStart(), size)
	case uint32(h.Input) >= h.NumTensors:
		return nil, invalid("header: input tensor index %d out of range (t = %d)", h.Input, h.NumTensors)
	case uint32(h.Output) >= h.NumTensors:
		return nil, invalid("header: output tensor index %d out of range (t = %d)", h.Output, h.NumTensors)
	}

	p := &Program{
		Header:  h,
		Instrs:  make([]isa.Instr, h.NumInstrs),
		Tensors: make([]isa.Tensor, h.NumTensors),
		bytes:   b,
	}
	for pc := range p.Instrs {
		p.Instrs[pc] = isa.DecodeInstr(leaf(b, 1+uint64(pc)))
	}
	tbase := 1 + uint64(h.NumInstrs)
	for i := range p.Tensors {
		raw := leaf(b, tbase+uint64(i))
		p.Tensors[i] = isa.DecodeTensor(raw)
		if err := checkDecl(i, &raw, &p.Tensors[i], &h, &lim); err != nil {
			return nil, err
		}
	}

	in := &p.Tensors[h.Input]
	if in.Region != isa.RegionInput || in.Offset != 0 || in.DType != isa.Int8 {
		return nil, invalid("header: input tensor %d %s must be int8 at offset 0 of the input region", h.Input, in)
	}
	out := &p.Tensors[h.Output]
	if out.Region != isa.RegionOutput || out.Offset != 0 {
		return nil, invalid("header: output tensor %d %s must be at offset 0 of the output region", h.Output, out)
	}

	p.start = make([]uint64, len(p.Instrs)+1)
	p.start[0] = 1 // the START step
	for pc := range p.Instrs {
		c := instrCtx{p: p, pc: pc, in: &p.Instrs[pc]}
		n, err := c.check()
		if err != nil {
			return nil, err
		}
		next, carry := bits.Add64(p.start[pc], n, 0)
		if carry != 0 || next > lim.MaxSteps {
			return nil, invalid("instruction %d (%s): the trace length exceeds the limit of %d steps", pc, c.in.Op, lim.MaxSteps)
		}
		p.start[pc+1] = next
	}
	if total := p.start[len(p.Instrs)]; h.Steps != total {
		return nil, invalid("header: steps %d does not match the computed trace length %d", h.Steps, total)
	}
	return p, nil
}

func leaf(b []byte, i uint64) [isa.LeafSize]byte {
	return [isa.LeafSize]byte(b[i*isa.LeafSize : (i+1)*isa.LeafSize])
}

// checkDecl validates declaration i: encoding, shape and placement inside its region.
func checkDecl(i int, raw *[isa.DeclSize]byte, t *isa.Tensor, h *Header, lim *Limits) error {
	fail := func(format string, args ...any) error {
		return invalid("tensor %d %s: %s", i, t, fmt.Sprintf(format, args...))
	}
	for _, r := range [][2]int{{2, 4}, {12, 16}, {24, 32}} {
		for k := r[0]; k < r[1]; k++ {
			if raw[k] != 0 {
				return fail("reserved byte %d is 0x%02x, must be zero", k, raw[k])
			}
		}
	}
	switch {
	case t.Region >= isa.NumRegions:
		return fail("unknown region %d", uint8(t.Region))
	case t.DType != isa.Int8 && t.DType != isa.Int32:
		return fail("unknown dtype %d", uint8(t.DType))
	case t.Rows == 0 || t.Cols == 0:
		return fail("empty shape")
	case t.Offset%isa.LeafSize != 0:
		return fail("offset 0x%x is not 32-byte aligned", t.Offset)
	}
	end, ok := tensorEnd(t)
	var limit uint64
	switch t.Region {
	case isa.RegionProgram:
		if t.Offset < h.dataStart() {
			return fail("starts at 0x%x, inside the header, instructions or declarations (data starts at 0x%x)", t.Offset, h.dataStart())
		}
		limit = uint64(h.Size)
	case isa.RegionInput:
		limit = lim.MaxInput
	case isa.RegionOutput:
		limit = lim.MaxOutput
	case isa.RegionArena:
		limit = lim.MaxArena
	}
	if !ok || end > limit {
		what := "the " + t.Region.String() + " region limit"
		if t.Region == isa.RegionProgram {
			what = "the object's size"
		}
		if !ok {
			return fail("extent overflows (rows × stride = %d × %d)", t.Rows, t.Stride())
		}
		return fail("ends at 0x%x, beyond %s 0x%x", end, what, limit)
	}
	return nil
}

// Slot usage of an opcode.
type slotUse uint8

const (
	unused slotUse = iota
	required
	optional
)

// opRule is the static encoding rule of an opcode: which slots it takes, which flags it
// defines, and how many leading immediate bytes it uses (the rest must be zero).
type opRule struct {
	slots [isa.NumSlots]slotUse
	flags uint8
	imm   int
}

var opRules = [...]opRule{
	isa.OpHalt:    {},
	isa.OpMatMul:  {slots: [4]slotUse{required, required, required, optional}},
	isa.OpRequant: {slots: [4]slotUse{required, required, optional, unused}, flags: isa.FlagPerTensor, imm: 8},
	isa.OpAdd:     {slots: [4]slotUse{required, required, required, unused}, imm: 22},
	isa.OpLUT8:    {slots: [4]slotUse{required, required, required, unused}},
	isa.OpMaxPool: {slots: [4]slotUse{required, required, unused, unused}, imm: 8},
	isa.OpIm2Col:  {slots: [4]slotUse{required, required, unused, unused}, imm: 10},
	isa.OpArgMax:  {slots: [4]slotUse{required, required, unused, unused}},
	isa.OpCopy:    {slots: [4]slotUse{required, required, unused, unused}},
}

var slotNames = [isa.NumSlots]string{"dst", "a", "b", "c"}

// instrCtx checks one instruction.
type instrCtx struct {
	p  *Program
	pc int
	in *isa.Instr
	t  [isa.NumSlots]*isa.Tensor // nil for unused slots
}

func (c *instrCtx) fail(format string, args ...any) error {
	return invalid("instruction %d (%s): %s", c.pc, c.in.Op, fmt.Sprintf(format, args...))
}

// failSlot names the slot and the tensor in it.
func (c *instrCtx) failSlot(s int, format string, args ...any) error {
	return c.fail("slot %s: tensor %d %s: %s", slotNames[s], c.in.Slots[s], c.t[s], fmt.Sprintf(format, args...))
}

func (c *instrCtx) dtype(s int, want isa.DType) error {
	if c.t[s].DType != want {
		return c.failSlot(s, "dtype %s, want %s", c.t[s].DType, want)
	}
	return nil
}

// shape checks slot s is rows×cols; why says where the expected shape comes from.
func (c *instrCtx) shape(s int, rows, cols uint64, why string) error {
	if t := c.t[s]; uint64(t.Rows) != rows || uint64(t.Cols) != cols {
		return c.failSlot(s, "shape [%d,%d], want [%d,%d] (%s)", t.Rows, t.Cols, rows, cols, why)
	}
	return nil
}

func (c *instrCtx) inProgram(s int, what string) error {
	if c.t[s].Region != isa.RegionProgram {
		return c.failSlot(s, "the %s must be in the program region, not %s", what, c.t[s].Region)
	}
	return nil
}

// check validates the instruction and returns its step count.
func (c *instrCtx) check() (uint64, error) {
	in, p := c.in, c.p
	last := len(p.Instrs) - 1
	switch {
	case !in.Op.Valid():
		return 0, invalid("instruction %d: unknown opcode 0x%02x", c.pc, uint8(in.Op))
	case in.Op == isa.OpHalt && c.pc != last:
		return 0, c.fail("HALT before the last instruction (%d)", last)
	case in.Op != isa.OpHalt && c.pc == last:
		return 0, c.fail("the last instruction must be HALT")
	}
	rule := &opRules[in.Op]
	if extra := in.Flags &^ rule.flags; extra != 0 {
		return 0, c.fail("flags 0x%02x: flag 0x%02x is not defined for %s", in.Flags, extra, in.Op)
	}
	for s, idx := range in.Slots {
		use := rule.slots[s]
		if in.Op == isa.OpRequant && s == isa.SlotB && in.Flags&isa.FlagPerTensor == 0 {
			use = required // per-channel multipliers and shifts live in the params tensor
		}
		switch {
		case idx == isa.NoTensor && use == required:
			return 0, c.fail("slot %s: missing operand (0xFFFF)", slotNames[s])
		case idx != isa.NoTensor && use == unused:
			return 0, c.fail("slot %s: %s takes no operand here, names tensor %d (must be 0xFFFF)", slotNames[s], in.Op, idx)
		case idx != isa.NoTensor && uint64(idx) >= uint64(len(p.Tensors)):
			return 0, c.fail("slot %s: tensor index %d out of range (t = %d)", slotNames[s], idx, len(p.Tensors))
		}
		if idx != isa.NoTensor {
			c.t[s] = &p.Tensors[idx]
		}
	}
	for k := rule.imm; k < len(in.Imm); k++ {
		if in.Imm[k] != 0 {
			return 0, c.fail("immediate byte %d is 0x%02x, must be zero (unused by %s)", k, in.Imm[k], in.Op)
		}
	}
	if in.Op == isa.OpHalt {
		return isa.InstrSteps(in, &[isa.NumSlots]isa.Tensor{})
	}

	d := c.t[isa.SlotDst]
	if d.Region != isa.RegionArena && d.Region != isa.RegionOutput {
		return 0, c.failSlot(isa.SlotDst, "the destination must be in the arena or output region, not %s", d.Region)
	}
	dEnd, _ := tensorEnd(d) // checkDecl proved it does not overflow
	for s := isa.SlotA; s < isa.NumSlots; s++ {
		t := c.t[s]
		if t == nil || t.Region != d.Region {
			continue
		}
		if end, _ := tensorEnd(t); t.Offset < dEnd && d.Offset < end {
			return 0, c.failSlot(s, "bytes [0x%x,0x%x) overlap the destination tensor %d %s", t.Offset, end, in.Slots[isa.SlotDst], d)
		}
	}

	var err error
	switch in.Op {
	case isa.OpMatMul:
		err = c.matmul()
	case isa.OpRequant:
		err = c.requant()
	case isa.OpAdd:
		err = c.add()
	case isa.OpLUT8:
		err = c.lut8()
	case isa.OpMaxPool, isa.OpIm2Col:
		err = c.window()
	case isa.OpArgMax:
		err = c.argmax()
	case isa.OpCopy:
		err = c.copy()
	}
	if err != nil {
		return 0, err
	}
	ops := p.Operands(c.pc)
	steps, err := isa.InstrSteps(in, &ops)
	if err != nil { // unreachable once the shape rules hold
		return 0, c.fail("%v", err)
	}
	return steps, nil
}

func (c *instrCtx) matmul() error {
	a, b := c.t[isa.SlotA], c.t[isa.SlotB]
	for _, e := range []error{c.dtype(isa.SlotDst, isa.Int32), c.dtype(isa.SlotA, isa.Int8), c.dtype(isa.SlotB, isa.Int8)} {
		if e != nil {
			return e
		}
	}
	m, k, n := uint64(a.Rows), uint64(a.Cols), uint64(b.Rows)
	if k > isa.MaxMatMulK {
		return c.failSlot(isa.SlotA, "K = %d exceeds %d", k, isa.MaxMatMulK)
	}
	if err := c.shape(isa.SlotB, n, k, "[N,K], K = a's cols"); err != nil {
		return err
	}
	if err := c.shape(isa.SlotDst, m, n, "[M,N], M = a's rows, N = b's rows"); err != nil {
		return err
	}
	if c.t[isa.SlotC] != nil {
		if err := c.dtype(isa.SlotC, isa.Int32); err != nil {
			return err
		}
		if err := c.shape(isa.SlotC, 1, n, "bias [1,N], N = b's rows"); err != nil {
			return err
		}
	}
	return nil
}

func (c *instrCtx) clampRange(lo, hi int8) error {
	if lo > hi {
		return c.fail("clamp range lo = %d > hi = %d", lo, hi)
	}
	return nil
}

func (c *instrCtx) requant() error {
	a := c.t[isa.SlotA]
	if err := c.dtype(isa.SlotA, isa.Int32); err != nil {
		return err
	}
	if err := c.dtype(isa.SlotDst, isa.Int8); err != nil {
		return err
	}
	if err := c.shape(isa.SlotDst, uint64(a.Rows), uint64(a.Cols), "a's shape"); err != nil {
		return err
	}
	perTensor := c.in.Flags&isa.FlagPerTensor != 0
	q := isa.RequantImm(c.in)
	if perTensor {
		if !isa.ShiftValid(q.Shift) {
			return c.fail("shift %d outside [%d,0]", q.Shift, isa.MinShift)
		}
	} else {
		// Without the flag the multiplier and shift immediates are unused, hence zero: one
		// program, one encoding.
		for k := 0; k < 5; k++ {
			if c.in.Imm[k] != 0 {
				return c.fail("immediate byte %d is 0x%02x, must be zero: per-channel REQUANT takes its multiplier and shift from the params tensor", k, c.in.Imm[k])
			}
		}
	}
	if err := c.clampRange(q.Lo, q.Hi); err != nil {
		return err
	}
	pt := c.t[isa.SlotB]
	if pt == nil {
		return nil
	}
	if err := c.dtype(isa.SlotB, isa.Int32); err != nil {
		return err
	}
	if err := c.inProgram(isa.SlotB, "params tensor"); err != nil {
		return err
	}
	if err := c.shape(isa.SlotB, uint64(a.Cols), 4, "params [C,4], C = a's cols"); err != nil {
		return err
	}
	// The params live in the object, so they can be checked here once instead of by every step.
	data := c.p.bytes[pt.Offset : pt.Offset+pt.Bytes()]
	stride := pt.Stride()
	for j := uint64(0); j < uint64(pt.Rows); j++ {
		row := data[j*stride:]
		shift := int32(binary.LittleEndian.Uint32(row[8:]))
		if z := int32(binary.LittleEndian.Uint32(row[12:])); z != 0 {
			return c.failSlot(isa.SlotB, "row %d: word 3 is %d, must be 0", j, z)
		}
		if !perTensor && (shift < isa.MinShift || shift > 0) {
			return c.failSlot(isa.SlotB, "row %d: shift %d outside [%d,0]", j, shift, isa.MinShift)
		}
	}
	return nil
}

func (c *instrCtx) add() error {
	a := c.t[isa.SlotA]
	for _, s := range []int{isa.SlotDst, isa.SlotA, isa.SlotB} {
		if err := c.dtype(s, isa.Int8); err != nil {
			return err
		}
	}
	if err := c.shape(isa.SlotB, uint64(a.Rows), uint64(a.Cols), "a's shape"); err != nil {
		return err
	}
	if err := c.shape(isa.SlotDst, uint64(a.Rows), uint64(a.Cols), "a's shape"); err != nil {
		return err
	}
	q := isa.AddImm(c.in)
	for _, o := range []struct {
		name string
		v    int16
	}{{"offA", q.OffA}, {"offB", q.OffB}} {
		if o.v < -255 || o.v > 255 {
			return c.fail("%s = %d outside [-255,255]", o.name, o.v)
		}
	}
	for _, s := range []struct {
		name string
		v    int8
	}{{"shiftA", q.ShiftA}, {"shiftB", q.ShiftB}, {"shiftOut", q.ShiftOut}} {
		if !isa.ShiftValid(s.v) {
			return c.fail("%s = %d outside [%d,0]", s.name, s.v, isa.MinShift)
		}
	}
	return c.clampRange(q.Lo, q.Hi)
}

func (c *instrCtx) lut8() error {
	a := c.t[isa.SlotA]
	for _, s := range []int{isa.SlotDst, isa.SlotA, isa.SlotB} {
		if err := c.dtype(s, isa.Int8); err != nil {
			return err
		}
	}
	if err := c.shape(isa.SlotDst, uint64(a.Rows), uint64(a.Cols), "a's shape"); err != nil {
		return err
	}
	if err := c.inProgram(isa.SlotB, "table"); err != nil {
		return err
	}
	return c.shape(isa.SlotB, 1, 256, "a 256-entry table")
}

// window checks MAXPOOL and IM2COL.
func (c *instrCtx) window() error {
	a := c.t[isa.SlotA]
	if err := c.dtype(isa.SlotA, isa.Int8); err != nil {
		return err
	}
	if err := c.dtype(isa.SlotDst, isa.Int8); err != nil {
		return err
	}
	w := isa.WindowImm(c.in)
	oh, ow, err := w.OutDims()
	if err != nil {
		return c.fail("%v", err)
	}
	if c.in.Op == isa.OpIm2Col && (w.Pad >= w.KH || w.Pad >= w.KW) {
		return c.fail("pad %d must be less than the kernel %dx%d", w.Pad, w.KH, w.KW)
	}
	h, wd, ch := uint64(w.H), uint64(w.W), uint64(a.Cols)
	if err := c.shape(isa.SlotA, h*wd, ch, fmt.Sprintf("[H·W,Ch] for a %dx%d image", h, wd)); err != nil {
		return err
	}
	cols, why := ch, fmt.Sprintf("[OH·OW,Ch], output %dx%d", oh, ow)
	if c.in.Op == isa.OpIm2Col {
		cols = uint64(w.KH) * uint64(w.KW) * ch
		why = fmt.Sprintf("[OH·OW,kh·kw·Ch], output %dx%d, kernel %dx%d", oh, ow, w.KH, w.KW)
	}
	return c.shape(isa.SlotDst, oh*ow, cols, why)
}

func (c *instrCtx) argmax() error {
	if err := c.dtype(isa.SlotA, isa.Int8); err != nil {
		return err
	}
	if err := c.dtype(isa.SlotDst, isa.Int32); err != nil {
		return err
	}
	return c.shape(isa.SlotDst, uint64(c.t[isa.SlotA].Rows), 1, "[R,1], R = a's rows")
}

func (c *instrCtx) copy() error {
	d, a := c.t[isa.SlotDst], c.t[isa.SlotA]
	if d.DType != a.DType {
		return c.failSlot(isa.SlotDst, "dtype %s differs from a's %s", d.DType, a.DType)
	}
	if d.Elems() != a.Elems() {
		return c.failSlot(isa.SlotDst, "%d elements, a has %d (rows·cols must match)", d.Elems(), a.Elems())
	}
	return nil
}
