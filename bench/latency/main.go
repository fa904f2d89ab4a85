// Command latency measures how long a signed job takes through crollup's sequencer and executor
// at a given offered load: admission (send → durable acknowledgement) and sequenced → executed
// (the block holding the job becomes visible → the executor's head reaches that block). Both
// services run in this process on a data dir on disk, the executor following the sequencer in
// process; jobs are the example MLP, pre-signed from many accounts.
//
//	go run ./bench/latency                         # 10, 100 and 1000 jobs/s, 1 s blocks
//	go run ./bench/latency -rates 100 -block-time 250ms -seconds 5
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/sequencer"
)

func main() {
	rates := flag.String("rates", "10,100,1000", "offered loads, jobs per second")
	seconds := flag.Float64("seconds", 4, "how long each load is offered")
	blockTime := flag.Duration("block-time", time.Second, "the sequencer's block time")
	flag.Parse()
	for _, r := range strings.Split(*rates, ",") {
		rate, err := strconv.Atoi(strings.TrimSpace(r))
		if err != nil || rate <= 0 {
			fmt.Fprintln(os.Stderr, "latency: -rates: want positive integers")
			os.Exit(2)
		}
		if err := run(rate, *seconds, *blockTime); err != nil {
			fmt.Fprintln(os.Stderr, "latency:", err)
			os.Exit(1)
		}
	}
}

func pct(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return d[min(len(d)-1, int(p*float64(len(d))))]
}

