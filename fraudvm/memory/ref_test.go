package memory

import (
	"bytes"
	"fmt"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// refZero is the zero-subtree table, computed independently of the package's.
var refZero = func() (z [Depth + 1]common.Hash) {
	for h := 1; h <= Depth; h++ {
		z[h] = crypto.Keccak256Hash(append(z[h-1].Bytes(), z[h-1].Bytes()...))
	}
	return z
}()

// ref is the naive reference memory: a map from leaf index to the non-zero leaves, and a full
// recomputation of any node from the sorted leaf indices under it.
type ref struct {
	leaves map[uint64][LeafSize]byte
	sorted []uint64                  // sorted keys of leaves, nil when stale
	memo   map[[2]uint64]common.Hash // node values by (first leaf, height), nil when stale
}

func newRef() *ref { return &ref{leaves: map[uint64][LeafSize]byte{}} }

func (r *ref) clone() *ref {
	c := newRef()
	for k, v := range r.leaves {
		c.leaves[k] = v
	}
	return c
}

func (r *ref) set(leaf uint64, v [LeafSize]byte) {
	r.sorted, r.memo = nil, nil
	if v == ([LeafSize]byte{}) {
		delete(r.leaves, leaf)
	} else {
		r.leaves[leaf] = v
	}
}

func (r *ref) write(addr uint64, data []byte) {
	for len(data) > 0 {
		leaf, off := addr/LeafSize, addr%LeafSize
		v := r.leaves[leaf]
		n := copy(v[off:], data)
		r.set(leaf, v)
		addr += uint64(n)
		data = data[n:]
	}
}

func (r *ref) read(addr uint64, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		v := r.leaves[(addr+uint64(i))/LeafSize]
		out[i] = v[(addr+uint64(i))%LeafSize]
	}
	return out
}

// keysIn returns the sorted leaf indices in the node (addr, h).
func (r *ref) keysIn(addr uint64, h uint) []uint64 {
	if r.sorted == nil {
		r.sorted = make([]uint64, 0, len(r.leaves))
		for k := range r.leaves {
			r.sorted = append(r.sorted, k)
		}
		slices.Sort(r.sorted)
	}
	lo, hi := addr/LeafSize, addr/LeafSize+1<<h
	i := sort.Search(len(r.sorted), func(i int) bool { return r.sorted[i] >= lo })
	j := sort.Search(len(r.sorted), func(i int) bool { return r.sorted[i] >= hi })
	return r.sorted[i:j]
}

func (r *ref) zero(addr uint64, h uint) {
	for _, k := range slices.Clone(r.keysIn(addr, h)) {
		r.set(k, [LeafSize]byte{})
	}
}

func (r *ref) graft(dst uint64, src *ref, srcAddr uint64, h uint) {
	vals := map[uint64][LeafSize]byte{}
	for _, k := range src.keysIn(srcAddr, h) {
		vals[k-srcAddr/LeafSize] = src.leaves[k]
	}
	r.zero(dst, h)
	for k, v := range vals {
		r.set(dst/LeafSize+k, v)
	}
}

func (r *ref) node(addr uint64, h uint) common.Hash {
	return r.hash(r.keysIn(addr, h), addr/LeafSize, h)
}

func (r *ref) root() common.Hash { return r.node(0, Depth) }

// hash recomputes the node of height h whose first leaf index is base, from its sorted keys. Values
// of non-empty nodes are memoised until the next change, so that a root and all of a proof's siblings
// cost one pass over the leaves.
func (r *ref) hash(keys []uint64, base uint64, h uint) common.Hash {
	if len(keys) == 0 {
		return refZero[h]
	}
	if h == 0 {
		return common.Hash(r.leaves[keys[0]])
	}
	if v, ok := r.memo[[2]uint64{base, uint64(h)}]; ok {
		return v
	}
	mid := base + 1<<(h-1)
	i := sort.Search(len(keys), func(i int) bool { return keys[i] >= mid })
	left, right := r.hash(keys[:i], base, h-1), r.hash(keys[i:], mid, h-1)
	v := crypto.Keccak256Hash(left[:], right[:])
	if r.memo == nil {
		r.memo = map[[2]uint64]common.Hash{}
	}
	r.memo[[2]uint64{base, uint64(h)}] = v
	return v
}

// nonZeroPages returns the page addresses holding a non-zero leaf.
func (r *ref) nonZeroPages() map[uint64]bool {
	pages := map[uint64]bool{}
	for k := range r.leaves {
		pages[k*LeafSize&^pageMask] = true
	}
	return pages
}

