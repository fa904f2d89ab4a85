package executor

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Heights of the scratch subtrees the runner keys, grafts and reads.
const (
	scratchHeight = isa.RegionBits + 2 - isa.LeafBits // all of scratch: 33
	outputHeight  = isa.RegionBits - isa.LeafBits     // the output region: 31
	programHeight = isa.RegionBits - isa.LeafBits     // the largest program the program region holds
)

// MaxOutput bounds the output the executor keeps for one job: the output region's bytes up to
// its last non-zero word. The program validator bounds outputs to 16 MiB by default; a job whose
// output region reaches further (a program that was never validated) still runs and gets its
// output root, but its bytes are not served.
const MaxOutput = 64 << 20

// Runner runs a block's jobs for stf.ApplyBlock, in parallel. Before the block is applied it
// sets up every job message of the block the way the chain's job setup will — the program
// object grafted from the heap at the program region, the input at the input region — each in a
// memory of its own, and runs them on its devices while the block is applied. The chain
// then reaches each job's JOB_RUN phase; if the node of its scratch (height 33) and its job
// registers are those of a pre-run job, Run grafts the finished scratch in and returns the
// finished registers, which is exactly what running the job in place would give: a job's run
// depends on nothing but its scratch and registers. Otherwise (a job skipped before setup never
// gets here; a job on a program uploaded in the same block was not pre-run) it runs the job in
// place on the shared backend.
//
// The devices (see Device, and sched for how jobs are spread over them) are those given to
// NewRunner, or with none a pool of CPU backends over the workers. The same reasoning makes
// the roots independent of the devices: which device ran a job, and how often it had to be
// started again, is invisible in its result.
//
// Runner also captures each job's output (see MaxOutput) before job finish clears scratch.
type Runner struct {
	workers int
	inline  vm.Backend
	// Busy, if set, is told how long each job ran on a backend (each run of it, on any device).
	Busy func(time.Duration)
	// Unhealthy, if set, is told when a device is marked unhealthy, with the error of the run
	// it failed (Devices has it as the reason too). It is called on the device's goroutine, so
	// it should not block.
	Unhealthy func(device string, err error)

	// newCPU makes the CPU pool's backends (tests make them fail).
	newCPU func(threads int) vm.Backend

	mu      sync.Mutex // guards the devices' health and counters, and the blocks' slots
	devices []*device  // as configured
	pool    *device    // the CPU pool: every job with no devices, the fallback with some
}

