// Package dispute is the Go model of crollup's settlement protocol (docs/spec/dispute.md): claims
// about a trace identified by their content, k-ary history commitments, the moves anyone may make
// and the rules that decide them (model.go), the assertion chain on top (rollup.go), and the
// strategy an honest party plays (agent.go). The ChallengeManager implements the rules on L1 and
// is replayed against this model move by move; the Rollup contract will be too. The model keeps
// time in L1 blocks and is deterministic.
package dispute

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a state hash, a commitment or an identifier.
type Hash = common.Hash

// Levels. A level-0 claim is about the state hashes at batch boundaries of an assertion's
// batches; a level-1 claim is about the machine states of one batch's trace.
const (
	LevelBatches uint8 = 0
	LevelSteps   uint8 = 1
	NumLevels          = 2
)

// Claim is a statement about a trace: from position Pos, K^Height positions on, starting at the
// state hash Start whose prefix is StartCtx, the trace ends at End and its intermediate states
// commit to Commit (zero for a one-step claim, Height 0). A claim is its content: two parties
// making the same claim make one claim (ID).
type Claim struct {
	Level    uint8
	Origin   Hash // level 0: the parent assertion; level 1: the mutual of the one-batch claim it refines
	Pos      uint64
	Height   uint8
	StartCtx Hash // the history before Pos: TopCtx for a top claim, ChildCtx for a child
	Start    Hash // the state hash at Pos
	End      Hash // the state hash at Pos + K^Height
	Commit   Hash // the node of the range (Node.Hash); zero when Height is 0
}

// Mutual identifies the claims that rival each other: same level, origin, range, prefix and start
// (the prefix determines the start for every claim the moves make; the start is in the hash so
// that a contract can check it from calldata). Claims with the same mutual and different IDs are
// rivals; at most one of them is confirmed.
func (c *Claim) Mutual() Hash {
	var b [1 + 32 + 8 + 1 + 32 + 32]byte
	b[0] = c.Level
	copy(b[1:], c.Origin[:])
	binary.BigEndian.PutUint64(b[33:], c.Pos)
	b[41] = c.Height
	copy(b[42:], c.StartCtx[:])
	copy(b[74:], c.Start[:])
	return crypto.Keccak256Hash(b[:])
}

// ID is the claim's identifier: its mutual, end and commitment.
func (c *Claim) ID() Hash {
	m := c.Mutual()
	return crypto.Keccak256Hash(m[:], c.End[:], c.Commit[:])
}

func (c *Claim) String() string {
	return fmt.Sprintf("claim(level %d, [%d, +K^%d), %s → %s)", c.Level, c.Pos, c.Height, c.Start.TerminalString(), c.End.TerminalString())
}

// TopCtx is the prefix context of a level's top claim starting at start.
func TopCtx(origin, start Hash) Hash { return crypto.Keccak256Hash(origin[:], start[:]) }

// Node is a dissection: the end state hash of each of a claim's K children and each child's own
// commitment (zero for one-step children). Its hash is the claim's commitment, so a dissection
// cannot be chosen after the claim: children recompute their parent, no prefix proofs.
type Node struct {
	Ends   []Hash
	Inners []Hash
}

// Hash is keccak256(Ends ‖ Inners).
func (n *Node) Hash() Hash {
	b := make([]byte, 0, 64*len(n.Ends))
	for _, e := range n.Ends {
		b = append(b, e[:]...)
	}
	for _, c := range n.Inners {
		b = append(b, c[:]...)
	}
	return crypto.Keccak256Hash(b)
}

