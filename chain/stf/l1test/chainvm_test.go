package l1test

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// want is the receipt one message must get.
type want struct {
	name string
	skip layout.Skip
}

// scenario is a chain of batches, mirrored on the L1 contracts, with the receipts each batch's
// messages must get and what each batch must do.
type scenario struct {
	c        *stftest.Chain
	receipts [][]want
	rejected []bool // per batch: the payload is rejected (LOAD or HEADER)
}

// buildScenario builds the test chain. Batches 0 and 1 have one block each (stftest.Chain.Batch),
// which includes every delayed message enqueued before it. Batch 0: deposits (creating accounts,
// crediting one, and deposits the machine ignores), a message that is not a deposit, a program
// uploaded in two chunks and a second one (whose header claims 5 steps) in one. Batch 1: jobs
// that halt and fault, a withdrawal, and a message for every skip reason, each in the phase that
// finds it. Batch 2: a payload whose header names another batch, with a deposit. Batch 3: a
// forced batch. Batch 4: a blob with a non-canonical element inside the payload. Batch 5: four
// blocks with the delayed messages spread between them (a deposit that lets a withdrawal skipped
// in block 0 apply in block 1, a job ending block 1, an empty block consuming a message that is
// not a deposit, and a deposit after the blocks). Batch 6: no blocks and no messages. Batches 7
// to 12: a bad block-table entry for each of BLOCK's checks, rejecting the rest of the payload
// (the blocks before it stay applied, the batch's delayed messages are all consumed), and a
// last block that ends before the batch's messages (those are never processed). Batch 13: the fee
// recipient withdraws its whole balance in block 0 and spends in block 1 the fees block 0 paid it
// (as in stf's TestFeesPaidPerBlock).
func buildScenario(t testing.TB, l *l1) *scenario {
	t.Helper()
	c, err := stftest.New(6)
	if err != nil {
		t.Fatal(err)
	}
	c.Cfg.Domain = msg.Domain{ChainID: chainID, VerifyingContract: l.inbox}
	s := &scenario{c: c}
	p, input, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 1024})
	if err != nil {
		t.Fatal(err)
	}
	fee := stftest.JobFee(p, len(input))

	// Batch 0.
	c.Deposit(0, 1) // account 0: the fee recipient
	c.Deposit(1, 1_000_000_000)
	c.Deposit(2, fee-1) // cannot afford a job
	c.Deposit(3, 50_000)
	c.Deposit(4, 10_000_000)
	c.Deposit(1, 5)              // credits account 1
	c.Raw([]byte{0x02, 1, 2, 3}) // not a deposit: consumed, ignored
	for _, d := range []l1data.Deposit{
		{Index: 2, To: c.Addr(5)}, // account 2 holds another address
		{Index: 9, To: c.Addr(5)}, // beyond the next account index
		{Index: 1 << 30, To: c.Addr(5)},
	} {
		d.Amount.SetUint64(77)
		c.Raw(d.Encode())
	}
	var w0 []want
	ups := c.Upload(1, p, 0, 3)
	if len(ups) != 2 {
		t.Fatalf("program of %d bytes: %d upload chunks, want 2", p.Size(), len(ups))
	}
	for range ups {
		w0 = append(w0, want{"upload chunk", layout.Applied})
	}
	// The faulty program: the same object with a header claiming 5 steps, so a job on it
	// reaches its step limit.
	faulty := slices.Clone(p.Bytes())
	binary.BigEndian.PutUint64(faulty[16:], 5)
	faultyRoot := batch.DataRoot(faulty)
	fu := &msg.Upload{Program: faultyRoot, Size: uint64(len(faulty)), Chunk: faultyRoot,
		MaxFee: uint256.NewInt(stftest.UploadFee(batch.DataHeight(len(faulty))) + stftest.HeapDeposit(len(faulty))), Nonce: c.NextNonce(4)}
	msgs := append(ups, c.Sign(4, fu, 1, faulty))
	w0 = append(w0, want{"faulty program, one chunk", layout.Applied})
	if _, err := c.Batch(msgs); err != nil {
		t.Fatal(err)
	}
	s.receipts = append(s.receipts, w0)
	s.rejected = append(s.rejected, false)

	// Batch 1.
	msgs = nil
	var w1 []want
	add := func(name string, skip layout.Skip, m batch.Message) {
		msgs = append(msgs, m)
		w1 = append(w1, want{name, skip})
	}
	u256 := uint256.NewInt
	add("job", layout.Applied, c.Job(1, p, 0, input, fee))
	faultyJob := &msg.Job{Program: faultyRoot, Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: 5,
		MaxFee: u256(stftest.JobFee(p, len(input))), Nonce: c.NextNonce(4)}
	add("job on the faulty program", layout.Applied, c.Sign(4, faultyJob, 1, input))
	add("withdrawal", layout.Applied, c.Withdraw(3, common.HexToAddress("0xdead"), 10_000))

	bad := c.Job(1, p, 0, input, fee)
	bad.Body[len(bad.Body)-33] ^= 1 // s changes: another signer (or none)
	add("signature of another key", layout.SkipAccount, bad)
	c.Rewind(1)
	high := c.Job(1, p, 0, input, fee)
	highS(high.Body)
	add("high s", layout.SkipSignature, high)
	c.Rewind(1)
	badV := c.Job(1, p, 0, input, fee)
	badV.Body[len(badV.Body)-1] = 29
	add("v 29", layout.SkipSignature, badV)
	c.Rewind(1)
	hint := c.Job(1, p, 0, input, fee)
	hint.Account = c.Account(4)
	add("account hint of another address", layout.SkipAccount, hint)
	c.Rewind(1)
	far := c.Job(1, p, 0, input, fee)
	far.Account = 1 << 30
	add("account hint beyond the records", layout.SkipAccount, far)
	c.Rewind(1)
	c.NextNonce(1)
	add("nonce from the future", layout.SkipNonce, c.Job(1, p, 0, input, fee))
	c.Rewind(1)
	c.Rewind(1)
	wide := c.Job(1, p, 0, input, fee)
	wide.Body[2*32] = 1 // inputSize is not a canonical uint64 word
	add("non-canonical uint64 word", layout.SkipMalformed, wide)
	c.Rewind(1)
	unknown := c.Withdraw(3, common.HexToAddress("0xbeef"), 1)
	unknown.Kind = 9
	add("unknown kind", layout.SkipMalformed, unknown)
	c.Rewind(3)

	add("balance below the fee", layout.SkipBalance, c.Job(2, p, 0, input, fee))
	c.Rewind(2)
	add("maxFee below the fee", layout.SkipFee, c.Job(1, p, 0, input, fee-1))
	c.Rewind(1)
	add("unknown program index", layout.SkipProgram, c.Job(1, p, 7, input, fee))
	c.Rewind(1)
	add("program hint beyond the records", layout.SkipProgram, c.Job(1, p, 1<<30, input, fee))
	c.Rewind(1)
	few := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps() - 1,
		MaxFee: u256(fee), Nonce: c.NextNonce(1)}
	add("maxSteps below the program's", layout.SkipSteps, c.Sign(1, few, 0, input))
	c.Rewind(1)
	lying := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)) + 1, MaxSteps: p.Steps(),
		MaxFee: u256(fee * 2), Nonce: c.NextNonce(1)}
	add("input size not the data's", layout.SkipSize, c.Sign(1, lying, 0, input))
	c.Rewind(1)
	other := slices.Clone(input)
	other[0] ^= 1
	swapped := c.Job(1, p, 0, input, fee)
	swapped.Data = other
	add("data not the signed input", layout.SkipSize, swapped)
	c.Rewind(1)

	add("withdrawal above the balance", layout.SkipBalance, c.Withdraw(3, common.HexToAddress("0xdead"), 1<<40))
	c.Rewind(3)
	cheap := &msg.Withdraw{To: common.HexToAddress("0xdead"), Amount: u256(1), MaxFee: u256(stftest.FlatPrice - 1), Nonce: c.NextNonce(3)}
	add("withdrawal maxFee below the fee", layout.SkipFee, c.Sign(3, cheap, 0, nil))
	c.Rewind(3)

	hijack := c.Upload(4, p, 0, 3)
	add("upload to a ready program", layout.SkipUpload, hijack[0])
	for range hijack {
		c.Rewind(4)
	}
	small, _, err := examples.Random(9, examples.RandomOptions{MaxInstrs: 1, MaxSteps: 100, MaxBytes: 512})
	if err != nil {
		t.Fatal(err)
	}
	upload := func(prog uint32, size, offset uint64, data []byte, maxFee uint64) batch.Message {
		u := &msg.Upload{Program: small.Root(), Size: size, Offset: offset, Chunk: batch.DataRoot(data), MaxFee: u256(maxFee),
			Nonce: c.NextNonce(4)}
		return c.Sign(4, u, prog, data)
	}
	obj := small.Bytes()
	if len(obj) < 256 {
		t.Fatalf("small program of %d bytes, want at least 256", len(obj))
	}
	chunk := obj[:128]
	chunkFee := stftest.UploadFee(batch.DataHeight(len(chunk)))
	newFee := chunkFee + stftest.HeapDeposit(len(obj)) // a new program's first chunk: fee + deposit
	add("upload of a size that is not whole words", layout.SkipSize, upload(2, small.Size()-1, 0, chunk, chunkFee))
	c.Rewind(4)
	add("upload chunk beyond the object", layout.SkipSize, upload(2, small.Size(), 1<<20, chunk, chunkFee))
	c.Rewind(4)
	add("upload maxFee below the fee", layout.SkipFee, upload(2, small.Size(), 0, chunk, chunkFee-1))
	c.Rewind(4)
	add("upload maxFee covering the fee, not the deposit", layout.SkipFee, upload(2, small.Size(), 0, chunk, newFee-1))
	c.Rewind(4)
	// The heap attack: a huge declared size for one chunk. Its deposit (2^21·7 wei) is above
	// account 4's balance, though the chunk's fee is not.
	add("upload deposit above the balance", layout.SkipBalance, upload(2, 1<<21, 0, chunk, chunkFee+stftest.HeapDeposit(1<<21)))
	c.Rewind(4)
	notSigned := upload(2, small.Size(), 0, chunk, newFee)
	notSigned.Data = obj[128:256]
	add("upload data not the signed chunk", layout.SkipSize, notSigned)
	c.Rewind(4)
	add("new program at an index not the next", layout.SkipUpload, upload(5, small.Size(), 0, chunk, newFee))
	c.Rewind(4)
	add("first chunk of a new program", layout.Applied, upload(2, small.Size(), 0, chunk, newFee))
	add("job on a program still uploading", layout.SkipProgram, c.Job(4, small, 2, make([]byte, 32), 1<<40))
	c.Rewind(4)
	add("withdrawal after a job", layout.Applied, c.Withdraw(1, common.HexToAddress("0xfeed"), 12345))
	if _, err := c.Batch(msgs); err != nil {
		t.Fatal(err)
	}
	s.receipts = append(s.receipts, w1)
	s.rejected = append(s.rejected, false)

	// Batch 2: the header names batch 99: rejected; the deposit before it is applied.
	c.Deposit(2, 5)
	wrong := &batch.Batch{Number: 99, Delayed: uint64(len(c.Oracle.Msgs)), Blocks: []batch.Block{{Messages: 1}},
		Msgs: []batch.Message{c.Withdraw(3, common.HexToAddress("0xdead"), 1)}}
	c.Rewind(3)
	payload, err := wrong.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}
	s.receipts = append(s.receipts, nil)
	s.rejected = append(s.rejected, true)

	// Batch 3: forced inclusion of a deposit creating account 5 and of a message that is not a
	// deposit.
	c.Deposit(5, 7)
	c.Raw([]byte{0x01, 2, 3})
	c.Forced()
	s.receipts = append(s.receipts, nil)
	s.rejected = append(s.rejected, false)

	// Batch 4: a valid payload in a blob whose element 9 (in payload words 8 and 9) has a
	// non-zero first byte.
	nb := &batch.Batch{Number: 4, Delayed: uint64(len(c.Oracle.Msgs)), Blocks: []batch.Block{{Messages: 1}},
		Msgs: []batch.Message{c.Withdraw(3, common.HexToAddress("0xdead"), 1)}}
	c.Rewind(3)
	payload, err = nb.Encode()
	if err != nil {
		t.Fatal(err)
	}
	blobs, err := blob.Pack(payload)
	if err != nil {
		t.Fatal(err)
	}
	if blobs[0][9*blob.ElementSize] != 0 || len(payload) < 12*32 {
		t.Fatal("unexpected packing")
	}
	blobs[0][9*blob.ElementSize] = 0x01
	if err := c.Blobs(uint32(len(payload)), blobs); err != nil {
		t.Fatal(err)
	}
	s.receipts = append(s.receipts, nil)
	s.rejected = append(s.rejected, true)

	// Batch 5: several blocks, the delayed messages spread between them.
	from := uint64(len(c.Oracle.Msgs))
	c.Deposit(5, 5_000) // consumed in block 1: funds account 5 (7 wei so far)
	c.Raw([]byte{0x03}) // consumed in block 2, which has no messages
	c.Deposit(3, 100)   // consumed after the blocks
	poor := c.Withdraw(5, common.HexToAddress("0xdead"), 1)
	c.Rewind(5)
	multi := &batch.Batch{Number: uint64(len(c.Oracle.Batches)), Delayed: from + 3, Blocks: []batch.Block{
		{Timestamp: 10, Messages: 1, Delayed: from},
		{Timestamp: 11, Messages: 2, Delayed: from + 1},
		{Timestamp: 12, Messages: 0, Delayed: from + 2},
		{Timestamp: 13, Messages: 1, Delayed: from + 2},
	}, Msgs: []batch.Message{
		poor,
		c.Withdraw(5, common.HexToAddress("0xdead"), 1),
		c.Job(1, p, 0, input, fee),
		c.Withdraw(3, common.HexToAddress("0xdead"), 1),
	}}
	s.payload(t, multi, nil, false, []want{{"withdrawal before the deposit's block", layout.SkipBalance},
		{"withdrawal after the deposit's block", layout.Applied}, {"job ending a block", layout.Applied},
		{"withdrawal in the last block", layout.Applied}})

	// Batch 6: a valid payload without blocks or messages.
	s.payload(t, &batch.Batch{Number: uint64(len(c.Oracle.Batches)), Delayed: uint64(len(c.Oracle.Msgs))}, nil, false, nil)

	// Batches 7 to 12: two blocks of one withdrawal each, one block-table entry broken after
	// encoding. applied is how many messages run before the rest of the payload is rejected (or,
	// for the last one, never reached).
	putU32 := func(entry, off int, v uint32) func([]byte) {
		return func(p []byte) { binary.BigEndian.PutUint32(p[(2+entry)*32+off:], v) }
	}
	putU64 := func(entry, off int, v uint64) func([]byte) {
		return func(p []byte) { binary.BigEndian.PutUint64(p[(2+entry)*32+off:], v) }
	}
	for _, bad := range []struct {
		name     string
		deposit  bool   // enqueue a deposit (to user 1) before the batch
		delayed  uint64 // the blocks' delayed counts: from + delayed (block 0), from + 1 (block 1)
		corrupt  func(from uint64) func([]byte)
		applied  int
		rejected bool
	}{
		{"block 1's first message is not the cursor", false, 0, func(uint64) func([]byte) { return putU32(1, 8, 2) }, 1, true},
		{"block 1's messages beyond the batch's", false, 0, func(uint64) func([]byte) { return putU32(1, 12, 2) }, 1, true},
		{"block 1's delayed count goes back", true, 1, func(f uint64) func([]byte) { return putU64(1, 16, f) }, 1, true},
		{"block 0's delayed count beyond the batch's", true, 0, func(f uint64) func([]byte) { return putU64(0, 16, f+2) }, 0, true},
		{"block 0's reserved bytes", true, 0, func(uint64) func([]byte) { return putU32(0, 28, 1) }, 0, true},
		{"block 1 has no messages: the last message is never reached", false, 0, func(uint64) func([]byte) { return putU32(1, 12, 0) }, 1, false},
	} {
		if bad.deposit {
			c.Deposit(1, 100)
		}
		n := uint64(len(c.Oracle.Msgs))
		from := n
		if bad.deposit {
			from = n - 1
		}
		to := common.HexToAddress("0xdead")
		b := &batch.Batch{Number: uint64(len(c.Oracle.Batches)), Delayed: n, Blocks: []batch.Block{
			{Timestamp: 20, Messages: 1, Delayed: from + bad.delayed}, {Timestamp: 21, Messages: 1, Delayed: n}},
			Msgs: []batch.Message{c.Withdraw(1, to, 1), c.Withdraw(1, to, 2)}}
		for i := bad.applied; i < 2; i++ {
			c.Rewind(1)
		}
		var w []want
		for i := 0; i < bad.applied; i++ {
			w = append(w, want{bad.name + ": message before", layout.Applied})
		}
		s.payload(t, b, bad.corrupt(from), bad.rejected, w)
	}

	// Batch 13: fees are paid at each block's end (BLOCK_END), so the fee recipient can spend in
	// block 1 what it earned in block 0. Block 0: it withdraws all but the fee of its balance, and
	// user 1 withdraws too: two fees, paid to it at block 0's end. Block 1: it withdraws one fee's
	// worth, which with its own fee takes both; were the fees paid at the batch's end, its balance
	// would be zero and the withdrawal skipped.
	bal := feeRecipientBalance(t, c)
	flat := uint64(stftest.FlatPrice)
	if !bal.IsUint64() || bal.Uint64() < flat {
		t.Fatalf("the fee recipient's balance before batch 13: %v", bal)
	}
	n := uint64(len(c.Oracle.Msgs))
	to := common.HexToAddress("0xfee")
	s.payload(t, &batch.Batch{Number: uint64(len(c.Oracle.Batches)), Delayed: n, Blocks: []batch.Block{
		{Timestamp: 30, Messages: 2, Delayed: n}, {Timestamp: 31, Messages: 1, Delayed: n}},
		Msgs: []batch.Message{c.Withdraw(0, to, bal.Uint64()-flat), c.Withdraw(1, to, 1), c.Withdraw(0, to, flat)}}, nil, false,
		[]want{{"fee recipient withdrawing all it has", layout.Applied}, {"withdrawal paying the fee recipient", layout.Applied},
			{"fee recipient spending the previous block's fees", layout.Applied}})

	l.mirror(t, c)
	return s
}

