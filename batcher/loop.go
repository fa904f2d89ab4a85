package batcher

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/contracts/revert"
)

// loop is the I/O around the plan until ctx ends: it does what the plan asks (read the count,
// send a batch), then waits for a receipt or the poll interval and reports which came.
func (b *Batcher) loop(ctx context.Context) {
	defer close(b.done)
	q := txmgr.NewQueue[uint64](ctx, b.tm, uint64(b.cfg.MaxPending))
	receipts := make(chan txmgr.TxReceipt[uint64], b.cfg.MaxPending)
	send := func(n uint64, c txmgr.TxCandidate) { q.Send(n, c, receipts) }
	p := newPlan(b.cfg.MaxPending)
	var retry retryLog
	var waitSince time.Time // when the first count read found an earlier run's transactions pending
	for {
		err := b.advance(ctx, p, send, &waitSince)
		if ctx.Err() != nil {
			return
		}
		retry.report(b.log, err, b.cfg.PollInterval)
		if err != nil {
			b.health.fail(failStep, err.Error())
		} else {
			b.health.stepOK()
		}
		select {
		case <-ctx.Done():
			return
		case r := <-receipts:
			if ctx.Err() != nil {
				return
			}
			b.settle(ctx, p, r)
		case <-time.After(b.cfg.PollInterval):
			p.idle()
		}
	}
}

// advance does what the plan asks until it says wait, the next batch is not sealed yet, or a
// step fails (the error).
func (b *Batcher) advance(ctx context.Context, p *plan, send func(uint64, txmgr.TxCandidate), waitSince *time.Time) error {
	for ctx.Err() == nil {
		a, n := p.next()
		switch a {
		case actWait:
			return nil
		case actReadCount:
			if settled, err := b.settledEarlierRun(ctx, p, waitSince); err != nil || !settled {
				return err
			}
			count, err := b.inboxCount(ctx)
			if err != nil {
				return err
			}
			ch, was := p.counted(count)
			b.logCount(ch, count, was)
		case actSend:
			f, cand, err := b.prepare(ctx, n)
			if err != nil || f == nil {
				return err
			}
			p.sent(n, f)
			b.log.Info("Posting batch", "batch", n, "blocks", f.p.Blocks, "payload_bytes", f.p.PayloadBytes,
				"blobs", f.p.Blobs, "in_flight", p.pending())
			send(n, *cand)
		}
	}
	return ctx.Err()
}

// settledEarlierRun reports whether the count may be read: not while the batcher's address has
// transactions pending that this process did not send. A run stopped with a batch transaction in
// the mempool leaves it there; read before it is included, the count would name that batch again,
// and its second transaction would fail the Inbox's order check on every one of the transaction
// manager's attempts (30, 2 s apart) until it gives up. So the first count of a run waits for
// them, but at most ResubmitAfter (nobody bumps an earlier run's fees: a transaction stuck that
// long may never be included, and the count is read anyway).
func (b *Batcher) settledEarlierRun(ctx context.Context, p *plan, since *time.Time) (bool, error) {
	if p.started() {
		return true, nil
	}
	from := b.tm.From()
	pending, err := b.l1.PendingNonceAt(ctx, from)
	if err != nil {
		return false, fmt.Errorf("batcher: pending nonce of %s: %w", from, err)
	}
	mined, err := b.l1.NonceAt(ctx, from, nil)
	if err != nil {
		return false, fmt.Errorf("batcher: nonce of %s: %w", from, err)
	}
	if pending <= mined {
		return true, nil
	}
	if since.IsZero() {
		*since = time.Now()
		b.log.Info("Waiting for an earlier run's transactions to settle", "from", from, "pending", pending-mined)
	}
	limit := b.cfg.TxMgr.ResubmitAfter
	if limit <= 0 {
		limit = txmgr.DefaultBatcherFlagValues.ResubmissionTimeout
	}
	if wait := time.Since(*since); wait >= limit {
		b.log.Warn("An earlier run's transactions are still pending, reading the Inbox count anyway", "from", from,
			"pending", pending-mined, "waited", wait.Round(time.Millisecond))
		return true, nil
	}
	return false, nil
}

// logCount logs an Inbox count that is not the one the plan expected.
func (b *Batcher) logCount(ch change, count, expected uint64) {
	switch ch {
	case countFirst:
		b.log.Info("Posting from the Inbox count", "count", count)
	case countBack:
		b.log.Warn("Inbox count went back (L1 reorg), posting the dropped batches again", "count", count, "expected", expected)
	case countAhead:
		b.log.Warn("Inbox holds batches this batcher did not see included", "count", count, "expected", expected)
	}
}

