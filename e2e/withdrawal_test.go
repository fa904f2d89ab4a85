package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/chain/withdrawal"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/sequencer"
)

// TestWithdrawalOnL1 takes ETH out of the rollup end to end on the in-process L1: a deposit, two
// withdrawals sent to the sequencer and batched, two assertions made on the Rollup from the
// executor's batch roots with honest history commitments (the first covers the zero batches
// genesis fixed, the second the batches the first fixed), confirmed by time after the challenge
// period, and both withdrawals paid by Bridge.finalizeWithdrawal with the executor's proofs.
// The Bridge refuses a proof against a pending assertion, against a confirmed assertion whose
// state lacks the withdrawal, a tampered amount and a replay, each with its named error; the
// Bridge's balance is the deposit less what it paid.
func TestWithdrawalOnL1(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, 2*time.Second
	const period = 3 // L1 blocks
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: period})
	exec, err := client.Dial(ctx, d.Exec.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer exec.Close()

	user := devnet.KeyUser
	dep, err := d.Deposit(ctx, user, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	signer := &client.Signer{Key: d.Keys[user], Account: dep.Account, Domain: d.Chain.Cfg.Domain}
	harness.WaitFor(ctx, t, "the deposit", func() bool {
		a, err := d.Seq.Account(d.Address(user))
		return err == nil && a.Balance.ToInt().Sign() > 0
	})
	// Two withdrawals to fresh L1 addresses.
	to := []common.Address{common.HexToAddress("0x00000000000000000000000000000000000a11ce"), common.HexToAddress("0x0000000000000000000000000000000000000b0b")}
	amounts := []*uint256.Int{uint256.NewInt(params.Ether / 4), uint256.NewInt(params.Ether / 10)}
	send := func(i int, nonce uint64) common.Hash {
		s, err := signer.Withdraw(to[i], amounts[i], uint256.NewInt(stftest.FlatPrice), nonce)
		if err != nil {
			t.Fatal(err)
		}
		h, err := d.Seq.Send(s.Kind, api.Send{Message: s})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	hashes := []common.Hash{send(0, 0), send(1, 1)}
	for i, h := range hashes {
		var j *api.Job
		harness.WaitFor(ctx, t, "withdrawal batched", func() bool {
			j, err = d.Seq.Job(h, nil)
			return err == nil && j.Status == api.StatusBatched
		})
		ej, err := d.Exec.Job(h)
		if err != nil || ej.Receipt == nil || ej.Receipt.Skip != "applied" || uint64(ej.Receipt.Index) != uint64(i) {
			t.Fatalf("withdrawal %d at the executor: %+v %v", i, ej, err)
		}
	}

	// The Rollup, its ChallengeManager and the genesis assertion.
	rb, cb, bb := bindings.NewRollup(), bindings.NewChallengeManager(), bindings.NewBridge()
	rollup := rb.Instance(d.Client, d.Addrs.Rollup)
	callOf := func(c *bind.BoundContract) func([]byte) []byte {
		return func(data []byte) []byte {
			out, err := c.CallRaw(&bind.CallOpts{Context: ctx}, data)
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
	}
	rcall := callOf(rollup)
	cmAddr, _ := rb.UnpackChallengeManager(rcall(rb.PackChallengeManager()))
	cm := cb.Instance(d.Client, cmAddr)
	genesisID, _ := rb.UnpackGenesis(rcall(rb.PackGenesis()))
	bond, _ := rb.UnpackBond(rcall(rb.PackBond()))
	proposer := bind.NewKeyedTransactor(d.Keys[devnet.KeyUser+1], d.L1.ChainID())
	transact := func(c *bind.BoundContract, data []byte, value *big.Int) uint64 {
		t.Helper()
		opts := *proposer
		opts.Context, opts.Value = ctx, value
		tx, err := c.RawTransact(&opts, data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(ctx, d.Client, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("transaction %s: %v (status %d)", tx.Hash(), err, r.Status)
		}
		return r.BlockNumber.Uint64()
	}
	rootAfter := func(n uint64) common.Hash {
		var r *api.BatchRoot
		harness.WaitFor(ctx, t, "the executor's batch root", func() bool {
			r, err = exec.GetBatchRoot(ctx, n)
			return err == nil
		})
		return r.StateRoot
	}

	// assert makes the honest assertion under parent (state root parentRoot, covering up to
	// `from` batches) covering up to the batches its parent fixed, and returns it, its top claim
	// and the block it was made in.
	type made struct {
		a     bindings.RollupAssertion
		id    common.Hash
		top   bindings.ChallengeManagerClaim
		block uint64
	}
	assert := func(parent common.Hash, parentRoot common.Hash, from uint64) made {
		rec, err := rb.UnpackAssertions(rcall(rb.PackAssertions(parent)))
		if err != nil {
			t.Fatal(err)
		}
		end := rec.NextInbox
		roots := make([]common.Hash, end-from+1)
		for i := range roots {
			roots[i] = rootAfter(from + uint64(i))
		}
		if roots[0] != parentRoot {
			t.Fatalf("the executor's root after %d batches is %s, the parent asserted %s", from, roots[0], parentRoot)
		}
		hist := onchain.History(deploy.DefaultK, deploy.DefaultHeight0, roots)
		a := bindings.RollupAssertion{Parent: parent, BatchEnd: end, StateRoot: roots[len(roots)-1], History: hist}
		// The bond is paid once: it follows the staker along its branch.
		value := bond
		if bonded, _ := rb.UnpackBonded(rcall(rb.PackBonded(proposer.From))); bonded {
			value = nil
		}
		block := transact(rollup, rb.PackAssertState(a), value)
		id, _ := rb.UnpackIdOf(rcall(rb.PackIdOf(a)))
		start := stf.StartHash(parentRoot)
		top := bindings.ChallengeManagerClaim{Level: 0, Origin: parent, Pos: 0, Height: deploy.DefaultHeight0,
			StartCtx: dispute.TopCtx(parent, start), Start: start, End: stf.StartHash(a.StateRoot), Commit: hist}
		return made{a: a, id: id, top: top, block: block}
	}
	confirm := func(m made) {
		harness.WaitFor(ctx, t, "the challenge period", func() bool {
			n, err := d.Client.BlockNumber(ctx)
			return err == nil && n > m.block+period
		})
		transact(cm, cb.PackConfirmByTime(m.top, nil), nil)
		transact(rollup, rb.PackConfirm(m.id), nil)
	}

	a1 := assert(genesisID, d.Chain.Root(), 0) // covers what genesis fixed (the Inbox was empty)
	if a1.a.BatchEnd != 0 {
		t.Fatalf("the first assertion covers %d batches; genesis fixed none", a1.a.BatchEnd)
	}
	// A third message opens a new batch, so that the executor seals the withdrawals' batch.
	third := send(0, 2)
	harness.WaitFor(ctx, t, "the third withdrawal batched", func() bool {
		j, err := d.Seq.Job(third, nil)
		return err == nil && j.Status == api.StatusBatched
	})
	a2 := assert(a1.id, a1.a.StateRoot, 0)
	t.Logf("assertion 2 covers %d batches", a2.a.BatchEnd)

	// Before a2 is confirmed, its proof is refused on L1.
	w0, err := exec.GetWithdrawal(ctx, 0, a2.a.BatchEnd)
	if err != nil {
		t.Fatal(err)
	}
	bridge := bb.Instance(d.Client, d.Addrs.Bridge)
	refused := func(what string, id common.Hash, w *api.Withdrawal, want string) {
		t.Helper()
		_, err := d.Client.CallContract(ctx, ethereum.CallMsg{From: d.Address(devnet.KeyUser + 1), To: &d.Addrs.Bridge,
			Data: withdrawal.Calldata(id, w)}, nil)
		if err == nil {
			t.Fatalf("%s: the Bridge accepts it", what)
		}
		var de interface{ ErrorData() any }
		if !errors.As(err, &de) {
			t.Fatalf("%s: %v", what, err)
		}
		raw, _ := hexutil.Decode(de.ErrorData().(string))
		v, uerr := bb.UnpackError(raw)
		if uerr != nil || typeName(v) != "Bridge"+want {
			t.Fatalf("%s: reverted with %T %+v (%v), want %s", what, v, v, uerr, want)
		}
	}
	refused("a proof against a pending assertion", a2.id, w0, "AssertionNotConfirmed")
	confirm(a1)
	confirm(a2)

	latest, err := withdrawal.LatestConfirmed(ctx, d.Client, d.Addrs.Rollup, 0)
	if err != nil || latest.ID != a2.id || latest.BatchEnd != a2.a.BatchEnd || latest.StateRoot != a2.a.StateRoot {
		t.Fatalf("latest confirmed: %+v %v, want %x", latest, err, a2.id)
	}
	// A confirmed assertion whose state lacks the withdrawal: a1 holds none.
	refused("a proof against another confirmed state", a1.id, w0, "BadGlobalsProof")
	bad := *w0
	bad.Amount = (*hexutil.Big)(new(big.Int).Add(w0.Amount.ToInt(), big.NewInt(1)))
	refused("a tampered amount", a2.id, &bad, "BadWithdrawalProof")
	if _, err := exec.GetWithdrawal(ctx, 2, a2.a.BatchEnd); err == nil {
		t.Fatal("the executor proves withdrawal 2 in a state that does not hold it")
	}

	before, err := d.Client.BalanceAt(ctx, d.Addrs.Bridge, nil)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int)
	for i := range 2 {
		w, err := exec.GetWithdrawal(ctx, uint64(i), latest.BatchEnd)
		if err != nil {
			t.Fatal(err)
		}
		r, err := withdrawal.Finalize(ctx, d.Client, proposer, d.Addrs.Bridge, latest, w)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("finalizeWithdrawal %d: %d gas", i, r.GasUsed)
		got, err := d.Client.BalanceAt(ctx, to[i], nil)
		if err != nil || got.Cmp(amounts[i].ToBig()) != 0 {
			t.Fatalf("recipient %d has %v wei (%v), want %v", i, got, err, amounts[i])
		}
		paid.Add(paid, got)
		if _, err := withdrawal.Finalize(ctx, d.Client, proposer, d.Addrs.Bridge, latest, w); !errors.Is(err, withdrawal.ErrPaid) {
			t.Fatalf("a second finalize: %v", err)
		}
		refused("a replay", a2.id, w, "WithdrawalPaid")
	}
	after, err := d.Client.BalanceAt(ctx, d.Addrs.Bridge, nil)
	if err != nil || new(big.Int).Sub(before, after).Cmp(paid) != 0 || after.Cmp(new(big.Int).Sub(big.NewInt(params.Ether), paid)) != 0 {
		t.Fatalf("the Bridge held %v and holds %v (%v) after paying %v", before, after, err, paid)
	}
	isPaid, _ := bb.UnpackWithdrawalPaid(callOf(bridge)(bb.PackWithdrawalPaid(1)))
	if !isPaid {
		t.Fatal("withdrawalPaid(1) is false")
	}
}

// typeName is the name of a decoded custom error's binding type ("BridgeWithdrawalPaid").
func typeName(v any) string { return strings.TrimPrefix(fmt.Sprintf("%T", v), "*bindings.") }
