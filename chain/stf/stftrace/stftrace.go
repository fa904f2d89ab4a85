// Package stftrace answers "what is the chain machine's state after i steps?" for any i of one
// batch transition — from stf.New at a state root to status DONE — without stepping from 0. It
// is the chain-level counterpart of fraudvm/trace, which it uses for the inside of each job: a
// challenger bisects over a batch's steps, and the step it ends at may be a chain step (LOAD,
// MSG_AUTH, …) or a step deep inside a job of 2^32 steps.
//
// How: Prepare runs the batch the way stf.ApplyBatch does (chain phases stepped without proofs,
// LOAD words written in bulk, jobs run with whole instructions) and keeps checkpoints — the
// chain state and an O(1) copy-on-write snapshot of memory — at step 0, every Spacing chain steps
// outside jobs, at each job's start and end, and at DONE. A query at a chain step restores the
// nearest checkpoint at or before it (stf.Resume) and steps forward without proofs, LOAD words
// in bulk, so it never steps more than Spacing chain steps; WitnessAt then takes one proving
// step. A query strictly inside a job goes to that job's fraudvm/trace Provider, built from the
// job-start checkpoint the first time a query lands in the job (or in Prepare with EagerJobs):
// during JOB_RUN the chain registers differ from the job start's only in the step counter, and a
// JOB_RUN step's witness is the job machine's witness under the chain state.
//
// It implements docs/spec/chain.md §9 (execution paths: the trace provider).
package stftrace

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/vm"
)

// DefaultSpacing is the default number of chain steps between checkpoints outside jobs.
const DefaultSpacing = 1024

// Options tune a Provider.
type Options struct {
	// Spacing is the number of chain steps (outside jobs) after which a checkpoint is kept, and
	// so the most a query steps (0: DefaultSpacing).
	Spacing uint64
	// JobSpacing is the job providers' checkpoint spacing (trace.Options.Spacing; 0: its default).
	JobSpacing uint64
	// Backend runs jobs' whole instructions (nil: bulk.NewCPU(0)).
	Backend vm.Backend
	// EagerJobs builds every job's trace provider in Prepare (one more bulk run of each job)
	// instead of on the first query inside the job.
	EagerJobs bool
	// Progress, if set, is called during preparation with the chain step index reached.
	Progress vm.Progress
}

// checkpoint is a chain state and the memory its root commits to.
type checkpoint struct {
	st  stf.State      // MemRoot up to date
	mem *memory.Memory // never written: queries work on snapshots of it
}

// Job is where one job's steps lie in the batch trace: the state at Start is the job's START
// (phase JOB_RUN, job step 0), the state at End is JOB_FINISH after its last step.
type Job struct {
	Start, End uint64
}

type job struct {
	Job
	ckpt int             // the checkpoint at Start
	prov *trace.Provider // built on demand
}

var _ trace.TraceProvider[stf.State, *stf.Witness] = (*Provider)(nil)

// Provider serves states and witnesses of one batch transition. Queries may be made from
// several goroutines; they are served one at a time.
type Provider struct {
	cfg     stf.Config
	oracle  stf.Oracle
	backend vm.Backend
	opts    Options

	mu    sync.Mutex // checkpoints' memories are snapshotted by queries (see memory: Snapshot)
	ckpts []checkpoint
	jobs  []*job
	final stf.State
}

