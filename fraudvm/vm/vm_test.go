package vm_test

import (
	"context"
	"testing"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

func newJob(t testing.TB, p *program.Program, dense []byte) *vm.VM {
	t.Helper()
	mem, err := job.NewDense(p, dense)
	if err != nil {
		t.Fatal(err)
	}
	return vm.NewJob(mem)
}

// proveAll steps the job to the end with witnesses, checking every step with the independent
// verifier, and returns the number of steps taken.
func proveAll(t *testing.T, m *vm.VM) uint64 {
	t.Helper()
	pre := m.State().Hash()
	n := uint64(0)
	for !m.Registers().Halted() {
		w, err := m.Step(true)
		if err != nil {
			t.Fatalf("step %d: %v", n, err)
		}
		if len(w.Accesses) > vm.MaxAccesses {
			t.Fatalf("step %d touches %d leaves", n, len(w.Accesses))
		}
		post := m.State().Hash()
		got, err := verify.VerifyStep(pre, w.State[:], w.ProofData())
		if err != nil {
			t.Fatalf("step %d (%s): verifier rejects: %v", n, vm.Registers(w), err)
		}
		if got != post {
			t.Fatalf("step %d (%s): verifier post %x, interpreter %x", n, vm.Registers(w), got, post)
		}
		pre = post
		n++
	}
	return n
}

func TestStepVerifyExamples(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    *program.Program
	}{{"cnn", examples.CNN()}, {"mlp", examples.MLP()}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "mlp" && testing.Short() {
				t.Skip("short")
			}
			m := newJob(t, tc.p, examples.SampleInput())
			n := proveAll(t, m)
			if n != tc.p.Steps() {
				t.Fatalf("ran %d steps, program header says %d", n, tc.p.Steps())
			}
			// Stepping a halted machine is a no-op with an empty witness.
			before := m.State()
			w, err := m.Step(true)
			if err != nil || len(w.Accesses) != 0 || m.State() != before {
				t.Fatalf("halted step: err=%v accesses=%d changed=%v", err, len(w.Accesses), m.State() != before)
			}
			got, err := verify.VerifyStep(before.Hash(), w.State[:], w.ProofData())
			if err != nil || got != before.Hash() {
				t.Fatalf("halted verify: %v", err)
			}
		})
	}
}

func TestStepVerifyRandom(t *testing.T) {
	seeds := 25
	if testing.Short() {
		seeds = 15
	}
	for seed := uint64(1); seed <= uint64(seeds); seed++ {
		p, in, err := examples.Random(seed, examples.RandomOptions{MaxSteps: 1 << 13})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		m := newJob(t, p, in)
		if n := proveAll(t, m); n != p.Steps() {
			t.Fatalf("seed %d: ran %d steps, header says %d", seed, n, p.Steps())
		}
	}
}

// TestBulkMatchesStep runs each program twice, stepping and in bulk, and compares the state at
// every instruction boundary and at the end: the bulk backend must be bit-identical to Step.
func TestBulkMatchesStep(t *testing.T) {
	ctx := context.Background()
	progs := []*program.Program{examples.CNN(), examples.MLP()}
	inputs := [][]byte{examples.SampleInput(), examples.SampleInput()}
	seeds := 200
	if testing.Short() {
		seeds = 40
	}
	for seed := uint64(1000); seed < 1000+uint64(seeds); seed++ {
		p, in, err := examples.Random(seed, examples.RandomOptions{MaxSteps: 1 << 15, MaxDim: 70})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		progs, inputs = append(progs, p), append(inputs, in)
	}
	backend := bulk.NewCPU(0)
	for i, p := range progs {
		stepper := newJob(t, p, inputs[i])
		bulker := newJob(t, p, inputs[i])
		for !bulker.Registers().Halted() {
			r := bulker.Registers()
			if r.Phase == vm.PhaseExec {
				if err := bulker.ExecInstruction(ctx, backend); err != nil {
					t.Fatalf("program %d: bulk: %v", i, err)
				}
				target := bulker.Registers().Step
				if err := stepper.RunSteps(ctx, target-stepper.Registers().Step, nil); err != nil {
					t.Fatalf("program %d: step: %v", i, err)
				}
				if s, b := stepper.State(), bulker.State(); s != b {
					t.Fatalf("program %d instruction %d (%s): stepped %v, bulk %v", i, r.PC, r.Op(), s, b)
				}
				continue
			}
			if _, err := bulker.Step(false); err != nil {
				t.Fatal(err)
			}
			if _, err := stepper.Step(false); err != nil {
				t.Fatal(err)
			}
		}
		if s, b := stepper.State(), bulker.State(); s != b || s.Step != p.Steps() {
			t.Fatalf("program %d final: stepped %v, bulk %v, header steps %d", i, s, b, p.Steps())
		}
	}
}
