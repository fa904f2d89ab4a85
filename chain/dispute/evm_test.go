package dispute

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute/disputetest"
	"github.com/crollup/crollup/contracts"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
)

// The contract's custom error for each model error (docs/spec/dispute.md §7).
var contractErrors = map[error]string{
	ErrUnknownClaim: "UnknownClaim", ErrClaimExists: "ClaimExists", ErrBadClaim: "BadClaim", ErrOneStep: "OneStep",
	ErrBadNode: "BadNode", ErrNotDissected: "NotDissected", ErrDecided: "Decided", ErrRefuted: "Refuted",
	ErrNotChild: "NotChild", ErrTooEarly: "TooEarly", ErrChildPending: "ChildPending", ErrWrongLevel: "WrongLevel",
	ErrWrongPreState: "WrongPreState", ErrBadLink: "BadLink", ErrLevelNotOpened: "LevelNotOpened",
	ErrNotRivaled: "NotRivaled", ErrUndecided: "Undecided", ErrNoStake: "NoStake",
	ErrPadding: "Padding", ErrNotPadding: "NotPadding", ErrCovered: "Covered",
}

func contractError(err error) string {
	if err == nil {
		return ""
	}
	for e, name := range contractErrors {
		if errors.Is(err, e) {
			return name
		}
	}
	return "unmapped: " + err.Error()
}

// twin is the ChallengeManager on an in-process EVM with the model's parameters.
type twin struct {
	t        *testing.T
	e        *evm.EVM
	cm       *evm.Contract
	b        *bindings.ChallengeManager
	receiver common.Address
	gas      map[string][]uint64 // transaction gas of successful moves, by kind
}

func partyAddress(p Party) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(p))[12:])
}