// feeRecipientBalance applies every batch of c so far to a copy of its genesis and returns the fee
// recipient's (account 0's) balance.
func feeRecipientBalance(t testing.TB, c *stftest.Chain) *uint256.Int {
	t.Helper()
	mem := c.Genesis.Snapshot()
	for n := range len(c.Oracle.Batches) {
		if err := stf.New(c.Cfg, c.Oracle, mem).Run(context.Background()); err != nil {
			t.Fatalf("batch %d: %v", n, err)
		}
	}
	l := mem.ReadLeaf(layout.AccountAddr(0) + 32)
	return new(uint256.Int).SetBytes32(l[:])
}

// payload records b's payload, changed by corrupt if not nil, as the next batch, with what it
// must do.
func (s *scenario) payload(t testing.TB, b *batch.Batch, corrupt func([]byte), rejected bool, receipts []want) {
	t.Helper()
	p, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if corrupt != nil {
		corrupt(p)
	}
	if err := s.c.PayloadUpTo(p, b.Delayed); err != nil {
		t.Fatal(err)
	}
	s.receipts = append(s.receipts, receipts)
	s.rejected = append(s.rejected, rejected)
}

// highS replaces the body's signature by its high-s twin (same signer under plain ecrecover).
func highS(body []byte) {
	n := uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	sw := body[len(body)-64 : len(body)-32]
	s := new(uint256.Int).SetBytes32(sw)
	s.Sub(n, s)
	s.PutUint256(sw)
	body[len(body)-1] ^= 27 ^ 28
}