func run(rate int, seconds float64, blockTime time.Duration) error {
	ctx := context.Background()
	n := int(float64(rate) * seconds)
	accounts := max(16, n/100+1) // senders in parallel, well under the per-account mempool limit
	signers := make([]*client.Signer, accounts)
	var acc []genesis.Account
	for i := range signers {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("latency key %d", i))))
		signers[i] = &client.Signer{Key: k, Account: uint32(i)}
		acc = append(acc, genesis.Account{Address: crypto.PubkeyToAddress(k.PublicKey), Balance: uint256.NewInt(1 << 62)})
	}
	cc := genesis.DefaultConfig()
	cc.Accounts = acc
	gen, err := genesis.New(cc)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "crollup-latency")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	scfg := sequencer.DefaultConfig()
	scfg.DataDir, scfg.BlockTime = dir+"/seq", blockTime
	lg := log.NewLogger(log.DiscardHandler())
	seq, err := sequencer.New(scfg, lg, gen)
	if err != nil {
		return err
	}
	if err := seq.Start(ctx); err != nil {
		return err
	}
	defer seq.Stop(ctx)
	ecfg := executor.DefaultConfig()
	ecfg.DataDir, ecfg.RPCPort, ecfg.PollInterval = dir+"/exe", 0, 2*time.Millisecond
	exe, err := executor.New(ecfg, lg, gen, seq)
	if err != nil {
		return err
	}
	if err := exe.Start(ctx); err != nil {
		return err
	}
	defer exe.Stop(ctx)

	p := examples.MLP()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return err
	}
	for i := range signers {
		signers[i].Domain = gen.Cfg.Domain
	}
	chunks, err := signers[0].Upload(p.Bytes(), 14, uint256.NewInt(1<<40), 0)
	if err != nil {
		return err
	}
	for _, ch := range chunks {
		if _, err := seq.Send(msg.KindUpload, api.Send{Message: ch.Signed, Data: ch.Data}); err != nil {
			return fmt.Errorf("upload: %w", err)
		}
	}
	// Pre-sign every job so that signing is not part of the offered load.
	type job struct {
		s    *msg.Signed
		hash common.Hash
	}
	jobs := make([]job, n)
	nonces := make([]uint64, accounts)
	nonces[0] = uint64(len(chunks))
	for i := range jobs {
		a := i % accounts
		s, err := signers[a].Job(p.Root(), p.Steps(), input, uint256.NewInt(1<<40), nonces[a])
		if err != nil {
			return err
		}
		nonces[a]++
		e, _ := batch.FromSigned(s, 0, input)
		jobs[i] = job{s, e.Hash()}
	}
	// Wait for the upload's block to execute.
	for {
		if h, _, ok := exe.Head(); ok {
			if b, _ := seq.BlockNumber(ctx); h >= b {
				break
			}
		}
		time.Sleep(10 * time.Millisecond)
	}

	var mu sync.Mutex
	admitted := map[common.Hash]time.Time{}
	var admission []time.Duration
	sequenced := map[common.Hash]time.Time{} // when its block became visible
	blockOf := map[common.Hash]uint64{}
	executed := map[uint64]time.Time{}
	stop := make(chan struct{})
	var watch sync.WaitGroup
	watch.Add(1)
	go func() { // the watcher: new blocks at the sequencer, the executor's head
		defer watch.Done()
		next := uint64(0)
		if b, err := seq.BlockNumber(ctx); err == nil {
			next = b + 1
		}
		for {
			now := time.Now()
			for {
				b, err := seq.Block(ctx, next)
				if err != nil || b == nil {
					break
				}
				mu.Lock()
				for _, h := range b.Hashes {
					sequenced[h], blockOf[h] = now, next
				}
				mu.Unlock()
				next++
			}
			if h, _, ok := exe.Head(); ok {
				mu.Lock()
				for b := h; ; b-- {
					if _, seen := executed[b]; seen {
						break
					}
					executed[b] = now
					if b == 0 {
						break
					}
				}
				mu.Unlock()
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()

	// Offer the load: job i is sent at i/rate seconds. Each account's jobs go out in nonce order
	// from its own sender (the sequencer refuses a nonce gap), accounts in parallel.
	start := time.Now()
	var wg sync.WaitGroup
	var sendErr error
	for a := 0; a < accounts; a++ {
		wg.Add(1)
		go func(a int) {
			defer wg.Done()
			for i := a; i < len(jobs); i += accounts {
				time.Sleep(time.Until(start.Add(time.Duration(float64(i) / float64(rate) * float64(time.Second)))))
				j := jobs[i]
				t0 := time.Now()
				if _, err := seq.Send(msg.KindJob, api.Send{Message: j.s, Program: hexutil.Uint64(0), Data: input}); err != nil {
					mu.Lock()
					sendErr = err
					mu.Unlock()
					return
				}
				mu.Lock()
				admitted[j.hash] = time.Now()
				admission = append(admission, time.Since(t0))
				mu.Unlock()
			}
		}(a)
	}
	wg.Wait()
	if sendErr != nil {
		return fmt.Errorf("rate %d: a send failed: %w", rate, sendErr)
	}
	// Wait until every job is executed.
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		done := 0
		for _, j := range jobs {
			if b, ok := blockOf[j.hash]; ok {
				if _, ok := executed[b]; ok {
					done++
				}
			}
		}
		mu.Unlock()
		if done == len(jobs) {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("rate %d: %d of %d jobs executed after 60 s", rate, done, len(jobs))
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	watch.Wait()
	var seqExe, total []time.Duration
	var last time.Time
	for _, j := range jobs {
		b := blockOf[j.hash]
		seqExe = append(seqExe, executed[b].Sub(sequenced[j.hash]))
		total = append(total, executed[b].Sub(admitted[j.hash]))
		if executed[b].After(last) {
			last = executed[b]
		}
	}
	for _, d := range [][]time.Duration{admission, seqExe, total} {
		slices.Sort(d)
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	fmt.Printf("| %d | %s | %d | %.0f | %s / %s | %s / %s / %s | %s / %s |\n", rate, blockTime, len(jobs),
		float64(len(jobs))/last.Sub(start).Seconds(), ms(pct(admission, 0.5)), ms(pct(admission, 0.99)),
		ms(pct(seqExe, 0.5)), ms(pct(seqExe, 0.99)), ms(seqExe[len(seqExe)-1]), ms(pct(total, 0.5)), ms(pct(total, 0.99)))
	return nil
}