func newTwin(t *testing.T, p Params) *twin {
	t.Helper()
	e, err := evm.New()
	if err != nil {
		t.Fatal(err)
	}
	toyArt, err := contracts.LoadArtifact("ToyMachine")
	if err != nil {
		t.Fatal(err)
	}
	toy, err := e.DeployArgs(toyArt, pow(p.K, p.Heights[1]))
	if err != nil {
		t.Fatal(err)
	}
	cmArt, err := contracts.LoadArtifact("ChallengeManager")
	if err != nil {
		t.Fatal(err)
	}
	receiver := partyAddress("receiver")
	cm, err := e.DeployArgs(cmArt, big.NewInt(int64(p.K)), p.Heights[0], p.Heights[1], p.ChallengePeriod,
		new(big.Int).SetUint64(p.Stakes[0]), new(big.Int).SetUint64(p.Stakes[1]), new(big.Int).SetUint64(p.Reward), receiver, toy.Address, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	return &twin{t: t, e: e, cm: cm, b: bindings.NewChallengeManager(), receiver: receiver, gas: map[string][]uint64{}}
}

func abiClaim(c Claim) bindings.ChallengeManagerClaim {
	return bindings.ChallengeManagerClaim{Level: c.Level, Origin: c.Origin, Pos: c.Pos, Height: c.Height, StartCtx: c.StartCtx,
		Start: c.Start, End: c.End, Commit: c.Commit}
}

func abiNode(n *Node) [][32]byte {
	var out [][32]byte
	for _, e := range n.Ends {
		out = append(out, e)
	}
	for _, c := range n.Inners {
		out = append(out, c)
	}
	return out
}

// path turns the model's ancestor IDs into the contract's proofs: each parent's content and, but
// for the crossing from a steps-level top claim, its dissection and the child's index in it.
func (w *twin) path(m *Model, id Hash, ids []Hash) []bindings.ChallengeManagerUp {
	var ups []bindings.ChallengeManagerUp
	child := id
	for _, a := range ids {
		p, ok := m.Claim(a)
		if !ok {
			ups = append(ups, bindings.ChallengeManagerUp{Index: new(big.Int)})
			continue
		}
		up := bindings.ChallengeManagerUp{Parent: abiClaim(p.Claim), Index: new(big.Int)}
		if p.Dissected {
			up.Node = abiNode(p.Node)
			for i, c := range p.children {
				if c == child {
					up.Index.SetInt64(int64(i))
				}
			}
		}
		ups = append(ups, up)
		child = a
	}
	return ups
}

// replay makes the move on the contract and checks that it succeeds or fails as in the model.
func (w *twin) replay(m *Model, mv Move) {
	w.t.Helper()
	var input []byte
	value := new(big.Int)
	content := func(id Hash) bindings.ChallengeManagerClaim {
		if r, ok := m.Claim(id); ok {
			return abiClaim(r.Claim)
		}
		return bindings.ChallengeManagerClaim{Origin: id} // unknown to the model: unknown to the contract too
	}
	node := func(id Hash) [][32]byte { // the claim's dissection, if it has one
		if r, ok := m.Claim(id); ok && r.Dissected {
			return abiNode(r.Node)
		}
		return nil
	}
	switch mv.Kind {
	case "Assert":
		input = w.b.PackAssertClaim(abiClaim(mv.Claim))
		value.SetUint64(m.P.Stakes[0])
	case "Dissect":
		input = w.b.PackDissect(content(mv.ID), abiNode(mv.Node))
	case "Open":
		input = w.b.PackOpen(content(mv.ID), node(mv.ID), big.NewInt(int64(mv.Index)))
	case "OpenLevel":
		input = w.b.PackOpenLevel(content(mv.ID), mv.Data, mv.Commit)
		value.SetUint64(m.P.Stakes[1])
	case "ProveStep":
		input = w.b.PackProveStep(content(mv.ID), mv.Data, mv.Proof)
	case "ConfirmByTime":
		input = w.b.PackConfirmByTime(content(mv.ID), w.path(m, mv.ID, mv.Path))
	case "ConfirmByChildren":
		input = w.b.PackConfirmByChildren(content(mv.ID), node(mv.ID), w.path(m, mv.ID, mv.Path))
	case "ConfirmByLevel":
		input = w.b.PackConfirmByLevel(content(mv.ID), content(mv.Lower))
	case "Settle":
		input = w.b.PackSettle(mv.ID)
	case "Cover":
		input = w.b.PackCover(mv.ID, uint64(mv.Index))
	case "ConfirmPadding":
		input = w.b.PackConfirmPadding(content(mv.ID))
	case "ConfirmAll":
		var cs []bindings.ChallengeManagerConf
		for _, c := range mv.Confs {
			f := bindings.ChallengeManagerConf{C: content(c.ID), Path: w.path(m, c.ID, c.Path)}
			switch c.By {
			case "time":
			case "children":
				f.By, f.Node = 1, node(c.ID)
			case "level":
				f.By, f.Lower, f.Path = 2, content(c.Lower), nil
			default:
				f.By = 9
			}
			cs = append(cs, f)
		}
		input = w.b.PackConfirmAll(cs)
	case "Answer":
		var child [][32]byte
		if mv.Node != nil {
			child = abiNode(mv.Node)
		}
		input = w.b.PackAnswer(content(mv.ID), node(mv.ID), content(mv.Rival), node(mv.Rival), big.NewInt(int64(mv.Index)), child)
	default:
		w.t.Fatalf("unknown move %q", mv.Kind)
	}
	w.call(w.cm, mv, input, value, contractError)
}

// call makes mv's transaction on c at mv's block, from its party with value, checks that the
// contract succeeds or reverts as the model did (want names the model's error as the
// contract's), and records the gas of a move that succeeded.
func (w *twin) call(c *evm.Contract, mv Move, input []byte, value *big.Int, want func(error) string) {
	w.t.Helper()
	w.e.SetBlockNumber(mv.Now)
	from := partyAddress(mv.Who)
	w.e.Fund(from, value)
	res, err := c.CallFrom(from, value, input)
	if err != nil {
		w.t.Fatalf("block %d, %s by %s: %v", mv.Now, mv.Kind, mv.Who, err)
	}
	got := ""
	if res.Revert != nil {
		got = res.Revert.Name
	}
	if exp := want(mv.Err); got != exp {
		w.t.Fatalf("block %d, %s by %s: %s says %q (%v), the model %q (%v)", mv.Now, mv.Kind, mv.Who, c.Name, got, res.Revert, exp, mv.Err)
	}
	if got == "" {
		total, _, _ := evm.TxGas(input, res.GasUsed)
		w.gas[mv.Kind] = append(w.gas[mv.Kind], total)
	}
}

// compare checks the contract's state against the model's after a game: every claim's status,
// times and dissection, every mutual's winner, the ledger.
func (w *twin) compare(m *Model) {
	w.t.Helper()
	call := func(input []byte) []byte {
		res, err := w.cm.Call(input)
		if err != nil || res.Revert != nil {
			w.t.Fatalf("view call: %v %v", err, res.Revert)
		}
		return res.Return
	}
	for _, id := range m.Claims() {
		r, _ := m.Claim(id)
		rec, err := w.b.UnpackClaims(call(w.b.PackClaims(id)))
		if err != nil {
			w.t.Fatal(err)
		}
		want := map[Status]uint8{Pending: 1, Confirmed: 2, Refuted: 3}[r.Status]
		if rec.Status != want || rec.Created != r.Created || rec.Dissected != r.Dissected || rec.DissectAt != r.DissectAt {
			w.t.Fatalf("claim %s (%s): contract %+v, model status %d created %d dissected %v at %d", id.TerminalString(), r.Claim.String(),
				rec, want, r.Created, r.Dissected, r.DissectAt)
		}
		win, err := w.b.UnpackWinner(call(w.b.PackWinner(r.Mutual())))
		if err != nil {
			w.t.Fatal(err)
		}
		if mw, _ := m.Decided(&r.Claim); Hash(win) != mw {
			w.t.Fatalf("mutual of %s: contract winner %x, model %s", id.TerminalString(), win, mw)
		}
		mu, err := w.b.UnpackMutuals(call(w.b.PackMutuals(r.Mutual())))
		if err != nil {
			w.t.Fatal(err)
		}
		mm := m.mutuals[r.Mutual()]
		if int(mu.Count) != len(mm.claims) || mu.First0 != mm.first[0] || (len(mm.claims) > 1 && mu.First1 != mm.first[1]) {
			w.t.Fatalf("mutual of %s: contract %+v, model %v %d", id.TerminalString(), mu, mm.first, len(mm.claims))
		}
	}
	parties := map[Party]bool{}
	for p := range m.Paid {
		parties[p] = true
	}
	for p := range m.Received {
		parties[p] = true
	}
	for p := range parties {
		c, err := w.b.UnpackCredit(call(w.b.PackCredit(partyAddress(p))))
		if err != nil || c.Uint64() != m.Received[p] {
			w.t.Fatalf("%s's credit: contract %v (%v), model %d", p, c, err, m.Received[p])
		}
	}
	rc, _ := w.b.UnpackCredit(call(w.b.PackCredit(w.receiver)))
	held, _ := w.b.UnpackHeld(call(w.b.PackHeld()))
	if rc.Uint64() != m.Receiver || held.Uint64() != m.Held {
		w.t.Fatalf("receiver %v held %v, model %d %d", rc, held, m.Receiver, m.Held)
	}
	if bal := w.e.Balance(w.cm.Address); bal.Uint64() != m.Held+sum(m.Received)+m.Receiver {
		w.t.Fatalf("insolvent: the contract holds %v wei, owes %d", bal, m.Held+sum(m.Received)+m.Receiver)
	}
}

func sum(m map[Party]uint64) uint64 {
	var s uint64
	for _, v := range m {
		s += v
	}
	return s
}

// play plays g on the model, replaying its moves on the contract, and compares the two after.
// Every move that succeeds is replayed, and every refusal but the agents' repeated confirmation
// attempts, of which one in 25 in games with more than four adversaries (they change nothing on
// either side).
func (w *twin) play(g game) outcome {
	w.t.Helper()
	every, tries := 1, 0
	if len(g.advs) > 4 {
		every = 25
	}
	g.observe = func(m *Model, mv Move) {
		if mv.Err != nil && errors.Is(mv.Err, ErrTooEarly) || errors.Is(mv.Err, ErrChildPending) {
			if tries++; tries%every != 0 {
				return
			}
		}
		w.replay(m, mv)
	}
	o := g.play(w.t)
	g.check(w.t, o)
	w.compare(o.m)
	return o
}

// TestContractRandomGames replays random games (TestRandomGames's generator, its seed logged)
// on the contract.
func TestContractRandomGames(t *testing.T) {
	games := 6
	if testing.Short() {
		games = 2
	}
	rng := gameRNG(t)
	for k := 0; k < games; k++ {
		g := randomGame(rng)
		t.Run(fmt.Sprintf("game %d", k), func(t *testing.T) {
			defer func() {
				if t.Failed() {
					t.Logf("game %d: %+v", k, g)
				}
			}()
			newTwin(t, g.p).play(g)
		})
	}
}

// TestContractMatchesModel plays the adversary matrix on the model and replays every move, made
// or refused, on the ChallengeManager: the same outcome for each, the same state after.
func TestContractMatchesModel(t *testing.T) {
	for _, tc := range adversaryMatrix() {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.g
			g.p, g.seed = testParams, 1
			if g.honestG == 0 {
				g.honestG = 1
			}
			w := newTwin(t, g.p)
			w.play(g)
			var s string
			for _, k := range []string{"Assert", "Dissect", "Open", "Answer", "OpenLevel", "ProveStep", "ConfirmByTime", "ConfirmByChildren", "ConfirmByLevel", "ConfirmAll", "Settle"} {
				if v := w.gas[k]; len(v) > 0 {
					s += fmt.Sprintf(" %s %d", k, median(v))
				}
			}
			t.Logf("median tx gas:%s", s)
		})
	}
}