// Check reports whether n is a dissection of c for arity k: k ends and inners, hashing to c's
// commitment, the last end c's end, inners zero when the children are one-step claims.
func (n *Node) Check(c *Claim, k int) error {
	switch {
	case c.Height == 0:
		return fmt.Errorf("%w: a one-step claim has no children", ErrOneStep)
	case len(n.Ends) != k || len(n.Inners) != k:
		return fmt.Errorf("%w: %d ends and %d inners, want %d", ErrBadNode, len(n.Ends), len(n.Inners), k)
	case n.Hash() != c.Commit:
		return fmt.Errorf("%w: the children hash to %s, the claim commits to %s", ErrBadNode, n.Hash().TerminalString(), c.Commit.TerminalString())
	case n.Ends[k-1] != c.End:
		return fmt.Errorf("%w: the last child ends at %s, the claim at %s", ErrBadNode, n.Ends[k-1].TerminalString(), c.End.TerminalString())
	}
	if c.Height == 1 {
		for i, x := range n.Inners {
			if x != (Hash{}) {
				return fmt.Errorf("%w: one-step child %d has a commitment", ErrBadNode, i)
			}
		}
	}
	return nil
}

// ChildCtx is the prefix context of child i of a claim with prefix parentCtx dissected by n:
// the parent's prefix and the children before i, so that two dissections share child i's mutual
// exactly when they agree on everything before it.
func ChildCtx(parentCtx Hash, n *Node, i int) Hash {
	b := append([]byte{}, parentCtx[:]...)
	for j := 0; j < i; j++ {
		b = append(b, n.Ends[j][:]...)
	}
	for j := 0; j < i; j++ {
		b = append(b, n.Inners[j][:]...)
	}
	return crypto.Keccak256Hash(b)
}

// Child is child i of c under the dissection n (checked by the caller) for arity k.
func (c *Claim) Child(n *Node, i, k int) Claim {
	start := c.Start
	if i > 0 {
		start = n.Ends[i-1]
	}
	return Claim{Level: c.Level, Origin: c.Origin, Pos: c.Pos + uint64(i)*pow(k, c.Height-1), Height: c.Height - 1,
		StartCtx: ChildCtx(c.StartCtx, n, i), Start: start, End: n.Ends[i], Commit: n.Inners[i]}
}

// pow is k^h.
func pow(k int, h uint8) uint64 {
	p := uint64(1)
	for i := uint8(0); i < h; i++ {
		p *= uint64(k)
	}
	return p
}

// Commitment computes commitments of a trace given its state hashes: state(p) for p in
// [0, K^Height]. It is what an honest party commits to.
type Commitment struct {
	K     int
	State func(p uint64) Hash
	// Padded says the trace repeats its state at PadFrom from there on (a steps level padded with
	// its done state): a range wholly past PadFrom is committed to in O(K·h) hashes, whatever its
	// length, which is what makes a top claim over K^H1 = 2^40 positions computable.
	Padded  bool
	PadFrom uint64
}

// Commit is the commitment of the range [pos, pos + K^h): zero for h = 0, else its Node's hash.
func (t Commitment) Commit(pos uint64, h uint8) Hash {
	if h == 0 {
		return Hash{}
	}
	if t.Padded && pos >= t.PadFrom {
		// Its states pos+1 … pos+K^h all repeat State(PadFrom).
		d := t.State(t.PadFrom)
		var c Hash
		for i := uint8(1); i <= h; i++ {
			n := &Node{Ends: make([]Hash, t.K), Inners: make([]Hash, t.K)}
			for j := range n.Ends {
				n.Ends[j], n.Inners[j] = d, c
			}
			c = n.Hash()
		}
		return c
	}
	return t.Node(pos, h).Hash()
}

// Node is the dissection of the range [pos, pos + K^h), h ≥ 1.
func (t Commitment) Node(pos uint64, h uint8) *Node {
	span := pow(t.K, h-1)
	n := &Node{Ends: make([]Hash, t.K), Inners: make([]Hash, t.K)}
	for i := 0; i < t.K; i++ {
		p := pos + uint64(i)*span
		n.Ends[i] = t.State(p + span)
		n.Inners[i] = t.Commit(p, h-1)
	}
	return n
}
