package client

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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

// OutputRoot is the root of an output region holding out at its start and zeros after it.
func OutputRoot(out []byte) common.Hash {
	if uint64(len(out)) > isa.RegionSize {
		return common.Hash{}
	}
	m := memory.New()
	m.Write(0, out)
	return m.NodeHash(0, isa.RegionBits-isa.LeafBits)
}
