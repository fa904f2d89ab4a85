package dispute

import (
	"cmp"
	"errors"
	"slices"
)

// Trace is a party's account of the computation an assertion covers: the state hash at each
// batch boundary, and each batch's machine states with their preimages. For the honest party it
// is the truth (the executor's trace providers); an adversary's differs somewhere.
type Trace interface {
	// Boundary is the state hash after p of the assertion's batches, p in [0, K^Heights[0]].
	Boundary(p uint64) Hash
	// State is the machine state hash at step q of the batch at boundary p (q in
	// [0, K^Heights[1]], padded with its last state) and its preimage.
	State(p, q uint64) (Hash, []byte)
}

// Prover is a Trace that also gives a step's proof: the data ProveStep needs besides the pre-state
// preimage to run step q of the batch at boundary p (the chain's memory accesses and oracle data).
// A Trace that is not a Prover proves with no data (the toy machine needs none).
type Prover interface {
	StepProof(p, q uint64) []byte
}

// Agent plays the protocol for one party from its Trace: it asserts, dissects each of its claims
// as soon as one is rivaled, makes its child where a rival's dissection first differs from its
// own, opens the steps level under a rivaled one-batch claim, proves one-step claims and
// confirms what it can, bottom up. It never makes a claim its trace disagrees with, so for the
// honest party it is the honest strategy of docs/spec/dispute.md §6.
type Agent struct {
	Who    Party
	T      Trace
	Origin Hash // the parent assertion
	// Stall makes the agent stop after asserting (an adversary that never answers).
	Stall bool
	// OpenLate makes the agent wait this many blocks after a rival's dissection before it makes
	// its children there (an adversary trying to take back the time the other side accrued).
	OpenLate uint64
	// Separate makes the agent answer a rival's dissection with separate Opens (and its child's
	// Dissect on a later turn) instead of one Answer.
	Separate bool
	// AssertFn, if set, makes the agent's assertion instead of Model.Assert (a Rollup does).
	AssertFn func(Claim) error
	// Eager makes the agent dissect its batch-level claims and make all their children before
	// anyone rivals them (an adversary trying to start its children's clocks early).
	Eager bool

	mine     map[Hash]Hash // my claims (made or not), to the parent I know them through
	index    map[Hash]int  // a child's index under that parent
	top      Hash
	levels   map[Hash]bool   // one-batch claims whose steps level I opened
	batchPos map[Hash]uint64 // their level-0 positions
	lower    map[Hash]Hash   // their level-1 top claims
	commits  map[uint64]Hash // level-1 commitments by level-0 position (levelCommit)
}

// Top is the agent's level-0 top claim (its assertion).
func (a *Agent) Top(p Params) Claim {
	n := p.Heights[0]
	start := a.T.Boundary(0)
	return Claim{Level: LevelBatches, Origin: a.Origin, Height: n, StartCtx: TopCtx(a.Origin, start), Start: start,
		End: a.T.Boundary(pow(p.K, n)), Commit: a.boundaries(p).Commit(0, n)}
}

func (a *Agent) boundaries(p Params) Commitment {
	return Commitment{K: p.K, State: a.T.Boundary}
}

// Lengths is a Trace that knows where each batch's steps end (it pads with the last state from
// there): the agent then commits to the padding in O(K·H1) hashes, not K^H1.
type Lengths interface {
	Steps(p uint64) uint64
}

// Hashes is a Trace that gives a state's hash without its preimage, cheaply: commitments, which
// hash millions of states, take it. A trace provider keeps hashes, but rebuilds a preimage by
// replaying from a checkpoint.
type Hashes interface {
	StateHash(p, q uint64) Hash
}

func (a *Agent) steps(p Params, batch uint64) Commitment {
	c := Commitment{K: p.K, State: func(q uint64) Hash { h, _ := a.T.State(batch, q); return h }}
	if h, ok := a.T.(Hashes); ok {
		c.State = func(q uint64) Hash { return h.StateHash(batch, q) }
	}
	if l, ok := a.T.(Lengths); ok {
		c.Padded, c.PadFrom = true, l.Steps(batch)
	}
	return c
}

// node is the agent's dissection of its claim c.
func (a *Agent) node(p Params, c *Claim) *Node {
	if c.Level == LevelBatches {
		return a.boundaries(p).Node(c.Pos, c.Height)
	}
	return a.steps(p, a.batchOf(c)).Node(c.Pos, c.Height)
}

// batchOf is the level-0 position whose steps a level-1 claim of the agent's is about.
func (a *Agent) batchOf(c *Claim) uint64 {
	id := c.ID()
	for {
		r := a.mine[id]
		if r == (Hash{}) {
			return 0
		}
		id = r
		if a.levels[id] {
			return a.batchPos[id]
		}
	}
}

