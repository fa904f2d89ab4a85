package stf_test

import (
	"context"
	"testing"

	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
)

// benchBatch1 returns the mixed scenario and the memory after its batch 0.
func benchBatch1(b *testing.B) (*stftest.Mixed, *memory.Memory) {
	s := stftest.NewMixed(b)
	pre := s.Genesis.Snapshot()
	if err := stf.New(s.Cfg, s.Oracle, pre).Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	pre.Root()
	return s, pre
}

// BenchmarkBatch applies batch 1 of the mixed scenario (24 messages: three jobs, uploads,
// withdrawals and one message per skip reason) by the fast path and by stepping, side by side,
// and reports machine steps per second.
//
//	go test -run '^$' -bench Batch ./chain/stf
func BenchmarkBatch(b *testing.B) {
	s, pre := benchBatch1(b)
	ctx := context.Background()
	var steps uint64
	b.Run("ApplyBatch", func(b *testing.B) {
		for b.Loop() {
			mem := pre.Snapshot()
			st, err := stf.ApplyBatch(ctx, s.Cfg, s.Oracle, mem, bulk.NewCPU(0))
			if err != nil {
				b.Fatal(err)
			}
			mem.Root()
			steps = st.Regs.Step
		}
		b.ReportMetric(float64(steps)*float64(b.N)/b.Elapsed().Seconds(), "steps/s")
	})
	b.Run("Step", func(b *testing.B) {
		for b.Loop() {
			mem := pre.Snapshot()
			m := stf.New(s.Cfg, s.Oracle, mem)
			if err := m.Run(ctx); err != nil {
				b.Fatal(err)
			}
			mem.Root()
			steps = m.Regs().Step
		}
		b.ReportMetric(float64(steps)*float64(b.N)/b.Elapsed().Seconds(), "steps/s")
	})
}
