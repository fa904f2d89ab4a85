package dispute

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Errors: every refused move wraps one of these and changes nothing (docs/spec/dispute.md §7
// names the contract's custom error for each).
var (
	ErrUnknownClaim   = errors.New("unknown claim")
	ErrClaimExists    = errors.New("claim exists")
	ErrBadClaim       = errors.New("claim not well formed")
	ErrOneStep        = errors.New("one-step claim")
	ErrBadNode        = errors.New("children do not hash to the claim")
	ErrNotDissected   = errors.New("claim not dissected")
	ErrDecided        = errors.New("mutual already decided")
	ErrRefuted        = errors.New("claim refuted")
	ErrNotChild       = errors.New("not a child of the given parent")
	ErrTooEarly       = errors.New("not enough unrivaled time")
	ErrChildPending   = errors.New("a child is not confirmed")
	ErrWrongLevel     = errors.New("wrong level or height for this move")
	ErrWrongPreState  = errors.New("the proof's pre-state is not the claim's start")
	ErrBadLink        = errors.New("the lower level does not link to the claim")
	ErrNotRivaled     = errors.New("claim not rivaled")
	ErrUndecided      = errors.New("mutual not decided")
	ErrNoStake        = errors.New("no stake to settle")
	ErrPadding        = errors.New("a padding position")
	ErrNotPadding     = errors.New("not a padding position")
	ErrCovered        = errors.New("batch count already set or out of range")
	ErrLevelNotOpened = errors.New("the lower level was not opened from this claim")
)

// Params are the protocol's deploy parameters.
type Params struct {
	K               int      // arity of dissection, ≥ 2
	Heights         [2]uint8 // a top claim at level l spans K^Heights[l] positions
	ChallengePeriod uint64   // T, in blocks: the unrivaled time that confirms a claim
	Stakes          [2]uint64
	// Stakes[0] is the assertion bond (a level-0 top claim; 0 under a Rollup, which holds the
	// bonds), Stakes[1] the stake of a level-1 top claim. Once a mutual is decided, Settle returns
	// the confirmed claim's stake and forfeits each rival's: up to Reward to the confirmed
	// claim's staker, the rest to the receiver.
	Reward uint64
}

// Check reports the first invalid parameter.
func (p Params) Check() error {
	switch {
	case p.K < 2:
		return fmt.Errorf("dispute: arity %d, want at least 2", p.K)
	case p.Heights[0] == 0 || p.Heights[1] == 0:
		return fmt.Errorf("dispute: heights %v, want at least 1 each", p.Heights)
	case p.ChallengePeriod == 0:
		return errors.New("dispute: zero challenge period")
	}
	return nil
}

// Machine is what the protocol needs of the state machine, on L1 as here: the level-1 trace's
// first state for a batch-boundary state, the link from a level-1 end state to the next boundary,
// and one step.
type Machine interface {
	// Start1 is the level-1 trace's state hash at step 0 for the batch starting at boundary s0.
	Start1(s0 Hash) Hash
	// Link verifies the preimage of a level-1 end state: its hash and the boundary state hash
	// that follows it (ChainVM: a done state's hash and the start-state hash of its memory root).
	Link(endPreimage []byte) (end, next Hash, err error)
	// Step runs one step from a pre-state preimage with the step's proof (the memory accesses
	// and oracle data it needs; the toy needs none): its hash and the post-state hash
	// (ChainMachine.step).
	Step(prePreimage, proof []byte) (pre, post Hash, err error)
}

// Status of a claim.
type Status uint8

const (
	Pending   Status = iota
	Confirmed        // by time, by children, by the level below or by a one-step proof
	Refuted          // a one-step proof disagreed with it
)

// String is "pending", "confirmed" or "refuted", the word operators see (challenger, explorer).
func (s Status) String() string {
	switch s {
	case Confirmed:
		return "confirmed"
	case Refuted:
		return "refuted"
	}
	return "pending"
}

// Party is who makes a move: stakes are paid to and from parties.
type Party string

// Record is a claim with what the protocol keeps about it.
type Record struct {
	Claim
	Status  Status
	Created uint64 // when its content became public: top claims, their creation; children, their parent's dissection
	Staker  Party
	Stake   uint64

	Dissected bool
	DissectAt uint64
	Node      *Node // the dissection, once made (the contract keeps only the time; events carry the node)
	Settled   bool  // its stake was paid out (Settle)
	children  []Hash

	seq uint64 // creation order
}

// Children are the IDs of a dissected claim's children, in order (nil before its dissection).
func (r *Record) Children() []Hash { return r.children }

type mutual struct {
	claims    []Hash    // in the order they were made
	first     [2]uint64 // the two smallest Created values (first[1] = none when fewer than two)
	confirmed Hash
}

const none = ^uint64(0)

// Model is the protocol's state: every claim, every mutual, the time and the ledger.
type Model struct {
	P   Params
	M   Machine
	Now uint64 // the current L1 block

	claims  map[Hash]*Record
	mutuals map[Hash]*mutual
	covered map[Hash]uint64 // batches covered under a parent assertion (Cover)
	// Ledger: what each party paid in (stakes) and was paid out; the receiver's share.
	Paid, Received map[Party]uint64
	Receiver       uint64
	Held           uint64 // stakes held by the protocol
	// Observer, if set, sees every move once it is made or refused: what a contract twin replays.
	Observer func(Move)

	seq   uint64
	quiet bool // inside a combined move: its parts are not observed
}

// Move is a move made on the model, with its outcome.
type Move struct {
	Kind   string // the method's name (Assert, Dissect, Open, Answer, OpenLevel, ProveStep, Confirm…, Cover, Settle; the Rollup's below)
	Who    Party
	Now    uint64
	Claim  Claim          // Assert
	ID     Hash           // the claim moved on; for Open the parent, for OpenLevel the one-batch claim
	Node   *Node          // Dissect
	Index  int            // Open, Answer: the child; Cover: the batch count
	Lower  Hash           // ConfirmByLevel
	Path   []Hash         // ConfirmByTime, ConfirmByChildren
	Data   []byte         // ProveStep: the pre-state; OpenLevel: the end state (preimages)
	Proof  []byte         // ProveStep: the step's proof
	Commit Hash           // OpenLevel
	Rival  Hash           // Answer
	Confs  []Confirmation // ConfirmAll
	// The Rollup's moves: RollupAssert (Assertion, Value: the bond sent), RollupConfirm and
	// RollupReject (ID), ReturnBond (Who), Slash (Staker).
	Assertion Assertion
	Value     uint64
	Staker    Party
	Err       error
}

// Confirmation is one confirmation of a ConfirmAll: By "time", "children" or "level", with the
// arguments of that move.
type Confirmation struct {
	By    string
	ID    Hash
	Path  []Hash
	Lower Hash
}

func (m *Model) observe(mv Move, err *error) {
	if m.Observer != nil && !m.quiet {
		mv.Now, mv.Err = m.Now, *err
		m.Observer(mv)
	}
}

// New returns an empty protocol.
func New(p Params, m Machine) (*Model, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	return &Model{P: p, M: m, claims: map[Hash]*Record{}, mutuals: map[Hash]*mutual{}, covered: map[Hash]uint64{},
		Paid: map[Party]uint64{}, Received: map[Party]uint64{}}, nil
}

// Clone returns an independent copy of the model, without its Observer: a party that mirrors a
// game from L1 decides its moves on a copy, so that the mirror holds only what L1 accepted.
func (m *Model) Clone() *Model {
	c := &Model{P: m.P, M: m.M, Now: m.Now, claims: make(map[Hash]*Record, len(m.claims)), mutuals: make(map[Hash]*mutual, len(m.mutuals)),
		covered: maps.Clone(m.covered), Paid: maps.Clone(m.Paid), Received: maps.Clone(m.Received), Receiver: m.Receiver, Held: m.Held,
		seq: m.seq}
	for id, r := range m.claims {
		cr := *r
		cr.children = slices.Clone(r.children) // a Node is never changed once made: shared
		c.claims[id] = &cr
	}
	for id, mu := range m.mutuals {
		cm := *mu
		cm.claims = slices.Clone(mu.claims)
		c.mutuals[id] = &cm
	}
	return c
}

// Claim returns the record of id.
func (m *Model) Claim(id Hash) (*Record, bool) {
	r, ok := m.claims[id]
	return r, ok
}

// Claims returns every claim's ID in creation order (deterministic).
func (m *Model) Claims() []Hash {
	ids := make([]Hash, 0, len(m.claims))
	for id := range m.claims {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b Hash) int { return cmp.Compare(m.claims[a].seq, m.claims[b].seq) })
	return ids
}

