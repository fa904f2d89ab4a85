package vm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

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
// required slot is present with the dtype the opcode needs and that the cursor is in range.
func decodeInstr(s *State) (*instr, error) {
	in := &instr{Instr: isa.DecodeInstr(s.Insn)}
	var err error
	req := func(slot int, dt isa.DType) (operand, error) {
		if in.Slots[slot] == isa.NoTensor {
			return operand{}, fmt.Errorf("%s: slot %d is required", in.Op, slot)
		}
		return decodeOperand(&s.Decl[slot], dt, slot)
	}
	opt := func(slot int, dt isa.DType) (operand, bool, error) {
		if in.Slots[slot] == isa.NoTensor {
			return operand{}, false, nil
		}
		o, err := decodeOperand(&s.Decl[slot], dt, slot)
		return o, err == nil, err
	}
	none := func(slots ...int) error {
		for _, sl := range slots {
			if in.Slots[sl] != isa.NoTensor {
				return fmt.Errorf("%s: slot %d must be unused", in.Op, sl)
			}
		}
		return nil
	}
	switch in.Op {
	case isa.OpMatMul:
		if in.d, err = req(isa.SlotDst, isa.Int32); err != nil {
			return nil, err
		}
		if in.a, err = req(isa.SlotA, isa.Int8); err != nil {
			return nil, err
		}
		if in.b, err = req(isa.SlotB, isa.Int8); err != nil {
			return nil, err
		}
		if in.c, in.hasC, err = opt(isa.SlotC, isa.Int32); err != nil {
			return nil, err
		}
	case isa.OpRequant:
		if in.d, err = req(isa.SlotDst, isa.Int8); err != nil {
			return nil, err
		}
		if in.a, err = req(isa.SlotA, isa.Int32); err != nil {
			return nil, err
		}
		if in.b, in.hasB, err = opt(isa.SlotB, isa.Int32); err != nil {
			return nil, err
		}
		if err = none(isa.SlotC); err != nil {
			return nil, err
		}
		if !in.hasB && in.Flags&isa.FlagPerTensor == 0 {
			return nil, errors.New("REQUANT: per-channel without a params tensor")
		}
	case isa.OpAdd, isa.OpLUT8:
		if in.d, err = req(isa.SlotDst, isa.Int8); err != nil {
			return nil, err
		}
		if in.a, err = req(isa.SlotA, isa.Int8); err != nil {
			return nil, err
		}
		if in.b, err = req(isa.SlotB, isa.Int8); err != nil {
			return nil, err
		}
		if err = none(isa.SlotC); err != nil {
			return nil, err
		}
	case isa.OpMaxPool, isa.OpIm2Col, isa.OpArgMax, isa.OpCopy:
		dt := isa.Int8
		if in.Op == isa.OpArgMax {
			dt = isa.Int32
		}
		if in.Op == isa.OpCopy {
			dt = isa.DecodeTensor(s.Decl[isa.SlotA]).DType
		}
		if in.d, err = req(isa.SlotDst, dt); err != nil {
			return nil, err
		}
		adt := isa.Int8
		if in.Op == isa.OpCopy {
			adt = dt
		}
		if in.a, err = req(isa.SlotA, adt); err != nil {
			return nil, err
		}
		if err = none(isa.SlotB, isa.SlotC); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("opcode %s has no micro-steps", in.Op)
	}
	in.total = in.d.Elems()
	if in.Op == isa.OpArgMax {
		in.total = uint64(in.a.Rows)
	}
	if s.E >= in.total {
		return nil, fmt.Errorf("%s: cursor e=%d beyond %d elements", in.Op, s.E, in.total)
	}
	return in, nil
}

