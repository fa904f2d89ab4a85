package memory

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/ethereum/go-ethereum/common"
)

// source supplies the decisions of a random operation sequence: a seeded PRNG in the random tests,
// the fuzzer's bytes in the fuzz target.
type source interface {
	Uint64N(n uint64) uint64
}

// byteSource decodes decisions from fuzz input; it reports exhausted once the bytes run out.
type byteSource struct {
	b         []byte
	exhausted bool
}

func (s *byteSource) Uint64N(n uint64) uint64 {
	var v uint64
	for k := n - 1; ; k >>= 8 {
		if len(s.b) == 0 {
			s.exhausted = true
			break
		}
		v = v<<8 | uint64(s.b[0])
		s.b = s.b[1:]
		if k < 256 {
			break
		}
	}
	return v % n
}

// bases are the neighbourhoods operations touch: memory's two ends, page and radix boundaries, and
// the scratch regions, so that operations overlap and cross every kind of boundary.
var bases = []uint64{
	0,
	PageSize - 0x40,
	1 << 20,
	1<<31 - 0x800,
	isa.ScratchBase,
	isa.RegionOutput.Base() - 0x2000,
	Size - 0x4000,
}

// world runs random operations on a few memories and their references.
type world struct {
	src  source
	data *rand.Rand // byte content, seeded from src
	mems []*Memory
	refs []*ref
	log  []string // the operations so far, for failure messages
}

const worldSlots = 3

func newWorld(src source) *world {
	w := &world{src: src, data: rand.New(rand.NewPCG(src.Uint64N(1<<63), 1))}
	for range worldSlots {
		w.mems = append(w.mems, New())
		w.refs = append(w.refs, newRef())
	}
	return w
}

func (w *world) logf(format string, args ...any) {
	w.log = append(w.log, fmt.Sprintf(format, args...))
}

func (w *world) history() string {
	const keep = 40
	l := w.log
	if len(l) > keep {
		l = l[len(l)-keep:]
	}
	return fmt.Sprintf("last %d of %d ops:\n  %s", len(l), len(w.log), strings.Join(l, "\n  "))
}

// addr picks an address near one of the bases, clamped so that n bytes fit.
func (w *world) addr(n uint64) uint64 {
	a := bases[w.src.Uint64N(uint64(len(bases)))] + w.src.Uint64N(0x4000)
	if a > Size-n {
		a = Size - n
	}
	return a
}

// height picks a node height, favouring the interesting ones around page and radix boundaries.
func (w *world) height() uint {
	switch w.src.Uint64N(4) {
	case 0:
		return uint(w.src.Uint64N(PageHeight + 1))
	case 1:
		return uint(PageHeight + w.src.Uint64N(9))
	default:
		return uint(w.src.Uint64N(Depth + 1))
	}
}

func (w *world) nodeAddr(h uint) uint64 {
	return w.addr(0) &^ (uint64(LeafSize)<<h - 1)
}

// bytes returns n bytes of content: random, zero, or random with zero runs.
func (w *world) bytes(n int) []byte {
	b := make([]byte, n)
	switch w.src.Uint64N(4) {
	case 0: // zero
	case 1:
		for i := range b {
			if w.data.IntN(8) == 0 {
				b[i] = byte(w.data.Uint32())
			}
		}
	default:
		for i := range b {
			b[i] = byte(w.data.Uint32())
		}
	}
	return b
}

func (w *world) slot() int { return int(w.src.Uint64N(worldSlots)) }

