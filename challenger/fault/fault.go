package fault

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Kind is a way of getting one step wrong: the first step in Phase that writes a leaf is
// changed, either with one bit of the last leaf it wrote flipped or, with Undo, with every leaf
// it wrote outside the globals put back (the step's effect skipped, its bookkeeping, such as the
// count of delayed messages consumed, kept).
type Kind struct {
	Name  string
	Phase stf.Phase
	Undo  bool
}

// The lies a malicious proposer tells (issue "proposer and challenger", item 3).
var (
	// JobOutput: the job's record gets a wrong output root (JOB_FINISH writes it).
	JobOutput = Kind{Name: "tampered job output", Phase: stf.PhaseJobFinish}
	// Fees: the fee recipient is credited a wrong amount (BLOCK_END pays the block's fees).
	Fees = Kind{Name: "wrong fee accounting", Phase: stf.PhaseBlockEnd}
	// LoadWord: a payload word loaded from the blobs is not the one posted (LOAD).
	LoadWord = Kind{Name: "wrong batch-load word", Phase: stf.PhaseLoad}
	// SkippedDeposit: a deposit is consumed but its amount never credited (DELAYED, undone).
	SkippedDeposit = Kind{Name: "skipped deposit", Phase: stf.PhaseDelayed, Undo: true}
	// ForgedWithdrawal: a withdrawal record is written with another amount or recipient
	// (WITHDRAW_RECORD).
	ForgedWithdrawal = Kind{Name: "forged withdrawal record", Phase: stf.PhaseWithdrawRecord}
)

// Kinds are the lies, in a fixed order.
func Kinds() []Kind { return []Kind{JobOutput, Fees, LoadWord, SkippedDeposit, ForgedWithdrawal} }

// ErrNoSuchStep is returned when no batch of the range has a step the lie can change.
var ErrNoSuchStep = errors.New("fault: no step of that kind in the batches")

// Trace is a liar's account of an assertion over batches [from, from+n) of an honest Chain: the
// truth before batch Bad, whose step Step it gets wrong, and the states that follow from that.
// It is a dispute.Trace and dispute.Lengths; it proves nothing (its one-step claims are false).
type Trace struct {
	kind    Kind
	honest  *challenger.AssertionTrace
	from, n uint64
	// Bad is the batch with the wrong step and Step that step's index in it.
	Bad, Step uint64
	states    [][stf.StateSize]byte // the wrong batch's states after 0 … done steps
	hashes    []common.Hash
	roots     []common.Hash // the state roots after from … from+n batches, as the liar has them
	later     *challenger.Chain
	ctx       context.Context

	mu    sync.Mutex
	after map[uint64][]common.Hash // hashes of the batches after Bad, by position
	err   error
}

// NewTrace computes the liar's account of batches [from, from+n) of c: it runs them step by step
// until the first step of the kind, changes that step's effect, runs the rest of that batch from
// the wrong state and applies the batches after it to the wrong state.
func NewTrace(ctx context.Context, c *challenger.Chain, from, n uint64, k Kind) (*Trace, error) {
	honest, err := challenger.NewAssertionTrace(ctx, c, from, n)
	if err != nil {
		return nil, err
	}
	t := &Trace{kind: k, honest: honest, from: from, n: n, ctx: ctx, after: map[uint64][]common.Hash{}}
	for b := from; b < from+n; b++ {
		pre, err := c.State(b)
		if err != nil {
			return nil, err
		}
		ok, err := t.run(ctx, c, b, pre)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		for p := from; p <= b; p++ {
			r, _ := c.Root(p)
			t.roots = append(t.roots, r)
		}
		return t, t.finish(ctx, c, b)
	}
	return nil, fmt.Errorf("%w: %s (%v) in batches %d to %d", ErrNoSuchStep, k.Name, k.Phase, from, from+n-1)
}

// run steps batch b from pre and, at the first step of the kind that writes a leaf, gets it
// wrong; it reports whether it found one. The wrong batch's states are kept.
func (t *Trace) run(ctx context.Context, c *challenger.Chain, b uint64, pre *memory.Memory) (bool, error) {
	m := stf.New(c.Config(), c.Oracle(), pre)
	var states [][stf.StateSize]byte
	found := false
	for n := uint64(0); ; n++ {
		if n&0xFFF == 0 {
			if err := ctx.Err(); err != nil {
				return false, err
			}
		}
		st := m.State()
		states = append(states, st.Encode())
		if m.Done() {
			break
		}
		here := !found && m.Regs().Phase == t.kind.Phase
		w, err := m.Step(here)
		if err != nil {
			return false, fmt.Errorf("fault: batch %d, step %d: %w", b, n, err)
		}
		if here && t.tamper(m.Memory(), w) {
			found, t.Bad, t.Step = true, b, n
		}
	}
	if !found {
		return false, nil
	}
	t.states = states
	t.hashes = make([]common.Hash, len(states))
	for i := range states {
		t.hashes[i] = stf.HashPacked(states[i][:])
	}
	t.later = challenger.NewChain(c.Config(), c.Oracle(), m.Memory(), b+1, c.Backend())
	return true, nil
}

