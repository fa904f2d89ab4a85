package tests

import (
	"slices"
	"testing"

	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// sampleSeeds are the random programs the samples come from (TestRandomPrograms' options).
const sampleSeeds = 12

var sampleOptions = examples.RandomOptions{MaxSteps: 1 << 11}

// sample is a step of a sample program together with the memory before it, so that the
// interpreter can execute it again from changed registers or a changed memory.
type sample struct {
	provedStep
	mem  *memory.Memory // do not write: take a Snapshot
	seed uint64         // the examples.Random seed (sampleOptions) of the program; 0 if crafted
}

// reexec runs the interpreter for one step from the sample's pre-state with its packed registers
// changed by mutate and its memory by mutateMem (either may be nil). It returns the step and the
// interpreter's registers after it.
func (s sample) reexec(t testing.TB, mutate func(st []byte), mutateMem func(m *memory.Memory)) (provedStep, vm.State) {
	t.Helper()
	st := slices.Clone(s.state)
	if mutate != nil {
		mutate(st)
	}
	regs, err := vm.DecodeState(st)
	if err != nil {
		t.Fatalf("mutated state does not decode: %v", err)
	}
	mem := s.mem.Snapshot()
	if mutateMem != nil {
		mutateMem(mem)
	}
	m := vm.New(regs, mem)
	ps := prove(t, m)
	return ps, m.Registers()
}

// sampleSteps returns, for every step kind, its first step in the sample programs, and every
// step for which extra returns true, each with the memory before it. A first pass finds the steps;
// a second one takes the memory snapshots, so that only the chosen steps pay for them.
func sampleSteps(t testing.TB, extra func(provedStep) bool) (map[string]sample, []sample) {
	t.Helper()
	type pick struct {
		kind  string // "" for an extra step
		seed  uint64
		index uint64
	}
	var picks []pick
	seen := map[string]bool{}
	for seed := uint64(1); seed <= sampleSeeds; seed++ {
		p, in, err := examples.Random(seed, sampleOptions)
		if err != nil {
			t.Fatal(err)
		}
		runTrace(t, newJob(t, p, in), func(s provedStep) {
			if k := stepKind(s.state, s.w); !seen[k] {
				seen[k] = true
				picks = append(picks, pick{k, seed, s.index})
			} else if extra != nil && extra(s) {
				picks = append(picks, pick{"", seed, s.index})
			}
		})
	}
	for _, k := range kindOrder {
		if !seen[k] {
			t.Fatalf("no %q step in the sample programs", k)
		}
	}
	first := map[string]sample{}
	var extras []sample
	for seed := uint64(1); seed <= sampleSeeds; seed++ {
		var want []pick
		for _, pk := range picks {
			if pk.seed == seed {
				want = append(want, pk)
			}
		}
		if len(want) == 0 {
			continue
		}
		p, in, err := examples.Random(seed, sampleOptions)
		if err != nil {
			t.Fatal(err)
		}
		m := newJob(t, p, in)
		for _, pk := range want { // in step order: picks were appended along the trace
			for m.Registers().Step < pk.index {
				if _, err := m.Step(false); err != nil {
					t.Fatal(err)
				}
			}
			mem := m.Memory().Snapshot()
			ps := prove(t, m)
			// Stepping on from here writes m's memory, not the snapshot; the snapshot needs its
			// own root for reexec.
			mem.Root()
			smp := sample{provedStep: ps, mem: mem, seed: seed}
			if pk.kind != "" {
				first[pk.kind] = smp
			} else {
				extras = append(extras, smp)
			}
		}
	}
	return first, extras
}