// step performs one random operation. It returns an error if a check fails.
func (w *world) step() error {
	s := w.slot()
	m, r := w.mems[s], w.refs[s]
	switch op := w.src.Uint64N(14); op {
	case 0, 1: // small write, possibly across a page boundary
		n := int(w.src.Uint64N(300))
		a := w.addr(uint64(n))
		data := w.bytes(n)
		w.logf("m%d.Write(%#x, %d bytes)", s, a, n)
		m.Write(a, data)
		r.write(a, data)
	case 2: // write of a few pages, possibly unaligned
		n := int(w.src.Uint64N(4*PageSize) + 1)
		a := w.addr(uint64(n))
		if w.src.Uint64N(2) == 0 {
			a &^= pageMask
		}
		data := w.bytes(n)
		w.logf("m%d.Write(%#x, %d bytes)", s, a, n)
		m.Write(a, data)
		r.write(a, data)
	case 3: // leaf write
		a := w.addr(LeafSize) &^ leafMask
		v := [LeafSize]byte(w.bytes(LeafSize))
		w.logf("m%d.WriteLeaf(%#x, %x)", s, a, v[:4])
		m.WriteLeaf(a, v)
		r.write(a, v[:])
	case 4: // zero a subtree
		h := w.height()
		a := w.nodeAddr(h)
		w.logf("m%d.Zero(%#x, %d)", s, a, h)
		m.Zero(a, h)
		r.zero(a, h)
	case 5: // graft a subtree, from another memory or within one
		d := w.slot()
		h := w.height()
		dst, srcAddr := w.nodeAddr(h), w.nodeAddr(h)
		w.logf("m%d.Graft(%#x, m%d, %#x, %d)", s, dst, d, srcAddr, h)
		m.Graft(dst, w.mems[d], srcAddr, h)
		r.graft(dst, w.refs[d], srcAddr, h)
	case 6: // snapshot into another slot, sometimes after hashing
		d := w.slot()
		if w.src.Uint64N(2) == 0 {
			m.Root()
		}
		w.logf("m%d = m%d.Snapshot()", d, s)
		w.mems[d] = m.Snapshot()
		w.refs[d] = r.clone()
	case 7: // reads
		n := int(w.src.Uint64N(3 * PageSize))
		a := w.addr(uint64(n))
		got := make([]byte, n)
		m.Read(a, got)
		if want := r.read(a, n); !bytes.Equal(got, want) {
			return fmt.Errorf("m%d.Read(%#x, %d) differs from the reference", s, a, n)
		}
		if b, ok := m.Bytes(a, n); ok != (n == 0 || a%PageSize+uint64(n) <= PageSize) || ok && !bytes.Equal(b, got) {
			return fmt.Errorf("m%d.Bytes(%#x, %d): ok %v, differing from Read", s, a, n, ok)
		}
		la := a &^ leafMask
		if got, want := m.ReadLeaf(la), [LeafSize]byte(r.read(la, LeafSize)); got != want {
			return fmt.Errorf("m%d.ReadLeaf(%#x) = %x, want %x", s, la, got, want)
		}
	case 8, 9: // root
		w.logf("m%d.Root()", s)
		if got, want := m.Root(), r.root(); got != want {
			return fmt.Errorf("m%d.Root() = %s, want %s", s, got, want)
		}
	case 10: // node hash and node proof
		h := w.height()
		a := w.nodeAddr(h)
		w.logf("m%d.ProveNode(%#x, %d)", s, a, h)
		return checkNodeProof(m, r, a, h)
	case 11: // leaf proof
		a := w.addr(LeafSize) &^ leafMask
		w.logf("m%d.ProveLeaf(%#x)", s, a)
		return checkLeafProof(m, r, a)
	case 12: // invariants
		if err := checkInvariants(m); err != nil {
			return fmt.Errorf("m%d: %w", s, err)
		}
	case 13: // a write through a Region, in pieces: WriteAt, or in place through Bytes or Page
		n := int(w.src.Uint64N(3*PageSize) + 1)
		a := w.addr(uint64(n))
		if w.src.Uint64N(2) == 0 {
			a &^= pageMask
		}
		overwrite := w.src.Uint64N(2) == 0
		data := w.bytes(n)
		w.logf("m%d.OpenRegion(%#x, %d bytes, %v)", s, a, n, overwrite)
		reg := m.OpenRegion(a, n, overwrite)
		for off := 0; off < n; {
			c := min(n-off, int(w.src.Uint64N(2*PageSize)+1))
			piece := data[off : off+c]
			pos := int(a%PageSize) + off
			switch w.src.Uint64N(3) {
			case 0:
				if b, ok := reg.Bytes(off, c); ok {
					copy(b, piece)
					break
				}
				reg.WriteAt(off, piece)
			case 1:
				if pos/PageSize == (pos+c-1)/PageSize {
					copy(reg.Page(pos / PageSize)[pos%PageSize:], piece)
					break
				}
				reg.WriteAt(off, piece)
			default:
				reg.WriteAt(off, piece)
			}
			off += c
		}
		reg.Close()
		r.write(a, data)
	}
	return nil
}