// Prepare runs the batch that the globals in pre name (pre is a state root; it is not modified)
// to DONE and keeps what queries need.
func Prepare(ctx context.Context, cfg stf.Config, oracle stf.Oracle, pre *memory.Memory, opts Options) (*Provider, error) {
	if opts.Spacing == 0 {
		opts.Spacing = DefaultSpacing
	}
	p := &Provider{cfg: cfg, oracle: oracle, backend: opts.Backend, opts: opts}
	if p.backend == nil {
		p.backend = bulk.NewCPU(0)
	}
	pre.Root()
	m := stf.New(cfg, oracle, pre.Snapshot())
	p.keep(m)
	var since uint64 // chain steps since the latest checkpoint
	for n := 0; !m.Done(); n++ {
		if n&0x3FF == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		before := m.Regs().Step
		switch m.Regs().Phase {
		case stf.PhaseLoad:
			if err := m.LoadWords(opts.Spacing - since); err != nil {
				return nil, fmt.Errorf("stftrace: step %d: %w", before, err)
			}
		case stf.PhaseJobRun:
			p.keep(m)
			j := &job{Job: Job{Start: before}, ckpt: len(p.ckpts) - 1}
			if err := m.RunJob(ctx, p.backend, opts.Progress); err != nil {
				return nil, fmt.Errorf("stftrace: step %d: %w", before, err)
			}
			j.End = m.Regs().Step
			p.jobs = append(p.jobs, j)
			p.keep(m)
			since = 0
			if opts.EagerJobs {
				if _, err := p.jobProvider(ctx, j); err != nil {
					return nil, err
				}
			}
			continue
		default:
			if _, err := m.Step(false); err != nil {
				return nil, fmt.Errorf("stftrace: step %d: %w", before, err)
			}
		}
		if since += m.Regs().Step - before; since >= opts.Spacing {
			p.keep(m)
			since = 0
		}
		if opts.Progress != nil {
			opts.Progress(m.Regs().Step)
		}
	}
	p.keep(m)
	p.final = p.ckpts[len(p.ckpts)-1].st
	return p, nil
}

// keep adds a checkpoint at m's state (unless the latest one is at the same step).
func (p *Provider) keep(m *stf.Machine) {
	if n := len(p.ckpts); n > 0 && p.ckpts[n-1].st.Regs.Step == m.Regs().Step {
		return
	}
	// State hashes the memory first: a snapshot shares only clean hashes, and a dirty subtree
	// would otherwise be rehashed by every query that starts here.
	st := m.State()
	p.ckpts = append(p.ckpts, checkpoint{st: st, mem: m.Memory().Snapshot()})
}

// Steps is the trace length: the number of steps until the batch is applied. States at indices
// ≥ Steps are the final state (a step of a done machine changes nothing).
func (p *Provider) Steps() uint64 { return p.final.Regs.Step }

// Final is the state after the batch (status DONE); its root is the new state root.
func (p *Provider) Final() stf.State { return p.final }

// Checkpoints is the number of chain checkpoints kept.
func (p *Provider) Checkpoints() int { return len(p.ckpts) }

// Jobs lists where the batch's jobs lie in the trace, in order.
func (p *Provider) Jobs() []Job {
	out := make([]Job, len(p.jobs))
	for k, j := range p.jobs {
		out[k] = j.Job
	}
	return out
}

// StateAt returns the state after i steps (before step i).
func (p *Provider) StateAt(ctx context.Context, i uint64) (stf.State, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if j := p.jobAt(i); j != nil {
		jp, err := p.jobProvider(ctx, j)
		if err != nil {
			return stf.State{}, err
		}
		js, err := jp.StateAt(ctx, i-j.Start)
		if err != nil {
			return stf.State{}, fmt.Errorf("stftrace: step %d (job step %d): %w", i, i-j.Start, err)
		}
		return p.jobState(j, i, js)
	}
	m, err := p.machineAt(ctx, i)
	if err != nil {
		return stf.State{}, err
	}
	return m.State(), nil
}

// HashAt returns the state hash after i steps.
func (p *Provider) HashAt(ctx context.Context, i uint64) (common.Hash, error) {
	s, err := p.StateAt(ctx, i)
	if err != nil {
		return common.Hash{}, err
	}
	return s.Hash(), nil
}