// exec runs one micro-step of the current instruction (spec §4).
func (v *VM) exec(s *State) error {
	in, err := decodeInstr(s)
	if err != nil {
		return err
	}
	done := false // the element e is complete: advance the cursor
	switch in.Op {
	case isa.OpMatMul:
		done, err = v.matmul(s, in)
	case isa.OpRequant:
		err = v.requant(s, in)
		done = true
	case isa.OpAdd:
		err = v.elementwise(s, in, func(x, y int8) int8 { p := isa.AddImm(&in.Instr); return isa.Add(x, y, &p) })
		done = true
	case isa.OpLUT8:
		err = v.lut8(s, in)
		done = true
	case isa.OpMaxPool:
		done, err = v.maxpool(s, in)
	case isa.OpIm2Col:
		err = v.im2col(s, in)
		done = true
	case isa.OpArgMax:
		done, err = v.argmax(s, in)
	case isa.OpCopy:
		err = v.copyElem(s, in)
		done = true
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

func (v *VM) matmul(s *State, in *instr) (bool, error) {
	n := uint64(in.d.Cols)
	i, j := s.E/n, s.E%n
	k := uint64(in.a.Cols)
	nc := isa.Chunks(k)
	q := uint64(s.Q)
	if q < nc {
		aAddr, err := in.a.chunk(i, q)
		if err != nil {
			return false, err
		}
		bAddr, err := in.b.chunk(j, q)
		if err != nil {
			return false, err
		}
		a, b := v.load(aAddr), v.load(bAddr)
		s.Acc += isa.Dot8(&a, &b, int(min(isa.LeafSize, k-isa.LeafSize*q)))
		s.Q++
		return false, nil
	}
	if q != nc {
		return false, fmt.Errorf("MATMUL: sub-cursor q=%d beyond %d chunks", q, nc)
	}
	out := s.Acc
	if in.hasC {
		addr, err := in.c.elem(0, j)
		if err != nil {
			return false, err
		}
		leaf := v.load(leafOf(addr))
		out += getI32(&leaf, addr)
	}
	addr, err := in.d.elem(i, j)
	if err != nil {
		return false, err
	}
	leaf := v.load(leafOf(addr))
	putI32(&leaf, addr, out)
	v.store(leafOf(addr), leaf)
	return true, nil
}

func (v *VM) requant(s *State, in *instr) error {
	if s.Q != 0 {
		return fmt.Errorf("REQUANT: sub-cursor q=%d", s.Q)
	}
	aAddr, err := in.a.at(s.E)
	if err != nil {
		return err
	}
	dAddr, err := in.d.at(s.E)
	if err != nil {
		return err
	}
	leaf := v.load(leafOf(aAddr))
	acc := getI32(&leaf, aAddr)
	p := isa.RequantImm(&in.Instr)
	var bias int32
	if in.hasB {
		if in.b.Cols < 4 {
			return fmt.Errorf("REQUANT: params tensor %s has fewer than 4 columns", in.b.Tensor)
		}
		row, err := in.b.elem(s.E%uint64(in.d.Cols), 0)
		if err != nil {
			return err
		}
		pl := v.load(row) // a params row is 16 bytes at a 32-aligned address: one leaf
		bias = int32(binary.LittleEndian.Uint32(pl[0:]))
		if in.Flags&isa.FlagPerTensor == 0 {
			p.Mul = int32(binary.LittleEndian.Uint32(pl[4:]))
			sh := int32(binary.LittleEndian.Uint32(pl[8:]))
			if sh < isa.MinShift || sh > 0 {
				return fmt.Errorf("REQUANT: shift %d outside [-31,0]", sh)
			}
			p.Shift = int8(sh)
		}
	}
	if !isa.ShiftValid(p.Shift) {
		return fmt.Errorf("REQUANT: shift %d outside [-31,0]", p.Shift)
	}
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, isa.Requant(acc, bias, p.Mul, p.Shift, p.Zero, p.Lo, p.Hi))
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) elementwise(s *State, in *instr, f func(x, y int8) int8) error {
	if s.Q != 0 {
		return fmt.Errorf("%s: sub-cursor q=%d", in.Op, s.Q)
	}
	if in.Op == isa.OpAdd {
		p := isa.AddImm(&in.Instr)
		if !isa.ShiftValid(p.ShiftA) || !isa.ShiftValid(p.ShiftB) || !isa.ShiftValid(p.ShiftOut) {
			return errors.New("ADD: shift outside [-31,0]")
		}
	}
	aAddr, err := in.a.at(s.E)
	if err != nil {
		return err
	}
	bAddr, err := in.b.at(s.E)
	if err != nil {
		return err
	}
	dAddr, err := in.d.at(s.E)
	if err != nil {
		return err
	}
	la, lb := v.load(leafOf(aAddr)), v.load(leafOf(bAddr))
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, f(getI8(&la, aAddr), getI8(&lb, bAddr)))
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) lut8(s *State, in *instr) error {
	if s.Q != 0 {
		return fmt.Errorf("LUT8: sub-cursor q=%d", s.Q)
	}
	aAddr, err := in.a.at(s.E)
	if err != nil {
		return err
	}
	dAddr, err := in.d.at(s.E)
	if err != nil {
		return err
	}
	la := v.load(leafOf(aAddr))
	tAddr, err := in.b.elem(0, uint64(uint8(getI8(&la, aAddr))))
	if err != nil {
		return err
	}
	lt := v.load(leafOf(tAddr))
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, getI8(&lt, tAddr))
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) maxpool(s *State, in *instr) (bool, error) {
	w := isa.WindowImm(&in.Instr)
	_, ow, err := w.OutDims()
	if err != nil {
		return false, err
	}
	ch := uint64(in.d.Cols)
	p, c := s.E/ch, s.E%ch
	oy, ox := p/ow, p%ow
	kk := uint64(w.KH) * uint64(w.KW)
	q := uint64(s.Q)
	if q < kk {
		dy, dx := q/uint64(w.KW), q%uint64(w.KW)
		row := (oy*uint64(w.SH)+dy)*uint64(w.W) + ox*uint64(w.SW) + dx
		addr, err := in.a.elem(row, c)
		if err != nil {
			return false, err
		}
		leaf := v.load(leafOf(addr))
		x := int32(getI8(&leaf, addr))
		if q == 0 || x > s.Acc {
			s.Acc = x
		}
		s.Q++
		return false, nil
	}
	if q != kk {
		return false, fmt.Errorf("MAXPOOL: sub-cursor q=%d beyond window %d", q, kk)
	}
	addr, err := in.d.at(s.E)
	if err != nil {
		return false, err
	}
	out := v.load(leafOf(addr))
	putI8(&out, addr, int8(s.Acc))
	v.store(leafOf(addr), out)
	return true, nil
}

