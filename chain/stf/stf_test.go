package stf_test

import (
	"context"
	"testing"

	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

func TestStepEqualsApplyBatch(t *testing.T) {
	s := stftest.NewMixed(t)
	ctx := context.Background()
	stepped := s.Genesis.Snapshot()
	fast := s.Genesis.Snapshot()
	var messages uint64
	for n := range s.Receipts {
		m := stf.New(s.Cfg, s.Oracle, stepped)
		if err := m.Run(ctx); err != nil {
			t.Fatalf("batch %d: stepping: %v", n, err)
		}
		got, err := stf.ApplyBatch(ctx, s.Cfg, s.Oracle, fast, bulk.NewCPU(0))
		if err != nil {
			t.Fatalf("batch %d: ApplyBatch: %v", n, err)
		}
		want := m.State()
		if got.Hash() != want.Hash() {
			t.Fatalf("batch %d: ApplyBatch state %v\nstepping state %v", n, &got, &want)
		}
		if got.Root() != stepped.Root() {
			t.Fatalf("batch %d: roots differ", n)
		}
		t.Logf("batch %d: %d steps, root %v", n, want.Regs.Step, want.Root())
		for i, w := range s.Receipts[n] {
			r, err := layout.DecodeReceipt(stepped.ReadLeaf(layout.ReceiptAddr(messages + uint64(i))))
			if err != nil {
				t.Fatal(err)
			}
			if r.Skip != w.Skip {
				t.Errorf("batch %d message %d (%s): receipt %v, want %v", n, i, w.Name, r.Skip, w.Skip)
			}
		}
		messages += uint64(len(s.Receipts[n]))
	}
	g, err := stf.ReadGlobals(stepped)
	if err != nil {
		t.Fatal(err)
	}
	if g.Batches != 4 || g.Delayed != 8 || g.Messages != messages || g.Accounts != 5 || g.Programs != 3 || g.Jobs != 3 || g.Withdrawals != 2 {
		t.Fatalf("globals %+v", g)
	}
	checkJobs(t, s, stepped)

	// Conservation: every wei deposited is in a balance, a withdrawal or the heap deposit of a
	// program still uploading (fees went to account 0).
	total := new(uint256.Int)
	held := 0
	for p := uint32(0); p < g.Programs; p++ {
		rec, err := layout.DecodeProgram([2]layout.Leaf{stepped.ReadLeaf(layout.ProgramAddr(p)), stepped.ReadLeaf(layout.ProgramAddr(p) + 32)})
		if err != nil {
			t.Fatal(err)
		}
		if rec.State == layout.ProgramUploading {
			total.AddUint64(total, stftest.HeapDeposit(int(rec.Size)))
			held++
		}
	}
	if held == 0 {
		t.Fatal("no abandoned upload holds a deposit: the mix no longer exercises forfeiture")
	}
	for a := uint32(0); a < g.Accounts; a++ {
		l := stepped.ReadLeaf(layout.AccountAddr(a) + 32)
		total.Add(total, new(uint256.Int).SetBytes32(l[:]))
	}
	for w := uint64(0); w < g.Withdrawals; w++ {
		l := stepped.ReadLeaf(layout.WithdrawalAddr(w) + 32)
		total.Add(total, new(uint256.Int).SetBytes32(l[:]))
	}
	if deposited := s.Deposited(); !total.Eq(deposited) {
		t.Fatalf("balances and withdrawals hold %v wei, deposits were %v", total, deposited)
	}
	fees := stepped.ReadLeaf(layout.AccountAddr(0) + 32)
	if new(uint256.Int).SetBytes32(fees[:]).Uint64() <= 1 {
		t.Fatal("the fee recipient received no fees")
	}
}

// checkJobs compares the job records with direct runs of the jobs.
func checkJobs(t *testing.T, s *stftest.Mixed, mem *memory.Memory) {
	direct, err := job.New(s.Program, s.Input)
	if err != nil {
		t.Fatal(err)
	}
	v := vmRun(t, direct)
	for j := uint64(0); j < 2; j++ {
		var l [2]layout.Leaf
		l[0], l[1] = mem.ReadLeaf(layout.JobAddr(j)), mem.ReadLeaf(layout.JobAddr(j)+32)
		rec, err := layout.DecodeJob(l)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Status != layout.JobHalted || rec.Output != v {
			t.Fatalf("job %d: record %+v, want halted with output %v", j, rec, v)
		}
		if rec.Fee.Uint64() != stftest.JobFee(s.Program, len(s.Input)) {
			t.Fatalf("job %d: fee %v", j, &rec.Fee)
		}
	}
	var l [2]layout.Leaf
	l[0], l[1] = mem.ReadLeaf(layout.JobAddr(2)), mem.ReadLeaf(layout.JobAddr(2)+32)
	rec, err := layout.DecodeJob(l)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != layout.JobFaulted || rec.Fault != uint8(vm.FaultStepLimit) || rec.Fee.Uint64() != s.LieSteps*stftest.StepPrice+uint64(len(s.LieInput))*stftest.BytePrice {
		t.Fatalf("job on the lying program: record %+v, want faulted at the step limit, charged", rec)
	}
}
