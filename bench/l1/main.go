// Command l1 measures what crollup costs on L1 and how long a job takes to get there: it runs a
// whole devnet in this process (the in-process L1 with 2 s blocks, the contracts, the sequencer,
// an executor, the batcher; package devnet), funds users through real Bridge deposits, uploads
// the example programs, offers a steady load of jobs, and reads the batches the batcher posted.
//
// For each program and load it prints: batches and blobs posted, blob fill (payload bytes over
// the blobs' capacity), payload bytes per job, L1 execution gas per batch and per job, blob gas
// per job, and seconds from submission (the sequencer's acknowledgement) to L1 inclusion (the
// timestamp of the L1 block holding the job's batch; L1 timestamps are whole seconds).
//
//	go run ./bench/l1                                   # MLP and CNN, 20 jobs/s for 20 s
//	go run ./bench/l1 -programs mlp -rate 100 -seconds 30 -batch-age 12s
package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/sequencer"
)

func main() {
	programs := flag.String("programs", "mlp,cnn", "example programs to send jobs of")
	rate := flag.Int("rate", 20, "offered load, jobs per second")
	seconds := flag.Int("seconds", 20, "how long the load is offered")
	batchAge := flag.Duration("batch-age", 4*time.Second, "the sequencer's batch age")
	users := flag.Int("users", 8, "senders (each deposits 1 ETH)")
	flag.BoolVar(&verbose, "v", false, "print every batch posted")
	flag.IntVar(&maxPending, "max-pending", 0, "the batcher's transactions in flight (0: its default)")
	flag.Parse()
	if err := run(strings.Split(*programs, ","), *rate, *seconds, *batchAge, *users); err != nil {
		fmt.Fprintln(os.Stderr, "l1:", err)
		os.Exit(1)
	}
}

var (
	verbose    bool
	maxPending int
)

