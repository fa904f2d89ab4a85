package sequencer

import (
	"context"
	"encoding/binary"
	"fmt"
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
			// The WAL writer may have counted messages a block just took: produce only if a
			// full block is still pending.
			if s.durablePending() < s.cfg.MaxBlockMessages {
				continue
			}
		}
		if err := s.sealAged(time.Now()); err != nil && ctx.Err() == nil {
			s.log.Error("Sealing a batch failed, retrying at the next tick", "err", err)
		}
		for {
			more, err := s.produce(ctx)
			if err != nil && ctx.Err() == nil {
				s.log.Error("Block production failed, retrying at the next tick", "err", err)
			}
			if err != nil || !more {
				break
			}
		}
	}
}

// blockDraft is a block on its way from the mempool to the database: selectBlock fills the
// first fields, applyBlock the rest.
type blockDraft struct {
	number      uint64
	ts          uint64
	delayed     uint64    // the block's delayed count: every deposit read from L1 so far
	prevDelayed uint64    // the previous block's
	open        openBatch // the open batch
	cand        []entry   // the block's messages, oldest first

	mem     *memory.Memory // the state after the block
	part    *batch.Batch   // its one-block payload, decoded
	payload []byte
	seal    bool // the block starts the next batch: the open one is sealed first
	diverge bool // an admitted message was skipped: the pending state must be rebuilt
}

// produce makes the next block from the durable head of the mempool, if there is any: at most
// MaxBlockMessages messages and MaxBlockBytes of payload. It reports whether a full block's worth
// of durable messages is still pending. The four steps: select the messages, apply them (and cut
// the block), persist the block, publish it.
func (s *Sequencer) produce(ctx context.Context) (bool, error) {
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	if s.failed.Load() != nil {
		return false, nil
	}
	d, err := s.selectBlock()
	if err != nil || d == nil {
		return false, err
	}
	if err := s.applyBlock(ctx, d); err != nil {
		return false, err
	}
	if err := s.persistBlock(d); err != nil {
		return false, err
	}
	s.publishBlock(d)
	return s.pool.blockReady(s.wal.durable(), s.cfg.MaxBlockMessages, s.cfg.MaxBlockBytes), nil
}

// selectBlock drafts the next block: the oldest durable messages that fit it by their payload
// bounds, and every deposit read from L1. It returns nil when there is neither a message nor a
// new deposit.
func (s *Sequencer) selectBlock() (*blockDraft, error) {
	cand := s.pool.pick(s.wal.durable(), s.cfg.MaxBlockMessages, s.cfg.MaxBlockBytes)
	g, err := stf.ReadGlobals(s.seq)
	if err != nil {
		return nil, err
	}
	// Deposits read from L1 go into the next block, before its messages (the chain applies a
	// block's delayed messages first); a block is produced for them even with no message.
	delayed := s.delayed.count()
	if len(cand) == 0 && delayed == g.Delayed {
		return nil, nil
	}
	o := s.batches.open()
	return &blockDraft{number: o.First + uint64(len(o.Parts)), ts: max(uint64(time.Now().Unix()), s.lastTime),
		delayed: delayed, prevDelayed: g.Delayed, open: o, cand: cand}, nil
}

