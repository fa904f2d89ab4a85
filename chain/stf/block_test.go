package stf_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// TestBlocksEqualBatch splits the mixed scenario's batches into blocks, with deposits taking
// effect between blocks, and checks that applying the blocks one by one and sealing gives the
// root that ApplyBatch gives for the batch holding them, after every batch.
func TestBlocksEqualBatch(t *testing.T) {
	s := stftest.NewMixed(t)
	ctx := context.Background()
	// Rebuild batches 0 and 1 with several blocks each, the delayed messages spread over the
	// blocks.
	c := s.Chain
	batches := []*batch.Batch{}
	for n := uint64(0); n < 2; n++ {
		b := s.Oracle.Batches[n]
		payload := payloadOf(t, b)
		dec, err := batch.Decode(payload)
		if err != nil {
			t.Fatal(err)
		}
		var blocks []batch.Block
		from := uint64(0)
		if n > 0 {
			from = s.Oracle.Batches[n-1].DelayedCount
		}
		size := 5
		if n == 0 {
			size = 1 // a block per upload chunk: the deposits take effect one block at a time
		}
		for i := 0; i < len(dec.Msgs); i += size {
			k := min(size, len(dec.Msgs)-i)
			// Block j consumes delayed messages up to from + 2 + j (all of them in the last).
			d := min(from+2+uint64(len(blocks)), dec.Delayed)
			if i+k == len(dec.Msgs) {
				d = dec.Delayed
			}
			blocks = append(blocks, batch.Block{Timestamp: uint64(i), Messages: uint32(k), Delayed: d})
		}
		dec.Blocks = blocks
		batches = append(batches, dec)
	}
	viaBatch, viaBlocks, accounting := s.Genesis.Snapshot(), s.Genesis.Snapshot(), s.Genesis.Snapshot()
	for n, b := range batches {
		payload, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		c.SetBatches(uint64(n))
		if err := c.PayloadUpTo(payload, b.Delayed); err != nil {
			t.Fatal(err)
		}
		if _, err := stf.ApplyBatch(ctx, c.Cfg, c.Oracle, viaBatch, bulk.NewCPU(0)); err != nil {
			t.Fatal(err)
		}
		first := 0
		for i, blk := range b.Blocks {
			msgs := b.Msgs[first : first+int(blk.Messages)]
			first += int(blk.Messages)
			if _, err := stf.ApplyBlock(ctx, c.Cfg, c.Oracle, viaBlocks, blk, msgs, stf.Bulk{Backend: bulk.NewCPU(0)}); err != nil {
				t.Fatalf("batch %d block %d: %v", n, i, err)
			}
			if _, err := stf.ApplyBlock(ctx, c.Cfg, c.Oracle, accounting, blk, msgs, stf.SkipJobs{}); err != nil {
				t.Fatalf("batch %d block %d (accounting): %v", n, i, err)
			}
		}
		stf.SealBatch(viaBlocks)
		stf.SealBatch(accounting)
		// Accounting mode agrees on everything but job records.
		for _, region := range []uint64{layout.GlobalsBase, layout.AccountsBase, layout.ProgramsBase, layout.HeapBase, layout.HeapBase + 1<<36,
			layout.WithdrawalsBase, layout.ReceiptsBase, layout.BatchBase, isa.ScratchBase} {
			if accounting.NodeHash(region, 31) != viaBlocks.NodeHash(region, 31) {
				t.Fatalf("batch %d: accounting mode differs in the region at %#x", n, region)
			}
		}
		if n == 1 && accounting.NodeHash(layout.JobsBase, 31) == viaBlocks.NodeHash(layout.JobsBase, 31) {
			t.Fatal("accounting mode ran the jobs")
		}
		if viaBatch.Root() != viaBlocks.Root() {
			t.Fatalf("batch %d (%d blocks): blocks give root %v, the batch %v", n, len(b.Blocks), viaBlocks.Root(), viaBatch.Root())
		}
		g, _ := stf.ReadGlobals(viaBlocks)
		t.Logf("batch %d: %d blocks, %d messages, root %v, globals %+v", n, len(b.Blocks), len(b.Msgs), viaBatch.Root(), g)
	}
}