func (v *VM) im2col(s *State, in *instr) error {
	if s.Q != 0 {
		return fmt.Errorf("IM2COL: sub-cursor q=%d", s.Q)
	}
	w := isa.WindowImm(&in.Instr)
	_, ow, err := w.OutDims()
	if err != nil {
		return err
	}
	ch := uint64(in.a.Cols)
	kc := uint64(w.KH) * uint64(w.KW) * ch
	p, k := s.E/kc, s.E%kc
	oy, ox := p/ow, p%ow
	dy, dx, c := k/(uint64(w.KW)*ch), (k/ch)%uint64(w.KW), k%ch
	y := int64(oy*uint64(w.SH)+dy) - int64(w.Pad)
	x := int64(ox*uint64(w.SW)+dx) - int64(w.Pad)
	val := w.PadValue
	if y >= 0 && y < int64(w.H) && x >= 0 && x < int64(w.W) {
		addr, err := in.a.elem(uint64(y)*uint64(w.W)+uint64(x), c)
		if err != nil {
			return err
		}
		leaf := v.load(leafOf(addr))
		val = getI8(&leaf, addr)
	}
	dAddr, err := in.d.at(s.E)
	if err != nil {
		return err
	}
	out := v.load(leafOf(dAddr))
	putI8(&out, dAddr, val)
	v.store(leafOf(dAddr), out)
	return nil
}

func (v *VM) argmax(s *State, in *instr) (bool, error) {
	cols := uint64(in.a.Cols)
	q := uint64(s.Q)
	if q < cols {
		addr, err := in.a.elem(s.E, q)
		if err != nil {
			return false, err
		}
		leaf := v.load(leafOf(addr))
		x := int32(getI8(&leaf, addr))
		if q == 0 || x > s.Acc {
			s.Acc, s.Acc2 = x, int32(q)
		}
		s.Q++
		return false, nil
	}
	if q != cols {
		return false, fmt.Errorf("ARGMAX: sub-cursor q=%d beyond %d columns", q, cols)
	}
	addr, err := in.d.elem(s.E, 0)
	if err != nil {
		return false, err
	}
	out := v.load(leafOf(addr))
	putI32(&out, addr, s.Acc2)
	v.store(leafOf(addr), out)
	return true, nil
}

func (v *VM) copyElem(s *State, in *instr) error {
	if s.Q != 0 {
		return fmt.Errorf("COPY: sub-cursor q=%d", s.Q)
	}
	aAddr, err := in.a.at(s.E)
	if err != nil {
		return err
	}
	dAddr, err := in.d.at(s.E)
	if err != nil {
		return err
	}
	la := v.load(leafOf(aAddr))
	out := v.load(leafOf(dAddr))
	size := in.a.DType.Size()
	copy(out[dAddr%isa.LeafSize:dAddr%isa.LeafSize+size], la[aAddr%isa.LeafSize:aAddr%isa.LeafSize+size])
	v.store(leafOf(dAddr), out)
	return nil
}