// median is the middle value of v (0 for none).
func median(v []uint64) uint64 {
	if len(v) == 0 {
		return 0
	}
	c := slices.Clone(v)
	slices.Sort(c)
	return c[len(c)/2]
}

// TestGasByArity measures the contract's gas per move for each arity on a one-adversary game
// and prints, for traces of 2^20, 2^32 and 2^40 steps, the rounds of dissection and the gas an
// honest party spends on them (docs/spec/dispute.md §3.4 has the table and the command).
func TestGasByArity(t *testing.T) {
	type row struct {
		k                                       int
		dissect, answer, prove, children, level uint64
	}
	var rows []row
	for _, k := range []int{2, 4, 8, 16, 32} {
		h1 := uint8(1)
		for pow(k, h1) < 16 {
			h1++
		}
		p := Params{K: k, Heights: [2]uint8{1, h1}, ChallengePeriod: 400, Stakes: [2]uint64{1000, 100}, Reward: 60}
		g := game{p: p, honestG: 1, seed: 1, advs: []adversary{{batch: 0, step: 0, separate: true}}}
		w := newTwin(t, p)
		g.observe = func(m *Model, mv Move) {
			if mv.Err == nil {
				w.replay(m, mv)
			}
		}
		o := g.play(t)
		g.check(t, o)
		rows = append(rows, row{k, median(w.gas["Dissect"]), median(w.gas["Answer"]), median(w.gas["ProveStep"]),
			median(w.gas["ConfirmByChildren"]), median(w.gas["ConfirmByLevel"])})
	}
	t.Log("| k | Dissect | Answer | ConfirmByChildren | rounds 2^20 / 2^32 / 2^40 | honest dissection gas 2^20 / 2^32 / 2^40 |")
	t.Log("| --- | --- | --- | --- | --- | --- |")
	for _, r := range rows {
		var rounds, gas []string
		for _, bits := range []int{20, 32, 40} {
			n := 0
			for span := 1.0; span < float64(uint64(1)<<bits); span *= float64(r.k) {
				n++
			}
			rounds = append(rounds, fmt.Sprint(n))
			// Per round the honest party answers (makes its child and the rival's, dissects its
			// child) and confirms its claim by children on the way back.
			gas = append(gas, fmt.Sprintf("%.2fM", float64(uint64(n)*(r.answer+r.children))/1e6))
		}
		t.Logf("| %d | %d | %d | %d | %s | %s |", r.k, r.dissect, r.answer, r.children, join(rounds), join(gas))
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " / "
		}
		out += x
	}
	return out
}

