package challenger

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
)

// Sender sends transactions (op-service txmgr.TxManager): Send waits for the receipt;
// SendAsync signs with the next nonce before it returns and reports the receipt on ch.
type Sender interface {
	Send(ctx context.Context, candidate txmgr.TxCandidate) (*types.Receipt, error)
	SendAsync(ctx context.Context, candidate txmgr.TxCandidate, ch chan txmgr.SendResponse)
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

	// Journal, if set, records every move before it is sent and its receipt after (Journal).
	Journal *Journal
	// Nonces, if set, is read before each round: while a transaction from the service's address
	// is pending on L1 (one a killed process sent), the round waits, so that a move is not
	// decided again before the one in flight lands.
	Nonces NonceReader
	// Metrics, if set, counts the moves sent.
	Metrics *Metrics
	settled bool // the journal's moves in flight at the last start are settled
}

// NonceReader reads an account's nonces (ethclient.Client has it).
type NonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
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
	if ok, err := s.inFlight(ctx); err != nil || !ok {
		return err
	}
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

// inFlight reports whether the service may decide: no transaction of its own is pending on L1.
// Once that holds after a start, the journal's moves left Sending by the last process are
// marked Settled: their fate is on L1, which the mirror reads next.
func (s *Service) inFlight(ctx context.Context) (bool, error) {
	if s.Nonces != nil {
		from := s.tx.From()
		pending, err := s.Nonces.PendingNonceAt(ctx, from)
		if err != nil {
			return false, fmt.Errorf("challenger: pending nonce: %w", err)
		}
		mined, err := s.Nonces.NonceAt(ctx, from, nil)
		if err != nil {
			return false, fmt.Errorf("challenger: nonce: %w", err)
		}
		if pending > mined {
			s.log.Info("Waiting for our transactions in flight to land", "pending", pending-mined)
			return false, nil
		}
	}
	if s.Journal != nil && !s.settled {
		es, err := s.Journal.Settle()
		if err != nil {
			return false, err
		}
		for _, e := range es {
			s.log.Warn("A move was in flight when the last process stopped; L1 has settled it", "seq", e.Seq, "kind", e.Kind, "claim", e.Claim)
		}
		s.settled = true
	}
	return true, nil
}

// Sync brings the chain and the mirror up to L1 without playing (what `crollup challenger list`
// reads).
func (s *Service) Sync(ctx context.Context) error {
	if err := s.feed.Sync(ctx); err != nil {
		return err
	}
	_, err := s.mirror.Sync(ctx)
	return err
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
	return s.send(ctx, txs, moves)
}

// prepareTimeout bounds how long txmgr may take to prepare a move (price it, estimate its gas,
// sign it). txmgr retries a failed estimate 30 times, 2 s apart; a move refused at the estimate
// was valid at our eth_call a moment before, so another party's move landed in between, and the
// round must end at once and decide again, not wait a minute on a clock that is running.
const prepareTimeout = 5 * time.Second

// sendAsync is txmgr's SendAsync with the preparation bounded by prepareTimeout. The returned
// cancel releases the send's context once its response is read.
func (s *Service) sendAsync(ctx context.Context, c txmgr.TxCandidate, ch chan txmgr.SendResponse) context.CancelFunc {
	sctx, cancel := context.WithCancel(ctx)
	prepared := make(chan struct{})
	go func() {
		select {
		case <-prepared:
		case <-time.After(prepareTimeout):
			cancel() // SendAsync is still preparing: stop its retries
		}
	}()
	s.tx.SendAsync(sctx, c, ch) // returns once the transaction is signed (or preparing failed)
	close(prepared)
	return cancel
}

// send sends the moves of a round in waves: each wave is every next move that L1 accepts now
// (an eth_call at the head), sent at once (consecutive nonces, so one block can hold them all),
// and waited for; a move that depends on one still in flight (a child of a claim being
// dissected) starts the next wave. A move L1 refuses with nothing of ours in flight, or one that
// reverts, ends the round: another party moved, and the next round decides again from L1. So a
// round costs a block per level of dependence among its moves, not a block per move: the
// honest side's answer time is what the protocol's clocks measure.
func (s *Service) send(ctx context.Context, txs []onchain.Tx, moves []dispute.Move) error {
	for i := 0; i < len(txs); {
		type sent struct {
			i      int
			entry  *Entry
			ch     chan txmgr.SendResponse
			cancel context.CancelFunc
		}
		var wave []sent
		for j := i; j < len(txs); j++ {
			tx := txs[j]
			to := s.rollup
			if tx.To == onchain.ChallengeManager {
				to = s.mirror.cm
			}
			if _, err := s.mirror.l1.CallContract(ctx, ethereum.CallMsg{From: s.tx.From(), To: &to, Data: tx.Input, Value: tx.Value}, nil); err != nil {
				if len(wave) == 0 {
					s.log.Info("Move refused by L1 now; resuming from L1 next round", "move", moves[j].Kind, "err", err)
					return nil
				}
				break
			}
			w := sent{i: j, ch: make(chan txmgr.SendResponse, 1)}
			if s.Journal != nil {
				var err error
				if w.entry, err = s.Journal.Begin(moves[j].Kind, to, tx.Input, moves[j].ID); err != nil {
					return err
				}
			}
			w.cancel = s.sendAsync(ctx, txmgr.TxCandidate{To: &to, TxData: tx.Input, Value: new(big.Int).Set(tx.Value)}, w.ch)
			wave = append(wave, w)
			if len(w.ch) > 0 {
				// Preparing failed (txmgr answers at once then) and txmgr reset its nonce: a
				// move prepared now could take the nonce of one of this wave's still being
				// published, and replace it. The wave ends here.
				break
			}
		}
		var failed error
		reverted := false
		for _, w := range wave {
			res := <-w.ch
			w.cancel()
			mv := moves[w.i]
			if res.Err != nil {
				s.settled = false // the entry stays Sending: the next round waits for L1 to settle it
				failed = errors.Join(failed, fmt.Errorf("challenger: %s: %w", mv.Kind, res.Err))
				continue
			}
			rc := res.Receipt
			s.sent++
			if w.entry != nil {
				if err := s.Journal.End(w.entry, rc); err != nil {
					return err
				}
			}
			if s.Metrics != nil {
				s.Metrics.moves.WithLabelValues(mv.Kind).Inc()
				if rc.Status != types.ReceiptStatusSuccessful {
					s.Metrics.reverted.Inc()
				}
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				s.log.Warn("Move reverted; resuming from L1", "move", mv.Kind, "tx", rc.TxHash)
				reverted = true
				continue
			}
			s.log.Info("Move", "kind", mv.Kind, "to", txs[w.i].To, "tx", rc.TxHash, "block", rc.BlockNumber, "gas", rc.GasUsed)
			if s.OnMove != nil {
				s.OnMove(mv, rc)
			}
		}
		if failed != nil || reverted {
			return failed
		}
		i += len(wave)
	}
	return nil
}