// payloadOf unpacks a recorded batch's payload.
func payloadOf(t *testing.T, b *stf.Batch) []byte {
	t.Helper()
	p, err := blobUnpack(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBadBlockRejectsRest: a block-table entry that does not follow the previous block rejects
// the rest of the payload; the blocks before it stay applied and the batch's delayed messages
// are all consumed.
func TestBadBlockRejectsRest(t *testing.T) {
	c, err := stftest.New(2)
	if err != nil {
		t.Fatal(err)
	}
	c.Deposit(0, 1)
	c.Deposit(1, 1<<30)
	to := c.Addr(0)
	b := &batch.Batch{Number: 0, Delayed: 2, Blocks: []batch.Block{{Messages: 2, Delayed: 2}, {Messages: 1, Delayed: 2}},
		Msgs: []batch.Message{c.Withdraw(1, to, 1), c.Withdraw(1, to, 2), c.Withdraw(1, to, 3)}}
	payload, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	payload[3*32+11]++ // block 1's first message: 3 instead of 2
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}
	mem := c.Genesis.Snapshot()
	m := stf.New(c.Cfg, c.Oracle, mem)
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	g, _ := stf.ReadGlobals(mem)
	if r := m.Regs(); r.Flags&stf.FlagRejected == 0 || g.Messages != 2 || g.Withdrawals != 2 || g.Delayed != 2 || g.Batches != 1 {
		t.Fatalf("flags %#x, globals %+v: want block 0 applied, block 1 rejected", r.Flags, g)
	}
}

// TestFeesPaidPerBlock: the fee recipient spends in block 1 the fees it earned in block 0. The
// batch must give the same answer as the blocks applied one by one — the withdrawal applies —
// which holds because fees are paid at each block's end, not at the batch's.
func TestFeesPaidPerBlock(t *testing.T) {
	c, err := stftest.New(2)
	if err != nil {
		t.Fatal(err)
	}
	c.Deposit(0, 1) // the fee recipient: 1 wei
	c.Deposit(1, 1<<30)
	b := &batch.Batch{Number: 0, Delayed: 2, Blocks: []batch.Block{{Messages: 1, Delayed: 2}, {Messages: 1, Delayed: 2}},
		Msgs: []batch.Message{c.Withdraw(1, c.Addr(1), 5), c.Withdraw(0, c.Addr(0), 1)}} // fee 1000 each
	payload, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	viaBatch, viaBlocks := c.Genesis.Snapshot(), c.Genesis.Snapshot()
	if _, err := stf.ApplyBatch(ctx, c.Cfg, c.Oracle, viaBatch, bulk.NewCPU(0)); err != nil {
		t.Fatal(err)
	}
	for i, blk := range b.Blocks {
		if _, err := stf.ApplyBlock(ctx, c.Cfg, c.Oracle, viaBlocks, blk, b.Msgs[i:i+1], stf.SkipJobs{}); err != nil {
			t.Fatal(err)
		}
	}
	stf.SealBatch(viaBlocks)
	if viaBatch.Root() != viaBlocks.Root() {
		t.Fatal("the batch and its blocks disagree")
	}
	r, err := layout.DecodeReceipt(viaBatch.ReadLeaf(layout.ReceiptAddr(1)))
	if err != nil || r.Skip != layout.Applied {
		t.Fatalf("the fee recipient's withdrawal: %+v, %v", r, err)
	}
}

func TestGenesisRejectsDuplicateAccounts(t *testing.T) {
	a := layout.Account{Address: common.HexToAddress("0xaa")}
	if err := stf.Genesis(memory.New(), layout.Globals{}, a, a); err == nil {
		t.Fatal("an address funded twice at genesis was accepted")
	}
}
