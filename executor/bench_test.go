package executor

import (
	"context"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// mlpBlocks returns the MLP's upload block, then blocks of jobs MLP jobs each (distinct inputs).
func mlpBlocks(tb testing.TB, f *fixture, blocks, jobs int) [][]batch.Message {
	out := [][]batch.Message{f.st.Upload(1, f.mlp, progMLP, batch.DataHeight(int(f.mlp.Size()))-2)}
	for b := range blocks {
		var ms []batch.Message
		for k := range jobs {
			ms = append(ms, f.job(1+k%(len(f.st.Keys)-1), f.mlp, progMLP, b*jobs+k))
		}
		out = append(out, ms)
	}
	return out
}

// BenchmarkBlock applies one block of 64 jobs on the MLP (or 16 on the CNN) to the state
// after the program's upload: with the parallel runner; with stf.Bulk, one job after the other,
// each on all threads; and in accounting mode (stf.SkipJobs: the chain phases alone, the floor
// that running jobs adds to).
func BenchmarkBlock(b *testing.B) {
	for _, prog := range []string{"mlp", "cnn"} {
		b.Run(prog, func(b *testing.B) { benchBlock(b, prog) })
	}
}

func benchBlock(b *testing.B, prog string) {
	f := newFixture(b, 9)
	jobs := 64
	blocks := mlpBlocks(b, f, 1, jobs)
	if prog == "cnn" {
		jobs = 16
		blocks = [][]batch.Message{f.st.Upload(1, f.cnn, progMLP, batch.DataHeight(int(f.cnn.Size())))}
		var ms []batch.Message
		for k := range jobs {
			ms = append(ms, f.job(1+k%(len(f.st.Keys)-1), f.cnn, progMLP, k))
		}
		blocks = append(blocks, ms)
	}
	base := f.gen.Mem.Snapshot()
	if _, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, base, batch.Block{}, blocks[0], stf.Bulk{Backend: bulk.NewCPU(0)}); err != nil {
		b.Fatal(err)
	}
	base.Root()
	for _, mode := range []string{"parallel", "sequential", "accounting"} {
		b.Run(mode, func(b *testing.B) {
			r := NewRunner(0)
			seq := stf.Bulk{Backend: bulk.NewCPU(0)}
			for b.Loop() {
				mem := base.Snapshot()
				var jr stf.Jobs = seq
				var bj *BlockJobs
				if mode == "accounting" {
					jr = stf.SkipJobs{}
				}
				if mode == "parallel" {
					bj = r.Prepare(context.Background(), mem, blocks[1])
					jr = bj
				}
				if _, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: 1}, blocks[1], jr); err != nil {
					b.Fatal(err)
				}
				if bj != nil {
					bj.Close()
				}
				mem.Root()
			}
			b.ReportMetric(float64(jobs*b.N)/b.Elapsed().Seconds(), "jobs/s")
		})
	}
}

// BenchmarkFollow is the whole executor on a data dir: it follows 20 blocks of 64 MLP jobs
// from an in-memory source, persisting every block (Pebble, fsync), and reports blocks and jobs
// per second.
func BenchmarkFollow(b *testing.B) {
	const nBlocks, jobs = 20, 64
	f := newFixture(b, 9)
	blocks := mlpBlocks(b, f, nBlocks, jobs)
	src := source(b, blocks)
	var elapsed time.Duration
	for b.Loop() {
		e, err := New(testConfig(b.TempDir()), quietLog(), f.gen, src)
		if err != nil {
			b.Fatal(err)
		}
		e.run = NewRunner(0)
		e.run.Busy = e.m.recordBusy
		if err := e.ApplyBlock(context.Background(), src.blocks[0]); err != nil { // the upload
			b.Fatal(err)
		}
		start := time.Now()
		for n := 1; n < len(src.blocks); n++ {
			if err := e.ApplyBlock(context.Background(), src.blocks[n]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		if err := e.Stop(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(nBlocks*b.N)/elapsed.Seconds(), "blocks/s")
	b.ReportMetric(float64(nBlocks*jobs*b.N)/elapsed.Seconds(), "jobs/s")
}
