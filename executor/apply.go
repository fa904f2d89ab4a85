package executor

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ApplyBlock applies b, which must be the next block, and persists the result. The follow loop
// calls it; call it directly only on an Executor that was not started.
//
// Both paths apply the block to a snapshot of the head state and end in commit, which writes
// the result in one synced batch and only then makes it the head: a block that fails, or is
// abandoned, leaves nothing behind.
func (e *Executor) ApplyBlock(ctx context.Context, b *api.Block) error {
	start := time.Now()
	n := uint64(b.Number)
	if n != e.next {
		return fmt.Errorf("executor: got block %d, the next block is %d", n, e.next)
	}
	if ws, ok := e.src.(WholeBatchSource); ok {
		if wb, ok := ws.WholeBatch(n); ok {
			return e.applyWholeBatch(ctx, start, b, wb)
		}
	}
	return e.applySequencerBlock(ctx, start, b)
}

// applySequencerBlock applies an ordinary block, its one-block payload, with the chain
// machine's block path (stf.ApplyBlock) and the parallel runner.
func (e *Executor) applySequencerBlock(ctx context.Context, start time.Time, b *api.Block) error {
	n := uint64(b.Number)
	p, err := decodePayload(b)
	if err != nil {
		return err
	}
	work, g, oracle, sealed, err := e.begin(b, uint64(b.Batch))
	if err != nil {
		return err
	}
	jobs := e.run.Prepare(ctx, work, p.Msgs)
	_, err = stf.ApplyBlock(ctx, e.chain.Cfg, oracle, work, p.Blocks[0], p.Msgs, jobs)
	jobs.Close()
	if err != nil {
		return fmt.Errorf("executor: block %d: %w", n, err)
	}
	root := work.Root()
	statuses, err := e.messages(work, g.Messages, n, root, p.Msgs, b.Hashes)
	if err != nil {
		return fmt.Errorf("executor: block %d: %w", n, err)
	}
	err = e.commit(start, &blockWrite{number: n, batch: uint64(b.Batch), state: work, root: root, hash: b.Hash,
		outputs: jobs.Outputs(), messages: statuses, sealed: sealed})
	if err != nil {
		return err
	}
	prerun, hits, inline := jobs.Stats()
	executed := e.observeJobs(p.Blocks[0].Timestamp, statuses, hits)
	e.log.Info("Block applied", "block", n, "messages", len(p.Msgs), "jobs", executed, "parallel", hits,
		"inline", inline, "prerun", prerun, "root", root, "elapsed", time.Since(start))
	return nil
}

// applyWholeBatch applies a block that stands for a whole L1 batch (a forced inclusion, or a
// payload the chain rejects) with the chain machine's batch path, which ends by counting the
// batch, and persists the result like a block's. Its messages, if any, get no status and its
// jobs no output: the chain skips them with the payload.
func (e *Executor) applyWholeBatch(ctx context.Context, start time.Time, b *api.Block, wb *stf.Batch) error {
	n := uint64(b.Number)
	work, _, oracle, sealed, err := e.begin(b, wb.Number)
	if err != nil {
		return err
	}
	oracle.Batches = map[uint64]*stf.Batch{wb.Number: wb}
	st, err := stf.ApplyBatch(ctx, e.chain.Cfg, oracle, work, e.run.inline)
	if err != nil {
		return fmt.Errorf("executor: block %d (batch %d): %w", n, wb.Number, err)
	}
	root := work.Root()
	cp, err := newCheckpoint(work)
	if err != nil {
		return fmt.Errorf("executor: block %d (batch %d): %w", n, wb.Number, err)
	}
	if err := e.commit(start, &blockWrite{number: n, batch: wb.Number, state: work, root: root, hash: b.Hash, sealed: append(sealed, cp)}); err != nil {
		return err
	}
	e.log.Warn("Whole batch applied: a forced inclusion or a rejected payload", "block", n, "batch", wb.Number,
		"forced", len(wb.BlobHashes) == 0, "rejected", st.Regs.Flags&stf.FlagRejected != 0, "delayed", uint64(b.Delayed), "root", root)
	return nil
}

// decodePayload decodes b's payload strictly; it must be the block's one-block batch.
func decodePayload(b *api.Block) (*batch.Batch, error) {
	n := uint64(b.Number)
	p, err := batch.Decode(b.Payload)
	if err != nil {
		return nil, fmt.Errorf("executor: block %d: %w", n, err)
	}
	if len(p.Blocks) != 1 || p.Number != n || p.Blocks[0].Timestamp != uint64(b.Timestamp) || p.Blocks[0].Delayed != uint64(b.Delayed) {
		return nil, fmt.Errorf("executor: block %d: the payload is not the block's one-block batch (number %d, %d blocks)", n, p.Number, len(p.Blocks))
	}
	return p, nil
}

// begin readies a snapshot of the head state for block b of batch bn (enterBatch) and builds
// the block's delayed-message oracle. It returns the snapshot, the globals the block starts
// from, the oracle, and the checkpoint of the batch the block seals, if it starts a new one.
func (e *Executor) begin(b *api.Block, bn uint64) (*memory.Memory, layout.Globals, *stf.MapOracle, []*checkpoint, error) {
	n := uint64(b.Number)
	work := e.state.Snapshot()
	g, sealed, err := enterBatch(work, n, bn)
	if err != nil {
		return nil, g, nil, nil, err
	}
	var cps []*checkpoint
	if sealed {
		cp, err := newCheckpoint(work)
		if err != nil {
			return nil, g, nil, nil, fmt.Errorf("executor: block %d: %w", n, err)
		}
		cps = append(cps, cp)
	}
	oracle, err := delayedOracle(n, g, b)
	if err != nil {
		return nil, g, nil, nil, err
	}
	return work, g, oracle, cps, nil
}

