package executor

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/stf"
)

// Seeker is a BlockSource that must be told where the executor resumes: the batch of the next
// block and that batch's first block. Block numbers are not on L1 (a batch carries its blocks
// without numbers), so a source that derives blocks from batches numbers them from there.
type Seeker interface {
	Seek(ctx context.Context, batch, firstBlock uint64) error
}

// WholeBatchSource is a BlockSource some of whose blocks stand for a whole L1 batch that is not
// a run of sequencer blocks: a forced inclusion (delayed messages, no payload) or a payload the
// chain rejects (in part or whole). Such a block has an empty Payload; the executor applies the
// batch with the chain machine's batch path (stf.ApplyBatch), which decides what it means.
type WholeBatchSource interface {
	// WholeBatch returns the batch block n stands for; ok is false for an ordinary block. The
	// block itself carries the delayed messages the batch may consume (api.Block.Delayed and
	// DelayedMessages), as an ordinary block does.
	WholeBatch(n uint64) (b *stf.Batch, ok bool)
}

// L1Source is a BlockSource that rebuilds the sequencer's blocks from L1 alone: the batches in
// the Inbox with their payloads from the beacon blob API, and the deposits they consume, all
// checked by chain/derive against the Inbox's commitments and accumulator. It reads L1
// confirmations blocks behind the head. An executor on an L1Source reaches the same state roots
// as one following the sequencer, block by block, once the batcher has posted the blocks.
type L1Source struct {
	src   *derive.Source
	depth uint64

	mu        sync.Mutex
	nextBatch uint64 // the next batch to derive
	nextBlock uint64 // its first block's number
	delayed   uint64 // delayed messages consumed before nextBatch
	known     bool   // delayed is known (after Seek to batch 0, or once batch nextBatch−1 is read)
	blocks    map[uint64]*api.Block
	whole     map[uint64]*stf.Batch  // blocks that stand for a whole batch
	ends      map[uint64]uint64      // the last block of each recently derived batch
	commits   map[uint64]common.Hash // the commitment of each recently derived batch
	top       int64                  // the last derived block; −1 before the first
	// rewound is set while L1 holds fewer batches than were derived (a reorg deeper than the
	// confirmations), with seen the count at the last read; the batches below checked are those
	// found equal to the ones derived since the count last fell (checkRewound).
	rewound  bool
	seen     uint64
	checked  uint64
	diverged error // sticky until Seek: L1 holds another batch than one derived and applied

	// Log receives the rewinds seen; nil discards.
	Log log.Logger
}

// ErrL1Diverged is returned by an L1Source once L1 holds, under a number it derived and the
// executor applied, another batch than the one derived: the executor's state is no longer the
// chain's. The executor then executes the chain again from genesis (Executor.rebuild), after
// Seek(0, 0), which clears the error.
var ErrL1Diverged = errors.New("executor: L1 holds another batch than the one applied")

// NewL1Source returns an L1Source over src reading confirmations blocks behind the L1 head. It
// starts at batch 0; an executor resuming calls Seek.
func NewL1Source(src *derive.Source, confirmations uint64) *L1Source {
	return &L1Source{src: src, depth: confirmations, known: true, blocks: map[uint64]*api.Block{}, whole: map[uint64]*stf.Batch{},
		ends: map[uint64]uint64{}, commits: map[uint64]common.Hash{}, top: -1}
}

// Seek implements Seeker.
func (s *L1Source) Seek(ctx context.Context, b, firstBlock uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextBatch, s.nextBlock, s.blocks, s.whole, s.top = b, firstBlock, map[uint64]*api.Block{}, map[uint64]*stf.Batch{}, int64(firstBlock)-1
	s.ends, s.commits, s.rewound, s.diverged = map[uint64]uint64{}, map[uint64]common.Hash{}, false, nil
	s.known, s.delayed = b == 0, 0
	return nil
}

// BlockNumber implements BlockSource: it derives the batches L1 holds beyond those read.
func (s *L1Source) BlockNumber(ctx context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.derive(ctx); err != nil {
		return 0, err
	}
	if s.top < 0 {
		return 0, ErrNoBlock
	}
	return uint64(s.top), nil
}