// checkAll compares every memory with its reference in full.
func (w *world) checkAll() error {
	for s, m := range w.mems {
		if err := checkMemory(m, w.refs[s]); err != nil {
			return fmt.Errorf("m%d: %w", s, err)
		}
	}
	return nil
}

func checkMemory(m *Memory, r *ref) error {
	if err := checkInvariants(m); err != nil {
		return err
	}
	if got, want := m.Root(), r.root(); got != want {
		return fmt.Errorf("Root() = %s, want %s", got, want)
	}
	if err := checkInvariants(m); err != nil {
		return fmt.Errorf("after Root: %w", err)
	}
	// Every page is enumerated once, in order, with the reference's bytes; every non-zero reference
	// page is among them.
	nonZero := r.nonZeroPages()
	seen, last := 0, int64(-1)
	err := m.ForEachPage(func(addr uint64, data *[PageSize]byte) error {
		if int64(addr) <= last {
			return fmt.Errorf("out of order after %#x", last)
		}
		last = int64(addr)
		if !bytes.Equal(data[:], r.read(addr, PageSize)) {
			return fmt.Errorf("content differs from the reference")
		}
		if nonZero[addr] {
			seen++
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("ForEachPage: %w", err)
	}
	if seen != len(nonZero) {
		return fmt.Errorf("ForEachPage saw %d of the %d non-zero pages", seen, len(nonZero))
	}
	n := 0
	_ = m.ForEachPage(func(uint64, *[PageSize]byte) error { n++; return nil })
	if n != m.PageCount() {
		return fmt.Errorf("PageCount() = %d, ForEachPage saw %d", m.PageCount(), n)
	}
	return nil
}

// checkNodeProof checks NodeHash against the reference and the node's proof against the root, both
// element by element and folded.
func checkNodeProof(m *Memory, r *ref, a uint64, h uint) error {
	if got, want := m.NodeHash(a, h), r.node(a, h); got != want {
		return fmt.Errorf("NodeHash(%#x, %d) = %s, want %s", a, h, got, want)
	}
	proof := m.ProveNode(a, h)
	if len(proof) != Depth-int(h) {
		return fmt.Errorf("ProveNode(%#x, %d): %d siblings", a, h, len(proof))
	}
	if err := checkSiblings(r, a, h, proof); err != nil {
		return err
	}
	root := r.root()
	if got := NodeRootFromProof(r.node(a, h), a, h, proof); got != root {
		return fmt.Errorf("NodeRootFromProof(%#x, %d) = %s, want %s", a, h, got, root)
	}
	if got := RootFromProof(r.node(a, h), a, proof); got != root {
		return fmt.Errorf("RootFromProof(node %#x, %d) = %s, want %s", a, h, got, root)
	}
	if len(proof) > 0 { // a wrong sibling must give another root
		bad := slices.Clone(proof)
		bad[len(bad)/2][7] ^= 1
		if NodeRootFromProof(r.node(a, h), a, h, bad) == root {
			return fmt.Errorf("a corrupted proof still folds to the root")
		}
	}
	return nil
}

func checkLeafProof(m *Memory, r *ref, a uint64) error {
	proof := m.ProveLeaf(a)
	if err := checkSiblings(r, a, 0, proof[:]); err != nil {
		return err
	}
	leaf := [LeafSize]byte(r.read(a, LeafSize))
	if got, want := RootFromProof(leaf, a, proof[:]), r.root(); got != want {
		return fmt.Errorf("RootFromProof(leaf %#x) = %s, want %s", a, got, want)
	}
	if got, want := m.Root(), r.root(); got != want {
		return fmt.Errorf("Root() after ProveLeaf = %s, want %s", got, want)
	}
	return nil
}

// checkSiblings compares each sibling with the reference's node of that height next to the path.
func checkSiblings(r *ref, a uint64, h uint, proof []common.Hash) error {
	for i, sib := range proof {
		s := h + uint(i)
		sa := (a>>(leafBits+s) ^ 1) << (leafBits + s)
		if want := r.node(sa, s); sib != want {
			return fmt.Errorf("proof of (%#x, %d): sibling at height %d is %s, want %s", a, h, s, sib, want)
		}
	}
	return nil
}
