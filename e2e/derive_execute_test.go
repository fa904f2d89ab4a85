package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/batcher/batchertest"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestJobFromL1 follows one job from a wallet to a result using only what L1 holds: a deposit
// through the Bridge, the program's upload in chunks and a signed Job posted in one blob batch,
// derivation from logs and beacon blobs, then the chain machine applying the derived batch
// (chain/stf): by the fast path and by stepping, which must agree. Every message must be
// applied, and the job record must hold the output root of a direct run of the job.
// (TestRollupOnL1 runs the same path through the services.)
func TestJobFromL1(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	env := startBareL1(ctx, t, 3600)
	l1, client, addrs := env.l1, env.client, env.addrs
	batcherKey, user := env.keys[1], env.keys[2]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)

	// Deposit: the Bridge assigns the account index.
	dep, err := devnet.BridgeDeposit(ctx, client, addrs.Bridge, user, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	account := dep.Account

	// The program's upload (in chunks) and a signed job on it, in one batch.
	p := examples.CNN()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	domain := msg.Domain{ChainID: 42069, VerifyingContract: addrs.Inbox}
	var nonce uint64
	sign := func(m msg.Message, data []byte) batch.Message {
		signed, err := msg.NewSigned(m, domain, user, account)
		if err != nil {
			t.Fatal(err)
		}
		e, err := batch.FromSigned(signed, 0, data)
		if err != nil {
			t.Fatal(err)
		}
		nonce++
		return e
	}
	var msgs []batch.Message
	const chunk = 32 << 12
	obj := p.Bytes()
	for off := 0; off < len(obj); off += chunk {
		data := obj[off:min(off+chunk, len(obj))]
		msgs = append(msgs, sign(&msg.Upload{Program: p.Root(), Size: uint64(len(obj)), Offset: uint64(off),
			Chunk: batch.DataRoot(data), MaxFee: uint256.NewInt(params.GWei), Nonce: nonce}, data))
	}
	msgs = append(msgs, sign(&msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)),
		MaxSteps: p.Steps(), MaxFee: uint256.NewInt(params.GWei), Nonce: nonce}, input))
	b := &batch.Batch{Number: 0, Delayed: 1, Blocks: []batch.Block{{Timestamp: 1, Messages: uint32(len(msgs)), Delayed: 1}}, Msgs: msgs}
	posted, err := batchertest.PostOnce(ctx, client, addrs.Inbox, batcherKey, b)
	if err != nil {
		t.Fatal(err)
	}

	// Derivation from L1 alone.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1.HTTPEndpoint(), BeaconURL: l1.BeaconEndpoint(), Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	batches, err := src.Batches(ctx, 0, posted.Receipt.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].Err != nil || batches[0].Decoded == nil {
		t.Fatalf("derived %d batches (%+v)", len(batches), batches)
	}
	deposits, err := src.DelayedMessages(ctx, 0, batches[0].DelayedCount)
	if err != nil || len(deposits) != 1 || deposits[0].Deposit.Index != account || deposits[0].Deposit.To != userAddr {
		t.Fatalf("derived deposits %+v, %v", deposits, err)
	}

	// The chain machine applies the derived batch: the fast path and stepping agree, the upload
	// registers the program, and the job record holds the output root of a direct run.
	oracle := &stf.MapOracle{Batches: map[uint64]*stf.Batch{0: batches[0].Machine()}, Msgs: [][]byte{deposits[0].Message()}}
	cfg := stf.Config{Domain: domain}
	genesis := memory.New()
	if err := stf.Genesis(genesis, layout.Globals{StepPrice: 1000, BytePrice: 1000, FlatPrice: 1000}); err != nil {
		t.Fatal(err)
	}
	fast, stepped := genesis.Snapshot(), genesis.Snapshot()
	final, err := stf.ApplyBatch(ctx, cfg, oracle, fast, bulk.NewCPU(0))
	if err != nil {
		t.Fatal(err)
	}
	m := stf.New(cfg, oracle, stepped)
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if st := m.State(); st.Hash() != final.Hash() {
		t.Fatalf("stepping reached %v, ApplyBatch %v", &st, &final)
	}
	t.Logf("batch 0: %d machine steps, state root %v", final.Regs.Step, final.Root())
	g, err := stf.ReadGlobals(fast)
	if err != nil || g.Jobs != 1 || g.Programs != 1 || g.Messages != uint64(len(msgs)) {
		t.Fatalf("globals %+v, %v", g, err)
	}
	for i := range msgs {
		r, err := layout.DecodeReceipt(fast.ReadLeaf(layout.ReceiptAddr(uint64(i))))
		if err != nil || r.Skip != layout.Applied {
			t.Fatalf("message %d: receipt %+v, %v", i, r, err)
		}
	}
	rec, err := layout.DecodeJob([2]layout.Leaf{fast.ReadLeaf(layout.JobAddr(0)), fast.ReadLeaf(layout.JobAddr(0) + 32)})
	if err != nil {
		t.Fatal(err)
	}
	want, err := job.New(p, input)
	if err != nil {
		t.Fatal(err)
	}
	direct := vm.NewJob(want)
	if err := direct.RunBulk(ctx, bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	if rec.Status != layout.JobHalted || rec.Output != job.OutputRoot(want) {
		t.Fatalf("job record %+v, want halted with output root %v", rec, job.OutputRoot(want))
	}
}
