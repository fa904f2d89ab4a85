package memory

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
)

// TestWholePageOverShared checks whole-page writes over pages shared with a snapshot, which take a
// fresh page instead of a copy: the writer's pages are new and match the reference (roots, proofs,
// hashes filled in afresh), the other side keeps its pages, bytes and hashes, and a partial write
// that follows into the fresh page (through the write cache) is not lost.
func TestWholePageOverShared(t *testing.T) {
	const base = 1 << 32
	m, r := New(), newRef()
	old := fillBytes(8*PageSize, 21)
	clear(old[3*PageSize : 4*PageSize]) // a zero page present in neither
	m.Write(base, old)
	r.write(base, old)
	m.Root()
	s, rs := m.Snapshot(), r.clone()
	before := make([]*page, 8)
	for i := range before {
		before[i] = m.lookupPage(base/PageSize + uint64(i))
	}

	// Unaligned by one page so that the written range covers pages 1..7 and one more.
	data := fillBytes(8*PageSize, 22)
	for off := 0; off < PageSize; off += 3 * LeafSize { // zero pairs in the first written page
		clear(data[off : off+2*LeafSize])
	}
	s.Write(base+PageSize, data)
	rs.write(base+PageSize, data)
	s.WriteLeaf(base+2*PageSize+5*LeafSize, [LeafSize]byte{7, 7})
	rs.set((base+2*PageSize)/LeafSize+5, [LeafSize]byte{7, 7})

	for i := 1; i < 8; i++ {
		p := s.lookupPage(base/PageSize + uint64(i))
		if p == nil || p == before[i] {
			t.Fatalf("page %d: the writer still has the shared page", i)
		}
	}
	for i, p := range before {
		if p != nil && p.owner == s.owner {
			t.Fatalf("page %d: a shared page became the writer's", i)
		}
	}
	if err := checkMemory(s, rs); err != nil {
		t.Fatalf("writer: %v", err)
	}
	if err := checkMemory(m, r); err != nil {
		t.Fatalf("snapshot source: %v", err)
	}
	if err := checkInvariants(s); err != nil {
		t.Fatal(err)
	}
}

// TestScatteredLeafBatching checks hashing after leaf writes scattered over many hashed pages,
// where each dirty page has a single invalid path and nodes batch only across pages: amounts of work
// below batchMinWork (recursive hashing), between it and parallelMinWork (batched on one goroutine)
// and above (batched on several), with some written leaves zero so that zero pairs appear among the
// batched nodes.
func TestScatteredLeafBatching(t *testing.T) {
	for _, procs := range []int{1, 2} {
		for _, writes := range []int{1, 5, 40, 300, 2500} {
			t.Run(fmt.Sprintf("GOMAXPROCS=%d/writes=%d", procs, writes), func(t *testing.T) {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
				rng := rand.New(rand.NewPCG(uint64(writes), 17))
				m, r := New(), newRef()
				pages := make([]uint64, 1024)
				for i := range pages {
					pages[i] = rng.Uint64N(1<<34) &^ pageMask
					leaf := [LeafSize]byte{byte(i), byte(i >> 8), 1}
					m.WriteLeaf(pages[i], leaf)
					r.set(pages[i]/LeafSize, leaf)
				}
				if got, want := m.Root(), r.root(); got != want {
					t.Fatalf("initial root %x, want %x", got, want)
				}
				for round := range 2 {
					for i := range writes {
						a := pages[rng.IntN(len(pages))] + rng.Uint64N(PageSize)&^leafMask
						var v [LeafSize]byte
						if rng.IntN(4) > 0 {
							v = [LeafSize]byte{byte(i), byte(round), 2}
						}
						m.WriteLeaf(a, v)
						r.set(a/LeafSize, v)
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
}
