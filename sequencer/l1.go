package sequencer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/stf"
)

// L1 is what the sequencer reads from L1: the deposits it must include, and the batches the
// batcher posted (which move messages to "batched"). Both are read with confirmations, so that
// an L1 reorg cannot take back a deposit the chain has already applied.
type L1 interface {
	// DelayedCount is the number of delayed messages the Inbox holds at the confirmed block.
	DelayedCount(ctx context.Context) (uint64, error)
	// DelayedMessages returns delayed messages from to to−1, checked against the Inbox.
	DelayedMessages(ctx context.Context, from, to uint64) ([][]byte, error)
	// DelayedAcc is the Inbox's delayed-message accumulator after n messages at the confirmed
	// block (l1data.NextAcc over their hashes).
	DelayedAcc(ctx context.Context, n uint64) (common.Hash, error)
	// Batches returns the batches from number from on that the Inbox holds at the confirmed
	// block (possibly none), and the Inbox's batch count there.
	Batches(ctx context.Context, from uint64) ([]derive.Batch, uint64, error)
}

// NewL1 returns the sequencer's view of L1 through a derivation source, confirmations blocks
// behind the head.
func NewL1(src *derive.Source, confirmations uint64) L1 {
	return &deriveL1{src: src, depth: confirmations}
}

type deriveL1 struct {
	src   *derive.Source
	depth uint64
}

func (d *deriveL1) DelayedCount(ctx context.Context) (uint64, error) {
	c, err := d.src.CountsAt(ctx, nil, d.depth)
	return c.Delayed, err
}

func (d *deriveL1) DelayedAcc(ctx context.Context, n uint64) (common.Hash, error) {
	return d.src.DelayedAccAt(ctx, d.depth, n)
}

func (d *deriveL1) DelayedMessages(ctx context.Context, from, to uint64) ([][]byte, error) {
	ds, err := d.src.DelayedMessages(ctx, from, to)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(ds))
	for i := range ds {
		out[i] = ds[i].Message()
	}
	return out, nil
}

func (d *deriveL1) Batches(ctx context.Context, from uint64) ([]derive.Batch, uint64, error) {
	c, err := d.src.CountsAt(ctx, nil, d.depth)
	if err != nil || c.Batches <= from {
		return nil, c.Batches, err
	}
	got, err := d.src.Batches(ctx, from, c.L1Block)
	return got, c.Batches, err
}

// delayedLog holds every delayed message read from L1, by index, and is the chain machine's
// oracle for them (the machine asks for no batch: the sequencer applies blocks one by one). It
// is safe for concurrent use; its lock is a leaf: no method calls out while holding it.
type delayedLog struct {
	mu   sync.RWMutex
	msgs [][]byte
	accs []common.Hash // accs[k]: the Inbox's accumulator over msgs[:k+1] (l1data.NextAcc of their hashes)
}

// Batch refuses: blocks are applied one by one, never from a batch.
func (d *delayedLog) Batch(n uint64) (*stf.Batch, error) {
	return nil, fmt.Errorf("sequencer: the chain machine asked for batch %d: blocks are applied one by one", n)
}

// Delayed returns delayed message k.
func (d *delayedLog) Delayed(k uint64) ([]byte, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if k >= uint64(len(d.msgs)) {
		return nil, fmt.Errorf("sequencer: no delayed message %d (have %d)", k, len(d.msgs))
	}
	return d.msgs[k], nil
}

// count is the number of delayed messages read from L1.
func (d *delayedLog) count() uint64 {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return uint64(len(d.msgs))
}

// span returns delayed messages from to to−1, false if they are not all read (a reader racing
// a re-sequencing, which truncates the log).
func (d *delayedLog) span(from, to uint64) ([][]byte, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if from > to || to > uint64(len(d.msgs)) {
		return nil, false
	}
	return d.msgs[from:to:to], true
}

