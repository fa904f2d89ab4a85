package bulk

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
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
		// GEMM tiles (12×32) with and without remainders, several k-blocks; matrix-vector shapes
		// (one to three rows) with B read in place (k a multiple of 64, n of 4) and not.
		{12, 32, 64}, {24, 64, 256}, {25, 96, 1030}, {37, 33, 513}, {12, 1, 7},
		{1, 8, 128}, {2, 12, 64}, {3, 40, 256}, {1, 4, 16448}, {1, 6, 192},
	}
	for range 20 {
		shapes = append(shapes, shape{1 + r.IntN(40), 1 + r.IntN(40), 1 + r.IntN(300)})
	}
	crews := map[int]*crew{1: newCrew(1), 3: newCrew(3)}
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
					matmulDense(kern, crews[workers], new(pool), got, a, b, bias, s.m, s.n, s.k, streamB)
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

// TestKernelsKBound runs every kernel's paths (GEMM tiles, matrix-vector, dot products) at the
// validator's largest K with every byte −128: each product is 2^14 and the sums wrap int32
// many times, which only the exact wrapping instructions survive.
func TestKernelsKBound(t *testing.T) {
	k := isa.MaxMatMulK
	for _, s := range []struct{ m, n int }{{12, 32}, {1, 4}, {5, 6}} {
		a := bytes.Repeat([]byte{0x80}, s.m*k)
		b := bytes.Repeat([]byte{0x80}, s.n*k)
		b[7] = 0x7f // one row differs
		want := naiveMatMul(a, b, nil, s.m, s.n, k)
		for _, kern := range kernels() {
			got := make([]int32, s.m*s.n)
			matmulDense(kern, newCrew(2), new(pool), got, a, b, nil, s.m, s.n, k, true)
			if !slices.Equal(got, want) {
				t.Fatalf("%s %dx%dx%d: got %v…, want %v…", kern.name, s.m, s.n, k, got[:4], want[:4])
			}
		}
	}
}

// TestPackPanel checks each kernel's panel packing, bytes and sums, against the definition: rows
// at a stride in one matrix and rows each in a slice of its own, packed from an offset k0.
func TestPackPanel(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, kl := range []int{64, 256, 1024} {
		for _, k0 := range []int{0, 64 * (1 + r.IntN(4))} {
			ldb := k0 + kl + 64*r.IntN(3)
			b := randInt8(r, gemmNR*ldb, true)
			strided := make([][]byte, gemmNR)
			scattered := make([][]byte, gemmNR)
			for col := range gemmNR {
				strided[col] = b[col*ldb : col*ldb+k0+kl]
				scattered[col] = slices.Clone(strided[col])
			}
			want := make([]byte, gemmNR*kl)
			for col := range gemmNR {
				for k := range kl {
					want[k/4*128+col/16*64+col%16*4+k%4] = b[col*ldb+k0+k]
				}
			}
			wantSums := make([]int32, gemmNR)
			for col := range gemmNR {
				wantSums[col] = 7 // packing adds to what is there
				for k := range kl {
					wantSums[col] += int32(int8(b[col*ldb+k0+k]))
				}
			}
			got := make([]byte, gemmNR*kl)
			sums := make([]int32, gemmNR)
			for _, kern := range kernels() {
				if kern.gemm != nil && (kern.pack == nil || kern.gemv == nil) {
					t.Fatalf("%s has gemm without pack or gemv, which the GEMM path calls", kern.name)
				}
				if kern.pack == nil {
					continue
				}
				for name, rows := range map[string][][]byte{"strided": strided, "scattered": scattered} {
					clear(got)
					for i := range sums {
						sums[i] = 7
					}
					kern.pack(got, rows, k0, kl, sums)
					if !bytes.Equal(got, want) {
						t.Fatalf("%s pack %s k0=%d kl=%d differs from the definition", kern.name, name, k0, kl)
					}
					if !slices.Equal(sums, wantSums) {
						t.Fatalf("%s pack %s k0=%d kl=%d: sums %v, want %v", kern.name, name, k0, kl, sums, wantSums)
					}
				}
			}
		}
	}
}