// Rivals returns the claims sharing c's mutual, c included, in creation order.
func (m *Model) Rivals(c *Claim) []Hash {
	if mu, ok := m.mutuals[c.Mutual()]; ok {
		return slices.Clone(mu.claims)
	}
	return nil
}

// Decided returns the confirmed claim of c's mutual, if any.
func (m *Model) Decided(c *Claim) (Hash, bool) {
	mu, ok := m.mutuals[c.Mutual()]
	if !ok || mu.confirmed == (Hash{}) {
		return Hash{}, false
	}
	return mu.confirmed, true
}

// Unrivaled is a claim's unrivaled time: until the second claim of its mutual became public, or
// until now if there is none; zero for a claim that became public after its rival.
func (m *Model) Unrivaled(id Hash) uint64 {
	r := m.claims[id]
	mu := m.mutuals[r.Mutual()]
	end := m.Now
	if len(mu.claims) >= 2 {
		end = mu.first[1]
	}
	if end < r.Created {
		return 0
	}
	return end - r.Created
}

// ---- moves ----

// Assert makes a level-0 top claim (the Rollup does it for an assertion), staked with the bond.
func (m *Model) Assert(who Party, c Claim) (_ Hash, err error) {
	defer m.observe(Move{Kind: "Assert", Who: who, Claim: c}, &err)
	if c.Level != LevelBatches || c.Pos != 0 || c.Height != m.P.Heights[0] || c.StartCtx != TopCtx(c.Origin, c.Start) || c.Commit == (Hash{}) {
		return Hash{}, fmt.Errorf("%w: an assertion is a level-0 top claim of height %d with a commitment", ErrBadClaim, m.P.Heights[0])
	}
	return m.create(who, c, m.Now, m.P.Stakes[0])
}

