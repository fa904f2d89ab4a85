package derive

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/contracts/bindings"
)

// Batch is one batch of the chain as L1 recorded it.
type Batch struct {
	Number     uint64
	L1Block    uint64        // the block whose transaction appended the batch
	L1Time     uint64        // that block's timestamp (Inbox.batchTime)
	TxHash     common.Hash   // the addBatch or forceInclude transaction
	BlobHashes []common.Hash // versioned hashes in blob order; nil for a forced batch
	// PayloadLength, DelayedCount and DelayedAcc are the BatchAdded fields: the payload's length,
	// the running total of delayed messages consumed once the batch is applied, and the
	// accumulator after them. Together with Number and BlobHashes they hash to the commitment.
	PayloadLength uint32
	DelayedCount  uint64
	DelayedAcc    common.Hash
	// Blobs are the batch's blobs as L1 holds them (nil for a forced batch): what the chain
	// machine loads, non-canonical elements included (see Machine).
	Blobs []kzg4844.Blob
	// Payload is the unpacked payload, nil for a forced batch or blobs that do not unpack.
	Payload []byte
	// Decoded is the payload as a chain/batch.Batch. It is nil for a forced (zero-blob) batch,
	// which consumes delayed messages and nothing else, and whenever Err is set.
	Decoded *batch.Batch
	// Err is set when the payload is invalid: the blobs do not unpack (wraps a chain/blob
	// error), the bytes are not a batch (wraps batch.ErrInvalid), or the header names another
	// number or delayed count (wraps ErrHeaderMismatch). Such a batch is still part of the
	// chain: its delayed messages are consumed and its messages skipped.
	Err error
}

// Machine returns the batch as the chain machine's oracle gives it (chain/stf). The machine,
// not Decoded or Err, decides what an invalid payload means: it is the state transition.
func (b *Batch) Machine() *stf.Batch {
	return &stf.Batch{Number: b.Number, PayloadLength: b.PayloadLength, DelayedCount: b.DelayedCount, DelayedAcc: b.DelayedAcc,
		BlobHashes: b.BlobHashes, Blobs: b.Blobs}
}

// Forced reports whether the batch was appended by forceInclude: no blobs, only delayed messages.
func (b *Batch) Forced() bool { return len(b.BlobHashes) == 0 }

// RunOfBlocks reports whether the batch is a run of sequencer blocks that the chain machine's
// block path (stf.ApplyBlock, block by block) applies exactly as its batch path would: not
// forced, a payload that decodes, and blocks whose delayed counts rise from prev (the previous
// batch's) to the batch's own. Any other batch is applied whole (stf.ApplyBatch).
func (b *Batch) RunOfBlocks(prev uint64) bool {
	if b.Forced() || b.Decoded == nil {
		return false
	}
	d := prev
	for _, blk := range b.Decoded.Blocks {
		if blk.Delayed < d || blk.Delayed > b.Decoded.Delayed {
			return false
		}
		d = blk.Delayed
	}
	return d == b.Decoded.Delayed
}

// Batches returns the batches from number from on that L1 holds at block toBlock, in order, at
// most Config.MaxBatches of them (call again from the next number to continue). It returns none
// if batch from is not on L1 at toBlock. toBlock should be final (or the caller must handle
// reorgs): derivation reads one chain as of toBlock and fails rather than mix two.
func (s *Source) Batches(ctx context.Context, from uint64, toBlock uint64) ([]Batch, error) {
	head, err := s.header(ctx, new(big.Int).SetUint64(toBlock))
	if err != nil {
		return nil, err
	}
	count, err := inboxView(ctx, s, head, "batchCount()", s.inboxABI.PackBatchCount(), s.inboxABI.UnpackBatchCount)
	if err != nil || from >= count {
		return nil, err
	}
	end := count // one past the last batch to return
	if uint64(s.maxBatches) < end-from {
		end = from + uint64(s.maxBatches)
	}
	t, err := inboxView(ctx, s, head, fmt.Sprintf("batchTime(%d)", from), s.inboxABI.PackBatchTime(from), s.inboxABI.UnpackBatchTime)
	if err != nil {
		return nil, err
	}
	start, err := s.blockAtTime(ctx, t, head)
	if err != nil {
		return nil, fmt.Errorf("derive: block of batch %d: %w", from, err)
	}

	// The events, checked for order: the Inbox numbers batches 0, 1, 2, … and start is batch
	// from's block, where earlier batches of the same block are skipped.
	events := make([]*bindings.InboxBatchAdded, 0, end-from)
	q := ethereum.FilterQuery{Addresses: []common.Address{s.inbox}, Topics: [][]common.Hash{{s.topics.batchAdded}}}
	err = s.scanLogs(ctx, q, start, toBlock, func(l *types.Log) (bool, error) {
		if l.Address != s.inbox {
			return false, fmt.Errorf("%w: BatchAdded from %s, not the Inbox", ErrBadLog, l.Address)
		}
		ev, err := s.inboxABI.UnpackBatchAddedEvent(l)
		if err != nil {
			return false, fmt.Errorf("%w: BatchAdded in tx %s: %v", ErrBadLog, l.TxHash, err)
		}
		next := from + uint64(len(events))
		switch {
		case ev.Number < from && len(events) == 0:
			return false, nil
		case ev.Number != next:
			return false, fmt.Errorf("%w: batch %d (block %d) where batch %d was due", ErrGap, ev.Number, l.BlockNumber, next)
		}
		events = append(events, ev)
		return next+1 == end, nil
	})
	if err != nil {
		return nil, err
	}
	if got := from + uint64(len(events)); got != end {
		return nil, fmt.Errorf("%w: logs up to block %d hold batches %d to %d, the Inbox has %d", ErrGap, toBlock, from, got, count)
	}

	headers := &blockHeaders{s: s, cache: make(map[common.Hash]*types.Header)}
	out := make([]Batch, len(events))
	for i, ev := range events {
		if err := s.deriveBatch(ctx, head, headers, ev, &out[i]); err != nil {
			return nil, err
		}
	}
	s.log.Debug("Derived batches", "from", from, "to", end-1, "to_block", toBlock)
	return out, nil
}

