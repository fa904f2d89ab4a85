// Package disputetest is a small state machine and its traces for testing the dispute protocol:
// the Go model (chain/dispute) and the ChallengeManager (its Solidity twin is
// contracts/src/test/ToyMachine.sol) play games on it.
package disputetest

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a state hash.
type Hash = common.Hash

// Toy is a dispute.Machine whose batches are short hash chains: a level-1 state is (b, q, salt), the
// boundary b it started from, the step q and a salt (0 for the true computation); a batch from b
// takes steps(b) steps and leads to the boundary next(b, salt). A wrong step is one that changes
// the salt; everything after it follows the rules from the wrong state.
type Toy struct{ N1 uint64 } // K^Heights[1]: a batch ends within the level-1 range

// Steps is the number of steps of the batch from boundary b.
// Step is dispute.Machine.Step.
func (m Toy) Steps(b Hash) uint64 { return 1 + uint64(b[31])%(m.N1-1) }

// State is the hash and preimage of the state (b, q, salt).
func State(b Hash, q, salt uint64) (Hash, []byte) {
	pre := make([]byte, 48)
	copy(pre, b[:])
	binary.BigEndian.PutUint64(pre[32:], q)
	binary.BigEndian.PutUint64(pre[40:], salt)
	return crypto.Keccak256Hash([]byte("state"), pre), pre
}

func decode(pre []byte) (b Hash, q, salt uint64, err error) {
	if len(pre) != 48 {
		return b, 0, 0, fmt.Errorf("a toy state is 48 bytes, got %d", len(pre))
	}
	return Hash(pre[:32]), binary.BigEndian.Uint64(pre[32:]), binary.BigEndian.Uint64(pre[40:]), nil
}

// Next is the boundary after the batch from b ended with salt.
func Next(b Hash, salt uint64) Hash {
	var s [8]byte
	binary.BigEndian.PutUint64(s[:], salt)
	return crypto.Keccak256Hash([]byte("next"), b[:], s[:])
}

// Start1 is dispute.Machine.Start1.
func (m Toy) Start1(b Hash) Hash { h, _ := State(b, 0, 0); return h }

// Link is dispute.Machine.Link.
func (m Toy) Link(pre []byte) (Hash, Hash, error) {
	b, q, salt, err := decode(pre)
	if err != nil {
		return Hash{}, Hash{}, err
	}
	if q != m.Steps(b) {
		return Hash{}, Hash{}, fmt.Errorf("state at step %d of %d: not done", q, m.Steps(b))
	}
	h, _ := State(b, q, salt)
	return h, Next(b, salt), nil
}

// Step is dispute.Machine.Step.
func (m Toy) Step(pre, _ []byte) (Hash, Hash, error) {
	b, q, salt, err := decode(pre)
	if err != nil {
		return Hash{}, Hash{}, err
	}
	h, _ := State(b, q, salt)
	post, _ := State(b, min(q+1, m.Steps(b)), salt)
	return h, post, nil
}

// Trace is the true computation from a genesis boundary, or, with salt ≠ 0, one that takes a
// wrong step at step q* of batch p* (q* in [1, steps]) and follows the rules after it.
type Trace struct {
	M        Toy
	Genesis  Hash
	BadBatch uint64
	BadStep  uint64
	Salt     uint64
	// Padded makes the boundaries after Covered batches repeat the one after batch Covered (the
	// assertions cover Covered batches); a trace that is not Padded goes on computing batches.
	Padded     bool
	Covered    uint64
	boundaries map[uint64]Hash
}

// Boundary is the state hash after p batches.
func (t *Trace) Boundary(p uint64) Hash {
	if p == 0 {
		return t.Genesis
	}
	if t.Padded && p > t.Covered {
		return t.Boundary(t.Covered)
	}
	if b, ok := t.boundaries[p]; ok {
		return b
	}
	prev := t.Boundary(p - 1)
	salt := uint64(0)
	if t.Salt != 0 && p-1 == t.BadBatch {
		salt = t.Salt
	}
	if t.boundaries == nil {
		t.boundaries = map[uint64]Hash{}
	}
	t.boundaries[p] = Next(prev, salt)
	return t.boundaries[p]
}

// State is the steps-level state hash at step q of batch p, with its preimage.
func (t *Trace) State(p, q uint64) (Hash, []byte) {
	b := t.Boundary(p)
	n := t.M.Steps(b)
	salt := uint64(0)
	if t.Salt != 0 && p == t.BadBatch && q >= t.BadStep {
		salt = t.Salt
	}
	return State(b, min(q, n), salt)
}