// NewRunner returns a runner on workers CPU threads (0: GOMAXPROCS) and devices. With no
// devices, every job runs on a pool of CPU backends sharing the workers. With devices, jobs
// run on the healthy ones, and the pool is the fallback once none is healthy. The workers also
// run the jobs in place, set jobs up and hash them, whatever the devices.
//
// NewRunner panics on devices that CheckDevices refuses.
func NewRunner(workers int, devices ...Device) *Runner {
	if err := CheckDevices(devices...); err != nil {
		panic("executor: " + err.Error())
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	r := &Runner{workers: workers, inline: bulk.NewCPU(workers),
		newCPU: func(n int) vm.Backend { return bulk.NewCPU(n) }}
	for _, d := range devices {
		if d.Speed == 0 {
			d.Speed = 1
		}
		d.Slots = max(d.Slots, 1)
		r.devices = append(r.devices, &device{Device: d, healthy: true})
	}
	r.pool = &device{Device: Device{Name: poolName, Speed: 1}, pool: true, healthy: true}
	if len(devices) > 0 {
		r.pool.Name = FallbackDevice
	}
	return r
}

// Workers is the number of threads the runner uses.
func (r *Runner) Workers() int { return r.workers }

// BlockJobs is the runner's work for one block: it implements stf.Jobs for that block. Close it
// once the block is applied.
type BlockJobs struct {
	r      *Runner
	active bool          // jobs are run ahead
	ready  chan struct{} // closed once futures is built
	// futures holds the jobs run ahead by key: the node of the scratch after setup.
	futures map[common.Hash]*future
	cancel  context.CancelFunc
	wg      sync.WaitGroup

	outputs map[uint64]Output
	prerun  int // jobs run ahead
	hits    int // jobs whose result from the run ahead was used
	inlineN int // jobs run in place
}

// Output is a finished job's output as the executor keeps it.
type Output struct {
	Bytes    []byte // the output region up to its last non-zero word
	TooLarge uint64 // non-zero: the bytes reach this far, beyond MaxOutput, and are not kept
}

type future struct {
	input []byte // written at the input region by a worker
	key   common.Hash
	init  vm.State // the job registers at the start of JOB_RUN
	cost  uint64   // the program's static step count: the devices' cost estimate
	mem   *memory.Memory
	done  chan struct{}

	// Guarded by Runner.mu while the job is scheduled.
	setup      *memory.Memory // mem as set up, to rerun from (devices only; nil once done)
	finished   bool           // done is closed
	poolFailed bool           // a run on the CPU pool failed
	lastErr    error          // the last failed run's

	final vm.State
	out   Output
	err   error // non-nil: no result; the chain runs the job in place
}

// Prepare sets up the block's jobs (msgs, to be applied to mem) and starts running them. mem
// must be the memory the block will be applied to, at the block's start; Prepare only reads it
// (it is the source of the program grafts). ctx bounds the background runs.
//
// The setups run here, on the caller's goroutine (a graft needs exclusive use of its source);
// the rest runs in the background: first every job's key (the node of its scratch), on the
// workers, then the runs, on the devices (sched), each followed by hashing the job's scratch,
// so that the chain's goroutine finds the hashes it needs when it grafts the result in.
func (r *Runner) Prepare(ctx context.Context, mem *memory.Memory, msgs []batch.Message) *BlockJobs {
	b := &BlockJobs{r: r, outputs: map[uint64]Output{}, ready: make(chan struct{})}
	var all []*future
	for i := range msgs {
		if f := setup(mem, &msgs[i]); f != nil {
			all = append(all, f)
		}
	}
	ctx, b.cancel = context.WithCancel(ctx)
	if len(all) == 0 || len(all) == 1 && len(r.devices) == 0 {
		// One job gets all the threads in place; nothing to run side by side. With devices it
		// is run ahead all the same: on a GPU it may well be done before the chain gets to it.
		close(b.ready)
		return b
	}
	b.active = true
	n := min(r.workers, len(all))
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		snap := len(r.devices) > 0
		parallel(n, len(all), func(_, i int) {
			f := all[i]
			f.mem.Write(isa.RegionInput.Base(), f.input)
			f.key, f.input = f.mem.NodeHash(isa.ScratchBase, scratchHeight), nil
			if snap {
				// What a device that fails mid-job is rerun from. Cheap: a snapshot copies
				// nothing, and the run then writes only pages the setup has not (program and
				// input are read-only to instructions), copying just the nodes above them.
				f.setup = f.mem.Snapshot()
			}
		})
		futures := map[common.Hash]*future{}
		var queue []*future
		for _, f := range all {
			if _, dup := futures[f.key]; dup {
				continue // the same program on the same input: one run serves both
			}
			futures[f.key] = f
			queue = append(queue, f)
		}
		b.futures, b.prerun = futures, len(queue)
		close(b.ready)
		(&sched{r: r, ctx: ctx, jobs: queue}).run()
	}()
	return b
}

// parallel calls fn(w, i) for i in [0, count) on n goroutines (w is the goroutine's number)
// and returns when all calls have.
func parallel(n, count int, fn func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(count) {
					return
				}
				fn(w, int(i))
			}
		}()
	}
	wg.Wait()
}

