package vm_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// rawJob loads program bytes that need not be valid, and the packed input.
func rawJob(t *testing.T, obj []byte, p *program.Program, dense []byte, limit uint64) *vm.VM {
	t.Helper()
	packed, err := program.Pack(p.InputTensor(), dense)
	if err != nil {
		t.Fatal(err)
	}
	mem := memory.New()
	mem.Write(isa.RegionProgram.Base(), obj)
	mem.Write(isa.RegionInput.Base(), packed)
	return vm.New(vm.State{Phase: vm.PhaseStart, Limit: limit}, mem)
}

// TestCorruptPrograms: a program corrupted after validation (as a faulty sequencer could post)
// never leaves the machine without a step. Stepping and bulk execution reach the same state —
// halted, faulted or out of steps — and the faulting step's witness verifies.
func TestCorruptPrograms(t *testing.T) {
	ctx := context.Background()
	backend := bulk.NewCPU(0)
	r := rand.New(rand.NewPCG(9, 9))
	n := 300
	if testing.Short() {
		n = 80
	}
	faults := 0
	for k := 0; k < n; k++ {
		p, in, err := examples.Random(uint64(k)+7000, examples.RandomOptions{MaxSteps: 1 << 12})
		if err != nil {
			t.Fatal(err)
		}
		obj := append([]byte(nil), p.Bytes()...)
		// Corrupt one to three bytes among the header, instructions and declarations.
		meta := 32 * (1 + len(p.Instrs) + len(p.Tensors))
		for c := 0; c <= r.IntN(3); c++ {
			obj[r.IntN(meta)] ^= byte(1 << r.IntN(8))
		}
		limit := uint64(1 << 16)
		stepper := rawJob(t, obj, p, in, limit)
		bulker := rawJob(t, obj, p, in, limit)
		if err := stepper.RunSteps(ctx, 0, nil); err != nil {
			t.Fatalf("case %d: stepping: %v", k, err)
		}
		if err := bulker.RunBulk(ctx, backend, nil); err != nil {
			t.Fatalf("case %d: bulk: %v", k, err)
		}
		s, b := stepper.State(), bulker.State()
		if s != b {
			t.Fatalf("case %d: stepped %v, bulk %v (fault: %s)", k, s, b, stepper.FaultReason())
		}
		if s.Status == vm.StatusFaulted {
			faults++
			// Replay up to the faulting step and prove it: the verifier must agree.
			re := rawJob(t, obj, p, in, limit)
			if err := re.RunSteps(ctx, s.Step-1, nil); err != nil {
				t.Fatal(err)
			}
			pre := re.State()
			w, err := re.Step(true)
			if err != nil {
				t.Fatal(err)
			}
			got, err := verify.VerifyStep(pre.Hash(), w.State[:], w.ProofData())
			if err != nil || got != s.Hash() {
				t.Fatalf("case %d: faulting step does not verify: %v", k, err)
			}
		}
	}
	if faults < n/10 {
		t.Fatalf("only %d of %d corrupted programs faulted: the corruption is not reaching the checks", faults, n)
	}
	t.Logf("%d of %d corrupted programs faulted", faults, n)
}

func TestStepLimitFaults(t *testing.T) {
	p, in := examples.CNN(), examples.SampleInput()
	for _, limit := range []uint64{1, 2, 100, p.Steps() - 1} {
		m := rawJob(t, p.Bytes(), p, in, limit)
		if err := m.RunBulk(context.Background(), bulk.NewCPU(0), nil); err != nil {
			t.Fatal(err)
		}
		s := m.State()
		if s.Status != vm.StatusFaulted || s.Fault != vm.FaultStepLimit || s.Step != limit+1 {
			t.Fatalf("limit %d: %v", limit, s)
		}
	}
	m := rawJob(t, p.Bytes(), p, in, p.Steps())
	if err := m.RunBulk(context.Background(), bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	if s := m.State(); s.Status != vm.StatusHalted || s.Step != p.Steps() {
		t.Fatalf("limit = trace length must halt normally: %v", s)
	}
}