// commit is the one persistence step of both paths: it writes w, a block applied to a snapshot
// of the head state, to the database (store.writeBlock), then makes it the head.
func (e *Executor) commit(start time.Time, w *blockWrite) error {
	if err := e.db.writeBlock(e.state, w); err != nil {
		return fmt.Errorf("executor: block %d: persist: %w", w.number, err)
	}
	e.state, e.next, e.prevHash = w.state, w.number+1, w.hash
	e.publish(true, w.number, w.root)
	e.m.blocks.Inc()
	e.m.blockTime.Observe(time.Since(start).Seconds())
	return nil
}

// observeJobs records the job metrics of a persisted block with timestamp ts: hits results
// from the parallel pre-run, and each executed job's status and latency. It returns the number
// of executed jobs.
func (e *Executor) observeJobs(ts uint64, statuses []status, hits int) int {
	e.m.prerunHits.Add(float64(hits))
	t := time.Unix(int64(ts), 0)
	executed := 0
	for _, s := range statuses {
		if s.finished != "" {
			executed++
			e.m.jobs.WithLabelValues(s.finished).Inc()
			e.m.latency.Observe(time.Since(t).Seconds())
		}
	}
	return executed
}

// enterBatch readies work, the state after block n−1, for block n of batch b: the first block of
// the next batch seals the previous one (the END step counts it), and any other batch number is
// out of order. It returns the globals block n starts from and whether it sealed a batch.
func enterBatch(work *memory.Memory, n, b uint64) (layout.Globals, bool, error) {
	g, err := stf.ReadGlobals(work)
	if err != nil {
		return g, false, fmt.Errorf("executor: block %d: %w", n, err)
	}
	sealed := false
	if b == g.Batches+1 && n > 0 {
		stf.SealBatch(work)
		g.Batches++
		sealed = true
	}
	if b != g.Batches {
		return g, false, fmt.Errorf("executor: block %d is in batch %d, the state is in batch %d", n, b, g.Batches)
	}
	return g, sealed, nil
}

// delayedOracle is the chain machine's oracle for block n, which starts from globals g: the
// delayed messages the block carries, from the state's count up to the block's.
func delayedOracle(n uint64, g layout.Globals, b *api.Block) (*stf.MapOracle, error) {
	to := uint64(b.Delayed)
	if to < g.Delayed || to-g.Delayed != uint64(len(b.DelayedMessages)) {
		return nil, fmt.Errorf("executor: block %d consumes delayed messages %d to %d but carries %d", n, g.Delayed, to, len(b.DelayedMessages))
	}
	o := &stf.MapOracle{Msgs: make([][]byte, to)}
	for i, m := range b.DelayedMessages {
		o.Msgs[g.Delayed+uint64(i)] = m
	}
	return o, nil
}

// status is a message's status after its block, and for an applied job its final status.
type status struct {
	job      api.Job
	finished string // "halted" or "faulted" for an executed job, else ""
}

// messages builds the status of each message of block n from its receipt (receipts first..).
func (e *Executor) messages(mem *memory.Memory, first, n uint64, root common.Hash, msgs []batch.Message, hashes []common.Hash) ([]status, error) {
	out := make([]status, len(msgs))
	for i := range msgs {
		m := &msgs[i]
		rc, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(first + uint64(i))))
		if err != nil {
			return nil, fmt.Errorf("receipt of message %d: %w", i, err)
		}
		h, ok := e.digest(m)
		if len(hashes) == len(msgs) {
			if !ok {
				h, ok = hashes[i], true
			} else if h != hashes[i] {
				e.log.Warn("The sequencer names a message by another hash", "block", n, "index", i, "sequencer", hashes[i], "executor", h)
			}
		}
		if !ok {
			continue // no hash names it: compute_getJob cannot be asked about it
		}
		block, index := hexutil.Uint64(n), hexutil.Uint64(i)
		s := status{job: api.Job{Hash: h, Kind: msg.Kind(m.Kind), Account: hexutil.Uint64(m.Account), Status: api.StatusExecuted,
			Block: &block, Index: &index, Receipt: &api.Receipt{Skip: rc.Skip.String(), Index: hexutil.Uint64(rc.Index)}, StateRoot: &root}}
		if msg.Kind(m.Kind) == msg.KindJob && rc.Skip == layout.Applied {
			j := hexutil.Uint64(rc.Index)
			s.job.JobIndex = &j
			a := layout.JobAddr(rc.Index)
			rec, err := layout.DecodeJob([2]layout.Leaf{mem.ReadLeaf(a), mem.ReadLeaf(a + 32)})
			if err != nil {
				return nil, fmt.Errorf("record of job %d: %w", rc.Index, err)
			}
			s.finished = jobStatus(rec.Status)
		}
		out[i] = s
	}
	// Drop the messages no hash names.
	kept := out[:0]
	for _, s := range out {
		if s.job.Block != nil {
			kept = append(kept, s)
		}
	}
	return kept, nil
}

// digest is the message's hash (batch.Message.Hash), which names it in compute_getJob.
func (e *Executor) digest(m *batch.Message) (common.Hash, bool) { return m.Hash(), true }

func jobStatus(s layout.JobStatus) string {
	switch s {
	case layout.JobHalted:
		return "halted"
	case layout.JobFaulted:
		return "faulted"
	}
	return ""
}