// add appends the next delayed messages (already stored).
func (d *delayedLog) add(msgs ...[]byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.msgs = append(d.msgs, msgs...)
	for _, m := range msgs {
		prev := common.Hash{}
		if len(d.accs) > 0 {
			prev = d.accs[len(d.accs)-1]
		}
		d.accs = append(d.accs, l1data.NextAcc(prev, crypto.Keccak256Hash(m)))
	}
}

// acc is the delayed-message accumulator over the messages read: the Inbox's delayedAcc(count)
// while L1 holds them.
func (d *delayedLog) acc() common.Hash {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.accAtLocked(uint64(len(d.msgs)))
}

// accAt is the accumulator over the first k messages read (k ≤ count; zero for none).
func (d *delayedLog) accAt(k uint64) common.Hash {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.accAtLocked(k)
}

func (d *delayedLog) accAtLocked(k uint64) common.Hash {
	if k == 0 {
		return common.Hash{}
	}
	return d.accs[k-1]
}

// truncate forgets the messages from k on (re-sequencing: L1 no longer holds them).
func (d *delayedLog) truncate(k uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if k < uint64(len(d.msgs)) {
		d.msgs, d.accs = d.msgs[:k:k], d.accs[:k:k]
	}
}

// loadDelayed reads the stored delayed messages into s.delayed.
func (s *Sequencer) loadDelayed() error {
	it, err := s.db.NewIter(tableBounds(tableDelayed))
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if k, have := be64(it.Key()[1:]), s.delayed.count(); k != have {
			return fmt.Errorf("delayed message %d is missing from the database (found %d)", have, k)
		}
		s.delayed.add(bytes.Clone(it.Value()))
	}
	return it.Error()
}

// loadPosted finds the first batch not yet known to be on L1.
func (s *Sequencer) loadPosted() error {
	it, err := s.db.NewIter(tableBounds(tablePosted))
	if err != nil {
		return err
	}
	defer it.Close()
	next := uint64(0)
	if it.Last() {
		next = be64(it.Key()[1:]) + 1
	}
	s.batches.setPosted(next)
	s.metrics.posted.Set(float64(next))
	return it.Error()
}

// l1Loop reads deposits and posted batches from L1 every L1PollInterval.
func (s *Sequencer) l1Loop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTimer(0)
	defer t.Stop()
	failing := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		// Posted batches are read while L1 lacks deposits the chain applied too: batches L1 took
		// back are forgotten (so compute_getBatch refuses them), and a batch L1 holds over the
		// same deposits is the chain whatever happens to the later ones.
		err := s.readDeposits(ctx)
		if err == nil || errors.Is(err, ErrL1Rewound) {
			if perr := s.readPosted(ctx); err == nil {
				err = perr
			}
		}
		switch {
		case ctx.Err() != nil:
			return
		case err != nil && !failing:
			s.log.Warn("Cannot read L1, retrying", "every", s.cfg.L1PollInterval, "err", err)
		case err == nil && failing:
			s.log.Info("Reading L1 again")
		}
		failing = err != nil
		s.l1Health.report(time.Now(), err)
		t.Reset(s.cfg.L1PollInterval)
	}
}

