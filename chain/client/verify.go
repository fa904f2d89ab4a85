package client

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ErrBadResult is wrapped by every VerifyJobResult error.
var ErrBadResult = errors.New("job result does not verify")

// recordHeight is the height of a job record's node (two leaves).
const recordHeight = 1

// VerifyJobResult checks a job result against the state root it names: the job record's two
// leaves hash to a node whose proof folds to StateRoot at the record's address; the record says
// halted or faulted as Status does and holds OutputRoot; and Output, placed at the start of the
// output region with zeros after it, hashes to OutputRoot. A result that passes is the chain's
// answer as of that state root (which a client compares with an asserted or finalized root).
func VerifyJobResult(r *api.JobResult) error {
	if len(r.Record) != 2 || len(r.Record[0]) != 32 || len(r.Record[1]) != 32 {
		return fmt.Errorf("%w: the record is not two 32-byte leaves", ErrBadResult)
	}
	if len(r.Proof) != isa.TreeDepth-recordHeight {
		return fmt.Errorf("%w: %d proof hashes, want %d", ErrBadResult, len(r.Proof), isa.TreeDepth-recordHeight)
	}
	var l [2]layout.Leaf
	copy(l[0][:], r.Record[0])
	copy(l[1][:], r.Record[1])
	rec, err := layout.DecodeJob(l)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadResult, err)
	}
	node := crypto.Keccak256Hash(l[0][:], l[1][:])
	if got := memory.NodeRootFromProof(node, layout.JobAddr(uint64(r.JobIndex)), recordHeight, r.Proof); got != r.StateRoot {
		return fmt.Errorf("%w: the record of job %d folds to %v, not the state root %v", ErrBadResult, uint64(r.JobIndex), got, r.StateRoot)
	}
	want := map[layout.JobStatus]string{layout.JobHalted: "halted", layout.JobFaulted: "faulted"}[rec.Status]
	if want == "" || want != r.Status || rec.Fault != r.Fault {
		return fmt.Errorf("%w: the record says status %d fault %d, the result %q fault %d", ErrBadResult, rec.Status, rec.Fault, r.Status, r.Fault)
	}
	if rec.Output != r.OutputRoot {
		return fmt.Errorf("%w: the record's output root is %v, the result says %v", ErrBadResult, rec.Output, r.OutputRoot)
	}
	if got := OutputRoot(r.Output); got != r.OutputRoot {
		return fmt.Errorf("%w: the output bytes hash to %v, not the output root %v", ErrBadResult, got, r.OutputRoot)
	}
	return nil
}

// MaxWithdrawals is how many withdrawal records the state holds: record w is at slot w mod 2^30
// (layout.WithdrawalAddr), so a slot holds withdrawal w while the count is in (w, w + 2^30].
const MaxWithdrawals = 1 << 30

// VerifyWithdrawal checks a withdrawal as Bridge.finalizeWithdrawal does: globals leaf 0 and
// its proof fold to StateRoot, the withdrawal count there shows that the slot holds withdrawal
// Index, and the record (To, Amount) with its proof folds to StateRoot.
func VerifyWithdrawal(w *api.Withdrawal) error {
	if len(w.GlobalsProof) != isa.TreeDepth || len(w.Proof) != isa.TreeDepth-recordHeight {
		return fmt.Errorf("%w: %d and %d proof hashes, want %d and %d", ErrBadResult, len(w.GlobalsProof), len(w.Proof),
			isa.TreeDepth, isa.TreeDepth-recordHeight)
	}
	if w.Amount == nil || w.Amount.ToInt().Sign() < 0 || w.Amount.ToInt().BitLen() > 256 {
		return fmt.Errorf("%w: no amount, or not a u256", ErrBadResult)
	}
	if got := memory.RootFromProof(w.Globals0, layout.GlobalsBase, w.GlobalsProof); got != w.StateRoot {
		return fmt.Errorf("%w: globals leaf 0 folds to %v, not the state root %v", ErrBadResult, got, w.StateRoot)
	}
	idx, count := uint64(w.Index), binary.BigEndian.Uint64(w.Globals0[24:])
	if idx >= count || count-idx > MaxWithdrawals {
		return fmt.Errorf("%w: the state holds %d withdrawals, not withdrawal %d", ErrBadResult, count, idx)
	}
	var amount uint256.Int
	amount.SetFromBig(w.Amount.ToInt())
	rec := layout.Withdrawal{To: w.To, Amount: amount}
	l := rec.Encode()
	node := crypto.Keccak256Hash(l[0][:], l[1][:])
	if got := memory.NodeRootFromProof(node, layout.WithdrawalAddr(idx), recordHeight, w.Proof); got != w.StateRoot {
		return fmt.Errorf("%w: the record of withdrawal %d folds to %v, not the state root %v", ErrBadResult, idx, got, w.StateRoot)
	}
	return nil
}

// OutputRoot is the root of an output region holding out at its start and zeros after it.
func OutputRoot(out []byte) common.Hash {
	if uint64(len(out)) > isa.RegionSize {
		return common.Hash{}
	}
	m := memory.New()
	m.Write(0, out)
	return m.NodeHash(0, isa.RegionBits-isa.LeafBits)
}
