package executor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
)

// linked returns a source holding blocks (block i has timestamp i) chained by hash from parent
// block 0's, as the sequencer serves them.
func linked(t testing.TB, genesis common.Hash, blocks [][]batch.Message) *MemorySource {
	t.Helper()
	s, parent := &MemorySource{}, genesis
	for i, ms := range blocks {
		b, err := NewBlock(uint64(i), uint64(i), 0, ms, nil)
		if err != nil {
			t.Fatal(err)
		}
		b.Parent = parent
		b.Hash = b.ComputeHash()
		parent = b.Hash
		s.Append(b)
	}
	return s
}

// swapSource is a block source whose chain a test replaces, as a sequencer re-sequencing does.
type swapSource struct {
	mu  sync.Mutex
	src *MemorySource
}

func (s *swapSource) get() *MemorySource  { s.mu.Lock(); defer s.mu.Unlock(); return s.src }
func (s *swapSource) set(m *MemorySource) { s.mu.Lock(); s.src = m; s.mu.Unlock() }
func (s *swapSource) BlockNumber(ctx context.Context) (uint64, error) {
	return s.get().BlockNumber(ctx)
}
func (s *swapSource) Block(ctx context.Context, n uint64) (*api.Block, error) {
	return s.get().Block(ctx, n)
}

// TestFollowResequenced: the sequencer's chain changes under a follower that applied it (it
// sequenced again from an earlier block). Whether the new chain is longer (a block's parent is
// not the block applied) or shorter (its head is below the follower's), the follower throws its
// state away, executes the new chain from genesis, and ends at the roots of a sequential
// replay of it at every block. A restart keeps the hash of the last block applied: the same
// chain is not executed again.
func TestFollowResequenced(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 6)
	const cut = 3
	longer := append(append(append([][]batch.Message{}, blocks[:cut]...), nil), blocks[cut:]...) // an empty block at cut
	for _, tc := range []struct {
		name  string
		chain [][]batch.Message
	}{
		{"longer", longer},
		{"shorter", blocks[:cut]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, _ := f.reference(t, tc.chain)
			dir := t.TempDir()
			src := &swapSource{src: linked(t, f.gen.Root(), blocks)}
			e := startExecutor(t, f, testConfig(dir), src)
			waitHead(t, e, uint64(len(blocks)-1))

			src.set(linked(t, f.gen.Root(), tc.chain))
			deadline := time.Now().Add(2 * time.Minute)
			for {
				h, root, ok := e.Head()
				if testutil.ToFloat64(e.m.rebuilds) == 1 && ok && h == uint64(len(tc.chain)-1) && root == want[h] {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("head %d root %s (%v), %v rebuilds; want head %d root %s after 1 rebuild", h, root, ok,
						testutil.ToFloat64(e.m.rebuilds), len(tc.chain)-1, want[len(tc.chain)-1])
				}
				time.Sleep(5 * time.Millisecond)
			}
			for n := range tc.chain {
				sr, err := e.StateRoot(uint64(n))
				if err != nil || sr.StateRoot != want[n] {
					t.Fatalf("block %d: %v (%v), want %v", n, sr, err, want[n])
				}
			}
			if err := e.Stop(context.Background()); err != nil {
				t.Fatal(err)
			}

			e2 := startExecutor(t, f, testConfig(dir), src)
			time.Sleep(50 * time.Millisecond) // polls at 5 ms: ten of them
			if n := testutil.ToFloat64(e2.m.rebuilds); n != 0 {
				t.Fatalf("%v rebuilds after a restart on the same chain", n)
			}
			if h, root, _ := e2.Head(); h != uint64(len(tc.chain)-1) || root != want[h] {
				t.Fatalf("after a restart: head %d root %s", h, root)
			}
		})
	}
}

// TestCheckLink: a block whose hash is not its own is retried, not applied; block 0 must have the
// genesis root as parent; a parent that differs from the block applied is ErrSourceDiverged.
func TestCheckLink(t *testing.T) {
	f := newFixture(t, 2)
	e, err := New(testConfig(""), quietLog(), f.gen, &MemorySource{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Stop(context.Background())
	src := linked(t, f.gen.Root(), [][]batch.Message{nil, nil})
	b0, _ := src.Block(context.Background(), 0)
	b1, _ := src.Block(context.Background(), 1)
	bad := *b0
	bad.Payload = append([]byte{}, b0.Payload...)
	bad.Payload[len(bad.Payload)-1] ^= 1
	other := *b0
	other.Parent = common.Hash{1}
	other.Hash = other.ComputeHash()
	for _, tc := range []struct {
		name     string
		b        *api.Block
		next     uint64
		prev     common.Hash
		diverged bool
		err      string
	}{
		{"block 0", b0, 0, common.Hash{}, false, ""},
		{"block 1", b1, 1, b0.Hash, false, ""},
		{"not its hash", &bad, 0, common.Hash{}, false, "hash to"},
		{"another genesis", &other, 0, common.Hash{}, false, "another chain"},
		{"another parent", b1, 1, common.Hash{2}, true, "block 1's parent"},
		{"no hash (from L1)", &api.Block{}, 1, common.Hash{2}, false, ""},
	} {
		e.next, e.prevHash = tc.next, tc.prev
		err := e.checkLink(tc.b)
		if got := fmt.Sprint(err); (tc.err == "") != (err == nil) || tc.err != "" && !strings.Contains(got, tc.err) || errors.Is(err, ErrSourceDiverged) != tc.diverged {
			t.Errorf("%s: %v, want %q (diverged %v)", tc.name, err, tc.err, tc.diverged)
		}
	}
}