// readDeposits stores the delayed messages L1 holds beyond those read, and wakes the block
// producer to include them. A message is durable here before any block includes it, so a
// restart replays the blocks without L1.
//
// First it checks that L1 still holds the messages read: at least as many, with the accumulator
// of those read. A reorg deeper than the confirmation depth can take a deposit back after the
// chain applied it; until L1 holds it again the chain departs from L1 (its batches would be
// refused: DelayedCountBeyondQueue), so the sequencer reads no more deposits and reports itself
// unhealthy (ErrL1Rewound). A reorg puts the dropped transactions back in the pool, so L1
// usually holds the same deposits again a few blocks later: the check runs at every poll, and
// the sequencer carries on once it passes.
func (s *Sequencer) readDeposits(ctx context.Context) error {
	have := s.delayed.count()
	count, err := s.cfg.L1.DelayedCount(ctx)
	if err != nil {
		return err
	}
	if err := s.checkDeposits(ctx, have, count); err != nil {
		if !errors.Is(err, ErrL1Rewound) || time.Since(s.rewoundSince) < s.cfg.ResequenceAfter {
			return err
		}
		if rerr := s.resequence(ctx, count); rerr != nil {
			return fmt.Errorf("%w; %w", err, rerr)
		}
		return nil // the deposits L1 holds are read at the next poll
	}
	if count <= have {
		return nil
	}
	msgs, err := s.cfg.L1.DelayedMessages(ctx, have, count)
	if err != nil {
		return err
	}
	b := s.db.NewBatch()
	for i, m := range msgs {
		_ = b.Set(u64Key(tableDelayed, have+uint64(i)), m, nil)
	}
	err = b.Commit(pebble.Sync)
	_ = b.Close()
	if err != nil {
		return fmt.Errorf("store delayed messages: %w", err)
	}
	s.delayed.add(msgs...)
	s.metrics.deposits.Add(float64(len(msgs)))
	s.log.Info("Deposits read from L1", "from", have, "to", count-1)
	select {
	case s.deposits <- struct{}{}:
	default:
	}
	return nil
}

// ErrL1Rewound is reported while L1 does not hold deposits the chain applied.
var ErrL1Rewound = errors.New("sequencer: L1 no longer holds deposits the chain applied")

// checkDeposits checks that L1's confirmed block, with count delayed messages, still holds the
// have messages read, and records the outcome for Health: the reason while it does not, nil
// once it does again.
func (s *Sequencer) checkDeposits(ctx context.Context, have, count uint64) error {
	if have == 0 {
		return nil
	}
	var why string
	if count < have {
		why = fmt.Sprintf("the Inbox holds %d delayed messages at the confirmed block, the chain read %d", count, have)
	} else {
		acc, err := s.cfg.L1.DelayedAcc(ctx, have)
		if err != nil {
			return err
		}
		if mine := s.delayed.acc(); acc != mine {
			why = fmt.Sprintf("the Inbox's accumulator after %d delayed messages is %s, the chain's %s", have, acc, mine)
		}
	}
	if why == "" {
		s.rewoundSince = time.Time{}
		if s.rewound.Swap(nil) != nil {
			s.log.Info("L1 holds the deposits the chain applied again, reading deposits", "delayed", have)
			s.metrics.l1Rewound.Set(0)
		}
		return nil
	}
	err := fmt.Errorf("%w: %s (an L1 reorg deeper than the confirmation depth)", ErrL1Rewound, why)
	if s.rewoundSince.IsZero() {
		s.rewoundSince = time.Now()
	}
	if s.rewound.Swap(&why) == nil {
		s.metrics.l1Rewound.Set(1)
		s.metrics.l1Rewinds.Inc()
		s.log.Error("L1 no longer holds deposits the chain applied; reading no more deposits until it holds them again, or re-sequencing after resequence-after",
			"resequence_after", s.cfg.ResequenceAfter, "err", err)
	}
	return err
}

// forgetPosted handles an Inbox that holds fewer batches than were found on it (an L1 reorg or
// rewind took some back): the records of those beyond count are removed, so that each is found
// again where L1 holds it once the batcher has posted it anew.
func (s *Sequencer) forgetPosted(count, from uint64) error {
	b := s.db.NewBatch()
	defer b.Close()
	if err := b.DeleteRange(u64Key(tablePosted, count), u64Key(tablePosted, from), nil); err != nil {
		return err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("forget posted batches %d to %d: %w", count, from-1, err)
	}
	s.batches.setPosted(count)
	s.metrics.posted.Set(float64(count))
	s.log.Warn("L1 no longer holds batches found on it (an L1 reorg), waiting for them again", "from", count, "to", from-1)
	return nil
}

