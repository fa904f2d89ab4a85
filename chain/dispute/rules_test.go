package dispute

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute/disputetest"
)

// fingerprint is everything the model holds, in a deterministic text: a refused move must not
// change it.
func fingerprint(m *Model) string {
	var b strings.Builder
	for _, id := range m.Claims() {
		r, _ := m.Claim(id)
		fmt.Fprintf(&b, "%s %d %d %s %d %v %d %v\n", id, r.Status, r.Created, r.Staker, r.Stake, r.Dissected, r.DissectAt, r.Settled)
	}
	var ms []string
	for k, mu := range m.mutuals {
		ms = append(ms, fmt.Sprintf("%s %v %v %s", k, mu.claims, mu.first, mu.confirmed))
	}
	slices.Sort(ms)
	fmt.Fprintf(&b, "%v %v %v %d %d", ms, m.Paid, m.Received, m.Receiver, m.Held)
	return b.String()
}

// rulesFixture is an honest and a wrong assertion (a wrong step in batch 5), both dissected.
func rulesFixture(t *testing.T) (*Model, *Agent, *Agent, Hash, Hash) {
	t.Helper()
	p := Params{K: 4, Heights: [2]uint8{2, 2}, ChallengePeriod: 100, Stakes: [2]uint64{1000, 100}, Reward: 10}
	mach := disputetest.Toy{N1: 16}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	genesis := crypto.Keccak256Hash([]byte("rules"))
	origin := crypto.Keccak256Hash([]byte("parent"))
	h := &Agent{Who: "h", T: &disputetest.Trace{M: mach, Genesis: genesis}, Origin: origin}
	w := &Agent{Who: "w", T: &disputetest.Trace{M: mach, Genesis: genesis, BadBatch: 5, BadStep: 1, Salt: 9}, Origin: origin}
	m.Now = 10
	ht, wt := h.Top(p), w.Top(p)
	hid, err := m.Assert("h", ht)
	if err != nil {
		t.Fatal(err)
	}
	m.Now = 30
	wid, err := m.Assert("w", wt)
	if err != nil {
		t.Fatal(err)
	}
	m.Now = 40
	if err := m.Dissect("h", hid, h.node(p, &ht)); err != nil {
		t.Fatal(err)
	}
	if err := m.Dissect("w", wid, w.node(p, &wt)); err != nil {
		t.Fatal(err)
	}
	return m, h, w, hid, wid
}

