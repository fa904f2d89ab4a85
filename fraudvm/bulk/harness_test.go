package bulk

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

// A test case is an instruction, its declarations and a memory holding its operands. Every
// tensor's whole extent, padding included, starts out as random bytes, so a backend that read
// padding as data would compute something else, and one that wrote padding would leave a
// different memory.
type tcase struct {
	t    *testing.T
	r    *rand.Rand
	log  []write                // the initial memory, as writes to a zero memory
	next [isa.NumRegions]uint64 // bump allocator per region
	in   isa.Instr
	decl [isa.NumSlots]isa.Tensor
}

func newCase(t *testing.T, r *rand.Rand, op isa.Opcode) *tcase {
	c := &tcase{t: t, r: r}
	c.in.Op = op
	for s := range c.in.Slots {
		c.in.Slots[s] = isa.NoTensor
	}
	for reg := range c.next {
		c.next[reg] = uint64(r.IntN(4)) * isa.LeafSize
	}
	return c
}

// tensor allocates a rows×cols tensor in region reg, after a random gap, and fills its extent
// with random bytes.
func (c *tcase) tensor(reg isa.Region, dt isa.DType, rows, cols int) isa.Tensor {
	t := isa.Tensor{Region: reg, DType: dt, Rows: uint32(rows), Cols: uint32(cols), Offset: c.next[reg]}
	c.next[reg] += t.Bytes() + uint64(c.r.IntN(3))*isa.LeafSize
	c.fill(t)
	return t
}

// at declares a tensor at an explicit offset (for aliasing cases) without filling it.
func at(reg isa.Region, dt isa.DType, rows, cols int, off uint64) isa.Tensor {
	return isa.Tensor{Region: reg, DType: dt, Rows: uint32(rows), Cols: uint32(cols), Offset: off}
}

func (c *tcase) fill(t isa.Tensor) {
	b := make([]byte, t.Bytes())
	for i := range b {
		b[i] = byte(c.r.Uint32())
	}
	c.write(t.Addr(), b)
}

type write struct {
	addr uint64
	data []byte
}

func (c *tcase) write(addr uint64, data []byte) { c.log = append(c.log, write{addr, data}) }

// memory builds a fresh memory holding the case's initial contents.
func (c *tcase) memory() testMem {
	m := newTestMem()
	for _, w := range c.log {
		m.Write(w.addr, w.data)
	}
	return m
}

// slot uses tensor t as operand s (the tensor index is irrelevant to Exec; any non-NoTensor).
func (c *tcase) slot(s int, t isa.Tensor) {
	c.in.Slots[s] = uint16(s)
	c.decl[s] = t
}

func (c *tcase) put8(t isa.Tensor, r, col int, v int8) {
	c.write(t.ElemAddr(uint64(r), uint64(col)), []byte{byte(v)})
}

func (c *tcase) put32(t isa.Tensor, r, col int, v int32) {
	c.write(t.ElemAddr(uint64(r), uint64(col)), binary.LittleEndian.AppendUint32(nil, uint32(v)))
}

// fill8 sets every element of an int8 tensor from gen (one write per row; padding keeps its
// random bytes).
func (c *tcase) fill8(t isa.Tensor, gen func() int8) {
	for r := range uint64(t.Rows) {
		row := make([]byte, t.Cols)
		for i := range row {
			row[i] = byte(gen())
		}
		c.write(t.ElemAddr(r, 0), row)
	}
}

func (c *tcase) fill32(t isa.Tensor, gen func() int32) {
	for r := range uint64(t.Rows) {
		row := make([]byte, 0, 4*t.Cols)
		for range t.Cols {
			row = binary.LittleEndian.AppendUint32(row, uint32(gen()))
		}
		c.write(t.ElemAddr(r, 0), row)
	}
}

// cpus returns backends for every MATMUL kernel this machine runs: one worker with the default
// block size, and three workers with tiny blocks, so that every op streams several blocks and
// MATMUL takes its B-resident path.
func cpus() []*CPU {
	var out []*CPU
	for _, k := range kernels() {
		out = append(out, &CPU{workers: newCrew(1), kern: k, block: defaultBlock}, &CPU{workers: newCrew(3), kern: k, block: 4096})
	}
	return out
}

// execer is a backend as the tests drive it: on any rw memory.
type execer interface {
	Name() string
	exec(ctx context.Context, m rw, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error
}

// testBackend is a backend under test and how to name it in a failure.
type testBackend struct {
	execer
	desc string
}

// backends returns every backend the differential tests hold to the reference: the CPU
// backends (cpus), Accel on the spec device with the smallest real limit and with tiny limits
// (every instruction tiled, and some too large for one call, which fall back to the host), and
// Accel on every OpenCL device of this machine (opencl_test.go).
func backends(t *testing.T) []testBackend {
	var out []testBackend
	for _, c := range cpus() {
		out = append(out, testBackend{c, fmt.Sprintf("%s workers=%d block=%d", c.Name(), c.workers.n, c.block)})
	}
	for _, limit := range []int{minDeviceLimit, 4096, 600} {
		a := newAccel(&specDevice{limit: limit}, 2, limit)
		out = append(out, testBackend{a, a.Name()})
	}
	for _, a := range openCLBackends(t) {
		out = append(out, testBackend{a, a.Name()})
	}
	return out
}

// check runs the reference and every backend on copies of the case's memory and requires the
// same outcome: both fail, or both succeed leaving identical memories.
func (c *tcase) check() {
	c.t.Helper()
	want := c.memory()
	refErr := refExec(want, &c.in, &c.decl)
	for _, b := range backends(c.t) {
		got := c.memory()
		err := b.exec(context.Background(), got, &c.in, &c.decl)
		if (err != nil) != (refErr != nil) {
			c.t.Fatalf("%s %s %v: error %v, reference error %v", c.in.Op, b.desc, c.decl, err, refErr)
		}
		if err != nil {
			continue
		}
		if diff := c.diff(got, want); diff != "" {
			c.t.Fatalf("%s %s %v: memory differs from the reference: %s", c.in.Op, b.desc, c.decl, diff)
		}
	}
}

// checkErr requires the backend to reject the case without writing anything.
func (c *tcase) checkErr() {
	c.t.Helper()
	got := c.memory()
	if err := NewCPU(2).exec(context.Background(), got, &c.in, &c.decl); err == nil {
		c.t.Fatalf("%s %v: no error", c.in.Op, c.decl)
	}
	if !sameMemory(got, c.memory()) {
		c.t.Fatalf("%s: rejected but wrote memory", c.in.Op)
	}
}

// diff compares two memories: the whole of them (sameMemory), and byte by byte over every
// declared tensor's extent to say where they differ.
func (c *tcase) diff(got, want testMem) string {
	for s, t := range c.decl {
		if c.in.Slots[s] == isa.NoTensor {
			continue
		}
		g, w := make([]byte, t.Bytes()), make([]byte, t.Bytes())
		got.Read(t.Addr(), g)
		want.Read(t.Addr(), w)
		for i := range g {
			if g[i] != w[i] {
				row, off := uint64(i)/t.Stride(), uint64(i)%t.Stride()
				return fmt.Sprintf("slot %d %s: row %d byte %d (padding: %v): got 0x%02x, want 0x%02x",
					s, t, row, off, off >= uint64(t.Cols)*t.DType.Size(), g[i], w[i])
			}
		}
	}
	if !sameMemory(got, want) {
		return "memories differ outside the operands"
	}
	return ""
}
