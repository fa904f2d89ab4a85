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
	m := &demo{say: say, d: d, seq: seq, exe: exe, chain: chainCfg, p: examples.CNN()}
	if err := m.deposit(ctx); err != nil {
		return err
	}
	prog, err := m.upload(ctx)
	if err != nil {
		return err
	}
	ts, err := m.send(ctx, prog, jobs)
	if err != nil {
		return err
	}
	top, err := m.follow(ctx, ts)
	if err != nil {
		return fmt.Errorf("following the jobs: %w", err)
	}
	if err := m.compareL1Only(ctx, top); err != nil {
		return err
	}
	if d.Batcher != nil {
		say("[l1] %s", postedSummary(d.Batcher.Posted()))
	}
	return nil
}

// demo is the state of demoRollup: the clients, the demo user's signer and next nonce.
type demo struct {
	say      func(string, ...any)
	d        *devnet.Devnet
	seq, exe *client.Client
	chain    *api.ChainConfig
	p        *program.Program // the program the jobs run

	signer *client.Signer
	nonce  uint64
}

// tracked is a job the demo follows, with the stages it has reported.
type tracked struct {
	hash                        common.Hash
	sent                        time.Time
	sequenced, executed, posted bool
}

// deposit sends 1 ETH through the Bridge on L1 and waits until the sequencer has included it;
// the demo user's account then exists on L2.
func (m *demo) deposit(ctx context.Context) error {
	addr := m.d.Address(devnet.KeyUser)
	before := new(big.Int)
	if acc, err := m.seq.GetAccount(ctx, addr); err == nil {
		before = acc.Balance.ToInt()
	}
	t0 := time.Now()
	amount := big.NewInt(params.Ether)
	dep, err := m.d.Deposit(ctx, devnet.KeyUser, amount)
	if err != nil {
		return err
	}
	m.say("[deposit] 1 ETH from %s through the Bridge: L1 tx %s in L1 block %d after %s: L2 account index %d, delayed message %d",
		addr, dep.Tx.Hex(), dep.L1Block, time.Since(t0).Round(time.Millisecond), dep.Account, dep.DelayedIndex)
	want := new(big.Int).Add(before, amount)
	var acc *api.Account
	if err := poll(ctx, 2*time.Minute, func() (bool, error) {
		a, err := m.seq.GetAccount(ctx, addr)
		acc = a
		return err == nil && a.Balance.ToInt().Cmp(want) >= 0, nil
	}); err != nil {
		return fmt.Errorf("deposit: the sequencer did not include it: %w", err)
	}
	m.say("[deposit] included by the sequencer %s after sending: balance %s wei", time.Since(t0).Round(time.Millisecond), acc.Balance.ToInt())
	m.signer = &client.Signer{Key: m.d.Keys[devnet.KeyUser], Account: uint32(acc.Index), Domain: m.chain.Domain()}
	m.nonce = uint64(acc.Nonce)
	return nil
}

// upload uploads the program in signed chunks unless the chain has it, and returns its index.
func (m *demo) upload(ctx context.Context) (uint32, error) {
	info, err := m.seq.GetProgram(ctx, m.p.Root())
	if err != nil {
		return 0, err
	}
	if info.State == "ready" {
		m.say("[upload] the example CNN is registered already (index %d)", info.Index)
		return uint32(info.Index), nil
	}
	h := batch.DataHeight(int(m.p.Size())) - 1 // two chunks, each padded to a power of two
	fee := m.chain.UploadMaxFee(m.p.Size(), h) // the first chunk deposits for the heap slot
	chunks, err := m.signer.Upload(m.p.Bytes(), h, fee, m.nonce)
	if err != nil {
		return 0, err
	}
	for _, c := range chunks {
		if _, err := m.seq.Send(ctx, c.Signed, uint32(info.Index), c.Data); err != nil {
			return 0, fmt.Errorf("upload: %w", err)
		}
		m.nonce++
	}
	m.say("[upload] the example CNN: %d bytes in %d signed chunks, program root %s, registered at index %d",
		m.p.Size(), len(chunks), m.p.Root().TerminalString(), info.Index)
	return uint32(info.Index), nil
}