// TestContractRecreate moves a claim's creation time back on both twins and checks the mutual's
// two smallest times after each case of ChallengeManager._recount: the moved claim held the
// smallest time, the second, or neither.
func TestContractRecreate(t *testing.T) {
	p := Params{K: 2, Heights: [2]uint8{2, 1}, ChallengePeriod: 100, Stakes: [2]uint64{1000, 100}, Reward: 10}
	mach := disputetest.Toy{N1: 2}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	w := newTwin(t, p)
	m.Observer = func(mv Move) {
		if mv.Err != nil {
			t.Fatalf("%s at %d: %v", mv.Kind, mv.Now, mv.Err)
		}
		w.replay(m, mv)
	}
	genesis := crypto.Keccak256Hash([]byte("recreate"))
	origin := crypto.Keccak256Hash([]byte("parent"))
	agent := func(name string, bad uint64) *Agent {
		tr := &disputetest.Trace{M: mach, Genesis: genesis}
		if bad > 0 {
			tr.BadBatch, tr.BadStep, tr.Salt = bad, 1, bad
		}
		return &Agent{Who: Party(name), T: tr, Origin: origin}
	}
	// a is right; b is wrong in batch 3 and c in batch 2, so both share a's child 0 (batches 0
	// and 1) and differ from it in child 1; d is wrong in batch 0 (its child 0 differs).
	a, b, c, d := agent("a", 0), agent("b", 3), agent("c", 2), agent("d", 0)
	d.T.(*disputetest.Trace).Salt, d.T.(*disputetest.Trace).BadStep = 99, 1
	at := func(n uint64) { m.Now = n }
	ids := map[*Agent]Hash{}
	for n, x := range []*Agent{a, b, c, d} {
		at(uint64(10 * (n + 1)))
		top := x.Top(p)
		if ids[x], err = m.Assert(x.Who, top); err != nil {
			t.Fatal(err)
		}
	}
	dissect := func(x *Agent, n uint64) {
		at(n)
		r, _ := m.Claim(ids[x])
		if err := m.Dissect(x.Who, ids[x], x.node(p, &r.Claim)); err != nil {
			t.Fatal(err)
		}
	}
	dissect(a, 100)
	dissect(b, 120)
	dissect(c, 140)
	dissect(d, 130)
	shared := func() [2]uint64 {
		r, _ := m.Claim(ids[a])
		ch := r.Child(r.Node, 0, p.K)
		return m.mutuals[ch.Mutual()].first
	}
	open := func(x *Agent, n uint64) {
		at(n)
		if _, err := m.Open(x.Who, ids[x], 0); err != nil {
			t.Fatal(err)
		}
	}
	// The shared child made through c (dissected at 140), then d's rival child (130): [130, 140].
	// Through b (120) the shared child moves from the second time to below the first: [120, 130].
	// Through a (100) it moves from the first time: [100, 130].
	for _, step := range []struct {
		x    *Agent
		want [2]uint64
	}{{c, [2]uint64{140, none}}, {d, [2]uint64{130, 140}}, {b, [2]uint64{120, 130}}, {a, [2]uint64{100, 130}}} {
		open(step.x, m.Now+10)
		if got := shared(); got != step.want {
			t.Fatalf("after opening through %s: the mutual's times %v, want %v", step.x.Who, got, step.want)
		}
		w.compare(m)
	}
}

