package sequencer

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// seqCode is the code of an error of the sequencer's Go methods (0 for nil, -1 without one).
func seqCode(err error) int {
	var se *Error
	if errors.As(err, &se) {
		return se.Code
	}
	return code(err)
}

// batchConfig is a test config with small blocks and batches, so that a few messages fill
// several batches.
func batchConfig() Config {
	cfg := testConfig()
	cfg.MaxBlockBytes = 8192
	cfg.MaxBatchBytes = 20000
	cfg.MaxBlockMessages = 16
	return cfg
}

// fill sends rounds of messages (an MLP upload, jobs and withdrawals from every user) and has
// them produced, round after round.
func (e *env) fill(rounds int) {
	e.t.Helper()
	p := examples.MLP()
	prog, _, err := e.upload(1, p.Bytes(), 6) // chunks of 2 KiB: several per block
	if err != nil {
		e.t.Fatalf("upload MLP: %v", err)
	}
	input, err := packMLP(p)
	if err != nil {
		e.t.Fatal(err)
	}
	e.produce()
	for r := 0; r < rounds; r++ {
		for i := 1; i < len(e.users); i++ {
			for k := 0; k < 3; k++ {
				e.mustSend(e.job(i, p, input), prog, input)
				e.mustSend(e.withdraw(i, uint64(1+k)), 0, nil)
			}
		}
		e.produce()
	}
}

