package sequencer

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/msg"
)

// BenchmarkAdmission measures signed jobs (the example MLP, an 800-byte input) admitted per
// second by a sequencer with its database on disk (every answer waits for an fsync), sent over
// JSON-RPC by N concurrent clients, each with its own account. Blocks are produced as they fill
// (1000 messages), on the same cores. Run:
//
//	go test ./sequencer -run '^$' -bench Admission -benchtime 4000x
func BenchmarkAdmission(b *testing.B) {
	for _, clients := range []int{1, 4, 16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { benchAdmission(b, clients, true) })
	}
	b.Run("in-process/memdb", func(b *testing.B) { benchAdmission(b, 0, false) })
}

// benchAdmission sends b.N jobs from clients RPC clients (0: direct Send calls from one
// goroutine, no RPC).
func benchAdmission(b *testing.B, clients int, disk bool) {
	cfg := testConfig()
	cfg.BlockTime = time.Second
	cfg.MempoolPerAccount, cfg.MempoolTotal = 1<<20, 1<<20
	if disk {
		cfg.DataDir = b.TempDir()
	}
	senders := max(clients, 1)
	balances := make([]uint64, senders+1)
	for i := range balances {
		balances[i] = 1 << 60
	}
	e := newEnv(b, cfg, balances...)
	p, prog, input := e.mlp(0)
	e.produce()

	// Sign everything first: the benchmark is the sequencer, not the signer.
	per := (b.N + senders - 1) / senders
	jobs := make([][]*msg.Signed, senders)
	for c := range jobs {
		for range per {
			jobs[c] = append(jobs[c], e.job(c+1, p, input))
		}
	}
	b.ResetTimer()
	t0 := time.Now()
	if clients == 0 {
		for _, s := range jobs[0] {
			if _, err := e.seq.Send(msg.KindJob, api.Send{Message: s, Program: 0, Data: input}); err != nil {
				b.Fatal(err)
			}
		}
	} else {
		var wg sync.WaitGroup
		errs := make(chan error, clients)
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cl, err := client.Dial(context.Background(), e.seq.RPCEndpoint())
				if err != nil {
					errs <- err
					return
				}
				defer cl.Close()
				for _, s := range jobs[c] {
					if _, err := cl.Send(context.Background(), s, prog, input); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
	}
	el := time.Since(t0)
	b.StopTimer()
	b.ReportMetric(float64(senders*per)/el.Seconds(), "jobs/s")
	b.ReportMetric(testutilCount(b, e.seq, "crollup_sequencer_blocks_total", ""), "blocks")
}
