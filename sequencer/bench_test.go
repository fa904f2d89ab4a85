package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/msg"
)

// BenchmarkAdmission measures signed jobs (the example MLP, an 800-byte input) admitted per
// second by a sequencer with its database on disk (every answer waits for an fsync), sent over
// JSON-RPC by N concurrent clients, each with its own account: one job per request
// (clients=N), or batches of 64 jobs per request (batch=64/clients=N, a JSON-RPC batch answered
// call by call). Blocks are produced as they fill (1000 messages). The clients run in the same
// process, on the same cores as the sequencer: their JSON encoding, HTTP and answer decoding
// are counted in the figure. The in-process lines call Send (one job at a time) or SendBatch
// (64 at a time) from one goroutine, with no RPC and the database in memory. Run:
//
//	go test ./sequencer -run '^$' -bench Admission -benchtime 4000x
func BenchmarkAdmission(b *testing.B) {
	for _, clients := range []int{1, 4, 16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { benchAdmission(b, clients, 1, true) })
	}
	for _, clients := range []int{1, 4, 16, 64} {
		b.Run(fmt.Sprintf("batch=64/clients=%d", clients), func(b *testing.B) { benchAdmission(b, clients, 64, true) })
	}
	b.Run("in-process/memdb", func(b *testing.B) { benchAdmission(b, 0, 1, false) })
	b.Run("in-process/batch=64/memdb", func(b *testing.B) { benchAdmission(b, 0, 64, false) })
}

// benchAdmission sends b.N jobs from clients RPC clients (0: direct Send or SendBatch calls from
// one goroutine, no RPC), batch jobs per request.
func benchAdmission(b *testing.B, clients, batch int, disk bool) {
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
	// Batches are encoded before the clock starts too, as a load generator replays prepared
	// requests; the clients' HTTP and the reading and checking of every answer are counted.
	var bodies [][][]byte
	if clients > 0 && batch > 1 {
		bodies = make([][][]byte, clients)
		for c := range clients {
			var err error
			if bodies[c], err = encodeBatches(jobs[c], prog, input, batch); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ResetTimer()
	t0, cpu0 := time.Now(), processCPU(b)
	if clients == 0 {
		for i := 0; i < len(jobs[0]); i += batch {
			chunk := jobs[0][i:min(i+batch, len(jobs[0]))]
			if batch == 1 {
				if _, err := e.seq.Send(msg.KindJob, api.Send{Message: chunk[0], Program: 0, Data: input}); err != nil {
					b.Fatal(err)
				}
				continue
			}
			kinds, reqs := make([]msg.Kind, len(chunk)), make([]api.Send, len(chunk))
			for k, s := range chunk {
				kinds[k], reqs[k] = msg.KindJob, api.Send{Message: s, Program: 0, Data: input}
			}
			_, errs := e.seq.SendBatch(context.Background(), kinds, reqs)
			for _, err := range errs {
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	} else {
		var wg sync.WaitGroup
		errs := make(chan error, clients)
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var err error
				if batch == 1 {
					err = sendJobs(e.seq.RPCEndpoint(), jobs[c], prog, input)
				} else {
					err = postBatches(e.seq.RPCEndpoint(), bodies[c])
				}
				if err != nil {
					errs <- err
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
	// The jobs still waiting for a block are sequenced before the CPU time is read, so that it
	// counts every job's block production too (the clock has stopped: the last block would
	// otherwise wait for the block time).
	e.produce()
	cpu := processCPU(b) - cpu0
	b.StopTimer()
	b.ReportMetric(float64(senders*per)/el.Seconds(), "jobs/s")
	// The process's CPU time (user and system, every goroutine: clients, server, WAL, block
	// producer, GC) per job, admitted and in a block: on a shared machine jobs/s follows the
	// other load, this much less. 2 s / this is what 2 idle cores would allow.
	b.ReportMetric(float64(cpu.Microseconds())/float64(senders*per), "cpu-µs/job")
	b.ReportMetric(testutilCount(b, e.seq, "crollup_sequencer_blocks_total", ""), "blocks")
}

// sendJobs sends jobs over JSON-RPC with the chain's client, one request each, one after the
// other.
func sendJobs(url string, jobs []*msg.Signed, prog uint32, input []byte) error {
	ctx := context.Background()
	cl, err := client.Dial(ctx, url)
	if err != nil {
		return err
	}
	defer cl.Close()
	for _, s := range jobs {
		if _, err := cl.Send(ctx, s, prog, input); err != nil {
			return err
		}
	}
	return nil
}

// encodeBatches encodes jobs as JSON-RPC batch requests of compute_sendJob calls, batch calls
// each.
func encodeBatches(jobs []*msg.Signed, prog uint32, input []byte, batch int) ([][]byte, error) {
	type call struct {
		Version string     `json:"jsonrpc"`
		ID      int        `json:"id"`
		Method  string     `json:"method"`
		Params  []api.Send `json:"params"`
	}
	var out [][]byte
	for i := 0; i < len(jobs); i += batch {
		var calls []call
		for k, s := range jobs[i:min(i+batch, len(jobs))] {
			calls = append(calls, call{"2.0", i + k, api.MethodSendJob, []api.Send{{Message: s, Program: hexutil.Uint64(prog), Data: input}}})
		}
		body, err := json.Marshal(calls)
		if err != nil {
			return nil, err
		}
		out = append(out, body)
	}
	return out, nil
}

// postBatches posts JSON-RPC batch requests one after the other on one connection and checks
// that every call of each was answered with a hash.
func postBatches(url string, bodies [][]byte) error {
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
	defer hc.CloseIdleConnections()
	for _, body := range bodies {
		resp, err := hc.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		var answers []struct {
			Error  *struct{ Message string }
			Result *api.SendResult
		}
		err = json.NewDecoder(resp.Body).Decode(&answers)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("answer (HTTP %s): %w", resp.Status, err)
		}
		for k, a := range answers {
			if a.Error != nil || a.Result == nil || a.Result.Hash == (common.Hash{}) {
				return fmt.Errorf("call %d: %+v", k, a.Error)
			}
		}
		if len(answers) == 0 {
			return errors.New("an empty answer")
		}
	}
	return nil
}

// processCPU is the CPU time this process has used so far, user and system.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
