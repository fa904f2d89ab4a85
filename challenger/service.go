package challenger

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
)

// Sender sends one transaction and waits for its receipt (op-service txmgr.TxManager).
type Sender interface {
	Send(ctx context.Context, candidate txmgr.TxCandidate) (*types.Receipt, error)
	From() common.Address
}

// Service is a first challenger: each Step it brings its Chain (Feed) and its Mirror up to L1,
// walks the honest chain of assertions from genesis, and under every parent with a wrong child
// plays the honest Agent: its honest assertion first if nobody made it, then its moves, decided
// on a copy of the mirror and sent one transaction each. It then settles on the Rollup what the
// games decided: confirms the honest assertions, rejects the beaten ones and their descendants,
// and slashes their stakers. It keeps nothing but what L1 holds: a restart resumes.
type Service struct {
	log    log.Logger
	feed   *Feed
	chain  *Chain
	mirror *Mirror
	tx     Sender
	me     dispute.Party
	enc    onchain.Encoder
	rollup common.Address
	sent   int
	traces map[dispute.Hash]dispute.Trace // by parent assertion: a batch is traced once

	// Child and NewTrace are what the service plays for: by default the honest assertion under a
	// parent and its honest trace. A test gives them a lie, to play a liar that answers.
	Child    func(parent *dispute.AssertionRecord) (dispute.Assertion, bool)
	NewTrace func(ctx context.Context, parent *dispute.AssertionRecord, child dispute.Assertion) (dispute.Trace, error)
	// OnMove, if set, sees every move the service sent, with its receipt (the devnet prints
	// them; tests count them).
	OnMove func(mv dispute.Move, rc *types.Receipt)
}

// NewService returns a challenger playing from tx's address.
func NewService(lg log.Logger, feed *Feed, chain *Chain, mirror *Mirror, tx Sender, rollup common.Address) *Service {
	s := &Service{log: lg, feed: feed, chain: chain, mirror: mirror, tx: tx, me: onchain.Party(tx.From()), rollup: rollup,
		traces: map[dispute.Hash]dispute.Trace{}}
	s.Child = s.HonestChild
	s.NewTrace = func(ctx context.Context, parent *dispute.AssertionRecord, child dispute.Assertion) (dispute.Trace, error) {
		return NewAssertionTrace(ctx, chain, parent.BatchEnd, child.BatchEnd-parent.BatchEnd)
	}
	return s
}

// Sent is how many transactions the service sent.
func (s *Service) Sent() int { return s.sent }

// Step does one round.
func (s *Service) Step(ctx context.Context) error {
	if err := s.feed.Sync(ctx); err != nil {
		return err
	}
	if _, err := s.mirror.Sync(ctx); err != nil {
		return err
	}
	r := s.mirror.R
	parent, _ := r.Assertion(r.Genesis)
	var chain []dispute.Hash // the honest chain, which settle confirms
	for {
		honest, ok := s.Child(parent)
		if !ok {
			break
		}
		hid := honest.ID()
		wrong := false
		for _, id := range r.Assertions() {
			a, _ := r.Assertion(id)
			if a.Parent == parent.ID() && id != hid && a.Status == dispute.AssertionPending {
				wrong = true
			}
		}
		if wrong {
			if err := s.play(ctx, parent, honest); err != nil {
				return err
			}
		}
		next, ok := r.Assertion(hid)
		if !ok {
			break
		}
		chain = append(chain, hid)
		parent = next
	}
	return s.settle(ctx, chain)
}

// Assert makes s.Child(parent) on the Rollup, unless it is there: a proposer's move (a liar in a
// test makes it to start a dispute). It returns the assertion's ID.
func (s *Service) Assert(ctx context.Context, parent dispute.Hash) (dispute.Hash, error) {
	if err := s.feed.Sync(ctx); err != nil {
		return dispute.Hash{}, err
	}
	if _, err := s.mirror.Sync(ctx); err != nil {
		return dispute.Hash{}, err
	}
	p, ok := s.mirror.R.Assertion(parent)
	if !ok {
		return dispute.Hash{}, fmt.Errorf("challenger: no assertion %s on the Rollup", parent)
	}
	a, ok := s.Child(p)
	if !ok {
		return dispute.Hash{}, fmt.Errorf("challenger: no child of %s to assert yet", parent)
	}
	if _, ok := s.mirror.R.Assertion(a.ID()); ok {
		return a.ID(), nil
	}
	var aerr error
	if err := s.onCopy(ctx, func(_ *dispute.Model, r *dispute.Rollup) { _, aerr = r.Assert(s.me, a) }); err != nil {
		return dispute.Hash{}, err
	}
	return a.ID(), aerr
}

