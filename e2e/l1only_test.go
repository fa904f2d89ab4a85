package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/batcher/batchertest"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// TestL1OnlyForcedAndRejected puts on L1 what no honest sequencer produces — a forced inclusion
// of a deposit and a payload the chain must reject — between two ordinary batches, and checks
// that an executor deriving from L1 alone applies them as the chain machine defines: its state
// root after them equals the root of stf.ApplyBatch over the same batches from genesis, and it
// goes on with the ordinary batch after them.
func TestL1OnlyForcedAndRejected(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	env := startBareL1(ctx, t, 1)
	l1, client, addrs, keys := env.l1, env.client, env.addrs, env.keys
	batcherKey := keys[1]
	deposit := func(k *ecdsa.PrivateKey) {
		t.Helper()
		if _, err := devnet.BridgeDeposit(ctx, client, addrs.Bridge, k, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	post := func(number, delayed uint64, payload []byte) {
		t.Helper()
		if _, err := batchertest.PostPayload(ctx, client, addrs.Inbox, batcherKey, number, delayed, payload); err != nil {
			t.Fatal(err)
		}
	}
	encode := func(b *batch.Batch) []byte {
		t.Helper()
		p, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	// Batch 0: an ordinary block with the first deposit.
	deposit(keys[2])
	post(0, 1, encode(&batch.Batch{Number: 0, Delayed: 1, Blocks: []batch.Block{{Timestamp: 10, Delayed: 1}}}))
	// Batch 1: the second deposit, forced in by anyone once the delay has passed.
	deposit(keys[3])
	time.Sleep(2 * time.Second)
	in := bindings.NewInbox()
	opts := bind.NewKeyedTransactor(keys[4], l1.ChainID())
	opts.Context = ctx
	tx, err := bind.Transact(in.Instance(client, addrs.Inbox), opts, in.PackForceInclude(2))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, client, tx.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("forceInclude: %v (status %v)", err, r)
	}
	// Batch 2: a third deposit and a payload whose header names batch 7: rejected, but its
	// delayed message is still consumed.
	deposit(keys[0])
	post(2, 3, encode(&batch.Batch{Number: 7, Delayed: 3, Blocks: []batch.Block{{Timestamp: 11, Delayed: 3}}}))
	// Batch 3: an ordinary block again.
	post(3, 3, encode(&batch.Batch{Number: 3, Delayed: 3, Blocks: []batch.Block{{Timestamp: 12, Delayed: 3}}}))

	chain, err := genesis.New(genesis.Config{ChainID: 42069, Inbox: addrs.Inbox, StepPrice: 1, BytePrice: 1, FlatPrice: 1000})
	if err != nil {
		t.Fatal(err)
	}
	newSource := func() *derive.Source {
		src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1.HTTPEndpoint(), BeaconURL: l1.BeaconEndpoint(), Inbox: addrs.Inbox, Bridge: addrs.Bridge})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(src.Close)
		return src
	}
	ecfg := executor.DefaultConfig()
	ecfg.PollInterval = 100 * time.Millisecond
	exe, err := executor.New(ecfg, harness.TestLog(t), chain, executor.NewL1Source(newSource(), 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := exe.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer exe.Stop(context.Background())
	harness.WaitFor(ctx, t, "the L1-only executor at block 3", func() bool {
		n, _, ok := exe.Head()
		return ok && n >= 3
	})

	// The reference: the chain machine's batch path over batches 0–2 from genesis.
	src := newSource()
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := src.Batches(ctx, 0, head)
	if err != nil || len(got) != 4 {
		t.Fatalf("derived %d batches: %v", len(got), err)
	}
	if !got[1].Forced() || got[2].Err == nil || got[0].Err != nil || got[3].Err != nil {
		t.Fatalf("batches: forced %v, errors %v %v %v", got[1].Forced(), got[0].Err, got[2].Err, got[3].Err)
	}
	ds, err := src.DelayedMessages(ctx, 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	oracle := &stf.MapOracle{Batches: map[uint64]*stf.Batch{}}
	for i := range ds {
		oracle.Msgs = append(oracle.Msgs, ds[i].Message())
	}
	mem := chain.Mem.Snapshot()
	for i := range 3 {
		oracle.Batches[uint64(i)] = got[i].Machine()
		if _, err := stf.ApplyBatch(ctx, chain.Cfg, oracle, mem, bulk.NewCPU(0)); err != nil {
			t.Fatal(err)
		}
	}
	g, err := stf.ReadGlobals(mem)
	if err != nil || g.Batches != 3 || g.Delayed != 3 || g.Accounts != 3 {
		t.Fatalf("reference globals %+v (%v): want 3 batches, 3 deposits, 3 accounts", g, err)
	}
	r, err := exe.StateRoot(2)
	if err != nil {
		t.Fatal(err)
	}
	if r.StateRoot != mem.Root() {
		t.Fatalf("after the rejected batch the L1-only executor has root %s, the chain machine %s", r.StateRoot, mem.Root())
	}
}