func TestRefusedMovesChangeNothing(t *testing.T) {
	m, h, w, hid, wid := rulesFixture(t)
	p := m.P
	hr, _ := m.Claim(hid)
	bad := *hr.Node
	bad.Ends = slices.Clone(bad.Ends)
	bad.Ends[1][0] ^= 1
	wrongHeight := h.Top(p)
	wrongHeight.Height = 1
	_, hEnd := h.T.State(0, 16)
	// Each case: setup (moves that succeed, may change the model), then the refused move,
	// which must fail with its error and change nothing.
	none := func() error { return nil }
	// descend dissects both rivals (if not yet) with their parties' nodes and makes both
	// children at index i.
	descend := func(hc, wc Hash, node func(a *Agent, c *Claim) *Node, i int) (Hash, Hash, error) {
		for _, x := range []struct {
			a  *Agent
			id Hash
		}{{h, hc}, {w, wc}} {
			r, _ := m.Claim(x.id)
			if !r.Dissected {
				if err := m.Dissect(x.a.Who, x.id, node(x.a, &r.Claim)); err != nil {
					return Hash{}, Hash{}, err
				}
			}
		}
		hi, err := m.Open("h", hc, i)
		if err != nil {
			return Hash{}, Hash{}, err
		}
		wi, err := m.Open("w", wc, i)
		return hi, wi, err
	}
	level0 := func(a *Agent, c *Claim) *Node { return a.node(p, c) }
	level1 := func(a *Agent, c *Claim) *Node { return a.steps(p, 5).Node(c.Pos, c.Height) }
	var leaf, wleaf Hash // the one-batch claims at position 5, made by the ErrBadLink case's setup
	cases := []struct {
		name  string
		setup func() error
		move  func() error
		want  error
	}{
		{"dissect an unknown claim", none, func() error { return m.Dissect("x", Hash{1}, hr.Node) }, ErrUnknownClaim},
		{"children that do not hash to the claim", none, func() error { return m.Dissect("x", wid, &bad) }, ErrBadNode},
		{"another claim's children", none, func() error { return m.Dissect("x", wid, hr.Node) }, ErrBadNode},
		{"an assertion made twice", none, func() error { _, err := m.Assert("x", h.Top(p)); return err }, ErrClaimExists},
		{"an assertion of the wrong height", none, func() error { _, err := m.Assert("x", wrongHeight); return err }, ErrBadClaim},
		{"a child out of range", none, func() error { _, err := m.Open("x", hid, 4); return err }, ErrBadClaim},
		{"a child of an unknown claim", none, func() error { _, err := m.Open("x", Hash{2}, 0); return err }, ErrUnknownClaim},
		{"confirm a rivaled claim by time", func() error { m.Now = 500; return nil }, func() error { return m.ConfirmByTime("h", hid, nil) }, ErrTooEarly},
		{"confirm by children when a child's mutual has a claim", func() error { _, err := m.Open("w", wid, 1); return err },
			func() error { return m.ConfirmByChildren("h", hid, nil) }, ErrChildPending},
		{"a path through a claim that is not a parent", func() error { _, err := m.Open("h", hid, 1); return err },
			func() error { c := hr.Child(hr.Node, 1, p.K); return m.ConfirmByTime("h", c.ID(), []Hash{wid}) }, ErrNotChild},
		{"dissect an unrivaled claim", func() error { _, err := m.Open("h", hid, 0); return err }, func() error {
			c := hr.Child(hr.Node, 0, p.K) // the same under both dissections: one claim, no rival
			return m.Dissect("h", c.ID(), h.node(p, &c))
		}, ErrNotRivaled},
		{"a one-step proof at level 0", none, func() error { return m.ProveStep("x", hid, nil, nil) }, ErrWrongLevel},
		{"the steps level from a claim above one batch", none, func() error { _, err := m.OpenLevel("x", hid, hEnd, Hash{3}); return err }, ErrWrongLevel},
		{"an end state that does not link", func() error {
			hc, wc, err := descend(hid, wid, level0, 1) // [4, 8): the first difference
			if err != nil {
				return err
			}
			leaf, wleaf, err = descend(hc, wc, level0, 1) // position 5, where the wrong step is
			return err
		}, func() error {
			r, _ := m.Claim(leaf)
			_, endPre := w.T.State(r.Pos, 16) // the wrong trace's end does not lead to the honest boundary
			_, err := m.OpenLevel("x", leaf, endPre, Hash{3})
			return err
		}, ErrBadLink},
		{"a steps level without a commitment", none, func() error {
			r, _ := m.Claim(leaf)
			_, endPre := h.T.State(r.Pos, 16)
			_, err := m.OpenLevel("x", leaf, endPre, Hash{})
			return err
		}, ErrBadClaim},
		{"a one-step proof from another state", func() error {
			r, _ := m.Claim(leaf)
			_, endPre := h.T.State(r.Pos, 16)
			hid1, err := m.OpenLevel("h", leaf, endPre, h.steps(p, r.Pos).Commit(0, 2))
			if err != nil {
				return err
			}
			_, wEndPre := w.T.State(r.Pos, 16)
			wid1, err := m.OpenLevel("w", wleaf, wEndPre, w.steps(p, r.Pos).Commit(0, 2))
			if err != nil {
				return err
			}
			for lr, _ := m.Claim(hid1); lr.Height > 0; lr, _ = m.Claim(hid1) {
				if hid1, wid1, err = descend(hid1, wid1, level1, 0); err != nil {
					return err
				}
			}
			leaf = hid1
			return nil
		}, func() error {
			_, pre := h.T.State(5, 3)
			return m.ProveStep("x", leaf, pre, nil)
		}, ErrWrongPreState},
	}
	for _, tc := range cases {
		if err := tc.setup(); err != nil {
			t.Fatalf("%s: setup: %v", tc.name, err)
		}
		before := fingerprint(m)
		if err := tc.move(); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		}
		if fingerprint(m) != before {
			t.Fatalf("%s: the refused move changed the model", tc.name)
		}
	}
}

