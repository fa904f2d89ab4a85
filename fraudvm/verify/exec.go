package verify

import (
	"encoding/binary"

	"github.com/crollup/crollup/fraudvm/isa"
)

const (
	i8  = uint8(isa.Int8)
	i32 = uint8(isa.Int32)
)

func imm(r regs) []byte { return r[offInsn+10 : offInsn+32] }

// readI8 proves the leaf holding addr and returns the byte there.
func readI8(m *mem, addr uint64) (int8, error) {
	leaf, err := m.read(addr &^ 31)
	return int8(leaf[addr%32]), err
}

func readI32(m *mem, addr uint64) (int32, error) {
	leaf, err := m.read(addr &^ 31)
	return int32(binary.LittleEndian.Uint32(leaf[addr%32:])), err
}

// writeBytes proves the leaf holding addr, then replaces len(v) bytes at addr.
func writeBytes(m *mem, addr uint64, v []byte) error {
	leaf, err := m.read(addr &^ 31)
	if err != nil {
		return err
	}
	copy(leaf[addr%32:], v)
	m.write(addr&^31, leaf)
	return nil
}

func writeI32(m *mem, addr uint64, v int32) error {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(v))
	return writeBytes(m, addr, b[:])
}

func exec(r regs, m *mem) error {
	op := isa.Opcode(r[offInsn])
	e, q := r.u64(offE), uint64(r.u32(offQ))
	var total uint64
	advance := false
	var err error
	switch op {
	case isa.OpMatMul:
		total, advance, err = matmul(r, m, e, q)
	case isa.OpRequant:
		total, err = requant(r, m, e, q)
		advance = true
	case isa.OpAdd, isa.OpLUT8:
		total, err = binaryOp(r, m, op, e, q)
		advance = true
	case isa.OpMaxPool:
		total, advance, err = maxpool(r, m, e, q)
	case isa.OpIm2Col:
		total, err = im2col(r, m, e, q)
		advance = true
	case isa.OpArgMax:
		total, advance, err = argmax(r, m, e, q)
	case isa.OpCopy:
		total, err = copyOp(r, m, e, q)
		advance = true
	default:
		return fail("opcode %s has no micro-steps", op)
	}
	if err != nil {
		return err
	}
	if !advance {
		r.setU32(offQ, uint32(q+1))
		return nil
	}
	e++
	r.setU64(offE, e)
	r.setU32(offQ, 0)
	r.setI32(offAcc, 0)
	r.setI32(offAcc2, 0)
	if e == total { // retire
		r.setU32(offPC, r.u32(offPC)+1)
		r[offPhase] = phaseFetch
		r[offSlot] = 0
		r.setU64(offE, 0)
		r.zero(offInsn, offDecl+128)
	}
	return nil
}

func unused(r regs, slots ...int) error {
	for _, s := range slots {
		if slotIndex(r, s) != isa.NoTensor {
			return fail("slot %d must be unused", s)
		}
	}
	return nil
}

func inRange(e, total uint64) error {
	if e >= total {
		return fail("cursor e=%d beyond %d", e, total)
	}
	return nil
}

func matmul(r regs, m *mem, e, q uint64) (uint64, bool, error) {
	d, err := loadTensor(r, isa.SlotDst, i32)
	if err != nil {
		return 0, false, err
	}
	a, err := loadTensor(r, isa.SlotA, i8)
	if err != nil {
		return 0, false, err
	}
	b, err := loadTensor(r, isa.SlotB, i8)
	if err != nil {
		return 0, false, err
	}
	hasBias := slotIndex(r, isa.SlotC) != isa.NoTensor
	var c tensor
	if hasBias {
		if c, err = loadTensor(r, isa.SlotC, i32); err != nil {
			return 0, false, err
		}
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, false, err
	}
	i, j := e/d.cols, e%d.cols
	k := a.cols
	chunks := (k + 31) / 32
	if q < chunks {
		if i >= a.rows || q*32 >= a.stride || j >= b.rows || q*32 >= b.stride {
			return 0, false, fail("MATMUL chunk outside its operands")
		}
		la, err := m.read(a.base + i*a.stride + q*32)
		if err != nil {
			return 0, false, err
		}
		lb, err := m.read(b.base + j*b.stride + q*32)
		if err != nil {
			return 0, false, err
		}
		n := k - 32*q
		if n > 32 {
			n = 32
		}
		acc := r.i32(offAcc)
		for t := uint64(0); t < n; t++ {
			acc += int32(int8(la[t])) * int32(int8(lb[t]))
		}
		r.setI32(offAcc, acc)
		return total, false, nil
	}
	if q != chunks {
		return 0, false, fail("MATMUL sub-cursor beyond its chunks")
	}
	out := r.i32(offAcc)
	if hasBias {
		addr, err := c.elem(0, j)
		if err != nil {
			return 0, false, err
		}
		bias, err := readI32(m, addr)
		if err != nil {
			return 0, false, err
		}
		out += bias
	}
	addr, err := d.elem(i, j)
	if err != nil {
		return 0, false, err
	}
	return total, true, writeI32(m, addr, out)
}