// Act makes every move the agent wants to make now; it returns how many it made.
func (a *Agent) Act(m *Model) int {
	if a.mine == nil {
		a.mine, a.index, a.levels, a.batchPos, a.lower = map[Hash]Hash{}, map[Hash]int{}, map[Hash]bool{}, map[Hash]uint64{}, map[Hash]Hash{}
		a.commits = map[uint64]Hash{}
		top := a.Top(m.P)
		a.top = top.ID()
		a.mine[a.top] = Hash{}
	}
	a.discover(m)
	moves := 0
	if _, ok := m.Claim(a.top); !ok {
		assert := func(c Claim) error { _, err := m.Assert(a.Who, c); return err }
		if a.AssertFn != nil {
			assert = a.AssertFn
		}
		if assert(a.Top(m.P)) == nil {
			moves++
		}
	}
	if a.Stall {
		return moves
	}
	ids := a.existing(m)
	for _, id := range ids {
		r, _ := m.Claim(id)
		if r.Status != Pending {
			continue
		}
		if _, decided := m.Decided(&r.Claim); decided {
			continue
		}
		rivaled := len(m.Rivals(&r.Claim)) >= 2
		switch {
		case (rivaled || a.Eager && r.Level == LevelBatches) && r.Height > 0 && !r.Dissected:
			if m.Dissect(a.Who, id, a.node(m.P, &r.Claim)) == nil {
				moves++
			}
		case rivaled && m.padding(r):
			// Past the covered batches: no steps level, the padding rule decides.
			if m.ConfirmPadding(a.Who, id) == nil {
				moves++
			}
		case rivaled && r.Level == LevelBatches && r.Height == 0 && !a.levels[id]:
			moves += a.openLevel(m, id, r)
		case rivaled && r.Level == LevelSteps && r.Height == 0:
			b := a.batchOf(&r.Claim)
			_, pre := a.T.State(b, r.Pos)
			var proof []byte
			if pv, ok := a.T.(Prover); ok {
				proof = pv.StepProof(b, r.Pos)
			}
			if m.ProveStep(a.Who, id, pre, proof) == nil {
				moves++
			}
		}
		if r.Dissected {
			// Its children are mine, whoever dissected it (another party may have, before I came).
			for i := 0; i < m.P.K; i++ {
				c := r.Child(r.Node, i, m.P.K)
				if _, ok := a.mine[c.ID()]; !ok {
					a.mine[c.ID()], a.index[c.ID()] = id, i
				}
			}
			moves += a.answer(m, id, r)
			for i := 0; a.Eager && r.Level == LevelBatches && i < m.P.K; i++ {
				if _, err := m.Open(a.Who, id, i); err == nil {
					moves++
				}
			}
		}
		// A claim of mine made through someone else's parent: make it through mine too, so that
		// my path to it counts and its time runs from my dissection if that was earlier.
		if p := a.mine[id]; p != (Hash{}) && !a.levels[p] {
			if pr, ok := m.Claim(p); ok && pr.Dissected && pr.DissectAt < r.Created {
				if _, err := m.Open(a.Who, p, a.index[id]); err == nil {
					moves++
				}
			}
		}
	}
	// Confirm bottom up: the steps level before the batches level, low claims before high; all
	// that can be confirmed now in one ConfirmAll (found by trying them quietly first), or, for
	// an agent playing move by move, one move each.
	if a.Separate {
		for _, id := range a.existing(m) {
			if _, ok := a.confirm(m, id); ok {
				moves++
			}
		}
	} else {
		var cs []Confirmation
		m.trial(func() {
			for _, id := range a.existing(m) {
				if c, ok := a.confirm(m, id); ok {
					cs = append(cs, c)
				}
			}
		})
		if len(cs) > 0 && m.ConfirmAll(a.Who, cs) == nil {
			moves++
		}
	}
	// Settle the stakes of every mutual one of my claims won: mine back, the rivals' rewards.
	for _, id := range a.existing(m) {
		if r, _ := m.Claim(id); r.Status == Confirmed {
			for _, o := range m.Rivals(&r.Claim) {
				if or, _ := m.Claim(o); or.Stake > 0 && !or.Settled && m.Settle(a.Who, o) == nil {
					moves++
				}
			}
		}
	}
	return moves
}

// discover adds what the model shows of the agent's claims to its bookkeeping, to a fixpoint:
// the children of its dissected claims, and the steps-level top claims opened (by it or anyone)
// under its rivaled one-batch claims. An agent that kept nothing but the model (a party that
// restarted and mirrors the game from L1) so picks up where its moves left the game, instead of
// finding one level of its claims per move.
func (a *Agent) discover(m *Model) {
	for changed := true; changed; {
		changed = false
		for _, id := range a.existing(m) {
			r, _ := m.Claim(id)
			if r.Dissected {
				for i := 0; i < m.P.K; i++ {
					c := r.Child(r.Node, i, m.P.K)
					if _, ok := a.mine[c.ID()]; !ok {
						a.mine[c.ID()], a.index[c.ID()] = id, i
						changed = true
					}
				}
			}
			if r.Level != LevelBatches || r.Height != 0 || a.levels[id] || len(m.Rivals(&r.Claim)) < 2 || m.padding(r) {
				continue
			}
			_, endPre := a.T.State(r.Pos, pow(m.P.K, m.P.Heights[1]))
			end, _, err := m.M.Link(endPre)
			if err != nil {
				continue
			}
			lc := m.levelClaim(r, end, a.levelCommit(m.P, r.Pos))
			if _, ok := m.Claim(lc.ID()); ok {
				a.levels[id], a.batchPos[id], a.lower[id], a.mine[lc.ID()] = true, r.Pos, lc.ID(), id
				changed = true
			}
		}
	}
}

