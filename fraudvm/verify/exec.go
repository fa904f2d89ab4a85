package verify

import (
	"encoding/binary"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Each micro-step below has the same shape, which the Solidity contract copies: (1) decode the
// operands and check everything that depends on registers alone, including every address the
// step will access; (2) read the leaves, in the order of the spec; (3) the only data-dependent
// check (a per-channel REQUANT shift); (4) write. A check failing in (1) or (3) is a fault: a
// valid step into the faulted status, with exactly the accesses made before it.

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

// ops holds the decoded operands of the current instruction.
type ops struct {
	d, a, b, c tensor
	hasB, hasC bool
	total      uint64
}

func used(r regs, s int) bool { return slotIndex(r, s) != isa.NoTensor }

// operands decodes and checks the operands of the instruction register for its opcode.
func operands(r regs, op isa.Opcode) (*ops, error) {
	o := &ops{}
	var err error
	req := func(t *tensor, s int, dt uint8) {
		if err == nil {
			*t, err = loadTensor(r, s, dt)
		}
	}
	opt := func(t *tensor, has *bool, s int, dt uint8) {
		if err == nil && used(r, s) {
			*has = true
			*t, err = loadTensor(r, s, dt)
		}
	}
	none := func(slots ...int) {
		for _, s := range slots {
			if err == nil && used(r, s) {
				err = invalid("slot %d must be unused", s)
			}
		}
	}
	switch op {
	case isa.OpMatMul:
		req(&o.d, isa.SlotDst, i32)
		req(&o.a, isa.SlotA, i8)
		req(&o.b, isa.SlotB, i8)
		opt(&o.c, &o.hasC, isa.SlotC, i32)
	case isa.OpRequant:
		req(&o.d, isa.SlotDst, i8)
		req(&o.a, isa.SlotA, i32)
		opt(&o.b, &o.hasB, isa.SlotB, i32)
		none(isa.SlotC)
		if err == nil && !o.hasB && r[offInsn+1]&isa.FlagPerTensor == 0 {
			err = invalid("per-channel REQUANT without params")
		}
	case isa.OpAdd, isa.OpLUT8:
		req(&o.d, isa.SlotDst, i8)
		req(&o.a, isa.SlotA, i8)
		req(&o.b, isa.SlotB, i8)
		none(isa.SlotC)
	case isa.OpMaxPool, isa.OpIm2Col:
		req(&o.d, isa.SlotDst, i8)
		req(&o.a, isa.SlotA, i8)
		none(isa.SlotB, isa.SlotC)
	case isa.OpArgMax:
		req(&o.d, isa.SlotDst, i32)
		req(&o.a, isa.SlotA, i8)
		none(isa.SlotB, isa.SlotC)
	case isa.OpCopy:
		dt := r[offDecl+32*isa.SlotA+1]
		req(&o.d, isa.SlotDst, dt)
		req(&o.a, isa.SlotA, dt)
		none(isa.SlotB, isa.SlotC)
	default:
		return nil, invalid("opcode %s has no micro-steps", op)
	}
	if err != nil {
		return nil, err
	}
	o.total = o.d.rows * o.d.cols
	if op == isa.OpArgMax {
		o.total = o.a.rows
	}
	if r.u64(offE) >= o.total {
		return nil, invalid("cursor e beyond %d", o.total)
	}
	return o, nil
}

func exec(r regs, m *mem) error {
	op := isa.Opcode(r[offInsn])
	o, err := operands(r, op)
	if err != nil {
		return err
	}
	e, q := r.u64(offE), uint64(r.u32(offQ))
	advance := true
	switch op {
	case isa.OpMatMul:
		advance, err = matmul(r, m, o, e, q)
	case isa.OpRequant:
		err = requant(r, m, o, e, q)
	case isa.OpAdd:
		err = add(r, m, o, e, q)
	case isa.OpLUT8:
		err = lut8(m, o, e, q)
	case isa.OpMaxPool:
		advance, err = maxpool(r, m, o, e, q)
	case isa.OpIm2Col:
		err = im2col(r, m, o, e, q)
	case isa.OpArgMax:
		advance, err = argmax(r, m, o, e, q)
	case isa.OpCopy:
		err = copyOp(m, o, e, q)
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
	if e == o.total { // retire
		r.setU32(offPC, r.u32(offPC)+1)
		r[offPhase] = phaseFetch
		r[offSlot] = 0
		r.setU64(offE, 0)
		r.zero(offInsn, offDecl+128)
	}
	return nil
}

func single(q uint64) error {
	if q != 0 {
		return invalid("sub-cursor %d", q)
	}
	return nil
}

func validShift(s int32) bool { return s <= 0 && s >= isa.MinShift }

func matmul(r regs, m *mem, o *ops, e, q uint64) (bool, error) {
	i, j := e/o.d.cols, e%o.d.cols
	k := o.a.cols
	chunks := (k + 31) / 32
	if q < chunks {
		if i >= o.a.rows || q*32 >= o.a.stride || j >= o.b.rows || q*32 >= o.b.stride {
			return false, invalid("MATMUL chunk outside its operands")
		}
		la, err := m.read(o.a.base + i*o.a.stride + q*32)
		if err != nil {
			return false, err
		}
		lb, err := m.read(o.b.base + j*o.b.stride + q*32)
		if err != nil {
			return false, err
		}
		n := min(k-32*q, 32)
		acc := r.i32(offAcc)
		for t := uint64(0); t < n; t++ {
			acc += int32(int8(la[t])) * int32(int8(lb[t]))
		}
		r.setI32(offAcc, acc)
		return false, nil
	}
	if q != chunks {
		return false, invalid("MATMUL sub-cursor beyond its chunks")
	}
	var cAddr uint64
	var err error
	if o.hasC {
		if cAddr, err = o.c.elem(0, j); err != nil {
			return false, err
		}
	}
	dAddr, err := o.d.elem(i, j)
	if err != nil {
		return false, err
	}
	out := r.i32(offAcc)
	if o.hasC {
		bias, err := readI32(m, cAddr)
		if err != nil {
			return false, err
		}
		out += bias
	}
	return true, writeI32(m, dAddr, out)
}

func requant(r regs, m *mem, o *ops, e, q uint64) error {
	if err := single(q); err != nil {
		return err
	}
	im := imm(r)
	perTensor := r[offInsn+1]&isa.FlagPerTensor != 0
	mul, shift := int32(binary.BigEndian.Uint32(im[0:])), int32(int8(im[4]))
	if perTensor && !validShift(shift) {
		return invalid("REQUANT shift %d", shift)
	}
	if o.hasB && o.b.cols < 4 {
		return invalid("REQUANT params need 4 columns")
	}
	src, err := o.a.flat(e)
	if err != nil {
		return err
	}
	var row uint64
	if o.hasB {
		if row, err = o.b.elem(e%o.d.cols, 0); err != nil {
			return err
		}
	}
	dst, err := o.d.flat(e)
	if err != nil {
		return err
	}
	x, err := readI32(m, src)
	if err != nil {
		return err
	}
	var bias int32
	if o.hasB {
		pl, err := m.read(row)
		if err != nil {
			return err
		}
		bias = int32(binary.LittleEndian.Uint32(pl[0:]))
		if !perTensor {
			mul = int32(binary.LittleEndian.Uint32(pl[4:]))
			shift = int32(binary.LittleEndian.Uint32(pl[8:]))
			if !validShift(shift) {
				return invalid("REQUANT channel shift %d", shift)
			}
		}
	}
	v := isa.Requant(x, bias, mul, int8(shift), int8(im[5]), int8(im[6]), int8(im[7]))
	return writeBytes(m, dst, []byte{byte(v)})
}

func add(r regs, m *mem, o *ops, e, q uint64) error {
	if err := single(q); err != nil {
		return err
	}
	var in isa.Instr
	copy(in.Imm[:], imm(r))
	p := isa.AddImm(&in)
	for _, s := range []int8{p.ShiftA, p.ShiftB, p.ShiftOut} {
		if !validShift(int32(s)) {
			return invalid("ADD shift %d", s)
		}
	}
	aAddr, err := o.a.flat(e)
	if err != nil {
		return err
	}
	bAddr, err := o.b.flat(e)
	if err != nil {
		return err
	}
	dAddr, err := o.d.flat(e)
	if err != nil {
		return err
	}
	x, err := readI8(m, aAddr)
	if err != nil {
		return err
	}
	y, err := readI8(m, bAddr)
	if err != nil {
		return err
	}
	return writeBytes(m, dAddr, []byte{byte(isa.Add(x, y, &p))})
}

func lut8(m *mem, o *ops, e, q uint64) error {
	if err := single(q); err != nil {
		return err
	}
	if o.b.cols < 256 {
		return invalid("LUT8 table shorter than 256")
	}
	aAddr, err := o.a.flat(e)
	if err != nil {
		return err
	}
	dAddr, err := o.d.flat(e)
	if err != nil {
		return err
	}
	x, err := readI8(m, aAddr)
	if err != nil {
		return err
	}
	y, err := readI8(m, o.b.base+uint64(uint8(x)))
	if err != nil {
		return err
	}
	return writeBytes(m, dAddr, []byte{byte(y)})
}

// window decodes MAXPOOL/IM2COL immediates and the output width.
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
		return w, invalid("window does not fit")
	}
	w.ow = (w.w+2*w.pad-w.kw)/w.sw + 1
	return w, nil
}

