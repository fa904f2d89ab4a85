package executor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Device is a backend the runner runs jobs ahead on: a GPU, or a CPU backend with threads of
// its own.
//
// Which device runs a job never changes a root: every backend must leave memory exactly as
// stepping would (vm.Backend), and the chain grafts in a job's scratch only if the job started
// from the scratch the chain has. Speed and Slots therefore only decide how fast a block goes.
type Device struct {
	// Name identifies the device in Devices (and so in metrics and logs). Names are unique, and
	// FallbackDevice is reserved.
	Name    string
	Backend vm.Backend
	// Speed is the device's relative throughput: steps per unit of time for one job, against
	// the other devices' (0 means 1). It is one job's speed: if the Slots jobs the device runs
	// at once share it, each runs at Speed, not at Speed×Slots.
	Speed float64
	// Slots is how many jobs the device runs at once (0 means 1): Backend.Exec is called from
	// that many goroutines concurrently, on different memories.
	Slots int
}

// DeviceStatus is what Devices reports about a device.
type DeviceStatus struct {
	Name    string
	Healthy bool
	Reason  string // why the device is unhealthy: the error of its first failed run
	// Jobs counts the runs the device finished; Failures those whose backend returned an error
	// (the jobs were run again elsewhere). A job that faults is a finished run: the fault is the
	// program's, and every device gives the same one.
	Jobs, Failures uint64
	// Busy is the time spent running jobs on the device, failed runs included, summed over its
	// slots.
	Busy time.Duration
}

// FallbackDevice is the name of the CPU pool that runs jobs when no device is healthy (see
// NewRunner). With no devices configured the pool is the one device, named "cpu".
const FallbackDevice = "fallback"

// poolName is the pool's name where it is the runner's only device.
const poolName = "cpu"

// CheckDevices reports the first device NewRunner would refuse: one without a name or backend,
// a name used twice or FallbackDevice, a negative or non-finite Speed, negative Slots.
func CheckDevices(ds ...Device) error {
	seen := map[string]bool{}
	for i, d := range ds {
		switch {
		case d.Name == "":
			return fmt.Errorf("device %d: no name", i)
		case d.Name == FallbackDevice:
			return fmt.Errorf("device %q: the name is reserved for the CPU fallback", d.Name)
		case seen[d.Name]:
			return fmt.Errorf("device %q: the name is used twice", d.Name)
		case d.Backend == nil:
			return fmt.Errorf("device %q: no backend", d.Name)
		case d.Speed < 0 || math.IsNaN(d.Speed) || math.IsInf(d.Speed, 0):
			return fmt.Errorf("device %q: speed %v: want 0 (1) or a positive number", d.Name, d.Speed)
		case d.Slots < 0:
			return fmt.Errorf("device %q: slots %d: want 0 (1) or more", d.Name, d.Slots)
		}
		seen[d.Name] = true
	}
	return nil
}

// device is a Device with its health and counters, which outlive blocks. Everything but the
// Device is guarded by Runner.mu.
type device struct {
	Device
	// pool: this is the runner's CPU pool, which is never marked unhealthy (it is the last
	// resort: see sched.targets) and whose slots are made per block over the runner's workers.
	pool bool

	healthy        bool
	reason         string
	jobs, failures uint64
	busy           time.Duration
}

// Devices reports every device, in the order NewRunner was given them, then the CPU pool: the
// fallback (named FallbackDevice), or with no devices configured the pool that runs every job
// (named "cpu").
func (r *Runner) Devices() []DeviceStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]DeviceStatus, 0, len(r.devices)+1)
	for _, d := range append(r.devices[:len(r.devices):len(r.devices)], r.pool) {
		out = append(out, DeviceStatus{Name: d.Name, Healthy: d.healthy, Reason: d.reason, Jobs: d.jobs,
			Failures: d.failures, Busy: d.busy})
	}
	return out
}