// levelCommit is the agent's commitment to the steps of the batch at level-0 position p, computed
// once.
func (a *Agent) levelCommit(p Params, pos uint64) Hash {
	if c, ok := a.commits[pos]; ok {
		return c
	}
	c := a.steps(p, pos).Commit(0, p.Heights[1])
	a.commits[pos] = c
	return c
}

// existing is the agent's claims that exist, the steps level first, then by height.
func (a *Agent) existing(m *Model) []Hash {
	var ids []Hash
	for id := range a.mine {
		if _, ok := m.Claim(id); ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(x, y Hash) int {
		rx, _ := m.Claim(x)
		ry, _ := m.Claim(y)
		if c := cmp.Compare(ry.Level, rx.Level); c != 0 {
			return c
		}
		if c := cmp.Compare(rx.Height, ry.Height); c != 0 {
			return c
		}
		return cmp.Compare(rx.seq, ry.seq)
	})
	return ids
}

// answer makes the agent's child where each dissected rival first differs from its dissection,
// or moves an existing one's time back to the agent's dissection.
func (a *Agent) answer(m *Model, id Hash, r *Record) int {
	moves := 0
	for _, y := range m.Rivals(&r.Claim) {
		yr, _ := m.Claim(y)
		if y == id || !yr.Dissected || m.Now < yr.DissectAt+a.OpenLate {
			continue
		}
		i := 0
		for i < m.P.K && yr.Node.Ends[i] == r.Node.Ends[i] && yr.Node.Inners[i] == r.Node.Inners[i] {
			i++
		}
		if i == m.P.K {
			continue
		}
		// Make the rival's child too, so that the rivalry is on record and my child can be
		// dissected at once (a rival that opened its child late would otherwise take back the
		// time my child seemed unrivaled); in one Answer, with my child's dissection.
		rc := yr.Child(yr.Node, i, m.P.K)
		c := r.Child(r.Node, i, m.P.K)
		if !a.Separate {
			_, rok := m.Claim(rc.ID())
			cr, cok := m.Claim(c.ID())
			if rok && cok && cr.Created <= r.DissectAt {
				continue
			}
			var cn *Node
			if c.Height > 0 && (!cok || !cr.Dissected) {
				cn = a.node(m.P, &c)
			}
			if m.Answer(a.Who, id, y, i, cn) == nil {
				moves++
			}
			continue
		}
		if _, ok := m.Claim(rc.ID()); !ok {
			if _, err := m.Open(a.Who, y, i); err == nil {
				moves++
			}
		}
		if cr, ok := m.Claim(c.ID()); ok && cr.Created <= r.DissectAt {
			continue
		}
		if _, err := m.Open(a.Who, id, i); err == nil {
			moves++
		}
	}
	return moves
}

func (a *Agent) openLevel(m *Model, id Hash, r *Record) int {
	p := r.Pos
	top := pow(m.P.K, m.P.Heights[1])
	_, endPre := a.T.State(p, top)
	commit := a.levelCommit(m.P, p)
	lid, err := m.OpenLevel(a.Who, id, endPre, commit)
	if errors.Is(err, ErrClaimExists) { // made by another party: it is mine too
		end, _, _ := m.M.Link(endPre)
		c := m.levelClaim(r, end, commit)
		lid, err = c.ID(), nil
	}
	if err != nil {
		return 0
	}
	a.levels[id] = true
	a.batchPos[id] = p
	a.lower[id] = lid
	a.mine[lid] = id
	return 1
}

// confirm tries the ways to confirm one of the agent's claims and returns the one that worked.
func (a *Agent) confirm(m *Model, id Hash) (Confirmation, bool) {
	r, _ := m.Claim(id)
	if r.Status != Pending {
		return Confirmation{}, false
	}
	if _, decided := m.Decided(&r.Claim); decided {
		return Confirmation{}, false
	}
	path := a.path(id)
	if lower, ok := a.lower[id]; ok && m.ConfirmByLevel(a.Who, id, lower) == nil {
		return Confirmation{By: "level", ID: id, Lower: lower}, true
	}
	if r.Dissected && m.ConfirmByChildren(a.Who, id, path) == nil {
		return Confirmation{By: "children", ID: id, Path: path}, true
	}
	if m.ConfirmByTime(a.Who, id, path) == nil {
		return Confirmation{By: "time", ID: id, Path: path}, true
	}
	return Confirmation{}, false
}

// path is the chain of the agent's parents of id, up to its top claim.
func (a *Agent) path(id Hash) []Hash {
	var p []Hash
	for x := a.mine[id]; x != (Hash{}); x = a.mine[x] {
		p = append(p, x)
	}
	return p
}
