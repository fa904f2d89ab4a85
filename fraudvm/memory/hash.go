package memory

import (
	"bytes"
	"fmt"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/keccak"
)

// Precomputed tables (read-only after package initialisation).
var (
	// zeroHashes[h] is the root of an all-zero subtree of height h.
	zeroHashes = func() (z [Depth + 1]common.Hash) {
		for h := 1; h <= Depth; h++ {
			z[h] = crypto.Keccak256Hash(z[h-1][:], z[h-1][:])
		}
		return z
	}()
	// zeroPairs[h] is zeroHashes[h] twice: the children of a zero node of height h+1.
	zeroPairs = func() (z [Depth][2 * hashSize]byte) {
		for h := range z {
			copy(z[h][:hashSize], zeroHashes[h][:])
			copy(z[h][hashSize:], zeroHashes[h][:])
		}
		return z
	}()
	// zeroPageNodes are the inner node hashes of an all-zero page.
	zeroPageNodes = func() (z [(pageLeaves - 1) * hashSize]byte) {
		for j := uint(1); j < pageLeaves; j++ {
			copy(z[(j-1)*hashSize:], zeroHashes[pageNodeHeight(j)][:])
		}
		return z
	}()
	// zeroInodeHashes[level] are the inner node hashes of an all-zero inode at that level.
	zeroInodeHashes = func() (z [levels][(fanout - 1) * hashSize]byte) {
		for level := range z {
			for j := uint(1); j < fanout; j++ {
				copy(z[level][(j-1)*hashSize:], zeroHashes[inodeNodeHeight(level, j)][:])
			}
		}
		return z
	}()
)

// pageNodeHeight is the height of heap node j (1..255) of a page.
func pageNodeHeight(j uint) uint { return PageHeight + 1 - uint(bits.Len(j)) }

// inodeNodeHeight is the height of heap node j (1..31) of an inode at the given level.
func inodeNodeHeight(level int, j uint) uint { return inodeHeight(level) + 1 - uint(bits.Len(j)) }

// ZeroHash returns the root of an all-zero subtree of the given height (0..35): 32 zero bytes for a
// leaf, keccak256(Z[h-1] ‖ Z[h-1]) above.
func ZeroHash(height uint) common.Hash {
	if height > Depth {
		panic(fmt.Sprintf("memory: ZeroHash: height %d above the tree depth %d", height, Depth))
	}
	return zeroHashes[height]
}

// hasher is a reusable keccak state, with a batch for hashing many nodes at once. Node hashing never
// allocates (after a hasher's first batch).
type hasher struct {
	st    crypto.KeccakState
	buf   [2 * hashSize]byte
	batch *batch // allocated on first use: NodeRootFromProof's hashers never batch
}

func newHasher() *hasher { return &hasher{st: crypto.NewKeccakState()} }

// node writes to out the value of a node of height ht ≥ 1 whose children's values are in (64 bytes).
// Pairs of zero subtrees are answered from the table: sparse pages and padded tensors have many.
func (h *hasher) node(in, out []byte, ht uint) {
	if bytes.Equal(in, zeroPairs[ht-1][:]) {
		copy(out, zeroHashes[ht][:])
		return
	}
	h.single(in, out)
}

// single hashes one node with go-ethereum's keccak, without the zero-pair check.
func (h *hasher) single(in, out []byte) {
	h.st.Reset()
	h.st.Write(in)
	h.st.Read(out[:hashSize])
}

// batchSize is the most nodes a batch holds: a page's widest level, and 8 inodes' widest level.
const batchSize = pageLeaves / 2

// batch gathers nodes to hash together with keccak.Sum64, which hashes several independent messages
// per keccak permutation (8 with AVX-512): each node's children are copied in when it is added, and
// the digests are copied out to the nodes by flush. A node's value may be read only after the flush
// that follows its add.
type batch struct {
	n    int
	src  [batchSize * 2 * hashSize]byte
	dst  [batchSize * hashSize]byte
	outs [batchSize]*[hashSize]byte
}

func (h *hasher) getBatch() *batch {
	if h.batch == nil {
		h.batch = new(batch)
	}
	return h.batch
}

