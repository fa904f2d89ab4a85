package bulk

import (
	"math/rand/v2"
	"testing"
)

// naiveMatMul is the definition: one wrapping multiply-add at a time.
func naiveMatMul(a, b []byte, bias []int32, m, n, k int) []int32 {
	d := make([]int32, m*n)
	for i := range m {
		for j := range n {
			var acc int32
			for t := range k {
				acc += int32(int8(a[i*k+t])) * int32(int8(b[j*k+t]))
			}
			if bias != nil {
				acc += bias[j]
			}
			d[i*n+j] = acc
		}
	}
	return d
}

// randInt8 fills a buffer with int8 values; dense extremes (-128, 127) make sums wrap or come
// close to the int32 bounds.
func randInt8(r *rand.Rand, n int, extremes bool) []byte {
	b := make([]byte, n)
	for i := range b {
		switch {
		case extremes && r.IntN(4) != 0:
			b[i] = []byte{0x80, 0x7f}[r.IntN(2)]
		default:
			b[i] = byte(r.Uint32())
		}
	}
	return b
}

func TestKernelsAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	type shape struct{ m, n, k int }
	shapes := []shape{
		{1, 1, 1}, {1, 4, 1}, {4, 4, 64}, {5, 3, 33}, {1, 17, 100}, {17, 1, 65}, {3, 9, 31},
		{8, 8, 127}, {13, 29, 200}, {4, 64, 64}, {33, 70, 1000}, {64, 5, 4097},
		{2, 6, 16385}, // crosses kBlockMax: k-blocked accumulation
		{6, 5, 40000}, // crosses goBlock inside the Go kernel
	}
	for range 20 {
		shapes = append(shapes, shape{1 + r.IntN(40), 1 + r.IntN(40), 1 + r.IntN(300)})
	}
	for _, kern := range kernels() {
		for _, workers := range []int{1, 3} {
			for si, s := range shapes {
				extremes := si%2 == 0
				a := randInt8(r, s.m*s.k, extremes)
				b := randInt8(r, s.n*s.k, extremes)
				var bias []int32
				if si%3 != 0 {
					bias = make([]int32, s.n)
					for j := range bias {
						bias[j] = int32(r.Uint32())
					}
				}
				want := naiveMatMul(a, b, bias, s.m, s.n, s.k)
				for _, streamB := range []bool{false, true} {
					got := make([]int32, s.m*s.n)
					matmulDense(kern, workers, new(pool), got, a, b, bias, s.m, s.n, s.k, streamB)
					for e := range want {
						if got[e] != want[e] {
							t.Fatalf("%s workers=%d streamB=%v %dx%dx%d: d[%d,%d] = %d, want %d",
								kern.name, workers, streamB, s.m, s.n, s.k, e/s.n, e%s.n, got[e], want[e])
						}
					}
				}
			}
		}
	}
}