// provedStep is one step's witness with the Go machine's pre- and post-state hashes.
type provedStep struct {
	state      []byte
	proofs     []byte
	pre, post  common.Hash
	phase      stf.Phase
	label      string // the phase, refined by what the step does (for the gas table and samples)
	nextPhase  stf.Phase
	oracleSize int
}

// gasSample is one step's cost on L1.
type gasSample struct{ exec, total, calldata uint64 }

// report collects what the steps covered and cost.
type report struct {
	gas         map[string][]gasSample
	samples     map[string][]provedStep // a few witnesses per label, for the tamper tests
	transitions map[[2]stf.Phase]int    // steps per (phase, next phase)
	variants    int                     // BLOCK steps from changed registers (blockVariants)
	endVariants int                     // BLOCK_END steps from changed registers (blockEndVariants)
	steps       int
}

// label names what a step does: its phase, and for some phases which path it takes.
func label(s *stf.Witness, next stf.State) string {
	ph := stf.Phase(s.State[1])
	switch ph {
	case stf.PhaseLoad:
		if next.Regs.Flags&stf.FlagRejected != 0 {
			return "LOAD non-canonical"
		}
	case stf.PhaseDelayed:
		// Accesses: the globals; for a deposit the account count, the account (a new one's
		// written) and its balance.
		// Without a message to consume: on to END, to the block's messages, or to the block's
		// end.
		switch n := len(s.Accesses); {
		case len(s.Oracle) == 0 && next.Regs.Phase == stf.PhaseMsgLoad:
			return "DELAYED to messages"
		case len(s.Oracle) == 0 && next.Regs.Phase == stf.PhaseBlockEnd:
			return "DELAYED to block end"
		case len(s.Oracle) == 0:
			return "DELAYED none left"
		case n == 1:
			return "DELAYED not a deposit"
		case n < 4:
			return "DELAYED deposit ignored"
		default:
			return "DELAYED deposit"
		}
	case stf.PhaseHeader:
		if next.Regs.Flags&stf.FlagRejected != 0 {
			return "HEADER rejected"
		}
		if next.Regs.Phase == stf.PhaseDelayed {
			return "HEADER no blocks"
		}
	case stf.PhaseBlock:
		if next.Regs.Flags&stf.FlagRejected != 0 {
			return "BLOCK rejected"
		}
	case stf.PhaseBlockEnd:
		if len(s.Accesses) > 1 {
			return "BLOCK_END pays"
		}
		return "BLOCK_END nothing to pay"
	case stf.PhaseJobRun:
		if next.Regs.Phase == stf.PhaseJobFinish {
			return "JOB_RUN last"
		}
	}
	if next.Regs.Phase == stf.PhaseReceipt && ph != stf.PhaseReceipt && next.Regs.Reason != uint8(layout.Applied) {
		return ph.String() + " skip"
	}
	return ph.String()
}

