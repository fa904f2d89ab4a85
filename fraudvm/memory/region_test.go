package memory

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// TestRegion writes random ranges through OpenRegion from several goroutines at once (disjoint
// chunks in a random order, through WriteAt or in place through Bytes and Page) and through the
// reference, over a memory with existing pages, pages shared with a snapshot and absent pages,
// with and without overwrite, and checks contents, roots, proofs and the tree's invariants after
// each, and that the snapshot is untouched. Run with -race it also checks that the concurrent
// copies share nothing.
func TestRegion(t *testing.T) {
	const base = 1 << 30
	rng := rand.New(rand.NewPCG(41, 42))
	m, r := New(), newRef()
	old := fillBytes(12*PageSize, 43)
	clear(old[5*PageSize : 6*PageSize])
	m.Write(base, old)
	r.write(base, old)
	m.Root()
	snap, rsnap := m.Snapshot(), r.clone()

	for round := range 40 {
		addr := uint64(base - 2*PageSize + rng.IntN(16*PageSize))
		n := rng.IntN(6 * PageSize)
		if round%5 == 0 {
			addr &^= pageMask // whole pages
			n = (1 + rng.IntN(5)) * PageSize
		}
		data := fillBytes(n, uint64(round))
		if round%3 == 1 && n > 0 {
			z := rng.IntN(n) // some zero stretches, a whole zero page among them now and then
			clear(data[z:min(n, z+PageSize+rng.IntN(2*PageSize))])
		}
		overwrite := round%2 == 0

		reg := m.OpenRegion(addr, n, overwrite)
		var chunks [][2]int
		for off := 0; off < n; {
			c := min(n-off, 1+rng.IntN(3000))
			chunks = append(chunks, [2]int{off, off + c})
			off += c
		}
		rng.Shuffle(len(chunks), func(i, j int) { chunks[i], chunks[j] = chunks[j], chunks[i] })
		var wg sync.WaitGroup
		for w := range 3 {
			wg.Go(func() {
				for i := w; i < len(chunks); i += 3 {
					lo, hi := chunks[i][0], chunks[i][1]
					if b, ok := reg.Bytes(lo, hi-lo); ok && i%3 == 0 {
						copy(b, data[lo:hi]) // in place, where the chunk lies in one page
						continue
					}
					if pos := int(addr%PageSize) + lo; i%3 == 1 && pos/PageSize == (pos+hi-lo-1)/PageSize {
						copy(reg.Page(pos / PageSize)[pos%PageSize:], data[lo:hi]) // the same, by page
						continue
					}
					reg.WriteAt(lo, data[lo:hi])
				}
			})
		}
		wg.Wait()
		reg.Close()
		r.write(addr, data)

		if err := checkInvariants(m); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if err := checkMemory(m, r); err != nil {
			t.Fatalf("round %d (addr %#x, %d bytes, overwrite %v): %v", round, addr, n, overwrite, err)
		}
		if err := checkMemory(snap, rsnap); err != nil {
			t.Fatalf("round %d: the snapshot changed: %v", round, err)
		}
	}

	// A region that received only zeros deletes its pages, as Write does.
	z := New()
	reg := z.OpenRegion(base+100, 3*PageSize, false)
	reg.WriteAt(0, make([]byte, 3*PageSize))
	reg.Close()
	if z.PageCount() != 0 || z.Root() != ZeroHash(Depth) {
		t.Fatalf("zeros through a region: PageCount() = %d, root %s", z.PageCount(), z.Root())
	}
}

// TestRegionBounds checks that WriteAt and Bytes refuse a range outside their region, and that
// Bytes refuses one that crosses a page.
func TestRegionBounds(t *testing.T) {
	m := New()
	reg := m.OpenRegion(4096, 100, false)
	for _, c := range []struct{ off, n int }{{-1, 1}, {0, 101}, {100, 1}, {101, 0}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("WriteAt(%d, %d bytes) did not panic", c.off, c.n)
				}
			}()
			reg.WriteAt(c.off, make([]byte, c.n))
		}()
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Bytes(%d, %d) did not panic", c.off, c.n)
				}
			}()
			reg.Bytes(c.off, c.n)
		}()
	}
	if b, ok := reg.Bytes(0, 100); !ok || len(b) != 100 {
		t.Errorf("Bytes(0, 100) inside one page: %d bytes, ok %v", len(b), ok)
	}

	reg.WriteAt(100, nil) // the empty range at the end is inside
	reg.Close()
	wide := m.OpenRegion(4096-10, 20, false)
	if _, ok := wide.Bytes(0, 20); ok {
		t.Error("Bytes over a page boundary: ok")
	}
	wide.Close()
}

// TestBytes checks Bytes against Read: the same bytes for ranges inside one page (present or
// absent), and a refusal for ranges that cross a page boundary.
func TestBytes(t *testing.T) {
	const base = 1 << 31
	m := New()
	m.Write(base, fillBytes(3*PageSize, 44)) // pages 0..2 present, page 3 absent
	rng := rand.New(rand.NewPCG(45, 46))
	for range 500 {
		addr := base + uint64(rng.IntN(4*PageSize))
		n := rng.IntN(PageSize + 1)
		if addr+uint64(n) > base+4*PageSize {
			continue
		}
		b, ok := m.Bytes(addr, n)
		crosses := n > 0 && (addr&pageMask)+uint64(n) > PageSize
		if ok == crosses {
			t.Fatalf("Bytes(%#x, %d): ok %v, but the range crosses a page: %v", addr, n, ok, crosses)
		}
		if !ok {
			continue
		}
		want := make([]byte, n)
		m.Read(addr, want)
		if len(b) != n || cap(b) != n || string(b) != string(want) {
			t.Fatalf("Bytes(%#x, %d) = %d bytes (cap %d), differing from Read", addr, n, len(b), cap(b))
		}
	}
}
