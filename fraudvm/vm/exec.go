package vm

import (
	"encoding/binary"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Every EXEC micro-step first checks everything that depends on registers alone — operand
// declarations, cursors, immediates, and every address it will access — and only then touches
// memory. The one check that depends on memory is the shift of a per-channel REQUANT, read from
// its params row. A fault therefore leaves a witness of exactly the accesses before the check,
// the same in the Go verifier and the Solidity contract (docs/spec/fraudvm.md §6).

// instr is the current instruction with its operands decoded and checked for the dtypes its
// opcode requires. Optional operands (MATMUL's bias, REQUANT's params) are present when their
// slot is used.
type instr struct {
	isa.Instr
	d, a, b, c operand
	hasB, hasC bool
	total      uint64 // number of elements the cursor e runs over
}

// decodeInstr decodes the instruction register and its operands, checking that each
// required slot is present with the dtype the opcode needs, that unused slots are unused, and
// that the cursor is in range.
func decodeInstr(s *State) (*instr, error) {
	in := &instr{Instr: isa.DecodeInstr(s.Insn)}
	used := func(slot int) bool { return in.Slots[slot] != isa.NoTensor }
	var err error
	req := func(dst *operand, slot int, dt isa.DType) {
		if err != nil {
			return
		}
		if !used(slot) {
			err = fault(FaultInvalid, "%s: slot %d is required", in.Op, slot)
			return
		}
		*dst, err = decodeOperand(&s.Decl[slot], dt, slot)
	}
	opt := func(dst *operand, has *bool, slot int, dt isa.DType) {
		if err == nil && used(slot) {
			*has = true
			*dst, err = decodeOperand(&s.Decl[slot], dt, slot)
		}
	}
	none := func(slots ...int) {
		for _, sl := range slots {
			if err == nil && used(sl) {
				err = fault(FaultInvalid, "%s: slot %d must be unused", in.Op, sl)
			}
		}
	}
	switch in.Op {
	case isa.OpMatMul:
		req(&in.d, isa.SlotDst, isa.Int32)
		req(&in.a, isa.SlotA, isa.Int8)
		req(&in.b, isa.SlotB, isa.Int8)
		opt(&in.c, &in.hasC, isa.SlotC, isa.Int32)
	case isa.OpRequant:
		req(&in.d, isa.SlotDst, isa.Int8)
		req(&in.a, isa.SlotA, isa.Int32)
		opt(&in.b, &in.hasB, isa.SlotB, isa.Int32)
		none(isa.SlotC)
		if err == nil && !in.hasB && in.Flags&isa.FlagPerTensor == 0 {
			err = fault(FaultInvalid, "REQUANT: per-channel without a params tensor")
		}
	case isa.OpAdd, isa.OpLUT8:
		req(&in.d, isa.SlotDst, isa.Int8)
		req(&in.a, isa.SlotA, isa.Int8)
		req(&in.b, isa.SlotB, isa.Int8)
		none(isa.SlotC)
	case isa.OpMaxPool, isa.OpIm2Col:
		req(&in.d, isa.SlotDst, isa.Int8)
		req(&in.a, isa.SlotA, isa.Int8)
		none(isa.SlotB, isa.SlotC)
	case isa.OpArgMax:
		req(&in.d, isa.SlotDst, isa.Int32)
		req(&in.a, isa.SlotA, isa.Int8)
		none(isa.SlotB, isa.SlotC)
	case isa.OpCopy:
		dt := isa.DecodeTensor(s.Decl[isa.SlotA]).DType
		req(&in.d, isa.SlotDst, dt)
		req(&in.a, isa.SlotA, dt)
		none(isa.SlotB, isa.SlotC)
	default:
		err = fault(FaultInvalid, "opcode %s has no micro-steps", in.Op)
	}
	if err != nil {
		return nil, err
	}
	in.total = in.d.Elems()
	if in.Op == isa.OpArgMax {
		in.total = uint64(in.a.Rows)
	}
	if s.E >= in.total {
		return nil, fault(FaultInvalid, "%s: cursor e=%d beyond %d elements", in.Op, s.E, in.total)
	}
	return in, nil
}

// exec runs one micro-step of the current instruction (spec §4).
func (v *VM) exec(s *State) error {
	in, err := decodeInstr(s)
	if err != nil {
		return err
	}
	done := true // the element e is complete: advance the cursor
	switch in.Op {
	case isa.OpMatMul:
		done, err = v.matmul(s, in)
	case isa.OpRequant:
		err = v.requant(s, in)
	case isa.OpAdd:
		err = v.add(s, in)
	case isa.OpLUT8:
		err = v.lut8(s, in)
	case isa.OpMaxPool:
		done, err = v.maxpool(s, in)
	case isa.OpIm2Col:
		err = v.im2col(s, in)
	case isa.OpArgMax:
		done, err = v.argmax(s, in)
	case isa.OpCopy:
		err = v.copyElem(s, in)
	}
	if err != nil {
		return err
	}
	if done {
		s.E++
		s.Q, s.Acc, s.Acc2 = 0, 0, 0
		if s.E == in.total {
			s.retire()
		}
	}
	return nil
}

// singleStep checks that an op with one micro-step per element has q = 0.
func singleStep(s *State, in *instr) error {
	if s.Q != 0 {
		return fault(FaultInvalid, "%s: sub-cursor q=%d", in.Op, s.Q)
	}
	return nil
}

// addrs computes addresses, stopping at the first fault.
type addrs struct{ err error }

func (x *addrs) at(t *operand, e uint64) uint64 {
	if x.err != nil {
		return 0
	}
	a, err := t.at(e)
	x.err = err
	return a
}

func (x *addrs) elem(t *operand, r, c uint64) uint64 {
	if x.err != nil {
		return 0
	}
	a, err := t.elem(r, c)
	x.err = err
	return a
}

func (x *addrs) chunk(t *operand, r, q uint64) uint64 {
	if x.err != nil {
		return 0
	}
	a, err := t.chunk(r, q)
	x.err = err
	return a
}

func (v *VM) matmul(s *State, in *instr) (bool, error) {
	n := uint64(in.d.Cols)
	i, j := s.E/n, s.E%n
	k := uint64(in.a.Cols)
	nc := isa.Chunks(k)
	q := uint64(s.Q)
	var x addrs
	if q < nc {
		aAddr, bAddr := x.chunk(&in.a, i, q), x.chunk(&in.b, j, q)
		if x.err != nil {
			return false, x.err
		}
		a, b := v.load(aAddr), v.load(bAddr)
		s.Acc += isa.Dot8(&a, &b, int(min(isa.LeafSize, k-isa.LeafSize*q)))
		s.Q++
		return false, nil
	}
	if q != nc {
		return false, fault(FaultInvalid, "MATMUL: sub-cursor q=%d beyond %d chunks", q, nc)
	}
	var cAddr uint64
	if in.hasC {
		cAddr = x.elem(&in.c, 0, j)
	}
	dAddr := x.elem(&in.d, i, j)
	if x.err != nil {
		return false, x.err
	}
	out := s.Acc
	if in.hasC {
		leaf := v.load(leafOf(cAddr))
		out += getI32(&leaf, cAddr)
	}
	leaf := v.load(leafOf(dAddr))
	putI32(&leaf, dAddr, out)
	v.store(leafOf(dAddr), leaf)
	return true, nil
}

func (v *VM) requant(s *State, in *instr) error {
	if err := singleStep(s, in); err != nil {
		return err
	}
	p := isa.RequantImm(&in.Instr)
	perTensor := in.Flags&isa.FlagPerTensor != 0
	if perTensor && !isa.ShiftValid(p.Shift) {
		return fault(FaultInvalid, "REQUANT: shift %d outside [-31,0]", p.Shift)
	}
	if in.hasB && in.b.Cols < 4 {
		return fault(FaultInvalid, "REQUANT: params tensor %s has fewer than 4 columns", in.b.Tensor)
	}
	var x addrs
	aAddr := x.at(&in.a, s.E)
	var pAddr uint64
	if in.hasB {
		pAddr = x.elem(&in.b, s.E%uint64(in.d.Cols), 0)
	}
	dAddr := x.at(&in.d, s.E)
	if x.err != nil {
		return x.err
	}
	leaf := v.load(leafOf(aAddr))
	acc := getI32(&leaf, aAddr)
	var bias int32
	if in.hasB {
		pl := v.load(pAddr) // a params row is 16 bytes at a 32-aligned address: one leaf
		bias = int32(binary.LittleEndian.Uint32(pl[0:]))
		if !perTensor {
			p.Mul = int32(binary.LittleEndian.Uint32(pl[4:]))
			sh := int32(binary.LittleEndian.Uint32(pl[8:]))
			if sh < isa.MinShift || sh > 0 {
				return fault(FaultInvalid, "REQUANT: channel shift %d outside [-31,0]", sh)
			}
			p.Shift = int8(sh)
		}
	}
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, isa.Requant(acc, bias, p.Mul, p.Shift, p.Zero, p.Lo, p.Hi))
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) add(s *State, in *instr) error {
	if err := singleStep(s, in); err != nil {
		return err
	}
	p := isa.AddImm(&in.Instr)
	if !isa.ShiftValid(p.ShiftA) || !isa.ShiftValid(p.ShiftB) || !isa.ShiftValid(p.ShiftOut) {
		return fault(FaultInvalid, "ADD: shift outside [-31,0]")
	}
	var x addrs
	aAddr, bAddr, dAddr := x.at(&in.a, s.E), x.at(&in.b, s.E), x.at(&in.d, s.E)
	if x.err != nil {
		return x.err
	}
	la, lb := v.load(leafOf(aAddr)), v.load(leafOf(bAddr))
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, isa.Add(getI8(&la, aAddr), getI8(&lb, bAddr), &p))
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) lut8(s *State, in *instr) error {
	if err := singleStep(s, in); err != nil {
		return err
	}
	if in.b.Cols < 256 {
		return fault(FaultInvalid, "LUT8: table %s has fewer than 256 entries", in.b.Tensor)
	}
	var x addrs
	aAddr, dAddr := x.at(&in.a, s.E), x.at(&in.d, s.E)
	if x.err != nil {
		return x.err
	}
	la := v.load(leafOf(aAddr))
	tAddr := in.b.base + uint64(uint8(getI8(&la, aAddr))) // row 0, column x: inside, as cols ≥ 256
	lt := v.load(leafOf(tAddr))
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, getI8(&lt, tAddr))
	v.store(leafOf(dAddr), out)
	return nil
}

