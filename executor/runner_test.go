package executor

import (
	"bytes"
	"context"
	"testing"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestRunnerMatchesSequential applies blocks of many jobs — three programs, one of which
// faults, duplicates, skipped jobs whose scratch equals an applied one's, jobs on a program
// uploaded in the same block — with the parallel runner and with stf.Bulk one job after the
// other, and requires the same state root after every block. It also requires that both paths
// of the runner were taken, and checks the captured outputs against direct runs.
func TestRunnerMatchesSequential(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 28)
	want, wantRegs := f.reference(t, blocks)

	for _, workers := range []int{1, 3} {
		r := NewRunner(workers)
		mem := f.gen.Mem.Snapshot()
		var prerun, hits, inline, jobs int
		outputs := map[uint64]Output{}
		for i, ms := range blocks {
			bj := r.Prepare(context.Background(), mem, ms)
			regs, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: uint64(i)}, ms, bj)
			bj.Close()
			if err != nil {
				t.Fatal(err)
			}
			if got := mem.Root(); got != want[i] {
				t.Fatalf("workers %d, block %d: root %v, sequential %v", workers, i, got, want[i])
			}
			if regs != wantRegs[i] { // the step counter counts every job's steps
				t.Fatalf("workers %d, block %d: registers %+v, sequential %+v", workers, i, regs, wantRegs[i])
			}
			p, h, in := bj.Stats()
			prerun, hits, inline = prerun+p, hits+h, inline+in
			for j, o := range bj.Outputs() {
				outputs[j] = o
			}
		}
		g, err := stf.ReadGlobals(mem)
		if err != nil {
			t.Fatal(err)
		}
		jobs = int(g.Jobs)
		if hits == 0 || inline == 0 || hits+inline != jobs || len(outputs) != jobs {
			t.Fatalf("workers %d: %d jobs, %d from the pre-run, %d in place, %d outputs", workers, jobs, hits, inline, len(outputs))
		}
		t.Logf("workers %d: %d jobs, %d from the parallel pre-run, %d in place", workers, jobs, hits, inline)
		// With no devices configured, the CPU pool is the one device, and ran every job run
		// ahead.
		if ds := r.Devices(); len(ds) != 1 || ds[0].Name != "cpu" || !ds[0].Healthy || ds[0].Failures != 0 ||
			ds[0].Jobs != uint64(prerun) || ds[0].Busy <= 0 {
			t.Fatalf("workers %d: devices %+v, want the CPU pool alone, with the %d jobs run ahead", workers, ds, prerun)
		}

		// Every output hashes to its record's output root, and the MLP's is the direct run's.
		var faulted int
		for j, o := range outputs {
			a := layout.JobAddr(j)
			rec, err := layout.DecodeJob([2]layout.Leaf{mem.ReadLeaf(a), mem.ReadLeaf(a + 32)})
			if err != nil {
				t.Fatal(err)
			}
			if rec.Status == layout.JobFaulted {
				faulted++
			}
			if root := outputRoot(o.Bytes); root != rec.Output {
				t.Fatalf("job %d: output hashes to %v, record says %v", j, root, rec.Output)
			}
		}
		if faulted == 0 {
			t.Fatal("no job faulted")
		}
		direct, err := job.New(f.mlp, f.input(f.mlp, 0))
		if err != nil {
			t.Fatal(err)
		}
		if err := vm.NewJob(direct).RunBulk(context.Background(), bulk.NewCPU(1), nil); err != nil {
			t.Fatal(err)
		}
		out := f.mlp.OutputTensor()
		buf := make([]byte, out.Bytes())
		direct.Read(out.Addr(), buf)
		got := outputs[0].Bytes // job 0 is block 0's job on the MLP with input 0
		if len(got) > len(buf) || !bytes.Equal(got, buf[:len(got)]) || !allZero(buf[len(got):]) {
			t.Fatalf("job 0 output %x, direct run %x", got, buf)
		}
	}
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