func requant(r regs, m *mem, e, q uint64) (uint64, error) {
	d, err := loadTensor(r, isa.SlotDst, i8)
	if err != nil {
		return 0, err
	}
	a, err := loadTensor(r, isa.SlotA, i32)
	if err != nil {
		return 0, err
	}
	if err := unused(r, isa.SlotC); err != nil {
		return 0, err
	}
	perTensor := r[offInsn+1]&isa.FlagPerTensor != 0
	hasParams := slotIndex(r, isa.SlotB) != isa.NoTensor
	var p tensor
	if hasParams {
		if p, err = loadTensor(r, isa.SlotB, i32); err != nil {
			return 0, err
		}
	} else if !perTensor {
		return 0, fail("per-channel REQUANT without params")
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, err
	}
	if q != 0 {
		return 0, fail("REQUANT sub-cursor %d", q)
	}
	src, err := a.flat(e)
	if err != nil {
		return 0, err
	}
	dst, err := d.flat(e)
	if err != nil {
		return 0, err
	}
	x, err := readI32(m, src)
	if err != nil {
		return 0, err
	}
	im := imm(r)
	mul := int32(binary.BigEndian.Uint32(im[0:]))
	shift := int32(int8(im[4]))
	var bias int32
	if hasParams {
		if p.cols < 4 {
			return 0, fail("REQUANT params need 4 columns")
		}
		row, err := p.elem(e%d.cols, 0)
		if err != nil {
			return 0, err
		}
		pl, err := m.read(row)
		if err != nil {
			return 0, err
		}
		bias = int32(binary.LittleEndian.Uint32(pl[0:]))
		if !perTensor {
			mul = int32(binary.LittleEndian.Uint32(pl[4:]))
			shift = int32(binary.LittleEndian.Uint32(pl[8:]))
		}
	}
	if shift > 0 || shift < isa.MinShift {
		return 0, fail("REQUANT shift %d", shift)
	}
	v := isa.Requant(x, bias, mul, int8(shift), int8(im[5]), int8(im[6]), int8(im[7]))
	return total, writeBytes(m, dst, []byte{byte(v)})
}

func binaryOp(r regs, m *mem, op isa.Opcode, e, q uint64) (uint64, error) {
	d, err := loadTensor(r, isa.SlotDst, i8)
	if err != nil {
		return 0, err
	}
	a, err := loadTensor(r, isa.SlotA, i8)
	if err != nil {
		return 0, err
	}
	b, err := loadTensor(r, isa.SlotB, i8)
	if err != nil {
		return 0, err
	}
	if err := unused(r, isa.SlotC); err != nil {
		return 0, err
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, err
	}
	if q != 0 {
		return 0, fail("%s sub-cursor %d", op, q)
	}
	var p isa.AddParams
	if op == isa.OpAdd {
		var in isa.Instr
		copy(in.Imm[:], imm(r))
		p = isa.AddImm(&in)
		for _, s := range []int8{p.ShiftA, p.ShiftB, p.ShiftOut} {
			if s > 0 || s < isa.MinShift {
				return 0, fail("ADD shift %d", s)
			}
		}
	}
	src, err := a.flat(e)
	if err != nil {
		return 0, err
	}
	x, err := readI8(m, src)
	if err != nil {
		return 0, err
	}
	var out int8
	if op == isa.OpAdd {
		addrB, err := b.flat(e)
		if err != nil {
			return 0, err
		}
		y, err := readI8(m, addrB)
		if err != nil {
			return 0, err
		}
		out = isa.Add(x, y, &p)
	} else {
		addrT, err := b.elem(0, uint64(uint8(x)))
		if err != nil {
			return 0, err
		}
		if out, err = readI8(m, addrT); err != nil {
			return 0, err
		}
	}
	dst, err := d.flat(e)
	if err != nil {
		return 0, err
	}
	return total, writeBytes(m, dst, []byte{byte(out)})
}

// window decodes MAXPOOL/IM2COL immediates: H, W, kh, kw, sh, sw, pad, padValue, OW.
type window struct {
	h, w, kh, kw, sh, sw, pad, ow uint64
	padValue                      int8
}

func loadWindow(r regs, withPad bool) (window, error) {
	im := imm(r)
	w := window{
		h: uint64(binary.BigEndian.Uint16(im[0:])), w: uint64(binary.BigEndian.Uint16(im[2:])),
		kh: uint64(im[4]), kw: uint64(im[5]), sh: uint64(im[6]), sw: uint64(im[7]),
	}
	if withPad {
		w.pad, w.padValue = uint64(im[8]), int8(im[9])
	}
	if w.kh == 0 || w.kw == 0 || w.sh == 0 || w.sw == 0 || w.h+2*w.pad < w.kh || w.w+2*w.pad < w.kw {
		return w, fail("window does not fit")
	}
	w.ow = (w.w+2*w.pad-w.kw)/w.sw + 1
	return w, nil
}