// send signs and sends n jobs of program prog on the sample input.
func (m *demo) send(ctx context.Context, prog uint32, n int) ([]*tracked, error) {
	input, err := program.Pack(m.p.InputTensor(), examples.SampleInput())
	if err != nil {
		return nil, err
	}
	fee := uint256.NewInt(m.p.Steps()*uint64(m.chain.StepPrice) + uint64(len(input))*uint64(m.chain.BytePrice) + uint64(m.chain.FlatPrice))
	var ts []*tracked
	for i := range n {
		s, err := m.signer.Job(m.p.Root(), m.p.Steps(), input, fee, m.nonce)
		if err != nil {
			return nil, err
		}
		now := time.Now()
		h, err := m.seq.Send(ctx, s, prog, input)
		if err != nil {
			return nil, fmt.Errorf("job %d: %w", i+1, err)
		}
		ts = append(ts, &tracked{hash: h, sent: now})
		m.say("[job %d/%d] sent %s (nonce %d, %d steps at most, max fee %v wei)", i+1, n, h.TerminalString(), m.nonce, m.p.Steps(), fee)
		m.nonce++
	}
	return ts, nil
}

// follow reports each job's stages as they happen (sequenced, executed with its verified
// result, batched on L1) until every job is executed and batched, and returns the highest block
// holding one.
func (m *demo) follow(ctx context.Context, ts []*tracked) (uint64, error) {
	var top uint64
	err := poll(ctx, 5*time.Minute, func() (bool, error) {
		done := true
		for i, t := range ts {
			tag := fmt.Sprintf("[job %d/%d]", i+1, len(ts))
			j, err := m.seq.GetJob(ctx, t.hash)
			if err != nil {
				return false, err
			}
			if !t.sequenced && j.Block != nil {
				t.sequenced = true
				m.say("%s sequenced  +%s  block %d, position %d, batch %d, job index %d", tag, since(t.sent), *j.Block, *j.Index, *j.Batch, *j.JobIndex)
			}
			if t.sequenced && !t.executed {
				if err := m.executed(ctx, tag, t); err != nil {
					return false, err
				}
			}
			if !t.posted && j.Status == api.StatusBatched {
				t.posted = true
				top = max(top, uint64(*j.Block))
				m.say("%s batched    +%s  batch %d in L1 block %d: tx %s, blob %s", tag, since(t.sent), *j.Batch, *j.L1Block,
					j.L1Tx.Hex(), j.BlobHashes[0].TerminalString())
			}
			done = done && t.executed && t.posted
		}
		return done, nil
	})
	return top, err
}

// executed asks the executor whether t is executed and, once it is, reports its result, whose
// proof the client checks against the state root.
func (m *demo) executed(ctx context.Context, tag string, t *tracked) error {
	x, err := m.exe.GetJob(ctx, t.hash)
	if err != nil || x.Status != api.StatusExecuted {
		return nil // not yet
	}
	t.executed = true
	r, err := m.exe.GetJobResult(ctx, uint64(*x.JobIndex))
	if err != nil {
		return err
	}
	class := "?"
	if dense, err := program.Unpack(m.p.OutputTensor(), r.Output); err == nil {
		if c, ok := classOf(m.p.OutputTensor(), dense); ok {
			class = fmt.Sprint(c)
		}
	}
	m.say("%s executed   +%s  %s, class %s, output root %s, state root %s (proof verified)", tag, since(t.sent),
		r.Status, class, r.OutputRoot.TerminalString(), x.StateRoot.TerminalString())
	return nil
}

// compareL1Only waits for the executor that reads only L1 to reach block top and checks that it
// reached the follower's state root.
func (m *demo) compareL1Only(ctx context.Context, top uint64) error {
	if err := poll(ctx, 2*time.Minute, func() (bool, error) {
		n, _, ok := m.d.L1Exec.Head()
		return ok && n >= top, nil
	}); err != nil {
		return fmt.Errorf("the L1-only executor did not reach block %d: %w", top, err)
	}
	a, err := m.d.Exec.StateRoot(top)
	if err != nil {
		return err
	}
	b, err := m.d.L1Exec.StateRoot(top)
	if err != nil {
		return err
	}
	if a.StateRoot != b.StateRoot {
		return fmt.Errorf("block %d: the L1-only executor's state root %s differs from the follower's %s", top, b.StateRoot, a.StateRoot)
	}
	m.say("[verify] the L1-only executor rebuilt blocks 0–%d from the Inbox and blobs alone: state root %s, the follower's", top, b.StateRoot.TerminalString())
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