// TestPaddingRules plays the padding rule's refusals on both twins: past the covered batches a
// one-batch claim that changes the state has no steps level (Padding), cannot be confirmed by
// time (Padding) nor by the rule (NotPadding), while the one that keeps the state is confirmed by
// the rule; the batch count is set once (Covered).
func TestPaddingRules(t *testing.T) {
	p := Params{K: 2, Heights: [2]uint8{2, 1}, ChallengePeriod: 50, Stakes: [2]uint64{1000, 100}, Reward: 10}
	mach := disputetest.Toy{N1: 2}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	w := newTwin(t, p)
	var wantErr error
	m.Observer = func(mv Move) {
		if !errors.Is(mv.Err, wantErr) || (wantErr == nil) != (mv.Err == nil) {
			t.Fatalf("%s at %d: %v, want %v", mv.Kind, mv.Now, mv.Err, wantErr)
		}
		w.replay(m, mv)
	}
	genesis := crypto.Keccak256Hash([]byte("padding"))
	origin := crypto.Keccak256Hash([]byte("parent"))
	// Two batches covered: positions 2 and 3 are padding. The adversary goes on computing.
	h := &Agent{Who: "h", T: &disputetest.Trace{M: mach, Genesis: genesis, Padded: true, Covered: 2}, Origin: origin}
	a := &Agent{Who: "a", T: &disputetest.Trace{M: mach, Genesis: genesis, Covered: 2}, Origin: origin}
	m.Now = 1
	if err := m.Cover("rollup", origin, 2); err != nil {
		t.Fatal(err)
	}
	ht, at := h.Top(p), a.Top(p)
	hid, _ := m.Assert("h", ht)
	aid, _ := m.Assert("a", at)
	m.Now = 2
	hr, _ := m.Claim(hid)
	ar, _ := m.Claim(aid)
	for _, x := range []struct {
		who Party
		id  Hash
		n   *Node
	}{{"h", hid, h.node(p, &ht)}, {"a", aid, a.node(p, &at)}} {
		if err := m.Dissect(x.who, x.id, x.n); err != nil {
			t.Fatal(err)
		}
	}
	// Child 1 ([2, 4)) is where they differ: the adversary's boundary 3 and 4 go on.
	hc := hr.Child(hr.Node, 1, p.K)
	ac := ar.Child(ar.Node, 1, p.K)
	m.Now = 3
	if err := m.Answer("h", hid, aid, 1, h.node(p, &hc)); err != nil {
		t.Fatal(err)
	}
	if err := m.Dissect("a", ac.ID(), a.node(p, &ac)); err != nil {
		t.Fatal(err)
	}
	m.Now = 4
	hcr, _ := m.Claim(hc.ID())
	acr, _ := m.Claim(ac.ID())
	hl, al := hcr.Child(hcr.Node, 0, p.K), acr.Child(acr.Node, 0, p.K) // position 2, padding
	if err := m.Answer("h", hc.ID(), ac.ID(), 0, nil); err != nil {
		t.Fatal(err)
	}
	if hl.Start != hl.End || al.Start == al.End {
		t.Fatalf("fixture: honest padding claim %s, the adversary's %s", hl.String(), al.String())
	}
	_, endPre := a.T.State(2, 2)
	wantErr = ErrPadding
	if _, err := m.OpenLevel("a", al.ID(), endPre, Hash{1}); !errors.Is(err, ErrPadding) {
		t.Fatalf("steps level at a padding position: %v", err)
	}
	m.Now = 200
	if err := m.ConfirmByTime("a", al.ID(), nil); !errors.Is(err, ErrPadding) {
		t.Fatalf("a state-changing padding claim confirmed by time: %v", err)
	}
	wantErr = ErrNotPadding
	if err := m.ConfirmPadding("a", al.ID()); !errors.Is(err, ErrNotPadding) {
		t.Fatalf("a state-changing padding claim confirmed by the rule: %v", err)
	}
	wantErr = ErrCovered
	if err := m.Cover("rollup", origin, 3); !errors.Is(err, ErrCovered) {
		t.Fatalf("batch count set twice: %v", err)
	}
	wantErr = nil
	if err := m.ConfirmPadding("h", hl.ID()); err != nil {
		t.Fatal(err)
	}
	w.compare(m)
	if r, _ := m.Claim(hl.ID()); r.Status != Confirmed {
		t.Fatal("the honest padding claim is not confirmed")
	}
}

