package stftest

import (
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// Expect is the receipt one message must get.
type Expect struct {
	Name string
	Skip layout.Skip
}

// Mixed is a chain of four batches that exercises every part of the state transition, with the
// receipt each message must get:
//
//   - batch 0: five deposits create accounts 0 (the fee recipient) to 4; the MLP is uploaded in
//     four chunks;
//   - batch 1: three valid jobs (one on a program whose header understates its steps, which
//     faults at its limit), withdrawals, the first chunk of another program, and one message
//     per skip reason;
//   - batch 2: a payload whose header names another batch (rejected) and a deposit;
//   - batch 3: a forced batch with a deposit and a delayed message that is not a deposit.
type Mixed struct {
	*Chain
	Program  *program.Program // the MLP, program 0
	Input    []byte           // its sample input in memory form
	Receipts [][]Expect       // per batch

	Lie      []byte // program 2: an object whose header understates its steps
	LieSteps uint64
	LieInput []byte
}

func NewMixed(t testing.TB) *Mixed {
	c, err := New(5)
	if err != nil {
		t.Fatal(err)
	}
	p := examples.MLP()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	s := &Mixed{Chain: c, Program: p, Input: input}
	fee := JobFee(p, len(input))

	// Batch 0: deposits create accounts 0 (fee recipient) to 4; a four-chunk upload of the MLP.
	c.Deposit(0, 1)
	c.Deposit(1, 1_000_000_000)
	c.Deposit(2, fee-1) // cannot afford a job
	c.Deposit(3, 50_000)
	c.Deposit(4, 10_000_000)
	chunkH := batch.DataHeight(int(p.Size())) - 2 // four chunks, the last one short
	ups := c.Upload(1, p, 0, chunkH)
	if len(ups) < 2 {
		t.Fatalf("MLP upload has %d chunks, want several", len(ups))
	}
	var w0 []Expect
	for range ups {
		w0 = append(w0, Expect{"upload chunk", layout.Applied})
	}
	if _, err := c.Batch(ups); err != nil {
		t.Fatal(err)
	}
	s.Receipts = append(s.Receipts, w0)

	// Batch 1: valid jobs, withdrawals and one message per skip reason.
	var msgs []batch.Message
	var w1 []Expect
	add := func(name string, skip layout.Skip, m batch.Message) {
		msgs = append(msgs, m)
		w1 = append(w1, Expect{name, skip})
	}
	add("job", layout.Applied, c.Job(1, p, 0, input, fee))
	add("job by another user", layout.Applied, c.Job(4, p, 0, input, fee))
	add("withdrawal", layout.Applied, c.Withdraw(3, common.HexToAddress("0xdead"), 10_000))

	bad := c.Job(1, p, 0, input, fee)
	bad.Body[len(bad.Body)-33] ^= 1 // s changes: another signer (or none)
	add("bad signature", layout.SkipAccount, bad)
	c.Rewind(1)

	high := c.Job(1, p, 0, input, fee)
	HighS(high.Body)
	add("high s", layout.SkipSignature, high)
	c.Rewind(1)

	wrongHint := c.Job(1, p, 0, input, fee)
	wrongHint.Account = c.Account(4)
	add("account hint of another address", layout.SkipAccount, wrongHint)
	c.Rewind(1)

	c.NextNonce(1)
	add("nonce from the future", layout.SkipNonce, c.Job(1, p, 0, input, fee))
	c.Rewind(1)
	c.Rewind(1)

	add("balance below the fee", layout.SkipBalance, c.Job(2, p, 0, input, fee))
	c.Rewind(2)
	add("maxFee below the fee", layout.SkipFee, c.Job(1, p, 0, input, fee-1))
	c.Rewind(1)
	add("unknown program index", layout.SkipProgram, c.Job(1, p, 7, input, fee))
	c.Rewind(1)

	few := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps() - 1,
		MaxFee: uint256.NewInt(fee), Nonce: c.NextNonce(1)}
	add("maxSteps below the program's", layout.SkipSteps, c.Sign(1, few, 0, input))
	c.Rewind(1)

	lying := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)) + 32, MaxSteps: p.Steps(),
		MaxFee: uint256.NewInt(fee * 2), Nonce: c.NextNonce(1)}
	add("input size not the data's", layout.SkipSize, c.Sign(1, lying, 0, input))
	c.Rewind(1)

	other := append([]byte(nil), input...)
	other[0] ^= 1
	swapped := c.Job(1, p, 0, input, fee)
	swapped.Data = other
	add("data not the signed input", layout.SkipSize, swapped)
	c.Rewind(1)

	malformed := c.Withdraw(3, common.HexToAddress("0xbeef"), 1)
	malformed.Kind = 9
	add("unknown kind", layout.SkipMalformed, malformed)
	c.Rewind(3)

	add("withdrawal above the balance", layout.SkipBalance, c.Withdraw(3, common.HexToAddress("0xdead"), 1<<40))
	c.Rewind(3)

	small, _, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	hijack := c.Upload(4, p, 0, chunkH) // chunks of the program user 1 uploaded at index 0
	add("upload to a ready program", layout.SkipUpload, hijack[0])
	for range hijack {
		c.Rewind(4)
	}
	partial := c.Upload(4, small, 1, 5)
	for range partial[1:] {
		c.Rewind(4)
	}
	add("first chunk of a new program", layout.Applied, partial[0])
	add("withdrawal after a job", layout.Applied, c.Withdraw(1, common.HexToAddress("0xfeed"), 12345))
	add("job on a program still uploading", layout.SkipProgram, c.Job(4, small, 1, make([]byte, 32), 1<<40))
	c.Rewind(4)
	// A program whose header claims one step fewer than it takes: the chain does not validate
	// programs, so the job on it faults at its step limit and is charged in full.
	lie := append([]byte(nil), small.Bytes()...)
	binary.BigEndian.PutUint64(lie[16:], small.Steps()-1)
	for _, u := range c.UploadBytes(1, lie, 2, 12) {
		add("upload of a lying program", layout.Applied, u)
	}
	smallIn := make([]byte, 32)
	add("job on the lying program", layout.Applied, c.JobOn(1, batch.DataRoot(lie), small.Steps()-1, 2, smallIn, 1<<40))
	s.Lie, s.LieSteps, s.LieInput = lie, small.Steps()-1, smallIn
	if _, err := c.Batch(msgs); err != nil {
		t.Fatal(err)
	}
	s.Receipts = append(s.Receipts, w1)

	// Batch 2: a payload whose header names the wrong batch: rejected, but the deposit in the
	// delayed queue is applied.
	c.Deposit(2, 5)
	wrong := &batch.Batch{Number: 99, Delayed: 6, Blocks: []batch.Block{{Messages: 1}}, Msgs: []batch.Message{c.Job(1, p, 0, input, fee)}}
	c.Rewind(1)
	payload, err := wrong.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}
	s.Receipts = append(s.Receipts, nil)

	// Batch 3: forced inclusion of a deposit and of a message that is not a deposit.
	c.Deposit(3, 7)
	c.Raw([]byte{0x02, 1, 2, 3})
	c.Forced()
	s.Receipts = append(s.Receipts, nil)
	return s
}

// HighS replaces the body's signature by its high-s twin (same signer under plain ecrecover).
func HighS(body []byte) {
	n := uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	sw := body[len(body)-64 : len(body)-32]
	s := new(uint256.Int).SetBytes32(sw)
	s.Sub(n, s)
	s.PutUint256(sw)
	body[len(body)-1] ^= 27 ^ 28
}