// HonestChild is the honest assertion under parent, once the chain has the batches it covers.
func (s *Service) HonestChild(parent *dispute.AssertionRecord) (dispute.Assertion, bool) {
	from, end := parent.BatchEnd, parent.NextInbox
	roots := make([]common.Hash, 0, end-from+1)
	for n := from; n <= end; n++ {
		root, ok := s.chain.Root(n)
		if !ok {
			return dispute.Assertion{}, false
		}
		roots = append(roots, root)
	}
	p := s.mirror.M.P
	return dispute.Assertion{Parent: parent.ID(), BatchEnd: end, StateRoot: roots[len(roots)-1],
		History: onchain.History(p.K, p.Heights[0], roots)}, true
}

// play makes the honest agent's moves under parent: decided on a copy of the mirror, sent in
// order; the first refused transaction ends the round (the next one starts from L1 again).
func (s *Service) play(ctx context.Context, parent *dispute.AssertionRecord, honest dispute.Assertion) error {
	tr, ok := s.traces[parent.ID()]
	if !ok {
		var err error
		if tr, err = s.NewTrace(ctx, parent, honest); err != nil {
			return err
		}
		s.traces[parent.ID()] = tr
	}
	return s.onCopy(ctx, func(m *dispute.Model, r *dispute.Rollup) {
		agent := &dispute.Agent{Who: s.me, T: tr, Origin: parent.ID(), AssertFn: func(c dispute.Claim) error {
			_, err := r.Assert(s.me, honest)
			return err
		}}
		agent.Act(m)
	})
}

// settle confirms, rejects and slashes on the Rollup what the games decided, and confirms the
// honest chain's unrivaled assertions whose time is up (a proposer does too; a challenger must
// not depend on one: a disputed assertion confirms only once its parent has).
func (s *Service) settle(ctx context.Context, chain []dispute.Hash) error {
	return s.onCopy(ctx, func(m *dispute.Model, r *dispute.Rollup) {
		for _, id := range chain {
			if a, _ := r.Assertion(id); a.Status == dispute.AssertionPending {
				if c, ok := m.Claim(a.Top); ok && c.Status == dispute.Pending && len(m.Rivals(&c.Claim)) == 1 {
					_ = m.ConfirmByTime(s.me, a.Top, nil)
				}
			}
		}
		for _, id := range r.Assertions() {
			a, _ := r.Assertion(id)
			if a.Status != dispute.AssertionPending {
				continue
			}
			if r.Confirm(s.me, id) != nil {
				_ = r.Reject(s.me, id)
			}
		}
		stakers := map[dispute.Party]bool{}
		for _, id := range r.Assertions() {
			if a, _ := r.Assertion(id); a.Status == dispute.AssertionRejected {
				stakers[a.Staker] = true
			}
		}
		for _, staker := range slices.Sorted(maps.Keys(stakers)) {
			_ = r.Slash(s.me, staker)
		}
	})
}

// onCopy runs f on copies of the mirror's models and sends, in order, the moves f made that the
// copies accepted.
func (s *Service) onCopy(ctx context.Context, f func(*dispute.Model, *dispute.Rollup)) error {
	m := s.mirror.M.Clone()
	r := s.mirror.R.Clone(m)
	// Decided at the last block read: a move valid then is valid when it lands (later), as the
	// protocol's conditions only open with time; deciding at the next block would send moves
	// the node's gas estimate, run at the head, refuses as too early.
	enc := onchain.Encoder{M: m, Address: onchain.AddressOf}
	var txs []onchain.Tx
	var moves []dispute.Move
	var encErr error
	m.Observer = func(mv dispute.Move) {
		if mv.Err != nil || encErr != nil {
			return
		}
		tx, err := enc.Encode(mv)
		if err != nil {
			encErr = err
			return
		}
		txs, moves = append(txs, tx), append(moves, mv)
	}
	f(m, r)
	if encErr != nil {
		return encErr
	}
	for i, tx := range txs {
		to := s.rollup
		if tx.To == onchain.ChallengeManager {
			to = s.mirror.cm
		}
		rc, err := s.tx.Send(ctx, txmgr.TxCandidate{To: &to, TxData: tx.Input, Value: new(big.Int).Set(tx.Value)})
		if err != nil {
			return fmt.Errorf("challenger: %s: %w", moves[i].Kind, err)
		}
		s.sent++
		if rc.Status != types.ReceiptStatusSuccessful {
			s.log.Warn("Move reverted; resuming from L1", "move", moves[i].Kind, "tx", rc.TxHash)
			return nil
		}
		s.log.Info("Move", "kind", moves[i].Kind, "to", tx.To, "tx", rc.TxHash, "block", rc.BlockNumber, "gas", rc.GasUsed)
		if s.OnMove != nil {
			s.OnMove(moves[i], rc)
		}
	}
	return nil
}
