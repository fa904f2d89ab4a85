package memory

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

const gib = 1 << 30

// fill returns n pseudo-random bytes.
func fillBytes(n int, seed uint64) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8)})
	_, _ = r.Read(b)
	return b
}

// BenchmarkRootAfterRandomLeafWrites: N random leaf writes over a sparse 1 GiB span, then Root.
// "new-pages" starts from an empty memory each time (most writes create a page), "existing-pages"
// writes into 4096 pages that are already present and hashed (the interpreter's steady state).
func BenchmarkRootAfterRandomLeafWrites(b *testing.B) {
	for _, n := range []int{1, 100, 10000} {
		b.Run(fmt.Sprintf("new-pages/N=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, uint64(n)))
			b.ReportAllocs()
			for b.Loop() {
				m := New()
				for i := range n {
					m.WriteLeaf(rng.Uint64N(gib)&^leafMask, [32]byte{byte(i), 1})
				}
				m.Root()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/leaf")
		})
		b.Run(fmt.Sprintf("existing-pages/N=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(2, uint64(n)))
			m := New()
			pages := make([]uint64, 4096)
			for i := range pages {
				pages[i] = rng.Uint64N(gib) &^ pageMask
				m.WriteLeaf(pages[i], [32]byte{1})
			}
			m.Root()
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for i := range n {
					a := pages[rng.IntN(len(pages))] + rng.Uint64N(PageSize)&^leafMask
					m.WriteLeaf(a, [32]byte{byte(i), 2})
				}
				m.Root()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/leaf")
		})
	}
}

// BenchmarkRootAfterWrite64MiB writes a contiguous 64 MiB region (existing pages), then takes the
// root: 2^21 leaves, about 2^21 node hashes.
func BenchmarkRootAfterWrite64MiB(b *testing.B) {
	data := fillBytes(64<<20, 3)
	m := New()
	m.Write(isa.RegionArena.Base(), data)
	m.Root()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		data[0]++
		m.Write(isa.RegionArena.Base(), data)
		m.Root()
	}
}

// BenchmarkWrite64MiB and BenchmarkRead64MiB measure the page-at-a-time bulk paths alone.
func BenchmarkWrite64MiB(b *testing.B) {
	data := fillBytes(64<<20, 4)
	m := New()
	m.Write(isa.RegionArena.Base()+64, data)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		m.Write(isa.RegionArena.Base()+64, data) // unaligned: every page is a partial copy at both ends
	}
}

func BenchmarkRead64MiB(b *testing.B) {
	data := fillBytes(64<<20, 5)
	m := New()
	m.Write(isa.RegionArena.Base(), data)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		m.Read(isa.RegionArena.Base()+64, data)
	}
}

// BenchmarkProveLeaf proves random written leaves of a memory of 4096 sparse pages: "clean" with all
// hashes cached, "after-write" after writing the leaf (a Step's write-then-prove pattern).
func BenchmarkProveLeaf(b *testing.B) {
	rng := rand.New(rand.NewPCG(6, 6))
	m := New()
	addrs := make([]uint64, 4096)
	for i := range addrs {
		addrs[i] = rng.Uint64N(Size) &^ leafMask
		m.WriteLeaf(addrs[i], [32]byte{byte(i), 3})
	}
	m.Root()
	b.Run("clean", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			m.ProveLeaf(addrs[i%len(addrs)])
			i++
		}
	})
	b.Run("after-write", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			a := addrs[i%len(addrs)]
			m.WriteLeaf(a, [32]byte{byte(i), 4})
			m.ProveLeaf(a)
			i++
		}
	})
}

// bigMemory is a hashed memory holding 200 MiB (51,200 pages), built once for the snapshot benchmarks.
var bigMemory = sync.OnceValue(func() *Memory {
	m := New()
	const chunk = 16 << 20
	for i := range uint64(200 << 20 / chunk) {
		m.Write(isa.RegionProgram.Base()+i*chunk, fillBytes(chunk, 100+i))
	}
	m.Root()
	return m
})

// snapshotSink keeps the compiler from optimising a discarded snapshot away.
var snapshotSink *Memory

// BenchmarkSnapshot snapshots a memory holding 200 MiB: "snapshot" alone (O(1)), and
// "snapshot+write+root", which adds the copy-on-write of one page and its path and the rehash of the
// path.
func BenchmarkSnapshot(b *testing.B) {
	m := bigMemory()
	b.Run("snapshot", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			snapshotSink = m.Snapshot()
		}
		snapshotSink = nil
	})
	b.Run("snapshot+write+root", func(b *testing.B) {
		b.ReportAllocs()
		i := uint64(0)
		for b.Loop() {
			s := m.Snapshot()
			s.WriteLeaf(isa.RegionProgram.Base()+i%(200<<20)&^leafMask, [32]byte{byte(i)})
			s.Root()
			i += 4099 * LeafSize
		}
	})
}

// BenchmarkHashPage rehashes one full page (127 node hashes): the unit of bulk hashing work.
func BenchmarkHashPage(b *testing.B) {
	p := newPage(new(owner), false)
	p.data = [PageSize]byte(fillBytes(PageSize, 7))
	h := newHasher()
	for b.Loop() {
		p.valid = [2]uint64{}
		h.hashPage(p)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(pageLeaves-1)), "ns/hash")
}
