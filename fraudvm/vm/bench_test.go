package vm_test

import (
	"testing"

	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/verify"
)

// The step-rate benchmarks run the example MLP (MATMUL-dominated) and restart it when it halts.
// ns/op is per step.
//
//	go test -run '^$' -bench 'Step|Verify' ./fraudvm/vm

func benchStep(b *testing.B, proof bool) {
	p, in := examples.MLP(), examples.SampleInput()
	m := newJob(b, p, in)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if m.Registers().Halted() {
			b.StopTimer()
			m = newJob(b, p, in)
			b.StartTimer()
		}
		if _, err := m.Step(proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "steps/s")
}

// BenchmarkStep is the interpreter without witnesses (root updated lazily).
func BenchmarkStep(b *testing.B) { benchStep(b, false) }

// BenchmarkStepProof is the interpreter producing a witness every step (root and proofs).
func BenchmarkStepProof(b *testing.B) { benchStep(b, true) }

// BenchmarkVerifyStep checks pre-recorded witnesses of the MLP's first 20,000 steps.
func BenchmarkVerifyStep(b *testing.B) {
	p, in := examples.MLP(), examples.SampleInput()
	m := newJob(b, p, in)
	type rec struct {
		pre          [32]byte
		state, proof []byte
	}
	var recs []rec
	for i := 0; i < 20000 && !m.Registers().Halted(); i++ {
		pre := m.State().Hash()
		w, err := m.Step(true)
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, rec{pre, w.State[:], w.ProofData()})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := &recs[i%len(recs)]
		if _, err := verify.VerifyStep(r.pre, r.state, r.proof); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "steps/s")
}
