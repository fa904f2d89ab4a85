package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/sequencer"
)

// lyingRoots is an executor's roots with the state root after every batch from the first on
// changed: what a malicious proposer asserts.
type lyingRoots struct{ proposer.Roots }

func (l lyingRoots) BatchRoot(n uint64) (*api.BatchRoot, error) {
	r, err := l.Roots.BatchRoot(n)
	if err != nil || n == 0 {
		return r, err
	}
	out := *r
	out.StateRoot[31] ^= 1
	return &out, nil
}

// TestChallengerCatchesWrongRoot runs a malicious proposer that asserts wrong state roots on the
// devnet, and a challenger that derives the chain from L1 alone and mirrors the Rollup: the
// challenger rivals the first wrong assertion with the honest one, plays the dispute (the liar
// does not answer), confirms its assertion, rejects the wrong one and slashes the liar's bond.
func TestChallengerCatchesWrongRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	const period = 4
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: period})
	dep, err := d.Deposit(ctx, devnet.KeyUser, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the deposit", func() bool {
		a, err := d.Seq.Account(d.Address(devnet.KeyUser))
		return err == nil && a.Balance.ToInt().Sign() > 0
	})
	signer := &client.Signer{Key: d.Keys[devnet.KeyUser], Account: dep.Account, Domain: d.Chain.Cfg.Domain}
	s, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1000), uint256.NewInt(stftest.FlatPrice), 0)
	if err != nil {
		t.Fatal(err)
	}
	h, err := d.Seq.Send(s.Kind, api.Send{Message: s})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the withdrawal batched", func() bool {
		j, err := d.Seq.Job(h, nil)
		return err == nil && j.Status == api.StatusBatched
	})

	// The liar.
	lg := testLog(t)
	liarKey := d.Keys[devnet.KeyUser+5]
	ltm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), liarKey, 1, 100*time.Millisecond, lg.New("svc", "liar"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ltm.Close)
	liar, err := proposer.New(ctx, proposer.Config{Rollup: d.Addrs.Rollup, MaxBatches: 1, MaxAge: time.Second, PollInterval: 200 * time.Millisecond},
		lg.New("svc", "liar"), lyingRoots{d.Exec}, d.Client, ltm, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := liar.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = liar.Stop(context.Background()) })

	// The challenger: the chain from L1 alone, the Rollup mirrored from L1 blocks.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(), Inbox: d.Addrs.Inbox,
		Bridge: d.Addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(src.Close)
	oracle := &stf.MapOracle{Batches: map[uint64]*stf.Batch{}}
	chain := challenger.NewChain(d.Chain.Cfg, oracle, d.Chain.Mem, 0, bulk.NewCPU(0))
	mirror, err := challenger.NewMirror(ctx, d.Client, d.Addrs.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), d.Keys[devnet.KeyProposer], 1, 100*time.Millisecond, lg.New("svc", "challenger"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ctm.Close)
	svc := challenger.NewService(lg.New("svc", "challenger"), challenger.NewFeed(src, oracle, chain), chain, mirror, ctm, d.Addrs.Rollup)

	rb := bindings.NewRollup()
	call := func(data []byte) []byte {
		out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Addrs.Rollup, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	liarAddr := d.Address(devnet.KeyUser + 5)
	waitFor(ctx, t, "the liar slashed", func() bool {
		if err := svc.Step(ctx); err != nil {
			t.Logf("challenger step: %v", err)
		}
		bonded, _ := rb.UnpackBonded(call(rb.PackBonded(liarAddr)))
		latest, _ := rb.UnpackLatest(call(rb.PackLatest(liarAddr)))
		st, _ := rb.UnpackAssertionState(call(rb.PackAssertionState(latest)))
		return latest != [32]byte{} && st.Status == 3 && !bonded
	})
	// Every assertion of the liar past genesis's child is rejected; the challenger's is confirmed.
	me := d.Address(devnet.KeyProposer)
	mine, _ := rb.UnpackLatest(call(rb.PackLatest(me)))
	st, _ := rb.UnpackAssertionState(call(rb.PackAssertionState(mine)))
	credit, _ := rb.UnpackCredit(call(rb.PackCredit(me)))
	if st.Status != 2 || credit.Sign() == 0 {
		t.Fatalf("the challenger's assertion %x has status %d, its credit %v", mine, st.Status, credit)
	}
	t.Logf("the challenger sent %d transactions; its credit from the slashed bond: %v wei", svc.Sent(), credit)
}