func run(programs []string, rate, seconds int, batchAge time.Duration, users int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	scfg := sequencer.DefaultConfig()
	scfg.BlockTime, scfg.BatchAge = time.Second, batchAge
	dir, err := os.MkdirTemp("", "crollup-bench-l1-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	d, err := devnet.Start(ctx, devnet.Config{DataDir: dir, L1BlockTime: 2 * time.Second, Sequencer: scfg, BatcherMaxPending: maxPending})
	defer d.Stop(context.Background())
	if err != nil {
		return err
	}
	c, err := client.Dial(ctx, d.Seq.RPCEndpoint())
	if err != nil {
		return err
	}
	defer c.Close()
	cc, err := c.ChainConfig(ctx)
	if err != nil {
		return err
	}
	if users > 20-devnet.KeyUser {
		users = 20 - devnet.KeyUser
	}
	signers := make([]*client.Signer, users)
	nonces := make([]uint64, users)
	for i := range signers {
		dep, err := d.Deposit(ctx, devnet.KeyUser+i, big.NewInt(params.Ether))
		if err != nil {
			return err
		}
		signers[i] = &client.Signer{Key: d.Keys[devnet.KeyUser+i], Account: dep.Account, Domain: cc.Domain()}
	}
	for i := range signers {
		if err := waitFor(ctx, func() bool { _, err := c.GetAccount(ctx, signers[i].Address()); return err == nil }); err != nil {
			return err
		}
	}
	fmt.Printf("devnet up: L1 blocks every 2 s, sequencer blocks every %s, batches sealed at %d bytes or %s; %d users; batcher max pending %d\n\n",
		scfg.BlockTime, scfg.MaxBatchBytes, batchAge, users, maxPending)
	fmt.Println("| program | jobs | input bytes | batches | blobs | blob fill | payload bytes/job | L1 gas/batch | L1 gas/job | blob gas/job | submit → L1 p50 / p90 / max |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	for _, name := range programs {
		p := examples.MLP()
		if strings.TrimSpace(name) == "cnn" {
			p = examples.CNN()
		}
		if err := upload(ctx, c, signers[0], &nonces[0], p, cc); err != nil {
			return err
		}
		if err := load(ctx, d, c, signers, nonces, p, cc, name, rate, seconds); err != nil {
			return err
		}
	}
	return nil
}

// upload registers p (from signer s) and waits until it is ready.
func upload(ctx context.Context, c *client.Client, s *client.Signer, nonce *uint64, p *program.Program, cc *api.ChainConfig) error {
	info, err := c.GetProgram(ctx, p.Root())
	if err != nil || info.State == "ready" {
		return err
	}
	h := batch.DataHeight(int(p.Size())) - 1
	chunks, err := s.Upload(p.Bytes(), h, cc.UploadMaxFee(uint64(len(p.Bytes())), h), *nonce)
	if err != nil {
		return err
	}
	for _, ch := range chunks {
		if _, err := c.Send(ctx, ch.Signed, uint32(info.Index), ch.Data); err != nil {
			return err
		}
		*nonce++
	}
	return waitFor(ctx, func() bool { i, err := c.GetProgram(ctx, p.Root()); return err == nil && i.State == "ready" })
}

type sent struct {
	hash common.Hash
	at   time.Time
}

// load offers rate jobs per second of p for the given seconds, waits until all are on L1, and
// prints one table row computed from the batches that carried them.
func load(ctx context.Context, d *devnet.Devnet, c *client.Client, signers []*client.Signer, nonces []uint64, p *program.Program,
	cc *api.ChainConfig, name string, rate, seconds int) error {
	info, err := c.GetProgram(ctx, p.Root())
	if err != nil {
		return err
	}
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return err
	}
	fee := uint256.NewInt(p.Steps()*uint64(cc.StepPrice) + uint64(len(input))*uint64(cc.BytePrice) + uint64(cc.FlatPrice))
	firstBatch := len(d.Batcher.Posted())
	var jobs []sent
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	end := time.Now().Add(time.Duration(seconds) * time.Second)
	for i := 0; time.Now().Before(end); i++ {
		<-tick.C
		u := i % len(signers)
		s, err := signers[u].Job(p.Root(), p.Steps(), input, fee, nonces[u])
		if err != nil {
			return err
		}
		h, err := c.Send(ctx, s, uint32(info.Index), input)
		if err != nil {
			return fmt.Errorf("job %d: %w", i, err)
		}
		nonces[u]++
		jobs = append(jobs, sent{hash: h, at: time.Now()})
	}
	// Wait until every job is batched, and take each one's L1 inclusion time.
	lat := make([]float64, len(jobs))
	batches := map[uint64]bool{}
	for i, j := range jobs {
		var job *api.Job
		if err := waitFor(ctx, func() bool {
			job, err = c.GetJob(ctx, j.hash)
			return err == nil && job.Status == api.StatusBatched
		}); err != nil {
			return err
		}
		h, err := d.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(*job.L1Block)))
		if err != nil {
			return err
		}
		lat[i] = float64(h.Time) - float64(j.at.UnixMilli())/1000
		batches[uint64(*job.Batch)] = true
	}
	// The batches that carried them (the batcher records what it posted).
	var nb, blobs, bytes, msgs int
	var gas, blobGas uint64
	for _, p := range d.Batcher.Posted()[firstBatch:] {
		if !batches[p.Number] {
			continue
		}
		if verbose {
			fmt.Printf("  batch %d: %d blocks, %d messages, %d bytes in %d blobs, L1 block %d, sent → included %s, first block → L1 %s\n",
				p.Number, p.Blocks, p.Messages, p.PayloadBytes, p.Blobs, p.L1Block, p.SealedToL1.Round(time.Millisecond), p.FirstBlockAge)
		}
		nb, blobs, bytes, msgs = nb+1, blobs+p.Blobs, bytes+p.PayloadBytes, msgs+p.Messages
		gas, blobGas = gas+p.GasUsed, blobGas+p.BlobGasUsed
	}
	if nb == 0 {
		return fmt.Errorf("%s: no batch of this run found", name)
	}
	slices.Sort(lat)
	q := func(f float64) float64 { return lat[min(len(lat)-1, int(f*float64(len(lat))))] }
	fmt.Printf("| %s | %d | %d | %d | %d | %.1f%% | %d | %d | %d | %d | %.1f / %.1f / %.1f s |\n",
		name, len(jobs), len(input), nb, blobs, 100*float64(bytes)/float64(blobs*blob.PayloadBytesPerBlob), bytes/msgs,
		gas/uint64(nb), gas/uint64(msgs), blobGas/uint64(msgs), q(0.5), q(0.9), lat[len(lat)-1])
	return nil
}

func waitFor(ctx context.Context, cond func() bool) error {
	for !cond() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}