// run steps every batch of the scenario with proofs and checks each step on the ChainVM.
func (s *scenario) run(t *testing.T, l *l1) (*report, *memory.Memory) {
	rep := &report{gas: map[string][]gasSample{}, samples: map[string][]provedStep{}, transitions: map[[2]stf.Phase]int{}}
	mem := s.c.Genesis.Snapshot()
	var messages uint64
	for n := range s.receipts {
		m := stf.New(s.c.Cfg, s.c.Oracle, mem)
		for !m.Done() {
			if m.Regs().Phase == stf.PhaseBlock {
				rep.variants += blockVariants(t, l, s.c, m.State(), mem)
			}
			if m.Regs().Phase == stf.PhaseBlockEnd {
				rep.endVariants += blockEndVariants(t, l, s.c, m.State(), mem)
			}
			w, err := m.Step(true)
			if err != nil {
				t.Fatalf("batch %d: Go step: %v", n, err)
			}
			next := m.State()
			ps := provedStep{state: w.State[:], proofs: w.ProofData(), pre: w.StateHash(), post: next.Hash(),
				phase: stf.Phase(w.State[1]), label: label(w, next), nextPhase: next.Regs.Phase, oracleSize: len(w.Oracle)}
			res := l.verifyStep(t, ps.pre, ps.state, ps.proofs)
			if res.err != nil {
				t.Fatalf("batch %d step %d (%s): ChainVM reverts %v; Go post-state %v", n, rep.steps, ps.label, res.err, &next)
			}
			if res.post != ps.post {
				t.Fatalf("batch %d step %d (%s): ChainVM post %x, Go post %v (%v)", n, rep.steps, ps.label, res.post, ps.post, &next)
			}
			total, _, _ := evm.TxGas(res.input, res.gas)
			rep.gas[ps.label] = append(rep.gas[ps.label], gasSample{res.gas, total, uint64(len(res.input))})
			rep.transitions[[2]stf.Phase{ps.phase, ps.nextPhase}]++
			if k := len(rep.samples[ps.label]); k < 2 || (ps.label == "LOAD" && k < 3) {
				rep.samples[ps.label] = append(rep.samples[ps.label], ps)
			}
			rep.steps++
		}
		// A done state steps to itself, without proof data.
		done := m.State()
		enc := done.Encode()
		if res := l.step(t, enc[:], nil); res.err != nil || res.post != done.Hash() {
			t.Fatalf("batch %d: step of the done state: %v %x, want %v", n, res.err, res.post, done.Hash())
		}
		if res := l.step(t, enc[:], []byte{0}); l.revertName(res.err) != "TrailingWitness" {
			t.Fatalf("batch %d: step of the done state with proof data: %v", n, res.err)
		}
		// What the batch must have done.
		rejected := done.Regs.Flags&stf.FlagRejected != 0
		if rejected != s.rejected[n] {
			t.Fatalf("batch %d: rejected %v, want %v", n, rejected, s.rejected[n])
		}
		for i, w := range s.receipts[n] {
			r, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(messages + uint64(i))))
			if err != nil {
				t.Fatal(err)
			}
			if r.Skip != w.skip {
				t.Errorf("batch %d message %d (%s): receipt %v, want %v", n, i, w.name, r.Skip, w.skip)
			}
		}
		messages += uint64(len(s.receipts[n]))
		t.Logf("batch %d: %d chain steps, root %v", n, done.Regs.Step, done.Root())
	}
	return rep, mem
}

