package trace_test

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
)

// bigProgram is a job of more than 2^32 steps: one MATMUL of 8192×4096 by 4096×4096ᵀ
// (8192·4096·129 = 4,328,521,728 steps), a per-tensor REQUANT and a row ARGMAX.
func bigProgram(tb testing.TB) *program.Program {
	const m, n, k = 8192, 4096, 4096
	rng := rand.NewChaCha8([32]byte{'c', 'r', 'o', 'l', 'l', 'u', 'p'})
	rnd := func(size int) []int8 {
		buf := make([]byte, size)
		_, _ = rng.Read(buf)
		out := make([]int8, size)
		for i, v := range buf {
			out[i] = int8(v)
		}
		return out
	}
	b := program.NewBuilder()
	b.Input(1, 32)
	a := b.ConstInt8(m, k, rnd(m*k))
	w := b.ConstInt8(n, k, rnd(n*k))
	acc := b.Arena(isa.Int32, m, n)
	q := b.Arena(isa.Int8, m, n)
	out := b.Output(isa.Int32, m, 1)
	b.MatMul(acc, a, w, program.None)
	b.RequantPerTensor(q, acc, program.None, 1<<30, -8, 0, -128, 127)
	b.ArgMax(out, q)
	p, err := b.Build()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

var (
	bigOnce sync.Once
	bigTP   *trace.Provider
	bigPrep time.Duration
)

// BenchmarkProvider2p32 measures the trace provider on a 2^32+ step job: the preparatory run
// (reported once, as prep-s) and queries of the state hash at uniformly random step indices.
//
//	go test -run '^$' -bench Provider2p32 -benchtime 20x ./fraudvm/trace
func BenchmarkProvider2p32(b *testing.B) {
	ctx := context.Background()
	bigOnce.Do(func() {
		p := bigProgram(b)
		if p.Steps() < 1<<32 {
			b.Fatalf("program has %d steps, want ≥ 2^32", p.Steps())
		}
		mem, err := job.NewDense(p, make([]byte, 32))
		if err != nil {
			b.Fatal(err)
		}
		mem.Root()
		t0 := time.Now()
		bigTP, err = trace.Prepare(ctx, mem, bulk.NewCPU(0), trace.Options{})
		if err != nil {
			b.Fatal(err)
		}
		bigPrep = time.Since(t0)
	})
	rng := rand.New(rand.NewPCG(1, 2))
	var worst time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		at := rng.Uint64N(bigTP.Steps())
		t0 := time.Now()
		if _, err := bigTP.HashAt(ctx, at); err != nil {
			b.Fatal(err)
		}
		worst = max(worst, time.Since(t0))
	}
	b.StopTimer()
	// Consistency at this scale, where stepping from 0 is out of reach: the witness of a step
	// verifies, and leads to the state the provider reports one step later.
	for k := 0; k < 3; k++ {
		at := rng.Uint64N(bigTP.Steps())
		w, err := bigTP.WitnessAt(ctx, at)
		if err != nil {
			b.Fatal(err)
		}
		pre, _ := bigTP.HashAt(ctx, at)
		next, _ := bigTP.HashAt(ctx, at+1)
		got, err := verify.VerifyStep(pre, w.State[:], w.ProofData())
		if err != nil || got != next {
			b.Fatalf("step %d: witness does not lead to the next state (%v)", at, err)
		}
	}
	b.ReportMetric(worst.Seconds(), "worst-query-s")
	b.ReportMetric(bigPrep.Seconds(), "prep-s")
	b.ReportMetric(float64(bigTP.Steps()), "trace-steps")
	b.ReportMetric(float64(bigTP.Checkpoints()), "checkpoints")
}
