package vm_test

import (
	"context"
	"errors"
	"testing"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// FuzzStep runs Step from arbitrary registers over the memory of a real job (the example CNN,
// loaded and untouched). Step must never panic; it either rejects the state with ErrNoStep and
// changes nothing, or it returns a witness from which the independent verifier reaches the same
// post-state hash. Seeds are reachable states of the CNN's trace, so mutations start from
// registers that exercise every phase and opcode.
func FuzzStep(f *testing.F) {
	p := examples.CNN()
	in := examples.SampleInput()
	tp, err := trace.Prepare(context.Background(), mustMem(f, p, in), bulk.NewCPU(1), trace.Options{})
	if err != nil {
		f.Fatal(err)
	}
	for pc := range p.Instrs {
		for _, d := range []uint64{0, 1, 2, 3, 5, 40} {
			s, err := tp.StateAt(context.Background(), p.InstrStart(pc)+d)
			if err != nil {
				f.Fatal(err)
			}
			enc := s.Encode()
			f.Add(enc[:])
		}
	}
	base := mustMem(f, p, in)
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := vm.DecodeState(b)
		if err != nil {
			return
		}
		mem := base.Snapshot()
		root := mem.Root()
		m := vm.New(st, mem)
		w, err := m.Step(true)
		if err != nil {
			if !errors.Is(err, vm.ErrNoStep) {
				t.Fatalf("error does not wrap ErrNoStep: %v", err)
			}
			after := m.Registers()
			after.MemRoot = st.MemRoot // the proving path refreshes the cached root first
			if mem.Root() != root || after != st {
				t.Fatalf("rejected step changed the machine: %v", err)
			}
			return
		}
		pre := st
		pre.MemRoot = root
		post := m.State().Hash()
		got, err := verify.VerifyStep(pre.Hash(), w.State[:], w.ProofData())
		if err != nil {
			t.Fatalf("interpreter steps %v, verifier rejects: %v", pre, err)
		}
		if got != post {
			t.Fatalf("interpreter and verifier disagree from %v", pre)
		}
	})
}

func mustMem(f *testing.F, p *program.Program, in []byte) *memory.Memory {
	f.Helper()
	mem, err := job.NewDense(p, in)
	if err != nil {
		f.Fatal(err)
	}
	return mem
}
