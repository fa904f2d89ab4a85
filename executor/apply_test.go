package executor

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// wholeSource is a MemorySource some of whose blocks stand for a whole batch.
type wholeSource struct {
	*MemorySource
	whole map[uint64]*stf.Batch
}

func (s *wholeSource) WholeBatch(n uint64) (*stf.Batch, bool) {
	b, ok := s.whole[n]
	return b, ok
}

// TestWholeBatchBlock follows ordinary blocks around a block that stands for a whole (forced,
// empty) batch, as an L1Source gives them, and checks that both apply paths persist through the
// same step: the roots are those of the chain machine's block and batch paths, the root
// records carry each block's batch, and a second executor on the data dir loads the state the
// roots name and still serves the messages of the ordinary blocks.
func TestWholeBatchBlock(t *testing.T) {
	f := newFixture(t, 5)
	msgs := f.workload(t, 3)[:2]

	// The reference: block 0 (batch 0), the forced batch 1, block 2 (batch 2).
	forced := &stf.Batch{Number: 1}
	mem := f.gen.Mem.Snapshot()
	var want []common.Hash
	apply := func(ts uint64, ms []batch.Message) {
		if _, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: ts}, ms,
			stf.Bulk{Backend: bulk.NewCPU(0)}); err != nil {
			t.Fatal(err)
		}
		want = append(want, mem.Root())
	}
	apply(0, msgs[0])
	stf.SealBatch(mem)
	if _, err := stf.ApplyBatch(context.Background(), f.gen.Cfg, &stf.MapOracle{Batches: map[uint64]*stf.Batch{1: forced}}, mem,
		bulk.NewCPU(0)); err != nil {
		t.Fatal(err)
	}
	want = append(want, mem.Root())
	apply(2, msgs[1])

	newSource := func() *wholeSource {
		s := &wholeSource{MemorySource: &MemorySource{}, whole: map[uint64]*stf.Batch{1: forced}}
		for _, n := range []uint64{0, 2} {
			b, err := NewBlock(n, n, 0, msgs[n/2], nil)
			if err != nil {
				t.Fatal(err)
			}
			b.Batch = hexutil.Uint64(n)
			s.Append(b)
			if n == 0 {
				s.Append(&api.Block{Number: 1, Timestamp: 1, Batch: 1})
			}
		}
		return s
	}

	dir := t.TempDir()
	e1, err := New(testConfig(dir), quietLog(), f.gen, newSource())
	if err != nil {
		t.Fatal(err)
	}
	if err := e1.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitHead(t, e1, 2)
	for n, r := range want {
		sr, err := e1.StateRoot(uint64(n))
		if err != nil || sr.StateRoot != r {
			t.Fatalf("block %d: %v (%v), want root %v", n, sr, err, r)
		}
		if _, b, _, err := e1.db.rootRecord(uint64(n)); err != nil || b != uint64(n) {
			t.Fatalf("block %d: root record with batch %d (%v), want %d", n, b, err, n)
		}
	}
	if err := e1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	e2 := startExecutor(t, f, testConfig(dir), newSource())
	if h, root, ok := e2.Head(); !ok || h != 2 || root != want[2] {
		t.Fatalf("reopened at head %d root %v (%v), want 2 %v", h, root, ok, want[2])
	}
	for _, m := range []batch.Message{msgs[0][0], msgs[1][0]} {
		if j, err := e2.Job(m.Hash()); err != nil || j.Receipt == nil || j.Receipt.Skip != "applied" {
			t.Fatalf("message %v: %+v, %v", m.Hash(), j, err)
		}
	}
	if j, err := e2.Job(msgs[1][0].Hash()); err != nil || *j.Block != 2 || *j.StateRoot != want[2] {
		t.Fatalf("message of block 2: %+v, %v", j, err)
	}
}
