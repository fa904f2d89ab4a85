package sequencer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
)

// blockHashes holds every block's hash (api.BlockHash) and delayed count, by number: the chain a
// follower checks its blocks against. It is rebuilt from the blocks at open and after a
// re-sequencing, never stored. Its lock is a leaf.
type blockHashes struct {
	genesis common.Hash // block 0's parent: the genesis root

	mu      sync.RWMutex
	hashes  []common.Hash
	delayed []uint64
}

// parent is the hash block n's parent has (the genesis root for block 0), false if block n−1 is
// unknown.
func (b *blockHashes) parent(n uint64) (common.Hash, bool) {
	if n == 0 {
		return b.genesis, true
	}
	h, _, ok := b.at(n - 1)
	return h, ok
}

// at returns block n's hash and delayed count, false if it is unknown.
func (b *blockHashes) at(n uint64) (common.Hash, uint64, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if n >= uint64(len(b.hashes)) {
		return common.Hash{}, 0, false
	}
	return b.hashes[n], b.delayed[n], true
}

// push records the next block: number n, consuming the delayed messages from its parent's count
// to delayed, with the given payload and those messages.
func (b *blockHashes) push(n uint64, payload []byte, delayedCount uint64, msgs [][]byte) error {
	parent, ok := b.parent(n)
	if !ok {
		return fmt.Errorf("block %d: no hash of block %d", n, n-1)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if n != uint64(len(b.hashes)) {
		return fmt.Errorf("block %d: the next block is %d", n, len(b.hashes))
	}
	b.hashes = append(b.hashes, api.BlockHash(parent, payload, msgs))
	b.delayed = append(b.delayed, delayedCount)
	return nil
}

// assign makes b's hashes o's (o is not used by anyone else).
func (b *blockHashes) assign(o *blockHashes) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.hashes, b.delayed = o.hashes, o.delayed
}

// firstPast is the first block whose delayed count passes keep (it consumed delayed message
// keep or a later one), the next block's number if none does. Delayed counts never decrease.
func (b *blockHashes) firstPast(keep uint64) uint64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return uint64(sort.Search(len(b.delayed), func(i int) bool { return b.delayed[i] > keep }))
}

// ErrResequenced is wrapped by the error re-sequencing reports when it cannot finish.
var ErrResequenced = errors.New("sequencer: re-sequencing")

