package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor/proposer"
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

// disputeEnv is a devnet with a deposit and a withdrawal batched, and a malicious proposer
// asserting wrong roots (lyingRoots) from its own key.
type disputeEnv struct {
	ctx      context.Context
	d        *devnet.Devnet
	liarKey  *ecdsa.PrivateKey
	liarAddr common.Address
	liar     *proposer.Proposer
}

func newDisputeEnv(ctx context.Context, t *testing.T, period uint64) *disputeEnv {
	t.Helper()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: period})
	signer := depositUser(ctx, t, d)
	s, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1000), uint256.NewInt(stftest.FlatPrice), 0)
	if err != nil {
		t.Fatal(err)
	}
	h, err := d.Seq.Send(s.Kind, api.Send{Message: s})
	if err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "the withdrawal batched", func() bool {
		j, err := d.Seq.Job(h, nil)
		return err == nil && j.Status == api.StatusBatched
	})
	e := &disputeEnv{ctx: ctx, d: d, liarKey: d.Keys[devnet.KeyUser+5], liarAddr: d.Address(devnet.KeyUser + 5)}
	lg := harness.TestLog(t).New("svc", "liar")
	ltm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), e.liarKey, 1, 100*time.Millisecond, lg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ltm.Close)
	e.liar, err = proposer.New(ctx, proposer.Config{Rollup: d.Addrs.Rollup, MaxBatches: 1, MaxAge: time.Second, PollInterval: 200 * time.Millisecond},
		lg, lyingRoots{d.Exec}, d.Client, ltm, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.liar.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.liar.Stop(context.Background()) })
	return e
}

// service starts a challenger service sending from key over a watch of its own.
func (e *disputeEnv) service(t *testing.T, key *ecdsa.PrivateKey, name string) *challenger.Service {
	t.Helper()
	return party(t, e.d, newWatch(e.ctx, t, e.d), key, name)
}

// slashed reports whether the liar's latest assertion is rejected and its bond gone.
func (e *disputeEnv) slashed(t *testing.T) bool { return beatenOnL1(e.ctx, t, e.d, e.liarAddr) }

// won checks that the challenger's latest assertion is confirmed and it was credited.
func (e *disputeEnv) won(t *testing.T) *big.Int {
	t.Helper()
	credit, ok := e.confirmed(t)
	if !ok {
		t.Fatal("the challenger's assertion is not confirmed, or it was not credited")
	}
	return credit
}

// confirmed reports whether the challenger's latest assertion is confirmed and it was credited.
func (e *disputeEnv) confirmed(t *testing.T) (*big.Int, bool) {
	rb := bindings.NewRollup()
	call := func(data []byte) []byte { return rollupCall(e.ctx, t, e.d, data) }
	me := e.d.Address(devnet.KeyProposer)
	mine, _ := rb.UnpackLatest(call(rb.PackLatest(me)))
	st, _ := rb.UnpackAssertionState(call(rb.PackAssertionState(mine)))
	credit, _ := rb.UnpackCredit(call(rb.PackCredit(me)))
	return credit, st.Status == 2 && credit.Sign() > 0
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
	e := newDisputeEnv(ctx, t, 4)
	svc := e.service(t, e.d.Keys[devnet.KeyProposer], "challenger")
	harness.WaitFor(ctx, t, "the liar slashed and the challenger's assertion confirmed", func() bool {
		if err := svc.Step(ctx); err != nil {
			t.Logf("challenger step: %v", err)
		}
		_, ok := e.confirmed(t)
		return ok && e.slashed(t)
	})
	t.Logf("the challenger sent %d transactions; its credit from the slashed bond: %v wei", svc.Sent(), e.won(t))
	// The explorer shows the dispute.
	checkDisputePage(ctx, t, e.d)
}
