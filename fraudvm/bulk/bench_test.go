package bulk

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkMatMul measures the dense MATMUL pipeline Exec runs for these shapes (A resident, B
// streamed through each work unit: copy, correction sums, kernels; then the output copy) for
// every kernel this machine runs, on all GOMAXPROCS workers. ops = 2·M·N·K.
func BenchmarkMatMul(b *testing.B) {
	shapes := []struct{ m, n, k int }{{256, 1024, 1024}, {1, 4096, 4096}}
	workers := newCrew(runtime.GOMAXPROCS(0))
	for _, kern := range kernels() {
		for _, s := range shapes {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", kern.name, s.m, s.n, s.k), func(b *testing.B) {
				r := rand.New(rand.NewPCG(3, 4))
				a := randInt8(r, s.m*s.k, false)
				w := randInt8(r, s.n*s.k, false)
				d := make([]int32, s.m*s.n)
				var pl pool
				for b.Loop() {
					matmulDense(kern, workers, &pl, d, a, w, nil, s.m, s.n, s.k, true)
				}
				ops := 2 * float64(s.m) * float64(s.n) * float64(s.k)
				b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
			})
		}
	}
	// The OpenCL devices: Device.MatMul on dense operands, transfers to and from the device
	// included (they are part of every instruction the device runs).
	for _, o := range openCLDevices(b) {
		for _, s := range shapes {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", benchName(o), s.m, s.n, s.k), func(b *testing.B) {
				r := rand.New(rand.NewPCG(3, 4))
				a := randInt8(r, s.m*s.k, false)
				w := randInt8(r, s.n*s.k, false)
				d := make([]int32, s.m*s.n)
				ctx := context.Background()
				for b.Loop() {
					if err := o.MatMul(ctx, a, w, s.m, s.n, s.k, nil, d); err != nil {
						b.Fatal(err)
					}
				}
				ops := 2 * float64(s.m) * float64(s.n) * float64(s.k)
				b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
			})
		}
	}
}

// benchName is an OpenCL device's kernel name for benchmark output: "opencl-generic".
func benchName(o *OpenCL) string {
	if o.mm == "matmul" {
		return "opencl-generic"
	}
	return "opencl-" + strings.TrimPrefix(o.mm, "matmul_")
}

// BenchmarkExecMatMul measures Exec of one MATMUL on a real memory: gathers, kernels and the
// scatter of D (not the Merkle hashing of the written pages, which is the memory's Root).
func BenchmarkExecMatMul(b *testing.B) {
	shapes := []struct{ m, n, k int }{{256, 1024, 1024}, {1, 4096, 4096}}
	for _, kern := range kernels() {
		for _, s := range shapes {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", kern.name, s.m, s.n, s.k), func(b *testing.B) {
				r := rand.New(rand.NewPCG(5, 6))
				c := matmulCase(nil, r, s.m, s.n, s.k, true, false)
				mem := c.memory()
				cpu := NewCPU(0)
				cpu.kern = kern
				ctx := context.Background()
				for b.Loop() {
					if err := cpu.exec(ctx, mem, &c.in, &c.decl); err != nil {
						b.Fatal(err)
					}
				}
				ops := 2 * float64(s.m) * float64(s.n) * float64(s.k)
				b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
			})
		}
	}
	for _, o := range openCLDevices(b) {
		for _, s := range shapes {
			b.Run(fmt.Sprintf("%s/%dx%dx%d", benchName(o), s.m, s.n, s.k), func(b *testing.B) {
				r := rand.New(rand.NewPCG(5, 6))
				c := matmulCase(nil, r, s.m, s.n, s.k, true, false)
				mem := c.memory()
				a := NewAccel(o, 0)
				ctx := context.Background()
				for b.Loop() {
					if err := a.exec(ctx, mem, &c.in, &c.decl); err != nil {
						b.Fatal(err)
					}
				}
				ops := 2 * float64(s.m) * float64(s.n) * float64(s.k)
				b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
			})
		}
	}
}