// add queues the node of height ht ≥ 1 whose children's values are l and r (32 bytes each), to be
// written to out. A pair of zero subtrees is answered at once from the table.
func (h *hasher) add(l, r []byte, out *[hashSize]byte, ht uint) {
	z := zeroHashes[ht-1][:]
	if bytes.Equal(l, z) && bytes.Equal(r, z) {
		*out = zeroHashes[ht]
		return
	}
	b := h.getBatch()
	if b.n == batchSize {
		h.flush()
	}
	copy(b.src[b.n*2*hashSize:], l[:hashSize])
	copy(b.src[b.n*2*hashSize+hashSize:], r[:hashSize])
	b.outs[b.n] = out
	b.n++
}

// flush hashes the queued nodes and writes their values. A lone node is hashed as single nodes
// always are: a batch of one costs a vector permutation for one result.
func (h *hasher) flush() {
	b := h.batch
	if b == nil || b.n == 0 {
		return
	}
	if b.n == 1 {
		h.single(b.src[:2*hashSize], b.outs[0][:])
	} else {
		keccak.Sum64(b.dst[:b.n*hashSize], b.src[:b.n*2*hashSize])
		for i, out := range b.outs[:b.n] {
			*out = [hashSize]byte(b.dst[i*hashSize:])
		}
	}
	clear(b.outs[:b.n]) // drop the references to the nodes
	b.n = 0
}

// hashPage recomputes every invalid node of p, which must be owned by the caller (see hashPages).
func (h *hasher) hashPage(p *page) {
	if p.rootValid() {
		return
	}
	h.hashPages([]*page{p})
}

// hashPages recomputes every invalid node of the pages ps, which must be owned by the caller and
// have invalid roots. It works a level at a time from the leaves' parents up, across all the pages,
// batching the level's invalid nodes: children are computed before parents, and the invariant
// (invalid ⇒ ancestors invalid) means no valid node has an invalid child. Across pages because a
// page with a few written leaves has only one or two invalid nodes per level, which alone would be
// hashed one at a time; scattered writes make many such pages. The nodes of a level are adjacent,
// and so are their children, so a level that is wholly invalid and has no zero pair (a page just
// written in full) is hashed in place without copies.
func (h *hasher) hashPages(ps []*page) {
	for lo := uint(pageLeaves / 2); lo >= 1; lo >>= 1 {
		ht := pageNodeHeight(lo)
		for _, p := range ps {
			var kids []byte // the children of nodes lo..2lo-1, in order
			if lo == pageLeaves/2 {
				kids = p.data[:]
			} else {
				kids = p.nodes[(2*lo-1)*hashSize : (4*lo-1)*hashSize]
			}
			vals := p.nodes[(lo-1)*hashSize : (2*lo-1)*hashSize]
			if lo > 1 && p.levelInvalid(lo) && !hasZeroPair(kids, ht) {
				keccak.Sum64(vals, kids)
				continue
			}
			for j := lo; j < 2*lo; j++ {
				if p.isValid(j) {
					continue
				}
				in := kids[(j-lo)*2*hashSize:]
				h.add(in[:hashSize], in[hashSize:2*hashSize], (*[hashSize]byte)(vals[(j-lo)*hashSize:]), ht)
			}
		}
		h.flush()
	}
	for _, p := range ps {
		p.valid = [2]uint64{pageValid0, pageValid1}
	}
}

// hasZeroPair reports whether any of the nodes of height ht whose children are kids has two zero
// children.
func hasZeroPair(kids []byte, ht uint) bool {
	for i := 0; i < len(kids); i += 2 * hashSize {
		if bytes.Equal(kids[i:i+2*hashSize], zeroPairs[ht-1][:]) {
			return true
		}
	}
	return false
}

func (m *Memory) hasher() *hasher {
	if len(m.hs) == 0 {
		m.hs = append(m.hs, newHasher())
	}
	return m.hs[0]
}

// childRoot returns the root hash of child c of n, computing it with h if needed. n must be owned by
// m unless n's root is valid.
func (m *Memory) childRoot(h *hasher, n *inode, c uint, level int) common.Hash {
	if level == levels-1 {
		p := n.pages[c]
		if p == nil {
			return zeroHashes[PageHeight]
		}
		if !p.rootValid() {
			p = m.ownPage(&n.pages[c])
			h.hashPage(p)
		}
		return p.value(1)
	}
	k := n.kids[c]
	if k == nil {
		return zeroHashes[inodeHeight(level+1)]
	}
	if !k.rootValid() {
		k = m.own(&n.kids[c])
		m.ensureInode(h, k, 1, level+1)
	}
	return k.value(1)
}