// sched runs one block's pre-run jobs on the devices.
//
// Assignment is longest-processing-time first with earliest estimated finish, then work
// stealing. plan sorts the jobs by cost (the program's static step count) from the costliest,
// and gives each to the slot whose queue would be done first with it, in the time a slot needs
// for its queue: queued cost / device speed. Costliest first is what keeps the block short:
// the chain waits for every job, so what counts is when the last one ends, and placing the big
// jobs while every queue is still short leaves the small ones to even the queues out at the
// end (LPT; within 4/3 of the best on identical devices). Finish time rather than queue length
// is what makes a device four times as fast get about four times the work.
//
// The estimate is only an estimate — steps are not all equally slow, and a device may be
// slower than its Speed says — so the plan is not binding: a slot that has emptied its queue
// takes the cheapest job queued on the busy slot that would be done last, if it would finish
// that job before that slot would get through its queue. Only busy slots are stolen from, so
// that every slot that was planned a job runs at least its first one; a slot that is idle is
// about to start its own queue.
//
// A device whose backend returns an error (not the block's cancellation) is marked unhealthy
// for good: the job it failed is rerun from the state it was set up in, and the jobs queued on
// it are placed anew, on the healthy devices, or on the CPU pool once none is healthy. The
// pool is never marked unhealthy, so a block never waits for a device that is gone; a job that
// fails on the pool too is left to the chain, which runs it in place (BlockJobs.Run).
//
// Nothing here can change a root: a job's result depends only on the scratch and registers it
// starts from, which a rerun restores, and the chain uses a result only for the job it was set
// up for.
type sched struct {
	r     *Runner
	ctx   context.Context
	jobs  []*future
	slots []*slot // every configured device's slots, then the pool's once made
	pool  bool    // the pool's slots are made
	wg    sync.WaitGroup
}

// slot runs one job at a time on its device. Its fields are guarded by Runner.mu.
type slot struct {
	dev     *device
	backend vm.Backend
	queue   []*future // costliest first
	queued  uint64    // the queue's cost
	current uint64    // the cost of the job it runs; 0 while idle
	running bool      // its goroutine is alive
}

// finish is when the slot is estimated to be done with its queue and current job, plus a job
// of cost extra; in the runner's unit of time (steps at speed 1), from now. The current job
// counts whole: how far it got is not known.
func (sl *slot) finish(extra uint64) float64 {
	return float64(sl.queued+sl.current+extra) / sl.dev.Speed
}

// run runs the jobs (all set up and keyed) and returns once every one is done: finished,
// failed everywhere it could run, or abandoned with the block.
func (s *sched) run() {
	mu := &s.r.mu
	mu.Lock()
	s.plan()
	for _, sl := range s.slots {
		if len(sl.queue) > 0 {
			s.wake(sl)
		}
	}
	mu.Unlock()

	s.wg.Wait()

	// Only a cancelled block leaves jobs unfinished: a slot stops with its queue only then.
	mu.Lock()
	defer mu.Unlock()
	for _, f := range s.jobs {
		if !f.finished {
			s.done(f, cmp.Or(s.ctx.Err(), errors.New("executor: job not run")))
		}
	}
}

// plan makes the slots of the configured devices and queues every job, costliest first. It
// starts nothing. mu is held.
func (s *sched) plan() {
	for _, d := range s.r.devices {
		for range d.Slots {
			s.slots = append(s.slots, &slot{dev: d, backend: d.Backend})
		}
	}
	for _, f := range byCost(slices.Clone(s.jobs)) {
		s.place(f)
	}
}

// byCost sorts jobs by cost, the costliest first, keeping the block's order among equals.
func byCost(jobs []*future) []*future {
	slices.SortStableFunc(jobs, func(a, b *future) int { return cmp.Compare(b.cost, a.cost) })
	return jobs
}

// targets returns the slots a job may be given: those of the healthy devices; if there are
// none, the CPU pool's (made now, over the runner's workers), unless the job already failed
// there. mu is held.
func (s *sched) targets(f *future) []*slot {
	var ts []*slot
	for _, sl := range s.slots {
		if sl.dev.healthy && !sl.dev.pool {
			ts = append(ts, sl)
		}
	}
	if len(ts) > 0 || f.poolFailed {
		return ts
	}
	if !s.pool {
		// As many slots as jobs left, up to the workers, each with its share of the threads:
		// with no devices configured this is how the runner has always run a block's jobs.
		left := 0
		for _, g := range s.jobs {
			if !g.finished {
				left++
			}
		}
		n := max(1, min(s.r.workers, left))
		for range n {
			s.slots = append(s.slots, &slot{dev: s.r.pool, backend: s.r.newCPU(max(1, s.r.workers/n))})
		}
		s.pool = true
	}
	for _, sl := range s.slots {
		if sl.dev.pool {
			ts = append(ts, sl)
		}
	}
	return ts
}

// place queues f on the target slot that would be done with it first (the first such slot on
// a tie: the plan does not depend on timing) and returns the slot; or, if f can run nowhere,
// finishes it with its last error and returns nil. mu is held.
func (s *sched) place(f *future) *slot {
	ts := s.targets(f)
	if len(ts) == 0 {
		s.done(f, f.lastErr)
		return nil
	}
	best := ts[0]
	for _, sl := range ts[1:] {
		if sl.finish(f.cost) < best.finish(f.cost) {
			best = sl
		}
	}
	i, _ := slices.BinarySearchFunc(best.queue, f, func(g, f *future) int {
		return cmp.Or(cmp.Compare(f.cost, g.cost), -1) // after every job as costly
	})
	best.queue = slices.Insert(best.queue, i, f)
	best.queued += f.cost
	return best
}

