package bulk

import (
	"sync"
	"sync/atomic"
)

// parallelFor runs f(u) for every u in [0, n) on at most workers goroutines. Units are handed
// out in increasing order from a shared counter; callers make each unit own a disjoint part of
// the output, so the result never depends on which goroutine ran which unit.
func parallelFor(workers, n int, f func(u int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for u := range n {
			f(u)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				u := int(next.Add(1) - 1)
				if u >= n {
					return
				}
				f(u)
			}
		})
	}
	wg.Wait()
}

// spans splits [0, n) into at most parts contiguous ranges of at least minLen (except when n is
// smaller) and calls f(lo, hi) for each, in parallel.
func spans(workers, n, minLen int, f func(lo, hi int)) {
	if n <= 0 {
		return
	}
	parts := max(1, min(workers*4, n/max(1, minLen)))
	size := (n + parts - 1) / parts
	parallelFor(workers, (n+size-1)/size, func(u int) {
		f(u*size, min(n, (u+1)*size))
	})
}
