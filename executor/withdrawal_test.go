package executor

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// TestWithdrawalProofs checks the withdrawal proofs served against old states: 12 blocks in 4
// batches (3 blocks each, the last batch open), each block with 0–3 withdrawals. For every sealed
// batch count E the executor's root is the root a plain replay reaches (stf.ApplyBlock, with
// stf.SealBatch at each batch change), and every withdrawal that state holds is proven against
// it (the proof is checked as the Bridge does before it is served: client.VerifyWithdrawal) with
// the recipient and amount that were sent; a withdrawal the state does not hold, and the open
// batch, are refused. After a restart on the same data dir the checkpoints are still there.
func TestWithdrawalProofs(t *testing.T) {
	f := newFixture(t, 5)
	st := f.st
	type sent struct {
		to     common.Address
		amount uint64
	}
	var all []sent
	const perBatch, nBatches = 3, 4
	src := &MemorySource{}
	var blocks [][]batch.Message
	for n := range perBatch * nBatches {
		var ms []batch.Message
		for k := range n % 4 {
			to := common.HexToAddress(fmt.Sprintf("0x%040x", 0xa000+len(all)))
			amount := uint64(1000 + 7*len(all))
			ms = append(ms, st.Withdraw(1+k, to, amount))
			all = append(all, sent{to: to, amount: amount})
		}
		b, err := NewBlock(uint64(n), uint64(n), 0, ms, nil)
		if err != nil {
			t.Fatal(err)
		}
		b.Batch = hexutil.Uint64(n / perBatch)
		src.Append(b)
		blocks = append(blocks, ms)
	}
	// The reference: sealed roots and withdrawal counts by batch count.
	mem := f.gen.Mem.Snapshot()
	roots, counts := []common.Hash{f.gen.Root()}, []uint64{0}
	for n, ms := range blocks {
		if n > 0 && n%perBatch == 0 {
			stf.SealBatch(mem)
			g, err := stf.ReadGlobals(mem)
			if err != nil {
				t.Fatal(err)
			}
			roots, counts = append(roots, mem.Root()), append(counts, g.Withdrawals)
		}
		if _, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: uint64(n)}, ms,
			stf.Bulk{Backend: bulk.NewCPU(0)}); err != nil {
			t.Fatal(err)
		}
	}
	if len(roots) != nBatches || counts[nBatches-1] == 0 {
		t.Fatalf("the reference sealed %d batches holding %v withdrawals", len(roots)-1, counts)
	}

	dir := t.TempDir()
	check := func(e *Executor) {
		t.Helper()
		for E := range uint64(nBatches) {
			br, err := e.BatchRoot(E)
			if err != nil || br.StateRoot != roots[E] {
				t.Fatalf("root after %d batches: %+v %v, want %s", E, br, err, roots[E])
			}
			for w := range counts[E] {
				got, err := e.Withdrawal(w, E)
				if err != nil {
					t.Fatalf("withdrawal %d after %d batches: %v", w, E, err)
				}
				if got.StateRoot != roots[E] || got.To != all[w].to || got.Amount.ToInt().Uint64() != all[w].amount {
					t.Fatalf("withdrawal %d after %d batches: %s to %s (root %s), sent %d to %s", w, E, got.Amount, got.To,
						got.StateRoot, all[w].amount, all[w].to)
				}
			}
			var re *Error
			if _, err := e.Withdrawal(counts[E], E); !errors.As(err, &re) || re.Code != api.CodeUnknown {
				t.Fatalf("withdrawal %d, beyond the %d after %d batches: %v", counts[E], counts[E], E, err)
			}
		}
		var re *Error
		if _, err := e.BatchRoot(nBatches); !errors.As(err, &re) || re.Code != api.CodeNotExecuted {
			t.Fatalf("the open batch: %v", err)
		}
		if _, err := e.Withdrawal(0, nBatches); !errors.As(err, &re) || re.Code != api.CodeNotExecuted {
			t.Fatalf("a withdrawal in the open batch: %v", err)
		}
	}
	e1, err := New(testConfig(dir), quietLog(), f.gen, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := e1.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitHead(t, e1, uint64(len(blocks)-1))
	check(e1)
	if err := e1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	check(startExecutor(t, f, testConfig(dir), src))
}