// rollupTwin is a Rollup (with the ChallengeManager it deploys) over the ToyMachine, and a real
// Inbox holding `batches` batches.
type rollupTwin struct {
	*twin
	rollup *evm.Contract
	rb     *bindings.Rollup
}

func newRollupTwin(t *testing.T, r *Rollup, batches uint64) *rollupTwin {
	t.Helper()
	p := r.M.P
	e, err := evm.New()
	if err != nil {
		t.Fatal(err)
	}
	load := func(name string) *contracts.Artifact {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	batcher, bridge := partyAddress("batcher"), partyAddress("bridge")
	inbox, err := e.DeployArgs(load("Inbox"), batcher, bridge, uint64(0))
	if err != nil {
		t.Fatal(err)
	}
	ib := bindings.NewInbox()
	for n := uint64(0); n < batches; n++ {
		e.SetBlobHashes([]common.Hash{crypto.Keccak256Hash([]byte{byte(n)})})
		e.SetBlockNumber(0)
		res, err := inbox.CallFrom(batcher, nil, ib.PackAddBatch(n, 1, 0))
		if err != nil || res.Revert != nil {
			t.Fatalf("batch %d: %v %v", n, err, res.Revert)
		}
	}
	e.SetBlobHashes(nil)
	toy, err := e.DeployArgs(load("ToyMachine"), pow(p.K, p.Heights[1]))
	if err != nil {
		t.Fatal(err)
	}
	receiver := partyAddress("receiver")
	genesisRoot := r.as[r.Genesis].StateRoot
	proposers := []common.Address{}
	for _, who := range slices.Sorted(maps.Keys(r.Proposers)) {
		proposers = append(proposers, partyAddress(who))
	}
	ro, err := e.DeployArgs(load("Rollup"), inbox.Address, toy.Address, genesisRoot, new(big.Int).SetUint64(r.Bond), receiver,
		big.NewInt(int64(p.K)), p.Heights[0], p.Heights[1], p.ChallengePeriod, new(big.Int).SetUint64(p.Stakes[1]), new(big.Int).SetUint64(p.Reward),
		proposers)
	if err != nil {
		t.Fatal(err)
	}
	rb := bindings.NewRollup()
	res, err := ro.Call(rb.PackChallengeManager())
	if err != nil || res.Revert != nil {
		t.Fatalf("challengeManager(): %v %v", err, res.Revert)
	}
	cmAddr, err := rb.UnpackChallengeManager(res.Return)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := e.At(load("ChallengeManager"), cmAddr)
	if err != nil {
		t.Fatal(err)
	}
	res, err = ro.Call(rb.PackGenesis())
	if g, _ := rb.UnpackGenesis(res.Return); err != nil || Hash(g) != r.Genesis {
		t.Fatalf("genesis: contract %x, model %s", g, r.Genesis)
	}
	w := &twin{t: t, e: e, cm: cm, b: bindings.NewChallengeManager(), receiver: receiver, gas: map[string][]uint64{}}
	return &rollupTwin{twin: w, rollup: ro, rb: rb}
}

// replay makes a Rollup move on the contract, or hands a ChallengeManager move to the twin.
func (w *rollupTwin) replay(m *Model, mv Move) {
	w.t.Helper()
	var input []byte
	switch mv.Kind {
	case "RollupAssert":
		a := mv.Assertion
		input = w.rb.PackAssertState(bindings.RollupAssertion{Parent: a.Parent, BatchEnd: a.BatchEnd, StateRoot: a.StateRoot, History: a.History})
	case "RollupConfirm":
		input = w.rb.PackConfirm(mv.ID)
	case "RollupReject":
		input = w.rb.PackReject(mv.ID)
	case "ReturnBond":
		input = w.rb.PackReturnBond()
	case "Slash":
		input = w.rb.PackSlash(partyAddress(mv.Staker))
	default:
		w.twin.replay(m, mv)
		return
	}
	w.call(w.rollup, mv, input, new(big.Int).SetUint64(mv.Value), rollupError)
}

func rollupError(err error) string {
	for e, name := range map[error]string{ErrUnknownAssertion: "UnknownAssertion", ErrAssertionExists: "AssertionExists",
		ErrRejected: "Rejected", ErrBatchRange: "BatchRange", ErrBondElsewhere: "BondElsewhere", ErrParentPending: "ParentPending",
		ErrNotConfirmed: "NotConfirmed", ErrNotRejected: "NotRejected", ErrAssertionDecided: "AssertionDecided",
		ErrBondLocked: "BondLocked", ErrNoBond: "NoBond", ErrNotProposer: "NotProposer"} {
		if errors.Is(err, e) {
			return name
		}
	}
	return contractError(err)
}

// compareRollup checks the Rollup contract's assertions and credits against the model's.
func (w *rollupTwin) compareRollup(r *Rollup) {
	w.t.Helper()
	for id, a := range r.as {
		res, err := w.rollup.Call(w.rb.PackAssertions(id))
		if err != nil || res.Revert != nil {
			w.t.Fatal(err, res.Revert)
		}
		got, err := w.rb.UnpackAssertions(res.Return)
		if err != nil {
			w.t.Fatal(err)
		}
		want := map[AssertionStatus]uint8{AssertionPending: 1, AssertionConfirmed: 2, AssertionRejected: 3}[a.Status]
		if got.Status != want || got.NextInbox != a.NextInbox || Hash(got.Top) != a.Top {
			w.t.Fatalf("assertion %s: contract %+v, model status %d next %d top %s", id.TerminalString(), got, want, a.NextInbox, a.Top.TerminalString())
		}
	}
	for p, v := range r.Received {
		res, _ := w.rollup.Call(w.rb.PackCredit(partyAddress(p)))
		if c, err := w.rb.UnpackCredit(res.Return); err != nil || c.Uint64() != v {
			w.t.Fatalf("%s's credit: contract %v, model %d", p, c, v)
		}
	}
	res, _ := w.rollup.Call(w.rb.PackCredit(w.receiver))
	if c, _ := w.rb.UnpackCredit(res.Return); c.Uint64() != r.Receiver {
		w.t.Fatalf("receiver's credit: contract %v, model %d", c, r.Receiver)
	}
}
