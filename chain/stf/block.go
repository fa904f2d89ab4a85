package stf

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// ApplyBlock applies one sequencer block to mem, which must be at a block boundary: the delayed
// messages up to blk.Delayed, then msgs, exactly as the machine applies that block inside
// whichever batch carries it (its fees are paid at its BLOCK_END). The batch region is then
// cleared, as at a batch's END, but the batch counter does not move: SealBatch does that once
// the batch that carries the block is known. Hence for any batch whose payload is accepted and
// whose delayed count is its last block's (what a batcher posts),
//
//	ApplyBlock(block 0) … ApplyBlock(block k−1), SealBatch  ≡  ApplyBatch
//
// on memory and on the state root, which is what lets an executor that follows the sequencer
// give a root after every block (a soft confirmation) and still agree with an executor that
// derives the chain from L1 (docs/spec/chain.md §9). oracle supplies the delayed messages.
//
// The returned registers are those of the machine at the block's end; their step counter is
// not a trace index (the block was not loaded word by word).
func ApplyBlock(ctx context.Context, cfg Config, oracle Oracle, mem *memory.Memory, blk batch.Block, msgs []batch.Message, jobs Jobs) (Regs, error) {
	return applyBlock(ctx, cfg, oracle, mem, blk, msgs, jobs, defaultAuthWorkers(), nil)
}

// ApplyBlockRecovered is ApplyBlock with the messages' authentications already computed by the
// caller: rec[i] must be what Authenticate(cfg.Domain.Separator(), msgs[i]'s kind and body)
// returns (nil: not known; the machine recovers it). The sequencer's admission uses it, having
// recovered the signer before taking its lock.
func ApplyBlockRecovered(ctx context.Context, cfg Config, oracle Oracle, mem *memory.Memory, blk batch.Block, msgs []batch.Message, jobs Jobs, rec []*Recovered) (Regs, error) {
	return applyBlock(ctx, cfg, oracle, mem, blk, msgs, jobs, 0, rec)
}

// applyBlock is ApplyBlock taking the recoveries in rec, or, without rec, recovering the
// messages' signers on authWorkers goroutines while the machine runs (none, or a single
// message: the machine recovers each in its message check, as stepping does).
func applyBlock(ctx context.Context, cfg Config, oracle Oracle, mem *memory.Memory, blk batch.Block, msgs []batch.Message, jobs Jobs, authWorkers int, rec []*Recovered) (Regs, error) {
	g, err := ReadGlobals(mem)
	if err != nil {
		return Regs{}, fmt.Errorf("stf: apply block: %w", err)
	}
	blk.Messages = uint32(len(msgs))
	payload, err := (&batch.Batch{Number: g.Batches, Delayed: blk.Delayed, Blocks: []batch.Block{blk}, Msgs: msgs}).Encode()
	if err != nil {
		return Regs{}, fmt.Errorf("stf: apply block: %w", err)
	}
	mem.Write(layout.BatchBase, payload)
	m := Resume(cfg, oracle, State{Regs: Regs{Phase: PhaseHeader, Batch: g.Batches, PayloadLength: uint32(len(payload)),
		DelayedTarget: blk.Delayed, StepPrice: g.StepPrice, BytePrice: g.BytePrice, FlatPrice: g.FlatPrice,
		HeapPrice: g.HeapPrice}}, mem)
	switch {
	case rec != nil:
		m.signers = settledSigners(msgs, rec)
	case len(msgs) > 1:
		if m.signers = startSigners(ctx, m.sep, msgs, authWorkers); m.signers != nil {
			defer m.signers.close()
		}
	}
	for n := 0; m.r.Phase != PhaseEnd; n++ {
		if n&0x3FF == 0 {
			if err := ctx.Err(); err != nil {
				return Regs{}, err
			}
		}
		if m.r.Phase == PhaseJobRun {
			before := m.job.Registers()
			st, err := jobs.Run(ctx, m.r.Index, mem, before)
			if err != nil {
				return Regs{}, fmt.Errorf("stf: job %d: %w", m.r.Index, err)
			}
			m.r.Step += st.Step - before.Step
			m.job = vm.New(st, mem)
			m.r.Phase = PhaseJobFinish
			continue
		}
		if _, err := m.Step(false); err != nil {
			return Regs{}, err
		}
	}
	if m.r.Flags&FlagRejected != 0 {
		return Regs{}, fmt.Errorf("stf: apply block: the machine rejected the block's payload (a bug: it was encoded here)")
	}
	mem.Zero(layout.BatchBase, batchHeight)
	return m.r, nil
}

// Jobs runs jobs for ApplyBlock. Run gets a job at the START of the JOB_RUN phase — its program
// and input grafted into mem's scratch, st its job state — and returns the job's final state,
// leaving mem as stepping the job to its end would (docs/spec/chain.md §9). index is the job's
// index (its record).
type Jobs interface {
	Run(ctx context.Context, index uint64, mem *memory.Memory, st vm.State) (vm.State, error)
}

// Bulk runs every job with whole instructions on a backend (vm.RunBulk).
type Bulk struct{ Backend vm.Backend }

// Run implements Jobs.
func (b Bulk) Run(ctx context.Context, _ uint64, mem *memory.Memory, st vm.State) (vm.State, error) {
	v := vm.New(st, mem)
	if err := v.RunBulk(ctx, b.Backend, nil); err != nil {
		return vm.State{}, err
	}
	return v.Registers(), nil
}

// SkipJobs runs no job: ApplyBlock then keeps exact accounts, nonces, programs, withdrawals and
// receipts, but job records stay "reserved" with no output, so the memory root is not the
// chain's. It is the sequencer's accounting mode: admission needs balances, never results.
type SkipJobs struct{}

// Run implements Jobs.
func (SkipJobs) Run(_ context.Context, _ uint64, _ *memory.Memory, st vm.State) (vm.State, error) {
	return st, nil
}

// SealBatch advances the batch counter: what a batch's END adds to the blocks it carries.
func SealBatch(mem *memory.Memory) {
	g0 := mem.ReadLeaf(globalsAddr(0))
	binary.BigEndian.PutUint64(g0[0:], be64(g0[0:])+1)
	mem.WriteLeaf(globalsAddr(0), g0)
}
