// Package layout fixes where the chain's state lives in fraudvm memory and how each record is
// encoded: globals, accounts, job records, the program registry and heap, withdrawals, the batch
// region and message receipts. The machine's chain phases, the executors' fast path and the
// sequencer's admission all read and write state through these encodings, so there is one
// definition of every byte of the state root (docs/spec/chain.md §2).
//
// Every record is a whole number of 32-byte leaves at an address computed from its index, so a
// step reads or writes it with leaf proofs. Integers are big-endian, as in the machine's
// registers; unused bytes are zero, and the decoders reject anything else so that one state has
// one encoding.
package layout

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Region bases. Each region is an aligned subtree of memory below the job scratch
// (isa.ScratchBase).
const (
	GlobalsBase     = uint64(0x00_0000_0000)
	AccountsBase    = uint64(0x10_0000_0000)
	JobsBase        = uint64(0x20_0000_0000)
	ProgramsBase    = uint64(0x30_0000_0000)
	HeapBase        = uint64(0x40_0000_0000) // 2^38 bytes, up to 0x80_0000_0000
	WithdrawalsBase = uint64(0x80_0000_0000)
	BatchBase       = uint64(0x90_0000_0000)
	ReceiptsBase    = uint64(0xA0_0000_0000)

	RegionBits = isa.RegionBits     // 2^36 bytes per region (the heap spans four)
	HeapBits   = isa.RegionBits + 2 // 2^38
	RecordSize = 2 * isa.LeafSize   // accounts, jobs, programs, withdrawals
)

// ErrMalformed is wrapped by every decoder error.
var ErrMalformed = errors.New("malformed record")

func malformed(what string, b []byte) error {
	return fmt.Errorf("%w: %s: non-zero reserved bytes in %x", ErrMalformed, what, b)
}

func zero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// Leaf is one 32-byte memory word.
type Leaf = [isa.LeafSize]byte

// Record addresses. Indices are bounded by their region (2^30 records of 64 bytes).
func AccountAddr(i uint32) uint64    { return AccountsBase + uint64(i)*RecordSize }
func JobAddr(j uint64) uint64        { return JobsBase + (j%(1<<30))*RecordSize }
func ProgramAddr(p uint32) uint64    { return ProgramsBase + uint64(p)*RecordSize }
func WithdrawalAddr(w uint64) uint64 { return WithdrawalsBase + (w%(1<<30))*RecordSize }
func ReceiptAddr(m uint64) uint64    { return ReceiptsBase + (m%(1<<31))*isa.LeafSize }

// Globals are the chain counters and parameters: four leaves at GlobalsBase.
//
//	leaf 0: batches u64, delayed messages consumed u64, jobs u64, withdrawals u64
//	leaf 1: accounts u32, programs u32, messages processed u64, heap bytes allocated u64, zero[8]
//	leaf 2: step price u64, byte price u64, flat price u64, fee recipient account u32, zero[4]
//	leaf 3: heap price u64, zero[24]
//
// Prices are in wei: a job costs steps·stepPrice + inputSize·bytePrice; an upload chunk of
// height h flatPrice + 32·2^h·bytePrice; a withdrawal flatPrice (docs/spec/chain.md §6). A new
// program's first chunk also takes a deposit of heapPrice per byte of the heap slot it reserves,
// returned when the program becomes ready and kept by the chain if it never does: the heap is
// finite, so reserving it must cost what losing it costs.
type Globals struct {
	Batches, Delayed, Jobs, Withdrawals uint64
	Accounts, Programs                  uint32
	Messages, HeapUsed                  uint64
	StepPrice, BytePrice, FlatPrice     uint64
	FeeRecipient                        uint32
	HeapPrice                           uint64
}

// GlobalsLeaves is the number of leaves of Globals.
const GlobalsLeaves = 4

// Encode returns the four leaves.
func (g *Globals) Encode() [GlobalsLeaves]Leaf {
	var l [GlobalsLeaves]Leaf
	binary.BigEndian.PutUint64(l[0][0:], g.Batches)
	binary.BigEndian.PutUint64(l[0][8:], g.Delayed)
	binary.BigEndian.PutUint64(l[0][16:], g.Jobs)
	binary.BigEndian.PutUint64(l[0][24:], g.Withdrawals)
	binary.BigEndian.PutUint32(l[1][0:], g.Accounts)
	binary.BigEndian.PutUint32(l[1][4:], g.Programs)
	binary.BigEndian.PutUint64(l[1][8:], g.Messages)
	binary.BigEndian.PutUint64(l[1][16:], g.HeapUsed)
	binary.BigEndian.PutUint64(l[2][0:], g.StepPrice)
	binary.BigEndian.PutUint64(l[2][8:], g.BytePrice)
	binary.BigEndian.PutUint64(l[2][16:], g.FlatPrice)
	binary.BigEndian.PutUint32(l[2][24:], g.FeeRecipient)
	binary.BigEndian.PutUint64(l[3][0:], g.HeapPrice)
	return l
}

