package bulk

import (
	"runtime"
	"sync/atomic"
	"time"
)

// crew is the goroutines a backend computes on: the calling goroutine and up to n−1 helpers.
//
// Work is handed out in units from shared counters, and every caller makes each unit own a
// disjoint part of the output, so a result never depends on which goroutine ran which unit.
//
// Why helpers that outlive a run, polling for the next one for a while: on the machines this
// runs on (virtual machines whose idle vCPUs halt), a goroutine started or woken on an idle core
// begins 50–80 µs after it was asked for. A 256×1024×1024 MATMUL takes ~0.5 ms, and one Exec
// runs several parallel steps; fresh goroutines for each left one core idle for ~10% of the
// instruction. A helper that has finished keeps its core busy for helperSpin, polling for the
// next run (yielding to any other goroutine as it does), so the steps of one instruction, and
// the instructions of one program, find it awake. Then it returns: an idle crew holds no
// goroutines, and the next run starts helpers again.
//
// The caller is always a worker, and it waits only for helpers that joined its run: a run
// never depends on a helper being free, so runs may come from several goroutines at once and
// may nest (a unit that starts a run of its own).
type crew struct {
	n    int
	runs chan *run    // offered to the helpers
	live atomic.Int64 // helpers running or polling
}

// helperSpin is how long an idle helper polls for work before it returns.
const helperSpin = 200 * time.Microsecond

// newCrew returns a crew of n workers (at least one: the caller).
func newCrew(n int) *crew {
	return &crew{n: max(1, n), runs: make(chan *run, 4*max(1, n))}
}

// helper joins the runs offered to w until none comes for helperSpin.
func (w *crew) helper() {
	for {
		var r *run
		for t0 := time.Now(); r == nil; {
			select {
			case r = <-w.runs:
				continue
			default:
			}
			if time.Since(t0) < helperSpin {
				runtime.Gosched()
				continue
			}
			// Leave, unless a run was offered between the last look and the count going
			// down (its caller saw this helper as live and started none).
			w.live.Add(-1)
			select {
			case r = <-w.runs:
				w.live.Add(1)
			default:
				return
			}
		}
		r.join()
	}
}

// stage is one step of a run: f(u) for every u in [0, n).
type stage struct {
	n int
	f func(u int)
}

// run is one call of stages: its units' counters and the workers inside it.
type run struct {
	stages     []stage
	next, done []atomic.Int64
	inside     atomic.Int64 // workers inside, plus runClosed once the caller has finished
}

// runClosed is added to run.inside when the caller has finished: no worker joins after it.
const runClosed = 1 << 62

// stages runs the stages in order, each stage's units after every unit of the stage before it
// has finished, and returns when all are done.
//
// A worker that finds a stage's units all taken waits for the stragglers by yielding, and goes
// straight on to the next stage: the steps of one instruction (gather an operand, compute,
// scatter the result) are one run, not three calls that each gather the workers again. A worker
// only waits for units that a worker inside the run has taken, so the stages finish however few
// helpers join.
func (w *crew) stages(stages ...stage) {
	most := 0
	for _, s := range stages {
		most = max(most, s.n)
	}
	helpers := min(w.n, most) - 1
	r := &run{stages: stages, next: make([]atomic.Int64, len(stages)), done: make([]atomic.Int64, len(stages))}
	if helpers > 0 {
		for range helpers {
			select {
			case w.runs <- r:
			default: // the queue is full (runs from other goroutines): the caller does more
			}
		}
		// Offered first, counted second: a helper that leaves after the offer either takes
		// the run on its way out or is counted out here and replaced.
		for live := w.live.Load(); live < int64(w.n-1); live = w.live.Load() {
			if w.live.CompareAndSwap(live, live+1) {
				go w.helper()
			}
		}
	}
	r.join()
	// No worker joins from now on; wait for those inside to leave (they are finishing the
	// units they took).
	r.inside.Add(runClosed)
	for r.inside.Load() != runClosed {
		runtime.Gosched()
	}
}

// join makes the calling goroutine a worker of r until r's stages are done, unless r is closed.
func (r *run) join() {
	for {
		s := r.inside.Load()
		if s&runClosed != 0 {
			return
		}
		if r.inside.CompareAndSwap(s, s+1) {
			break
		}
	}
	defer r.inside.Add(-1)
	for i, s := range r.stages {
		for {
			u := int(r.next[i].Add(1) - 1)
			if u >= s.n {
				break
			}
			s.f(u)
			r.done[i].Add(1)
		}
		for r.done[i].Load() < int64(s.n) {
			runtime.Gosched()
		}
	}
}

// forEach runs f(u) for every u in [0, n), in increasing order of u as the workers take them.
func (w *crew) forEach(n int, f func(u int)) { w.stages(stage{n, f}) }

// spans splits [0, n) into at most 4·workers contiguous ranges of at least minLen (except when
// n is smaller) and calls f(lo, hi) for each, in parallel.
func (w *crew) spans(n, minLen int, f func(lo, hi int)) {
	if n <= 0 {
		return
	}
	parts := max(1, min(w.n*4, n/max(1, minLen)))
	size := (n + parts - 1) / parts
	w.forEach((n+size-1)/size, func(u int) {
		f(u*size, min(n, (u+1)*size))
	})
}
