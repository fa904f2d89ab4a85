package bulk

import (
	"encoding/binary"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// refExec is spec §4 transcribed one micro-step at a time, as plainly as possible: every read
// is a whole 32-byte leaf, every write a read-modify-write of the destination element's leaf.
// It shares nothing with the backend except isa's arithmetic and address helpers, and is the
// oracle the backend is tested against.
func refExec(m rw, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	D, A, B, C := &t[isa.SlotDst], &t[isa.SlotA], &t[isa.SlotB], &t[isa.SlotC]
	hasB, hasC := in.Slots[isa.SlotB] != isa.NoTensor, in.Slots[isa.SlotC] != isa.NoTensor
	leaf := func(addr uint64) [32]byte {
		var l [32]byte
		m.Read(addr&^31, l[:])
		return l
	}
	i8 := func(addr uint64) int8 { l := leaf(addr); return int8(l[addr%32]) }
	i32 := func(addr uint64) int32 { l := leaf(addr); return int32(binary.LittleEndian.Uint32(l[addr%32:])) }
	rmw8 := func(addr uint64, v int8) {
		l := leaf(addr)
		l[addr%32] = byte(v)
		m.Write(addr&^31, l[:])
	}
	rmw32 := func(addr uint64, v int32) {
		l := leaf(addr)
		binary.LittleEndian.PutUint32(l[addr%32:], uint32(v))
		m.Write(addr&^31, l[:])
	}
	// elem is element e of tensor x in its own row-major order.
	elem := func(x *isa.Tensor, e uint64) uint64 { return x.ElemAddr(e/uint64(x.Cols), e%uint64(x.Cols)) }

	switch in.Op {
	case isa.OpMatMul:
		N, K := uint64(D.Cols), uint64(A.Cols)
		for e := range D.Elems() {
			i, j := e/N, e%N
			var acc int32
			for q := range (K + 31) / 32 {
				la, lb := leaf(A.ElemAddr(i, 32*q)), leaf(B.ElemAddr(j, 32*q))
				acc += isa.Dot8(&la, &lb, int(min(32, K-32*q)))
			}
			if hasC {
				acc += i32(C.ElemAddr(0, j))
			}
			rmw32(D.ElemAddr(i, j), acc)
		}
	case isa.OpRequant:
		p := isa.RequantImm(in)
		for e := range D.Elems() {
			j := e % uint64(D.Cols)
			acc := i32(elem(A, e))
			mul, shift, bias := p.Mul, int32(p.Shift), int32(0)
			if hasB {
				row := leaf(B.ElemAddr(j, 0))
				bias = int32(binary.LittleEndian.Uint32(row[0:]))
				if in.Flags&isa.FlagPerTensor == 0 {
					mul = int32(binary.LittleEndian.Uint32(row[4:]))
					shift = int32(binary.LittleEndian.Uint32(row[8:]))
				}
			}
			if shift < -31 || shift > 0 {
				return fmt.Errorf("ref: shift %d", shift)
			}
			rmw8(elem(D, e), isa.Requant(acc, bias, mul, int8(shift), p.Zero, p.Lo, p.Hi))
		}
	case isa.OpAdd:
		p := isa.AddImm(in)
		if !isa.ShiftValid(p.ShiftA) || !isa.ShiftValid(p.ShiftB) || !isa.ShiftValid(p.ShiftOut) {
			return fmt.Errorf("ref: shift")
		}
		for e := range D.Elems() {
			x, y := i8(elem(A, e)), i8(elem(B, e))
			rmw8(elem(D, e), isa.Add(x, y, &p))
		}
	case isa.OpLUT8:
		for e := range D.Elems() {
			x := i8(elem(A, e))
			rmw8(elem(D, e), i8(B.ElemAddr(0, uint64(uint8(x)))))
		}
	case isa.OpMaxPool:
		w := isa.WindowImm(in)
		_, OW, err := w.OutDims()
		if err != nil {
			return err
		}
		Ch := uint64(D.Cols)
		kh, kw, sh, sw, W := uint64(w.KH), uint64(w.KW), uint64(w.SH), uint64(w.SW), uint64(w.W)
		for e := range D.Elems() {
			p, ch := e/Ch, e%Ch
			oy, ox := p/OW, p%OW
			var acc int8
			for q := range kh * kw {
				dy, dx := q/kw, q%kw
				v := i8(A.ElemAddr((oy*sh+dy)*W+ox*sw+dx, ch))
				if q == 0 {
					acc = v
				} else {
					acc = max(acc, v)
				}
			}
			rmw8(elem(D, e), acc)
		}
	case isa.OpIm2Col:
		w := isa.WindowImm(in)
		_, OW, err := w.OutDims()
		if err != nil {
			return err
		}
		Ch := uint64(A.Cols)
		kh, kw, sh, sw := uint64(w.KH), uint64(w.KW), uint64(w.SH), uint64(w.SW)
		H, W, pad := int64(w.H), int64(w.W), int64(w.Pad)
		for e := range D.Elems() {
			p, k := e/(kh*kw*Ch), e%(kh*kw*Ch)
			oy, ox := p/OW, p%OW
			dy, dx, ch := k/(kw*Ch), (k/Ch)%kw, k%Ch
			y, x := int64(oy*sh+dy)-pad, int64(ox*sw+dx)-pad
			v := w.PadValue
			if 0 <= y && y < H && 0 <= x && x < W {
				v = i8(A.ElemAddr(uint64(y*W+x), ch))
			}
			rmw8(elem(D, e), v)
		}
	case isa.OpArgMax:
		for e := range uint64(A.Rows) {
			var acc, acc2 int32
			for q := range uint64(A.Cols) {
				v := int32(i8(A.ElemAddr(e, q)))
				if q == 0 {
					acc, acc2 = v, 0
				} else if v > acc {
					acc, acc2 = v, int32(q)
				}
			}
			rmw32(D.ElemAddr(e, 0), acc2)
		}
	case isa.OpCopy:
		size := A.DType.Size()
		for e := range D.Elems() {
			la, ad := leaf(elem(A, e)), elem(D, e)
			ld := leaf(ad)
			copy(ld[ad%32:ad%32+size], la[elem(A, e)%32:])
			m.Write(ad&^31, ld[:])
		}
	default:
		return fmt.Errorf("ref: opcode %s", in.Op)
	}
	return nil
}