// readPosted records the sealed batches the Inbox now holds, checking that each is the batch the
// sequencer sealed (its payload the join of the batch's blocks), and forgets those it no longer
// holds (forgetPosted). A batch that differs, or one under the number of the open batch, means
// the chain on L1 departs from the sequenced blocks (a batch transaction sent before a deep
// reorg landed after it, or another batcher): L1 is the chain, so the sequencer adopts it
// (adopt). One it cannot adopt (a forced inclusion, a payload that is not a run of blocks) is
// logged, once, and the chain stays departed.
func (s *Sequencer) readPosted(ctx context.Context) error {
	from, sealedBelow := s.batches.posted()
	if from >= sealedBelow && from == 0 && s.batches.head() < 0 {
		return nil
	}
	got, count, err := s.cfg.L1.Batches(ctx, from)
	if err != nil {
		return err
	}
	if count < from {
		return s.forgetPosted(count, from)
	}
	for i := range got {
		b := &got[i]
		if b.Number < sealedBelow {
			want, err := s.batchPayload(b.Number)
			if err != nil {
				return err
			}
			if !b.Forced() && bytes.Equal(b.Payload, want) {
				if err := s.markPosted(b); err != nil {
					return err
				}
				continue
			}
		}
		if err := s.adopt(ctx, b); err != nil {
			// Logged once per batch found: the condition lasts, and each poll finds it again.
			if key := fmt.Sprint(b.Number, b.TxHash, b.Forced()); s.differs != key {
				s.differs = key
				s.log.Error("L1 holds a batch the sequencer did not seal, the chain on L1 departs from the sequenced blocks",
					"batch", b.Number, "tx", b.TxHash, "forced", b.Forced(), "err", err)
			}
			return fmt.Errorf("batch %d on L1 (tx %s) differs from the sealed batch: %w", b.Number, b.TxHash, err)
		}
		return nil // adopted: the next poll reads on
	}
	return nil
}

// markPosted records that L1 holds sealed batch b.
func (s *Sequencer) markPosted(b *derive.Batch) error {
	p := &posted{Tx: b.TxHash, L1Block: b.L1Block, BlobHashes: b.BlobHashes}
	if err := s.db.Set(u64Key(tablePosted, b.Number), encodePosted(p), pebble.Sync); err != nil {
		return fmt.Errorf("store posted batch %d: %w", b.Number, err)
	}
	s.batches.setPosted(b.Number + 1)
	s.metrics.posted.Set(float64(b.Number + 1))
	s.log.Info("Batch found on L1", "batch", b.Number, "l1_block", b.L1Block, "tx", b.TxHash, "blobs", len(b.BlobHashes))
	return nil
}

// batchPayload is the payload of sealed batch n: the join of its blocks.
func (s *Sequencer) batchPayload(n uint64) ([]byte, error) {
	first, last, err := s.sealedRange(n)
	if err != nil {
		return nil, err
	}
	parts := make([]*batch.Batch, 0, last-first+1)
	for k := first; k <= last; k++ {
		blk, err := s.storedBlock(k)
		if err != nil {
			return nil, err
		}
		p, err := batch.Decode(blk.Payload)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", k, err)
		}
		parts = append(parts, p)
	}
	return batch.Join(n, parts...).Encode()
}

// sealedRange returns the first and last block of sealed batch n.
func (s *Sequencer) sealedRange(n uint64) (first, last uint64, err error) {
	v, err := get(s.db, u64Key(tableSealed, n))
	if err != nil {
		return 0, 0, err
	}
	if v == nil {
		return 0, 0, fmt.Errorf("batch %d is not sealed", n)
	}
	last = be64(v)
	if n > 0 {
		pv, err := get(s.db, u64Key(tableSealed, n-1))
		if err != nil || pv == nil {
			return 0, 0, fmt.Errorf("batch %d: seal record missing (%v)", n-1, err)
		}
		first = be64(pv) + 1
	}
	return first, last, nil
}

// postedOf returns where L1 holds batch n, nil if it is not known to.
func (s *Sequencer) postedOf(n uint64) (*posted, error) {
	v, err := get(s.db, u64Key(tablePosted, n))
	if err != nil || v == nil {
		return nil, err
	}
	return decodePosted(v)
}
