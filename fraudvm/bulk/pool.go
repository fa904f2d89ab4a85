package bulk

import "sync"

// pool keeps a few large buffers between instructions. A fresh multi-megabyte slice costs a page
// fault per 4 KiB on first touch, which for a GEMV is as much as the arithmetic; reusing them
// keeps a model's weights streaming through warm memory. Buffers come back with arbitrary
// contents: every user writes what it reads or zeroes what must be zero.
type pool struct {
	mu    sync.Mutex
	bytes [][]byte
	ints  [][]int32

	// Small per-call state of the GEMM path, reused rather than allocated for every MATMUL:
	// at ~2,000 MATMULs a second the allocations alone kept the garbage collector busy.
	rows    sync.Pool // *[][]byte: a plan's table of B rows
	scratch sync.Pool // *gemmScratch: a work unit's panel, padded rows and row tables
}

// getRows returns a table of n row slices (contents unspecified).
func (p *pool) getRows(n int) [][]byte {
	if t, ok := p.rows.Get().(*[][]byte); ok && cap(*t) >= n {
		return (*t)[:n]
	}
	return make([][]byte, n)
}

// putRows returns a table, dropping its references (rows may be pages of a memory).
func (p *pool) putRows(t [][]byte) {
	clear(t)
	t = t[:0]
	p.rows.Put(&t)
}

// getScratch returns a work unit's GEMM scratch state (contents unspecified).
func (p *pool) getScratch() *gemmScratch {
	if s, ok := p.scratch.Get().(*gemmScratch); ok {
		return s
	}
	return new(gemmScratch)
}

// putScratch returns s, dropping its references to destination rows.
func (p *pool) putScratch(s *gemmScratch) {
	clear(s.ct)
	p.scratch.Put(s)
}

// poolKeep bounds how many buffers of each kind the pool retains.
const poolKeep = 4

func (p *pool) getBytes(n int) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i := best(p.bytes, n); i >= 0 {
		b := p.bytes[i]
		p.bytes = append(p.bytes[:i], p.bytes[i+1:]...)
		return b[:n]
	}
	return make([]byte, n)
}

func (p *pool) putBytes(b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bytes = keep(p.bytes, b[:0])
}

func (p *pool) getInts(n int) []int32 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i := best(p.ints, n); i >= 0 {
		b := p.ints[i]
		p.ints = append(p.ints[:i], p.ints[i+1:]...)
		return b[:n]
	}
	return make([]int32, n)
}

func (p *pool) putInts(b []int32) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ints = keep(p.ints, b[:0])
}

// best returns the index of the smallest buffer with capacity ≥ n, or -1.
func best[T any](bufs [][]T, n int) int {
	i := -1
	for j, b := range bufs {
		if cap(b) >= n && (i < 0 || cap(b) < cap(bufs[i])) {
			i = j
		}
	}
	return i
}

// keep adds b, dropping the smallest buffer when more than poolKeep are held.
func keep[T any](bufs [][]T, b []T) [][]T {
	bufs = append(bufs, b)
	if len(bufs) > poolKeep {
		s := 0
		for j := range bufs {
			if cap(bufs[j]) < cap(bufs[s]) {
				s = j
			}
		}
		bufs = append(bufs[:s], bufs[s+1:]...)
	}
	return bufs
}