// deriveBatch checks one BatchAdded event against the Inbox's commitment and fills b with the
// batch, fetching and decoding its payload.
func (s *Source) deriveBatch(ctx context.Context, at *types.Header, headers *blockHeaders, ev *bindings.InboxBatchAdded, b *Batch) error {
	*b = Batch{
		Number:        ev.Number,
		L1Block:       ev.Raw.BlockNumber,
		TxHash:        ev.Raw.TxHash,
		PayloadLength: ev.PayloadLength,
		DelayedCount:  ev.DelayedCount,
		DelayedAcc:    ev.DelayedAcc,
	}
	for _, h := range ev.BlobHashes { // nil for a forced batch
		b.BlobHashes = append(b.BlobHashes, h)
	}
	if len(b.BlobHashes) > blob.MaxBlobsPerBatch || (len(b.BlobHashes) == 0) != (b.PayloadLength == 0) {
		return fmt.Errorf("%w: batch %d has %d blobs for a payload of %d bytes", ErrBadLog, b.Number, len(b.BlobHashes), b.PayloadLength)
	}
	stored, err := inboxView(ctx, s, at, fmt.Sprintf("batchCommitment(%d)", b.Number), s.inboxABI.PackBatchCommitment(b.Number), s.inboxABI.UnpackBatchCommitment)
	if err != nil {
		return err
	}
	if got := l1data.BatchCommitment(b.Number, b.PayloadLength, b.DelayedCount, b.DelayedAcc, b.BlobHashes); got != stored {
		return fmt.Errorf("%w: batch %d: event (tx %s) hashes to %s, the Inbox stores %s", ErrCommitmentMismatch, b.Number, b.TxHash, got, common.Hash(stored))
	}
	h, err := headers.of(ctx, ev.Raw)
	if err != nil {
		return err
	}
	b.L1Time = h.Time
	if b.Forced() {
		return nil
	}

	fetched, err := s.blobs.GetBlobsByHash(ctx, b.L1Time, b.BlobHashes)
	if err != nil {
		return fmt.Errorf("derive: blobs of batch %d (block %d): %w", b.Number, b.L1Block, err)
	}
	if len(fetched) != len(b.BlobHashes) {
		return fmt.Errorf("derive: blobs of batch %d: got %d, want %d", b.Number, len(fetched), len(b.BlobHashes))
	}
	blobs := make([]kzg4844.Blob, len(fetched))
	for i, f := range fetched {
		if f == nil {
			return fmt.Errorf("derive: blobs of batch %d: blob %d missing", b.Number, i)
		}
		blobs[i] = kzg4844.Blob(*f)
	}
	// From here on a failure is the batch's, not derivation's: the blobs are the committed ones.
	b.Blobs = blobs
	payload, err := blob.UnpackN(blobs, int(b.PayloadLength))
	if err != nil {
		b.Err = fmt.Errorf("batch %d: %w", b.Number, err)
		return nil
	}
	b.Payload = payload
	dec, err := batch.Decode(payload)
	switch {
	case err != nil:
		b.Err = fmt.Errorf("batch %d: %w", b.Number, err)
	case dec.Number != b.Number || dec.Delayed != b.DelayedCount:
		b.Err = fmt.Errorf("%w: batch %d with delayed count %d says number %d, delayed count %d",
			ErrHeaderMismatch, b.Number, b.DelayedCount, dec.Number, dec.Delayed)
	default:
		b.Decoded = dec
	}
	return nil
}
