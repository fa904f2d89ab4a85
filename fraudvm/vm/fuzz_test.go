package vm_test

import (
	"context"
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
// loaded and untouched). The machine is total: every decodable state has a step (possibly into
// the faulted status, which must not write memory), and the independent verifier must reach the
// same post-state hash from its witness. Seeds are reachable states of the CNN's trace, so mutations start from
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
			t.Fatalf("a decodable state has no step: %v", err)
		}
		pre := st
		pre.MemRoot = root
		post := m.State()
		if post.Status == vm.StatusFaulted && mem.Root() != root {
			t.Fatalf("a faulting step wrote memory")
		}
		got, err := verify.VerifyStep(pre.Hash(), w.State[:], w.ProofData())
		if err != nil {
			t.Fatalf("interpreter steps %v (fault %s), verifier rejects: %v", pre, m.FaultReason(), err)
		}
		if got != post.Hash() {
			t.Fatalf("interpreter and verifier disagree from %v: interpreter %v (%s)", pre, post, m.FaultReason())
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