func window(in *instr) (isa.Window, uint64, error) {
	w := isa.WindowImm(&in.Instr)
	_, ow, err := w.OutDims()
	if err != nil {
		return w, 0, fault(FaultInvalid, "%s: %v", in.Op, err)
	}
	return w, ow, nil
}

func (v *VM) maxpool(s *State, in *instr) (bool, error) {
	w, ow, err := window(in)
	if err != nil {
		return false, err
	}
	ch := uint64(in.d.Cols)
	p, c := s.E/ch, s.E%ch
	oy, ox := p/ow, p%ow
	kk := uint64(w.KH) * uint64(w.KW)
	q := uint64(s.Q)
	var x addrs
	if q < kk {
		dy, dx := q/uint64(w.KW), q%uint64(w.KW)
		addr := x.elem(&in.a, (oy*uint64(w.SH)+dy)*uint64(w.W)+ox*uint64(w.SW)+dx, c)
		if x.err != nil {
			return false, x.err
		}
		leaf := v.load(leafOf(addr))
		val := int32(getI8(&leaf, addr))
		if q == 0 || val > s.Acc {
			s.Acc = val
		}
		s.Q++
		return false, nil
	}
	if q != kk {
		return false, fault(FaultInvalid, "MAXPOOL: sub-cursor q=%d beyond window %d", q, kk)
	}
	addr := x.at(&in.d, s.E)
	if x.err != nil {
		return false, x.err
	}
	out := v.load(leafOf(addr))
	putI8(&out, addr, int8(s.Acc))
	v.store(leafOf(addr), out)
	return true, nil
}

