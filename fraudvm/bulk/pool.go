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
