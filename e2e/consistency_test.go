package e2e

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestStatusThenResult polls, under a load of jobs from several senders, each job's status on
// the executor and, the moment it says executed, its result: the result must be served then
// (compute_getJobResult must not answer "not executed yet" for a job compute_getJob reported
// executed), and the sequencer must serve the block a sequenced status names. Statuses are
// written with their block, before the block is published as the head, so a status read at the
// wrong moment would run ahead of its data (issue "hardening the public surface", 1).
func TestStatusThenResult(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const senders, perSender = 4, 30
	if testing.Short() {
		t.Skip("a load of jobs with concurrent pollers")
	}
	keys := make([]*client.Signer, senders)
	cc := genesis.DefaultConfig()
	for i := range keys {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("consistency key %d", i))))
		keys[i] = &client.Signer{Key: k, Account: uint32(i)}
		cc.Accounts = append(cc.Accounts, genesis.Account{Address: crypto.PubkeyToAddress(k.PublicKey), Balance: uint256.NewInt(1 << 60)})
	}
	gen, err := genesis.New(cc)
	if err != nil {
		t.Fatal(err)
	}
	// The executor on disk, as in a deployment: the window between a block's write and its
	// publication is then widest.
	seq, exe := startFollowing(t, gen, 50*time.Millisecond, 5*time.Millisecond, t.TempDir())
	sc, err := client.Dial(ctx, seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	ec, err := client.Dial(ctx, exe.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	chainCfg, err := sc.ChainConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		k.Domain = chainCfg.Domain()
	}

	// The MLP, uploaded by sender 0 in one chunk.
	p := examples.MLP()
	info, err := sc.GetProgram(ctx, p.Root())
	if err != nil {
		t.Fatal(err)
	}
	h := uint8(0)
	for 32<<h < int(p.Size()) {
		h++
	}
	chunks, err := keys[0].Upload(p.Bytes(), h, uint256.NewInt(1<<50), 0) // fee + heap deposit
	if err != nil || len(chunks) != 1 {
		t.Fatalf("upload: %d chunks, %v", len(chunks), err)
	}
	if _, err := sc.Send(ctx, chunks[0].Signed, uint32(info.Index), chunks[0].Data); err != nil {
		t.Fatal(err)
	}
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}

	var checked, early atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, senders*perSender)
	for i, k := range keys {
		nonce := uint64(0)
		if i == 0 {
			nonce = 1 // after the upload
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range perSender {
				s, err := k.Job(p.Root(), p.Steps(), input, uint256.NewInt(1<<40), nonce+uint64(n))
				if err != nil {
					errs <- err
					return
				}
				hash, err := sc.Send(ctx, s, uint32(info.Index), input)
				if err != nil {
					errs <- fmt.Errorf("sender %d job %d: %w", i, n, err)
					return
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					if err := pollConsistent(ctx, sc, ec, hash, &early); err != nil {
						errs <- err
						return
					}
					checked.Add(1)
				}()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := checked.Load(); got != senders*perSender {
		t.Fatalf("%d of %d jobs checked", got, senders*perSender)
	}
	t.Logf("%d jobs: each result served the moment its status said executed (%d status reads before execution)", checked.Load(), early.Load())
}

// pollConsistent polls hash until the executor reports it executed, checking that each status
// is backed by the data it names: a sequenced status's block on the sequencer, an executed
// status's result (and its proof) on the executor.
func pollConsistent(ctx context.Context, sc, ec *client.Client, hash common.Hash, early *atomic.Int64) error {
	for {
		if j, err := sc.GetJob(ctx, hash); err == nil && j.Block != nil {
			if _, err := sc.GetBlock(ctx, uint64(*j.Block)); err != nil {
				return fmt.Errorf("%s: sequenced in block %d, but the sequencer does not serve it: %w", hash, *j.Block, err)
			}
		}
		j, err := ec.GetJob(ctx, hash)
		switch {
		case err == nil && j.Status == api.StatusExecuted:
			if j.JobIndex == nil {
				return fmt.Errorf("%s: executed without a job index: %+v", hash, j)
			}
			r, err := ec.GetJobResult(ctx, uint64(*j.JobIndex)) // verified against its state root
			if err != nil {
				return fmt.Errorf("%s: executed (job %d, block %d), but its result: %w", hash, *j.JobIndex, *j.Block, err)
			}
			if r.Status != "halted" {
				return fmt.Errorf("%s: job %d %s", hash, *j.JobIndex, r.Status)
			}
			return nil
		case err == nil:
			return fmt.Errorf("%s: status %q from the executor", hash, j.Status)
		case !client.NotFound(err):
			return fmt.Errorf("%s: %w", hash, err)
		}
		early.Add(1)
		select {
		case <-ctx.Done():
			return errors.Join(fmt.Errorf("%s: not executed in time", hash), ctx.Err())
		case <-time.After(200 * time.Microsecond):
		}
	}
}
