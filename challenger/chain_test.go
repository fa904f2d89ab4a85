package challenger

import (
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/chain/stf/stftrace"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// testChain is stftest.ThreeBatches: deposits and a small program's upload; a job on it and a
// withdrawal; another job and a withdrawal.
func testChain(t *testing.T) *stftest.Chain {
	t.Helper()
	c, err := stftest.ThreeBatches()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestChainTrace checks the challenger's re-execution against the chain machine stepped one step
// at a time: the root after each batch (applied with the fast path) is the memory root of the
// done state the steps reach; the steps level's states are the trace provider's; the level-0
// boundaries are the start hashes of those roots, padded past the assertion's batches.
func TestChainTrace(t *testing.T) {
	ctx := context.Background()
	c := testChain(t)
	ch := NewChain(c.Cfg, c.Oracle, c.Genesis, 0, bulk.NewCPU(0))
	if err := ch.Extend(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Trace(ctx, 3, stftraceOpts()); err == nil {
		t.Fatal("a trace of a batch not applied")
	}
	tr, err := NewAssertionTrace(ctx, ch, 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for p := range uint64(3) {
		hashes, err := ch.Hashes(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		n := uint64(len(hashes) - 1)
		if n < 10 {
			t.Fatalf("batch %d takes %d steps", p, n)
		}
		root, _ := ch.Root(p + 1)
		done, pre := tr.State(p, n+5) // past the done state: padded with it
		end, next, err := (ChainMachine{}).Link(pre)
		if err != nil || end != done || done != hashes[n] || next != tr.Boundary(p+1) || next != stf.StartHash(root) {
			t.Fatalf("batch %d: done state %s (%v), link %s → %s, boundary %s", p, done, err, end, next, tr.Boundary(p+1))
		}
		prov, err := ch.Trace(ctx, p, stftraceOpts())
		if err != nil {
			t.Fatal(err)
		}
		for range 20 {
			q := rng.Uint64N(n + 1)
			h, err := prov.HashAt(ctx, q)
			got, preimage := tr.State(p, q)
			if err != nil || h != hashes[q] || got != h || stf.HashPacked(preimage) != h || tr.StateHash(p, q) != h {
				t.Fatalf("batch %d, step %d: provider %s (%v), stepped %s, trace %s", p, q, h, err, hashes[q], got)
			}
		}
		if tr.StepProof(p, n) != nil || len(tr.StepProof(p, 0)) == 0 {
			t.Fatalf("batch %d: a proof from the done state, or none from step 0", p)
		}
	}
	if tr.Boundary(7) != tr.Boundary(3) || tr.Boundary(0) != stf.StartHash(c.Genesis.Root()) {
		t.Fatal("boundaries past the assertion are not padded with the last")
	}
	if err := tr.Err(); err != nil {
		t.Fatal(err)
	}
	ch.Prune(2)
	if _, ok := ch.Root(1); ok {
		t.Fatal("a pruned root")
	}
	if r, ok := ch.Root(3); !ok || r == (common.Hash{}) {
		t.Fatal("pruning dropped a kept root")
	}
}

// wrongTrace is an adversary's account: the honest one up to step bad of batch p0, then salted
// states, ending at a done state with another memory root, whose start hash every later boundary
// repeats.
type wrongTrace struct {
	honest *AssertionTrace
	p0     uint64
	bad    uint64
	done   []byte // its done state's preimage
}

func newWrongTrace(h *AssertionTrace, p0, bad uint64) *wrongTrace {
	n := h.Steps(p0)
	_, pre := h.State(p0, n)
	done := append([]byte(nil), pre...)
	done[len(done)-1] ^= 1 // another memory root (the state's last 32 bytes)
	return &wrongTrace{honest: h, p0: p0, bad: bad, done: done}
}

func (w *wrongTrace) Boundary(p uint64) dispute.Hash {
	if p <= w.p0 {
		return w.honest.Boundary(p)
	}
	st, _ := stf.DecodeState(w.done)
	return stf.StartHash(st.Job.MemRoot)
}

func (w *wrongTrace) State(p, q uint64) (dispute.Hash, []byte) {
	if p != w.p0 || q < w.bad {
		return w.honest.State(p, q)
	}
	if q >= w.honest.Steps(p) {
		return stf.HashPacked(w.done), w.done
	}
	return crypto.Keccak256Hash([]byte("wrong"), binary.BigEndian.AppendUint64(nil, q)), nil
}

// TestHonestAgentWinsOnChainTrace plays the dispute model with the challenger's trace of the
// real chain against an adversary whose batch 1 goes wrong at one step: the honest agent narrows
// the dispute to that batch, opens its steps level with its done state, narrows it to the step,
// and proves it with its witness; its assertion is confirmed, the other's level-1 claim refuted.
// The model's steps are checked against the honest trace (ChainVM runs them on L1:
// chain/stf/l1test).
func TestHonestAgentWinsOnChainTrace(t *testing.T) {
	ctx := context.Background()
	c := testChain(t)
	ch := NewChain(c.Cfg, c.Oracle, c.Genesis, 0, bulk.NewCPU(0))
	if err := ch.Extend(ctx, 3); err != nil {
		t.Fatal(err)
	}
	honest, err := NewAssertionTrace(ctx, ch, 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	// The truth the model's steps are checked against: each honest state's successor.
	next := map[dispute.Hash]dispute.Hash{}
	maxSteps := uint64(0)
	for p := range uint64(3) {
		hs, err := ch.Hashes(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(hs); i++ {
			next[hs[i]] = hs[i+1]
		}
		next[hs[len(hs)-1]] = hs[len(hs)-1]
		maxSteps = max(maxSteps, uint64(len(hs)-1))
	}
	var proofs [][]byte
	mach := ChainMachine{StepFn: func(pre, proof []byte) (dispute.Hash, error) {
		proofs = append(proofs, proof)
		post, ok := next[stf.HashPacked(pre)]
		if !ok {
			return dispute.Hash{}, errUnknownPre
		}
		return post, nil
	}}
	h1 := uint8(1)
	for pow := uint64(4); pow < maxSteps; pow *= 4 {
		h1++
	}
	params := dispute.Params{K: 4, Heights: [2]uint8{1, h1}, ChallengePeriod: 200, Stakes: [2]uint64{100, 10}, Reward: 5}
	m, err := dispute.New(params, mach)
	if err != nil {
		t.Fatal(err)
	}
	origin := crypto.Keccak256Hash([]byte("parent assertion"))
	if err := m.Cover("rollup", origin, 3); err != nil {
		t.Fatal(err)
	}
	bad := honest.Steps(1) / 2
	good := &dispute.Agent{Who: "honest", T: honest, Origin: origin}
	adv := &dispute.Agent{Who: "adversary", T: newWrongTrace(honest, 1, bad), Origin: origin}
	var moves int
	m.Observer = func(mv dispute.Move) {
		if mv.Err == nil {
			moves++
		}
	}
	goodTop, advTop := good.Top(params), adv.Top(params)
	for m.Now = 1; m.Now < 3*params.ChallengePeriod; m.Now++ {
		good.Act(m)
		adv.Act(m)
		if r, ok := m.Claim(goodTop.ID()); ok && r.Status == dispute.Confirmed {
			break
		}
	}
	if err := honest.Err(); err != nil {
		t.Fatal(err)
	}
	if r, ok := m.Claim(goodTop.ID()); !ok || r.Status != dispute.Confirmed {
		t.Fatalf("the honest assertion is not confirmed by block %d", m.Now)
	}
	if r, ok := m.Claim(advTop.ID()); !ok || r.Status == dispute.Confirmed {
		t.Fatal("the wrong assertion is confirmed")
	}
	// The deciding proof is the witness of the step before the bad one.
	want := honest.StepProof(1, bad-1)
	found := false
	for _, p := range proofs {
		found = found || string(p) == string(want)
	}
	if !found || len(want) == 0 {
		t.Fatalf("no one-step proof of step %d of batch 1 among %d", bad-1, len(proofs))
	}
	t.Logf("batch 1 of %d steps, wrong from step %d; K = 4, heights 1 and %d; decided at block %d with %d moves", honest.Steps(1),
		bad, h1, m.Now, moves)
}

var errUnknownPre = errors.New("not a state of the honest trace")

func stftraceOpts() stftrace.Options { return stftrace.Options{} }
