package memory

import (
	"bytes"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Geometry of the memory and of its pages.
const (
	Depth      = isa.TreeDepth           // levels of siblings in a leaf proof (35)
	LeafSize   = isa.LeafSize            // bytes per Merkle leaf (32)
	Size       = isa.MemorySize          // bytes of memory (2^40)
	PageBits   = 12                      // log2 of the page size
	PageSize   = 1 << PageBits           // bytes per page (4 KiB)
	PageHeight = PageBits - isa.LeafBits // height of a page's subtree (7)
)

const (
	leafBits   = isa.LeafBits                      // log2 of the leaf size
	leafMask   = LeafSize - 1                      // offset of an address within its leaf
	pageMask   = PageSize - 1                      // offset of an address within its page
	pageLeaves = 1 << PageHeight                   // leaves per page (128)
	hashSize   = 32                                // bytes of a node value
	fanoutBits = 4                                 // Merkle levels per interior node
	fanout     = 1 << fanoutBits                   // children per interior node (16)
	levels     = (Depth - PageHeight) / fanoutBits // interior nodes on a root-to-page path (7)
	pageIdxTop = (levels - 1) * fanoutBits         // shift of the root's slot in a page index
	maxGraft   = 1 << (fanoutBits - 1)             // boundary subtrees in one non-boundary subtree
	pageValid0 = ^uint64(1)                        // page.valid[0] with every hash valid (bit 0 unused)
	pageValid1 = ^uint64(0)                        // page.valid[1] with every hash valid
	inodeValid = uint16(1<<fanout - 2)             // inode.valid with every hash valid (bit 0 unused)
)

// The interior levels must tile heights 7..35 exactly (a compile-time check: a negative constant does
// not convert to uint).
const (
	_ = uint(fanoutBits*levels + PageHeight - Depth)
	_ = uint(Depth - fanoutBits*levels - PageHeight)
)

// owner is an ownership token. A node may be modified in place only by the Memory holding the token
// the node carries; every other Memory clones it first. The struct is not empty so that every token
// is a distinct allocation.
type owner struct{ _ byte }

// page is one 4 KiB page: its bytes and the 127 inner Merkle nodes of its height-7 subtree in heap
// order (node 1 is the page's root, node j has children 2j and 2j+1, and nodes 128..255 are the leaves,
// which are the data itself). 8184 bytes: exactly one 8 KiB size class.
type page struct {
	owner *owner
	valid [2]uint64                         // bit j: nodes holds node j's hash
	nodes [(pageLeaves - 1) * hashSize]byte // node j at [(j-1)*32, j*32): children of j are adjacent
	data  [PageSize]byte
}

// inode is an interior radix node of height h ∈ {11, 15, ..., 35}: 16 children of height h-4 (pages
// at the bottom level, inodes above) and the 15 Merkle nodes between them and itself, in heap order
// (node 1 is this subtree's root, nodes 16..31 are the children's roots, stored in the children).
type inode struct {
	owner  *owner
	valid  uint16 // bit j: hashes holds node j's hash
	npages uint32 // pages in this subtree; never 0 for a node in a tree (empty nodes are pruned)
	hashes [(fanout - 1) * hashSize]byte
	kids   [fanout]*inode // children of levels 0..5
	pages  [fanout]*page  // children of level 6
}

// Memory is the fraudvm memory. The zero value is an empty memory; New is equivalent.
type Memory struct {
	root  *inode
	owner *owner

	// A write cache: the page last written and its page index. While that page is owned by m and its
	// root hash is invalid, every ancestor is already invalid and owned, so another write to it needs
	// no walk from the root. Every operation that can detach the page or change ownership clears it.
	wIdx  uint64
	wPage *page

	hs    []*hasher // hs[0] for sequential hashing, the rest for parallel hashing
	dirty dirtySet  // scratch lists for parallel hashing, empty between calls
}

// New returns an empty memory (all zero).
func New() *Memory { return &Memory{owner: new(owner)} }

func (m *Memory) tok() *owner {
	if m.owner == nil {
		m.owner = new(owner)
	}
	return m.owner
}

// freeze gives m a new ownership token, which makes every node m currently holds immutable to
// everyone. It is how nodes become shareable.
func (m *Memory) freeze() {
	m.owner = new(owner)
	m.wPage = nil
}

// slot returns the child index at the given level on the path to page idx.
func slot(idx uint64, level int) uint {
	return uint(idx>>(pageIdxTop-fanoutBits*level)) & (fanout - 1)
}

// inodeHeight is the Merkle height of the interior nodes at a level (35 at level 0).
func inodeHeight(level int) uint { return uint(Depth - fanoutBits*level) }

// boundary is the largest radix boundary height (7, 11, ..., 35) not above h ≥ PageHeight.
func boundary(h uint) uint { return PageHeight + (h-PageHeight)/fanoutBits*fanoutBits }

func newPage(o *owner, zeroHashesValid bool) *page {
	p := &page{owner: o}
	if zeroHashesValid {
		p.nodes = zeroPageNodes
		p.valid = [2]uint64{pageValid0, pageValid1}
	}
	return p
}

func newInode(o *owner, level int) *inode {
	return &inode{owner: o, valid: inodeValid, hashes: zeroInodeHashes[level]}
}

func (p *page) clone(o *owner) *page {
	c := *p
	c.owner = o
	return &c
}

func (n *inode) clone(o *owner) *inode {
	c := *n
	c.owner = o
	return &c
}

func (p *page) isValid(j uint) bool { return p.valid[j>>6]>>(j&63)&1 != 0 }
func (p *page) rootValid() bool     { return p.valid[0]&2 != 0 }

// levelInvalid reports whether every node lo..2lo-1 of the heap level starting at lo (a power of
// two below pageLeaves) is invalid.
func (p *page) levelInvalid(lo uint) bool {
	if lo >= 64 {
		return p.valid[lo>>6] == 0 // 64..127 fill valid[1]
	}
	return p.valid[0]>>lo&(1<<lo-1) == 0
}

// value returns node j of the page (a leaf's raw bytes for j ≥ 128); it must be valid.
func (p *page) value(j uint) (h [hashSize]byte) {
	if j >= pageLeaves {
		return [hashSize]byte(p.data[(j-pageLeaves)*hashSize:])
	}
	return [hashSize]byte(p.nodes[(j-1)*hashSize:])
}

// invalidateLeaves clears the valid bits above leaves lo..hi (page-relative). It stops climbing at
// the first invalid node: its ancestors are invalid already.
func (p *page) invalidateLeaves(lo, hi uint) {
	for i := lo; i <= hi; i++ {
		for j := (pageLeaves + i) >> 1; j != 0; j >>= 1 {
			w, b := j>>6, uint64(1)<<(j&63)
			if p.valid[w]&b == 0 {
				break
			}
			p.valid[w] &^= b
		}
	}
}

func (n *inode) isValid(j uint) bool { return n.valid>>j&1 != 0 }
func (n *inode) rootValid() bool     { return n.valid&2 != 0 }

func (n *inode) value(j uint) (h [hashSize]byte) {
	return [hashSize]byte(n.hashes[(j-1)*hashSize:])
}

// invalidateSlot clears the valid bits of the four nodes above child c.
func (n *inode) invalidateSlot(c uint) {
	for j := (fanout + c) >> 1; j != 0; j >>= 1 {
		n.valid &^= 1 << j
	}
}

// own makes *pp owned by m, cloning it if needed, and returns it. *pp must not be nil, and the node
// holding pp (if any) must already be owned by m.
func (m *Memory) own(pp **inode) *inode {
	n := *pp
	if n.owner != m.owner {
		n = n.clone(m.tok())
		*pp = n
	}
	return n
}

func (m *Memory) ownPage(pp **page) *page {
	p := *pp
	if p.owner != m.owner {
		p = p.clone(m.tok())
		*pp = p
	}
	return p
}

// lookupPage returns the page with index idx, or nil if it is absent. It does not modify m.
func (m *Memory) lookupPage(idx uint64) *page {
	if m.wPage != nil && m.wIdx == idx {
		return m.wPage
	}
	n := m.root
	for level := 0; level < levels-1; level++ {
		if n == nil {
			return nil
		}
		n = n.kids[slot(idx, level)]
	}
	if n == nil {
		return nil
	}
	return n.pages[idx&(fanout-1)]
}

// lookupNode returns the node at the boundary height hb (a page if hb == PageHeight, an inode
// otherwise) covering addr, or nils if that subtree is empty. It does not modify m.
func (m *Memory) lookupNode(addr uint64, hb uint) (*page, *inode) {
	if hb == Depth {
		return nil, m.root
	}
	idx := addr >> PageBits
	depth := int(Depth-hb) / fanoutBits // inodes above the node
	n := m.root
	for level := 0; level < depth-1; level++ {
		if n == nil {
			return nil, nil
		}
		n = n.kids[slot(idx, level)]
	}
	if n == nil {
		return nil, nil
	}
	if depth == levels {
		return n.pages[slot(idx, depth-1)], nil
	}
	return nil, n.kids[slot(idx, depth-1)]
}

// pageForWrite returns page idx owned by m, creating it and the inodes above it if needed, cloning
// shared nodes on the path, and invalidating the path above the page. A created page is zero, with
// the zero page's hashes (valid).
//
// With whole set the caller will overwrite all of the page's data and clear its valid bits, so
// neither a shared page's bytes nor any hashes are worth copying: a created page starts with
// invalid hashes, and a shared page is replaced by a fresh one rather than cloned. The bytes of
// the returned page are then unspecified (zero, or the old page's if m owned it).
func (m *Memory) pageForWrite(idx uint64, whole bool) *page {
	var path [levels]*inode
	m.pathForWrite(idx, &path)
	return m.pageInPath(&path, idx, whole)
}

// pathForWrite makes the interior nodes on page idx's path owned by m, creating and cloning them
// as needed, stores them in path (path[levels-1] is the node holding the page) and invalidates
// the path's slots above that node. The pages below path[levels-1] share all of it: a caller
// writing several of them walks once (pageInPath does the rest per page).
func (m *Memory) pathForWrite(idx uint64, path *[levels]*inode) {
	o := m.tok()
	pp := &m.root
	for level := 0; level < levels; level++ {
		n := *pp
		switch {
		case n == nil:
			n = newInode(o, level)
			*pp = n
		case n.owner != o:
			n = n.clone(o)
			*pp = n
		}
		path[level] = n
		c := slot(idx, level)
		if level < levels-1 {
			n.invalidateSlot(c)
			pp = &n.kids[c]
		}
	}
}

// pageInPath is pageForWrite's work below path, which pathForWrite prepared for a page with the
// same parent as idx.
func (m *Memory) pageInPath(path *[levels]*inode, idx uint64, whole bool) *page {
	o := m.tok()
	n := path[levels-1]
	c := idx & (fanout - 1)
	n.invalidateSlot(uint(c))
	p := n.pages[c]
	switch {
	case p == nil:
		p = newPage(o, !whole)
		n.pages[c] = p
		for _, q := range path {
			q.npages++
		}
	case p.owner != o && whole:
		// A whole-page write over a shared page (a bulk run over a snapshot's destination
		// tensor): cloning would read and write 8 KiB only to overwrite it.
		p = newPage(o, false)
		n.pages[c] = p
	case p.owner != o:
		p = p.clone(o)
		n.pages[c] = p
	}
	return p
}

// cachedPage returns the write-cached page if it is idx and may be written without a walk.
func (m *Memory) cachedPage(idx uint64) *page {
	p := m.wPage
	if p != nil && m.wIdx == idx && p.owner == m.owner && !p.rootValid() {
		return p
	}
	return nil
}

// replace sets the subtree at boundary height hb covering addr to the given node: a page when
// hb == PageHeight, an inode otherwise, or nothing (nil, nil) for the zero subtree. The path above is
// cloned as needed and invalidated, page counts are updated and emptied inodes are pruned.
func (m *Memory) replace(addr uint64, hb uint, pg *page, in *inode) {
	oldPg, oldIn := m.lookupNode(addr, hb)
	if oldPg == pg && oldIn == in {
		return
	}
	m.wPage = nil
	if hb == Depth {
		m.root = in
		return
	}
	count := func(p *page, n *inode) uint32 {
		switch {
		case p != nil:
			return 1
		case n != nil:
			return n.npages
		}
		return 0
	}
	oldCount, newCount := count(oldPg, oldIn), count(pg, in)

	o := m.tok()
	idx := addr >> PageBits
	depth := int(Depth-hb) / fanoutBits
	var path [levels]*inode
	pp := &m.root
	for level := 0; level < depth; level++ {
		n := *pp
		switch {
		case n == nil:
			n = newInode(o, level)
			*pp = n
		case n.owner != o:
			n = n.clone(o)
			*pp = n
		}
		path[level] = n
		c := slot(idx, level)
		n.invalidateSlot(c)
		switch {
		case level < depth-1:
			pp = &n.kids[c]
		case depth == levels:
			n.pages[c] = pg
		default:
			n.kids[c] = in
		}
	}
	for _, n := range path[:depth] {
		n.npages = n.npages - oldCount + newCount
	}
	for level := depth - 1; level >= 0 && path[level].npages == 0; level-- {
		if level == 0 {
			m.root = nil
		} else {
			path[level-1].kids[slot(idx, level-1)] = nil
		}
	}
}

// ReadLeaf returns the 32-byte leaf at addr, which must be 32-aligned.
func (m *Memory) ReadLeaf(addr uint64) (v [LeafSize]byte) {
	checkLeaf("ReadLeaf", addr)
	if p := m.lookupPage(addr >> PageBits); p != nil {
		v = [LeafSize]byte(p.data[addr&pageMask:])
	}
	return v
}

// WriteLeaf sets the 32-byte leaf at addr, which must be 32-aligned.
func (m *Memory) WriteLeaf(addr uint64, v [LeafSize]byte) {
	checkLeaf("WriteLeaf", addr)
	idx := addr >> PageBits
	p := m.cachedPage(idx)
	if p == nil {
		if v == ([LeafSize]byte{}) && m.lookupPage(idx) == nil {
			return // zero into a zero page: nothing changes
		}
		p = m.pageForWrite(idx, false)
		m.wIdx, m.wPage = idx, p
	}
	off := uint(addr & pageMask)
	*(*[LeafSize]byte)(p.data[off:]) = v
	p.invalidateLeaves(off/LeafSize, off/LeafSize)
}

// Read fills buf with the bytes at [addr, addr+len(buf)). Absent pages read as zero.
func (m *Memory) Read(addr uint64, buf []byte) {
	checkRange("Read", addr, len(buf))
	for len(buf) > 0 {
		off := addr & pageMask
		n := min(uint64(len(buf)), PageSize-off)
		if p := m.lookupPage(addr >> PageBits); p != nil {
			copy(buf[:n], p.data[off:])
		} else {
			clear(buf[:n])
		}
		addr += n
		buf = buf[n:]
	}
}

// Bytes returns the n bytes at [addr, addr+n) without copying them, when they lie in one page: a
// slice of the page's data (or of a page of zeros, where the page is absent). ok is false, and b
// nil, when the range crosses a page boundary: Read it instead. The caller must not modify b,
// and b holds m's bytes only until the next method that modifies m. Like Read, Bytes may run
// concurrently with other reads (and with a Region's writes to other bytes).
func (m *Memory) Bytes(addr uint64, n int) (b []byte, ok bool) {
	checkRange("Bytes", addr, n)
	off := addr & pageMask
	if off+uint64(n) > PageSize {
		return nil, false
	}
	if p := m.lookupPage(addr >> PageBits); p != nil {
		return p.data[off : off+uint64(n) : off+uint64(n)], true
	}
	return zeroPage[:n:n], true
}

// Write copies data to [addr, addr+len(data)). It works a page at a time: a whole-page chunk is one
// copy and one reset of the page's valid bits, a whole page of zeros deletes the page, and zeros
// written into an absent page change nothing and create nothing.
func (m *Memory) Write(addr uint64, data []byte) {
	checkRange("Write", addr, len(data))
	for len(data) > 0 {
		idx := addr >> PageBits
		off := addr & pageMask
		n := min(uint64(len(data)), PageSize-off)
		chunk := data[:n]
		switch {
		case n == PageSize && isZero(chunk):
			if m.lookupPage(idx) != nil {
				m.replace(addr, PageHeight, nil, nil)
			}
		case n == PageSize:
			p := m.cachedPage(idx)
			if p == nil {
				p = m.pageForWrite(idx, true)
			}
			p.data = [PageSize]byte(chunk)
			p.valid = [2]uint64{}
			m.wIdx, m.wPage = idx, p
		default:
			p := m.cachedPage(idx)
			if p == nil {
				if isZero(chunk) && m.lookupPage(idx) == nil {
					break
				}
				p = m.pageForWrite(idx, false)
				m.wIdx, m.wPage = idx, p
			}
			copy(p.data[off:], chunk)
			p.invalidateLeaves(uint(off)/LeafSize, uint(off+n-1)/LeafSize)
		}
		addr += n
		data = data[n:]
	}
}

// Zero sets the aligned subtree [addr, addr+32<<height) to zero. Whole pages and interior nodes in it
// are dropped; a page that is left all zero by a partial Zero is deleted as well.
func (m *Memory) Zero(addr uint64, height uint) {
	checkNode("Zero", addr, height)
	if height >= PageHeight {
		hb := boundary(height)
		step := uint64(LeafSize) << hb
		for i := range uint64(1) << (height - hb) {
			m.replace(addr+i*step, hb, nil, nil)
		}
		return
	}
	idx := addr >> PageBits
	p := m.lookupPage(idx)
	if p == nil {
		return
	}
	off, end := addr&pageMask, addr&pageMask+LeafSize<<height
	switch {
	case isZero(p.data[:off]) && isZero(p.data[end:]):
		m.replace(addr, PageHeight, nil, nil)
	case isZero(p.data[off:end]):
		// already zero: nothing changes
	default:
		p = m.pageForWrite(idx, false)
		clear(p.data[off:end])
		p.invalidateLeaves(uint(off)/LeafSize, uint(end-1)/LeafSize)
		m.wIdx, m.wPage = idx, p
	}
}

// Graft makes the aligned subtree [dst, dst+32<<height) of m equal to the subtree
// [srcAddr, srcAddr+32<<height) of src (which may be m). The root changes exactly as if the bytes had
// been written.
//
// For height ≥ 7 nothing is copied: m shares src's pages and interior nodes, hash caches included.
// Graft first hashes the source subtree in src (work that the next root of m would need anyway) so
// that neither side hashes it again, and gives src a new ownership token so that neither side can
// modify the shared nodes in place; src's content does not change. Below height 7 the bytes are
// copied.
func (m *Memory) Graft(dst uint64, src *Memory, srcAddr uint64, height uint) {
	checkNode("Graft", dst, height)
	checkNode("Graft (source)", srcAddr, height)
	if src == nil {
		panic("memory: Graft from a nil source")
	}
	if src == m && srcAddr == dst {
		return
	}
	if height < PageHeight {
		var buf [PageSize / 2]byte
		b := buf[:LeafSize<<height]
		src.Read(srcAddr, b)
		if isZero(b) {
			m.Zero(dst, height)
		} else {
			m.Write(dst, b)
		}
		return
	}
	hb := boundary(height)
	step := uint64(LeafSize) << hb
	cnt := uint64(1) << (height - hb)
	var pgs [maxGraft]*page
	var ins [maxGraft]*inode
	freeze := false
	for i := range cnt {
		a := srcAddr + i*step
		src.NodeHash(a, hb)
		pgs[i], ins[i] = src.lookupNode(a, hb)
		if (pgs[i] != nil && pgs[i].owner == src.owner) || (ins[i] != nil && ins[i].owner == src.owner) {
			freeze = true
		}
	}
	if freeze {
		src.freeze()
	}
	for i := range cnt {
		m.replace(dst+i*step, hb, pgs[i], ins[i])
	}
}

// Snapshot returns a copy-on-write clone of m in O(1). Afterwards m and the clone are independent and
// both writable; the first write to a shared page in either one copies that page and its path.
//
// Snapshot does not hash. Hashes that are invalid at the time of the snapshot are computed separately
// by each side that later needs them; call Root first if both sides will need roots.
func (m *Memory) Snapshot() *Memory {
	c := &Memory{root: m.root, owner: new(owner)}
	m.freeze()
	return c
}

// PageCount returns the number of pages that are present (possibly all zero after partial writes of
// zeros; never after Zero).
func (m *Memory) PageCount() int {
	if m.root == nil {
		return 0
	}
	return int(m.root.npages)
}

// ForEachPage calls fn for every present page in ascending address order, stopping at the first
// error, which it returns wrapped with the page's address. data may be shared with other memories:
// fn must not modify it, and must copy it to keep it beyond the call or past a write to m.
func (m *Memory) ForEachPage(fn func(addr uint64, data *[PageSize]byte) error) error {
	return walkPages(m.root, 0, 0, fn)
}

func walkPages(n *inode, level int, prefix uint64, fn func(uint64, *[PageSize]byte) error) error {
	if n == nil {
		return nil
	}
	for c := range uint64(fanout) {
		idx := prefix<<fanoutBits | c
		if level < levels-1 {
			if err := walkPages(n.kids[c], level+1, idx, fn); err != nil {
				return err
			}
			continue
		}
		if p := n.pages[c]; p != nil {
			if err := fn(idx<<PageBits, &p.data); err != nil {
				return fmt.Errorf("page %#x: %w", idx<<PageBits, err)
			}
		}
	}
	return nil
}

// zeroPage is a read-only page of zeros for comparisons.
var zeroPage [PageSize]byte

// isZero reports whether b (at most a page long) is all zero.
func isZero(b []byte) bool { return bytes.Equal(b, zeroPage[:len(b)]) }

func checkLeaf(op string, addr uint64) {
	if addr >= Size || addr&leafMask != 0 {
		panic(fmt.Sprintf("memory: %s: leaf address %#x is not a 32-byte aligned address below 2^40", op, addr))
	}
}

func checkNode(op string, addr uint64, height uint) {
	if height > Depth {
		panic(fmt.Sprintf("memory: %s: height %d above the tree depth %d", op, height, Depth))
	}
	if addr >= Size || addr&(uint64(LeafSize)<<height-1) != 0 {
		panic(fmt.Sprintf("memory: %s: node address %#x at height %d is not a multiple of %#x below 2^40",
			op, addr, height, uint64(LeafSize)<<height))
	}
}

func checkRange(op string, addr uint64, n int) {
	if addr > Size || uint64(n) > Size-addr {
		panic(fmt.Sprintf("memory: %s: range [%#x, %#x+%d) exceeds the 2^40-byte memory", op, addr, addr, n))
	}
}