// commonDeposits is the number of delayed messages the chain read that L1's confirmed block
// still holds, in the same order: the greatest k ≤ limit with the Inbox's delayedAcc(k) equal to
// the chain's. Accumulators chain, so equality at k means equality below it: binary search.
func (s *Sequencer) commonDeposits(ctx context.Context, limit uint64) (uint64, error) {
	lo, hi := uint64(0), limit // lo matches (0 always does), hi+1 … do not
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		acc, err := s.cfg.L1.DelayedAcc(ctx, mid)
		if err != nil {
			return 0, err
		}
		if acc == s.delayed.accAt(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, nil
}

// resequence makes the chain agree with L1 again after a reorg took back for good a deposit the
// chain applied (or put another in its place): L1 is the chain, and blocks built on a deposit it
// does not hold would be refused by the Inbox or, worse, executed there with another deposit.
//
// It keeps the delayed messages L1 still holds in the same order (commonDeposits) and the
// blocks before the first that consumed one beyond them. The later blocks are dropped, and their
// messages go back to the write-ahead log ahead of the pending ones, in their order: every
// acknowledged message is sequenced again, once (a message that no longer applies, say a job
// paid by the lost deposit, is skipped by the chain in its new block as it would be anywhere).
// Seals and posted-batch records from the first dropped block's batch on go too, so that batch
// is open again and the batcher posts it anew. The deposits L1 holds beyond the kept ones are
// read at the next poll, and applied in new blocks.
//
// The database changes in one atomic write, so a sequencer killed meanwhile restarts with the
// chain before or after; the memory is then rebuilt from the database as at a restart. Block
// production and admission wait meanwhile. Followers find the new blocks' parent hashes differ
// from what they applied (api.Block.Parent) and execute the chain again.
func (s *Sequencer) resequence(ctx context.Context, count uint64) error {
	t0 := time.Now()
	have := s.delayed.count()
	keep, err := s.commonDeposits(ctx, min(have, count))
	if err != nil {
		return fmt.Errorf("%w: the common deposits: %w", ErrResequenced, err)
	}
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	if s.failed.Load() != nil {
		return fmt.Errorf("%w: the sequencer has failed", ErrResequenced)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Every admitted message durable, so that the log can be written again whole.
	for s.wal.durable() < s.pool.nextSeq() {
		if s.failed.Load() != nil {
			return fmt.Errorf("%w: the sequencer has failed", ErrResequenced)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}

	head := s.batches.head()
	from := s.hashes.firstPast(keep)
	firstBatch := s.batches.open().Number
	requeue := []*entry{}
	wb := s.db.NewBatch()
	defer wb.Close()
	for k := int64(from); k <= head; k++ {
		blk, err := s.storedBlock(uint64(k))
		if err != nil {
			return fmt.Errorf("%w: %w", ErrResequenced, err)
		}
		if k == int64(from) {
			firstBatch = blk.Batch
		}
		p, err := batch.Decode(blk.Payload)
		if err != nil || len(p.Msgs) != len(blk.Hashes) {
			return fmt.Errorf("%w: block %d: the stored payload does not decode to its messages (%v)", ErrResequenced, k, err)
		}
		for i := range p.Msgs {
			e := &entry{hash: blk.Hashes[i], msg: p.Msgs[i]}
			e.bound = payloadBound(&e.msg)
			requeue = append(requeue, e)
			_ = wb.Delete(hashKey(e.hash, e.msg.Account), nil)
		}
	}
	_ = wb.DeleteRange(u64Key(tableBlock, from), []byte{tableBlock + 1}, nil)
	_ = wb.DeleteRange(u64Key(tableDelayed, keep), []byte{tableDelayed + 1}, nil)
	_ = wb.DeleteRange(u64Key(tableSealed, firstBatch), []byte{tableSealed + 1}, nil)
	_ = wb.DeleteRange(u64Key(tablePosted, firstBatch), []byte{tablePosted + 1}, nil)
	// The log again: the dropped blocks' messages, then the pending ones, numbered from the
	// next sequence number (each log entry has one, and numbers never go back).
	pending := s.pool.entries()
	next := s.pool.nextSeq()
	all := make([]*entry, 0, len(requeue)+len(pending))
	for _, e := range append(requeue, pending...) {
		_ = wb.Delete(walKey(e.seq), nil)
		c := *e
		c.seq = next + uint64(len(all))
		all = append(all, &c)
	}
	for _, e := range all {
		_ = wb.Set(walKey(e.seq), encodeEntry(e), nil)
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("%w: write: %w", ErrResequenced, err)
	}

	// The memory, from the database, as at a restart.
	s.delayed.truncate(keep)
	s.pool.reset(all, next+uint64(len(all)))
	s.wal.reset(next + uint64(len(all)))
	if err := s.loadChain(); err != nil {
		s.fail(fmt.Errorf("%w: reload the chain: %w", ErrResequenced, err))
		return err
	}
	if err := s.rebuildPending(); err != nil {
		s.fail(fmt.Errorf("%w: rebuild the pending state: %w", ErrResequenced, err))
		return err
	}
	s.rewound.Store(nil)
	s.rewoundSince = time.Time{}
	s.metrics.l1Rewound.Set(0)
	s.metrics.resequences.Inc()
	s.metrics.resequenced.Add(float64(len(requeue)))
	s.metrics.head.Set(float64(s.batches.head()))
	s.metrics.mempool.Set(float64(len(all)))
	s.log.Warn("Sequenced the chain again from the last deposit L1 holds: later blocks dropped, their messages queued again",
		"deposits_kept", keep, "deposits_dropped", have-keep, "first_dropped_block", from,
		"blocks_dropped", head+1-int64(from), "batch_reopened", firstBatch, "messages_requeued", len(requeue),
		"pending", len(pending), "elapsed", time.Since(t0).Round(time.Millisecond))
	s.wake()
	return nil
}
