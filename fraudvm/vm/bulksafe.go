package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// bulkSafe reports whether the instruction at the start of its EXEC phase in s can be handed to a
// backend: its operands have exactly the shapes the validator demands (so a backend that works
// on dense operands computes what the micro-steps compute), the destination does not overlap a
// source (so reading all inputs first is the same as reading them element by element), every
// parameter is in range (so no micro-step faults) and the step limit is not reached inside it.
// Anything else is stepped, which is correct by definition; for validated programs that never
// happens.
func (v *VM) bulkSafe(s *State, in *instr) error {
	d, a, b, c := &in.d.Tensor, &in.a.Tensor, &in.b.Tensor, &in.c.Tensor
	shape := func(t *isa.Tensor, rows, cols uint64, what string) error {
		if uint64(t.Rows) != rows || uint64(t.Cols) != cols {
			return fmt.Errorf("%s: %s is not [%d,%d]", in.Op, what, rows, cols)
		}
		return nil
	}
	var err error
	switch in.Op {
	case isa.OpMatMul:
		m, n, k := uint64(d.Rows), uint64(d.Cols), uint64(a.Cols)
		if err = shape(a, m, k, "A"); err == nil {
			err = shape(b, n, k, "B")
		}
		if err == nil && in.hasC {
			err = shape(c, 1, n, "bias")
		}
		if err == nil && k > isa.MaxMatMulK {
			err = fmt.Errorf("MATMUL: K = %d", k)
		}
	case isa.OpRequant:
		err = shape(a, uint64(d.Rows), uint64(d.Cols), "A")
		p := isa.RequantImm(&in.Instr)
		perTensor := in.Flags&isa.FlagPerTensor != 0
		if err == nil && perTensor && !isa.ShiftValid(p.Shift) {
			err = fmt.Errorf("REQUANT: shift %d", p.Shift)
		}
		if err == nil && in.hasB {
			if err = shape(b, uint64(d.Cols), 4, "params"); err == nil && !perTensor {
				// The one data-dependent check: every channel's shift.
				for j := uint64(0); j < uint64(d.Cols); j++ {
					row := v.mem.ReadLeaf(in.b.base + j*in.b.stride)
					if sh := int32(binary.LittleEndian.Uint32(row[8:])); sh < isa.MinShift || sh > 0 {
						return fmt.Errorf("REQUANT: channel %d shift %d", j, sh)
					}
				}
			}
		}
	case isa.OpAdd:
		if err = shape(a, uint64(d.Rows), uint64(d.Cols), "A"); err == nil {
			err = shape(b, uint64(d.Rows), uint64(d.Cols), "B")
		}
		p := isa.AddImm(&in.Instr)
		if err == nil && (!isa.ShiftValid(p.ShiftA) || !isa.ShiftValid(p.ShiftB) || !isa.ShiftValid(p.ShiftOut)) {
			err = fmt.Errorf("ADD: shift out of range")
		}
	case isa.OpLUT8:
		if err = shape(a, uint64(d.Rows), uint64(d.Cols), "A"); err == nil {
			err = shape(b, 1, 256, "table")
		}
	case isa.OpMaxPool, isa.OpIm2Col:
		w := isa.WindowImm(&in.Instr)
		oh, ow, werr := w.OutDims()
		if werr != nil {
			return werr
		}
		ch := uint64(a.Cols)
		if err = shape(a, uint64(w.H)*uint64(w.W), ch, "A"); err == nil {
			if in.Op == isa.OpMaxPool {
				err = shape(d, oh*ow, ch, "D")
			} else {
				err = shape(d, oh*ow, uint64(w.KH)*uint64(w.KW)*ch, "D")
			}
		}
	case isa.OpArgMax:
		err = shape(d, uint64(a.Rows), 1, "D")
	case isa.OpCopy:
		if a.Elems() != d.Elems() {
			err = fmt.Errorf("COPY: %d elements into %d", a.Elems(), d.Elems())
		}
	}
	if err != nil {
		return err
	}
	srcs := []*operand{&in.a}
	if in.Op == isa.OpMatMul || in.Op == isa.OpAdd || in.Op == isa.OpLUT8 || in.hasB {
		srcs = append(srcs, &in.b)
	}
	if in.hasC {
		srcs = append(srcs, &in.c)
	}
	for _, src := range srcs {
		if overlap(&in.d, src) {
			return fmt.Errorf("%s: destination overlaps a source", in.Op)
		}
	}
	return nil
}

func overlap(x, y *operand) bool {
	xe, ye := x.base+uint64(x.Rows)*x.stride, y.base+uint64(y.Rows)*y.stride
	return x.base < ye && y.base < xe
}