func (v *VM) im2col(s *State, in *instr) error {
	if err := singleStep(s, in); err != nil {
		return err
	}
	w, ow, err := window(in)
	if err != nil {
		return err
	}
	ch := uint64(in.a.Cols)
	kc := uint64(w.KH) * uint64(w.KW) * ch
	p, k := s.E/kc, s.E%kc
	oy, ox := p/ow, p%ow
	dy, dx, c := k/(uint64(w.KW)*ch), (k/ch)%uint64(w.KW), k%ch
	y := int64(oy*uint64(w.SH)+dy) - int64(w.Pad)
	xx := int64(ox*uint64(w.SW)+dx) - int64(w.Pad)
	inside := y >= 0 && y < int64(w.H) && xx >= 0 && xx < int64(w.W)
	var x addrs
	var aAddr uint64
	if inside {
		aAddr = x.elem(&in.a, uint64(y)*uint64(w.W)+uint64(xx), c)
	}
	dAddr := x.at(&in.d, s.E)
	if x.err != nil {
		return x.err
	}
	val := w.PadValue
	if inside {
		leaf := v.load(leafOf(aAddr))
		val = getI8(&leaf, aAddr)
	}
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, val)
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) argmax(s *State, in *instr) (bool, error) {
	cols := uint64(in.a.Cols)
	q := uint64(s.Q)
	var x addrs
	if q < cols {
		addr := x.elem(&in.a, s.E, q)
		if x.err != nil {
			return false, x.err
		}
		leaf := v.load(leafOf(addr))
		val := int32(getI8(&leaf, addr))
		if q == 0 || val > s.Acc {
			s.Acc, s.Acc2 = val, int32(q)
		}
		s.Q++
		return false, nil
	}
	if q != cols {
		return false, fault(FaultInvalid, "ARGMAX: sub-cursor q=%d beyond %d columns", q, cols)
	}
	addr := x.elem(&in.d, s.E, 0)
	if x.err != nil {
		return false, x.err
	}
	out := v.load(leafOf(addr))
	putI32(&out, addr, s.Acc2)
	v.store(leafOf(addr), out)
	return true, nil
}

func (v *VM) copyElem(s *State, in *instr) error {
	if err := singleStep(s, in); err != nil {
		return err
	}
	var x addrs
	aAddr, dAddr := x.at(&in.a, s.E), x.at(&in.d, s.E)
	if x.err != nil {
		return x.err
	}
	la := v.load(leafOf(aAddr))
	out := v.load(leafOf(dAddr))
	size := in.a.DType.Size()
	copy(out[dAddr%isa.LeafSize:dAddr%isa.LeafSize+size], la[aAddr%isa.LeafSize:aAddr%isa.LeafSize+size])
	v.store(leafOf(dAddr), out)
	return nil
}
