package sequencer

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
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
	unlock, err := s.quiesce(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	from := s.hashes.firstPast(keep)
	head := s.batches.head()
	firstBatch := s.batches.open().Number
	if int64(from) <= head {
		blk, err := s.storedBlock(from)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrResequenced, err)
		}
		firstBatch = blk.Batch
	}
	n, err := s.rewrite(rewriteSpec{keep: keep, from: from, firstBatch: firstBatch})
	if err != nil {
		return err
	}
	s.rewound.Store(nil)
	s.rewoundSince = time.Time{}
	s.metrics.l1Rewound.Set(0)
	s.metrics.resequences.Inc()
	s.log.Warn("Sequenced the chain again from the last deposit L1 holds: later blocks dropped, their messages queued again",
		"deposits_kept", keep, "deposits_dropped", have-keep, "first_dropped_block", from,
		"blocks_dropped", head+1-int64(from), "batch_reopened", firstBatch, "messages_requeued", n,
		"pending", s.pool.len(), "elapsed", time.Since(t0).Round(time.Millisecond))
	return nil
}

// adopt puts batch b, which L1 holds under a number the sequencer used for another batch (or
// not yet sealed), in place of the sequencer's: L1 is the chain. A batcher's transaction sent
// before a deep reorg can land after it, once L1 holds its deposits again, so this follows a
// re-sequencing more often than anything else; a second batcher would cause it too. The blocks
// from the sequencer's batch of that number on are dropped, b's blocks take their place (sealed,
// and recorded as posted where L1 holds them), and the dropped blocks' messages that b does not
// hold are sequenced again after it, in their order, ahead of the pending ones.
//
// b must be a run of blocks (derive.Batch.RunOfBlocks: not forced, a payload that decodes) over
// deposits the sequencer read, the same ones: otherwise it is left alone, logged, and the chain
// on L1 departs from the sequencer's until an operator steps in.
func (s *Sequencer) adopt(ctx context.Context, b *derive.Batch) error {
	t0 := time.Now()
	unlock, err := s.quiesce(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	o := s.batches.open()
	var from uint64
	switch {
	case b.Number < o.Number:
		first, _, err := s.sealedRange(b.Number)
		if err != nil {
			return err
		}
		if want, err := s.batchPayload(b.Number); err == nil && !b.Forced() && bytes.Equal(b.Payload, want) {
			return nil // the sequencer's own after all (sealed meanwhile): found at the next poll
		}
		from = first
	case b.Number == o.Number:
		from = o.First
	default:
		return fmt.Errorf("L1 holds batch %d, beyond the sequencer's open batch %d", b.Number, o.Number)
	}
	prev := uint64(0)
	if from > 0 {
		_, prev, _ = s.hashes.at(from - 1)
	}
	switch {
	case !b.RunOfBlocks(prev):
		return fmt.Errorf("batch %d on L1 (tx %s) is not a run of blocks (forced %v, payload error %v): it cannot take the place of the sequencer's", b.Number, b.TxHash, b.Forced(), b.Err)
	case b.DelayedCount > s.delayed.count() || s.delayed.accAt(b.DelayedCount) != b.DelayedAcc:
		return fmt.Errorf("batch %d on L1 (tx %s) consumes delayed messages up to %d with accumulator %s, the sequencer read %d: waiting for the same deposits",
			b.Number, b.TxHash, b.DelayedCount, b.DelayedAcc, s.delayed.count())
	}
	head := s.batches.head()
	n, err := s.rewrite(rewriteSpec{keep: s.delayed.count(), from: from, firstBatch: b.Number, adopt: b, prevDelayed: prev})
	if err != nil {
		return err
	}
	s.metrics.adopted.Inc()
	s.log.Warn("L1 holds another batch under a number the sequencer used: it takes the place of the sequencer's, later blocks dropped, their other messages queued again",
		"batch", b.Number, "tx", b.TxHash, "l1_block", b.L1Block, "blocks", len(b.Decoded.Blocks), "messages", len(b.Decoded.Msgs),
		"first_dropped_block", from, "blocks_dropped", head+1-int64(from), "messages_requeued", n, "elapsed", time.Since(t0).Round(time.Millisecond))
	return nil
}

// quiesce stops block production and admission (prodMu, then mu) and waits until every admitted
// message is durable, so that the chain and the write-ahead log can be written again whole. It
// returns the function that lets them go on.
func (s *Sequencer) quiesce(ctx context.Context) (func(), error) {
	s.prodMu.Lock()
	if s.failed.Load() != nil {
		s.prodMu.Unlock()
		return nil, fmt.Errorf("%w: the sequencer has failed", ErrResequenced)
	}
	s.mu.Lock()
	unlock := func() { s.mu.Unlock(); s.prodMu.Unlock() }
	for s.wal.durable() < s.pool.nextSeq() {
		if s.failed.Load() != nil {
			unlock()
			return nil, fmt.Errorf("%w: the sequencer has failed", ErrResequenced)
		}
		select {
		case <-ctx.Done():
			unlock()
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	return unlock, nil
}

// rewriteSpec is what rewrite changes.
type rewriteSpec struct {
	keep       uint64 // the delayed messages kept (those beyond are forgotten, read again from L1)
	from       uint64 // the first block dropped
	firstBatch uint64 // the batch of block from: its seal and posted record and later ones go
	// adopt is L1's batch that takes the place of batch firstBatch, from block from on (nil for
	// none); prevDelayed is the delayed count before block from.
	adopt       *derive.Batch
	prevDelayed uint64
}

// msgKey names a message in the message index: its hash and sender's account hint.
type msgKey struct {
	hash    common.Hash
	account uint32
}

// rewrite drops the blocks from sp.from on (putting sp.adopt's in their place), the delayed
// messages beyond sp.keep, and the seals and posted records from sp.firstBatch on, and writes
// the write-ahead log again: the dropped blocks' messages (those sp.adopt does not hold), then
// the pending ones, numbered from the next sequence number (numbers never go back). All of it is
// one atomic write, so a sequencer killed meanwhile restarts with the chain before or after;
// the memory is then rebuilt from the database as at a restart. The caller has quiesced the
// sequencer. It returns the number of messages queued again.
func (s *Sequencer) rewrite(sp rewriteSpec) (int, error) {
	head := s.batches.head()
	wb := s.db.NewBatch()
	defer wb.Close()
	var dropped []*entry
	for k := int64(sp.from); k <= head; k++ {
		blk, err := s.storedBlock(uint64(k))
		if err != nil {
			return 0, fmt.Errorf("%w: %w", ErrResequenced, err)
		}
		p, err := batch.Decode(blk.Payload)
		if err != nil || len(p.Msgs) != len(blk.Hashes) {
			return 0, fmt.Errorf("%w: block %d: the stored payload does not decode to its messages (%v)", ErrResequenced, k, err)
		}
		for i := range p.Msgs {
			e := &entry{hash: blk.Hashes[i], msg: p.Msgs[i]}
			e.bound = payloadBound(&e.msg)
			dropped = append(dropped, e)
			_ = wb.Delete(hashKey(e.hash, e.msg.Account), nil)
		}
	}
	_ = wb.DeleteRange(u64Key(tableBlock, sp.from), []byte{tableBlock + 1}, nil)
	_ = wb.DeleteRange(u64Key(tableDelayed, sp.keep), []byte{tableDelayed + 1}, nil)
	_ = wb.DeleteRange(u64Key(tableSealed, sp.firstBatch), []byte{tableSealed + 1}, nil)
	_ = wb.DeleteRange(u64Key(tablePosted, sp.firstBatch), []byte{tablePosted + 1}, nil)
	adopted, err := s.writeAdopted(wb, sp)
	if err != nil {
		return 0, err
	}
	inAdopted := make(map[msgKey]bool, len(adopted))
	for _, a := range adopted {
		inAdopted[a.key] = true
	}

	pending := s.pool.entries()
	next := s.pool.nextSeq()
	all := make([]*entry, 0, len(dropped)+len(pending))
	requeued := 0
	for i, e := range append(dropped, pending...) {
		_ = wb.Delete(walKey(e.seq), nil)
		if inAdopted[msgKey{e.hash, e.msg.Account}] {
			continue
		}
		if i < len(dropped) {
			requeued++
		}
		c := *e
		c.seq = next + uint64(len(all))
		all = append(all, &c)
	}
	for _, e := range all {
		_ = wb.Set(walKey(e.seq), encodeEntry(e), nil)
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return 0, fmt.Errorf("%w: write: %w", ErrResequenced, err)
	}

	// The memory, from the database, as at a restart.
	s.delayed.truncate(sp.keep)
	s.pool.reset(all, next+uint64(len(all)))
	s.wal.reset(next + uint64(len(all)))
	if err := s.loadChain(); err != nil {
		s.fail(fmt.Errorf("%w: reload the chain: %w", ErrResequenced, err))
		return 0, err
	}
	if err := s.rebuildPending(); err != nil {
		s.fail(fmt.Errorf("%w: rebuild the pending state: %w", ErrResequenced, err))
		return 0, err
	}
	if err := s.adoptedReceipts(adopted); err != nil {
		s.log.Error("Cannot record the receipt indices of an adopted batch's messages", "err", err)
	}
	s.metrics.resequenced.Add(float64(requeued))
	s.metrics.head.Set(float64(s.batches.head()))
	s.metrics.mempool.Set(float64(len(all)))
	s.wake()
	return requeued, nil
}

// writeAdopted adds sp.adopt's blocks to wb, from block sp.from on, sealed as batch
// sp.firstBatch and recorded where L1 holds it, with their messages' locations (receipt indices
// follow: adoptedReceipts). It returns the messages' locations in chain order.
func (s *Sequencer) writeAdopted(wb *pebble.Batch, sp rewriteSpec) ([]adoptedMsg, error) {
	if sp.adopt == nil {
		return nil, nil
	}
	var out []adoptedMsg
	d, off := sp.adopt.Decoded, 0
	for k, blk := range d.Blocks {
		ms := d.Msgs[off : off+int(blk.Messages)]
		off += int(blk.Messages)
		n := sp.from + uint64(k)
		payload, err := (&batch.Batch{Number: n, Delayed: blk.Delayed, Blocks: []batch.Block{blk}, Msgs: ms}).Encode()
		if err != nil {
			return nil, fmt.Errorf("%w: batch %d on L1, block %d: %w", ErrResequenced, sp.adopt.Number, k, err)
		}
		sb := &storedBlock{Number: n, Timestamp: blk.Timestamp, Delayed: blk.Delayed, Batch: sp.firstBatch,
			Hashes: make([]common.Hash, len(ms)), Payload: payload}
		for i := range ms {
			sb.Hashes[i] = ms[i].Hash()
			l := location{Block: n, Index: uint32(i), Kind: msg.Kind(ms[i].Kind), Account: ms[i].Account}
			out = append(out, adoptedMsg{msgKey{sb.Hashes[i], ms[i].Account}, l})
			_ = wb.Set(hashKey(sb.Hashes[i], ms[i].Account), encodeLocation(l), nil)
		}
		_ = wb.Set(u64Key(tableBlock, n), encodeBlock(sb), nil)
	}
	last := sp.from + uint64(len(d.Blocks)) - 1
	_ = wb.Set(u64Key(tableSealed, sp.firstBatch), binary.BigEndian.AppendUint64(nil, last), nil)
	p := &posted{Tx: sp.adopt.TxHash, L1Block: sp.adopt.L1Block, BlobHashes: sp.adopt.BlobHashes}
	_ = wb.Set(u64Key(tablePosted, sp.firstBatch), encodePosted(p), nil)
	return out, nil
}

// adoptedMsg is a message of an adopted batch and where it is.
type adoptedMsg struct {
	key msgKey
	loc location
}

// adoptedReceipts records the receipt index (job, program or withdrawal index) of each adopted
// message, read from the receipts in the state after the blocks: the adopted blocks are the
// last, so their messages, in chain order, are the last ones counted.
func (s *Sequencer) adoptedReceipts(adopted []adoptedMsg) error {
	if len(adopted) == 0 {
		return nil
	}
	g, err := stf.ReadGlobals(s.seq)
	if err != nil {
		return err
	}
	base := g.Messages - uint64(len(adopted))
	wb := s.db.NewBatch()
	defer wb.Close()
	for i, a := range adopted {
		rc, err := layout.DecodeReceipt(s.seq.ReadLeaf(layout.ReceiptAddr(base + uint64(i))))
		if err != nil {
			return err
		}
		a.loc.Receipt = rc.Index
		_ = wb.Set(hashKey(a.key.hash, a.key.account), encodeLocation(a.loc), nil)
	}
	return wb.Commit(pebble.Sync)
}
