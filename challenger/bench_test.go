package challenger

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// cnnChain is a chain whose batch 1 holds `jobs` jobs of the example CNN (about 38k steps each).
func cnnChain(b *testing.B, jobs int) *Chain {
	b.Helper()
	c, err := stftest.New(1)
	if err != nil {
		b.Fatal(err)
	}
	c.Deposit(0, 1e18)
	p := examples.CNN()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Batch(c.Upload(0, p, 0, batch.DataHeight(int(p.Size())))); err != nil {
		b.Fatal(err)
	}
	var msgs []batch.Message
	for range jobs {
		msgs = append(msgs, c.Job(0, p, 0, input, stftest.JobFee(p, len(input))))
	}
	if _, err := c.Batch(msgs); err != nil {
		b.Fatal(err)
	}
	ch := NewChain(c.Cfg, c.Oracle, c.Genesis, 0, bulk.NewCPU(0))
	if err := ch.Extend(context.Background(), 2); err != nil {
		b.Fatal(err)
	}
	return ch
}

// BenchmarkHonestCommitment measures what the challenger computes to play the steps level of a
// batch of CNN jobs with the deployed parameters (k = 16, H1 = 10): the batch's trace (every
// state hash, stepping, and the trace provider's checkpoints), the top claim's commitment over
// 16^10 positions (padded past the batch's end), and a move afterwards (the dissection of a
// claim of height 2 in the middle of the batch). Reported per step of the batch, to extrapolate.
//
//	go test ./challenger -run '^$' -bench HonestCommitment -benchtime 1x
func BenchmarkHonestCommitment(b *testing.B) {
	for _, jobs := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("cnn-jobs=%d", jobs), func(b *testing.B) {
			ch := cnnChain(b, jobs)
			ctx := context.Background()
			p := dispute.Params{K: 16, Heights: [2]uint8{2, 10}}
			b.ResetTimer()
			for range b.N {
				t0 := time.Now()
				tr, err := NewAssertionTrace(ctx, ch, 1, 1)
				if err != nil {
					b.Fatal(err)
				}
				steps := tr.Steps(0)
				prep := time.Since(t0)
				c := dispute.Commitment{K: p.K, State: func(q uint64) dispute.Hash { return tr.StateHash(0, q) }, Padded: true, PadFrom: steps}
				t1 := time.Now()
				top := c.Commit(0, p.Heights[1])
				commit := time.Since(t1)
				t2 := time.Now()
				node := c.Node(steps/2/256*256, 2)
				move := time.Since(t2)
				if top == (dispute.Hash{}) || len(node.Ends) != p.K || tr.Err() != nil {
					b.Fatal("no commitment", tr.Err())
				}
				b.ReportMetric(float64(steps), "steps")
				b.ReportMetric(prep.Seconds(), "trace-s")
				b.ReportMetric(commit.Seconds(), "top-commit-s")
				b.ReportMetric(move.Seconds()*1e3, "move-ms")
				b.ReportMetric(float64((prep+commit).Nanoseconds())/float64(steps), "ns/step")
			}
		})
	}
}