// TestTimers checks Unrivaled against hand-computed values: the clock stops when the second
// claim of a mutual became public, a claim that became public after its rival has none, and a
// child made later through a parent dissected earlier takes that dissection's time.
func TestTimers(t *testing.T) {
	m, h, _, hid, wid := rulesFixture(t)
	m.Now = 70
	if u := m.Unrivaled(hid); u != 30-10 {
		t.Fatalf("honest assertion: %d blocks unrivaled, want 20 (made at 10, rivaled at 30)", u)
	}
	if u := m.Unrivaled(wid); u != 0 {
		t.Fatalf("the later assertion: %d blocks unrivaled, want 0", u)
	}
	// The first difference is child 1; the honest party makes it at block 70, but it became
	// public with the dissection at 40; the wrong one likewise.
	hc, err := m.Open("h", hid, 1)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := m.Claim(hc); r.Created != 40 {
		t.Fatalf("child made at 70 through a parent dissected at 40: created %d", r.Created)
	}
	m.Now = 90
	if u := m.Unrivaled(hc); u != 50 {
		t.Fatalf("unrivaled child: %d blocks, want 50 (40 to 90)", u)
	}
	wc, err := m.Open("w", wid, 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Unrivaled(hc) != 0 || m.Unrivaled(wc) != 0 {
		t.Fatalf("both children public at 40 and rivals: %d and %d blocks unrivaled, want 0", m.Unrivaled(hc), m.Unrivaled(wc))
	}
	// Child 0 is the same claim under both dissections: one claim, two parents.
	c0, err := m.Open("w", wid, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := m.Open("h", hid, 0); c != c0 {
		t.Fatal("the same child under two dissections is two claims")
	}
	if c, _ := m.Claim(c0); !m.isParent(m.claims[hid], c) || !m.isParent(m.claims[wid], c) {
		t.Fatal("the shared child is not a child of both dissections")
	}
	// Path time: the child's unrivaled time and its parent's.
	m.Now = 200
	if got, err := m.pathTime(c0, []Hash{hid}); err != nil || got != (200-40)+20 {
		t.Fatalf("path time %d (%v), want %d", got, err, (200-40)+20)
	}
	_ = h
}

// recordingMachine is the toy machine, recording the proofs Step receives.
type recordingMachine struct {
	disputetest.Toy
	proofs map[string]bool
}

func (m *recordingMachine) Step(pre, proof []byte) (Hash, Hash, error) {
	m.proofs[string(proof)] = true
	return m.Toy.Step(pre, proof)
}

// provingTrace is a toy trace that is a Prover: its proof names the step.
type provingTrace struct{ *disputetest.Trace }

func (t provingTrace) StepProof(p, q uint64) []byte {
	return []byte(fmt.Sprintf("step %d of batch %d", q, p))
}

// TestStepProofReachesMachine plays an honest agent whose trace is a Prover against a wrong
// step: the one-step proof the agent sends carries its trace's proof of that step, which the
// machine receives with the pre-state (the chain's ChainMachine needs it; the toy ignores it).
func TestStepProofReachesMachine(t *testing.T) {
	p := testParams
	mach := &recordingMachine{Toy: disputetest.Toy{N1: pow(p.K, p.Heights[1])}, proofs: map[string]bool{}}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	origin := crypto.Keccak256Hash([]byte("origin"))
	if err := m.Cover("x", origin, pow(p.K, p.Heights[0])); err != nil {
		t.Fatal(err)
	}
	truth := &disputetest.Trace{M: mach.Toy, Genesis: crypto.Keccak256Hash([]byte("genesis"))}
	wrong := *truth
	wrong.BadBatch, wrong.BadStep, wrong.Salt = 3, 5, 1
	honest := &Agent{Who: "honest", T: provingTrace{truth}, Origin: origin}
	adv := &Agent{Who: "adversary", T: &wrong, Origin: origin}
	for m.Now = 1; m.Now < 3*p.ChallengePeriod; m.Now++ {
		honest.Act(m)
		adv.Act(m)
	}
	if c, ok := m.Claim(honest.top); !ok || c.Status != Confirmed {
		t.Fatal("the honest assertion is not confirmed")
	}
	// The wrong step is step 5 of batch 3: its one-step claims start at step 4.
	if want := "step 4 of batch 3"; !mach.proofs[want] {
		t.Fatalf("the machine got proofs %v, want %q among them", mach.proofs, want)
	}
}

// TestPaddedCommitment: a commitment told where its trace starts repeating its last state gives
// the same commitments as one that enumerates every position, over ranges before, across and
// past that point.
func TestPaddedCommitment(t *testing.T) {
	const k, last = 3, 40
	state := func(p uint64) Hash { return crypto.Keccak256Hash([]byte{byte(min(p, last))}) }
	full := Commitment{K: k, State: state}
	padded := Commitment{K: k, State: state, Padded: true, PadFrom: last}
	for _, c := range []struct {
		pos uint64
		h   uint8
	}{{0, 5}, {0, 3}, {27, 3}, {39, 1}, {40, 2}, {81, 4}, {243, 2}, {36, 2}} {
		if got, want := padded.Commit(c.pos, c.h), full.Commit(c.pos, c.h); got != want {
			t.Fatalf("range at %d of height %d: padded %s, enumerated %s", c.pos, c.h, got, want)
		}
	}
}
