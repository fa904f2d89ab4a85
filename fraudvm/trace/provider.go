package trace

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/vm"
)

// TraceProvider is what a challenger asks of an execution trace, whatever machine ran it: the
// job machine (*Provider, states vm.State and witnesses *vm.Witness) or the chain machine
// (chain/stf/stftrace.Provider, stf.State and *stf.Witness). Bisection needs HashAt at the
// positions it commits to and Steps to bound them; the one-step proof needs WitnessAt at the
// disputed step, which a verifier holding HashAt(i) checks leads to HashAt(i+1). As in
// op-challenger's TraceProvider, positions past the end answer the final state: a halted machine
// steps to itself.
//
// Implementations must be safe for concurrent queries and must answer exactly what stepping
// from index 0 would give; tracetest.Check holds any implementation to that contract.
type TraceProvider[S any, W Witness] interface {
	// Steps is the trace length: the number of steps until the machine halts.
	Steps() uint64
	// Final is the state after the last step.
	Final() S
	// StateAt returns the state after i steps.
	StateAt(ctx context.Context, i uint64) (S, error)
	// HashAt returns the hash of StateAt(i), what claims commit to.
	HashAt(ctx context.Context, i uint64) (common.Hash, error)
	// WitnessAt returns the witness of step i, from the state after i steps.
	WitnessAt(ctx context.Context, i uint64) (W, error)
}

// Witness is a one-step proof as an L1 verifier takes it: the packed pre-state, whose hash it
// checks against the claim, and the proof data of the memory the step touches.
type Witness interface {
	StateHash() common.Hash
	ProofData() []byte
}

var _ TraceProvider[vm.State, *vm.Witness] = (*Provider)(nil)