// ensureInode makes heap node j (1..15) of n valid, hashing with h. n must be owned by m unless node
// j is valid.
func (m *Memory) ensureInode(h *hasher, n *inode, j uint, level int) {
	if n.isValid(j) {
		return
	}
	var in []byte
	if j >= fanout/2 {
		c := 2*j - fanout
		l, r := m.childRoot(h, n, c, level), m.childRoot(h, n, c+1, level)
		copy(h.buf[:hashSize], l[:])
		copy(h.buf[hashSize:], r[:])
		in = h.buf[:]
	} else {
		m.ensureInode(h, n, 2*j, level)
		m.ensureInode(h, n, 2*j+1, level)
		in = n.hashes[(2*j-1)*hashSize : (2*j+1)*hashSize]
	}
	h.node(in, n.hashes[(j-1)*hashSize:j*hashSize], inodeNodeHeight(level, j))
	n.valid |= 1 << j
}

// Root returns the memory root. Only invalid nodes are recomputed; many dirty pages are hashed in
// parallel first.
func (m *Memory) Root() common.Hash {
	if m.root == nil {
		return zeroHashes[Depth]
	}
	return m.NodeHash(0, Depth)
}

// NodeHash returns the value of the node (addr, height): the root of the aligned subtree
// [addr, addr+32<<height). At height 0 that is the leaf's raw bytes.
func (m *Memory) NodeHash(addr uint64, height uint) common.Hash {
	checkNode("NodeHash", addr, height)
	if height == 0 {
		return common.Hash(m.ReadLeaf(addr))
	}
	idx := addr >> PageBits
	pp := &m.root
	for level := 0; level < levels; level++ {
		n := *pp
		if n == nil {
			return zeroHashes[height]
		}
		low := inodeHeight(level) - fanoutBits
		c := slot(idx, level)
		if height > low {
			span := height - low // the node covers 2^span children
			j := (fanout + c) >> span
			if !n.isValid(j) {
				n = m.own(pp)
				lo := j<<span - fanout
				m.prepare(n, level, lo, lo+1<<span)
				m.ensureInode(m.hasher(), n, j, level)
			}
			return n.value(j)
		}
		if !n.rootValid() {
			n = m.own(pp)
		}
		if level == levels-1 {
			pg := &n.pages[c]
			p := *pg
			if p == nil {
				return zeroHashes[height]
			}
			j := (pageLeaves + uint(addr>>leafBits)&(pageLeaves-1)) >> height
			if !p.isValid(j) {
				p = m.ownPage(pg)
				m.hasher().hashPage(p)
			}
			return p.value(j)
		}
		pp = &n.kids[c]
	}
	panic("unreachable")
}

// ProveLeaf returns the 35 siblings of the leaf at addr (32-aligned), bottom-up: index 0 is the
// leaf's sibling, index 34 the root's other child.
func (m *Memory) ProveLeaf(addr uint64) (proof [Depth]common.Hash) {
	checkLeaf("ProveLeaf", addr)
	m.prove(addr, 0, proof[:])
	return proof
}

// ProveNode returns the Depth-height siblings of the node (addr, height), bottom-up.
func (m *Memory) ProveNode(addr uint64, height uint) []common.Hash {
	checkNode("ProveNode", addr, height)
	proof := make([]common.Hash, Depth-height)
	m.prove(addr, height, proof)
	return proof
}

// prove fills out[s-height] with the sibling at height s of the path to (addr, height).
func (m *Memory) prove(addr uint64, height uint, out []common.Hash) {
	if m.root != nil && !m.root.rootValid() {
		m.prepare(m.own(&m.root), 0, 0, fanout) // the siblings span the whole tree
	}
	idx := addr >> PageBits
	pp := &m.root
	for level := 0; level < levels; level++ {
		n := *pp
		top, low := inodeHeight(level), inodeHeight(level)-fanoutBits
		if n == nil {
			for s := height; s < top; s++ {
				out[s-height] = zeroHashes[s]
			}
			return
		}
		if !n.rootValid() {
			n = m.own(pp)
		}
		c := slot(idx, level)
		for s := max(height, low); s < top; s++ {
			j := ((fanout + c) >> (s - low)) ^ 1
			if j >= fanout {
				out[s-height] = m.childRoot(m.hasher(), n, j-fanout, level)
			} else {
				m.ensureInode(m.hasher(), n, j, level)
				out[s-height] = n.value(j)
			}
		}
		if height >= low {
			return
		}
		if level == levels-1 {
			pg := &n.pages[c]
			p := *pg
			if p == nil {
				for s := height; s < PageHeight; s++ {
					out[s-height] = zeroHashes[s]
				}
				return
			}
			if !p.rootValid() {
				p = m.ownPage(pg)
				m.hasher().hashPage(p)
			}
			leaf := pageLeaves + uint(addr>>leafBits)&(pageLeaves-1)
			for s := height; s < PageHeight; s++ {
				out[s-height] = p.value((leaf >> s) ^ 1)
			}
			return
		}
		pp = &n.kids[c]
	}
}

