package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1dev"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/stf"
)

// devnetL2ChainID is the devnet rollup's chain id, bound into every signed message's EIP-712
// domain together with the Inbox address.
const devnetL2ChainID = 42069

// devnetGenesis is the devnet chain's genesis: prices in wei, fees to account 0.
var devnetGenesis = layout.Globals{StepPrice: params.GWei, BytePrice: params.GWei, FlatPrice: 100 * params.GWei}

// l1Chain is the rollup state rebuilt from L1 alone (logs and beacon blobs) by the chain
// machine, as an L1-only executor or a challenger does.
type l1Chain struct {
	src    *derive.Source
	cfg    stf.Config
	oracle *stf.MapOracle
	mem    *memory.Memory
	state  stf.State
}

// sync derives every batch up to toBlock that is not applied yet and applies it.
func (c *l1Chain) sync(ctx context.Context, toBlock uint64) error {
	g, err := stf.ReadGlobals(c.mem)
	if err != nil {
		return err
	}
	got, err := c.src.Batches(ctx, g.Batches, toBlock)
	if err != nil {
		return fmt.Errorf("derive: %w", err)
	}
	for i := range got {
		b := &got[i]
		have := uint64(len(c.oracle.Msgs))
		if b.DelayedCount > have {
			ds, err := c.src.DelayedMessages(ctx, have, b.DelayedCount)
			if err != nil {
				return fmt.Errorf("derive: %w", err)
			}
			for j := range ds {
				c.oracle.Msgs = append(c.oracle.Msgs, ds[j].Message())
			}
		}
		c.oracle.Batches[b.Number] = b.Machine()
		c.state, err = stf.ApplyBatch(ctx, c.cfg, c.oracle, c.mem, bulk.NewCPU(0))
		if err != nil {
			return fmt.Errorf("apply batch %d: %w", b.Number, err)
		}
		delete(c.oracle.Batches, b.Number)
	}
	return nil
}