// DecodeGlobals decodes the four leaves.
func DecodeGlobals(l [GlobalsLeaves]Leaf) (Globals, error) {
	if !zero(l[1][24:]) || !zero(l[2][28:]) || !zero(l[3][8:]) {
		return Globals{}, malformed("globals", append(append(l[1][24:], l[2][28:]...), l[3][8:]...))
	}
	return Globals{
		Batches: binary.BigEndian.Uint64(l[0][0:]), Delayed: binary.BigEndian.Uint64(l[0][8:]),
		Jobs: binary.BigEndian.Uint64(l[0][16:]), Withdrawals: binary.BigEndian.Uint64(l[0][24:]),
		Accounts: binary.BigEndian.Uint32(l[1][0:]), Programs: binary.BigEndian.Uint32(l[1][4:]),
		Messages: binary.BigEndian.Uint64(l[1][8:]), HeapUsed: binary.BigEndian.Uint64(l[1][16:]),
		StepPrice: binary.BigEndian.Uint64(l[2][0:]), BytePrice: binary.BigEndian.Uint64(l[2][8:]),
		FlatPrice: binary.BigEndian.Uint64(l[2][16:]), FeeRecipient: binary.BigEndian.Uint32(l[2][24:]),
		HeapPrice: binary.BigEndian.Uint64(l[3][0:]),
	}, nil
}

// Account is leaf 0: address[20] ‖ nonce u64 ‖ zero[4]; leaf 1: balance u256. Accounts are created
// only by deposits, at the index the L1 Bridge assigned (one index per address, ever).
type Account struct {
	Address common.Address
	Nonce   uint64
	Balance uint256.Int
}

// Encode returns the account's two leaves.
func (a *Account) Encode() [2]Leaf {
	var l [2]Leaf
	copy(l[0][:20], a.Address[:])
	binary.BigEndian.PutUint64(l[0][20:], a.Nonce)
	l[1] = a.Balance.Bytes32()
	return l
}

// DecodeAccount decodes an account's leaves.
func DecodeAccount(l [2]Leaf) (Account, error) {
	if !zero(l[0][28:]) {
		return Account{}, malformed("account", l[0][28:])
	}
	var a Account
	copy(a.Address[:], l[0][:20])
	a.Nonce = binary.BigEndian.Uint64(l[0][20:])
	a.Balance.SetBytes32(l[1][:])
	return a, nil
}

// JobStatus is the state of a job record.
type JobStatus uint8

const (
	JobReserved JobStatus = 0 // admitted, fee reserved in the record; not yet run
	JobHalted   JobStatus = 1 // ran to HALT: the output root is the job's result
	JobFaulted  JobStatus = 2 // stopped by a fault (Fault says which); the fee is still due
)

// Job is leaf 0: output root; leaf 1: program u32, sender u32, status u8, fault u8, zero[6],
// fee u128. The fee moves from the sender's balance into the record at the message check and from
// the record to the fee recipient at job finish.
type Job struct {
	Output  common.Hash
	Program uint32
	Sender  uint32
	Status  JobStatus
	Fault   uint8
	Fee     uint256.Int // < 2^128
}

// Encode returns the job record's leaves. Fees of 2^128 wei or more are a caller bug.
func (j *Job) Encode() [2]Leaf {
	var l [2]Leaf
	l[0] = j.Output
	binary.BigEndian.PutUint32(l[1][0:], j.Program)
	binary.BigEndian.PutUint32(l[1][4:], j.Sender)
	l[1][8], l[1][9] = byte(j.Status), j.Fault
	fee := j.Fee.Bytes32()
	copy(l[1][16:], fee[16:])
	return l
}

// DecodeJob decodes a job record.
func DecodeJob(l [2]Leaf) (Job, error) {
	if !zero(l[1][10:16]) || l[1][8] > byte(JobFaulted) {
		return Job{}, malformed("job", l[1][8:16])
	}
	j := Job{Output: l[0], Program: binary.BigEndian.Uint32(l[1][0:]), Sender: binary.BigEndian.Uint32(l[1][4:]),
		Status: JobStatus(l[1][8]), Fault: l[1][9]}
	j.Fee.SetBytes(l[1][16:])
	return j, nil
}

// ProgramState is the state of a program registry entry.
type ProgramState uint8

const (
	ProgramUploading ProgramState = 1 // chunks arriving; the heap slot does not yet hash to the root
	ProgramReady     ProgramState = 2 // the heap slot's node equals the root: jobs may use it
)

