package l1test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
)

// disputeSteps proves one witness of every step kind through the ChallengeManager, with the
// ChainMachine over the real ChainVM as its machine: for each, an honest and a wrong party play
// a scripted game (k = 2, one level-0 and one level-1 round) that ends with the two one-step
// claims from the witness's pre-state, the honest one ending at the step's post-state and the
// wrong one elsewhere; proveStep must confirm the first and refute the second. LOAD steps prove
// their payload word with KZG point evaluations against the Inbox's blobs, as in TestChainVM.
// It also checks the ChainMachine's link against Go: a done state's next boundary is the
// start-state hash of its memory root.
func disputeSteps(t *testing.T, l *l1, rep *report) {
	cmABI, machABI := bindings.NewChallengeManager(), bindings.NewChainMachine()
	mach := l.deploy(t, "ChainMachine", machABI.PackConstructor(l.chainVM))
	const k, period = 2, 100
	cm := l.deploy(t, "ChallengeManager", cmABI.PackConstructor(big.NewInt(k), 1, 1, period, new(big.Int), new(big.Int), new(big.Int), caller, mach, common.Address{}))

	// Two done states with different roots: the honest and the wrong steps-level ends.
	done := func(root common.Hash) ([]byte, common.Hash, common.Hash) {
		b := make([]byte, stf.StateSize)
		copy(b[stf.StateSize-32:], root[:])
		start, err := stf.DecodeState(b)
		if err != nil {
			t.Fatal(err)
		}
		b[0] = byte(stf.StatusDone)
		d, err := stf.DecodeState(b)
		if err != nil {
			t.Fatal(err)
		}
		if start.Hash() != stf.StartHash(root) {
			t.Fatal("stf.StartHash disagrees with the decoded start state")
		}
		return b, d.Hash(), start.Hash()
	}
	hDone, hDoneHash, hNext := done(crypto.Keccak256Hash([]byte("honest root")))
	wDone, wDoneHash, wNext := done(crypto.Keccak256Hash([]byte("wrong root")))
	ret := l.mustCall(t, caller, mach, machABI.PackLink(hDone), nil)
	if got, err := machABI.UnpackLink(ret); err != nil || got.End != hDoneHash || got.Next != hNext {
		t.Fatalf("ChainMachine.link: %+v %v, Go: end %v next %v", got, err, hDoneHash, hNext)
	}

	block := uint64(1)
	send := func(input []byte) ([]byte, uint64, error) {
		l.cfg.BlockNumber = new(big.Int).SetUint64(block)
		ret, gas, err := l.call(t, caller, cm, input, nil)
		return ret, gas, err
	}
	must := func(what string, input []byte) []byte {
		t.Helper()
		ret, _, err := send(input)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return ret
	}
	node := func(ends ...common.Hash) [][32]byte {
		n := make([][32]byte, 2*k)
		for i, e := range ends {
			n[i] = e
		}
		return n
	}
	hash := func(n [][32]byte) common.Hash {
		var b []byte
		for _, w := range n {
			b = append(b, w[:]...)
		}
		return crypto.Keccak256Hash(b)
	}
	status := func(c bindings.ChallengeManagerClaim) uint8 {
		id, err := cmABI.UnpackIdOf(must("idOf", cmABI.PackIdOf(c)))
		if err != nil {
			t.Fatal(err)
		}
		r, err := cmABI.UnpackClaims(must("claims", cmABI.PackClaims(id)))
		if err != nil {
			t.Fatal(err)
		}
		return r.Status
	}

	labels := make([]string, 0, len(rep.samples))
	for label := range rep.samples {
		labels = append(labels, label)
	}
	sort.Strings(labels)
	var proved []string
	for _, label := range labels {
		ps := rep.samples[label][0]
		origin := crypto.Keccak256Hash([]byte(label)) // a fresh parent assertion for each game
		far := crypto.Keccak256Hash([]byte("after the second batch"))
		wrongPost := crypto.Keccak256Hash([]byte("wrong post-state"), ps.post[:])
		type side struct {
			next, doneHash common.Hash
			donePre        []byte
			post           common.Hash
		}
		sides := []side{{hNext, hDoneHash, hDone, ps.post}, {wNext, wDoneHash, wDone, wrongPost}}
		var tops []bindings.ChallengeManagerClaim
		for _, s := range sides {
			// Level 0 over two batches: [pre, next, far]; level 1 over two steps: [pre, post, done].
			top := bindings.ChallengeManagerClaim{Origin: origin, Height: 1, StartCtx: crypto.Keccak256Hash(origin[:], ps.pre[:]),
				Start: ps.pre, End: far, Commit: hash(node(s.next, far))}
			must("assert", cmABI.PackAssertClaim(top))
			tops = append(tops, top)
		}
		// Both assertions exist: dissect them, open the first batch of each, open its steps level,
		// dissect it and open its first step.
		block++
		var batch0 []bindings.ChallengeManagerClaim
		for i, s := range sides {
			top := tops[i]
			n0 := node(s.next, far)
			must("dissect", cmABI.PackDissect(top, n0))
			must("open", cmABI.PackOpen(top, n0, big.NewInt(0)))
			batch0 = append(batch0, bindings.ChallengeManagerClaim{Origin: origin, Height: 0,
				StartCtx: crypto.Keccak256Hash(top.StartCtx[:]), Start: ps.pre, End: s.next})
		}
		block++
		for i, s := range sides {
			n1 := node(s.post, s.doneHash)
			must("openLevel", cmABI.PackOpenLevel(batch0[i], s.donePre, hash(n1)))
		}
		block++
		var steps []bindings.ChallengeManagerClaim
		for i, s := range sides {
			m, err := cmABI.UnpackMutualOf(must("mutualOf", cmABI.PackMutualOf(batch0[i])))
			if err != nil {
				t.Fatal(err)
			}
			n1 := node(s.post, s.doneHash)
			lvl := bindings.ChallengeManagerClaim{Level: 1, Origin: m, Height: 1, StartCtx: crypto.Keccak256Hash(m[:], ps.pre[:]),
				Start: ps.pre, End: s.doneHash, Commit: hash(n1)}
			must("dissect level 1", cmABI.PackDissect(lvl, n1))
			must("open step", cmABI.PackOpen(lvl, n1, big.NewInt(0)))
			steps = append(steps, bindings.ChallengeManagerClaim{Level: 1, Origin: m, Height: 0, StartCtx: crypto.Keccak256Hash(lvl.StartCtx[:]),
				Start: ps.pre, End: s.post})
		}
		block++
		// A proof from another pre-state is refused and changes nothing.
		other := slices.Clone(ps.state)
		other[8] ^= 1 // the step counter
		if _, _, err := send(cmABI.PackProveStep(steps[0], other, ps.proofs)); l.revertName(err) != "WrongPreState" {
			t.Fatalf("%s: a proof from another pre-state: %v, want WrongPreState", label, err)
		}
		// The one-step proofs: ChainVM decides. The wrong claim first: once the honest one is
		// confirmed its mutual is decided and no other claim of it can be moved on.
		if _, _, err := send(cmABI.PackProveStep(steps[1], ps.state, ps.proofs)); err != nil {
			t.Fatalf("%s: proveStep of the wrong claim: %v", label, err)
		}
		_, gas, err := send(cmABI.PackProveStep(steps[0], ps.state, ps.proofs))
		if err != nil {
			t.Fatalf("%s: proveStep of the honest claim: %v", label, err)
		}
		if h, w := status(steps[0]), status(steps[1]); h != 2 || w != 3 {
			t.Fatalf("%s: after the proofs the honest claim has status %d, the wrong one %d; want confirmed (2), refuted (3)", label, h, w)
		}
		// Its cost against the same step's verifyStep transaction (the goal: at most the
		// step's own gas + 60k). Gas is deterministic, so the bound is a regression guard.
		total, _, _ := evm.TxGas(cmABI.PackProveStep(steps[0], ps.state, ps.proofs), gas)
		alone := l.verifyStep(t, ps.pre, ps.state, ps.proofs)
		if alone.err != nil {
			t.Fatal(alone.err)
		}
		stepGas, _, _ := evm.TxGas(alone.input, alone.gas)
		proved = append(proved, label)
		over := int64(total) - int64(stepGas)
		t.Logf("%-26s proveStep %7d tx gas, ChainVM.verifyStep alone %7d: +%d", label, total, stepGas, over)
		if over > 60_000 {
			t.Errorf("%s: a one-step proof costs %d gas more than the step (%d), above the 60k goal", label, over, stepGas)
		}
	}
	if len(proved) < 20 {
		t.Fatalf("%d step kinds proved, want every kind of the scenario", len(proved))
	}
}

