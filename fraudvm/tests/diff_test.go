package tests

import (
	"testing"

	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestExamplesEveryStep runs every step of the example CNN and MLP through the interpreter, the
// Go verifier and the contract: all three must give the same post-state hash at every step.
func TestExamplesEveryStep(t *testing.T) {
	v := newVerifier(t)
	for _, tc := range []struct {
		name string
		p    *program.Program
	}{{"cnn", examples.CNN()}, {"mlp", examples.MLP()}} {
		t.Run(tc.name, func(t *testing.T) {
			kinds := map[string]int{}
			n := runTrace(t, newJob(t, tc.p, examples.SampleInput()), func(s provedStep) {
				checkStep(t, v, s)
				kinds[stepKind(s.state, s.w)]++
			})
			if n != tc.p.Steps() {
				t.Fatalf("trace has %d steps, header says %d", n, tc.p.Steps())
			}
			t.Logf("%s (%s): %d steps agree; kinds %v", tc.name, describe(tc.p), n, kinds)
		})
	}
}

// randomMinSteps is how many steps of random programs TestRandomPrograms checks at least.
const randomMinSteps = 12_000

// TestRandomPrograms runs random valid programs (examples.Random: edge shapes around the leaf
// size, INT32_MIN/INT32_MAX constants, extreme multipliers and shifts, padding, views) step by
// step through the interpreter, the Go verifier and the contract, until at least randomMinSteps
// steps have been checked, and requires every EXEC step kind to have occurred.
func TestRandomPrograms(t *testing.T) {
	v := newVerifier(t)
	kinds := map[string]int{}
	total, programs := uint64(0), 0
	for seed := uint64(1); total < randomMinSteps; seed++ {
		p, in, err := examples.Random(seed, sampleOptions)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		n := runTrace(t, newJob(t, p, in), func(s provedStep) {
			checkStep(t, v, s)
			kinds[stepKind(s.state, s.w)]++
		})
		if n != p.Steps() {
			t.Fatalf("seed %d: trace has %d steps, header says %d", seed, n, p.Steps())
		}
		total += n
		programs++
	}
	t.Logf("%d random programs, %d steps agree; kinds %v", programs, total, kinds)
	for _, k := range kindOrder {
		if kinds[k] == 0 {
			t.Errorf("no %q step in %d random programs", k, programs)
		}
	}
}