// retryLog logs a failing step at warn level once, then at debug level until one succeeds.
type retryLog struct{ failing bool }

func (r *retryLog) report(lg log.Logger, err error, every time.Duration) {
	switch {
	case err != nil && !r.failing:
		lg.Warn("Cannot post, retrying", "err", err, "every", every)
	case err != nil:
		lg.Debug("Cannot post", "err", err)
	case r.failing:
		lg.Info("Posting again")
	}
	r.failing = err != nil
}

// revertReason replays a reverted batch transaction on its block's parent state and names the
// Inbox's custom error (revert.Decode): "WrongBatchNumber(expected=7, got=6)". The replay can
// pass where an earlier transaction of the same block changed the state; that is said instead.
func (b *Batcher) revertReason(ctx context.Context, rc *types.Receipt) string {
	tx, _, err := b.l1.TransactionByHash(ctx, rc.TxHash)
	if err != nil {
		return fmt.Sprintf("unknown (transaction %s: %v)", rc.TxHash, err)
	}
	msg := ethereum.CallMsg{From: b.tm.From(), To: tx.To(), Gas: tx.Gas(), GasFeeCap: tx.GasFeeCap(), GasTipCap: tx.GasTipCap(),
		Value: tx.Value(), Data: tx.Data(), BlobGasFeeCap: tx.BlobGasFeeCap(), BlobHashes: tx.BlobHashes()}
	parent := new(big.Int).Sub(rc.BlockNumber, big.NewInt(1))
	_, err = b.l1.CallContract(ctx, msg, parent)
	if err == nil {
		return "unknown (the replay on the parent block passes: a transaction before it in its block changed the Inbox)"
	}
	if data, ok := revert.Data(err); ok {
		return revert.Decode(b.inboxABI, data)
	}
	return err.Error()
}

// errorName is the custom error's name in a revertReason, or "unknown": a metric label.
func errorName(reason string) string {
	name, _, ok := strings.Cut(reason, "(")
	if !ok || strings.ContainsAny(name, " ") {
		return "unknown"
	}
	return name
}

// outcomeOf classifies a batch transaction's receipt.
func outcomeOf(r txmgr.TxReceipt[uint64]) outcome {
	switch {
	case r.Err != nil || r.Receipt == nil:
		return failed
	case r.Receipt.Status != types.ReceiptStatusSuccessful:
		return reverted
	}
	return included
}

// settle reports the outcome of batch r.ID's transaction to the plan, and records the batches
// the plan says are on L1.
func (b *Batcher) settle(ctx context.Context, p *plan, r txmgr.TxReceipt[uint64]) {
	o := outcomeOf(r)
	switch o {
	case failed:
		b.health.fail(failTx, fmt.Sprintf("batch %d not posted: %v", r.ID, r.Err))
	case reverted:
		b.health.l1Read(time.Now(), nil)
		reason := b.revertReason(ctx, r.Receipt)
		b.m.reverts.WithLabelValues(errorName(reason)).Inc()
		b.log.Warn("Batch transaction reverted", "batch", r.ID, "tx", r.Receipt.TxHash, "l1_block", r.Receipt.BlockNumber, "error", reason)
		b.health.fail(failTx, fmt.Sprintf("batch %d transaction reverted: %s", r.ID, reason))
	case included:
		b.health.l1Read(time.Now(), nil)
		b.health.progress()
	}
	f, ready := p.settled(r.ID, o)
	if f == nil {
		return
	}
	switch o {
	case failed:
		b.log.Warn("Batch not posted, posting resumes from the Inbox count", "batch", r.ID, "in_flight", p.pending(), "err", r.Err)
	case reverted:
		// Another batch took number r.ID first (a forced inclusion, another batcher, a reorg
		// that re-included an earlier transaction), or the batch before it failed.
		b.log.Warn("Batch transaction reverted, posting resumes from the Inbox count", "batch", r.ID, "tx", r.Receipt.TxHash,
			"l1_block", r.Receipt.BlockNumber, "in_flight", p.pending())
	case included:
		b.complete(ctx, f, r.Receipt)
	}
	for _, f := range ready {
		b.record(&f.p)
	}
}

// complete fills in the Posted of a batch included by rc.
func (b *Batcher) complete(ctx context.Context, f *inflight, rc *types.Receipt) {
	p := &f.p
	p.Tx, p.L1Block, p.GasUsed, p.BlobGasUsed, p.EffectiveGas, p.BlobGasPrice = rc.TxHash, rc.BlockNumber.Uint64(), rc.GasUsed,
		rc.BlobGasUsed, rc.EffectiveGasPrice, rc.BlobGasPrice
	p.SealedToL1 = time.Since(f.sent)
	if h, err := b.l1.HeaderByNumber(ctx, rc.BlockNumber); err == nil {
		p.FirstBlockAge = time.Duration(int64(h.Time)-int64(f.first)) * time.Second
	}
}

