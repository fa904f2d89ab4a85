package memory

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestNodeSizes pins the allocation sizes the design relies on: a page fits the 8 KiB size class.
func TestNodeSizes(t *testing.T) {
	if n := unsafe.Sizeof(page{}); n > 8192 {
		t.Errorf("page is %d bytes, more than the 8 KiB size class", n)
	}
	if n := unsafe.Sizeof(inode{}); n > 768 {
		t.Errorf("inode is %d bytes, more than the 768-byte size class", n)
	}
}

func TestZeroHash(t *testing.T) {
	if ZeroHash(0) != (common.Hash{}) {
		t.Fatalf("ZeroHash(0) = %s, want zero", ZeroHash(0))
	}
	for h := uint(1); h <= Depth; h++ {
		z := ZeroHash(h - 1)
		if got, want := ZeroHash(h), crypto.Keccak256Hash(z[:], z[:]); got != want {
			t.Fatalf("ZeroHash(%d) = %s, want %s", h, got, want)
		}
	}
}

func TestEmpty(t *testing.T) {
	for name, m := range map[string]*Memory{"New": New(), "zero value": {}} {
		t.Run(name, func(t *testing.T) {
			if got, want := m.Root(), ZeroHash(Depth); got != want {
				t.Fatalf("Root() = %s, want ZeroHash(35) %s", got, want)
			}
			for h := uint(0); h <= Depth; h++ {
				a := (Size - 1) &^ (uint64(LeafSize)<<h - 1)
				if got := m.NodeHash(a, h); got != ZeroHash(h) {
					t.Fatalf("NodeHash(%#x, %d) = %s, want ZeroHash", a, h, got)
				}
				for i, sib := range m.ProveNode(a, h) {
					if sib != ZeroHash(h+uint(i)) {
						t.Fatalf("ProveNode(%#x, %d)[%d] = %s, want ZeroHash(%d)", a, h, i, sib, h+uint(i))
					}
				}
			}
			if m.PageCount() != 0 {
				t.Fatalf("PageCount() = %d", m.PageCount())
			}
			buf := []byte{1, 2, 3}
			m.Read(Size-3, buf)
			if !bytes.Equal(buf, []byte{0, 0, 0}) {
				t.Fatalf("Read of empty memory = %x", buf)
			}
			m.WriteLeaf(64, [32]byte{1})
			if m.Root() == ZeroHash(Depth) || m.PageCount() != 1 {
				t.Fatalf("a write to the memory changed nothing")
			}
		})
	}
}

// TestKnownRoot folds a single leaf by hand, independently of the package and of the reference.
func TestKnownRoot(t *testing.T) {
	for _, addr := range []uint64{0, 32, 0x23_4567_89A0, Size - 32} {
		m := New()
		var v [32]byte
		for i := range v {
			v[i] = byte(i + 1)
		}
		m.WriteLeaf(addr, v)
		node := common.Hash(v)
		for h := range uint(Depth) {
			z := refZero[h]
			if addr>>(5+h)&1 == 0 {
				node = crypto.Keccak256Hash(node[:], z[:])
			} else {
				node = crypto.Keccak256Hash(z[:], node[:])
			}
		}
		if got := m.Root(); got != node {
			t.Fatalf("leaf at %#x: Root() = %s, want %s", addr, got, node)
		}
	}
}

// TestRandomOps is the main differential test: random mixed operations on three memories (writes,
// grafts, zeroing, snapshots replacing slots) compared with the naive reference as they go and in full
// at the end of each round.
func TestRandomOps(t *testing.T) {
	rounds, steps := 24, 400
	if testing.Short() {
		rounds = 6
	}
	for seed := range uint64(rounds) {
		w := newWorld(rand.New(rand.NewPCG(seed, 0x5eed)))
		for range steps {
			if err := w.step(); err != nil {
				t.Fatalf("seed %d: %v\n%s", seed, err, w.history())
			}
		}
		if err := w.checkAll(); err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, w.history())
		}
	}
}

