package executor

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

var errInjected = errors.New("injected device fault")

// faulty is a backend that fails its failAt-th Exec (counting from 1), and with always every
// later one too. A failing Exec first scribbles on the job's scratch, as a device lost
// mid-copy would: a rerun that does not start over from the set-up state gets another root.
type faulty struct {
	vm.Backend
	failAt int64
	always bool
	n      atomic.Int64
}

func (b *faulty) Exec(ctx context.Context, mem *memory.Memory, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	if n := b.n.Add(1); n == b.failAt || b.always && n > b.failAt {
		junk := []byte("half-written by a failing device")
		mem.Write(isa.RegionOutput.Base()+isa.RegionSize-uint64(len(junk)), junk)
		mem.Write(isa.RegionArena.Base(), junk)
		return errInjected
	}
	return b.Backend.Exec(ctx, mem, in, t)
}

// blockRun is what runBlocks saw of one block.
type blockRun struct {
	prerun, hits, inline int
	devices              []DeviceStatus // after the block
}

// runBlocks applies blocks with r's runner, requiring after every block the root and registers
// of sequential execution (want, wantRegs: fixture.reference), and that every job ran, ahead
// or in place.
func runBlocks(t *testing.T, f *fixture, r *Runner, blocks [][]batch.Message, want []common.Hash, wantRegs []stf.Regs) []blockRun {
	t.Helper()
	mem := f.gen.Mem.Snapshot()
	var runs []blockRun
	var outputs int
	for i, ms := range blocks {
		bj := r.Prepare(context.Background(), mem, ms)
		regs, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: uint64(i)}, ms, bj)
		bj.Close()
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		if got := mem.Root(); got != want[i] {
			t.Fatalf("block %d: root %v, sequential %v", i, got, want[i])
		}
		if regs != wantRegs[i] {
			t.Fatalf("block %d: registers %+v, sequential %+v", i, regs, wantRegs[i])
		}
		var br blockRun
		br.prerun, br.hits, br.inline = bj.Stats()
		br.devices = r.Devices()
		runs = append(runs, br)
		outputs += len(bj.Outputs())
	}
	g, err := stf.ReadGlobals(mem)
	if err != nil {
		t.Fatal(err)
	}
	if outputs != int(g.Jobs) {
		t.Fatalf("%d outputs for %d jobs", outputs, g.Jobs)
	}
	return runs
}

// totals sums the blocks' stats.
func totals(runs []blockRun) (prerun, hits, inline int) {
	for _, b := range runs {
		prerun, hits, inline = prerun+b.prerun, hits+b.hits, inline+b.inline
	}
	return
}

// devStatus returns the status of the device named name.
func devStatus(t *testing.T, ds []DeviceStatus, name string) DeviceStatus {
	t.Helper()
	for _, d := range ds {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("no device %q in %+v", name, ds)
	return DeviceStatus{}
}

// jobsRun is the runs the devices finished.
func jobsRun(ds []DeviceStatus) (n uint64) {
	for _, d := range ds {
		n += d.Jobs
	}
	return n
}

// TestDevicesSpread runs the workload on CPU devices of different speeds and slots: the roots
// are sequential execution's, every device ran jobs, none failed, every result used was a
// device's, and no job run ahead ran twice (the CPU fallback ran none).
func TestDevicesSpread(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 28)
	want, wantRegs := f.reference(t, blocks)

	r := NewRunner(2,
		Device{Name: "slow", Backend: bulk.NewCPU(1), Speed: 1},
		Device{Name: "mid", Backend: bulk.NewCPU(1), Speed: 2},
		Device{Name: "fast", Backend: bulk.NewCPU(1), Speed: 4, Slots: 2})
	runs := runBlocks(t, f, r, blocks, want, wantRegs)
	prerun, hits, _ := totals(runs)
	ds := r.Devices()
	if len(ds) != 4 || ds[3].Name != FallbackDevice {
		t.Fatalf("devices %+v: want slow, mid, fast, then %s", ds, FallbackDevice)
	}
	for _, d := range ds[:3] {
		if !d.Healthy || d.Reason != "" || d.Failures != 0 || d.Jobs == 0 || d.Busy <= 0 {
			t.Errorf("device %+v: want healthy, no failure, jobs run", d)
		}
	}
	if fb := ds[3]; fb.Jobs != 0 || !fb.Healthy {
		t.Errorf("fallback %+v: want healthy and idle", fb)
	}
	// Every result the chain used was a device's, and no job ran twice; a job run ahead whose
	// result the chain did not need may still be queued or running when its block ends, and is
	// then cancelled, so the devices may have finished fewer than prerun.
	if got := jobsRun(ds); got < uint64(hits) || got > uint64(prerun) || hits == 0 {
		t.Fatalf("devices ran %d jobs; %d were run ahead, %d of them used", got, prerun, hits)
	}
	t.Logf("%d jobs run ahead: %+v", prerun, ds)
}

