package sequencer

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
)

// produceLoop produces a block every BlockTime while messages are pending, and at once whenever
// a full block's worth is durable.
func (s *Sequencer) produceLoop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.deposits:
		case <-s.full:
			// The WAL writer may have counted messages a block just took (it reads the queue's
			// start without the lock): produce only if a full block is still pending.
			if s.durablePending() < s.cfg.MaxBlockMessages {
				continue
			}
		}
		if err := s.sealAged(time.Now()); err != nil {
			if ctx.Err() == nil {
				s.log.Error("sealing a batch failed; retrying at the next tick", "err", err)
			}
		}
		for {
			more, err := s.produce(ctx)
			if err != nil {
				if ctx.Err() == nil {
					s.log.Error("block production failed; retrying at the next tick", "err", err)
				}
				break
			}
			if !more {
				break
			}
		}
	}
}

// produce makes the next block from the durable head of the mempool, if there is any: at most
// MaxBlockMessages messages and MaxBlockBytes of payload. It reports whether a full block's worth
// of durable messages is still pending.
//
// The block is applied to the state after the previous block, and it is cut before the first
// message the chain would skip there. Admission applied every message alone, on a state where the
// fees of earlier messages were already paid out, whereas a block pays its fees at its end: a
// message of the fee recipient that spends fees of the same block is the one case where the two
// differ, and cutting the block there moves that message to the start of the next block, where
// the states agree again. So every message in a block is applied, as its sender was told.
func (s *Sequencer) produce(ctx context.Context) (bool, error) {
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	if s.failed.Load() != nil {
		return false, nil
	}
	s.mu.Lock()
	done := s.walDone.Load()
	var cand []*entry
	sum, widest := 0, 0
	for _, e := range s.queue {
		if e.seq >= done || len(cand) == s.cfg.MaxBlockMessages {
			break
		}
		if len(cand) > 0 && blockOverhead+sum+e.bound+max(widest, dataSlot(&e.msg)) > s.cfg.MaxBlockBytes {
			break
		}
		cand = append(cand, e)
		sum, widest = sum+e.bound, max(widest, dataSlot(&e.msg))
	}
	number := uint64(s.head + 1)
	ts := max(uint64(time.Now().Unix()), s.lastTime)
	batchNum, open := s.batchNum, slices.Clone(s.openParts)
	s.mu.Unlock()
	g0, err := stf.ReadGlobals(s.seq)
	if err != nil {
		return false, err
	}
	// Deposits read from L1 go into the next block, before its messages (the chain applies a
	// block's delayed messages first); a block is produced for them even with no message.
	target := s.delayedCount()
	if len(cand) == 0 && target == g0.Delayed {
		return false, nil
	}

	msgs := make([]batch.Message, len(cand))
	for i, e := range cand {
		msgs[i] = e.msg
	}
	var (
		mem     *memory.Memory
		part    *batch.Batch
		payload []byte
		diverge bool
		seal    bool // the block starts the next batch: seal the open one first
	)
	for {
		mem = s.seq.Snapshot()
		if seal {
			stf.SealBatch(mem)
		}
		g, err := stf.ReadGlobals(mem)
		if err != nil {
			return false, err
		}
		blk := batch.Block{Timestamp: ts, Delayed: target}
		if _, err := stf.ApplyBlock(ctx, s.chain.Cfg, s.oracle, mem, blk, msgs, stf.SkipJobs{}); err != nil {
			return false, fmt.Errorf("block %d: %w", number, err)
		}
		k := 0
		for ; k < len(msgs); k++ {
			rc, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages + uint64(k))))
			if err != nil {
				return false, err
			}
			if rc.Skip != layout.Applied {
				break
			}
		}
		if k < len(msgs) {
			if k > 0 {
				msgs = msgs[:k]
				continue
			}
			// Admission rules this out. The chain decides: the message goes in, skipped, alone,
			// and the pending state is rebuilt from the blocks.
			s.log.Error("an admitted message is skipped at the start of a block: the pending state had diverged from the blocks; rebuilding it",
				"block", number, "hash", cand[0].hash)
			diverge = true
			if len(msgs) > 1 {
				msgs = msgs[:1]
				continue
			}
		}
		blk.Messages = uint32(len(msgs))
		part = &batch.Batch{Number: number, Delayed: target, Blocks: []batch.Block{blk}, Msgs: msgs}
		payload, err = part.Encode()
		if err != nil {
			return false, fmt.Errorf("block %d: %w", number, err)
		}
		if len(payload) > s.cfg.MaxBlockBytes && len(msgs) > 1 {
			msgs = msgs[:len(msgs)-1] // payloadBound is an upper bound: unreachable
			continue
		}
		if !seal && len(open) > 0 {
			joined, err := batch.Join(batchNum, append(open, part)...).Encode()
			if err != nil || len(joined) > s.cfg.MaxBatchBytes {
				seal = true // the block does not fit the open batch: it starts the next
				continue
			}
		}
		break
	}
	cand = cand[:len(msgs)]
	if seal {
		batchNum++
	}

	// One Sync batch: the block, where each message went, the end of their WAL entries, and the
	// seal of the batch it closes.
	blk := &storedBlock{Number: number, Timestamp: ts, Delayed: target, Batch: batchNum, Hashes: make([]common.Hash, len(cand)), Payload: payload}
	b := s.db.NewBatch()
	for i, e := range cand {
		blk.Hashes[i] = e.hash
		_ = b.Set(hashKey(e.hash, e.msg.Account), encodeLocation(location{Block: number, Index: uint32(i), Kind: e.kind(), Account: e.msg.Account, Receipt: e.receipt}), nil)
		_ = b.Delete(u64Key(tableWAL, e.seq), nil)
	}
	_ = b.Set(u64Key(tableBlock, number), encodeBlock(blk), nil)
	if seal {
		_ = b.Set(u64Key(tableSealed, batchNum-1), binary.BigEndian.AppendUint64(nil, number-1), nil)
	}
	err = b.Commit(pebble.Sync)
	_ = b.Close()
	if err != nil {
		return false, fmt.Errorf("block %d: write: %w", number, err)
	}
	s.seq = mem

	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range cand {
		if q := s.byHash[e.hash]; len(q) > 1 {
			s.byHash[e.hash] = slices.DeleteFunc(q, func(x *entry) bool { return x == e })
		} else {
			delete(s.byHash, e.hash)
		}
		if s.perAccount[e.msg.Account]--; s.perAccount[e.msg.Account] <= 0 {
			delete(s.perAccount, e.msg.Account)
		}
	}
	s.queue = append(s.queue[:0:0], s.queue[len(cand):]...)
	s.firstQueued.Store(s.nextSeq)
	if len(s.queue) > 0 {
		s.firstQueued.Store(s.queue[0].seq)
	}
	s.head, s.lastTime = int64(number), ts
	if seal {
		s.batchNum, s.openParts = batchNum, nil
		s.metrics.batches.Inc()
		s.log.Info("batch sealed", "batch", batchNum-1, "last_block", number-1, "reason", "size")
	}
	s.openParts = append(s.openParts, part)
	if diverge || target > g0.Delayed {
		// Deposits changed the state the queued messages were admitted on (balances, new
		// accounts): recompute the pending state from the new block.
		if err := s.rebuildPending(); err != nil {
			s.fail(err)
		}
		s.scanRecords()
	} else if seal {
		stf.SealBatch(s.pending)
	}
	s.metrics.blocks.Inc()
	s.metrics.blockMsgs.Observe(float64(len(cand)))
	s.metrics.head.Set(float64(number))
	s.metrics.mempool.Set(float64(len(s.queue)))
	s.log.Debug("block produced", "number", number, "messages", len(cand), "bytes", len(payload), "pending", len(s.queue))

	pending, bytes, widest := 0, 0, 0
	for _, e := range s.queue {
		if e.seq >= s.walDone.Load() {
			break
		}
		pending, bytes, widest = pending+1, bytes+e.bound, max(widest, dataSlot(&e.msg))
	}
	return pending >= s.cfg.MaxBlockMessages || (pending > 1 && blockOverhead+bytes+widest > s.cfg.MaxBlockBytes), nil
}