// maxFuzzOps bounds the operations decoded from one fuzz input, so that every input runs quickly.
const maxFuzzOps = 150

// FuzzOps decodes a random operation sequence (as in TestRandomOps) from the fuzz input.
func FuzzOps(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
	f.Add(bytes.Repeat([]byte{0xff, 0x00, 0x80, 0x13, 0x37}, 60))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 4 {
		b := make([]byte, 400)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src := &byteSource{b: data}
		w := newWorld(src)
		for range maxFuzzOps {
			if src.exhausted {
				break
			}
			if err := w.step(); err != nil {
				t.Fatalf("%v\n%s", err, w.history())
			}
		}
		if err := w.checkAll(); err != nil {
			t.Fatalf("%v\n%s", err, w.history())
		}
	})
}

// TestProofsAtEnds proves leaves and nodes at every height near address 0 and near 2^40-32.
func TestProofsAtEnds(t *testing.T) {
	m, r := New(), newRef()
	rng := rand.New(rand.NewPCG(7, 7))
	for _, a := range []uint64{0, 32, 4064, 4096, Size - 32, Size - 64, Size - PageSize, Size - 1<<20} {
		v := [32]byte{}
		for i := range v {
			v[i] = byte(rng.Uint32())
		}
		m.WriteLeaf(a, v)
		r.write(a, v[:])
	}
	for _, a := range []uint64{0, 32, 4064, Size - 32, Size - 64, Size - 1<<21} {
		if err := checkLeafProof(m, r, a); err != nil {
			t.Fatal(err)
		}
		for h := uint(0); h <= Depth; h++ {
			if err := checkNodeProof(m, r, a&^(uint64(LeafSize)<<h-1), h); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Proofs requested while hashes are dirty, including in a snapshot sharing the dirty nodes.
	m.WriteLeaf(Size-32, [32]byte{9})
	r.write(Size-32, make([]byte, 32))
	r.write(Size-32, []byte{9})
	s, rs := m.Snapshot(), r.clone()
	s.WriteLeaf(0, [32]byte{8})
	rs.write(0, make([]byte, 32))
	rs.write(0, []byte{8})
	for _, c := range []struct {
		m *Memory
		r *ref
	}{{m, r}, {s, rs}} {
		for _, a := range []uint64{0, Size - 32} {
			if err := checkLeafProof(c.m, c.r, a); err != nil {
				t.Fatal(err)
			}
		}
		if err := checkMemory(c.m, c.r); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSnapshotIsolation(t *testing.T) {
	for _, hashFirst := range []bool{false, true} {
		t.Run(fmt.Sprintf("hashFirst=%v", hashFirst), func(t *testing.T) {
			m, r := New(), newRef()
			rng := rand.New(rand.NewPCG(3, 4))
			write := func(m *Memory, r *ref, a uint64, n int) {
				b := make([]byte, n)
				for i := range b {
					b[i] = byte(rng.Uint32())
				}
				m.Write(a, b)
				r.write(a, b)
			}
			write(m, r, 100, 40*PageSize)
			write(m, r, isa.ScratchBase, 64)
			if hashFirst {
				m.Root()
			} else {
				// Hashing a snapshot must not fill the shared pages' caches in place.
				d0 := dirtyPages(m)
				if d0 == 0 {
					t.Fatal("test setup: no dirty pages")
				}
				probe := m.Snapshot()
				probe.Root()
				if d := dirtyPages(m); d != d0 {
					t.Fatalf("hashing a snapshot changed %d shared pages in place", d0-d)
				}
			}
			before := r.root()
			s, rs := m.Snapshot(), r.clone()
			// Divergent writes at the same places and elsewhere, both ways.
			write(m, r, 200, 40)
			write(s, rs, 200, 40)
			write(s, rs, isa.ScratchBase+32, 32)
			write(m, r, 1<<30, 8)
			m.Zero(0, PageHeight)
			r.zero(0, PageHeight)
			if r.root() == rs.root() || r.root() == before || rs.root() == before {
				t.Fatal("test setup: the writes did not diverge")
			}
			if err := checkMemory(m, r); err != nil {
				t.Fatalf("original: %v", err)
			}
			if err := checkMemory(s, rs); err != nil {
				t.Fatalf("snapshot: %v", err)
			}
			// A second snapshot of the snapshot, then writes to the middle generation only.
			s2, rs2 := s.Snapshot(), rs.clone()
			write(s, rs, 300, PageSize)
			for _, c := range []struct {
				m *Memory
				r *ref
			}{{m, r}, {s, rs}, {s2, rs2}} {
				if err := checkMemory(c.m, c.r); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestTraceProviderPattern keeps a snapshot after every "instruction" and checks them all at the end.
func TestTraceProviderPattern(t *testing.T) {
	m, r := New(), newRef()
	rng := rand.New(rand.NewPCG(5, 6))
	var snaps []*Memory
	var refs []*ref
	for i := range 30 {
		n := 1 + rng.IntN(2*PageSize)
		a := isa.RegionArena.Base() + uint64(rng.IntN(8*PageSize))
		b := make([]byte, n)
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		m.Write(a, b)
		r.write(a, b)
		if i%3 == 0 {
			m.Root()
		}
		snaps = append(snaps, m.Snapshot())
		refs = append(refs, r.clone())
	}
	for i, s := range snaps {
		if err := checkMemory(s, refs[i]); err != nil {
			t.Fatalf("snapshot %d: %v", i, err)
		}
	}
	if err := checkMemory(m, r); err != nil {
		t.Fatal(err)
	}
}

func TestGraftAllHeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	// fill writes n random leaves at and after a (the first 16 KiB), inside and outside the subtree.
	fill := func(m *Memory, r *ref, a uint64, n int) {
		for range n {
			la := (a + rng.Uint64N(1<<14)) &^ leafMask
			v := [32]byte{byte(rng.Uint32()), byte(rng.Uint32()), 1}
			if la < Size {
				m.WriteLeaf(la, v)
				r.write(la, v[:])
			}
		}
	}
	for h := uint(0); h <= Depth; h++ {
		for _, same := range []bool{false, true} {
			size := uint64(LeafSize) << h
			srcAddr, dst := uint64(0), Size-size // distinct unless h == Depth
			src, rsrc := New(), newRef()
			fill(src, rsrc, srcAddr, 50)
			fill(src, rsrc, srcAddr+size/2, 10)
			m, r := src, rsrc
			if !same {
				m, r = New(), newRef()
				fill(m, r, dst, 30)
				fill(m, r, dst+size-min(size, 1<<13), 5)
			}
			m.Graft(dst, src, srcAddr, h)
			r.graft(dst, rsrc, srcAddr, h)
			if h >= PageHeight && !same { // the shared nodes arrive hashed (src was dirty)
				hb := boundary(h)
				for i := range uint64(1) << (h - hb) {
					pg, in := m.lookupNode(dst+i*(uint64(LeafSize)<<hb), hb)
					if (pg != nil && !pg.rootValid()) || (in != nil && !in.rootValid()) {
						t.Fatalf("height %d: grafted node %d arrived with an invalid hash", h, i)
					}
				}
			}
			if err := checkMemory(m, r); err != nil {
				t.Fatalf("height %d same=%v: %v", h, same, err)
			}
			// Both sides stay writable and independent after sharing.
			fill(m, r, dst, 5)
			if !same {
				fill(src, rsrc, srcAddr, 5)
				if err := checkMemory(src, rsrc); err != nil {
					t.Fatalf("height %d: source after graft: %v", h, err)
				}
			}
			if err := checkMemory(m, r); err != nil {
				t.Fatalf("height %d same=%v: after writes: %v", h, same, err)
			}
		}
	}
}

// TestZeroRestoresEmpty writes in many places, then undoes every write (by writing zeros, by Zero and
// by grafting the zero subtree), checking the empty root and the empty representation.
func TestZeroRestoresEmpty(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	type span struct {
		a uint64
		n int
	}
	var spans []span
	m := New()
	for range 200 {
		n := 1 + rng.IntN(3*PageSize)
		a := bases[rng.IntN(len(bases))] + rng.Uint64N(1<<16)
		a = min(a, Size-uint64(n))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32() | 1)
		}
		m.Write(a, b)
		spans = append(spans, span{a, n})
	}
	if m.Root() == ZeroHash(Depth) {
		t.Fatal("test setup: writes did not change the root")
	}
	snap := m.Snapshot()

	// Zeros written over every span restore the empty root (pages partly covered may remain).
	for _, s := range spans {
		m.Write(s.a, make([]byte, s.n))
	}
	if got := m.Root(); got != ZeroHash(Depth) {
		t.Fatalf("after writing zeros: Root() = %s, want ZeroHash(35)", got)
	}
	if err := checkInvariants(m); err != nil {
		t.Fatal(err)
	}
	// Zero on every leaf-level subtree that was written deletes the remaining pages.
	for _, s := range spans {
		for a := s.a &^ leafMask; a < s.a+uint64(s.n); a += LeafSize {
			m.Zero(a, 0)
		}
	}
	if m.PageCount() != 0 || m.root != nil {
		t.Fatalf("after Zero: PageCount() = %d, root %p; want an empty representation", m.PageCount(), m.root)
	}
	if got := m.Root(); got != ZeroHash(Depth) {
		t.Fatalf("after Zero: Root() = %s", got)
	}

	// The snapshot was untouched; Zero of whole regions and a graft of the zero subtree empty it too.
	if snap.Root() == ZeroHash(Depth) {
		t.Fatal("snapshot lost its content")
	}
	snap.Graft(isa.ScratchBase, New(), isa.ScratchBase, isa.MemoryBits-2-leafBits)
	snap.Zero(0, Depth-1)
	snap.Zero(1<<39, Depth-2)
	if snap.PageCount() != 0 || snap.root != nil || snap.Root() != ZeroHash(Depth) {
		t.Fatalf("snapshot after Zero: PageCount() = %d", snap.PageCount())
	}
}

// TestBulkWrite writes a few MiB across page and radix boundaries, with zero pages in it, and reads
// it back; then zero-fills it with whole-page writes, which must delete the pages.
func TestBulkWrite(t *testing.T) {
	n := 3<<20 + 1000
	if testing.Short() {
		n = 300<<10 + 1000
	}
	a := isa.RegionOutput.Base() - 1<<20 - 77
	b := make([]byte, n)
	rng := rand.New(rand.NewPCG(31, 32))
	for i := range b {
		if (i/PageSize)%5 != 2 { // leave some whole pages zero
			b[i] = byte(rng.Uint32())
		}
	}
	m, r := New(), newRef()
	m.WriteLeaf(a&^pageMask+PageSize*2, [32]byte{1}) // a zero page of the data overwrites this page
	r.write(a&^pageMask+PageSize*2, []byte{1})
	m.Write(a, b)
	r.write(a, b)
	got := make([]byte, n+100)
	m.Read(a-50, got)
	if !bytes.Equal(got, r.read(a-50, n+100)) {
		t.Fatal("Read after a bulk Write differs")
	}
	if err := checkMemory(m, r); err != nil {
		t.Fatal(err)
	}
	m.Write(a, make([]byte, n))
	if got := m.Root(); got != ZeroHash(Depth) {
		t.Fatalf("Root() after zero-filling = %s", got)
	}
	if m.PageCount() > 2 { // only the two partial pages at the ends may remain
		t.Fatalf("PageCount() = %d after zero-filling", m.PageCount())
	}
}

// TestParallelHashing hashes the same dirty state with parallel hashing disabled and forced, and
// checks both against the reference (also a dirty state shared by a snapshot).
func TestParallelHashing(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(41, 42))
	b := make([]byte, 200*PageSize)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		m, r := New(), newRef()
		m.Write(PageSize*3+5, b)
		r.write(PageSize*3+5, b)
		for i := range 100 {
			a := rng.Uint64N(Size) &^ leafMask
			m.WriteLeaf(a, [32]byte{byte(i), 1})
			r.write(a, []byte{byte(i), 1})
		}
		s := m.Snapshot()
		d0 := dirtyPages(s)
		if err := checkMemory(m, r); err != nil {
			t.Fatalf("GOMAXPROCS=%d: %v", procs, err)
		}
		if d := dirtyPages(s); d != d0 || d == 0 {
			t.Fatalf("GOMAXPROCS=%d: hashing m changed the dirty pages it shares with a snapshot: %d, then %d", procs, d0, d)
		}
		if err := checkMemory(s, r); err != nil {
			t.Fatalf("GOMAXPROCS=%d: snapshot: %v", procs, err)
		}
		m.Write(PageSize*40, b[:60*PageSize])
		r.write(PageSize*40, b[:60*PageSize])
		if err := checkNodeProof(m, r, 0, 20); err != nil {
			t.Fatalf("GOMAXPROCS=%d: %v", procs, err)
		}
	}
}

// TestConcurrentSnapshots uses memories that share dirty nodes from several goroutines at once
// (meaningful under -race: shared nodes must never be written).
func TestConcurrentSnapshots(t *testing.T) {
	base, rb := New(), newRef()
	b := make([]byte, 64*PageSize)
	for i := range b {
		b[i] = byte(i*7 + 1)
	}
	base.Write(PageSize, b)
	rb.write(PageSize, b)
	const n = 4
	mems := make([]*Memory, n)
	refs := make([]*ref, n)
	for i := range mems {
		mems[i], refs[i] = base.Snapshot(), rb.clone()
		refs[i].write(uint64(i)*PageSize*8+8, []byte{byte(i), 2, 3})
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range mems {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := mems[i]
			m.ProveLeaf(PageSize * 9)
			m.Write(uint64(i)*PageSize*8+8, []byte{byte(i), 2, 3})
			if got, want := m.Root(), refs[i].root(); got != want {
				errs[i] = fmt.Errorf("memory %d: Root() = %s, want %s", i, got, want)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if err := checkMemory(base, rb); err != nil {
		t.Fatal(err)
	}
}

func TestForEachPage(t *testing.T) {
	m := New()
	addrs := []uint64{Size - PageSize, 0, isa.ScratchBase, 5 * PageSize, 1 << 33}
	for i, a := range addrs {
		m.WriteLeaf(a+64, [32]byte{byte(i + 1)})
	}
	var got []uint64
	if err := m.ForEachPage(func(a uint64, d *[PageSize]byte) error {
		got = append(got, a)
		if d[64] == 0 {
			return fmt.Errorf("page %#x: written byte missing", a)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []uint64{0, 5 * PageSize, 1 << 33, isa.ScratchBase, Size - PageSize}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("ForEachPage order %#x, want %#x", got, want)
	}
	stop := errors.New("stop")
	calls := 0
	err := m.ForEachPage(func(uint64, *[PageSize]byte) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("ForEachPage with an error: %v after %d calls", err, calls)
	}
}

func TestPanics(t *testing.T) {
	m := New()
	cases := map[string]func(){
		"ReadLeaf misaligned":       func() { m.ReadLeaf(1) },
		"ReadLeaf out of range":     func() { m.ReadLeaf(Size) },
		"WriteLeaf misaligned":      func() { m.WriteLeaf(16, [32]byte{}) },
		"WriteLeaf out of range":    func() { m.WriteLeaf(Size, [32]byte{}) },
		"Read past the end":         func() { m.Read(Size-1, make([]byte, 2)) },
		"Write past the end":        func() { m.Write(Size-1, make([]byte, 2)) },
		"Write address overflow":    func() { m.Write(^uint64(0), make([]byte, 2)) },
		"NodeHash misaligned":       func() { m.NodeHash(32, 1) },
		"NodeHash height":           func() { m.NodeHash(0, Depth+1) },
		"NodeHash root nonzero":     func() { m.NodeHash(1<<39, Depth) },
		"ProveLeaf misaligned":      func() { m.ProveLeaf(8) },
		"ProveNode misaligned":      func() { m.ProveNode(PageSize, PageHeight+1) },
		"Zero misaligned":           func() { m.Zero(64, 2) },
		"Graft misaligned dst":      func() { m.Graft(32, New(), 0, 1) },
		"Graft misaligned src":      func() { m.Graft(0, New(), 32, 1) },
		"Graft nil":                 func() { m.Graft(0, nil, 0, 1) },
		"ZeroHash height":           func() { ZeroHash(Depth + 1) },
		"RootFromProof long":        func() { RootFromProof([32]byte{}, 0, make([]common.Hash, Depth+1)) },
		"RootFromProof misaligned":  func() { RootFromProof([32]byte{}, 4, make([]common.Hash, Depth)) },
		"NodeRootFromProof length":  func() { NodeRootFromProof(common.Hash{}, 0, 3, make([]common.Hash, Depth)) },
		"NodeRootFromProof aligned": func() { NodeRootFromProof(common.Hash{}, 32, 3, make([]common.Hash, Depth-3)) },
	}
	for name, fn := range cases {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil {
					t.Fatal("no panic")
				}
				if msg, ok := r.(string); !ok || !strings.HasPrefix(msg, "memory: ") {
					t.Fatalf("panic %v: want a message starting with \"memory: \"", r)
				}
			}()
			fn()
		})
	}
	// Zero-length accesses at the very end are fine.
	m.Read(Size, nil)
	m.Write(Size, nil)
}

// dirtyPages counts m's pages whose root hash is invalid.
func dirtyPages(m *Memory) int {
	var count func(n *inode, level int) int
	count = func(n *inode, level int) int {
		if n == nil {
			return 0
		}
		c := 0
		for k := range fanout {
			if level < levels-1 {
				c += count(n.kids[k], level+1)
			} else if p := n.pages[k]; p != nil && !p.rootValid() {
				c++
			}
		}
		return c
	}
	return count(m.root, 0)
}

// TestBatchedHashing checks the batched hashing paths against the reference: pages wholly rewritten
// (a level hashed in place), pages with zero pairs among written pairs (a level gathered around the
// zero-pair shortcut), partial rewrites of hashed pages (some nodes of a level valid), and enough
// pages for the interior nodes to batch, with one and with several goroutines.
func TestBatchedHashing(t *testing.T) {
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			rng := rand.New(rand.NewPCG(15, 4))
			m, r := New(), newRef()
			write := func(addr uint64, data []byte) {
				m.Write(addr, data)
				r.write(addr, data)
			}
			const base = 1 << 30
			const span = 3 << 20 // 768 pages: enough work to take the batched interior path
			data := make([]byte, span)
			_, _ = rand.NewChaCha8([32]byte{15}).Read(data)
			for i := 0; i < span; i += 4 * PageSize { // every fourth page has zero leaves and pairs
				for off := 0; off < PageSize; off += 3 * LeafSize {
					clear(data[i+off : i+off+2*LeafSize])
				}
			}
			write(base, data)
			if got, want := m.Root(), r.root(); got != want {
				t.Fatalf("after the bulk write: root %x, want %x", got, want)
			}
			for round := 0; round < 3; round++ {
				for range 500 {
					addr := base + rng.Uint64N(span)&^leafMask
					n := LeafSize * (1 + rng.IntN(40))
					buf := make([]byte, n)
					if rng.IntN(3) > 0 {
						_, _ = rand.NewChaCha8([32]byte{byte(round), byte(n)}).Read(buf)
					}
					write(addr, buf[:min(uint64(n), base+span-addr)])
				}
				if got, want := m.Root(), r.root(); got != want {
					t.Fatalf("round %d: root %x, want %x", round, got, want)
				}
				if err := checkInvariants(m); err != nil {
					t.Fatalf("round %d: %v", round, err)
				}
			}
		})
	}
}
