package stf

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/vm"
)

// AccessKind says how a step touched memory.
type AccessKind uint8

const (
	// AccessLeaf reads (and may write) one 32-byte leaf: encoded as the leaf, then 35 siblings.
	AccessLeaf AccessKind = iota
	// AccessNode reads (and may graft) the node at some height: the node, then 35 − height
	// siblings.
	AccessNode
	// AccessSubtree reads a subtree of height 4 by its bytes (a message body): 512 bytes, then
	// 31 siblings.
	AccessSubtree
)

// BodyHeight is the height of the subtree a message body is read as (16 words, 512 bytes).
const BodyHeight = 4

// Access is one memory access of a chain step, in the order the step made it. Each proof is
// against the memory root as it was when the access was made (after the step's earlier writes).
type Access struct {
	Kind   AccessKind
	Addr   uint64
	Height uint
	Pre    common.Hash // the leaf or node before the step
	Data   []byte      // AccessSubtree: the subtree's bytes
	Proof  []common.Hash
	Write  bool
	Post   common.Hash // the value written (a leaf, or the grafted node)
}

// Witness is what a verifier holding only the pre-state hash needs for one step: the packed
// pre-state, the oracle data the step took from L1 (checked against the Inbox), and the memory
// accesses. For a JOB_RUN step, Job is the job machine's witness and Accesses is empty.
type Witness struct {
	State    [StateSize]byte
	Oracle   []byte
	Accesses []Access
	Job      *vm.Witness
}

// ProofData is the encoded witness after the state: the oracle data, then each access (its leaf,
// node or subtree bytes, then its siblings); for a JOB_RUN step, the job witness's proof data.
func (w *Witness) ProofData() []byte {
	if w.Job != nil {
		return w.Job.ProofData()
	}
	out := append([]byte(nil), w.Oracle...)
	for i := range w.Accesses {
		a := &w.Accesses[i]
		if a.Kind == AccessSubtree {
			out = append(out, a.Data...)
		} else {
			out = append(out, a.Pre[:]...)
		}
		for _, s := range a.Proof {
			out = append(out, s[:]...)
		}
	}
	return out
}

// StateHash is the hash of the witness's pre-state.
func (w *Witness) StateHash() common.Hash { return HashPacked(w.State[:]) }

// leafHeight is the tree depth, for readers of Access.Height.
const treeDepth = isa.TreeDepth
