package dispute

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"
)

// Rollup errors.
var (
	ErrUnknownAssertion = errors.New("unknown assertion")
	ErrAssertionExists  = errors.New("assertion exists")
	ErrRejected         = errors.New("assertion rejected")
	ErrBatchRange       = errors.New("the assertion does not cover the batches its parent fixed")
	ErrBondElsewhere    = errors.New("the staker's bond is on another branch, not confirmed")
	ErrParentPending    = errors.New("the parent assertion is not confirmed")
	ErrNotConfirmed     = errors.New("the assertion's claim is not confirmed")
	ErrNotRejected      = errors.New("the assertion is not beaten")
	ErrBondLocked       = errors.New("the bond is not free")
	ErrNoBond           = errors.New("no bond")
	ErrAssertionDecided = errors.New("assertion already confirmed")
	ErrNotProposer      = errors.New("not an allowed proposer")
)

// Assertion is a state root after a run of batches, with the history commitment of the
// boundaries in between (the level-0 top claim's commitment).
type Assertion struct {
	Parent    Hash
	BatchEnd  uint64 // the last batch covered (the Inbox's count after it)
	StateRoot Hash
	History   Hash
}

// ID is keccak256(parent ‖ batchEnd u64 ‖ stateRoot ‖ history).
func (a *Assertion) ID() Hash {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], a.BatchEnd)
	return crypto.Keccak256Hash(a.Parent[:], n[:], a.StateRoot[:], a.History[:])
}

// AssertionStatus is an assertion's place in the chain.
type AssertionStatus uint8

const (
	AssertionPending AssertionStatus = iota
	AssertionConfirmed
	AssertionRejected
)

// String is "pending", "confirmed" or "rejected", the word operators see (challenger, explorer).
func (s AssertionStatus) String() string {
	switch s {
	case AssertionConfirmed:
		return "confirmed"
	case AssertionRejected:
		return "rejected"
	}
	return "pending"
}

// AssertionRecord is an assertion with what the Rollup keeps about it.
type AssertionRecord struct {
	Assertion
	Status    AssertionStatus
	NextInbox uint64 // the batch count its children must cover up to
	Staker    Party
	Top       Hash // its level-0 top claim
}

// Rollup is the Go model of the assertion chain (docs/spec/dispute.md §10): assertions over the
// batches their parent fixed, each with a level-0 top claim in the Model built from state roots,
// bonds that follow a staker along a branch.
type Rollup struct {
	M *Model
	// Boundary is the level-0 state hash of a state root (ChainMachine.startHash).
	Boundary func(root Hash) Hash
	// Inbox is the Inbox's batch count now.
	Inbox func() uint64
	Bond  uint64
	// Proposers, when not empty, are the only parties that may assert (the Rollup's allowlist, a
	// deployment option); empty, anyone may.
	Proposers map[Party]bool

	Genesis        Hash
	as             map[Hash]*AssertionRecord
	latest         map[Party]Hash
	bonded         map[Party]bool
	Paid, Received map[Party]uint64
	Receiver       uint64
}

// NewRollup starts the chain at the genesis state root, confirmed. The model's assertion stake
// must be zero: the Rollup holds the bonds.
func NewRollup(m *Model, genesisRoot Hash, boundary func(Hash) Hash, inbox func() uint64, bond uint64) (*Rollup, error) {
	if m.P.Stakes[0] != 0 {
		return nil, fmt.Errorf("dispute: a Rollup's model takes no assertion stake (Stakes[0] = %d)", m.P.Stakes[0])
	}
	r := &Rollup{M: m, Boundary: boundary, Inbox: inbox, Bond: bond, as: map[Hash]*AssertionRecord{},
		latest: map[Party]Hash{}, bonded: map[Party]bool{}, Paid: map[Party]uint64{}, Received: map[Party]uint64{}}
	g := Assertion{StateRoot: genesisRoot}
	r.Genesis = g.ID()
	r.as[r.Genesis] = &AssertionRecord{Assertion: g, Status: AssertionConfirmed}
	if err := m.atomic(func() error { return r.fix(r.as[r.Genesis]) }); err != nil {
		return nil, err
	}
	return r, nil
}

