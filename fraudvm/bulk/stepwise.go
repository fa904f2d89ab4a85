package bulk

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// stepwise executes an instruction element by element in the micro-steps' order, reading every
// source value from memory when the micro-steps read it, so that an element sees whatever earlier
// elements wrote. Exec uses it only when the destination overlaps a source (mustStep); it is
// slow but exact for any aliasing. Within one element no write happens before the element's
// reads, so reading a whole row (or window) at the start of the element is the same as reading
// it chunk by chunk.
func (c *CPU) stepwise(ctx context.Context, m rw, in *isa.Instr, o *operands) error {
	d, a, b := o.d, o.a, o.b
	total := d.Elems()
	if in.Op == isa.OpArgMax {
		total = uint64(a.rows)
	}
	var (
		rp         = isa.RequantImm(in)
		ap         = isa.AddImm(in)
		rowA, rowB []byte
		leaf       [8]byte
		readI8     = func(v *view, r, col int) int8 { m.Read(v.elemAddr(r, col), leaf[:1]); return int8(leaf[0]) }
		readI32    = func(v *view, r, col int) int32 {
			m.Read(v.elemAddr(r, col), leaf[:4])
			return int32(binary.LittleEndian.Uint32(leaf[:4]))
		}
		writeI8  = func(r, col int, x int8) { m.Write(d.elemAddr(r, col), []byte{byte(x)}) }
		writeI32 = func(r, col int, x int32) {
			m.Write(d.elemAddr(r, col), binary.LittleEndian.AppendUint32(nil, uint32(x)))
		}
		at          = func(v *view, e uint64) (int, int) { return int(e / uint64(v.cols)), int(e % uint64(v.cols)) }
		shiftsValid = isa.ShiftValid(ap.ShiftA) && isa.ShiftValid(ap.ShiftB) && isa.ShiftValid(ap.ShiftOut)
	)
	if in.Op == isa.OpMatMul {
		rowA, rowB = make([]byte, a.cols), make([]byte, a.cols)
	}
	for e := range total {
		if e%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r, col := at(d, e)
		switch in.Op {
		case isa.OpMatMul:
			m.Read(a.elemAddr(r, 0), rowA)
			m.Read(b.elemAddr(col, 0), rowB)
			var acc int32
			for t := range rowA {
				acc += int32(int8(rowA[t])) * int32(int8(rowB[t]))
			}
			if o.c != nil {
				acc += readI32(o.c, 0, col)
			}
			writeI32(r, col, acc)
		case isa.OpRequant:
			acc := readI32(a, r, col)
			mul, shift, bias := rp.Mul, int32(rp.Shift), int32(0)
			if b != nil {
				bias = readI32(b, col, 0)
				if in.Flags&isa.FlagPerTensor == 0 {
					mul, shift = readI32(b, col, 1), readI32(b, col, 2)
				}
			}
			if shift < isa.MinShift || shift > 0 {
				return fmt.Errorf("%s: shift %d outside [-31,0]", in.Op, shift)
			}
			writeI8(r, col, isa.Requant(acc, bias, mul, int8(shift), rp.Zero, rp.Lo, rp.Hi))
		case isa.OpAdd:
			if !shiftsValid {
				return fmt.Errorf("%s: shift outside [-31,0]", in.Op)
			}
			x, y := readI8(a, r, col), readI8(b, r, col)
			writeI8(r, col, isa.Add(x, y, &ap))
		case isa.OpLUT8:
			x := readI8(a, r, col)
			writeI8(r, col, readI8(b, 0, int(uint8(x))))
		case isa.OpMaxPool:
			w := o.win
			oy, ox := r/o.ow, r%o.ow
			var acc int8
			for q := range int(w.KH) * int(w.KW) {
				dy, dx := q/int(w.KW), q%int(w.KW)
				x := readI8(a, (oy*int(w.SH)+dy)*int(w.W)+ox*int(w.SW)+dx, col)
				if q == 0 || x > acc {
					acc = x
				}
			}
			writeI8(r, col, acc)
		case isa.OpIm2Col:
			w, ch := o.win, a.cols
			oy, ox := r/o.ow, r%o.ow
			dy, dx, c := col/(int(w.KW)*ch), (col/ch)%int(w.KW), col%ch
			y, x := oy*int(w.SH)+dy-int(w.Pad), ox*int(w.SW)+dx-int(w.Pad)
			v := w.PadValue
			if y >= 0 && y < int(w.H) && x >= 0 && x < int(w.W) {
				v = readI8(a, y*int(w.W)+x, c)
			}
			writeI8(r, col, v)
		case isa.OpArgMax:
			var acc, idx int32
			for q := range a.cols {
				x := int32(readI8(a, int(e), q))
				if q == 0 || x > acc {
					acc, idx = x, int32(q)
				}
			}
			writeI32(int(e), 0, idx)
		case isa.OpCopy:
			ar, ac := at(a, e)
			buf := leaf[:a.size]
			m.Read(a.elemAddr(ar, ac), buf)
			m.Write(d.elemAddr(r, col), buf)
		default:
			return fmt.Errorf("opcode %s has no EXEC phase", in.Op)
		}
	}
	return nil
}
