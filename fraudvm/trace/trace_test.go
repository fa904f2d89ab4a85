package trace_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/trace/tracetest"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// steppedHashes is the reference: the state hash after every number of steps, by stepping.
func steppedHashes(t *testing.T, p *program.Program, in []byte) []common.Hash {
	t.Helper()
	mem, err := job.NewDense(p, in)
	if err != nil {
		t.Fatal(err)
	}
	m := vm.NewJob(mem)
	hashes := []common.Hash{m.State().Hash()}
	for !m.Registers().Halted() {
		if _, err := m.Step(false); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, m.State().Hash())
	}
	return hashes
}

func check(t *testing.T, name string, p *program.Program, in []byte, spacing uint64, queries int, seed uint64) {
	t.Helper()
	ctx := context.Background()
	want := steppedHashes(t, p, in)
	mem, err := job.NewDense(p, in)
	if err != nil {
		t.Fatal(err)
	}
	root := mem.Root()
	tp, err := trace.Prepare(ctx, mem, bulk.NewCPU(0), trace.Options{Spacing: spacing})
	if err != nil {
		t.Fatalf("%s: prepare: %v", name, err)
	}
	if mem.Root() != root {
		t.Fatalf("%s: Prepare modified the job's memory", name)
	}
	n := uint64(len(want) - 1)
	if tp.Steps() != n || tp.Final().Hash() != want[n] {
		t.Fatalf("%s: provider has %d steps, final %x; stepping %d, %x", name, tp.Steps(), tp.Final().Hash(), n, want[n])
	}
	r := rand.New(rand.NewPCG(seed, 7))
	idx := []uint64{0, 1, 2, n - 1, n, n + 5}
	for i := 0; i < queries; i++ {
		idx = append(idx, r.Uint64N(n+1))
	}
	// Every instruction's first steps and first micro-steps.
	for pc := range p.Instrs {
		s := p.InstrStart(pc)
		idx = append(idx, s, s+1, s+2, s+3, s+4)
	}
	for _, i := range idx {
		if i > n+5 {
			continue
		}
		got, err := tp.HashAt(ctx, i)
		if err != nil {
			t.Fatalf("%s: HashAt(%d): %v", name, i, err)
		}
		w := want[min(i, n)]
		if got != w {
			t.Fatalf("%s: HashAt(%d) = %x, stepping gives %x", name, i, got, w)
		}
	}
	// Witnesses from the provider verify and lead to the next state.
	for k := 0; k < 20; k++ {
		i := r.Uint64N(n)
		wit, err := tp.WitnessAt(ctx, i)
		if err != nil {
			t.Fatalf("%s: WitnessAt(%d): %v", name, i, err)
		}
		post, err := tp.StateAt(ctx, i+1)
		if err != nil {
			t.Fatalf("%s: StateAt(%d): %v", name, i+1, err)
		}
		got, err := verify.VerifyStep(want[i], wit.State[:], wit.ProofData())
		if err != nil || got != want[i+1] || post.Hash() != want[i+1] {
			t.Fatalf("%s: witness of step %d: %v (verify %x, post %x, want %x)", name, i, err, got, post.Hash(), want[i+1])
		}
	}
	// The contract every trace provider keeps (tracetest), with the Go model of the L1 verifier.
	tracetest.Check(t, tp, vm.State.Hash, func(pre common.Hash, w *vm.Witness) (common.Hash, error) {
		return verify.VerifyStep(pre, w.State[:], w.ProofData())
	}, append(idx[:6:6], r.Uint64N(n), r.Uint64N(n)))
}

func TestProviderExamples(t *testing.T) {
	check(t, "cnn", examples.CNN(), examples.SampleInput(), 1<<12, 300, 1)
	check(t, "cnn-default", examples.CNN(), examples.SampleInput(), 0, 50, 2)
	if !testing.Short() {
		check(t, "mlp", examples.MLP(), examples.SampleInput(), 1<<10, 300, 3)
	}
}

func TestProviderRandom(t *testing.T) {
	seeds := 40
	if testing.Short() {
		seeds = 10
	}
	for seed := uint64(1); seed <= uint64(seeds); seed++ {
		p, in, err := examples.Random(seed+500, examples.RandomOptions{MaxSteps: 1 << 13})
		if err != nil {
			t.Fatal(err)
		}
		// Spacing small enough that most instructions are bracketed by checkpoints, and
		// spacing large enough that queries must bulk-run from an earlier one.
		check(t, "random", p, in, 1+seed%3*64, 40, seed)
	}
}

// TestProviderCorruptPrograms: programs corrupted after validation, run under a step limit, are
// served exactly too (faulting instructions are stepped, not rebuilt).
func TestProviderCorruptPrograms(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(11, 11))
	for k := 0; k < 30; k++ {
		p, in, err := examples.Random(uint64(k)+9000, examples.RandomOptions{MaxSteps: 1 << 11})
		if err != nil {
			t.Fatal(err)
		}
		obj := append([]byte(nil), p.Bytes()...)
		meta := 32 * (1 + len(p.Instrs) + len(p.Tensors))
		obj[r.IntN(meta)] ^= byte(1 << r.IntN(8))
		packed, _ := program.Pack(p.InputTensor(), in)
		load := func() *memory.Memory {
			mem := memory.New()
			mem.Write(isa.RegionProgram.Base(), obj)
			mem.Write(isa.RegionInput.Base(), packed)
			return mem
		}
		start := vm.State{Phase: vm.PhaseStart, Limit: 1 << 14}
		ref := vm.New(start, load())
		want := []common.Hash{ref.State().Hash()}
		for !ref.Registers().Halted() {
			if _, err := ref.Step(false); err != nil {
				t.Fatal(err)
			}
			want = append(want, ref.State().Hash())
		}
		tp, err := trace.Prepare(ctx, load(), bulk.NewCPU(0), trace.Options{Start: start, Spacing: 64})
		if err != nil {
			t.Fatalf("case %d: %v", k, err)
		}
		n := uint64(len(want) - 1)
		if tp.Steps() != n {
			t.Fatalf("case %d: provider %d steps, stepping %d", k, tp.Steps(), n)
		}
		for q := 0; q < 40; q++ {
			i := r.Uint64N(n + 1)
			got, err := tp.HashAt(ctx, i)
			if err != nil || got != want[i] {
				t.Fatalf("case %d: HashAt(%d) = %x, %v; want %x", k, i, got, err, want[i])
			}
		}
	}
}
