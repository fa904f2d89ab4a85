package bulk

import (
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// operands are an instruction's tensors, checked against the shapes spec §4 gives its opcode.
// The checks are those of the program validator; the backend repeats them because it forms
// buffer sizes and addresses from the shapes. Optional slots are nil when unused.
type operands struct {
	d, a, b, c *view
	win        isa.Window // MAXPOOL, IM2COL
	oh, ow     int        // output image size (MAXPOOL, IM2COL)
}

// slotRule says what an opcode wants in a slot.
type slotRule uint8

const (
	unused slotRule = iota
	required
	optional
)

func decodeOperands(in *isa.Instr, t *[isa.NumSlots]isa.Tensor) (*operands, error) {
	var rules [isa.NumSlots]slotRule
	switch in.Op {
	case isa.OpMatMul:
		rules = [isa.NumSlots]slotRule{required, required, required, optional}
	case isa.OpRequant:
		rules = [isa.NumSlots]slotRule{required, required, optional, unused}
	case isa.OpAdd, isa.OpLUT8:
		rules = [isa.NumSlots]slotRule{required, required, required, unused}
	case isa.OpMaxPool, isa.OpIm2Col, isa.OpArgMax, isa.OpCopy:
		rules = [isa.NumSlots]slotRule{required, required, unused, unused}
	default:
		return nil, fmt.Errorf("opcode %s has no EXEC phase", in.Op)
	}
	var v [isa.NumSlots]*view
	for s, rule := range rules {
		used := in.Slots[s] != isa.NoTensor
		switch {
		case rule == unused && used:
			return nil, fmt.Errorf("%s: slot %d must be unused", in.Op, s)
		case rule == required && !used:
			return nil, fmt.Errorf("%s: slot %d is required", in.Op, s)
		case used:
			var err error
			if v[s], err = newView(&t[s], fmt.Sprintf("%s slot %d", in.Op, s)); err != nil {
				return nil, err
			}
		}
	}
	o := &operands{d: v[isa.SlotDst], a: v[isa.SlotA], b: v[isa.SlotB], c: v[isa.SlotC]}
	if err := o.checkShapes(in); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Op, err)
	}
	return o, nil
}

func (o *operands) checkShapes(in *isa.Instr) error {
	d, a, b, c := o.d, o.a, o.b, o.c
	switch in.Op {
	case isa.OpMatMul:
		if err := dtypes(want{d, isa.Int32}, want{a, isa.Int8}, want{b, isa.Int8}, want{c, isa.Int32}); err != nil {
			return err
		}
		if a.cols != b.cols || d.rows != a.rows || d.cols != b.rows {
			return fmt.Errorf("shapes D%s = A%s · B%sᵀ do not match", d.shape(), a.shape(), b.shape())
		}
		if c != nil && (c.rows != 1 || c.cols != d.cols) {
			return fmt.Errorf("bias %s, want [1,%d]", c.shape(), d.cols)
		}
	case isa.OpRequant:
		if err := dtypes(want{d, isa.Int8}, want{a, isa.Int32}, want{b, isa.Int32}); err != nil {
			return err
		}
		if d.rows != a.rows || d.cols != a.cols {
			return fmt.Errorf("D%s and A%s differ", d.shape(), a.shape())
		}
		if b == nil && in.Flags&isa.FlagPerTensor == 0 {
			return fmt.Errorf("per-channel without a params tensor")
		}
		if b != nil && (b.rows != d.cols || b.cols != 4) {
			return fmt.Errorf("params %s, want [%d,4]", b.shape(), d.cols)
		}
	case isa.OpAdd:
		if err := dtypes(want{d, isa.Int8}, want{a, isa.Int8}, want{b, isa.Int8}); err != nil {
			return err
		}
		if d.rows != a.rows || d.cols != a.cols || b.rows != a.rows || b.cols != a.cols {
			return fmt.Errorf("shapes D%s A%s B%s differ", d.shape(), a.shape(), b.shape())
		}
	case isa.OpLUT8:
		if err := dtypes(want{d, isa.Int8}, want{a, isa.Int8}, want{b, isa.Int8}); err != nil {
			return err
		}
		if d.rows != a.rows || d.cols != a.cols {
			return fmt.Errorf("D%s and A%s differ", d.shape(), a.shape())
		}
		if b.rows != 1 || b.cols != 256 {
			return fmt.Errorf("table %s, want [1,256]", b.shape())
		}
	case isa.OpMaxPool, isa.OpIm2Col:
		if err := dtypes(want{d, isa.Int8}, want{a, isa.Int8}); err != nil {
			return err
		}
		o.win = isa.WindowImm(in)
		oh, ow, err := o.win.OutDims()
		if err != nil {
			return err
		}
		o.oh, o.ow = int(oh), int(ow)
		if a.rows != int(o.win.H)*int(o.win.W) {
			return fmt.Errorf("input %s is not an %dx%d image", a.shape(), o.win.H, o.win.W)
		}
		cols := a.cols
		if in.Op == isa.OpIm2Col {
			cols = int(o.win.KH) * int(o.win.KW) * a.cols
		}
		if d.rows != o.oh*o.ow || d.cols != cols {
			return fmt.Errorf("output %s, want [%d,%d]", d.shape(), o.oh*o.ow, cols)
		}
	case isa.OpArgMax:
		if err := dtypes(want{d, isa.Int32}, want{a, isa.Int8}); err != nil {
			return err
		}
		if d.rows != a.rows || d.cols != 1 {
			return fmt.Errorf("output %s, want [%d,1]", d.shape(), a.rows)
		}
	case isa.OpCopy:
		if d.DType != a.DType {
			return fmt.Errorf("dtypes %s and %s differ", d.DType, a.DType)
		}
		if d.Elems() != a.Elems() {
			return fmt.Errorf("D%s and A%s hold different element counts", d.shape(), a.shape())
		}
	}
	return nil
}

// want is a required dtype; dtypes skips nil (unused optional) views.
type want struct {
	v  *view
	dt isa.DType
}

func dtypes(ws ...want) error {
	for i, w := range ws {
		if w.v != nil && w.v.DType != w.dt {
			return fmt.Errorf("operand %d: dtype %s, want %s", i, w.v.DType, w.dt)
		}
	}
	return nil
}

func (v *view) shape() string { return fmt.Sprintf("[%d,%d]", v.rows, v.cols) }

// mustStep reports whether the destination may be read back by the instruction itself: then
// only element-by-element execution in the micro-steps' order is exact. Elementwise ops whose
// destination is exactly a source (in place) are safe, since element e is read before it is
// written and never after.
func (o *operands) mustStep(op isa.Opcode) bool {
	for _, s := range []struct {
		v           *view
		elementwise bool // element e of D is computed from element e of this source only
	}{
		{o.a, op == isa.OpAdd || op == isa.OpLUT8 || op == isa.OpCopy},
		{o.b, op == isa.OpAdd},
		{o.c, false},
	} {
		if s.v != nil && o.d.overlaps(s.v) && !(s.elementwise && o.d.sameLayout(s.v)) {
			return true
		}
	}
	return false
}
