// Package withdrawal finalizes withdrawals on L1: it finds the newest confirmed assertion of the
// Rollup, fetches a withdrawal's proofs against that assertion's state root from an executor,
// and sends Bridge.finalizeWithdrawal (docs/spec/dispute.md §10). `crollup withdraw finalize`
// is its command line.
package withdrawal

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/contracts/bindings"
)

// L1 is what this package needs of an L1 client (ethclient.Client has it all).
type L1 interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.LogFilterer
	ethereum.BlockNumberReader
}

// scanChunk is the most blocks one log query spans: public L1 endpoints refuse wide ranges.
const scanChunk = 10_000

// Assertion is a Rollup assertion as its logs describe it.
type Assertion struct {
	ID        common.Hash
	BatchEnd  uint64 // the batches it covers end here: its state is the state after BatchEnd batches
	StateRoot common.Hash
	L1Block   uint64 // the block that confirmed it
}

// ErrNoConfirmed is returned when the Rollup has confirmed nothing but its genesis.
var ErrNoConfirmed = errors.New("no assertion is confirmed yet")

// ErrPaid is returned for a withdrawal the Bridge has paid already.
var ErrPaid = errors.New("the withdrawal is paid already")

// LatestConfirmed returns the confirmed assertion covering the most batches, from the Rollup's
// AssertionMade and AssertionConfirmed logs at or after L1 block `from` (the Rollup's deployment
// block, or 0).
func LatestConfirmed(ctx context.Context, l1 L1, rollup common.Address, from uint64) (*Assertion, error) {
	rb := bindings.NewRollup()
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	made, confirmed := a.Events["AssertionMade"].ID, a.Events["AssertionConfirmed"].ID
	head, err := l1.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("withdrawal: L1 head: %w", err)
	}
	var logs []types.Log
	for lo := from; lo <= head; lo += scanChunk {
		got, err := l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo),
			ToBlock: new(big.Int).SetUint64(min(head, lo+scanChunk-1)), Addresses: []common.Address{rollup},
			Topics: [][]common.Hash{{made, confirmed}}})
		if err != nil {
			return nil, fmt.Errorf("withdrawal: Rollup %s logs: %w", rollup, err)
		}
		logs = append(logs, got...)
	}
	assertions := map[common.Hash]*Assertion{}
	var best *Assertion
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case made:
			ev, err := rb.UnpackAssertionMadeEvent(l)
			if err != nil {
				return nil, fmt.Errorf("withdrawal: AssertionMade in %s: %w", l.TxHash, err)
			}
			assertions[ev.Id] = &Assertion{ID: ev.Id, BatchEnd: ev.Assertion.BatchEnd, StateRoot: ev.Assertion.StateRoot}
		case confirmed:
			ev, err := rb.UnpackAssertionConfirmedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("withdrawal: AssertionConfirmed in %s: %w", l.TxHash, err)
			}
			a, ok := assertions[ev.Id]
			if !ok {
				return nil, fmt.Errorf("withdrawal: assertion %x confirmed at block %d was made before block %d: scan from earlier", ev.Id, l.BlockNumber, from)
			}
			a.L1Block = l.BlockNumber
			if best == nil || a.BatchEnd > best.BatchEnd {
				best = a
			}
		}
	}
	if best == nil {
		return nil, ErrNoConfirmed
	}
	return best, nil
}

