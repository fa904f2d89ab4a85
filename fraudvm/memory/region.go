package memory

// Region is a byte range of a Memory opened for writes from several goroutines at once.
//
// Write walks the tree for every page it touches, creating, cloning and invalidating nodes as it
// goes, so it needs the Memory to itself. A bulk instruction's destination is better written by
// every worker, each as soon as its part of the result is ready and still in cache. OpenRegion
// therefore does all of the tree work for the range up front, on one goroutine: every page the
// range touches is made present and owned by m, and every hash above the range is invalidated.
// What is left, copying bytes into those pages, touches no shared state, so WriteAt calls on
// disjoint parts of a Region may run concurrently with each other and with Reads of m outside the
// Region. Close ends the writes. Between OpenRegion and Close nothing else may use m.
type Region struct {
	m     *Memory
	addr  uint64
	n     int
	first uint64  // index of the first page
	pages []*page // the pages covering [addr, addr+n), in address order
}

// OpenRegion prepares [addr, addr+n) for concurrent writes (see Region). With overwrite set the
// caller promises to write every byte of the range before Close, so pages it covers entirely are
// not copied first where they are shared (their bytes are unspecified until written); without it
// the range keeps its bytes until they are written.
func (m *Memory) OpenRegion(addr uint64, n int, overwrite bool) *Region {
	checkRange("OpenRegion", addr, n)
	r := &Region{m: m, addr: addr, n: n, first: addr >> PageBits}
	if n == 0 {
		return r
	}
	end := addr + uint64(n)
	last := (end - 1) >> PageBits
	r.pages = make([]*page, 0, last-r.first+1)
	var path [levels]*inode
	for idx := r.first; idx <= last; idx++ {
		lo := max(addr, idx<<PageBits) - idx<<PageBits
		hi := min(end, (idx+1)<<PageBits) - idx<<PageBits // exclusive, page-relative
		whole := lo == 0 && hi == PageSize
		if idx == r.first || idx&(fanout-1) == 0 { // a new parent: walk to it once
			m.pathForWrite(idx, &path)
		}
		p := m.pageInPath(&path, idx, whole && overwrite)
		if whole {
			p.valid = [2]uint64{}
		} else {
			p.invalidateLeaves(uint(lo)/LeafSize, uint(hi-1)/LeafSize)
		}
		r.pages = append(r.pages, p)
	}
	// pageInPath left every page owned with an invalid root, which is what the write cache
	// expects of its page; keep it pointing at the last one.
	m.wIdx, m.wPage = last, r.pages[len(r.pages)-1]
	return r
}

// WriteAt copies data to [addr+off, addr+off+len(data)), which must lie in the region. Calls on
// disjoint ranges may run concurrently.
func (r *Region) WriteAt(off int, data []byte) {
	if off < 0 || off > r.n || len(data) > r.n-off {
		panic("memory: Region.WriteAt: range outside the region")
	}
	a := r.addr + uint64(off)
	for len(data) > 0 {
		p := r.pages[a>>PageBits-r.first]
		o := a & pageMask
		c := copy(p.data[o:], data)
		a += uint64(c)
		data = data[c:]
	}
}

// Bytes returns [off, off+n) of the region as a slice of the page that holds it, to be written in
// place as WriteAt would write it (concurrently with writes to other bytes), when it lies in one
// page; ok is false, and b nil, when it crosses a page boundary. The slice is valid until Close.
func (r *Region) Bytes(off, n int) (b []byte, ok bool) {
	if off < 0 || n < 0 || off > r.n || n > r.n-off {
		panic("memory: Region.Bytes: range outside the region")
	}
	a := r.addr + uint64(off)
	o := a & pageMask
	if o+uint64(n) > PageSize {
		return nil, false
	}
	p := r.pages[a>>PageBits-r.first]
	return p.data[o : o+uint64(n) : o+uint64(n)], true
}

// Page returns the bytes of the k-th page the region touches (k = 0 holds the region's first
// byte, at offset addr mod PageSize), to be written in place as WriteAt would write them.
// Writers that place many small pieces compute page and offset themselves instead of paying a
// call per piece. Valid until Close.
func (r *Region) Page(k int) *[PageSize]byte { return &r.pages[k].data }

// Close ends the writes. Pages of the region left entirely zero are deleted, as Write deletes a
// page it fills with zeros, so a region that received only zeros leaves the representation it
// found (and every root is the same either way: a zero page hashes like an absent one).
func (r *Region) Close() {
	for i, p := range r.pages {
		if p.data == zeroPage {
			r.m.replace((r.first+uint64(i))<<PageBits, PageHeight, nil, nil)
		}
	}
	r.pages = nil
}