// applyBlock applies the drafted block to the state after the latest block and cuts it: before
// the first message the chain would skip there, within MaxBlockBytes, and into the next batch
// when it does not fit the open one.
//
// Admission applied every message alone, on a state where the fees of earlier messages were
// already paid out, whereas a block pays its fees at its end: a message of the fee recipient
// that spends fees of the same block is the one case where the two differ, and cutting the block
// there moves that message to the start of the next block, where the states agree again. So
// every message in a block is applied, as its sender was told.
func (s *Sequencer) applyBlock(ctx context.Context, d *blockDraft) error {
	msgs := make([]batch.Message, len(d.cand))
	for i := range d.cand {
		msgs[i] = d.cand[i].msg
	}
	for {
		mem, applied, err := s.execute(ctx, d, msgs)
		if err != nil {
			return err
		}
		if applied < len(msgs) {
			if applied > 0 {
				msgs = msgs[:applied]
				continue
			}
			// Admission rules this out. The chain decides: the message goes in, skipped, alone,
			// and the pending state is rebuilt from the blocks.
			if !d.diverge {
				s.log.Error("Admitted message skipped at the start of a block, rebuilding the pending state",
					"block", d.number, "hash", d.cand[0].hash)
			}
			d.diverge = true
			if len(msgs) > 1 {
				msgs = msgs[:1]
				continue
			}
		}
		blk := batch.Block{Timestamp: d.ts, Delayed: d.delayed, Messages: uint32(len(msgs))}
		part := &batch.Batch{Number: d.number, Delayed: d.delayed, Blocks: []batch.Block{blk}, Msgs: msgs}
		payload, err := part.Encode()
		if err != nil {
			return fmt.Errorf("block %d: %w", d.number, err)
		}
		if len(payload) > s.cfg.MaxBlockBytes && len(msgs) > 1 {
			msgs = msgs[:len(msgs)-1] // payloadBound is an upper bound: unreachable
			continue
		}
		if !d.seal && !s.batches.fits(d.open, part) {
			d.seal = true // the block does not fit the open batch: it starts the next
			continue
		}
		d.mem, d.part, d.payload, d.cand = mem, part, payload, d.cand[:len(msgs)]
		return nil
	}
}

// execute applies a block of msgs with d's timestamp and delayed count to a snapshot of the state
// after the latest block (sealing the open batch first if d.seal). It returns that state and how
// many messages, from the first, the chain applied before it skipped one.
func (s *Sequencer) execute(ctx context.Context, d *blockDraft, msgs []batch.Message) (*memory.Memory, int, error) {
	mem := s.seq.Snapshot()
	if d.seal {
		stf.SealBatch(mem)
	}
	g, err := stf.ReadGlobals(mem)
	if err != nil {
		return nil, 0, err
	}
	blk := batch.Block{Timestamp: d.ts, Delayed: d.delayed}
	if rec := d.recovered(len(msgs)); rec != nil {
		_, err = stf.ApplyBlockRecovered(ctx, s.chain.Cfg, s.delayed, mem, blk, msgs, stf.SkipJobs{}, rec)
	} else {
		_, err = stf.ApplyBlock(ctx, s.chain.Cfg, s.delayed, mem, blk, msgs, stf.SkipJobs{})
	}
	if err != nil {
		return nil, 0, fmt.Errorf("block %d: %w", d.number, err)
	}
	for k := range msgs {
		rc, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages + uint64(k))))
		if err != nil {
			return nil, 0, err
		}
		if rc.Skip != layout.Applied {
			return mem, k, nil
		}
	}
	return mem, len(msgs), nil
}

// recovered returns the first n candidates' signer recoveries, made at their admission, or nil
// when one is unknown (an entry read back from the write-ahead log): ApplyBlock then recovers
// them all, in parallel, which is cheaper than ApplyBlockRecovered recovering the unknown ones in
// line. Reusing admission's recoveries halves the signature work per message (~40 µs of CPU each).
func (d *blockDraft) recovered(n int) []*stf.Recovered {
	rec := make([]*stf.Recovered, n)
	for i := range rec {
		if rec[i] = d.cand[i].rec; rec[i] == nil {
			return nil
		}
	}
	return rec
}

