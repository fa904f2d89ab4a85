package vm

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/fraudvm/isa"
)

// MaxAccesses is the most memory leaves one step touches.
const MaxAccesses = 4

// ProofSize is the encoded size of one memory access in a witness: the leaf value before the
// step wrote it, then its 35 siblings bottom-up.
const ProofSize = isa.LeafSize + isa.LeafSize*isa.TreeDepth

// Access is one leaf a step touched. Only Leaf and Proof are part of the encoded witness: the
// verifier recomputes the address from the registers, and the written value from the semantics.
type Access struct {
	Addr  uint64                     `json:"addr"`
	Leaf  [isa.LeafSize]byte         `json:"-"`
	Proof [isa.TreeDepth]common.Hash `json:"-"`
	Write bool                       `json:"write"`
	Post  [isa.LeafSize]byte         `json:"-"`
}

// Witness is everything a verifier holding only the pre-state hash needs to execute one step:
// the packed pre-state and, in order, the leaves the step touches with their proofs.
type Witness struct {
	State    [StateSize]byte
	Accesses []Access
}

// ProofData is the encoded access list: ProofSize bytes per access, in access order.
func (w *Witness) ProofData() []byte {
	out := make([]byte, 0, len(w.Accesses)*ProofSize)
	for i := range w.Accesses {
		a := &w.Accesses[i]
		out = append(out, a.Leaf[:]...)
		for _, s := range a.Proof {
			out = append(out, s[:]...)
		}
	}
	return out
}

// StateHash is the hash of the witness's pre-state.
func (w *Witness) StateHash() common.Hash { return HashPacked(w.State[:], Status(w.State[0])) }

// WitnessJSON is the operator-facing form of a witness (crollup vm witness).
type WitnessJSON struct {
	Step      uint64        `json:"step"`
	StateHash common.Hash   `json:"stateHash"`
	State     hexutil.Bytes `json:"state"`
	PostHash  common.Hash   `json:"postStateHash"`
	Accesses  []AccessJSON  `json:"accesses"`
	ProofData hexutil.Bytes `json:"proofData"`
}

// AccessJSON is one access in WitnessJSON.
type AccessJSON struct {
	Addr  hexutil.Uint64 `json:"addr"`
	Write bool           `json:"write"`
	Leaf  hexutil.Bytes  `json:"leaf"`
	Post  hexutil.Bytes  `json:"post,omitempty"`
	Proof []common.Hash  `json:"proof"`
}

// JSON renders the witness with the post-state hash the step produced.
func (w *Witness) JSON(post common.Hash) WitnessJSON {
	st, _ := DecodeState(w.State[:])
	j := WitnessJSON{Step: st.Step, StateHash: w.StateHash(), State: w.State[:], PostHash: post, ProofData: w.ProofData()}
	for i := range w.Accesses {
		a := &w.Accesses[i]
		aj := AccessJSON{Addr: hexutil.Uint64(a.Addr), Write: a.Write, Leaf: append([]byte(nil), a.Leaf[:]...), Proof: append([]common.Hash(nil), a.Proof[:]...)}
		if a.Write {
			aj.Post = append([]byte(nil), a.Post[:]...)
		}
		j.Accesses = append(j.Accesses, aj)
	}
	return j
}