// Cover records that the assertions with parent origin cover n batches (the Rollup's rule,
// dispute.md §10): level-0 positions n and after are padding, their state the one after batch n.
// Set once per origin, n ≤ K^Heights[0]; without it every position is a batch.
func (m *Model) Cover(who Party, origin Hash, n uint64) (err error) {
	defer m.observe(Move{Kind: "Cover", Who: who, ID: origin, Index: int(n)}, &err)
	if _, ok := m.covered[origin]; ok || n > pow(m.P.K, m.P.Heights[0]) {
		return fmt.Errorf("%w: origin %s, %d batches", ErrCovered, origin.TerminalString(), n)
	}
	m.covered[origin] = n
	return nil
}

// padding reports whether r is a one-batch claim at a padding position.
func (m *Model) padding(r *Record) bool {
	n, ok := m.covered[r.Origin]
	return ok && r.Level == LevelBatches && r.Height == 0 && r.Pos >= n
}

// ConfirmPadding confirms a one-batch claim at a padding position that ends where it starts:
// past the batches its assertions cover the state does not change, and no steps level can say
// otherwise (a batch the Inbox does not hold has no trace).
func (m *Model) ConfirmPadding(who Party, id Hash) (err error) {
	defer m.observe(Move{Kind: "ConfirmPadding", Who: who, ID: id}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if r.Level != LevelBatches || r.Height != 0 {
		return fmt.Errorf("%w: padding is decided for one-batch claims", ErrWrongLevel)
	}
	if err := m.open(r); err != nil {
		return err
	}
	if !m.padding(r) || r.End != r.Start {
		return fmt.Errorf("%w: position %d, %s → %s", ErrNotPadding, r.Pos, r.Start.TerminalString(), r.End.TerminalString())
	}
	m.confirm(r)
	return nil
}

// Dissect records the dissection n of a rivaled claim: from now on its children are public, and
// their unrivaled time runs from this block. An unrivaled claim cannot be dissected: its children
// would start their clocks before anyone could answer them.
func (m *Model) Dissect(who Party, id Hash, n *Node) (err error) {
	defer m.observe(Move{Kind: "Dissect", Who: who, ID: id, Node: n}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if err := n.Check(&r.Claim, m.P.K); err != nil {
		return err
	}
	if err := m.open(r); err != nil {
		return err
	}
	if len(m.mutuals[r.Mutual()].claims) < 2 {
		return fmt.Errorf("%w: %s", ErrNotRivaled, id.TerminalString())
	}
	if !r.Dissected {
		r.Dissected, r.DissectAt, r.Node = true, m.Now, n
		for i := 0; i < m.P.K; i++ {
			c := r.Child(n, i, m.P.K)
			r.children = append(r.children, c.ID())
		}
	}
	return nil
}

// Open makes child i of a dissected claim a claim of its own, so that it can be rivaled,
// dissected and confirmed. A child already made through a parent dissected later takes this
// parent's (earlier) dissection time.
func (m *Model) Open(who Party, parent Hash, i int) (_ Hash, err error) {
	defer m.observe(Move{Kind: "Open", Who: who, ID: parent, Index: i}, &err)
	p, err := m.record(parent)
	if err != nil {
		return Hash{}, err
	}
	if !p.Dissected {
		return Hash{}, fmt.Errorf("%w: %s", ErrNotDissected, parent.TerminalString())
	}
	if err := m.open(p); err != nil {
		return Hash{}, err
	}
	if i < 0 || i >= m.P.K {
		return Hash{}, fmt.Errorf("%w: child %d of %d", ErrBadClaim, i, m.P.K)
	}
	c := p.Child(p.Node, i, m.P.K)
	id := c.ID()
	if r, ok := m.claims[id]; ok {
		if p.DissectAt < r.Created {
			m.recreate(r, p.DissectAt)
		}
		return id, nil
	}
	return m.create(who, c, p.DissectAt, 0)
}

// OpenLevel makes the level-1 top claim of a one-batch level-0 claim: its trace from the batch's
// first machine state to the end state whose preimage links to the claim's end. Staked.
func (m *Model) OpenLevel(who Party, from Hash, endPreimage []byte, commit Hash) (_ Hash, err error) {
	defer m.observe(Move{Kind: "OpenLevel", Who: who, ID: from, Data: endPreimage, Commit: commit}, &err)
	f, err := m.record(from)
	if err != nil {
		return Hash{}, err
	}
	if f.Level != LevelBatches || f.Height != 0 {
		return Hash{}, fmt.Errorf("%w: the steps level opens from a one-batch claim", ErrWrongLevel)
	}
	if err := m.open(f); err != nil {
		return Hash{}, err
	}
	if len(m.mutuals[f.Mutual()].claims) < 2 {
		return Hash{}, fmt.Errorf("%w: %s", ErrNotRivaled, from.TerminalString())
	}
	if m.padding(f) {
		return Hash{}, fmt.Errorf("%w: no steps level at position %d", ErrPadding, f.Pos)
	}
	end, next, err := m.M.Link(endPreimage)
	if err != nil {
		return Hash{}, fmt.Errorf("%w: %w", ErrBadLink, err)
	}
	if next != f.End {
		return Hash{}, fmt.Errorf("%w: the end state leads to %s, the claim ends at %s", ErrBadLink, next.TerminalString(), f.End.TerminalString())
	}
	c := m.levelClaim(f, end, commit)
	if commit == (Hash{}) {
		return Hash{}, fmt.Errorf("%w: a claim of height %d needs a commitment", ErrBadClaim, c.Height)
	}
	return m.create(who, c, m.Now, m.P.Stakes[1])
}

// levelClaim is the level-1 top claim under the one-batch claim f ending at end.
func (m *Model) levelClaim(f *Record, end, commit Hash) Claim {
	origin := f.Mutual()
	start := m.M.Start1(f.Start)
	return Claim{Level: LevelSteps, Origin: origin, Height: m.P.Heights[1], StartCtx: TopCtx(origin, start), Start: start, End: end, Commit: commit}
}

// ProveStep decides a one-step level-1 claim by running the step from its start state (with the
// step's proof): the claim is confirmed if the post-state is its end, refuted otherwise.
func (m *Model) ProveStep(who Party, id Hash, prePreimage, proof []byte) (err error) {
	defer m.observe(Move{Kind: "ProveStep", Who: who, ID: id, Data: prePreimage, Proof: proof}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if r.Level != LevelSteps || r.Height != 0 {
		return fmt.Errorf("%w: one-step proofs are for one-step level-1 claims", ErrWrongLevel)
	}
	if err := m.open(r); err != nil {
		return err
	}
	pre, post, err := m.M.Step(prePreimage, proof)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrWrongPreState, err)
	}
	if pre != r.Start {
		return fmt.Errorf("%w: %s, the claim starts at %s", ErrWrongPreState, pre.TerminalString(), r.Start.TerminalString())
	}
	if post != r.End {
		r.Status = Refuted
		return nil
	}
	m.confirm(r)
	return nil
}

// ConfirmByTime confirms a claim whose unrivaled time, with that of each ancestor in path (its
// parent, the parent's parent, …), reaches the challenge period.
func (m *Model) ConfirmByTime(who Party, id Hash, path []Hash) (err error) {
	defer m.observe(Move{Kind: "ConfirmByTime", Who: who, ID: id, Path: path}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if err := m.open(r); err != nil {
		return err
	}
	if m.padding(r) && r.End != r.Start {
		return fmt.Errorf("%w: a padding claim that changes the state", ErrPadding)
	}
	total, err := m.pathTime(id, path)
	if err != nil {
		return err
	}
	if total < m.P.ChallengePeriod {
		return fmt.Errorf("%w: %d of %d blocks", ErrTooEarly, total, m.P.ChallengePeriod)
	}
	m.confirm(r)
	return nil
}

// ConfirmByChildren confirms a dissected claim whose children are all confirmed. A child never
// made a claim (no claim in its mutual at all) counts as confirmed once its own unrivaled time
// since the dissection, with the claim's and its ancestors' in path, reaches the challenge
// period, as if it had been made then.
func (m *Model) ConfirmByChildren(who Party, id Hash, path []Hash) (err error) {
	defer m.observe(Move{Kind: "ConfirmByChildren", Who: who, ID: id, Path: path}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if !r.Dissected {
		return fmt.Errorf("%w: %s", ErrNotDissected, id.TerminalString())
	}
	if err := m.open(r); err != nil {
		return err
	}
	virtual := uint64(0)
	for i := 0; i < m.P.K; i++ {
		c := r.Child(r.Node, i, m.P.K)
		if cr, ok := m.claims[c.ID()]; ok {
			if cr.Status != Confirmed {
				return fmt.Errorf("%w: child %d (%s)", ErrChildPending, i, c.ID().TerminalString())
			}
			continue
		}
		if _, ok := m.mutuals[c.Mutual()]; ok {
			return fmt.Errorf("%w: child %d was never made, and its mutual has claims", ErrChildPending, i)
		}
		if virtual == 0 {
			above, err := m.pathTime(id, path)
			if err != nil {
				return err
			}
			virtual = m.Now - r.DissectAt + above
		}
		if virtual < m.P.ChallengePeriod {
			return fmt.Errorf("%w: child %d: %d of %d blocks", ErrTooEarly, i, virtual, m.P.ChallengePeriod)
		}
	}
	m.confirm(r)
	return nil
}

// ConfirmByLevel confirms a one-batch level-0 claim whose level-1 top claim is confirmed.
func (m *Model) ConfirmByLevel(who Party, id, lower Hash) (err error) {
	defer m.observe(Move{Kind: "ConfirmByLevel", Who: who, ID: id, Lower: lower}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	lr, err := m.record(lower)
	if err != nil {
		return err
	}
	if !m.isParent(r, lr) || lr.Level != LevelSteps {
		return fmt.Errorf("%w: %s", ErrLevelNotOpened, lower.TerminalString())
	}
	if err := m.open(r); err != nil {
		return err
	}
	if m.claims[lower].Status != Confirmed {
		return fmt.Errorf("%w: the level-1 claim is not confirmed", ErrChildPending)
	}
	m.confirm(r)
	return nil
}

// Answer is one transaction for what a party does when a dissected rival first differs from
// its own dissected claim at child i: make the rival's child i and its own (as Open), then, if
// childNode is not nil, dissect its own child with it (now rivaled). All or nothing.
func (m *Model) Answer(who Party, own, rival Hash, i int, childNode *Node) (err error) {
	defer m.observe(Move{Kind: "Answer", Who: who, ID: own, Rival: rival, Index: i, Node: childNode}, &err)
	r, err := m.record(own)
	if err != nil {
		return err
	}
	y, err := m.record(rival)
	if err != nil {
		return err
	}
	if r.Mutual() != y.Mutual() || own == rival {
		return fmt.Errorf("%w: %s is not a rival of %s", ErrBadClaim, rival.TerminalString(), own.TerminalString())
	}
	return m.atomic(func() error {
		if _, err := m.Open(who, rival, i); err != nil {
			return err
		}
		child, err := m.Open(who, own, i)
		if err != nil || childNode == nil {
			return err
		}
		return m.Dissect(who, child, childNode)
	})
}

// trial runs f unobserved and undoes whatever it did (to find which moves would succeed).
func (m *Model) trial(f func()) {
	restore := m.checkpoint()
	m.quiet = true
	f()
	m.quiet = false
	restore()
}

// atomic runs the parts of a combined move unobserved and undoes them all if one fails.
func (m *Model) atomic(parts func() error) error {
	restore := m.checkpoint()
	m.quiet = true
	err := parts()
	m.quiet = false
	if err != nil {
		restore()
	}
	return err
}

// ConfirmAll makes the confirmations in order, in one transaction: all or nothing.
func (m *Model) ConfirmAll(who Party, cs []Confirmation) (err error) {
	defer m.observe(Move{Kind: "ConfirmAll", Who: who, Confs: cs}, &err)
	if len(cs) == 0 {
		return fmt.Errorf("%w: nothing to confirm", ErrBadClaim)
	}
	return m.atomic(func() error {
		for _, c := range cs {
			var err error
			switch c.By {
			case "time":
				err = m.ConfirmByTime(who, c.ID, c.Path)
			case "children":
				err = m.ConfirmByChildren(who, c.ID, c.Path)
			case "level":
				err = m.ConfirmByLevel(who, c.ID, c.Lower)
			default:
				err = fmt.Errorf("%w: confirmation by %q", ErrBadClaim, c.By)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// checkpoint returns a function that puts the model back as it is now (for the combined
// moves, which are all or nothing like a transaction).
func (m *Model) checkpoint() func() {
	claims := make(map[Hash]*Record, len(m.claims))
	for id, r := range m.claims {
		c := *r
		claims[id] = &c
	}
	mutuals := make(map[Hash]*mutual, len(m.mutuals))
	for id, mu := range m.mutuals {
		c := *mu
		c.claims = slices.Clone(mu.claims)
		mutuals[id] = &c
	}
	paid, received, covered := maps.Clone(m.Paid), maps.Clone(m.Received), maps.Clone(m.covered)
	receiver, held, seq := m.Receiver, m.Held, m.seq
	return func() {
		// Restore in place: callers hold *Record pointers from before.
		for id := range m.claims {
			if old, ok := claims[id]; ok {
				*m.claims[id] = *old
			} else {
				delete(m.claims, id)
			}
		}
		m.mutuals, m.Paid, m.Received, m.Receiver, m.Held, m.seq, m.covered = mutuals, paid, received, receiver, held, seq, covered
	}
}

// ---- internals ----

// record returns id's record, or ErrUnknownClaim.
func (m *Model) record(id Hash) (*Record, error) {
	r, ok := m.claims[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownClaim, id.TerminalString())
	}
	return r, nil
}

// open refuses a move on a claim that is decided: confirmed, refuted or beaten by a rival.
func (m *Model) open(r *Record) error {
	switch {
	case r.Status == Refuted:
		return fmt.Errorf("%w: %s", ErrRefuted, r.ID().TerminalString())
	case r.Status == Confirmed || m.mutuals[r.Mutual()].confirmed != (Hash{}):
		return fmt.Errorf("%w: %s", ErrDecided, r.Mutual().TerminalString())
	}
	return nil
}

func (m *Model) create(who Party, c Claim, created, stake uint64) (Hash, error) {
	id := c.ID()
	if _, ok := m.claims[id]; ok {
		return Hash{}, fmt.Errorf("%w: %s", ErrClaimExists, id.TerminalString())
	}
	mid := c.Mutual()
	mu, ok := m.mutuals[mid]
	if ok && mu.confirmed != (Hash{}) {
		return Hash{}, fmt.Errorf("%w: %s", ErrDecided, mid.TerminalString())
	}
	if !ok {
		mu = &mutual{first: [2]uint64{none, none}}
		m.mutuals[mid] = mu
	}
	m.seq++
	m.claims[id] = &Record{Claim: c, Created: created, Staker: who, Stake: stake, seq: m.seq}
	mu.claims = append(mu.claims, id)
	m.insertTime(mu, created)
	if stake > 0 {
		m.Paid[who] += stake
		m.Held += stake
	}
	return id, nil
}

// recreate lowers a claim's Created time (made public earlier through another parent).
func (m *Model) recreate(r *Record, t uint64) {
	mu := m.mutuals[r.Mutual()]
	r.Created = t
	mu.first = [2]uint64{none, none}
	for _, id := range mu.claims {
		m.insertTime(mu, m.claims[id].Created)
	}
}

func (m *Model) insertTime(mu *mutual, t uint64) {
	switch {
	case t < mu.first[0]:
		mu.first[1], mu.first[0] = mu.first[0], t
	case t < mu.first[1]:
		mu.first[1] = t
	}
}

// pathTime is the unrivaled time of id and of each claim in path, each the parent of the one
// before it (a level-1 top claim's parent is the one-batch claim it was opened from).
func (m *Model) pathTime(id Hash, path []Hash) (uint64, error) {
	if m.claims[id].Status == Refuted {
		return 0, fmt.Errorf("%w: %s", ErrRefuted, id.TerminalString())
	}
	total := m.Unrivaled(id)
	child := m.claims[id]
	for _, a := range path {
		p, ok := m.claims[a]
		if !ok || !m.isParent(p, child) {
			return 0, fmt.Errorf("%w: %s is not a parent of %s", ErrNotChild, a.TerminalString(), child.ID().TerminalString())
		}
		total += m.Unrivaled(a)
		child = p
	}
	return total, nil
}

// isParent reports whether c is a child of p: one of the children of p's dissection, or, for a
// level-1 top claim, the one-batch claim its origin is the mutual of. A contract checks the
// same from calldata (p's content and dissection, or p's content), so the model asks no more.
func (m *Model) isParent(p, c *Record) bool {
	if c.Level == LevelSteps && c.Height == m.P.Heights[1] && c.Pos == 0 {
		return p.Level == LevelBatches && p.Height == 0 && p.Mutual() == c.Origin
	}
	if !p.Dissected || p.Level != c.Level || p.Height != c.Height+1 {
		return false
	}
	return slices.Contains(p.children, c.ID())
}

// confirm decides r's mutual for r. Stakes move by Settle, one claim at a time, so that no move
// loops over the rivals of a mutual (a contract could not bound that loop).
func (m *Model) confirm(r *Record) {
	r.Status = Confirmed
	m.mutuals[r.Mutual()].confirmed = r.ID()
}

// Settle pays out the stake of a staked claim whose mutual is decided: back to its staker if it
// is the confirmed claim; else up to Reward to the confirmed claim's staker, the rest to the
// receiver.
func (m *Model) Settle(who Party, id Hash) (err error) {
	defer m.observe(Move{Kind: "Settle", Who: who, ID: id}, &err)
	r, err := m.record(id)
	if err != nil {
		return err
	}
	if r.Stake == 0 {
		return fmt.Errorf("%w: %s", ErrNoStake, id.TerminalString())
	}
	win, ok := m.Decided(&r.Claim)
	switch {
	case !ok:
		return fmt.Errorf("%w: %s", ErrUndecided, r.Mutual().TerminalString())
	case r.Settled:
		return fmt.Errorf("%w: %s", ErrNoStake, id.TerminalString())
	}
	r.Settled = true
	m.Held -= r.Stake
	if win == id {
		m.Received[r.Staker] += r.Stake
		return nil
	}
	reward := min(r.Stake, m.P.Reward)
	m.Received[m.claims[win].Staker] += reward
	m.Receiver += r.Stake - reward
	return nil
}
