// Package stftest builds chains for tests of the state transition: a genesis, funded accounts
// with real keys, deposits in a delayed queue, and batches of signed messages packed into real
// blobs with their Inbox commitments. It is test support shared by chain/stf, the trace
// provider, the L1 verifier tests and e2e; it is not used by the services.
package stftest

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
)

// Default prices of a test chain.
const (
	StepPrice = 3
	BytePrice = 5
	FlatPrice = 1000
	HeapPrice = 7
)

// Chain is an L1 view (batches, delayed queue) and a genesis for the chain machine.
type Chain struct {
	Cfg     stf.Config
	Oracle  *stf.MapOracle
	Genesis *memory.Memory
	Keys    []*ecdsa.PrivateKey // Keys[i] owns account i once deposited to

	batches    uint64
	consumed   uint64
	delayedAcc []common.Hash // delayedAcc[k] = acc(k)
	accounts   map[common.Address]uint32
	nonces     map[uint32]uint64
	deposited  uint64
}

// Deposited is the total of the deposits enqueued with Deposit.
func (c *Chain) Deposited() *uint256.Int { return uint256.NewInt(c.deposited) }

// New returns a chain with users keys (deterministic), account 0 as the fee recipient.
func New(users int) (*Chain, error) {
	c := &Chain{
		Cfg:        stf.Config{Domain: msg.Domain{ChainID: 42069, VerifyingContract: common.HexToAddress("0x1000000000000000000000000000000000000001")}},
		Oracle:     &stf.MapOracle{Batches: map[uint64]*stf.Batch{}},
		Genesis:    memory.New(),
		delayedAcc: []common.Hash{{}},
		accounts:   map[common.Address]uint32{},
		nonces:     map[uint32]uint64{},
	}
	for i := 0; i < users; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("stftest key %d", i))))
		if err != nil {
			return nil, err
		}
		c.Keys = append(c.Keys, k)
	}
	err := stf.Genesis(c.Genesis, layout.Globals{StepPrice: StepPrice, BytePrice: BytePrice, FlatPrice: FlatPrice, HeapPrice: HeapPrice})
	return c, err
}

// Addr is user i's address.
func (c *Chain) Addr(i int) common.Address { return crypto.PubkeyToAddress(c.Keys[i].PublicKey) }

// Deposit enqueues a deposit of amount wei to user i, assigning the account index as the Bridge
// does (one per address, in order), and returns the index.
func (c *Chain) Deposit(i int, amount uint64) uint32 {
	to := c.Addr(i)
	idx, ok := c.accounts[to]
	if !ok {
		idx = uint32(len(c.accounts))
		c.accounts[to] = idx
	}
	d := l1data.Deposit{Index: idx, To: to}
	d.Amount.SetUint64(amount)
	c.deposited += amount
	c.Raw(d.Encode())
	return idx
}

// Raw enqueues an arbitrary delayed message.
func (c *Chain) Raw(m []byte) {
	c.Oracle.Msgs = append(c.Oracle.Msgs, m)
	c.delayedAcc = append(c.delayedAcc, l1data.NextAcc(c.delayedAcc[len(c.delayedAcc)-1], crypto.Keccak256Hash(m)))
}

// Account is user i's account index (it must have been deposited to).
func (c *Chain) Account(i int) uint32 { return c.accounts[c.Addr(i)] }

// NextNonce returns and consumes user i's next nonce as the tests track it.
func (c *Chain) NextNonce(i int) uint64 {
	a := c.Account(i)
	n := c.nonces[a]
	c.nonces[a] = n + 1
	return n
}

// Sign signs m as user i and returns the batch entry (kind, account, program hint, body, data).
func (c *Chain) Sign(i int, m msg.Message, program uint32, data []byte) batch.Message {
	s, err := msg.NewSigned(m, c.Cfg.Domain, c.Keys[i], c.Account(i))
	if err != nil {
		panic(err)
	}
	e, err := batch.FromSigned(s, program, data)
	if err != nil {
		panic(err)
	}
	return e
}

// Job returns user i's signed job on p (registered at index prog) with input (memory form).
func (c *Chain) Job(i int, p *program.Program, prog uint32, input []byte, maxFee uint64) batch.Message {
	return c.JobOn(i, p.Root(), p.Steps(), prog, input, maxFee)
}

// JobFee is the fee of a job on p with an input of n bytes.
func JobFee(p *program.Program, n int) uint64 { return p.Steps()*StepPrice + uint64(n)*BytePrice }

// Upload returns user i's signed uploads of p (to register at index prog) in chunks of 32·2^h
// bytes, in order; the last chunk may be smaller (its height is its own).
func (c *Chain) Upload(i int, p *program.Program, prog uint32, h uint8) []batch.Message {
	return c.UploadBytes(i, p.Bytes(), prog, h)
}