func maxpool(r regs, m *mem, o *ops, e, q uint64) (bool, error) {
	w, err := loadWindow(r, false)
	if err != nil {
		return false, err
	}
	pix, ch := e/o.d.cols, e%o.d.cols
	oy, ox := pix/w.ow, pix%w.ow
	if q < w.kh*w.kw {
		addr, err := o.a.elem((oy*w.sh+q/w.kw)*w.w+ox*w.sw+q%w.kw, ch)
		if err != nil {
			return false, err
		}
		x, err := readI8(m, addr)
		if err != nil {
			return false, err
		}
		if q == 0 || int32(x) > r.i32(offAcc) {
			r.setI32(offAcc, int32(x))
		}
		return false, nil
	}
	if q != w.kh*w.kw {
		return false, invalid("MAXPOOL sub-cursor beyond its window")
	}
	addr, err := o.d.flat(e)
	if err != nil {
		return false, err
	}
	return true, writeBytes(m, addr, []byte{byte(int8(r.i32(offAcc)))})
}

func im2col(r regs, m *mem, o *ops, e, q uint64) error {
	if err := single(q); err != nil {
		return err
	}
	w, err := loadWindow(r, true)
	if err != nil {
		return err
	}
	kc := w.kh * w.kw * o.a.cols
	pix, k := e/kc, e%kc
	oy, ox := pix/w.ow, pix%w.ow
	y := oy*w.sh + k/(w.kw*o.a.cols)
	x := ox*w.sw + (k/o.a.cols)%w.kw
	inside := y >= w.pad && y-w.pad < w.h && x >= w.pad && x-w.pad < w.w
	var src uint64
	if inside {
		if src, err = o.a.elem((y-w.pad)*w.w+x-w.pad, k%o.a.cols); err != nil {
			return err
		}
	}
	dst, err := o.d.flat(e)
	if err != nil {
		return err
	}
	val := w.padValue
	if inside {
		if val, err = readI8(m, src); err != nil {
			return err
		}
	}
	return writeBytes(m, dst, []byte{byte(val)})
}

func argmax(r regs, m *mem, o *ops, e, q uint64) (bool, error) {
	if q < o.a.cols {
		addr, err := o.a.elem(e, q)
		if err != nil {
			return false, err
		}
		x, err := readI8(m, addr)
		if err != nil {
			return false, err
		}
		if q == 0 || int32(x) > r.i32(offAcc) {
			r.setI32(offAcc, int32(x))
			r.setI32(offAcc2, int32(q))
		}
		return false, nil
	}
	if q != o.a.cols {
		return false, invalid("ARGMAX sub-cursor beyond its row")
	}
	addr, err := o.d.elem(e, 0)
	if err != nil {
		return false, err
	}
	return true, writeI32(m, addr, r.i32(offAcc2))
}

func copyOp(m *mem, o *ops, e, q uint64) error {
	if err := single(q); err != nil {
		return err
	}
	src, err := o.a.flat(e)
	if err != nil {
		return err
	}
	dst, err := o.d.flat(e)
	if err != nil {
		return err
	}
	leaf, err := m.read(src &^ 31)
	if err != nil {
		return err
	}
	return writeBytes(m, dst, leaf[src%32:src%32+o.a.size])
}