// TestDevicesFailure gives the fastest device a backend that fails mid-job: the roots are
// sequential execution's, the device is unhealthy with the backend's error as its reason, it
// gets no job after it failed, and the job it failed was finished by another device.
func TestDevicesFailure(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 28)
	want, wantRegs := f.reference(t, blocks)

	bad := &faulty{Backend: bulk.NewCPU(1), failAt: 3}
	r := NewRunner(2,
		Device{Name: "cpu0", Backend: bulk.NewCPU(1)},
		Device{Name: "gpu", Backend: bad, Speed: 8}, // one slot: no run of it goes on after the failure
		Device{Name: "cpu1", Backend: bulk.NewCPU(1), Speed: 2})
	var told []string
	r.Unhealthy = func(name string, err error) {
		if errors.Is(err, errInjected) {
			told = append(told, name)
		}
		r.Devices() // the hook may ask
	}
	runs := runBlocks(t, f, r, blocks, want, wantRegs)
	if len(told) != 1 || told[0] != "gpu" {
		t.Fatalf("Unhealthy told %q, want the gpu once with the injected error", told)
	}
	prerun, _, _ := totals(runs)

	ds := r.Devices()
	g := devStatus(t, ds, "gpu")
	if g.Healthy || g.Failures != 1 || !strings.Contains(g.Reason, errInjected.Error()) || !strings.Contains(g.Reason, "gpu") {
		t.Fatalf("gpu %+v: want unhealthy after one failure, for %q", g, errInjected)
	}
	if n := bad.n.Load(); n != bad.failAt {
		t.Fatalf("the failing backend ran %d instructions: it got work after it failed its %dth", n, bad.failAt)
	}
	// The gpu's run counts did not move after the block it failed in.
	failed := -1
	for i, b := range runs {
		if !devStatus(t, b.devices, "gpu").Healthy && failed < 0 {
			failed = i
		}
	}
	if failed < 0 || failed == len(runs)-1 {
		t.Fatalf("gpu failed in block %d of %d: want a block after it", failed, len(runs))
	}
	if a, b := devStatus(t, runs[failed].devices, "gpu"), devStatus(t, runs[len(runs)-1].devices, "gpu"); a.Jobs != b.Jobs || a.Busy != b.Busy {
		t.Fatalf("gpu after block %d %+v, at the end %+v: it ran jobs while unhealthy", failed, a, b)
	}
	for _, name := range []string{"cpu0", "cpu1"} {
		if d := devStatus(t, ds, name); !d.Healthy || d.Jobs == 0 {
			t.Fatalf("%s %+v: want healthy with jobs run", name, d)
		}
	}
	// Every job run ahead was finished by a device, the failed one included, and not by the
	// fallback: healthy devices were left.
	if got := jobsRun(ds); got != uint64(prerun) || devStatus(t, ds, FallbackDevice).Jobs != 0 {
		t.Fatalf("devices %+v ran %d jobs; %d were run ahead", ds, got, prerun)
	}
}

// TestDevicesAllFail has every device fail every run, on several slots at once: the jobs go to
// the CPU fallback and the roots are sequential execution's.
func TestDevicesAllFail(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 28)
	want, wantRegs := f.reference(t, blocks)

	r := NewRunner(2,
		Device{Name: "gpu0", Backend: &faulty{Backend: bulk.NewCPU(1), failAt: 1, always: true}, Slots: 2},
		Device{Name: "gpu1", Backend: &faulty{Backend: bulk.NewCPU(1), failAt: 1, always: true}, Speed: 3, Slots: 3})
	runs := runBlocks(t, f, r, blocks, want, wantRegs)
	prerun, hits, _ := totals(runs)
	ds := r.Devices()
	for _, name := range []string{"gpu0", "gpu1"} {
		if d := devStatus(t, ds, name); d.Healthy || d.Failures == 0 || d.Jobs != 0 || !strings.Contains(d.Reason, errInjected.Error()) {
			t.Fatalf("%s %+v: want unhealthy with failures and no job run", name, d)
		}
	}
	if fb := devStatus(t, ds, FallbackDevice); !fb.Healthy || fb.Jobs != uint64(prerun) || hits == 0 {
		t.Fatalf("fallback %+v: want all %d jobs run ahead (%d used)", fb, prerun, hits)
	}
}