// UploadBytes is Upload for any object bytes (the chain does not validate programs: a program
// whose header lies must still be handled).
func (c *Chain) UploadBytes(i int, obj []byte, prog uint32, h uint8) []batch.Message {
	root := batch.DataRoot(obj)
	size := 32 << h
	var out []batch.Message
	for off := 0; off < len(obj); off += size {
		data := obj[off:min(off+size, len(obj))]
		u := &msg.Upload{Program: root, Size: uint64(len(obj)), Offset: uint64(off), Chunk: batch.DataRoot(data),
			MaxFee: uint256.NewInt(UploadFee(batch.DataHeight(len(data))) + HeapDeposit(len(obj))), Nonce: c.NextNonce(i)}
		out = append(out, c.Sign(i, u, prog, data))
	}
	return out
}

// JobOn returns user i's signed job on the program with root and step count steps, registered at
// index prog.
func (c *Chain) JobOn(i int, root common.Hash, steps uint64, prog uint32, input []byte, maxFee uint64) batch.Message {
	j := &msg.Job{Program: root, Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: steps,
		MaxFee: uint256.NewInt(maxFee), Nonce: c.NextNonce(i)}
	return c.Sign(i, j, prog, input)
}

// UploadFee is the fee of one upload chunk of height h.
func UploadFee(h uint8) uint64 { return FlatPrice + (32<<h)*BytePrice }

// HeapDeposit is the deposit a new program of size bytes reserves its heap slot with.
func HeapDeposit(size int) uint64 { return (32 << batch.DataHeight(size)) * HeapPrice }

// Withdraw returns user i's signed withdrawal.
func (c *Chain) Withdraw(i int, to common.Address, amount uint64) batch.Message {
	w := &msg.Withdraw{To: to, Amount: uint256.NewInt(amount), MaxFee: uint256.NewInt(FlatPrice), Nonce: c.NextNonce(i)}
	return c.Sign(i, w, 0, nil)
}

// Batch encodes msgs as the next batch (one block, which includes every delayed message
// enqueued so far before its messages), packs it into blobs and records it on the simulated L1. It returns the payload.
func (c *Chain) Batch(msgs []batch.Message) ([]byte, error) {
	n := uint64(len(c.Oracle.Msgs))
	b := &batch.Batch{Number: c.batches, Delayed: n, Blocks: []batch.Block{{Timestamp: 1 + c.batches, Messages: uint32(len(msgs)), Delayed: n}}, Msgs: msgs}
	p, err := b.Encode()
	if err != nil {
		return nil, err
	}
	return p, c.Payload(p)
}

// Payload records an arbitrary payload as the next batch, consuming every delayed message.
func (c *Chain) Payload(p []byte) error {
	return c.PayloadUpTo(p, uint64(len(c.Oracle.Msgs)))
}

// PayloadUpTo records an arbitrary payload as the next batch, consuming delayed messages up to
// the running total delayed.
func (c *Chain) PayloadUpTo(p []byte, delayed uint64) error {
	blobs, err := blob.Pack(p)
	if err != nil {
		return err
	}
	return c.blobs(uint32(len(p)), blobs, delayed)
}

// Blobs records the next batch from raw blobs (which may be non-canonical) and a payload length.
func (c *Chain) Blobs(length uint32, blobs []kzg4844.Blob) error {
	return c.blobs(length, blobs, uint64(len(c.Oracle.Msgs)))
}

func (c *Chain) blobs(length uint32, blobs []kzg4844.Blob, n uint64) error {
	b := &stf.Batch{Number: c.batches, PayloadLength: length, DelayedCount: n, DelayedAcc: c.delayedAcc[n], Blobs: blobs}
	for i := range blobs {
		cm, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return err
		}
		b.BlobHashes = append(b.BlobHashes, kzg4844.CalcBlobHashV1(sha256New(), &cm))
	}
	c.Oracle.Batches[c.batches] = b
	c.batches++
	c.consumed = n
	return nil
}

// Forced records a forced batch (no blobs) consuming every delayed message.
func (c *Chain) Forced() { _ = c.Blobs(0, nil) }

// DelayedAcc is the accumulator after k delayed messages.
func (c *Chain) DelayedAcc(k uint64) common.Hash { return c.delayedAcc[k] }

// Rewind gives back user i's latest nonce (after building a message the chain will skip).
func (c *Chain) Rewind(i int) { c.nonces[c.Account(i)]-- }

// SetBatches sets the number of batches recorded so far (to build alternative next batches on
// a copy of a chain).
func (c *Chain) SetBatches(n uint64) { c.batches = n }