func maxpool(r regs, m *mem, e, q uint64) (uint64, bool, error) {
	d, err := loadTensor(r, isa.SlotDst, i8)
	if err != nil {
		return 0, false, err
	}
	a, err := loadTensor(r, isa.SlotA, i8)
	if err != nil {
		return 0, false, err
	}
	if err := unused(r, isa.SlotB, isa.SlotC); err != nil {
		return 0, false, err
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, false, err
	}
	w, err := loadWindow(r, false)
	if err != nil {
		return 0, false, err
	}
	pix, ch := e/d.cols, e%d.cols
	oy, ox := pix/w.ow, pix%w.ow
	if q < w.kh*w.kw {
		row := (oy*w.sh+q/w.kw)*w.w + ox*w.sw + q%w.kw
		addr, err := a.elem(row, ch)
		if err != nil {
			return 0, false, err
		}
		x, err := readI8(m, addr)
		if err != nil {
			return 0, false, err
		}
		if q == 0 || int32(x) > r.i32(offAcc) {
			r.setI32(offAcc, int32(x))
		}
		return total, false, nil
	}
	if q != w.kh*w.kw {
		return 0, false, fail("MAXPOOL sub-cursor beyond its window")
	}
	addr, err := d.flat(e)
	if err != nil {
		return 0, false, err
	}
	return total, true, writeBytes(m, addr, []byte{byte(int8(r.i32(offAcc)))})
}

func im2col(r regs, m *mem, e, q uint64) (uint64, error) {
	d, err := loadTensor(r, isa.SlotDst, i8)
	if err != nil {
		return 0, err
	}
	a, err := loadTensor(r, isa.SlotA, i8)
	if err != nil {
		return 0, err
	}
	if err := unused(r, isa.SlotB, isa.SlotC); err != nil {
		return 0, err
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, err
	}
	if q != 0 {
		return 0, fail("IM2COL sub-cursor %d", q)
	}
	w, err := loadWindow(r, true)
	if err != nil {
		return 0, err
	}
	kc := w.kh * w.kw * a.cols
	pix, k := e/kc, e%kc
	oy, ox := pix/w.ow, pix%w.ow
	y := oy*w.sh + k/(w.kw*a.cols)
	x := ox*w.sw + (k/a.cols)%w.kw
	val := w.padValue
	if y >= w.pad && y-w.pad < w.h && x >= w.pad && x-w.pad < w.w {
		addr, err := a.elem((y-w.pad)*w.w+x-w.pad, k%a.cols)
		if err != nil {
			return 0, err
		}
		if val, err = readI8(m, addr); err != nil {
			return 0, err
		}
	}
	dst, err := d.flat(e)
	if err != nil {
		return 0, err
	}
	return total, writeBytes(m, dst, []byte{byte(val)})
}

func argmax(r regs, m *mem, e, q uint64) (uint64, bool, error) {
	d, err := loadTensor(r, isa.SlotDst, i32)
	if err != nil {
		return 0, false, err
	}
	a, err := loadTensor(r, isa.SlotA, i8)
	if err != nil {
		return 0, false, err
	}
	if err := unused(r, isa.SlotB, isa.SlotC); err != nil {
		return 0, false, err
	}
	if err := inRange(e, a.rows); err != nil {
		return 0, false, err
	}
	if q < a.cols {
		addr, err := a.elem(e, q)
		if err != nil {
			return 0, false, err
		}
		x, err := readI8(m, addr)
		if err != nil {
			return 0, false, err
		}
		if q == 0 || int32(x) > r.i32(offAcc) {
			r.setI32(offAcc, int32(x))
			r.setI32(offAcc2, int32(q))
		}
		return a.rows, false, nil
	}
	if q != a.cols {
		return 0, false, fail("ARGMAX sub-cursor beyond its row")
	}
	addr, err := d.elem(e, 0)
	if err != nil {
		return 0, false, err
	}
	return a.rows, true, writeI32(m, addr, r.i32(offAcc2))
}

func copyOp(r regs, m *mem, e, q uint64) (uint64, error) {
	dtype := r[offDecl+32*isa.SlotA+1]
	d, err := loadTensor(r, isa.SlotDst, dtype)
	if err != nil {
		return 0, err
	}
	a, err := loadTensor(r, isa.SlotA, dtype)
	if err != nil {
		return 0, err
	}
	if err := unused(r, isa.SlotB, isa.SlotC); err != nil {
		return 0, err
	}
	total := d.rows * d.cols
	if err := inRange(e, total); err != nil {
		return 0, err
	}
	if q != 0 {
		return 0, fail("COPY sub-cursor %d", q)
	}
	src, err := a.flat(e)
	if err != nil {
		return 0, err
	}
	leaf, err := m.read(src &^ 31)
	if err != nil {
		return 0, err
	}
	dst, err := d.flat(e)
	if err != nil {
		return 0, err
	}
	return total, writeBytes(m, dst, leaf[src%32:src%32+a.size])
}