// TestDevicesFallbackFails makes the CPU pool fail too, with and without devices: no job has a
// result from ahead, so the chain runs every one in place, and the roots are still sequential
// execution's.
func TestDevicesFallbackFails(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 28)
	want, wantRegs := f.reference(t, blocks)

	for _, devices := range [][]Device{nil, {{Name: "gpu", Backend: &faulty{Backend: bulk.NewCPU(1), failAt: 1, always: true}}}} {
		r := NewRunner(2, devices...)
		r.newCPU = func(n int) vm.Backend { return &faulty{Backend: bulk.NewCPU(n), failAt: 1, always: true} }
		runs := runBlocks(t, f, r, blocks, want, wantRegs)
		prerun, hits, inline := totals(runs)
		ds := r.Devices()
		pool := ds[len(ds)-1]
		if prerun == 0 || hits != 0 || inline == 0 || jobsRun(ds) != 0 || pool.Failures != uint64(prerun) || !pool.Healthy {
			t.Fatalf("%d devices: %d run ahead, %d used, %d in place; %+v", len(devices), prerun, hits, inline, ds)
		}
	}
}

// testSched is a block's scheduler over r's devices with jobs of the given costs, planned but
// not started.
func testSched(r *Runner, costs ...uint64) *sched {
	s := &sched{r: r, ctx: context.Background()}
	for _, c := range costs {
		s.jobs = append(s.jobs, &future{cost: c, done: make(chan struct{})})
	}
	s.plan()
	return s
}

// queues describes the slots' queues by device name and job cost.
func queues(s *sched) string {
	var b strings.Builder
	for _, sl := range s.slots {
		fmt.Fprintf(&b, "%s:", sl.dev.Name)
		for _, f := range sl.queue {
			fmt.Fprintf(&b, " %d", f.cost)
		}
		b.WriteString("; ")
	}
	return b.String()
}

// TestDevicePlan checks the assignment: costliest job first, each to the slot that would be
// done with it first (a device twice as fast gets about twice the work), only healthy devices,
// and the CPU pool once none is.
func TestDevicePlan(t *testing.T) {
	cpu := bulk.NewCPU(1)
	r := NewRunner(4,
		Device{Name: "x1", Backend: cpu},
		Device{Name: "x2", Backend: cpu, Speed: 2},
		Device{Name: "x4", Backend: cpu, Speed: 4})

	// Equal jobs of cost 8: x4 is done with its first at 2, x2 at 4 and x1 at 8; the seventh
	// job leaves each with the queue it can run in 8 (ties to the first device).
	if got, want := queues(testSched(r, 8, 8, 8, 8, 8, 8, 8)), "x1: 8; x2: 8 8; x4: 8 8 8 8; "; got != want {
		t.Errorf("equal jobs: %s, want %s", got, want)
	}
	// Costliest first, whatever the block's order: 30 to x4 (done at 7.5), 12 to x2 (6), 7 to
	// x1 (7), 5 to x2 (8.5), 2 to x4 (8), 1 to x1 (8, against 9 and 8.25).
	if got, want := queues(testSched(r, 1, 30, 2, 12, 5, 7)), "x1: 7 1; x2: 12 5; x4: 30 2; "; got != want {
		t.Errorf("mixed jobs: %s, want %s", got, want)
	}

	// Slots of one device are separate queues at the device's speed.
	r2 := NewRunner(4, Device{Name: "a", Backend: cpu, Slots: 2}, Device{Name: "b", Backend: cpu, Speed: 2})
	if got, want := queues(testSched(r2, 4, 4, 4, 4)), "a: 4; a: 4; b: 4 4; "; got != want {
		t.Errorf("slots: %s, want %s", got, want)
	}

	// An unhealthy device gets nothing.
	r.devices[2].healthy = false
	if got, want := queues(testSched(r, 8, 8, 8)), "x1: 8; x2: 8 8; x4:; "; got != want {
		t.Errorf("x4 unhealthy: %s, want %s", got, want)
	}
	// With none healthy, the pool: as many slots as jobs, up to the workers.
	r.devices[0].healthy, r.devices[1].healthy = false, false
	if got, want := queues(testSched(r, 3, 1, 2)), "x1:; x2:; x4:; fallback: 3; fallback: 2; fallback: 1; "; got != want {
		t.Errorf("none healthy: %s, want %s", got, want)
	}
	if got, want := queues(testSched(r, 1, 1, 1, 1, 1, 1)), "x1:; x2:; x4:; fallback: 1 1; fallback: 1 1; fallback: 1; fallback: 1; "; got != want {
		t.Errorf("none healthy, more jobs than workers: %s, want %s", got, want)
	}
}

