package challenger

import (
	"errors"
	"fmt"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
)

// ChainMachine is the chain machine as the dispute model needs it (dispute.Machine), the Go twin
// of contracts/src/ChainMachine.sol for Start1 and Link. A step needs the chain's verifier
// (ChainVM on L1): StepFn runs it, from the pre-state preimage and the step's proof.
type ChainMachine struct {
	StepFn func(pre, proof []byte) (post dispute.Hash, err error)
}

// Start1 implements dispute.Machine: a batch's steps level starts at its boundary state.
func (ChainMachine) Start1(s0 dispute.Hash) dispute.Hash { return s0 }

// Link implements dispute.Machine: a done state's hash, and the start-state hash of its memory
// root (the next boundary).
func (ChainMachine) Link(end []byte) (dispute.Hash, dispute.Hash, error) {
	st, err := stf.DecodeState(end)
	if err != nil {
		return dispute.Hash{}, dispute.Hash{}, err
	}
	if st.Regs.Status != stf.StatusDone {
		return dispute.Hash{}, dispute.Hash{}, errors.New("challenger: the end state is not done")
	}
	return st.Hash(), stf.StartHash(st.Job.MemRoot), nil
}

// Step implements dispute.Machine.
func (m ChainMachine) Step(pre, proof []byte) (dispute.Hash, dispute.Hash, error) {
	st, err := stf.DecodeState(pre)
	if err != nil {
		return dispute.Hash{}, dispute.Hash{}, err
	}
	if m.StepFn == nil {
		return dispute.Hash{}, dispute.Hash{}, fmt.Errorf("challenger: no step verifier")
	}
	post, err := m.StepFn(pre, proof)
	return st.Hash(), post, err
}

var _ dispute.Machine = ChainMachine{}
