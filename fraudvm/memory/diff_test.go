package memory

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestDiffRebuilds checks Diff the way an executor uses it: applying the reported pages to a
// copy of the old memory must give the new memory (same bytes, same root), and pages neither
// written nor zeroed since the snapshot are not reported.
func TestDiffRebuilds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := New()
	for i := 0; i < 200; i++ {
		m.WriteLeaf(uint64(r.IntN(1<<20))*32, [32]byte{byte(i + 1)})
	}
	for round := 0; round < 5; round++ {
		old := m.Snapshot()
		touched := map[uint64]bool{}
		for i := 0; i < 50; i++ {
			addr := uint64(r.IntN(1<<20)) * 32
			switch r.IntN(3) {
			case 0:
				m.WriteLeaf(addr, [32]byte{byte(r.IntN(255) + 1)})
				touched[addr&^(PageSize-1)] = true
			case 1:
				a := addr &^ (PageSize - 1)
				m.Zero(a, PageHeight)
				touched[a] = true
			default:
				m.WriteLeaf(uint64(1<<39)+addr, [32]byte{9}) // a far region
				touched[(uint64(1<<39)+addr)&^(PageSize-1)] = true
			}
		}
		rebuilt := old.Snapshot()
		n := 0
		err := m.Diff(old, func(addr uint64, data *[PageSize]byte) error {
			n++
			if !touched[addr] {
				t.Errorf("page %#x reported but not touched", addr)
			}
			if data == nil {
				rebuilt.Zero(addr, PageHeight)
			} else {
				rebuilt.Write(addr, data[:])
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 || rebuilt.Root() != m.Root() {
			t.Fatalf("round %d: %d pages reported; rebuilt root %v, want %v", round, n, rebuilt.Root(), m.Root())
		}
		var a, b bytes.Buffer
		_ = m.ForEachPage(func(addr uint64, d *[PageSize]byte) error { a.Write(d[:]); return nil })
		_ = rebuilt.ForEachPage(func(addr uint64, d *[PageSize]byte) error { b.Write(d[:]); return nil })
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("round %d: rebuilt pages differ", round)
		}
	}
	if err := m.Diff(m, func(uint64, *[PageSize]byte) error { t.Fatal("a memory differs from itself"); return nil }); err != nil {
		t.Fatal(err)
	}
}