func median(v []uint64) uint64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// gasTable formats the gas per step label: steps, median and max execution gas, median and
// max transaction gas (evm.TxGas: intrinsic, calldata and the EIP-7623 floor), median calldata.
func (r *report) gasTable() string {
	labels := make([]string, 0, len(r.gas))
	for k := range r.gas {
		labels = append(labels, k)
	}
	order := func(lbl string) int {
		name, _, _ := strings.Cut(lbl, " ")
		for p := stf.PhaseBegin; p <= stf.PhaseBlockEnd; p++ {
			if p.String() == name {
				return int(p)
			}
		}
		return 99
	}
	sort.Slice(labels, func(i, j int) bool {
		if oi, oj := order(labels[i]), order(labels[j]); oi != oj {
			return oi < oj
		}
		return labels[i] < labels[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-28s %6s %10s %10s %10s %10s %9s\n", "step", "steps", "exec med", "exec max", "tx med", "tx max", "calldata")
	for _, k := range labels {
		g := r.gas[k]
		col := func(f func(gasSample) uint64) []uint64 {
			out := make([]uint64, len(g))
			for i := range g {
				out[i] = f(g[i])
			}
			return out
		}
		exec, total, cd := col(func(s gasSample) uint64 { return s.exec }), col(func(s gasSample) uint64 { return s.total }),
			col(func(s gasSample) uint64 { return s.calldata })
		fmt.Fprintf(&b, "%-28s %6d %10d %10d %10d %10d %9d\n", k, len(g), median(exec), slices.Max(exec), median(total),
			slices.Max(total), median(cd))
	}
	return b.String()
}

// TestChainVM steps the scenario through the Go machine and the ChainVM, step by step, checks
// coverage and the chain's final records, reports the gas, then tampers with the witnesses.
func TestChainVM(t *testing.T) {
	l := newL1(t)
	checkConfig(t, l)
	s := buildScenario(t, l)
	rep, mem := s.run(t, l)

	// The machine has 26 phases, BLOCK_END the last; every phase ran, and the paths the scenario
	// is built for.
	if stf.PhaseBlockEnd != 25 || stf.PhaseBlockEnd.String() != "BLOCK_END" || (stf.PhaseBlockEnd+1).String() != "phase(26)" {
		t.Fatalf("phases: BLOCK_END is %d (%v), then %v; want 26 phases, BLOCK_END = 25 the last", stf.PhaseBlockEnd, stf.PhaseBlockEnd, stf.PhaseBlockEnd+1)
	}
	for p := stf.PhaseBegin; p <= stf.PhaseBlockEnd; p++ {
		found := false
		for k := range rep.gas {
			if name, _, _ := strings.Cut(k, " "); name == p.String() {
				found = true
			}
		}
		if !found {
			t.Errorf("phase %v never ran", p)
		}
	}
	for _, k := range []string{"LOAD non-canonical", "HEADER rejected", "DELAYED none left", "DELAYED not a deposit",
		"DELAYED deposit ignored", "DELAYED deposit", "DELAYED to messages", "DELAYED to block end", "BLOCK_END pays", "BLOCK_END nothing to pay",
		"HEADER no blocks", "BLOCK rejected", "JOB_RUN last", "MSG_LOAD skip", "MSG_AUTH skip",
		"JOB_CHECK skip", "JOB_INPUT skip", "UPLOAD_CHECK skip", "UPLOAD_DATA skip", "WITHDRAW_CHECK skip"} {
		if len(rep.gas[k]) == 0 {
			t.Errorf("no %q step", k)
		}
	}
	// After a message: the block's next message, the next block, or past the last block.
	for _, tr := range [][2]stf.Phase{{stf.PhaseReceipt, stf.PhaseMsgLoad}, {stf.PhaseReceipt, stf.PhaseBlockEnd},
		{stf.PhaseJobFinish, stf.PhaseMsgLoad}, {stf.PhaseJobFinish, stf.PhaseBlockEnd}, {stf.PhaseHeader, stf.PhaseBlock},
		{stf.PhaseBlock, stf.PhaseDelayed}, {stf.PhaseDelayed, stf.PhaseEnd}, {stf.PhaseBlockEnd, stf.PhaseBlock},
		{stf.PhaseBlockEnd, stf.PhaseDelayed}} {
		if rep.transitions[tr] == 0 {
			t.Errorf("no %v step going to %v", tr[0], tr[1])
		}
	}
	if rep.variants == 0 {
		t.Error("no BLOCK step from changed registers")
	}
	if rep.endVariants == 0 {
		t.Error("no BLOCK_END step from changed registers")
	}
	g, err := stf.ReadGlobals(mem)
	if err != nil {
		t.Fatal(err)
	}
	if g.Batches != 14 || g.Accounts != 6 || g.Programs != 3 || g.Jobs != 3 || g.Withdrawals != 11 ||
		g.Delayed != uint64(len(s.c.Oracle.Msgs)) {
		t.Errorf("globals %+v", g)
	}
	for j, st := range []layout.JobStatus{layout.JobHalted, layout.JobFaulted, layout.JobHalted} {
		rec, err := layout.DecodeJob([2]layout.Leaf{mem.ReadLeaf(layout.JobAddr(uint64(j))), mem.ReadLeaf(layout.JobAddr(uint64(j)) + 32)})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Status != st {
			t.Errorf("job %d: %+v, want status %d", j, rec, st)
		}
	}
	// Batch 13's last block paid the fee recipient the one fee of its own withdrawal, which had
	// taken all it had.
	if l := mem.ReadLeaf(layout.AccountAddr(0) + 32); new(uint256.Int).SetBytes32(l[:]).Uint64() != stftest.FlatPrice {
		t.Errorf("the fee recipient's balance after batch 13: %x, want %d", l, stftest.FlatPrice)
	}
	t.Logf("%d steps (and %d BLOCK, %d BLOCK_END steps from changed registers); gas per step:%s", rep.steps, rep.variants,
		rep.endVariants, rep.gasTable())

	t.Run("tamper", func(t *testing.T) { tamper(t, l, s, rep) })
	t.Run("through the ChallengeManager", func(t *testing.T) { disputeSteps(t, l, rep) })
	t.Run("the challenger's trace", func(t *testing.T) { challengerTrace(t, l, s, mem) })
}

// checkConfig checks the ChainVM's immutables and its domain separator against chain/msg.
func checkConfig(t *testing.T, l *l1) {
	ret := l.mustCall(t, caller, l.chainVM, l.vmABI.PackDomainSeparator(), nil)
	sep, err := l.vmABI.UnpackDomainSeparator(ret)
	if err != nil {
		t.Fatal(err)
	}
	if want := (msg.Domain{ChainID: chainID, VerifyingContract: l.inbox}).Separator(); common.Hash(sep) != want {
		t.Fatalf("domainSeparator %x, want %v", sep, want)
	}
	ret = l.mustCall(t, caller, l.chainVM, l.vmABI.PackInbox(), nil)
	if a, err := l.vmABI.UnpackInbox(ret); err != nil || a != l.inbox {
		t.Fatalf("inbox %v %v", a, err)
	}
	ret = l.mustCall(t, caller, l.chainVM, l.vmABI.PackFraudVM(), nil)
	if a, err := l.vmABI.UnpackFraudVM(ret); err != nil || a != l.fraudVM {
		t.Fatalf("fraudVM %v %v", a, err)
	}
	ret = l.mustCall(t, caller, l.chainVM, l.vmABI.PackChainId(), nil)
	if id, err := l.vmABI.UnpackChainId(ret); err != nil || id != chainID {
		t.Fatalf("chainId %v %v", id, err)
	}
}
