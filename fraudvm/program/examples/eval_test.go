package examples

import (
	"encoding/binary"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

// machine is a whole-instruction reference evaluator written from the tables of spec §4, for
// checking what the examples compute. It is deliberately naive: regions are byte slices and
// every element goes through get and set.
type machine struct {
	p       *program.Program
	regions [isa.NumRegions][]byte
}

func newMachine(p *program.Program, input []byte) (*machine, error) {
	m := &machine{p: p}
	var extent [isa.NumRegions]uint64
	for _, t := range p.Tensors {
		extent[t.Region] = max(extent[t.Region], t.Offset+t.Bytes())
	}
	mem, err := program.Pack(p.InputTensor(), input)
	if err != nil {
		return nil, err
	}
	m.regions[isa.RegionProgram] = p.Bytes()
	m.regions[isa.RegionInput] = append(mem, make([]byte, max(extent[isa.RegionInput], uint64(len(mem)))-uint64(len(mem)))...)
	m.regions[isa.RegionOutput] = make([]byte, extent[isa.RegionOutput])
	m.regions[isa.RegionArena] = make([]byte, extent[isa.RegionArena])
	return m, nil
}

func (m *machine) addr(t *isa.Tensor, r, c uint64) []byte {
	return m.regions[t.Region][t.Offset+r*t.Stride()+c*t.DType.Size():]
}

func (m *machine) get(t *isa.Tensor, r, c uint64) int32 {
	b := m.addr(t, r, c)
	if t.DType == isa.Int8 {
		return int32(int8(b[0]))
	}
	return int32(binary.LittleEndian.Uint32(b))
}

func (m *machine) set(t *isa.Tensor, r, c uint64, v int32) {
	b := m.addr(t, r, c)
	if t.DType == isa.Int8 {
		b[0] = byte(int8(v))
		return
	}
	binary.LittleEndian.PutUint32(b, uint32(v))
}

// elem reads element e of t in t's own shape.
func (m *machine) elem(t *isa.Tensor, e uint64) int32 {
	return m.get(t, e/uint64(t.Cols), e%uint64(t.Cols))
}

func (m *machine) setElem(t *isa.Tensor, e uint64, v int32) {
	m.set(t, e/uint64(t.Cols), e%uint64(t.Cols), v)
}

// tensor returns the contents of t in dense order.
func (m *machine) tensor(t isa.Tensor) []int32 {
	out := make([]int32, t.Elems())
	for e := range out {
		out[e] = m.elem(&t, uint64(e))
	}
	return out
}

func (m *machine) run() error {
	for pc := range m.p.Instrs {
		in := &m.p.Instrs[pc]
		ops := m.p.Operands(pc)
		d, a, b, c := &ops[isa.SlotDst], &ops[isa.SlotA], &ops[isa.SlotB], &ops[isa.SlotC]
		n := d.Elems()
		switch in.Op {
		case isa.OpHalt:
			return nil
		case isa.OpMatMul:
			nn := uint64(d.Cols)
			for e := range n {
				i, j := e/nn, e%nn
				var acc int32
				for k := range uint64(a.Cols) {
					acc += m.get(a, i, k) * m.get(b, j, k)
				}
				if in.Slots[isa.SlotC] != isa.NoTensor {
					acc += m.get(c, 0, j)
				}
				m.setElem(d, e, acc)
			}
		case isa.OpRequant:
			q := isa.RequantImm(in)
			for e := range n {
				j := e % uint64(a.Cols)
				bias, mul, shift := int32(0), q.Mul, q.Shift
				if in.Slots[isa.SlotB] != isa.NoTensor {
					bias = m.get(b, j, 0)
					if in.Flags&isa.FlagPerTensor == 0 {
						mul, shift = m.get(b, j, 1), int8(m.get(b, j, 2))
					}
				}
				m.setElem(d, e, int32(isa.Requant(m.elem(a, e), bias, mul, shift, q.Zero, q.Lo, q.Hi)))
			}
		case isa.OpAdd:
			q := isa.AddImm(in)
			for e := range n {
				m.setElem(d, e, int32(isa.Add(int8(m.elem(a, e)), int8(m.elem(b, e)), &q)))
			}
		case isa.OpLUT8:
			for e := range n {
				m.setElem(d, e, m.get(b, 0, uint64(uint8(m.elem(a, e)))))
			}
		case isa.OpMaxPool:
			w := isa.WindowImm(in)
			_, ow, _ := w.OutDims()
			ch := uint64(a.Cols)
			for e := range n {
				p, c := e/ch, e%ch
				oy, ox := p/ow, p%ow
				var acc int32
				for q := range uint64(w.KH) * uint64(w.KW) {
					dy, dx := q/uint64(w.KW), q%uint64(w.KW)
					v := m.get(a, (oy*uint64(w.SH)+dy)*uint64(w.W)+ox*uint64(w.SW)+dx, c)
					if q == 0 || v > acc {
						acc = v
					}
				}
				m.setElem(d, e, acc)
			}
		case isa.OpIm2Col:
			w := isa.WindowImm(in)
			_, ow, _ := w.OutDims()
			ch := uint64(a.Cols)
			patch := uint64(w.KH) * uint64(w.KW) * ch
			for e := range n {
				p, k := e/patch, e%patch
				oy, ox := int64(p/ow), int64(p%ow)
				dy, dx, c := int64(k/(uint64(w.KW)*ch)), int64((k/ch)%uint64(w.KW)), k%ch
				y, x := oy*int64(w.SH)+dy-int64(w.Pad), ox*int64(w.SW)+dx-int64(w.Pad)
				v := int32(w.PadValue)
				if y >= 0 && y < int64(w.H) && x >= 0 && x < int64(w.W) {
					v = m.get(a, uint64(y)*uint64(w.W)+uint64(x), c)
				}
				m.setElem(d, e, v)
			}
		case isa.OpArgMax:
			for r := range uint64(a.Rows) {
				best, arg := m.get(a, r, 0), int32(0)
				for q := uint64(1); q < uint64(a.Cols); q++ {
					if v := m.get(a, r, q); v > best {
						best, arg = v, int32(q)
					}
				}
				m.set(d, r, 0, arg)
			}
		case isa.OpCopy:
			for e := range n {
				m.setElem(d, e, m.elem(a, e))
			}
		default:
			return fmt.Errorf("pc %d: opcode %s", pc, in.Op)
		}
	}
	return fmt.Errorf("no HALT")
}