// WitnessAt returns the witness of step i: the proof, for a verifier holding HashAt(i), that
// the step leads to HashAt(i+1).
func (p *Provider) WitnessAt(ctx context.Context, i uint64) (*stf.Witness, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if j := p.jobAt(i); j != nil {
		jp, err := p.jobProvider(ctx, j)
		if err != nil {
			return nil, err
		}
		jw, err := jp.WitnessAt(ctx, i-j.Start)
		if err != nil {
			return nil, fmt.Errorf("stftrace: step %d (job step %d): %w", i, i-j.Start, err)
		}
		js, err := vm.DecodeState(jw.State[:])
		if err != nil {
			return nil, fmt.Errorf("stftrace: step %d: job witness: %w", i, err)
		}
		st, err := p.jobState(j, i, js)
		if err != nil {
			return nil, err
		}
		// What stf.Machine.Step(true) records for a JOB_RUN step.
		return &stf.Witness{State: st.Encode(), Job: jw}, nil
	}
	m, err := p.machineAt(ctx, i)
	if err != nil {
		return nil, err
	}
	w, err := m.Step(true)
	if err != nil {
		return nil, fmt.Errorf("stftrace: step %d: %w", i, err)
	}
	return w, nil
}

// jobAt returns the job that step index i is strictly inside of (Start < i < End), or nil.
func (p *Provider) jobAt(i uint64) *job {
	k := sort.Search(len(p.jobs), func(k int) bool { return p.jobs[k].End > i })
	if k < len(p.jobs) && p.jobs[k].Start < i {
		return p.jobs[k]
	}
	return nil
}

// jobProvider returns j's trace provider, building it from the job-start checkpoint the first
// time. The caller holds p.mu (or is Prepare).
func (p *Provider) jobProvider(ctx context.Context, j *job) (*trace.Provider, error) {
	if j.prov != nil {
		return j.prov, nil
	}
	ck := p.ckpts[j.ckpt]
	tp, err := trace.Prepare(ctx, ck.mem, p.backend, trace.Options{Spacing: p.opts.JobSpacing, Start: ck.st.Job})
	if err != nil {
		return nil, fmt.Errorf("stftrace: job at step %d: %w", j.Start, err)
	}
	if tp.Steps() != j.End-j.Start {
		return nil, fmt.Errorf("stftrace: job at step %d: its trace has %d steps, the batch run %d", j.Start, tp.Steps(), j.End-j.Start)
	}
	j.prov = tp
	return tp, nil
}

// jobState is the chain state at step i inside job j, whose machine is in state js there.
func (p *Provider) jobState(j *job, i uint64, js vm.State) (stf.State, error) {
	if js.Halted() {
		return stf.State{}, fmt.Errorf("stftrace: step %d: the job halted before its end (%d)", i, j.End)
	}
	r := p.ckpts[j.ckpt].st.Regs
	r.Step = i
	return stf.State{Regs: r, Job: js}, nil
}

// machineAt returns a machine after i steps (not strictly inside a job), on memory of its own:
// the nearest checkpoint at or before i, stepped forward.
func (p *Provider) machineAt(ctx context.Context, i uint64) (*stf.Machine, error) {
	i = min(i, p.Steps())
	k := sort.Search(len(p.ckpts), func(k int) bool { return p.ckpts[k].st.Regs.Step > i }) - 1
	ck := p.ckpts[k]
	m := stf.Resume(p.cfg, p.oracle, ck.st, ck.mem.Snapshot())
	for n := 0; m.Regs().Step < i; n++ {
		if n&0x3FF == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		r := m.Regs()
		var err error
		switch r.Phase {
		case stf.PhaseLoad:
			err = m.LoadWords(i - r.Step)
		case stf.PhaseJobRun:
			// Every job's start and end are checkpoints, and steps inside go to its provider.
			err = fmt.Errorf("stftrace: stepping from the checkpoint at %d to %d enters a job at %d", ck.st.Regs.Step, i, r.Step)
		default:
			_, err = m.Step(false)
		}
		if err != nil {
			return nil, fmt.Errorf("stftrace: step %d: %w", r.Step, err)
		}
	}
	return m, nil
}