// demoBatch does by hand what the sequencer and batcher will do: it rebuilds the chain from L1,
// then the demo user signs the example CNN's upload (the first time) and a Job on the sample
// input, a batch carrying them is posted to the Inbox in a blob transaction, and the chain
// machine applies the batch as derived back from L1: the job's record holds its output root.
func demoBatch(ctx context.Context, say func(string, ...any), client *ethclient.Client, l1 *l1dev.L1, addrs *deploy.Addresses, batcherKey, userKey *ecdsa.PrivateKey, account uint32) error {
	inbox := bindings.NewInbox()
	inboxC := inbox.Instance(client, addrs.Inbox)
	callOpts := &bind.CallOpts{Context: ctx}
	number, err := bind.Call(inboxC, callOpts, inbox.PackBatchCount(), inbox.UnpackBatchCount)
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	delayed, err := bind.Call(inboxC, callOpts, inbox.PackDelayedCount(), inbox.UnpackDelayedCount)
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1.HTTPEndpoint(), BeaconURL: l1.BeaconEndpoint(), Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		return err
	}
	defer src.Close()
	domain := msg.Domain{ChainID: devnetL2ChainID, VerifyingContract: addrs.Inbox}
	chain := &l1Chain{src: src, cfg: stf.Config{Domain: domain}, oracle: &stf.MapOracle{Batches: map[uint64]*stf.Batch{}}, mem: memory.New()}
	if err := stf.Genesis(chain.mem, devnetGenesis); err != nil {
		return err
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if err := chain.sync(ctx, head); err != nil {
		return err
	}
	if number > 0 {
		say("[chain] replayed batches 0–%d from L1: state root %s", number-1, chain.mem.Root())
	}
	// The user's nonce and the program registry, as the chain holds them.
	acc, err := layout.DecodeAccount([2]layout.Leaf{chain.mem.ReadLeaf(layout.AccountAddr(account)), chain.mem.ReadLeaf(layout.AccountAddr(account) + 32)})
	if err != nil {
		return err
	}
	registered := false
	p := examples.CNN()
	pl := [2]layout.Leaf{chain.mem.ReadLeaf(layout.ProgramAddr(0)), chain.mem.ReadLeaf(layout.ProgramAddr(0) + 32)}
	if rec, err := layout.DecodeProgram(pl); err == nil && rec.Root == p.Root() && rec.State == layout.ProgramReady {
		registered = true
	}

	next := acc.Nonce
	sign := func(m msg.Message, data []byte) (batch.Message, error) {
		s, err := msg.NewSigned(m, domain, userKey, account)
		if err != nil {
			return batch.Message{}, err
		}
		next++
		return batch.FromSigned(s, 0, data)
	}
	var msgs []batch.Message
	if !registered {
		const chunk = 32 << 12
		obj := p.Bytes()
		for off := 0; off < len(obj); off += chunk {
			data := obj[off:min(off+chunk, len(obj))]
			m, err := sign(&msg.Upload{Program: p.Root(), Size: uint64(len(obj)), Offset: uint64(off), Chunk: batch.DataRoot(data),
				MaxFee: uint256.NewInt(params.GWei * 1_000_000), Nonce: next}, data)
			if err != nil {
				return err
			}
			msgs = append(msgs, m)
		}
		say("[upload] %s signs the example CNN's upload: %d bytes in %d chunks, program root %s",
			crypto.PubkeyToAddress(userKey.PublicKey), len(obj), len(msgs), p.Root().TerminalString())
	}
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return err
	}
	job := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)),
		MaxSteps: p.Steps(), MaxFee: uint256.NewInt(params.GWei * 1_000_000), Nonce: next}
	jm, err := sign(job, input)
	if err != nil {
		return err
	}
	msgs = append(msgs, jm)
	say("[job] %s signs Job nonce %d (EIP-712 digest %s): program %s, input %s (%d bytes)",
		crypto.PubkeyToAddress(userKey.PublicKey), job.Nonce, job.Digest(domain).TerminalString(), job.Program.TerminalString(), job.Input.TerminalString(), len(input))

	// The batch and its blob transaction.
	b := &batch.Batch{Number: number, Delayed: delayed,
		Blocks: []batch.Block{{Timestamp: uint64(time.Now().Unix()), Messages: uint32(len(msgs)), Delayed: delayed}}, Msgs: msgs}
	t0 := time.Now()
	posted, err := batcher.PostOnce(ctx, client, addrs.Inbox, batcherKey, b)
	if err != nil {
		return err
	}
	payload, r, tx := posted.Payload, posted.Receipt, posted.Tx
	say("[batch] batch %d (%d bytes in %d blob(s), %.1f%% full) in L1 block %d after %s: tx %s, blob %s, %d gas",
		number, len(payload), posted.Blobs, 100*float64(len(payload))/float64(posted.Blobs*blob.PayloadBytesPerBlob),
		r.BlockNumber, time.Since(t0).Round(time.Millisecond), tx.Hash(), tx.BlobHashes()[0].TerminalString(), r.GasUsed)

	// Derivation from L1 alone, and the chain machine's verdict.
	t0 = time.Now()
	if err := chain.sync(ctx, r.BlockNumber.Uint64()); err != nil {
		return err
	}
	g, err := stf.ReadGlobals(chain.mem)
	if err != nil || g.Batches != number+1 || g.Jobs == 0 {
		return fmt.Errorf("chain: batch %d not applied (globals %+v, %v)", number, g, err)
	}
	j := g.Jobs - 1
	rec, err := layout.DecodeJob([2]layout.Leaf{chain.mem.ReadLeaf(layout.JobAddr(j)), chain.mem.ReadLeaf(layout.JobAddr(j) + 32)})
	if err != nil {
		return err
	}
	if rec.Status != layout.JobHalted {
		return fmt.Errorf("chain: job %d ended %d (fault %d)", j, rec.Status, rec.Fault)
	}
	say("[derive] from L1 logs and beacon blobs: batch %d, commitment checked, %d delayed message(s) checked against the Inbox accumulator",
		number, len(chain.oracle.Msgs))
	say("[chain] batch %d applied by the chain machine in %s (%d machine steps): job %d halted, fee %v wei, output root %s; state root %s",
		number, time.Since(t0).Round(time.Millisecond), chain.state.Regs.Step, j, &rec.Fee, rec.Output.TerminalString(), chain.mem.Root())
	return nil
}