// wake starts the slot's goroutine if it has none. mu is held.
func (s *sched) wake(sl *slot) {
	if !sl.running {
		sl.running = true
		s.wg.Add(1)
		go s.work(sl)
	}
}

// done finishes f: the chain may use it. mu is held.
func (s *sched) done(f *future, err error) {
	f.err, f.finished, f.setup = err, true, nil
	close(f.done)
}

// work runs the slot's jobs until it has none and can steal none.
func (s *sched) work(sl *slot) {
	defer s.wg.Done()
	for {
		f := s.next(sl)
		if f == nil {
			return
		}
		s.exec(sl, f)
	}
}

// next takes the slot's next job: the head of its queue, or one stolen (see sched); nil stops
// the slot. It takes mu.
func (s *sched) next(sl *slot) *future {
	mu := &s.r.mu
	mu.Lock()
	defer mu.Unlock()
	if s.ctx.Err() != nil {
		sl.running = false
		return nil
	}
	if !sl.dev.healthy {
		// fail emptied this slot's queue when it marked the device; nothing is left here.
		sl.running = false
		return nil
	}
	if len(sl.queue) > 0 {
		f := sl.queue[0]
		sl.queue = sl.queue[1:]
		sl.queued -= f.cost
		sl.current = f.cost
		return f
	}
	var victim *slot
	for _, v := range s.slots {
		if v != sl && v.dev.healthy && v.current > 0 && len(v.queue) > 0 && (victim == nil || v.finish(0) > victim.finish(0)) {
			victim = v
		}
	}
	if victim != nil {
		f := victim.queue[len(victim.queue)-1]
		if float64(f.cost)/sl.dev.Speed < victim.finish(0) {
			victim.queue = victim.queue[:len(victim.queue)-1]
			victim.queued -= f.cost
			sl.current = f.cost
			return f
		}
	}
	sl.running = false
	return nil
}

// exec runs f on the slot: the job, the hash of its scratch (so that the chain's graft finds
// it), its output. A backend error other than the block's cancellation is the device's failure.
func (s *sched) exec(sl *slot, f *future) {
	start := time.Now()
	v := vm.New(f.init, f.mem)
	err := v.RunBulk(s.ctx, sl.backend, nil)
	var out Output
	var outErr error
	if err == nil {
		f.final = v.Registers()
		f.mem.NodeHash(isa.ScratchBase, scratchHeight)
		out, outErr = captureOutput(f.mem)
	}
	took := time.Since(start)
	if s.r.Busy != nil {
		s.r.Busy(took)
	}

	mu := &s.r.mu
	mu.Lock()
	sl.current = 0
	sl.dev.busy += took
	marked := false
	switch {
	case err == nil:
		sl.dev.jobs++
		f.out = out
		s.done(f, outErr)
	case s.ctx.Err() != nil:
		s.done(f, err) // the block is over: not the device's fault
	default:
		err = fmt.Errorf("device %s: %w", sl.dev.Name, err)
		marked = s.fail(sl, f, err)
	}
	mu.Unlock()
	// Outside mu: the hook may well ask for Devices.
	if marked && s.r.Unhealthy != nil {
		s.r.Unhealthy(sl.dev.Name, err)
	}
}

// fail handles a run of f that the slot's backend failed: it marks the device unhealthy, gives
// the jobs queued on its slots to others, and reruns f elsewhere from its setup state (f.mem
// may be half written). It reports whether it marked the device (it was healthy, and is not
// the pool). mu is held.
func (s *sched) fail(sl *slot, f *future, err error) (marked bool) {
	d := sl.dev
	d.failures++
	f.lastErr = err
	var again []*future
	switch {
	case d.pool:
		f.poolFailed = true // the last resort failed: the chain runs the job in place
	case d.healthy:
		d.healthy, d.reason, marked = false, err.Error(), true
		for _, o := range s.slots {
			if o.dev == d {
				again = append(again, o.queue...)
				o.queue, o.queued = nil, 0
			}
		}
	}
	if f.setup == nil {
		s.done(f, err) // no state to rerun from (the pool alone is never given a snapshot)
	} else {
		// The snapshot stays untouched for a further rerun; the new run writes to a copy.
		f.mem = f.setup.Snapshot()
		again = append(again, f)
	}
	for _, g := range byCost(again) {
		if to := s.place(g); to != nil {
			s.wake(to)
		}
	}
	return marked
}