// rebuildPending recomputes the pending state from the state after the latest block and the
// queued messages. s.mu must be held; the caller is the block producer (s.seq is its own).
func (s *Sequencer) rebuildPending() error {
	mem := s.seq.Snapshot()
	for _, e := range s.queue {
		if err := s.reapply(mem, e); err != nil {
			return err
		}
	}
	s.pending = mem
	s.accounts, s.nAccounts = map[common.Address]uint32{}, 0
	s.programs, s.nPrograms = map[common.Hash][]uint32{}, 0
	s.scanRecords()
	return nil
}

// locate returns where the sequenced message with hash h from account is, or nil.
func (s *Sequencer) locate(h common.Hash, account uint32) (*location, error) {
	v, err := get(s.db, hashKey(h, account))
	if err != nil || v == nil {
		return nil, err
	}
	l, err := decodeLocation(v)
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// locateAll returns where every sequenced message with hash h is (one, unless several senders
// sent the same message), in account order.
func (s *Sequencer) locateAll(h common.Hash) ([]location, error) {
	it, err := s.db.NewIter(hashBounds(h))
	if err != nil {
		return nil, err
	}
	var out []location
	for it.First(); it.Valid(); it.Next() {
		l, err := decodeLocation(it.Value())
		if err != nil {
			it.Close()
			return nil, err
		}
		out = append(out, l)
	}
	return out, it.Close()
}

// sealAged seals the open batch if its first block is BatchAge old, so that the batcher can post
// it even when no further block comes. The next block starts the next batch.
func (s *Sequencer) sealAged(now time.Time) error {
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	if s.failed.Load() != nil {
		return nil
	}
	s.mu.Lock()
	n, parts, head := s.batchNum, len(s.openParts), s.head
	var since uint64 // the open batch's first block's timestamp
	if parts > 0 {
		since = s.openParts[0].Blocks[0].Timestamp
	}
	s.mu.Unlock()
	if parts == 0 || now.Before(time.Unix(int64(since), 0).Add(s.cfg.BatchAge)) {
		return nil
	}
	if err := s.db.Set(u64Key(tableSealed, n), binary.BigEndian.AppendUint64(nil, uint64(head)), pebble.Sync); err != nil {
		return fmt.Errorf("seal batch %d: %w", n, err)
	}
	stf.SealBatch(s.seq)
	s.mu.Lock()
	stf.SealBatch(s.pending)
	s.batchNum, s.openParts = n+1, nil
	s.mu.Unlock()
	s.metrics.batches.Inc()
	s.log.Info("batch sealed", "batch", n, "last_block", head, "blocks", parts, "reason", "age")
	return nil
}