// Program is leaf 0: program root; leaf 1: heap offset u64, height u8, state u8, zero[2], size u32,
// steps u64, uploader account u32, zero[4]. The object lives at HeapBase + offset, an address
// aligned to its padded size 32·2^height, so it is one subtree: job setup grafts it, and an upload
// is complete exactly when that subtree's node equals the root.
type Program struct {
	Root       common.Hash
	HeapOffset uint64
	Height     uint8
	State      ProgramState
	Size       uint32
	Steps      uint64
	Uploader   uint32
}

// Encode returns the registry entry's leaves.
func (p *Program) Encode() [2]Leaf {
	var l [2]Leaf
	l[0] = p.Root
	binary.BigEndian.PutUint64(l[1][0:], p.HeapOffset)
	l[1][8], l[1][9] = p.Height, byte(p.State)
	binary.BigEndian.PutUint32(l[1][12:], p.Size)
	binary.BigEndian.PutUint64(l[1][16:], p.Steps)
	binary.BigEndian.PutUint32(l[1][24:], p.Uploader)
	return l
}

// DecodeProgram decodes a registry entry.
func DecodeProgram(l [2]Leaf) (Program, error) {
	st := ProgramState(l[1][9])
	if !zero(l[1][10:12]) || !zero(l[1][28:]) || (st != ProgramUploading && st != ProgramReady) {
		return Program{}, malformed("program", l[1][:])
	}
	return Program{Root: l[0], HeapOffset: binary.BigEndian.Uint64(l[1][0:]), Height: l[1][8], State: st,
		Size: binary.BigEndian.Uint32(l[1][12:]), Steps: binary.BigEndian.Uint64(l[1][16:]),
		Uploader: binary.BigEndian.Uint32(l[1][24:])}, nil
}

// Withdrawal is leaf 0: recipient address[20] ‖ zero[12]; leaf 1: amount u256. The L1 Bridge pays
// it against a confirmed state root with a proof of these two leaves.
type Withdrawal struct {
	To     common.Address
	Amount uint256.Int
}

// Encode returns the withdrawal's leaves.
func (w *Withdrawal) Encode() [2]Leaf {
	var l [2]Leaf
	copy(l[0][:20], w.To[:])
	l[1] = w.Amount.Bytes32()
	return l
}

// DecodeWithdrawal decodes a withdrawal.
func DecodeWithdrawal(l [2]Leaf) (Withdrawal, error) {
	if !zero(l[0][20:]) {
		return Withdrawal{}, malformed("withdrawal", l[0][20:])
	}
	var w Withdrawal
	copy(w.To[:], l[0][:20])
	w.Amount.SetBytes32(l[1][:])
	return w, nil
}

// Skip says why a message was not applied. Invalid messages never halt the chain: they are
// skipped, and the receipt records why.
type Skip uint8

const (
	Applied       Skip = 0
	SkipSignature Skip = 1  // malformed, high-s, or not recoverable
	SkipAccount   Skip = 2  // the account hint does not exist or holds another address
	SkipNonce     Skip = 3  // not the account's next nonce
	SkipBalance   Skip = 4  // balance below the fee (or the withdrawal amount plus fee)
	SkipFee       Skip = 5  // maxFee below the fee
	SkipProgram   Skip = 6  // unknown program, or not ready
	SkipSteps     Skip = 7  // maxSteps below the program's step count
	SkipSize      Skip = 8  // data that is not the signed input or chunk, a size limit, a chunk outside the object
	SkipUpload    Skip = 9  // the program is ready, another's or another object; not the next index; no heap room
	SkipMalformed Skip = 10 // unknown kind, or a body that does not decode
	numSkips           = 11
)

var skipNames = [numSkips]string{"applied", "signature", "account", "nonce", "balance", "fee", "program", "steps", "size", "upload", "malformed"}

func (s Skip) String() string {
	if s < numSkips {
		return skipNames[s]
	}
	return fmt.Sprintf("skip(%d)", uint8(s))
}

// Receipt is one leaf per processed message: kind u8, skip u8, zero[2], account u32, index u64
// (the job, withdrawal or program index an applied message created or wrote, or zero), zero[16].
type Receipt struct {
	Kind    uint8
	Skip    Skip
	Account uint32
	Index   uint64
}

// Encode returns the receipt leaf.
func (r *Receipt) Encode() Leaf {
	var l Leaf
	l[0], l[1] = r.Kind, byte(r.Skip)
	binary.BigEndian.PutUint32(l[4:], r.Account)
	binary.BigEndian.PutUint64(l[8:], r.Index)
	return l
}

// DecodeReceipt decodes a receipt leaf.
func DecodeReceipt(l Leaf) (Receipt, error) {
	if !zero(l[2:4]) || !zero(l[16:]) || l[1] >= numSkips {
		return Receipt{}, malformed("receipt", l[:])
	}
	return Receipt{Kind: l[0], Skip: Skip(l[1]), Account: binary.BigEndian.Uint32(l[4:]), Index: binary.BigEndian.Uint64(l[8:])}, nil
}
