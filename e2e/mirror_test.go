package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/sequencer"
)

// TestMirror builds a challenger's mirror of the devnet's Rollup and ChallengeManager from L1
// blocks alone, while the devnet's proposer asserts and confirms, across an L1 reorg of the last
// blocks it read: every assertion the Rollup made is in the mirror with the Rollup's status, and
// every claim with the ChallengeManager's.
func TestMirror(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: 2, Propose: true, L1Executor: true, L1FinalityDepth: 8})
	signer := depositUser(ctx, t, d)
	for nonce := range uint64(2) {
		s, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1000+nonce), uint256.NewInt(stftest.FlatPrice), nonce)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Seq.Send(s.Kind, api.Send{Message: s}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
	}
	harness.WaitFor(ctx, t, "three confirmed assertions", func() bool {
		_, c := d.Proposer.Tip()
		return c.A.BatchEnd >= 2
	})

	mi, err := challenger.NewMirror(ctx, d.Client, d.Addrs.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mi.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	// L1 takes back the last 3 blocks the mirror read; their transactions go back to the pool
	// and land again in later blocks. The mirror must notice and build itself again: applying
	// those moves a second time on top of the first would fail or diverge.
	reorgAt := mi.M.Now
	// The new block holds a transfer, so that it differs from the block it replaces even when
	// those were empty.
	hdr, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := d.Keys[devnet.KeyUser+3]
	self := d.Address(devnet.KeyUser + 3)
	nonce, err := d.Client.NonceAt(ctx, self, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(new(big.Int).Mul(hdr.BaseFee, big.NewInt(4)), big.NewInt(params.GWei))
	transfer, err := types.SignNewTx(key, types.LatestSignerForChainID(d.L1.ChainID()), &types.DynamicFeeTx{ChainID: d.L1.ChainID(),
		Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: fee, Gas: 21_000, To: &self, Value: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.L1.Reorg(ctx, hdr.Number.Uint64()-reorgAt+3, []*types.Transaction{transfer}); err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "three more L1 blocks", func() bool {
		n, err := d.Client.BlockNumber(ctx)
		return err == nil && n >= reorgAt+3
	})
	applied, err := mi.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if mi.Reorgs != 1 {
		t.Fatalf("the mirror saw %d reorgs, want 1", mi.Reorgs)
	}
	head := mi.M.Now

	rb, cb := bindings.NewRollup(), bindings.NewChallengeManager()
	call := func(to common.Address, data []byte) []byte {
		out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(head))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	ab, _ := bindings.RollupMetaData.ParseABI()
	logs, err := d.Client.FilterLogs(ctx, ethereum.FilterQuery{ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{d.Addrs.Rollup},
		Topics: [][]common.Hash{{ab.Events["AssertionMade"].ID}}})
	if err != nil || len(logs) < 3 {
		t.Fatalf("%d AssertionMade logs (%v)", len(logs), err)
	}
	status := map[dispute.AssertionStatus]uint8{dispute.AssertionPending: 1, dispute.AssertionConfirmed: 2, dispute.AssertionRejected: 3}
	for i := range logs {
		ev, err := rb.UnpackAssertionMadeEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		st, _ := rb.UnpackAssertionState(call(d.Addrs.Rollup, rb.PackAssertionState(ev.Id)))
		a, ok := mi.R.Assertion(ev.Id)
		if !ok || status[a.Status] != st.Status || a.Top != ev.Top {
			t.Fatalf("assertion %x: mirror %+v (%v), Rollup status %d", ev.Id, a, ok, st.Status)
		}
	}
	cmAddr, _ := rb.UnpackChallengeManager(call(d.Addrs.Rollup, rb.PackChallengeManager()))
	claims := mi.M.Claims()
	for _, id := range claims {
		r, _ := mi.M.Claim(id)
		got, _ := cb.UnpackClaims(call(cmAddr, cb.PackClaims(id)))
		if want := map[dispute.Status]uint8{dispute.Pending: 1, dispute.Confirmed: 2, dispute.Refuted: 3}[r.Status]; got.Status != want || got.Created != r.Created {
			t.Fatalf("claim %s: ChallengeManager status %d created %d, mirror %d %d", id.TerminalString(), got.Status, got.Created, want, r.Created)
		}
	}
	t.Logf("mirrored %d transactions up to L1 block %d: %d assertions, %d claims", applied, head, len(logs), len(claims))
}
