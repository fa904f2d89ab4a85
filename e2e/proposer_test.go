package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/chain/withdrawal"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/sequencer"
)

// TestProposer runs a proposer against the devnet's Rollup and executor: it asserts the
// executor's roots on its cadence, posts its bond once, confirms its assertions after the
// challenge period, and after a restart carries on from what the Rollup holds: every assertion
// it made extends the previous one (no duplicate, no gap, no refused transaction), and the
// confirmed chain reaches past the batch holding a withdrawal sent after the restart.
func TestProposer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: 2})
	key := d.Keys[devnet.KeyProposer]
	cfg := proposer.Config{Rollup: d.Addrs.Rollup, MaxBatches: 2, MaxAge: 3 * time.Second, PollInterval: 200 * time.Millisecond}
	lg := harness.TestLog(t)
	start := func() *proposer.Proposer {
		tm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), key, 1, 100*time.Millisecond, lg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(tm.Close)
		p, err := proposer.New(ctx, cfg, lg, d.Exec, d.Client, tm, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return p
	}
	signer := depositUser(ctx, t, d)
	withdraw := func(nonce uint64) common.Hash {
		s, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1000+nonce), uint256.NewInt(stftest.FlatPrice), nonce)
		if err != nil {
			t.Fatal(err)
		}
		h, err := d.Seq.Send(s.Kind, api.Send{Message: s})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	batchOf := func(h common.Hash) uint64 {
		var j *api.Job
		harness.WaitFor(ctx, t, "a message batched", func() bool {
			var err error
			j, err = d.Seq.Job(h, nil)
			return err == nil && j.Status == api.StatusBatched
		})
		return uint64(*j.Batch)
	}

	p1 := start()
	b0 := batchOf(withdraw(0))
	harness.WaitFor(ctx, t, "an assertion covering the first withdrawal confirmed", func() bool {
		_, c := p1.Tip()
		return c.A.BatchEnd > b0
	})
	if err := p1.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	p2 := start()
	b1 := batchOf(withdraw(1))
	harness.WaitFor(ctx, t, "an assertion covering the second withdrawal confirmed", func() bool {
		_, c := p2.Tip()
		return c.A.BatchEnd > b1
	})
	if err := p2.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	// A third run with a cadence it never meets only confirms what is pending; then the bond
	// comes back (crollup withdraw bond).
	cfg.MaxBatches, cfg.MaxAge = 1<<40, time.Hour
	p3 := start()
	harness.WaitFor(ctx, t, "every assertion confirmed", func() bool {
		tip, c := p3.Tip()
		return tip.ID == c.ID && c.Block != 0
	})
	if err := p3.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	auth := bind.NewKeyedTransactor(key, d.L1.ChainID())
	paid, err := withdrawal.ReturnBond(ctx, d.Client, auth, d.Addrs.Rollup)
	if err != nil || paid.Cmp(deploy.DefaultSettlement().Bond) != 0 {
		t.Fatalf("bond returned: %v wei (%v), want %v", paid, err, deploy.DefaultSettlement().Bond)
	}
	if paid, err := withdrawal.ReturnBond(ctx, d.Client, auth, d.Addrs.Rollup); err != nil || paid.Sign() != 0 {
		t.Fatalf("a second return: %v wei (%v)", paid, err)
	}
	for i, p := range []*proposer.Proposer{p1, p2, p3} {
		if n := p.Failures(); n != 0 {
			t.Errorf("proposer run %d: %v failed steps", i+1, n)
		}
	}

	// The Rollup's view: every assertion is ours, and each extends the one before it.
	rb := bindings.NewRollup()
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	logs, err := d.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Addrs.Rollup},
		Topics: [][]common.Hash{{a.Events["AssertionMade"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	genesisID, err := bindingsCall(ctx, d, rb.PackGenesis(), rb.UnpackGenesis)
	if err != nil {
		t.Fatal(err)
	}
	prev := common.Hash(genesisID)
	for i := range logs {
		ev, err := rb.UnpackAssertionMadeEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if ev.Staker != d.Address(devnet.KeyProposer) || common.Hash(ev.Parent) != prev {
			t.Fatalf("assertion %d (%x): staker %s, parent %x, want the previous %s", i, ev.Id, ev.Staker, ev.Parent, prev)
		}
		root, err := d.Exec.BatchRoot(ev.Assertion.BatchEnd)
		if err != nil || root.StateRoot != ev.Assertion.StateRoot {
			t.Fatalf("assertion %d asserts %x after %d batches; the executor has %+v (%v)", i, ev.Assertion.StateRoot,
				ev.Assertion.BatchEnd, root, err)
		}
		prev = ev.Id
	}
	if len(logs) < 3 {
		t.Fatalf("%d assertions", len(logs))
	}
	t.Logf("%d assertions by two runs; the confirmed chain covers %d batches", len(logs), func() uint64 { _, c := p2.Tip(); return c.A.BatchEnd }())
}

func bindingsCall[T any](ctx context.Context, d *devnet.Devnet, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Addrs.Rollup, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// TestProposerAfterL1Reorg: an L1 reorg takes back the proposer's newest assertion (its
// transaction replaced by another of the same nonce, so it cannot come back from the pool). The
// proposer sees that the Rollup no longer holds it, reads the Rollup again and asserts it again:
// the Rollup ends up holding an assertion over those batches, staked by the proposer.
func TestProposerAfterL1Reorg(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: 30, L1FinalityDepth: 16})
	key := d.Keys[devnet.KeyProposer]
	lg := harness.TestLog(t)
	tm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), key, 1, 100*time.Millisecond, lg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tm.Close)
	m := proposer.NewMetrics(nil)
	p, err := proposer.New(ctx, proposer.Config{Rollup: d.Addrs.Rollup, MaxBatches: 1, MaxAge: time.Second, PollInterval: 200 * time.Millisecond},
		lg, d.Exec, d.Client, tm, m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Deposit(ctx, devnet.KeyUser, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Stop(context.Background()) })
	var tip proposer.Assertion
	harness.WaitFor(ctx, t, "an assertion over a batch", func() bool {
		tip, _ = p.Tip()
		return tip.A.BatchEnd >= 1
	})
	// Its transaction, and one from the proposer's key with the same nonce to replace it.
	rb := bindings.NewRollup()
	logs, err := d.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(tip.Block), ToBlock: new(big.Int).SetUint64(tip.Block),
		Addresses: []common.Address{d.Addrs.Rollup}})
	if err != nil || len(logs) == 0 {
		t.Fatalf("the assertion's logs: %v", err)
	}
	tx, _, err := d.Client.TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	head, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	self := d.Address(devnet.KeyProposer)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei))
	conflict, err := types.SignNewTx(key, types.LatestSignerForChainID(d.L1.ChainID()), &types.DynamicFeeTx{ChainID: d.L1.ChainID(),
		Nonce: tx.Nonce(), GasTipCap: big.NewInt(params.GWei), GasFeeCap: fee, Gas: 21_000, To: &self, Value: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.L1.Reorg(ctx, head.Number.Uint64()-tip.Block+1, []*types.Transaction{conflict}); err != nil {
		t.Fatal(err)
	}
	state := func(id common.Hash) uint8 {
		out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Addrs.Rollup, Data: rb.PackAssertionState(id)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := rb.UnpackAssertionState(out)
		return st.Status
	}
	if state(tip.ID) != 0 {
		t.Fatal("the reorg did not take the assertion back")
	}
	t.Logf("assertion %s (batches to %d, L1 block %d) taken back by a reorg of %d blocks", tip.ID, tip.A.BatchEnd, tip.Block, head.Number.Uint64()-tip.Block+1)
	harness.WaitFor(ctx, t, "the proposer's assertion over those batches on the Rollup again", func() bool {
		again, _ := p.Tip()
		return again.A.BatchEnd >= tip.A.BatchEnd && state(again.ID) != 0
	})
	again, _ := p.Tip()
	t.Logf("asserted again: %s (batches to %d) in L1 block %d", again.ID, again.A.BatchEnd, again.Block)
}