// Clone returns an independent copy of the Rollup over m, a Clone of r.M (Model.Clone).
func (r *Rollup) Clone(m *Model) *Rollup {
	c := &Rollup{M: m, Boundary: r.Boundary, Inbox: r.Inbox, Bond: r.Bond, Proposers: r.Proposers, Genesis: r.Genesis,
		as: make(map[Hash]*AssertionRecord, len(r.as)), latest: maps.Clone(r.latest), bonded: maps.Clone(r.bonded),
		Paid: maps.Clone(r.Paid), Received: maps.Clone(r.Received), Receiver: r.Receiver}
	for id, a := range r.as {
		ca := *a
		c.as[id] = &ca
	}
	return c
}

// Assertions returns every assertion's ID, by batch end then ID (deterministic).
func (r *Rollup) Assertions() []Hash {
	ids := make([]Hash, 0, len(r.as))
	for id := range r.as {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b Hash) int {
		if c := cmp.Compare(r.as[a].BatchEnd, r.as[b].BatchEnd); c != 0 {
			return c
		}
		return bytes.Compare(a[:], b[:])
	})
	return ids
}

// Assertion returns an assertion's record.
func (r *Rollup) Assertion(id Hash) (*AssertionRecord, bool) {
	a, ok := r.as[id]
	return a, ok
}

// TopClaim is the level-0 top claim of a (whose parent must be known).
func (r *Rollup) TopClaim(a *Assertion) (Claim, error) {
	p, ok := r.as[a.Parent]
	if !ok {
		return Claim{}, fmt.Errorf("%w: parent %s", ErrUnknownAssertion, a.Parent.TerminalString())
	}
	start := r.Boundary(p.StateRoot)
	return Claim{Level: LevelBatches, Origin: a.Parent, Height: r.M.P.Heights[0], StartCtx: TopCtx(a.Parent, start), Start: start,
		End: r.Boundary(a.StateRoot), Commit: a.History}, nil
}

// fix records which batches the children of p cover: up to the Inbox's count now, at most
// K^Heights[0] of them; the positions after are padding.
func (r *Rollup) fix(p *AssertionRecord) error {
	p.NextInbox = min(r.Inbox(), p.BatchEnd+pow(r.M.P.K, r.M.P.Heights[0]))
	if p.NextInbox < p.BatchEnd {
		p.NextInbox = p.BatchEnd
	}
	return r.M.Cover("rollup", p.ID(), p.NextInbox-p.BatchEnd)
}

// Assert makes an assertion: its parent is known and not rejected, it covers exactly the
// batches its parent fixed, and its staker's bond is paid now, or already on its parent (the
// bond follows the staker along a branch), or free (its latest assertion is confirmed).
func (r *Rollup) Assert(who Party, a Assertion) (id Hash, err error) {
	mv := Move{Kind: "RollupAssert", Who: who, Assertion: a}
	defer func() { r.M.observe(mv, &err) }()
	if len(r.Proposers) != 0 && !r.Proposers[who] {
		return Hash{}, fmt.Errorf("%w: %s", ErrNotProposer, who)
	}
	p, ok := r.as[a.Parent]
	if !ok {
		return Hash{}, fmt.Errorf("%w: parent %s", ErrUnknownAssertion, a.Parent.TerminalString())
	}
	if p.Status == AssertionRejected {
		return Hash{}, fmt.Errorf("%w: parent %s", ErrRejected, a.Parent.TerminalString())
	}
	if a.BatchEnd != p.NextInbox {
		return Hash{}, fmt.Errorf("%w: batch end %d, the parent fixed %d", ErrBatchRange, a.BatchEnd, p.NextInbox)
	}
	id = a.ID()
	if _, ok := r.as[id]; ok {
		return Hash{}, fmt.Errorf("%w: %s", ErrAssertionExists, id.TerminalString())
	}
	pay := !r.bonded[who]
	if pay {
		mv.Value = r.Bond // what the transaction sends
	} else {
		if l := r.as[r.latest[who]]; l.ID() != a.Parent && l.Status != AssertionConfirmed {
			return Hash{}, fmt.Errorf("%w: %s", ErrBondElsewhere, l.ID().TerminalString())
		}
	}
	c, err := r.TopClaim(&a)
	if err != nil {
		return Hash{}, err
	}
	rec := &AssertionRecord{Assertion: a, Staker: who}
	if err := r.M.atomic(func() error {
		var err error
		if rec.Top, err = r.M.Assert(who, c); err != nil {
			return err
		}
		return r.fix(rec)
	}); err != nil {
		return Hash{}, err
	}
	r.as[id] = rec
	if pay {
		r.bonded[who] = true
		r.Paid[who] += r.Bond
	}
	r.latest[who] = id
	return id, nil
}