// TestDeviceSteal checks what an idle slot takes once its queue is empty: the cheapest job of
// the busy slot that would be done last, if it would finish it sooner; never from an idle slot.
func TestDeviceSteal(t *testing.T) {
	cpu := bulk.NewCPU(1)
	r := NewRunner(1, Device{Name: "slow", Backend: cpu}, Device{Name: "fast", Backend: cpu, Speed: 4},
		Device{Name: "mid", Backend: cpu, Speed: 2})
	s := testSched(r)
	slow, fast, mid := s.slots[0], s.slots[1], s.slots[2]
	enqueue := func(sl *slot, costs ...uint64) {
		for _, c := range costs {
			sl.queue = append(sl.queue, &future{cost: c})
			sl.queued += c
		}
	}
	enqueue(fast, 40, 8, 4)
	enqueue(mid, 6)

	if f := s.next(slow); f != nil {
		t.Fatalf("stole %d from idle slots", f.cost)
	}
	fast.current, mid.current = 100, 1
	// fast is done last (at 38); slow would take 4 to run its 4.
	if f := s.next(slow); cost(f) != 4 || len(fast.queue) != 2 || fast.queued != 48 || slow.current != 4 {
		t.Fatalf("stole %d: fast's queue %d jobs, cost %d", cost(f), len(fast.queue), fast.queued)
	}
	// fast is done at 37 and mid at 3.5: slow would take 8 to run fast's 8, which is sooner.
	slow.current = 0
	if f := s.next(slow); cost(f) != 8 {
		t.Fatalf("stole %d, want fast's 8", cost(f))
	}
	// Only fast's 40 is left there, done at 35: slow would take 40.
	slow.current = 0
	if f := s.next(slow); f != nil || slow.running {
		t.Fatalf("stole %d (running %v): slow finishes it later than fast", cost(f), slow.running)
	}
	// An unhealthy device's slot takes nothing, even from its own queue.
	r.devices[2].healthy = false
	if f := s.next(mid); f != nil {
		t.Fatalf("unhealthy mid took %d", f.cost)
	}
}

// cost is f's cost, 0 for no job.
func cost(f *future) uint64 {
	if f == nil {
		return 0
	}
	return f.cost
}

// TestCheckDevices checks the devices NewRunner refuses.
func TestCheckDevices(t *testing.T) {
	cpu := bulk.NewCPU(1)
	ok := Device{Name: "a", Backend: cpu}
	if err := CheckDevices(ok, Device{Name: "b", Backend: cpu, Speed: 2.5, Slots: 3}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]Device{
		{{Backend: cpu}},
		{ok, ok},
		{{Name: FallbackDevice, Backend: cpu}},
		{{Name: "a"}},
		{{Name: "a", Backend: cpu, Speed: -1}},
		{{Name: "a", Backend: cpu, Speed: math.Inf(1)}},
		{{Name: "a", Backend: cpu, Slots: -1}},
	} {
		if CheckDevices(bad...) == nil {
			t.Errorf("%+v: accepted", bad)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewRunner(%+v) did not panic", bad)
				}
			}()
			NewRunner(1, bad...)
		}()
	}
	if ds := NewRunner(3).Devices(); len(ds) != 1 || ds[0].Name != "cpu" || !ds[0].Healthy {
		t.Fatalf("no devices: %+v, want the CPU pool alone", ds)
	}
}
