package dispute

import (
	"testing"

	"github.com/crollup/crollup/chain/dispute/disputetest"
)

// preimageCounter is a trace that counts the preimages asked of it (a trace provider rebuilds
// each one by replaying from a checkpoint).
type preimageCounter struct {
	*disputetest.Trace
	preimages int
}

func (c *preimageCounter) State(p, q uint64) (Hash, []byte) {
	c.preimages++
	return c.Trace.State(p, q)
}

// withHashes adds dispute.Hashes to a counted trace.
type withHashes struct{ *preimageCounter }

func (w withHashes) StateHash(p, q uint64) Hash { h, _ := w.Trace.State(p, q); return h }

// TestCommitmentsTakeHashes: an agent whose trace gives state hashes alone (Hashes) commits to a
// steps level and dissects it without asking for one preimage; without Hashes the same work asks
// for one per state hashed. The challenger's trace rebuilt every preimage this way and stalled
// for half a challenge period on a 38k-step batch (devnet --fraud).
func TestCommitmentsTakeHashes(t *testing.T) {
	p := Params{K: 4, Heights: [2]uint8{2, 4}, ChallengePeriod: 10, Stakes: [2]uint64{0, 1}}
	mach := disputetest.Toy{N1: 256}
	run := func(tr Trace) {
		a := &Agent{Who: "h", T: tr}
		c := a.steps(p, 1)
		if c.Commit(0, p.Heights[1]) == (Hash{}) || len(c.Node(0, p.Heights[1]).Ends) != p.K {
			t.Fatal("no commitment")
		}
	}
	plain := &preimageCounter{Trace: &disputetest.Trace{M: mach}}
	run(plain)
	fast := &preimageCounter{Trace: &disputetest.Trace{M: mach}}
	run(withHashes{fast})
	if plain.preimages == 0 || fast.preimages != 0 {
		t.Fatalf("preimages asked: %d without Hashes, %d with", plain.preimages, fast.preimages)
	}
}