// record keeps a batch on L1 and counts it in the metrics.
func (b *Batcher) record(p *Posted) {
	b.mu.Lock()
	b.posted = append(b.posted, *p)
	b.mu.Unlock()
	b.m.record(p)
	b.log.Info("Batch on L1", "batch", p.Number, "tx", p.Tx, "l1_block", p.L1Block, "blobs", p.Blobs,
		"fill", fmt.Sprintf("%.1f%%", 100*p.Fill()), "gas", p.GasUsed, "blob_gas", p.BlobGasUsed, "took", p.SealedToL1.Round(time.Millisecond))
}

// inboxCount reads Inbox.batchCount() at the L1 head: the next batch to post.
func (b *Batcher) inboxCount(ctx context.Context) (uint64, error) {
	out, err := b.l1.CallContract(ctx, ethereum.CallMsg{To: &b.cfg.Inbox, Data: b.inbox.PackBatchCount()}, nil)
	if ctx.Err() == nil {
		b.health.l1Read(time.Now(), err)
	}
	if err != nil {
		return 0, fmt.Errorf("batcher: Inbox batchCount(): %w", err)
	}
	n, err := b.inbox.UnpackBatchCount(out)
	if err != nil {
		return 0, fmt.Errorf("batcher: Inbox batchCount(): %w", err)
	}
	b.m.l1Batches.Set(float64(n))
	return n, nil
}

// prepare builds the transaction of batch n if the sequencer has sealed it (nil if not yet).
func (b *Batcher) prepare(ctx context.Context, n uint64) (*inflight, *txmgr.TxCandidate, error) {
	info, err := b.src.GetBatch(ctx, n)
	if client.NotFound(err) {
		return nil, nil, nil // the sequencer has not reached it
	}
	if err != nil {
		return nil, nil, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	if !info.Sealed || info.Last == nil {
		return nil, nil, nil
	}
	payload, parts, lastHash, err := b.join(ctx, info)
	if err != nil {
		return nil, nil, err
	}
	blobs, err := blob.Pack(payload)
	if err != nil {
		return nil, nil, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	cand := &txmgr.TxCandidate{To: &b.cfg.Inbox, GasLimit: b.cfg.GasLimit,
		TxData: b.inbox.PackAddBatch(n, uint32(len(payload)), uint64(info.Delayed)), Blobs: make([]*eth.Blob, len(blobs))}
	for i := range blobs {
		eb := eth.Blob(blobs[i])
		cand.Blobs[i] = &eb
	}
	b.guard.prepared(cand, n, uint64(*info.Last), lastHash)
	f := &inflight{p: Posted{Number: n, Blocks: len(parts), PayloadBytes: len(payload), Blobs: len(blobs)},
		first: parts[0].Blocks[0].Timestamp, sent: time.Now()}
	for _, pt := range parts {
		f.p.Messages += len(pt.Msgs)
	}
	return f, cand, nil
}

// join fetches the blocks of a sealed batch (at least one) and joins them into its payload. It
// returns the payload, the blocks, and the last block's hash (api.Block.Hash).
func (b *Batcher) join(ctx context.Context, info *api.Batch) ([]byte, []*batch.Batch, common.Hash, error) {
	n := uint64(info.Number)
	var parts []*batch.Batch
	var last common.Hash
	for k := uint64(info.First); k <= uint64(*info.Last); k++ {
		blk, err := b.src.GetBlock(ctx, k)
		if err != nil {
			return nil, nil, last, fmt.Errorf("batcher: batch %d: block %d: %w", n, k, err)
		}
		if uint64(blk.Batch) != n {
			return nil, nil, last, fmt.Errorf("batcher: block %d is in batch %d, not %d", k, blk.Batch, n)
		}
		p, err := batch.Decode(blk.Payload)
		if err != nil {
			return nil, nil, last, fmt.Errorf("batcher: block %d: %w", k, err)
		}
		parts = append(parts, p)
		last = blk.Hash
	}
	if len(parts) == 0 {
		return nil, nil, last, fmt.Errorf("batcher: batch %d has no block (first %d, last %d)", n, info.First, *info.Last)
	}
	joined := batch.Join(n, parts...)
	if joined.Delayed != uint64(info.Delayed) {
		return nil, nil, last, fmt.Errorf("batcher: batch %d: its blocks consume %d delayed messages, the sequencer says %d", n, joined.Delayed, info.Delayed)
	}
	payload, err := joined.Encode()
	if err != nil {
		return nil, nil, last, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	return payload, parts, last, nil
}