// head returns the latest block's number, failing without one.
func (e *env) head() uint64 {
	e.t.Helper()
	n, err := e.seq.BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// openBatch returns the open batch's number: the first batch that is not sealed.
func (e *env) openBatch() uint64 {
	e.t.Helper()
	ctx := context.Background()
	for n := uint64(0); ; n++ {
		b, err := e.seq.Batch(ctx, n)
		if err != nil {
			e.t.Fatalf("batch %d: %v", n, err)
		}
		if !b.Sealed {
			if _, err := e.seq.Batch(ctx, n+1); seqCode(err) != api.CodeUnknown {
				e.t.Fatalf("batch %d after the open batch %d: %v", n+1, n, err)
			}
			return n
		}
	}
}

// joinedPayload is the payload of blocks first…last joined as batch n.
func (e *env) joinedPayload(n, first, last uint64) []byte {
	e.t.Helper()
	var parts []*batch.Batch
	for k := first; k <= last; k++ {
		b, err := e.seq.Block(context.Background(), k)
		if err != nil {
			e.t.Fatalf("block %d: %v", k, err)
		}
		p, err := batch.Decode(b.Payload)
		if err != nil {
			e.t.Fatalf("block %d: %v", k, err)
		}
		parts = append(parts, p)
	}
	out, err := batch.Join(n, parts...).Encode()
	if err != nil {
		e.t.Fatalf("join batch %d (blocks %d…%d): %v", n, first, last, err)
	}
	return out
}

// checkBatches checks the batches the sequencer reports against its blocks: blocks go to batches
// in order, batch numbers step by 0 or 1, sealed batches cover blocks 0… contiguously, each fits
// MaxBatchBytes, and (when sizeSealed) the next batch's first block would not have fit. It
// returns the open batch's number.
func (e *env) checkBatches(sizeSealed bool) uint64 {
	e.t.Helper()
	ctx := context.Background()
	head := e.head()
	open := e.openBatch()
	batchOf := make([]uint64, head+1)
	for k := uint64(0); k <= head; k++ {
		b, err := e.seq.Block(ctx, k)
		if err != nil {
			e.t.Fatalf("block %d: %v", k, err)
		}
		batchOf[k] = uint64(b.Batch)
		if k == 0 && batchOf[0] != 0 {
			e.t.Fatalf("block 0 in batch %d", batchOf[0])
		}
		if k > 0 && batchOf[k] != batchOf[k-1] && batchOf[k] != batchOf[k-1]+1 {
			e.t.Fatalf("block %d in batch %d after a block of batch %d", k, batchOf[k], batchOf[k-1])
		}
	}
	next := uint64(0) // the first block not in a sealed batch
	for n := uint64(0); n < open; n++ {
		b, err := e.seq.Batch(ctx, n)
		if err != nil {
			e.t.Fatalf("batch %d: %v", n, err)
		}
		if !b.Sealed || uint64(b.Number) != n || b.Last == nil || uint64(b.First) != next || uint64(*b.Last) < next || uint64(*b.Last) > head {
			e.t.Fatalf("sealed batch %d: %+v (next block %d, head %d)", n, b, next, head)
		}
		last := uint64(*b.Last)
		for k := next; k <= last; k++ {
			if batchOf[k] != n {
				e.t.Fatalf("block %d says batch %d, batch %d covers blocks %d…%d", k, batchOf[k], n, next, last)
			}
		}
		lb, _ := e.seq.Block(ctx, last)
		if b.Delayed != lb.Delayed {
			e.t.Fatalf("batch %d: delayed %d, its last block's %d", n, b.Delayed, lb.Delayed)
		}
		p := e.joinedPayload(n, next, last)
		if len(p) > e.cfg.MaxBatchBytes {
			e.t.Fatalf("batch %d: %d bytes, over %d", n, len(p), e.cfg.MaxBatchBytes)
		}
		if sizeSealed && last < head {
			q := e.joinedPayload(n, next, last+1)
			if len(q) <= e.cfg.MaxBatchBytes {
				e.t.Fatalf("batch %d sealed at block %d (%d bytes), but block %d fits it (%d bytes)", n, last, len(p), last+1, len(q))
			}
		}
		next = last + 1
	}
	b, err := e.seq.Batch(ctx, open)
	if err != nil {
		e.t.Fatal(err)
	}
	if b.Sealed || uint64(b.First) != next || b.Posted != nil {
		e.t.Fatalf("open batch %d: %+v, want first %d", open, b, next)
	}
	if next > head {
		if b.Last != nil {
			e.t.Fatalf("empty open batch %d: last %d", open, *b.Last)
		}
	} else {
		if b.Last == nil || uint64(*b.Last) != head {
			e.t.Fatalf("open batch %d: %+v, want last %d", open, b, head)
		}
		for k := next; k <= head; k++ {
			if batchOf[k] != open {
				e.t.Fatalf("block %d says batch %d, in the open batch %d", k, batchOf[k], open)
			}
		}
		if p := e.joinedPayload(open, next, head); len(p) > e.cfg.MaxBatchBytes {
			e.t.Fatalf("open batch %d: %d bytes, over %d", open, len(p), e.cfg.MaxBatchBytes)
		}
	}
	return open
}

func TestBatchesSealOnSize(t *testing.T) {
	e := newEnv(t, batchConfig(), 0, 1e12, 1e12, 1e12)
	e.fill(4)
	open := e.checkBatches(true)
	if open < 2 {
		t.Fatalf("%d blocks made only %d sealed batches: the test sends too little", e.head()+1, open)
	}
	if got := testutilCount(t, e.seq, "crollup_sequencer_batches_sealed_total", ""); got != float64(open) {
		t.Fatalf("batches sealed metric %v, want %d", got, open)
	}
	// The RPC method agrees.
	rc, err := rpc.DialContext(context.Background(), e.seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	for n := uint64(0); n <= open; n++ {
		want, _ := e.seq.Batch(context.Background(), n)
		var got api.Batch
		if err := rc.CallContext(context.Background(), &got, api.Namespace+"_getBatch", hexU(int(n))); err != nil {
			t.Fatalf("compute_getBatch %d: %v", n, err)
		}
		if got.Number != want.Number || got.First != want.First || got.Sealed != want.Sealed || (got.Last == nil) != (want.Last == nil) ||
			(got.Last != nil && *got.Last != *want.Last) {
			t.Fatalf("compute_getBatch %d: %+v, Batch %+v", n, got, want)
		}
	}
	e.replay()
	t.Logf("%d blocks in %d sealed batches", e.head()+1, open)
}

func TestBatchSealOnAge(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	cfg.BatchAge = time.Millisecond
	e := newEnv(t, cfg, 0, 1e12)
	// No block: nothing to seal.
	if err := e.seq.sealAged(time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if b, err := e.seq.Batch(ctx, 0); err != nil || b.Sealed || b.Last != nil || b.First != 0 {
		t.Fatalf("batch 0 before any block: %+v %v", b, err)
	}
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.produce()
	if err := e.seq.sealAged(time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	b0, err := e.seq.Batch(ctx, 0)
	if err != nil || !b0.Sealed || b0.First != 0 || b0.Last == nil || *b0.Last != 0 {
		t.Fatalf("batch 0 after sealAged: %+v %v", b0, err)
	}
	b1, err := e.seq.Batch(ctx, 1)
	if err != nil || b1.Sealed || b1.First != 1 || b1.Last != nil {
		t.Fatalf("batch 1 after sealAged: %+v %v", b1, err)
	}
	// The open batch is empty: sealAged seals nothing, however late.
	if err := e.seq.sealAged(time.Now().Add(1000 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if b, err := e.seq.Batch(ctx, 1); err != nil || b.Sealed {
		t.Fatalf("empty batch 1 sealed: %+v %v", b, err)
	}
	if _, err := e.seq.Batch(ctx, 2); seqCode(err) != api.CodeUnknown {
		t.Fatalf("batch 2: %v", err)
	}
	// A batch not yet BatchAge old stays open.
	e.mustSend(e.withdraw(1, 2), 0, nil)
	e.produce()
	blk, err := e.seq.Block(ctx, 1)
	if err != nil || blk.Batch != 1 {
		t.Fatalf("block 1: %+v %v", blk, err)
	}
	if err := e.seq.sealAged(time.Unix(int64(blk.Timestamp), 0).Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if b, err := e.seq.Batch(ctx, 1); err != nil || b.Sealed || b.Last == nil || *b.Last != 1 {
		t.Fatalf("batch 1 sealed before its age: %+v %v", b, err)
	}
	if got := testutilCount(t, e.seq, "crollup_sequencer_batches_sealed_total", ""); got != 1 {
		t.Fatalf("batches sealed metric %v, want 1", got)
	}
	e.checkBatches(false)
	e.replay()
}

// seqRoots returns the root of the state after the latest block and of the pending state.
func (e *env) seqRoots() (common.Hash, common.Hash) {
	s := e.seq
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seq.Root(), s.pending.Root()
}

// referenceRoot applies every block to genesis, sealing a batch at each change of batch and the
// sealed batches after the last block (a batch sealed for its age), as executors do.
func (e *env) referenceRoot(open uint64) common.Hash {
	e.t.Helper()
	ctx := context.Background()
	mem := e.gen.Mem.Snapshot()
	oracle := &stf.MapOracle{}
	batchNum := uint64(0)
	head, err := e.seq.BlockNumber(ctx)
	if err != nil {
		head = 0
	}
	for n := uint64(0); err == nil && n <= head; n++ {
		b, err := e.seq.Block(ctx, n)
		if err != nil {
			e.t.Fatalf("block %d: %v", n, err)
		}
		p, err := batch.Decode(b.Payload)
		if err != nil {
			e.t.Fatalf("block %d: %v", n, err)
		}
		if uint64(b.Batch) == batchNum+1 {
			stf.SealBatch(mem)
			batchNum++
		}
		for _, m := range b.DelayedMessages {
			oracle.Msgs = append(oracle.Msgs, m)
		}
		if _, err := stf.ApplyBlock(ctx, e.gen.Cfg, oracle, mem, p.Blocks[0], p.Msgs, stf.SkipJobs{}); err != nil {
			e.t.Fatalf("block %d: %v", n, err)
		}
	}
	for ; batchNum < open; batchNum++ {
		stf.SealBatch(mem)
	}
	return mem.Root()
}

func TestBatchesSurviveRestart(t *testing.T) {
	ctx := context.Background()
	cfg := batchConfig()
	cfg.DataDir = t.TempDir()
	// Long enough that the producer (woken by full blocks) seals nothing for its age: the test
	// seals by age by calling sealAged with a later time.
	cfg.BatchAge = time.Hour
	e := newEnv(t, cfg, 0, 1e12, 1e12, 1e12)
	e.fill(3)
	if open := e.checkBatches(true); open < 2 {
		t.Fatalf("only %d batches sealed by size", open)
	}
	// Seal the open batch for its age: the open batch is then empty.
	if err := e.seq.sealAged(time.Now().Add(2 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	open := e.checkBatches(false)
	snapshot := func() []api.Batch {
		var out []api.Batch
		for n := uint64(0); n <= open; n++ {
			b, err := e.seq.Batch(ctx, n)
			if err != nil {
				t.Fatalf("batch %d: %v", n, err)
			}
			out = append(out, *b)
		}
		return out
	}
	check := func(when string, before []api.Batch) {
		t.Helper()
		after := snapshot()
		for i := range before {
			a, b := before[i], after[i]
			if a.Number != b.Number || a.First != b.First || a.Sealed != b.Sealed || a.Delayed != b.Delayed || (a.Last == nil) != (b.Last == nil) ||
				(a.Last != nil && *a.Last != *b.Last) || (a.Posted == nil) != (b.Posted == nil) {
				t.Fatalf("%s: batch %d %+v, before %+v", when, i, b, a)
			}
		}
		want := e.referenceRoot(open)
		seqRoot, pendingRoot := e.seqRoots()
		if seqRoot != want || pendingRoot != want {
			t.Fatalf("%s: state after the blocks %s, pending %s; reference %s", when, seqRoot, pendingRoot, want)
		}
	}
	before := snapshot()
	check("before restart", before)
	head := e.head()
	e.stop()
	e.start()
	if e.head() != head {
		t.Fatalf("head %d after restart, %d before", e.head(), head)
	}
	if got := e.checkBatches(false); got != open {
		t.Fatalf("open batch %d after restart, %d before", got, open)
	}
	check("after restart", before)

	// The next block goes to the open batch, on the state where the aged batch is sealed.
	e.mustSend(e.withdraw(1, 9), 0, nil)
	e.produce()
	if b, err := e.seq.Block(ctx, head+1); err != nil || uint64(b.Batch) != open {
		t.Fatalf("block %d after restart: %+v %v, want batch %d", head+1, b, err, open)
	}
	e.checkBatches(false)
	if seqRoot, _ := e.seqRoots(); seqRoot != e.referenceRoot(open) {
		t.Fatalf("state after block %d: %s, reference %s", head+1, seqRoot, e.referenceRoot(open))
	}

	// Restart with the open batch holding a block, and once more with nothing new.
	before = snapshot()
	e.stop()
	e.start()
	if got := e.checkBatches(false); got != open {
		t.Fatalf("open batch %d after the second restart, %d before", got, open)
	}
	check("after the second restart", before)
	e.replay()
}

// fakeL1 is an L1 for tests: deposits and batches set by the test; every call fails while fail
// is set.
type fakeL1 struct {
	mu       sync.Mutex
	deposits [][]byte
	batches  []derive.Batch
	fail     bool
	calls    int // Batches calls
	all      int // calls of any method
}

var errL1Down = errors.New("fake L1: down")

func (f *fakeL1) DelayedCount(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.all++
	if f.fail {
		return 0, errL1Down
	}
	return uint64(len(f.deposits)), nil
}

func (f *fakeL1) DelayedAcc(_ context.Context, n uint64) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return common.Hash{}, errL1Down
	}
	if n > uint64(len(f.deposits)) {
		return common.Hash{}, errors.New("fake L1: no such accumulator")
	}
	var acc common.Hash
	for _, m := range f.deposits[:n] {
		acc = l1data.NextAcc(acc, crypto.Keccak256Hash(m))
	}
	return acc, nil
}

func (f *fakeL1) DelayedMessages(_ context.Context, from, to uint64) ([][]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return nil, errL1Down
	}
	if from > to || to > uint64(len(f.deposits)) {
		return nil, errors.New("fake L1: no such delayed messages")
	}
	out := make([][]byte, 0, to-from)
	for _, m := range f.deposits[from:to] {
		out = append(out, bytes.Clone(m))
	}
	return out, nil
}

func (f *fakeL1) Batches(_ context.Context, from uint64) ([]derive.Batch, uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.fail {
		return nil, 0, errL1Down
	}
	var out []derive.Batch
	for _, b := range f.batches {
		if b.Number >= from {
			out = append(out, b)
		}
	}
	return out, uint64(len(f.batches)), nil
}

func (f *fakeL1) addDeposit(m []byte) {
	f.mu.Lock()
	f.deposits = append(f.deposits, m)
	f.mu.Unlock()
}

func (f *fakeL1) setBatches(bs ...derive.Batch) {
	f.mu.Lock()
	f.batches = bs
	f.mu.Unlock()
}

func (f *fakeL1) batchCalls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// eventually polls cond until it holds, failing after a deadline.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestDepositsFromL1(t *testing.T) {
	ctx := context.Background()
	l1 := &fakeL1{}
	cfg := testConfig()
	cfg.DataDir = t.TempDir()
	cfg.L1 = l1
	cfg.L1PollInterval = 5 * time.Millisecond
	e := newEnv(t, cfg, 0, 1e12)

	// A block before the deposit, so that the deposit's block is not block 0.
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.produce()

	g, err := stf.ReadGlobals(e.gen.Mem)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000d0517")
	dep := l1data.Deposit{Index: g.Accounts, To: to, Amount: *uint256.NewInt(123_456_789)}
	m := dep.Encode()
	l1.addDeposit(m)

	var acc *api.Account
	eventually(t, "the deposit's account", func() bool {
		a, err := e.seq.Account(to)
		if err == nil {
			acc = a
		}
		return err == nil
	})
	if uint64(acc.Index) != uint64(g.Accounts) || acc.Address != to || acc.Balance.ToInt().Uint64() != 123_456_789 || acc.Nonce != 0 {
		t.Fatalf("deposited account: %+v", acc)
	}
	// The block that consumed it.
	head := e.head()
	found := -1
	for n := uint64(0); n <= head; n++ {
		b, err := e.seq.Block(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		p, err := batch.Decode(b.Payload)
		if err != nil {
			t.Fatal(err)
		}
		if uint64(p.Blocks[0].Delayed) != uint64(b.Delayed) || p.Delayed != uint64(b.Delayed) {
			t.Fatalf("block %d: delayed %d, payload %d / %d", n, b.Delayed, p.Blocks[0].Delayed, p.Delayed)
		}
		switch {
		case b.Delayed == 0:
			if len(b.DelayedMessages) != 0 {
				t.Fatalf("block %d: %d delayed messages before the deposit", n, len(b.DelayedMessages))
			}
		case found < 0:
			found = int(n)
			if b.Delayed != 1 || len(b.DelayedMessages) != 1 || !bytes.Equal(b.DelayedMessages[0], m) {
				t.Fatalf("block %d consumes the deposit: delayed %d, messages %x", n, b.Delayed, b.DelayedMessages)
			}
		default:
			if b.Delayed != 1 || len(b.DelayedMessages) != 0 {
				t.Fatalf("block %d after the deposit's: delayed %d, %d messages", n, b.Delayed, len(b.DelayedMessages))
			}
		}
	}
	if found <= 0 {
		t.Fatalf("deposit in block %d", found)
	}
	if got := testutilCount(t, e.seq, "crollup_sequencer_deposits_read_total", ""); got != 1 {
		t.Fatalf("deposits metric %v, want 1", got)
	}
	// The RPC block carries the message too.
	rb, err := e.c.GetBlock(ctx, uint64(found))
	if err != nil || len(rb.DelayedMessages) != 1 || !bytes.Equal(rb.DelayedMessages[0], m) {
		t.Fatalf("compute_getBlock %d: %+v %v", found, rb, err)
	}
	// A message after the deposit still goes through, and no further block consumes it again.
	e.mustSend(e.withdraw(1, 2), 0, nil)
	e.produce()
	if b, err := e.seq.Block(ctx, e.head()); err != nil || b.Delayed != 1 || len(b.DelayedMessages) != 0 {
		t.Fatalf("block after the deposit: %+v %v", b, err)
	}
	if seqRoot, pendingRoot := e.seqRoots(); seqRoot != e.referenceRoot(e.openBatch()) || pendingRoot != seqRoot {
		t.Fatalf("state %s, pending %s, reference %s", seqRoot, pendingRoot, e.referenceRoot(e.openBatch()))
	}

	// Restart with L1 down: the deposit was stored, the blocks replay without L1.
	head = e.head()
	e.stop()
	down := &fakeL1{fail: true}
	e.cfg.L1 = down
	e.start()
	eventually(t, "calls to the failing L1", func() bool {
		down.mu.Lock()
		defer down.mu.Unlock()
		return down.all >= 3
	})
	if e.head() != head {
		t.Fatalf("head %d after restart, %d before", e.head(), head)
	}
	a, err := e.seq.Account(to)
	if err != nil || a.Balance.ToInt().Uint64() != 123_456_789 || uint64(a.Index) != uint64(g.Accounts) {
		t.Fatalf("deposited account after restart: %+v %v", a, err)
	}
	if b, err := e.seq.Block(ctx, uint64(found)); err != nil || len(b.DelayedMessages) != 1 || !bytes.Equal(b.DelayedMessages[0], m) {
		t.Fatalf("block %d after restart: %+v %v", found, b, err)
	}
	if seqRoot, pendingRoot := e.seqRoots(); seqRoot != e.referenceRoot(e.openBatch()) || pendingRoot != seqRoot {
		t.Fatalf("after restart: state %s, pending %s, reference %s", seqRoot, pendingRoot, e.referenceRoot(e.openBatch()))
	}
	// Blocks are still produced while L1 fails.
	e.mustSend(e.withdraw(1, 3), 0, nil)
	e.produce()
	if e.head() != head+1 {
		t.Fatalf("head %d with L1 down, want %d", e.head(), head+1)
	}
	if b, _ := e.seq.Block(ctx, head+1); b.Delayed != 1 || len(b.DelayedMessages) != 0 {
		t.Fatalf("block %d with L1 down: %+v", head+1, b)
	}
}

// sealFirst produces a block with a job and seals batch 0 for its age; it returns the job's hash
// and batch 0's payload.
func sealFirst(t *testing.T, e *env) (common.Hash, []byte) {
	t.Helper()
	h := e.mustSend(e.withdraw(1, 1), 0, nil)
	e.produce()
	if err := e.seq.sealAged(time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	b, err := e.seq.Batch(context.Background(), 0)
	if err != nil || !b.Sealed || b.Last == nil {
		t.Fatalf("batch 0: %+v %v", b, err)
	}
	return h, e.joinedPayload(0, 0, uint64(*b.Last))
}

func TestBatchedStatus(t *testing.T) {
	ctx := context.Background()
	tx := common.HexToHash("0x7777")
	blob := common.HexToHash("0x01bb")

	t.Run("posted", func(t *testing.T) {
		l1 := &fakeL1{}
		cfg := testConfig()
		cfg.DataDir = t.TempDir()
		cfg.L1 = l1
		cfg.L1PollInterval = 5 * time.Millisecond
		cfg.BatchAge = time.Millisecond
		e := newEnv(t, cfg, 0, 1e12)
		h, payload := sealFirst(t, e)
		if j, err := e.seq.Job(h, nil); err != nil || j.Status != api.StatusSequenced || j.Batch == nil || *j.Batch != 0 {
			t.Fatalf("job before L1 holds its batch: %+v %v", j, err)
		}
		l1.setBatches(derive.Batch{Number: 0, TxHash: tx, L1Block: 7, BlobHashes: []common.Hash{blob}, Payload: payload})
		var j *api.Job
		eventually(t, "status batched", func() bool {
			var err error
			j, err = e.seq.Job(h, nil)
			return err == nil && j.Status == api.StatusBatched
		})
		if j.L1Tx == nil || *j.L1Tx != tx || j.L1Block == nil || *j.L1Block != 7 || len(j.BlobHashes) != 1 || j.BlobHashes[0] != blob ||
			j.Batch == nil || *j.Batch != 0 {
			t.Fatalf("batched job: %+v", j)
		}
		b, err := e.seq.Batch(ctx, 0)
		if err != nil || b.Posted == nil || b.Posted.L1Tx != tx || b.Posted.L1Block != 7 || len(b.Posted.BlobHashes) != 1 || b.Posted.BlobHashes[0] != blob {
			t.Fatalf("posted batch 0: %+v %v", b, err)
		}
		// The gauge is set just after the record the status is read from: poll it.
		eventually(t, "batches on L1 metric 1", func() bool {
			return testutilCount(t, e.seq, "crollup_sequencer_batches_on_l1", "") == 1
		})
		// L1 takes the batch back (a reorg deeper than the confirmations): the job is sequenced
		// again until L1 holds the batch anew, here at another transaction.
		l1.setBatches()
		eventually(t, "status sequenced after L1 took the batch back", func() bool {
			j, err := e.seq.Job(h, nil)
			return err == nil && j.Status == api.StatusSequenced && j.L1Tx == nil
		})
		// Here too the gauge is set just after the records are removed (forgetPosted): poll it.
		eventually(t, "batches on L1 metric 0 after the rewind", func() bool {
			return testutilCount(t, e.seq, "crollup_sequencer_batches_on_l1", "") == 0
		})
		tx = common.HexToHash("0x7778")
		l1.setBatches(derive.Batch{Number: 0, TxHash: tx, L1Block: 9, BlobHashes: []common.Hash{blob}, Payload: payload})
		eventually(t, "status batched at the new transaction", func() bool {
			j, err := e.seq.Job(h, nil)
			return err == nil && j.Status == api.StatusBatched && j.L1Tx != nil && *j.L1Tx == tx && *j.L1Block == 9
		})
		// Known after a restart without L1.
		e.stop()
		e.cfg.L1 = nil
		e.start()
		if j, err := e.seq.Job(h, nil); err != nil || j.Status != api.StatusBatched || j.L1Tx == nil || *j.L1Tx != tx {
			t.Fatalf("job after restart: %+v %v", j, err)
		}
		if b, err := e.seq.Batch(ctx, 0); err != nil || b.Posted == nil || b.Posted.L1Block != 9 {
			t.Fatalf("batch 0 after restart: %+v %v", b, err)
		}
	})

	// A batch on L1 that differs is logged (not Crit: go-ethereum's Crit exits the process) and
	// never marked posted.
	t.Run("differs", func(t *testing.T) {
		checkDiffers(t, testLogger(t))
	})
	// ... and logged once per batch found, not at every read of L1.
	t.Run("differs logged once", func(t *testing.T) {
		h := &countHandler{n: map[string]int{}}
		checkDiffers(t, log.NewLogger(h))
		if n := h.count("L1 holds a batch the sequencer did not seal, the chain on L1 departs from the sequenced blocks"); n != 2 {
			t.Fatalf("logged %d times for two differing batches, each read at least three times", n)
		}
	})
}

// checkDiffers runs a sequencer with logger lg on an L1 whose batch 0 differs from the sealed
// one (another payload; a forced batch) and checks that the batch is never marked posted.
func checkDiffers(t *testing.T, lg log.Logger) {
	ctx := context.Background()
	tx := common.HexToHash("0x7777")
	blob := common.HexToHash("0x01bb")
	l1 := &fakeL1{}
	cfg := testConfig()
	cfg.L1 = l1
	cfg.L1PollInterval = 5 * time.Millisecond
	cfg.BatchAge = time.Hour
	keys, gen := testChain(t, 0, 1e12)
	e := &env{t: t, keys: keys, gen: gen, cfg: cfg, nonces: make([]uint64, 2)}
	for i := range e.nonces {
		e.users = append(e.users, &client.Signer{Key: keys.Keys[i], Account: uint32(i), Domain: keys.Cfg.Domain})
	}
	s, err := New(e.cfg, lg, e.gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	c, err := client.Dial(ctx, s.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	e.seq, e.c = s, c
	t.Cleanup(e.stop)
	h, payload := sealFirst(t, e)
	other := bytes.Clone(payload)
	other[len(other)-1] ^= 1
	for name, b := range map[string]derive.Batch{
		"payload": {Number: 0, TxHash: tx, L1Block: 7, BlobHashes: []common.Hash{blob}, Payload: other},
		"forced":  {Number: 0, TxHash: tx, L1Block: 7, Payload: payload},
	} {
		l1.setBatches(b)
		start := l1.batchCalls()
		eventually(t, "three reads of L1's batches", func() bool { return l1.batchCalls() >= start+3 })
		j, err := e.seq.Job(h, nil)
		if err != nil || j.Status != api.StatusSequenced || j.L1Tx != nil {
			t.Fatalf("%s: job with a batch 0 that differs on L1: %+v %v", name, j, err)
		}
		if b, err := e.seq.Batch(ctx, 0); err != nil || b.Posted != nil {
			t.Fatalf("%s: batch 0: %+v %v", name, b, err)
		}
	}
}

// countHandler counts log records by message.
type countHandler struct {
	mu sync.Mutex
	n  map[string]int
}

func (h *countHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *countHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	h.n[r.Message]++
	h.mu.Unlock()
	return nil
}

func (h *countHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *countHandler) WithGroup(string) slog.Handler      { return h }

func (h *countHandler) count(msg string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n[msg]
}