// persistBlock writes the block as one Sync batch: the block, where each message went, the end
// of their WAL entries, and the seal of the batch it closes.
func (s *Sequencer) persistBlock(d *blockDraft) error {
	num := d.open.Number
	if d.seal {
		num++
	}
	blk := &storedBlock{Number: d.number, Timestamp: d.ts, Delayed: d.delayed, Batch: num, Hashes: make([]common.Hash, len(d.cand)), Payload: d.payload}
	b := s.db.NewBatch()
	defer b.Close()
	for i, e := range d.cand {
		blk.Hashes[i] = e.hash
		_ = b.Set(hashKey(e.hash, e.msg.Account), encodeLocation(location{Block: d.number, Index: uint32(i), Kind: e.kind(), Account: e.msg.Account, Receipt: e.receipt}), nil)
		_ = b.Delete(walKey(e.seq), nil)
	}
	_ = b.Set(u64Key(tableBlock, d.number), encodeBlock(blk), nil)
	if d.seal {
		_ = b.Set(u64Key(tableSealed, d.open.Number), binary.BigEndian.AppendUint64(nil, d.number-1), nil)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("block %d: write: %w", d.number, err)
	}
	return nil
}

// publishBlock makes a written block the head: the state after it, the mempool without its
// messages (and the pending state rebuilt if deposits, or a divergence, changed what the queued
// messages were admitted on), then the batch tracker, which serves the head.
func (s *Sequencer) publishBlock(d *blockDraft) {
	ds, ok := s.delayed.span(d.prevDelayed, d.delayed)
	if err := s.hashes.push(d.number, d.payload, d.delayed, ds); err != nil || !ok {
		s.fail(fmt.Errorf("block %d: hash: %v (delayed messages read: %v)", d.number, err, ok))
	}
	s.seq, s.lastTime = d.mem, d.ts
	// The block becomes the head before its messages leave the mempool: a reader (Job) that
	// finds a message in neither place has raced this, and finds it in the index on a second
	// look (a status names only published blocks; see sequencedJob).
	s.batches.add(d.part, d.seal)
	s.mu.Lock()
	if len(d.cand) > 0 && !s.pool.drop(d.cand[0].seq, len(d.cand)) {
		s.fail(fmt.Errorf("block %d: its messages are not the first in the mempool", d.number))
	}
	if d.diverge || d.delayed > d.prevDelayed {
		if err := s.rebuildPending(); err != nil {
			s.fail(err)
		}
	} else if d.seal {
		stf.SealBatch(s.pending)
	}
	s.mu.Unlock()

	pending := s.pool.len()
	if d.seal {
		s.metrics.batches.Inc()
		s.log.Info("Batch sealed", "batch", d.open.Number, "last_block", d.number-1, "reason", "size")
	}
	s.metrics.blocks.Inc()
	s.metrics.blockMsgs.Observe(float64(len(d.cand)))
	s.metrics.head.Set(float64(d.number))
	s.metrics.mempool.Set(float64(pending))
	s.log.Debug("Block produced", "number", d.number, "messages", len(d.cand), "bytes", len(d.payload), "pending", pending)
}

// rebuildPending recomputes the pending state from the state after the latest block and the
// queued messages. s.mu must be held and the caller is the block producer (s.seq is its own).
func (s *Sequencer) rebuildPending() error {
	mem := s.seq.Snapshot()
	queued := s.pool.entries()
	receipts := make([]uint64, len(queued))
	for i, e := range queued {
		r, err := s.reapply(mem, e)
		if err != nil {
			return err
		}
		receipts[i] = r
	}
	s.pool.setReceipts(queued, receipts)
	s.pending = mem
	s.dirMu.Lock()
	s.accounts, s.addrs, s.nAccounts = map[common.Address]uint32{}, nil, 0
	s.dirMu.Unlock()
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
	o := s.batches.open()
	last, ok := o.Last()
	if !ok || !s.batches.due(o, now) {
		return nil
	}
	if err := s.db.Set(u64Key(tableSealed, o.Number), binary.BigEndian.AppendUint64(nil, last), pebble.Sync); err != nil {
		return fmt.Errorf("seal batch %d: %w", o.Number, err)
	}
	stf.SealBatch(s.seq)
	s.mu.Lock()
	stf.SealBatch(s.pending)
	s.mu.Unlock()
	s.batches.seal()
	s.metrics.batches.Inc()
	s.log.Info("Batch sealed", "batch", o.Number, "last_block", last, "blocks", len(o.Parts), "reason", "age")
	return nil
}