// setup starts a job's scratch as the chain's job setup would — the program grafted now, the
// input to be written by a worker — if the message is a job on a program that is ready in mem;
// nil otherwise. It does not check the signature, nonce or fee:
// a job the chain skips costs a wasted run, never a wrong result (the key says whether the
// chain's scratch is this one).
func setup(mem *memory.Memory, m *batch.Message) *future {
	if msg.Kind(m.Kind) != msg.KindJob || len(m.Data) == 0 || len(m.Body) < isa.LeafSize ||
		batch.DataHeight(len(m.Data)) > batch.MaxDataHeight || m.Program >= stf.MaxRecords {
		return nil
	}
	pa := layout.ProgramAddr(m.Program)
	p, err := layout.DecodeProgram([2]layout.Leaf{mem.ReadLeaf(pa), mem.ReadLeaf(pa + isa.LeafSize)})
	if err != nil || p.State != layout.ProgramReady || common.BytesToHash(m.Body[:isa.LeafSize]) != p.Root {
		return nil
	}
	size := uint64(isa.LeafSize) << p.Height
	if p.Height > programHeight || p.HeapOffset%size != 0 || p.HeapOffset+size > stf.HeapSize {
		return nil
	}
	jm := memory.New()
	jm.Graft(isa.RegionProgram.Base(), mem, layout.HeapBase+p.HeapOffset, uint(p.Height))
	return &future{init: vm.State{Phase: vm.PhaseStart, Limit: max(p.Steps, 1)}, cost: max(p.Steps, 1), mem: jm, input: m.Data,
		done: make(chan struct{})}
}

// Run implements stf.Jobs.
func (b *BlockJobs) Run(ctx context.Context, index uint64, mem *memory.Memory, st vm.State) (vm.State, error) {
	st.MemRoot = common.Hash{}
	if b.active {
		select {
		case <-b.ready:
		case <-ctx.Done():
			return vm.State{}, ctx.Err()
		}
		if f, ok := b.futures[mem.NodeHash(isa.ScratchBase, scratchHeight)]; ok && f.init == st {
			select {
			case <-f.done:
			case <-ctx.Done():
				return vm.State{}, ctx.Err()
			}
			if f.err == nil {
				mem.Graft(isa.ScratchBase, f.mem, isa.ScratchBase, scratchHeight)
				b.outputs[index] = f.out
				b.hits++
				return f.final, nil
			}
			// Every device the job could run on failed it. mem's scratch is the job's as set
			// up: running it in place here gives the same result, or fails the block with
			// the backend's error.
		}
	}
	start := time.Now()
	v := vm.New(st, mem)
	err := v.RunBulk(ctx, b.r.inline, nil)
	if b.r.Busy != nil {
		b.r.Busy(time.Since(start))
	}
	if err != nil {
		return vm.State{}, err
	}
	out, err := captureOutput(mem)
	if err != nil {
		return vm.State{}, err
	}
	b.outputs[index] = out
	b.inlineN++
	return v.Registers(), nil
}

// Close stops the runs the block did not use and waits for the workers.
func (b *BlockJobs) Close() {
	b.cancel()
	b.wg.Wait()
}

// Outputs returns the outputs of the jobs run so far, by job index.
func (b *BlockJobs) Outputs() map[uint64]Output { return b.outputs }

// Stats says how many jobs were set up ahead, how many of those results the chain used, and
// how many jobs ran in place.
func (b *BlockJobs) Stats() (prerun, hits, inline int) { return b.prerun, b.hits, b.inlineN }

// captureOutput reads the output region of a finished job: the bytes up to its last non-zero
// word. It grafts the region into an empty memory, so it visits only the pages the job wrote.
func captureOutput(mem *memory.Memory) (Output, error) {
	om := memory.New()
	om.Graft(0, mem, isa.RegionOutput.Base(), outputHeight)
	var end uint64
	err := om.ForEachPage(func(addr uint64, data *[memory.PageSize]byte) error {
		for w := memory.PageSize/isa.LeafSize - 1; w >= 0; w-- {
			for _, x := range data[w*isa.LeafSize : (w+1)*isa.LeafSize] {
				if x != 0 {
					end = addr + uint64(w+1)*isa.LeafSize
					return nil
				}
			}
		}
		return nil
	})
	if err != nil {
		return Output{}, fmt.Errorf("executor: read output: %w", err)
	}
	if end > MaxOutput {
		return Output{TooLarge: end}, nil
	}
	out := make([]byte, end)
	om.Read(0, out)
	return Output{Bytes: out}, nil
}
