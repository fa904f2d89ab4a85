//go:build amd64 && !purego

package bulk

import (
	"runtime"
	"sync"
	"testing"
)

// BenchmarkVNNIPeak measures this CPU's VPDPBUSD ceiling: 24 independent 512-bit multiply-adds
// per iteration on registers (no loads, no dependencies), on every GOMAXPROCS thread. ops =
// 2 per byte pair, as for MATMUL, so its GOPS are the peak the MATMUL figures are a fraction of.
func BenchmarkVNNIPeak(b *testing.B) {
	if !haveVNNI() {
		b.Skip("no AVX-512 VNNI on this CPU")
	}
	const iters = 1 << 20
	w := runtime.GOMAXPROCS(0)
	for b.Loop() {
		var wg sync.WaitGroup
		for range w {
			wg.Go(func() { vnniPeak(iters) })
		}
		wg.Wait()
	}
	ops := float64(w) * iters * 24 * 64 * 2
	b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
}