// Parallel hashing. A root over many dirty pages is computed level by level: one sequential pass
// collects (and makes owned) every dirty page and interior node under the requested node, then the
// pages are hashed in parallel, then each level of interior nodes from the bottom up, each node's
// children being valid by then. The sequential pass that follows finds everything valid but the
// requested node itself.
//
// Work is counted in node hashes. Level by level is worth it on one goroutine as soon as there are
// a few dirty nodes: nodes batch across pages and across interior nodes (8 per permutation with
// AVX-512) instead of being hashed one at a time by the recursive pass, and the collecting walk
// costs less than a hash per node. Measured on a 2-core Zen 5 (random leaf writes into 4096 hashed
// pages, then Root): with 93 hashes 30 µs batched against 46 µs recursive; with 240 to 1,900
// hashes 2 to 4 times faster. Goroutines pay off much later now that a batched node costs about
// 0.1 µs with its share of the walk: two goroutines were 20 % slower than one at 4,900 hashes,
// even at 13,700 and 20 % faster at 23,000, hence parallelMinWork. A level of interior nodes
// gets goroutines only when it has parallelMinLevel hashes to share out.
const (
	batchMinWork     = 64   // total work under the node for level-by-level batching
	parallelMinWork  = 8192 // total work under the node for goroutines
	parallelMinLevel = 256  // work of one level of interior nodes for goroutines
)

// dirtySet is the scratch list of nodes to hash in parallel, empty between calls.
type dirtySet struct {
	pages     []*page
	inodes    [levels][]*inode
	work      int
	levelWork [levels]int
}

// prepare hashes the dirty nodes under children lo..hi-1 of n (at level, owned by m) when there is
// enough work: in batches (hashPage, hashInodes), and in parallel where there is enough work for
// goroutines and GOMAXPROCS allows. It leaves n's own hashes to the caller.
func (m *Memory) prepare(n *inode, level int, lo, hi uint) {
	d := &m.dirty
	m.collect(d, n, level, lo, hi)
	if d.work >= batchMinWork {
		procs := 1
		if d.work >= parallelMinWork {
			procs = runtime.GOMAXPROCS(0)
		}
		ps := d.pages
		groups := (len(ps) + pageGroup - 1) / pageGroup
		m.parallel(procs, groups, func(h *hasher, i int) {
			h.hashPages(ps[i*pageGroup : min((i+1)*pageGroup, len(ps))])
		})
		for l := levels - 1; l > level; l-- {
			ins := d.inodes[l]
			if procs == 1 || d.levelWork[l] < parallelMinLevel {
				m.hashInodes(m.hasher(), ins, l)
				continue
			}
			groups := (len(ins) + inodeGroup - 1) / inodeGroup
			m.parallel(procs, groups, func(h *hasher, i int) {
				m.hashInodes(h, ins[i*inodeGroup:min((i+1)*inodeGroup, len(ins))], l)
			})
		}
	}
	clear(d.pages)
	d.pages = d.pages[:0]
	for l := range d.inodes {
		clear(d.inodes[l])
		d.inodes[l] = d.inodes[l][:0]
		d.levelWork[l] = 0
	}
	d.work = 0
}

// pageGroup is how many pages one task hashes together: enough for the one-path levels of pages
// with a single written leaf to fill a batch several times over, few enough that a bulk write's
// pages still spread over the goroutines.
const pageGroup = 32

// inodeGroup is how many inodes one parallel task hashes together: their 8 lowest nodes each fill
// a batch.
const inodeGroup = batchSize / (fanout / 2)