// Finalize sends Bridge.finalizeWithdrawal for w, proven against the confirmed assertion a, and
// waits for its receipt. A transaction the Bridge would refuse is not sent: the error names the
// Bridge's custom error.
func Finalize(ctx context.Context, l1 L1, auth *bind.TransactOpts, bridge common.Address, a *Assertion, w *api.Withdrawal) (*types.Receipt, error) {
	if w.StateRoot != a.StateRoot || uint64(w.Batches) != a.BatchEnd {
		return nil, fmt.Errorf("withdrawal: the proof is against the state after %d batches (root %s), assertion %s asserts %d batches (root %s): the executor and the Rollup disagree",
			uint64(w.Batches), w.StateRoot, a.ID, a.BatchEnd, a.StateRoot)
	}
	bb := bindings.NewBridge()
	c := bb.Instance(l1, bridge)
	paid, err := bind.Call(c, &bind.CallOpts{Context: ctx}, bb.PackWithdrawalPaid(uint64(w.Index)), bb.UnpackWithdrawalPaid)
	if err != nil {
		return nil, fmt.Errorf("withdrawal: Bridge %s: %w", bridge, err)
	}
	if paid {
		return nil, fmt.Errorf("withdrawal %d: %w", uint64(w.Index), ErrPaid)
	}
	opts := *auth
	opts.Context = ctx
	tx, err := c.RawTransact(&opts, Calldata(a.ID, w))
	if err != nil {
		return nil, fmt.Errorf("withdrawal %d: finalizeWithdrawal: %w", uint64(w.Index), decodeRevert(bb, err))
	}
	r, err := bind.WaitMined(ctx, l1, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("withdrawal %d: waiting for %s: %w", uint64(w.Index), tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("withdrawal %d: transaction %s reverted", uint64(w.Index), tx.Hash())
	}
	return r, nil
}

// Calldata is Bridge.finalizeWithdrawal's calldata for w against assertion id.
func Calldata(id common.Hash, w *api.Withdrawal) []byte {
	hashes := func(hs []common.Hash) [][32]byte {
		out := make([][32]byte, len(hs))
		for i, h := range hs {
			out[i] = h
		}
		return out
	}
	return bindings.NewBridge().PackFinalizeWithdrawal(id, uint64(w.Index), w.To, w.Amount.ToInt(), hashes(w.Proof), w.Globals0,
		hashes(w.GlobalsProof))
}

// decodeRevert names the Bridge's custom error in a failed gas estimate, if it carries one.
func decodeRevert(bb *bindings.Bridge, err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	raw, derr := hexutil.Decode(s)
	if derr != nil || len(raw) < 4 {
		return err
	}
	v, uerr := bb.UnpackError(raw)
	if uerr != nil {
		return err
	}
	return fmt.Errorf("the Bridge refuses it: %s %+v", strings.TrimPrefix(fmt.Sprintf("%T", v), "*bindings.Bridge"), v)
}

// ErrBondLocked is returned by ReturnBond while the staker's latest assertion is not confirmed.
var ErrBondLocked = errors.New("the bond is locked: the staker's latest assertion is not confirmed")

// ReturnBond takes a staker's bond and credits back from the Rollup: Rollup.returnBond, when the
// staker (auth.From) is bonded and its latest assertion is confirmed, then Rollup.withdraw of
// its credit (the bond, and any reward or stake the Rollup credited it). It returns the wei paid
// out; a staker with neither bond nor credit gets 0 and no transaction.
func ReturnBond(ctx context.Context, l1 L1, auth *bind.TransactOpts, rollup common.Address) (*big.Int, error) {
	rb := bindings.NewRollup()
	c := rb.Instance(l1, rollup)
	opts := &bind.CallOpts{Context: ctx}
	me := auth.From
	bonded, err := bind.Call(c, opts, rb.PackBonded(me), rb.UnpackBonded)
	if err != nil {
		return nil, fmt.Errorf("withdrawal: Rollup %s: %w", rollup, err)
	}
	send := func(what string, data []byte) error {
		o := *auth
		o.Context = ctx
		tx, err := c.RawTransact(&o, data)
		if err != nil {
			return fmt.Errorf("withdrawal: %s: %w", what, err)
		}
		r, err := bind.WaitMined(ctx, l1, tx.Hash())
		if err != nil {
			return fmt.Errorf("withdrawal: %s: waiting for %s: %w", what, tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("withdrawal: %s: transaction %s reverted", what, tx.Hash())
		}
		return nil
	}
	if bonded {
		latest, err := bind.Call(c, opts, rb.PackLatest(me), rb.UnpackLatest)
		if err != nil {
			return nil, err
		}
		st, err := bind.Call(c, opts, rb.PackAssertionState(latest), rb.UnpackAssertionState)
		if err != nil {
			return nil, err
		}
		if st.Status != 2 {
			return nil, fmt.Errorf("%w (assertion %x, status %d)", ErrBondLocked, latest, st.Status)
		}
		if err := send("returnBond", rb.PackReturnBond()); err != nil {
			return nil, err
		}
	}
	credit, err := bind.Call(c, opts, rb.PackCredit(me), rb.UnpackCredit)
	if err != nil {
		return nil, err
	}
	if credit.Sign() == 0 {
		return credit, nil
	}
	if err := send("withdraw", rb.PackWithdraw()); err != nil {
		return nil, err
	}
	return credit, nil
}
