package bulk

import (
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

// FuzzMatMulKernels compares every kernel's dense MATMUL with the naive definition on shapes
// and values drawn from the fuzz input.
func FuzzMatMulKernels(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint16(1), uint64(0), false)
	f.Add(uint8(5), uint8(7), uint16(33), uint64(1), true)
	f.Add(uint8(8), uint8(4), uint16(64), uint64(2), true)
	f.Add(uint8(3), uint8(9), uint16(300), uint64(3), false)
	workers := newCrew(2)
	f.Fuzz(func(t *testing.T, m, n uint8, k uint16, seed uint64, extremes bool) {
		M, N, K := 1+int(m%48), 1+int(n%48), 1+int(k%2048)
		r := rand.New(rand.NewPCG(seed, 7))
		a, b := randInt8(r, M*K, extremes), randInt8(r, N*K, extremes)
		bias := make([]int32, N)
		for j := range bias {
			bias[j] = int32(r.Uint32())
		}
		want := naiveMatMul(a, b, bias, M, N, K)
		for _, kern := range kernels() {
			for _, streamB := range []bool{false, true} {
				got := make([]int32, M*N)
				matmulDense(kern, workers, new(pool), got, a, b, bias, M, N, K, streamB)
				for e := range want {
					if got[e] != want[e] {
						t.Fatalf("%s streamB=%v %dx%dx%d: d[%d] = %d, want %d", kern.name, streamB, M, N, K, e, got[e], want[e])
					}
				}
			}
		}
	})
}

// FuzzExec builds one instruction of a fuzz-chosen opcode and shape and compares the backend
// with the spec reference on a real memory.
func FuzzExec(f *testing.F) {
	for op := range uint8(8) {
		f.Add(op, uint8(3), uint8(5), uint8(7), uint64(op))
	}
	f.Add(uint8(0), uint8(31), uint8(33), uint8(200), uint64(9))
	f.Add(uint8(4), uint8(9), uint8(9), uint8(3), uint64(10))
	f.Fuzz(func(t *testing.T, op, x, y, z uint8, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 8))
		d1, d2, d3 := 1+int(x%40), 1+int(y%40), 1+int(z)
		var c *tcase
		switch op % 8 {
		case 0:
			c = matmulCase(t, r, d1, d2, d3, z%2 == 0, x%2 == 0)
		case 1:
			c = requantCase(t, r, d1, d2, int(z%3))
		case 2:
			c = addCase(t, r, d1, d2)
		case 3:
			c = newCase(t, r, isa.OpLUT8)
			c.slot(isa.SlotDst, c.tensor(arena, isa.Int8, d1, d2))
			c.slot(isa.SlotA, c.tensor(input, isa.Int8, d1, d2))
			c.slot(isa.SlotB, c.tensor(prog, isa.Int8, 1, 256))
		case 4, 5:
			opc := isa.OpMaxPool
			if op%8 == 5 {
				opc = isa.OpIm2Col
			}
			w := isa.Window{
				H: uint16(1 + x%12), W: uint16(1 + y%12), KH: 1 + z%4, KW: 1 + (z/4)%4,
				SH: 1 + (z/16)%3, SW: 1 + (z/48)%3, Pad: (x / 16) % 3, PadValue: int8(y),
			}
			if opc == isa.OpMaxPool {
				w.Pad = 0
			}
			if _, _, err := w.OutDims(); err != nil {
				t.Skip()
			}
			c = windowCase(t, r, opc, w, 1+int(z%37))
		case 6:
			c = newCase(t, r, isa.OpArgMax)
			a := c.tensor(arena, isa.Int8, d1, d2)
			c.fill8(a, func() int8 { return int8(r.IntN(4) - 2) })
			c.slot(isa.SlotDst, c.tensor(out, isa.Int32, d1, 1))
			c.slot(isa.SlotA, a)
		case 7:
			c = newCase(t, r, isa.OpCopy)
			dt := isa.DType(z % 2)
			c.slot(isa.SlotA, c.tensor(input, dt, d1, d2))
			rows := []int{1, d1, d2, d1 * d2}[z/2%4]
			c.slot(isa.SlotDst, c.tensor(arena, dt, rows, d1*d2/rows))
		}
		c.check()
	})
}