// tamper changes the effect of the step w witnessed: it reports false when the step wrote no
// leaf (nothing to get wrong there).
func (t *Trace) tamper(mem *memory.Memory, w *stf.Witness) bool {
	var writes []stf.Access
	for _, a := range w.Accesses {
		globals := a.Addr < layout.GlobalsBase+layout.GlobalsLeaves*32
		if a.Write && a.Kind == stf.AccessLeaf && !(t.kind.Undo && globals) {
			writes = append(writes, a)
		}
	}
	if len(writes) == 0 {
		return false
	}
	if t.kind.Undo {
		for i := len(writes) - 1; i >= 0; i-- {
			mem.WriteLeaf(writes[i].Addr, writes[i].Pre)
		}
		return true
	}
	last := writes[len(writes)-1]
	v := last.Post
	v[31] ^= 1
	mem.WriteLeaf(last.Addr, v)
	return true
}

// finish applies the batches after the wrong one to the wrong state.
func (t *Trace) finish(ctx context.Context, c *challenger.Chain, bad uint64) error {
	if err := t.later.Extend(ctx, t.from+t.n); err != nil {
		return err
	}
	for p := bad + 1; p <= t.from+t.n; p++ {
		r, _ := t.later.Root(p)
		t.roots = append(t.roots, r)
	}
	return nil
}

// Kind is the lie.
func (t *Trace) Kind() Kind { return t.kind }

// Roots are the state roots after from, from+1, …, from+n batches as the liar has them.
func (t *Trace) Roots() []common.Hash { return t.roots }

// Err is the first error a query met.
func (t *Trace) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err != nil {
		return t.err
	}
	return t.honest.Err()
}

// Boundary implements dispute.Trace.
func (t *Trace) Boundary(p uint64) dispute.Hash {
	return stf.StartHash(t.roots[min(p, t.n)])
}

// State implements dispute.Trace.
func (t *Trace) State(p, q uint64) (dispute.Hash, []byte) {
	switch b := t.from + p; {
	case b < t.Bad:
		return t.honest.State(p, q)
	case b == t.Bad:
		i := min(q, uint64(len(t.hashes)-1))
		return t.hashes[i], t.states[i][:]
	default:
		h := t.laterHashes(b)
		if len(h) == 0 {
			return dispute.Hash{}, nil
		}
		return h[min(q, uint64(len(h)-1))], nil
	}
}

// StateHash implements dispute.Hashes.
func (t *Trace) StateHash(p, q uint64) dispute.Hash {
	if t.from+p < t.Bad {
		return t.honest.StateHash(p, q)
	}
	h, _ := t.State(p, q)
	return h
}

// Steps implements dispute.Lengths.
func (t *Trace) Steps(p uint64) uint64 {
	switch b := t.from + p; {
	case b < t.Bad:
		return t.honest.Steps(p)
	case b == t.Bad:
		return uint64(len(t.hashes) - 1)
	default:
		return uint64(max(len(t.laterHashes(b)), 1) - 1)
	}
}

func (t *Trace) laterHashes(b uint64) []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	if h, ok := t.after[b]; ok {
		return h
	}
	h, err := t.later.Hashes(t.ctx, b)
	if err != nil && t.err == nil {
		t.err = err
	}
	t.after[b] = h
	return h
}

var (
	_ dispute.Trace   = (*Trace)(nil)
	_ dispute.Lengths = (*Trace)(nil)
	_ dispute.Hashes  = (*Trace)(nil)
)

// Liar makes s a liar of kind k: under every parent it asserts the liar's roots over the batches
// the parent fixed, once a batch of them has a step of the kind (over batches without one, the
// honest roots), and plays that account. c is s's chain. It returns the traces it made, by parent.
func Liar(s *challenger.Service, c *challenger.Chain, k Kind, params func() dispute.Params) func() map[dispute.Hash]*Trace {
	var mu sync.Mutex
	traces := map[dispute.Hash]*Trace{}
	get := func(ctx context.Context, parent *dispute.AssertionRecord) (*Trace, error) {
		mu.Lock()
		defer mu.Unlock()
		if t, ok := traces[parent.ID()]; ok {
			return t, nil
		}
		t, err := NewTrace(ctx, c, parent.BatchEnd, parent.NextInbox-parent.BatchEnd, k)
		if err != nil {
			return nil, err
		}
		traces[parent.ID()] = t
		return t, nil
	}
	s.Child = func(parent *dispute.AssertionRecord) (dispute.Assertion, bool) {
		if _, ok := c.Root(parent.NextInbox); !ok {
			return dispute.Assertion{}, false
		}
		t, err := get(context.Background(), parent)
		if errors.Is(err, ErrNoSuchStep) {
			// Nothing to lie about in these batches: the liar agrees with the truth there.
			return s.HonestChild(parent)
		}
		if err != nil {
			return dispute.Assertion{}, false
		}
		p := params()
		roots := t.Roots()
		return dispute.Assertion{Parent: parent.ID(), BatchEnd: parent.NextInbox, StateRoot: roots[len(roots)-1],
			History: onchain.History(p.K, p.Heights[0], roots)}, true
	}
	s.NewTrace = func(ctx context.Context, parent *dispute.AssertionRecord, _ dispute.Assertion) (dispute.Trace, error) {
		return get(ctx, parent)
	}
	return func() map[dispute.Hash]*Trace {
		mu.Lock()
		defer mu.Unlock()
		out := make(map[dispute.Hash]*Trace, len(traces))
		for k, v := range traces {
			out[k] = v
		}
		return out
	}
}
