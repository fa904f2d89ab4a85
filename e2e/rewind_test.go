package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/batcher/batchertest"
	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/sequencer"
)

// TestL1Rewind: an L1 reorg deeper than every service's confirmations takes back a deposit the
// chain applied and the batches after it, and the deposit's transaction cannot come back (the
// new fork holds another transaction of its sender and nonce). The sequencer stops reading
// deposits and says why in /healthz; resequence-after later it sequences the chain again from
// the last deposit L1 holds: the withdrawals that needed the lost deposit are sequenced again
// and skipped. The follower finds the new blocks' parents differ and executes the new chain;
// the batcher posts the new batches, and the L1-only executor, which had applied the old ones,
// executes the chain again too. The user deposits again and withdraws: every message is in
// exactly one block, and both executors' roots equal a replay's at every block. Then L1 takes
// the two newest batches back and another batch takes the first one's number, so that L1 holds
// fewer batches than were derived and one of them differs: the L1-only executor throws its
// state away at once and executes the chain again from genesis, to the roots of an executor
// that derives it from scratch.
func TestL1Rewind(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge, seq.L1PollInterval = 300*time.Millisecond, time.Second, 200*time.Millisecond
	seq.ResequenceAfter = 3 * time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, L1Executor: true, L1FinalityDepth: 64})
	user := d.Keys[devnet.KeyUser]

	dep, err := d.Deposit(ctx, devnet.KeyUser, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "the deposit at the sequencer", func() bool {
		a, err := d.Seq.Account(d.Address(devnet.KeyUser))
		return err == nil && a.Balance.ToInt().Sign() > 0
	})
	signer := &client.Signer{Key: user, Account: dep.Account, Domain: d.Chain.Cfg.Domain}
	var sent []common.Hash
	withdraw := func(nonce, amount uint64) common.Hash {
		t.Helper()
		w, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(amount), uint256.NewInt(stftest.FlatPrice), nonce)
		if err != nil {
			t.Fatal(err)
		}
		h, err := d.Seq.Send(w.Kind, api.Send{Message: w})
		if err != nil {
			t.Fatal(err)
		}
		sent = append(sent, h)
		return h
	}
	batched := func(h common.Hash) {
		t.Helper()
		harness.WaitFor(ctx, t, "a withdrawal batched", func() bool {
			j, err := d.Seq.Job(h, nil)
			return err == nil && j.Status == api.StatusBatched
		})
	}
	l1ExecAt := func(what string) uint64 {
		t.Helper()
		head, err := d.Seq.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// At the follower's root there: an L1-only executor that applied an old chain's blocks
		// keeps them until L1 holds another batch under their batch's number.
		harness.WaitFor(ctx, t, "the L1-only executor at the sequencer's head "+what, func() bool {
			n, _, ok := d.L1Exec.Head()
			if !ok || n < head {
				return false
			}
			a, errA := d.L1Exec.StateRoot(head)
			b, errB := d.Exec.StateRoot(head)
			return errA == nil && errB == nil && a.StateRoot == b.StateRoot
		})
		return head
	}
	for nonce := range uint64(3) {
		batched(withdraw(nonce, 1000))
	}
	l1ExecAt("before the reorg")
	batchesBefore := inboxBatches(ctx, t, d)

	// The reorg: back to before the deposit, with the depositor's nonce taken by a transfer.
	tx, _, err := d.Client.TransactionByHash(ctx, dep.Tx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	depth := head - dep.L1Block + 1
	if _, err := d.L1.Reorg(ctx, depth, []*types.Transaction{selfTransfer(t, d, user, tx.Nonce())}); err != nil {
		t.Fatal(err)
	}
	t.Logf("L1 reorg of %d blocks took back the deposit (block %d) and %d batches", depth, dep.L1Block, batchesBefore-inboxBatches(ctx, t, d))
	harness.WaitFor(ctx, t, "the sequencer unhealthy", func() bool {
		r := d.Seq.Health()
		return !r.OK() && strings.Contains(r.Reason, "L1 no longer holds deposits the chain applied")
	})
	t.Logf("sequencer: %s", d.Seq.Health().Reason)

	// L1 lacks the deposit for good: the sequencer sequences the chain again, the follower
	// executes the new chain, and the withdrawals that needed the deposit are skipped.
	harness.WaitFor(ctx, t, "the sequencer re-sequencing", func() bool {
		return counterValue(t, d.Seq.Registry(), "crollup_sequencer_resequences_total") >= 1
	})
	harness.WaitFor(ctx, t, "the sequencer healthy again", func() bool { return d.Seq.Health().OK() })
	harness.WaitFor(ctx, t, "the follower executing the new chain", func() bool {
		return counterValue(t, d.Exec.Registry(), "crollup_executor_rebuilds_total") >= 1
	})
	for _, h := range sent {
		harness.WaitFor(ctx, t, "a withdrawal executed again", func() bool {
			j, err := d.Exec.Job(h)
			return err == nil && j.Receipt != nil
		})
		if j, _ := d.Exec.Job(h); j.Receipt.Skip == "applied" {
			t.Fatalf("withdrawal %s applied without the deposit it needed", h)
		}
	}
	t.Logf("re-sequenced: %v messages sequenced again", counterValue(t, d.Seq.Registry(), "crollup_sequencer_resequenced_messages_total"))

	// The user deposits again (the Bridge gives the same account) and withdraws.
	again, err := d.Deposit(ctx, devnet.KeyUser, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	if again.Account != dep.Account || again.DelayedIndex != dep.DelayedIndex {
		t.Fatalf("deposit again: account %d, delayed index %d; first %d, %d", again.Account, again.DelayedIndex, dep.Account, dep.DelayedIndex)
	}
	harness.WaitFor(ctx, t, "the deposit again at the sequencer", func() bool {
		a, err := d.Seq.Account(d.Address(devnet.KeyUser))
		return err == nil && a.Balance.ToInt().Sign() > 0
	})
	batched(withdraw(0, 2000))
	head = l1ExecAt("after re-sequencing")
	t.Logf("the Inbox holds %d batches after re-sequencing, %d before; the sequencer adopted %v of L1's", inboxBatches(ctx, t, d), batchesBefore,
		counterValue(t, d.Seq.Registry(), "crollup_sequencer_l1_batches_adopted_total"))
	sc, ec := harness.Dial(ctx, t, d.Seq.RPCEndpoint()), harness.Dial(ctx, t, d.L1Exec.RPCEndpoint())
	seen := harness.CheckRoots(ctx, t, d.Chain, sc, head, ec, harness.Dial(ctx, t, d.Exec.RPCEndpoint()))
	acked := map[common.Hash]bool{}
	for _, h := range sent {
		acked[h] = true
	}
	harness.CheckAcked(t, seen, acked)
	if len(seen) != len(sent) {
		t.Fatalf("%d messages in blocks, %d sent", len(seen), len(sent))
	}
	if !d.L1Exec.Health().OK() {
		t.Fatalf("L1-only executor: %s", d.L1Exec.Health().Reason)
	}

	// The two newest batches taken back, and another batch under the first one's number: L1
	// holds fewer batches than the L1-only executor derived, and one of them differs. It must
	// not wait for L1 to hold as many again.
	posted := d.Batcher.Posted()
	newest := posted[len(posted)-1]
	var last batcher.Posted
	for _, p := range posted {
		if p.Number+1 == newest.Number {
			last = p
		}
	}
	if last.Tx == (common.Hash{}) {
		t.Fatalf("batch %d posted, batch %d not: %+v", newest.Number, newest.Number-1, posted)
	}
	if err := d.StopBatcher(ctx); err != nil {
		t.Fatal(err)
	}
	btx, _, err := d.Client.TransactionByHash(ctx, last.Tx)
	if err != nil {
		t.Fatal(err)
	}
	if head, err = d.Client.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	rebuilt := counterValue(t, d.L1Exec.Registry(), "crollup_executor_rebuilds_total")
	if _, err := d.L1.Reorg(ctx, head-last.L1Block+1, []*types.Transaction{selfTransfer(t, d, d.Keys[devnet.KeyBatcher], btx.Nonce())}); err != nil {
		t.Fatal(err)
	}
	info, err := d.Seq.Batch(ctx, last.Number)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := batchertest.PostPayload(ctx, d.Client, d.Addrs.Inbox, d.Keys[devnet.KeyBatcher], last.Number, uint64(info.Delayed), []byte("another batch")); err != nil {
		t.Fatal(err)
	}
	if n := inboxBatches(ctx, t, d); n != newest.Number {
		t.Fatalf("the Inbox holds %d batches, want %d (one fewer than the L1-only executor derived)", n, newest.Number)
	}
	harness.WaitFor(ctx, t, "the L1-only executor executing the chain again", func() bool {
		return counterValue(t, d.L1Exec.Registry(), "crollup_executor_rebuilds_total") > rebuilt
	})
	// Its roots are then those of an executor that derives the chain from L1 from scratch.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(), Inbox: d.Addrs.Inbox, Bridge: d.Addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(src.Close)
	cfg := executor.DefaultConfig()
	cfg.PollInterval = 200 * time.Millisecond
	fresh, err := executor.New(cfg, harness.TestLog(t).New("svc", "fresh"), d.Chain, executor.NewL1Source(src, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := fresh.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = fresh.Stop(context.Background()) })
	// The other batch is the last on L1: both reach the block that stands for it.
	var top uint64
	harness.WaitFor(ctx, t, "both L1-only executors at the block of the other batch", func() bool {
		a, _, okA := d.L1Exec.Head()
		b, _, okB := fresh.Head()
		top = a
		if !okA || !okB || a != b {
			return false
		}
		ra, errA := d.L1Exec.BatchRoot(last.Number + 1)
		rb, errB := fresh.BatchRoot(last.Number + 1)
		return errA == nil && errB == nil && ra.StateRoot == rb.StateRoot
	})
	for n := uint64(0); n <= top; n++ {
		ra, errA := d.L1Exec.StateRoot(n)
		rb, errB := fresh.StateRoot(n)
		if errA != nil || errB != nil || ra.StateRoot != rb.StateRoot {
			t.Fatalf("block %d: the rebuilt executor's root %v (%v), a fresh one's %v (%v)", n, ra, errA, rb, errB)
		}
	}
	t.Logf("the L1-only executor executed the chain again: its roots equal a fresh one's at all %d blocks", top+1)
	if !d.Exec.Health().OK() {
		t.Fatalf("the follower: %s", d.Exec.Health().Reason)
	}
}

// counterValue is the value of a counter (or gauge) without labels in reg, 0 if absent.
func counterValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name || len(mf.GetMetric()) == 0 {
			continue
		}
		m := mf.GetMetric()[0]
		if m.GetCounter() != nil {
			return m.GetCounter().GetValue()
		}
		return m.GetGauge().GetValue()
	}
	return 0
}

// selfTransfer is a transfer of nothing from key to itself with nonce: a reorg that includes it
// takes the place of key's transaction of that nonce for good.
func selfTransfer(t *testing.T, d *devnet.Devnet, key *ecdsa.PrivateKey, nonce uint64) *types.Transaction {
	t.Helper()
	self := crypto.PubkeyToAddress(key.PublicKey)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(d.L1.ChainID()), &types.DynamicFeeTx{ChainID: d.L1.ChainID(),
		Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &self, Value: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// inboxBatches is the Inbox's batch count at the head.
func inboxBatches(ctx context.Context, t *testing.T, d *devnet.Devnet) uint64 {
	t.Helper()
	in := bindings.NewInbox()
	out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Addrs.Inbox, Data: in.PackBatchCount()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := in.UnpackBatchCount(out)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