// checkInvariants verifies the internal representation of m: page counts, no empty interior nodes,
// every valid cached hash equal to its recomputation, invalid hashes having only invalid ancestors,
// owned nodes only under owned parents, and the write cache pointing into the tree.
func checkInvariants(m *Memory) error {
	if m.root == nil {
		if m.wPage != nil {
			return fmt.Errorf("write cache set in an empty memory")
		}
		return nil
	}
	c := &invChecker{m: m}
	if _, _, err := c.inode(m.root, 0, 0, true); err != nil {
		return err
	}
	if m.wPage != nil && !c.sawWPage {
		return fmt.Errorf("write cache page %#x is not in the tree", m.wIdx<<PageBits)
	}
	return nil
}

type invChecker struct {
	m        *Memory
	sawWPage bool
}

// inode returns the node's true root and page count.
func (c *invChecker) inode(n *inode, level int, prefix uint64, parentOwned bool) (common.Hash, uint32, error) {
	owned := n.owner == c.m.owner
	if owned && !parentOwned {
		return common.Hash{}, 0, fmt.Errorf("owned inode at level %d under a shared parent", level)
	}
	var heap [2 * fanout]common.Hash
	var valid [2 * fanout]bool
	var count uint32
	for k := uint(0); k < fanout; k++ {
		idx := prefix<<fanoutBits | uint64(k)
		j := fanout + k
		if level == levels-1 {
			p := n.pages[k]
			if p == nil {
				heap[j], valid[j] = refZero[PageHeight], true
				continue
			}
			if p == c.m.wPage && idx == c.m.wIdx {
				c.sawWPage = true
			}
			h, err := c.page(p, owned)
			if err != nil {
				return h, 0, fmt.Errorf("page %#x: %w", idx<<PageBits, err)
			}
			heap[j], valid[j] = h, p.rootValid()
			count++
			continue
		}
		kid := n.kids[k]
		if kid == nil {
			heap[j], valid[j] = refZero[inodeHeight(level+1)], true
			continue
		}
		h, cnt, err := c.inode(kid, level+1, idx, owned)
		if err != nil {
			return h, 0, err
		}
		heap[j], valid[j] = h, kid.rootValid()
		count += cnt
	}
	for j := uint(fanout - 1); j >= 1; j-- {
		heap[j] = crypto.Keccak256Hash(heap[2*j][:], heap[2*j+1][:])
		valid[j] = n.isValid(j)
		if valid[j] {
			if n.value(j) != heap[j] {
				return common.Hash{}, 0, fmt.Errorf("inode level %d node %d: cached hash is stale", level, j)
			}
			if !valid[2*j] || !valid[2*j+1] {
				return common.Hash{}, 0, fmt.Errorf("inode level %d node %d: valid above an invalid child", level, j)
			}
		}
	}
	if count == 0 {
		return common.Hash{}, 0, fmt.Errorf("empty inode at level %d", level)
	}
	if count != n.npages {
		return common.Hash{}, 0, fmt.Errorf("inode level %d: npages %d, counted %d", level, n.npages, count)
	}
	return heap[1], count, nil
}

func (c *invChecker) page(p *page, parentOwned bool) (common.Hash, error) {
	if p.owner == c.m.owner && !parentOwned {
		return common.Hash{}, fmt.Errorf("owned page under a shared parent")
	}
	if p.valid[0]&1 != 0 {
		return common.Hash{}, fmt.Errorf("valid bit 0 set")
	}
	var heap [2 * pageLeaves]common.Hash
	for i := uint(0); i < pageLeaves; i++ {
		heap[pageLeaves+i] = common.Hash(p.data[i*LeafSize:])
	}
	for j := uint(pageLeaves - 1); j >= 1; j-- {
		heap[j] = crypto.Keccak256Hash(heap[2*j][:], heap[2*j+1][:])
		if !p.isValid(j) {
			continue
		}
		if !bytes.Equal(p.nodes[(j-1)*hashSize:j*hashSize], heap[j][:]) {
			return common.Hash{}, fmt.Errorf("node %d: cached hash is stale", j)
		}
		if j < pageLeaves/2 && (!p.isValid(2*j) || !p.isValid(2*j+1)) {
			return common.Hash{}, fmt.Errorf("node %d: valid above an invalid child", j)
		}
	}
	return heap[1], nil
}