// challengerTrace checks the trace a challenger plays disputes from (challenger.AssertionTrace,
// re-executed from the scenario's batches) against ChainVM: its roots are the scenario's, and
// for the first steps of three batches (BEGIN, LOAD with its KZG point evaluation, …) and steps
// drawn from everywhere in them (jobs included), ChainVM.step from the trace's pre-state with the
// trace's proof reaches the trace's next state.
func challengerTrace(t *testing.T, l *l1, s *scenario, final *memory.Memory) {
	ctx := context.Background()
	n := uint64(len(s.receipts))
	ch := challenger.NewChain(s.c.Cfg, s.c.Oracle, s.c.Genesis, 0, bulk.NewCPU(0))
	if err := ch.Extend(ctx, n); err != nil {
		t.Fatal(err)
	}
	if r, _ := ch.Root(n); r != final.Root() {
		t.Fatalf("the challenger's root after %d batches is %s, the scenario's %s", n, r, final.Root())
	}
	tr, err := challenger.NewAssertionTrace(ctx, ch, 0, n)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	checked := 0
	for _, p := range []uint64{0, n / 2, n - 1} {
		steps := tr.Steps(p)
		qs := []uint64{0, 1, 2, 3, steps - 1}
		for range 12 {
			qs = append(qs, rng.Uint64N(steps))
		}
		for _, q := range qs {
			_, pre := tr.State(p, q)
			want, _ := tr.State(p, q+1)
			res := l.step(t, pre, tr.StepProof(p, q))
			if res.err != nil || res.post != want {
				t.Fatalf("batch %d, step %d of %d: ChainVM says %s (%v), the trace %s", p, q, steps, res.post, res.err, want)
			}
			checked++
		}
	}
	if err := tr.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d steps of the challenger's trace verified by ChainVM", checked)
}