// hashInodes computes every invalid hash of the inodes ins (at level, owned by m), one heap level at
// a time across all of them so that the nodes batch. The children's roots should be valid already
// (prepare hashes bottom-up); one that is not is computed with h, which flushes nothing early that
// is read before its level's flush.
func (m *Memory) hashInodes(h *hasher, ins []*inode, level int) {
	for lo := uint(fanout / 2); lo >= 1; lo >>= 1 {
		ht := inodeNodeHeight(level, lo)
		for _, n := range ins {
			for j := lo; j < 2*lo; j++ {
				if n.isValid(j) {
					continue
				}
				out := (*[hashSize]byte)(n.hashes[(j-1)*hashSize:])
				if j >= fanout/2 {
					c := 2*j - fanout
					l, r := m.childRoot(h, n, c, level), m.childRoot(h, n, c+1, level)
					h.add(l[:], r[:], out, ht)
				} else {
					in := n.hashes[(2*j-1)*hashSize:]
					h.add(in[:hashSize], in[hashSize:2*hashSize], out, ht)
				}
			}
		}
		h.flush()
	}
	for _, n := range ins {
		n.valid = inodeValid
	}
}

// collect adds to d every page and inode with an invalid root under children lo..hi-1 of n (owned by
// m), making them owned, with their numbers of invalid hashes as work.
func (m *Memory) collect(d *dirtySet, n *inode, level int, lo, hi uint) {
	for c := lo; c < hi; c++ {
		if level == levels-1 {
			p := n.pages[c]
			if p == nil || p.rootValid() {
				continue
			}
			p = m.ownPage(&n.pages[c])
			d.pages = append(d.pages, p)
			d.work += pageLeaves - 1 - bits.OnesCount64(p.valid[0]) - bits.OnesCount64(p.valid[1])
			continue
		}
		k := n.kids[c]
		if k == nil || k.rootValid() {
			continue
		}
		k = m.own(&n.kids[c])
		w := fanout - 1 - bits.OnesCount16(k.valid)
		d.inodes[level+1] = append(d.inodes[level+1], k)
		d.levelWork[level+1] += w
		d.work += w
		m.collect(d, k, level+1, 0, fanout)
	}
}

// parallel runs fn(h, i) for i in [0, n) on up to procs goroutines, the calling one included, each
// with its own keccak state. fn must only write to the node it is given, which no other call touches.
func (m *Memory) parallel(procs, n int, fn func(h *hasher, i int)) {
	workers := min(procs, n)
	m.hasher()
	for len(m.hs) < workers {
		m.hs = append(m.hs, newHasher())
	}
	var next atomic.Int64
	run := func(h *hasher) {
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			fn(h, i)
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Add(1)
		go func(h *hasher) {
			defer wg.Done()
			run(h)
		}(m.hs[w])
	}
	run(m.hs[0])
	wg.Wait()
}

// RootFromProof folds a proof upward from a node value and returns the root it implies. With a leaf
// proof (35 siblings) leaf is the leaf's raw bytes and addr its 32-aligned address; with a shorter
// proof of 35-h siblings, leaf is the value of the interior node (addr, h) and addr must be aligned to
// 32<<h: the path bits start at bit 5+h of addr. A proof longer than 35 or a misaligned address
// panics.
func RootFromProof(leaf [32]byte, addr uint64, proof []common.Hash) common.Hash {
	if len(proof) > Depth {
		panic(fmt.Sprintf("memory: RootFromProof: %d siblings, more than the tree depth %d", len(proof), Depth))
	}
	return NodeRootFromProof(common.Hash(leaf), addr, uint(Depth-len(proof)), proof)
}

// NodeRootFromProof folds the Depth-height siblings of the node (addr, height), whose value is node,
// upward and returns the root they imply. A proof of the wrong length or a misaligned address panics.
func NodeRootFromProof(node common.Hash, addr uint64, height uint, proof []common.Hash) common.Hash {
	checkNode("NodeRootFromProof", addr, height)
	if uint(len(proof)) != Depth-height {
		panic(fmt.Sprintf("memory: NodeRootFromProof: %d siblings for a node of height %d, want %d",
			len(proof), height, Depth-height))
	}
	h := newHasher()
	path := addr >> (leafBits + height)
	for i := range proof {
		if path>>i&1 == 0 {
			copy(h.buf[:hashSize], node[:])
			copy(h.buf[hashSize:], proof[i][:])
		} else {
			copy(h.buf[:hashSize], proof[i][:])
			copy(h.buf[hashSize:], node[:])
		}
		h.node(h.buf[:], node[:], height+uint(i)+1)
	}
	return node
}
