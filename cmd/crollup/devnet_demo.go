package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// demoRollup is the devnet's demo of the rollup at work: a deposit through the Bridge, the
// example CNN's upload, and jobs followed from submission to L1, through the services' JSON-RPC
// APIs as any client would.
func demoRollup(ctx context.Context, say func(string, ...any), d *devnet.Devnet, jobs int) error {
	seq, err := client.Dial(ctx, d.Seq.RPCEndpoint())
	if err != nil {
		return err
	}
	defer seq.Close()
	exe, err := client.Dial(ctx, d.Exec.RPCEndpoint())
	if err != nil {
		return err
	}
	defer exe.Close()
	chainCfg, err := seq.ChainConfig(ctx)
	if err != nil {
		return err
	}
	addr := d.Address(devnet.KeyUser)

	// The deposit: sent on L1, read by the sequencer, in a block.
	before := new(big.Int)
	if acc, err := seq.GetAccount(ctx, addr); err == nil {
		before = acc.Balance.ToInt()
	}
	t0 := time.Now()
	amount := big.NewInt(params.Ether)
	dep, err := d.Deposit(ctx, devnet.KeyUser, amount)
	if err != nil {
		return err
	}
	say("[deposit] 1 ETH from %s through the Bridge: L1 tx %s in L1 block %d after %s: L2 account index %d, delayed message %d",
		addr, dep.Tx.Hex(), dep.L1Block, time.Since(t0).Round(time.Millisecond), dep.Account, dep.DelayedIndex)
	want := new(big.Int).Add(before, amount)
	var acc *api.Account
	if err := poll(ctx, 2*time.Minute, func() (bool, error) {
		a, err := seq.GetAccount(ctx, addr)
		acc = a
		return err == nil && a.Balance.ToInt().Cmp(want) >= 0, nil
	}); err != nil {
		return fmt.Errorf("deposit: the sequencer did not include it: %w", err)
	}
	say("[deposit] included by the sequencer %s after sending: balance %s wei", time.Since(t0).Round(time.Millisecond), acc.Balance.ToInt())

	signer := &client.Signer{Key: d.Keys[devnet.KeyUser], Account: uint32(acc.Index), Domain: chainCfg.Domain()}
	nonce := uint64(acc.Nonce)
	p := examples.CNN()
	info, err := seq.GetProgram(ctx, p.Root())
	if err != nil {
		return err
	}
	price := func(v uint64) *uint256.Int { return uint256.NewInt(v) }
	if info.State != "ready" {
		h := batch.DataHeight(int(p.Size())) - 1 // two chunks, each padded to a power of two
		chunks, err := signer.Upload(p.Bytes(), h, price(uint64(chainCfg.FlatPrice)+(32<<h)*uint64(chainCfg.BytePrice)), nonce)
		if err != nil {
			return err
		}
		for _, c := range chunks {
			if _, err := seq.Send(ctx, c.Signed, uint32(info.Index), c.Data); err != nil {
				return fmt.Errorf("upload: %w", err)
			}
			nonce++
		}
		say("[upload] the example CNN: %d bytes in %d signed chunks, program root %s, registered at index %d",
			p.Size(), len(chunks), p.Root().TerminalString(), info.Index)
	} else {
		say("[upload] the example CNN is registered already (index %d)", info.Index)
	}

	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return err
	}
	fee := price(p.Steps()*uint64(chainCfg.StepPrice) + uint64(len(input))*uint64(chainCfg.BytePrice) + uint64(chainCfg.FlatPrice))
	type tracked struct {
		hash                        common.Hash
		sent                        time.Time
		sequenced, executed, posted bool
	}
	var ts []*tracked
	for i := range jobs {
		s, err := signer.Job(p.Root(), p.Steps(), input, fee, nonce)
		if err != nil {
			return err
		}
		now := time.Now()
		h, err := seq.Send(ctx, s, uint32(info.Index), input)
		if err != nil {
			return fmt.Errorf("job %d: %w", i+1, err)
		}
		ts = append(ts, &tracked{hash: h, sent: now})
		say("[job %d/%d] sent %s (nonce %d, %d steps at most, max fee %v wei)", i+1, jobs, h.TerminalString(), nonce, p.Steps(), fee)
		nonce++
	}

	// Progress: each job's stages as they happen.
	var top uint64
	err = poll(ctx, 5*time.Minute, func() (bool, error) {
		done := true
		for i, t := range ts {
			tag := fmt.Sprintf("[job %d/%d]", i+1, jobs)
			j, err := seq.GetJob(ctx, t.hash)
			if err != nil {
				return false, err
			}
			if !t.sequenced && j.Block != nil {
				t.sequenced = true
				say("%s sequenced  +%s  block %d, position %d, batch %d, job index %d", tag, since(t.sent), *j.Block, *j.Index, *j.Batch, *j.JobIndex)
			}
			if t.sequenced && !t.executed {
				if x, err := exe.GetJob(ctx, t.hash); err == nil && x.Status == api.StatusExecuted {
					t.executed = true
					r, err := exe.GetJobResult(ctx, uint64(*x.JobIndex)) // checked against the state root
					if err != nil {
						return false, err
					}
					class := "?"
					if dense, err := program.Unpack(p.OutputTensor(), r.Output); err == nil {
						if c, ok := classOf(p.OutputTensor(), dense); ok {
							class = fmt.Sprint(c)
						}
					}
					say("%s executed   +%s  %s, class %s, output root %s, state root %s (proof verified)", tag, since(t.sent),
						r.Status, class, r.OutputRoot.TerminalString(), x.StateRoot.TerminalString())
				}
			}
			if !t.posted && j.Status == api.StatusBatched {
				t.posted = true
				top = max(top, uint64(*j.Block))
				say("%s batched    +%s  batch %d in L1 block %d: tx %s, blob %s", tag, since(t.sent), *j.Batch, *j.L1Block,
					j.L1Tx.Hex(), j.BlobHashes[0].TerminalString())
			}
			done = done && t.executed && t.posted
		}
		return done, nil
	})
	if err != nil {
		return fmt.Errorf("following the jobs: %w", err)
	}

	// The executor that reads only L1 reaches the same state.
	if err := poll(ctx, 2*time.Minute, func() (bool, error) {
		n, _, ok := d.L1Exec.Head()
		return ok && n >= top, nil
	}); err != nil {
		return fmt.Errorf("the L1-only executor did not reach block %d: %w", top, err)
	}
	a, err := d.Exec.StateRoot(top)
	if err != nil {
		return err
	}
	b, err := d.L1Exec.StateRoot(top)
	if err != nil {
		return err
	}
	if a.StateRoot != b.StateRoot {
		return fmt.Errorf("block %d: the L1-only executor's state root %s differs from the follower's %s", top, b.StateRoot, a.StateRoot)
	}
	say("[verify] the L1-only executor rebuilt blocks 0–%d from the Inbox and blobs alone: state root %s, the follower's", top, b.StateRoot.TerminalString())
	if d.Batcher != nil {
		say("[l1] %s", postedSummary(d.Batcher.Posted()))
	}
	return nil
}

// postedSummary sums up the batches a batcher posted.
func postedSummary(ps []batcher.Posted) string {
	if len(ps) == 0 {
		return "no batch posted by this run"
	}
	var blobs, bytes, msgs int
	var gas uint64
	for _, p := range ps {
		blobs, bytes, msgs, gas = blobs+p.Blobs, bytes+p.PayloadBytes, msgs+p.Messages, gas+p.GasUsed
	}
	return fmt.Sprintf("batches posted by this run: %d, with %d messages, %d payload bytes in %d blobs (%.1f%% full), %d L1 gas per batch on average",
		len(ps), msgs, bytes, blobs, 100*float64(bytes)/float64(blobs*blob.PayloadBytesPerBlob), gas/uint64(len(ps)))
}

func since(t time.Time) string { return time.Since(t).Round(10 * time.Millisecond).String() }

// poll calls cond every 200 ms until it reports true, fails, or the timeout or ctx ends.
func poll(ctx context.Context, timeout time.Duration, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		ok, err := cond()
		if err != nil || ok {
			return err
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("no progress in %s", timeout)
			}
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