// Confirm confirms an assertion whose parent is confirmed and whose top claim is.
func (r *Rollup) Confirm(who Party, id Hash) (err error) {
	defer r.M.observe(Move{Kind: "RollupConfirm", Who: who, ID: id}, &err)
	a, err := r.pending(id)
	if err != nil {
		return err
	}
	if r.as[a.Parent].Status != AssertionConfirmed {
		return fmt.Errorf("%w: %s", ErrParentPending, a.Parent.TerminalString())
	}
	if c, _ := r.M.Claim(a.Top); c.Status != Confirmed {
		return fmt.Errorf("%w: %s", ErrNotConfirmed, a.Top.TerminalString())
	}
	a.Status = AssertionConfirmed
	return nil
}

// Reject rejects an assertion whose parent is rejected or whose top claim's mutual another claim
// won.
func (r *Rollup) Reject(who Party, id Hash) (err error) {
	defer r.M.observe(Move{Kind: "RollupReject", Who: who, ID: id}, &err)
	a, err := r.pending(id)
	if err != nil {
		return err
	}
	c, _ := r.M.Claim(a.Top)
	win, decided := r.M.Decided(&c.Claim)
	if r.as[a.Parent].Status != AssertionRejected && (!decided || win == a.Top) {
		return fmt.Errorf("%w: %s", ErrNotRejected, id.TerminalString())
	}
	a.Status = AssertionRejected
	return nil
}

func (r *Rollup) pending(id Hash) (*AssertionRecord, error) {
	a, ok := r.as[id]
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: %s", ErrUnknownAssertion, id.TerminalString())
	case a.Status == AssertionRejected:
		return nil, fmt.Errorf("%w: %s", ErrRejected, id.TerminalString())
	case a.Status == AssertionConfirmed:
		return nil, fmt.Errorf("%w: %s", ErrAssertionDecided, id.TerminalString())
	}
	return a, nil
}

// ReturnBond returns a staker's bond once its latest assertion is confirmed.
func (r *Rollup) ReturnBond(who Party) (err error) {
	defer r.M.observe(Move{Kind: "ReturnBond", Who: who}, &err)
	if !r.bonded[who] {
		return fmt.Errorf("%w: %s", ErrNoBond, who)
	}
	if r.as[r.latest[who]].Status != AssertionConfirmed {
		return fmt.Errorf("%w: %s's latest assertion is not confirmed", ErrBondLocked, who)
	}
	r.bonded[who] = false
	r.Received[who] += r.Bond
	return nil
}

// Slash takes the bond of a staker whose latest assertion is rejected: up to the model's Reward
// to the staker of the claim that beat it (if it was beaten in its own mutual), the rest to the
// receiver.
func (r *Rollup) Slash(who, staker Party) (err error) {
	defer r.M.observe(Move{Kind: "Slash", Who: who, Staker: staker}, &err)
	if !r.bonded[staker] {
		return fmt.Errorf("%w: %s", ErrNoBond, staker)
	}
	a := r.as[r.latest[staker]]
	if a.Status != AssertionRejected {
		return fmt.Errorf("%w: %s's latest assertion is not rejected", ErrBondLocked, staker)
	}
	r.bonded[staker] = false
	reward := uint64(0)
	c, _ := r.M.Claim(a.Top)
	if win, ok := r.M.Decided(&c.Claim); ok && win != a.Top {
		w, _ := r.M.Claim(win)
		reward = min(r.Bond, r.M.P.Reward)
		r.Received[w.Staker] += reward
	}
	r.Receiver += r.Bond - reward
	return nil
}