// Block implements BlockSource. Blocks before n are dropped: the executor asks in order.
func (s *L1Source) Block(_ context.Context, n uint64) (*api.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.blocks[n]
	if !ok {
		return nil, fmt.Errorf("%w: block %d is not derived (derived up to %d)", ErrNoBlock, n, s.top)
	}
	for k := range s.blocks {
		if k < n {
			delete(s.blocks, k)
			delete(s.whole, k)
		}
	}
	return b, nil
}

// BatchEnd implements BatchEnds: every batch L1 holds is complete; its last block is known
// once derived (for the last 64 batches derived).
func (s *L1Source) BatchEnd(_ context.Context, b uint64) (uint64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	last, ok := s.ends[b]
	return last, ok, nil
}

// WholeBatch implements WholeBatchSource.
func (s *L1Source) WholeBatch(n uint64) (*stf.Batch, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := s.whole[n]
	return w, ok
}

// derive reads new batches and turns them into blocks. s.mu is held.
func (s *L1Source) derive(ctx context.Context) error {
	if s.diverged != nil {
		return s.diverged
	}
	c, err := s.src.CountsAt(ctx, nil, s.depth)
	if err != nil {
		return err
	}
	if ok, err := s.checkRewound(ctx, c); !ok || err != nil {
		return err
	}
	if !s.known && s.nextBatch > 0 && s.nextBatch <= c.Batches {
		// Resuming: the delayed count before nextBatch is the previous batch's.
		prev, err := s.src.Batches(ctx, s.nextBatch-1, c.L1Block)
		if err != nil {
			return err
		}
		if len(prev) == 0 {
			return fmt.Errorf("executor: L1 does not hold batch %d", s.nextBatch-1)
		}
		s.delayed, s.known = prev[0].DelayedCount, true
	}
	for s.known && s.nextBatch < c.Batches && len(s.blocks) < 4096 {
		got, err := s.src.Batches(ctx, s.nextBatch, c.L1Block)
		if err != nil {
			return err
		}
		if len(got) == 0 {
			return nil
		}
		for i := range got {
			if err := s.add(ctx, &got[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// add turns one derived batch into blocks, or into one block standing for the whole batch.
func (s *L1Source) add(ctx context.Context, b *derive.Batch) error {
	ds, err := s.src.DelayedMessages(ctx, s.delayed, b.DelayedCount)
	if err != nil {
		return err
	}
	msgs := make([]hexutil.Bytes, len(ds))
	for i := range ds {
		msgs[i] = ds[i].Message()
	}
	if !b.RunOfBlocks(s.delayed) {
		// Not a run of sequencer blocks: the chain machine applies it as a batch.
		n := s.nextBlock
		s.blocks[n] = &api.Block{Number: hexutil.Uint64(n), Timestamp: hexutil.Uint64(b.L1Time), Delayed: hexutil.Uint64(b.DelayedCount),
			Batch: hexutil.Uint64(b.Number), DelayedMessages: msgs}
		s.whole[n] = b.Machine()
		s.top, s.nextBlock = int64(n), n+1
		s.nextBatch, s.delayed = b.Number+1, b.DelayedCount
		s.keepCommit(b)
		return nil
	}
	d, off := s.delayed, 0
	for _, blk := range b.Decoded.Blocks {
		ms := b.Decoded.Msgs[off : off+int(blk.Messages)]
		off += int(blk.Messages)
		n := s.nextBlock
		payload, err := (&batch.Batch{Number: n, Delayed: blk.Delayed, Blocks: []batch.Block{blk}, Msgs: ms}).Encode()
		if err != nil {
			return fmt.Errorf("executor: batch %d, block %d: %w", b.Number, n, err)
		}
		out := &api.Block{Number: hexutil.Uint64(n), Timestamp: hexutil.Uint64(blk.Timestamp), Delayed: hexutil.Uint64(blk.Delayed),
			Batch: hexutil.Uint64(b.Number), Hashes: make([]common.Hash, len(ms)), Payload: payload}
		for i := range ms {
			out.Hashes[i] = ms[i].Hash()
		}
		out.DelayedMessages = msgs[d-s.delayed : blk.Delayed-s.delayed]
		d = blk.Delayed
		s.blocks[n] = out
		s.top, s.nextBlock = int64(n), n+1
	}
	s.nextBatch, s.delayed = b.Number+1, b.DelayedCount
	s.keepCommit(b)
	s.ends[b.Number] = s.nextBlock - 1
	delete(s.ends, b.Number-64)
	return nil
}

// keepCommit keeps the commitment of derived batch b, and forgets the one commitsKept before.
func (s *L1Source) keepCommit(b *derive.Batch) {
	s.commits[b.Number] = l1data.BatchCommitment(b.Number, b.PayloadLength, b.DelayedCount, b.DelayedAcc, b.BlobHashes)
	delete(s.commits, b.Number-commitsKept)
}

// checkCommits checks the batches from to to−1 that L1 holds at c against the commitments kept
// of the batches derived under those numbers; one that differs fails the source for good
// (ErrL1Diverged).
func (s *L1Source) checkCommits(ctx context.Context, c derive.Counts, from, to uint64) error {
	for n := max(from, s.nextBatch-min(s.nextBatch, commitsKept)); n < to; n++ {
		want, kept := s.commits[n]
		if !kept {
			continue
		}
		got, err := s.src.CommitmentAt(ctx, c, n)
		if err != nil {
			return err
		}
		if got != want {
			s.diverged = fmt.Errorf("%w: batch %d has commitment %s at L1 block %d, the executor applied %s",
				ErrL1Diverged, n, got, c.L1Block, want)
			s.logger().Error("L1 holds another batch than the one applied", "err", s.diverged)
			return s.diverged
		}
	}
	return nil
}

// commitsKept is how many of the last derived batches' commitments an L1Source keeps, to check
// them after an L1 rewind: far more batches than a reorg (Ethereum finalizes in 64 blocks) takes.
const commitsKept = 256

// checkRewound watches for an L1 that holds fewer batches than were derived: a reorg deeper
// than the confirmations took them back. The blocks derived from them are applied already; the
// batcher usually posts the same batches again, so nothing is derived until L1 holds as many as
// before (ok false meanwhile). Meanwhile every batch L1 holds is checked, once, against the
// commitment of the batch derived under its number (the last commitsKept): a batch can be taken
// back and posted anew between two reads, so the count seen is no guide to which changed. The
// same everywhere, and the executor carries on once L1 holds them all; another (the sequencer
// sequenced its chain again), and the L1Source fails with ErrL1Diverged from then on. Otherwise
// the last batch derived is checked at every read.
func (s *L1Source) checkRewound(ctx context.Context, c derive.Counts) (ok bool, err error) {
	if !s.known || s.nextBatch == 0 {
		return true, nil
	}
	if c.Batches < s.nextBatch {
		if !s.rewound || c.Batches < s.seen {
			s.logger().Warn("L1 no longer holds batches the executor derived (an L1 reorg deeper than the confirmations); waiting for them again",
				"l1_batches", c.Batches, "derived", s.nextBatch, "l1_block", c.L1Block)
			s.checked = 0 // a new fall: check them all again
		}
		s.rewound, s.seen = true, c.Batches
		return false, s.sweep(ctx, c, c.Batches)
	}
	if !s.rewound {
		// A reorg can also replace the last batch derived without the count ever falling
		// below it between two reads: one view per read checks that batch.
		return true, s.checkCommits(ctx, c, s.nextBatch-1, s.nextBatch)
	}
	if err := s.sweep(ctx, c, s.nextBatch); err != nil {
		return false, err
	}
	s.logger().Info("L1 holds the batches the executor derived again", "to", s.nextBatch-1)
	s.rewound = false
	return true, nil
}

// sweep checks the batches below to that were not checked since L1's count last fell
// (checkCommits), and records them as checked.
func (s *L1Source) sweep(ctx context.Context, c derive.Counts, to uint64) error {
	if err := s.checkCommits(ctx, c, s.checked, to); err != nil {
		return err
	}
	s.checked = max(s.checked, to)
	return nil
}

func (s *L1Source) logger() log.Logger {
	if s.Log == nil {
		return log.NewLogger(log.DiscardHandler())
	}
	return s.Log
}
