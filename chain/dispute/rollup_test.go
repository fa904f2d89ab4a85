package dispute

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute/disputetest"
)

// rollupFixture is a Rollup over the toy machine (a state root is its own boundary hash) whose
// Inbox holds `batches` batches, and the true trace from its genesis.
func rollupFixture(t *testing.T, batches uint64) (*Rollup, *disputetest.Trace) {
	t.Helper()
	p := Params{K: 4, Heights: [2]uint8{2, 3}, ChallengePeriod: 400, Stakes: [2]uint64{0, 100}, Reward: 60}
	mach := disputetest.Toy{N1: pow(p.K, p.Heights[1])}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	genesis := crypto.Keccak256Hash([]byte("rollup genesis"))
	r, err := NewRollup(m, genesis, func(root Hash) Hash { return root }, func() uint64 { return batches }, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return r, &disputetest.Trace{M: mach, Genesis: genesis, Padded: true, Covered: min(batches, pow(p.K, p.Heights[0]))}
}

// assertFor makes an agent assert through the Rollup: the assertion's state root is its trace's
// end, its history the top claim's commitment.
func assertFor(r *Rollup, a *Agent, batchEnd uint64) {
	a.AssertFn = func(c Claim) error {
		_, err := r.Assert(a.Who, Assertion{Parent: a.Origin, BatchEnd: batchEnd, StateRoot: c.End, History: c.Commit})
		return err
	}
}

// TestRollupDispute plays an honest executor against two wrong ones through the Rollup: a wrong
// step in batch 4, and one that goes on computing past the 10 batches the genesis fixed. The
// honest assertion is confirmed, the others rejected, the honest bond returned, the others'
// slashed, and the bonds add up.
func TestRollupDispute(t *testing.T) {
	r, truth := rollupFixture(t, 10)
	m := r.M
	w := newRollupTwin(t, r, 10) // every move replayed on Rollup.sol and its ChallengeManager
	m.Observer = func(mv Move) { w.replay(m, mv) }
	honest := &Agent{Who: "honest", T: truth, Origin: r.Genesis}
	wrong := *truth
	wrong.BadBatch, wrong.BadStep, wrong.Salt = 4, 2, 7
	past := *truth
	past.Padded = false
	advs := []*Agent{{Who: "wrong step", T: &wrong, Origin: r.Genesis}, {Who: "past the batches", T: &past, Origin: r.Genesis}}
	for _, a := range append([]*Agent{honest}, advs...) {
		assertFor(r, a, 10)
	}
	var confirmedAt uint64
	for now := uint64(1); now < 3*m.P.ChallengePeriod && confirmedAt == 0; now++ {
		m.Now = now
		honest.Act(m)
		for _, a := range advs {
			a.Act(m)
		}
		if c, ok := m.Claim(honest.top); ok && c.Status == Confirmed {
			confirmedAt = now
		}
	}
	if confirmedAt == 0 || confirmedAt > 2*m.P.ChallengePeriod+uint64(m.P.Heights[0]+m.P.Heights[1]+4) {
		t.Fatalf("the honest assertion's claim confirmed at block %d", confirmedAt)
	}
	hc, _ := m.Claim(honest.top)
	hid := Assertion{Parent: r.Genesis, BatchEnd: 10, StateRoot: hc.End, History: hc.Commit}
	if err := r.Confirm("honest", hid.ID()); err != nil {
		t.Fatal(err)
	}
	for _, a := range advs {
		c := a.Top(m.P)
		id := (&Assertion{Parent: r.Genesis, BatchEnd: 10, StateRoot: c.End, History: c.Commit}).ID()
		if err := r.Confirm(a.Who, id); !errors.Is(err, ErrNotConfirmed) {
			t.Fatalf("%s's assertion: Confirm says %v", a.Who, err)
		}
		if err := r.Reject("honest", id); err != nil {
			t.Fatalf("%s's assertion: %v", a.Who, err)
		}
		if err := r.Slash("honest", a.Who); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Assert("x", Assertion{Parent: id, BatchEnd: 10, StateRoot: c.End, History: c.Commit}); !errors.Is(err, ErrRejected) {
			t.Fatalf("a child of %s's rejected assertion: %v", a.Who, err)
		}
	}
	if err := r.Reject("x", hid.ID()); !errors.Is(err, ErrAssertionDecided) {
		t.Fatalf("rejecting the confirmed assertion: %v", err)
	}
	if err := r.ReturnBond("honest"); err != nil {
		t.Fatal(err)
	}
	var paid, received uint64
	for _, v := range r.Paid {
		paid += v
	}
	for _, v := range r.Received {
		received += v
	}
	if paid != 3*r.Bond || paid != received+r.Receiver || r.Received["honest"] != r.Bond+2*min(r.Bond, m.P.Reward) {
		t.Fatalf("bonds: paid %v, received %v, receiver %d", r.Paid, r.Received, r.Receiver)
	}
	w.compare(m)
	w.compareRollup(r)
	t.Logf("tx gas: assertState %d (first, with the bond) / %d; confirm %d, reject %d, returnBond %d, slash %d",
		w.gas["RollupAssert"][0], median(w.gas["RollupAssert"]), median(w.gas["RollupConfirm"]), median(w.gas["RollupReject"]),
		median(w.gas["ReturnBond"]), median(w.gas["Slash"]))
}

// TestRollupRules checks the assertion chain's refusals: an unknown parent, a batch range other
// than the parent fixed, an assertion made twice, a bond on another pending branch, a bond
// returned early, a rivaled assertion confirmed or an undecided one rejected; and that a bond
// follows its staker along a branch. (TestRollupDispute refuses a child of a rejected assertion.)
func TestRollupRules(t *testing.T) {
	r, truth := rollupFixture(t, 10)
	m := r.M
	w := newRollupTwin(t, r, 10)
	m.Observer = func(mv Move) { w.replay(m, mv) }
	defer w.compareRollup(r)
	m.Now = 1
	end := truth.Boundary(16)
	history := Commitment{K: m.P.K, State: truth.Boundary}.Commit(0, m.P.Heights[0])
	a1 := Assertion{Parent: r.Genesis, BatchEnd: 10, StateRoot: end, History: history}
	for _, tc := range []struct {
		name string
		a    Assertion
		want error
	}{
		{"unknown parent", Assertion{Parent: Hash{1}, BatchEnd: 10, StateRoot: end, History: history}, ErrUnknownAssertion},
		{"fewer batches than the parent fixed", Assertion{Parent: r.Genesis, BatchEnd: 9, StateRoot: end, History: history}, ErrBatchRange},
		{"more batches", Assertion{Parent: r.Genesis, BatchEnd: 11, StateRoot: end, History: history}, ErrBatchRange},
	} {
		if _, err := r.Assert("x", tc.a); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	id1, err := r.Assert("alice", a1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Assert("bob", a1); !errors.Is(err, ErrAssertionExists) {
		t.Fatalf("the same assertion twice: %v", err)
	}
	if r.Paid["alice"] != r.Bond {
		t.Fatalf("alice paid %d", r.Paid["alice"])
	}
	// Alice's next assertion builds on her first: no new bond. Her first fixed 10 batches for its
	// children (the Inbox's count when it was made): no new ones.
	next := Assertion{Parent: id1, BatchEnd: 10, StateRoot: end, History: history}
	if _, err := r.Assert("alice", next); err != nil || r.Paid["alice"] != r.Bond {
		t.Fatalf("a child of her own assertion: %v, paid %d", err, r.Paid["alice"])
	}
	// A rival of her first assertion while her bond is on the pending branch: refused.
	rival := Assertion{Parent: r.Genesis, BatchEnd: 10, StateRoot: crypto.Keccak256Hash([]byte("other")), History: history}
	if _, err := r.Assert("alice", rival); !errors.Is(err, ErrBondElsewhere) {
		t.Fatalf("a bond on two branches: %v", err)
	}
	if err := r.ReturnBond("alice"); !errors.Is(err, ErrBondLocked) {
		t.Fatalf("a bond returned before confirmation: %v", err)
	}
	// Bob asserts the rival; without a dispute (nobody dissects) alice's claim cannot confirm by
	// time (it is rivaled) and neither can bob's.
	bid, err := r.Assert("bob", rival)
	if err != nil {
		t.Fatal(err)
	}
	m.Now = 1000
	if err := r.Confirm("alice", id1); !errors.Is(err, ErrNotConfirmed) {
		t.Fatalf("confirm a rivaled assertion: %v", err)
	}
	if err := r.Reject("alice", bid); !errors.Is(err, ErrNotRejected) {
		t.Fatalf("reject an undecided assertion: %v", err)
	}
}

// TestRollupAllowlist checks the proposer allowlist, a deployment option: with one, only the
// parties on it may assert; the rest of the protocol (confirming, rejecting) stays open.
func TestRollupAllowlist(t *testing.T) {
	r, truth := rollupFixture(t, 10)
	r.Proposers = map[Party]bool{"proposer a": true, "proposer b": true}
	m := r.M
	w := newRollupTwin(t, r, 10)
	m.Observer = func(mv Move) { w.replay(m, mv) }
	m.Now = 1
	end := truth.Boundary(16)
	history := Commitment{K: m.P.K, State: truth.Boundary}.Commit(0, m.P.Heights[0])
	a := Assertion{Parent: r.Genesis, BatchEnd: 10, StateRoot: end, History: history}
	if _, err := r.Assert("x", a); !errors.Is(err, ErrNotProposer) {
		t.Fatalf("an assertion from outside the allowlist: %v", err)
	}
	id, err := r.Assert("proposer b", a)
	if err != nil {
		t.Fatal(err)
	}
	m.Now += m.P.ChallengePeriod
	if err := m.ConfirmByTime("x", r.as[id].Top, nil); err != nil {
		t.Fatal(err)
	}
	if err := r.Confirm("x", id); err != nil {
		t.Fatalf("confirming, by anyone: %v", err)
	}
	w.compare(m)
	w.compareRollup(r)
}
