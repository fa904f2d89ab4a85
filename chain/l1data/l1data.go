// Package l1data is the Go twin of what crollup's L1 contracts commit to: the Inbox's batch
// commitment and delayed-message accumulator, and the Bridge's deposit message. Derivation
// rebuilds these from the contracts' logs and checks them against the Inbox's views; the fraudvm's
// batch-begin and delayed-message steps check their witnesses against the same values.
//
// The Solidity definitions are in contracts/src/interfaces/IInbox.sol and IBridge.sol; the tests
// in contracts/deploy run both sides on a simulated L1 and compare.
//
// It implements docs/spec/chain.md §3.1 and §3.6.
package l1data

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

const (
	// KindDeposit is the first byte of a deposit message.
	KindDeposit = 1
	// DepositSize is the length of a deposit message:
	// kind u8 ‖ account index u32 ‖ recipient address ‖ amount u256.
	DepositSize = 1 + 4 + common.AddressLength + 32
)

// ErrMalformedDeposit is wrapped by DecodeDeposit's errors.
var ErrMalformedDeposit = errors.New("l1data: malformed deposit message")

// BatchCommitment is the commitment the Inbox stores for a batch:
//
//	keccak256(number u64 ‖ payloadLength u32 ‖ delayedCount u64 ‖ delayedAcc ‖ len(blobHashes) u8 ‖ blobHashes…)
//
// big-endian, 53 + 32·len(blobHashes) bytes. delayedAcc is the accumulator after delayedCount
// messages. A forced batch has no blob hashes and payload length 0. The Inbox never stores more
// than 6 blob hashes per batch, so the count fits its byte; a longer slice cannot match any
// stored commitment, and BatchCommitment panics on more than 255 rather than truncate.
func BatchCommitment(number uint64, payloadLength uint32, delayedCount uint64, delayedAcc common.Hash, blobHashes []common.Hash) common.Hash {
	if len(blobHashes) > 255 {
		panic(fmt.Sprintf("l1data: %d blob hashes", len(blobHashes)))
	}
	buf := make([]byte, 0, 53+32*len(blobHashes))
	buf = binary.BigEndian.AppendUint64(buf, number)
	buf = binary.BigEndian.AppendUint32(buf, payloadLength)
	buf = binary.BigEndian.AppendUint64(buf, delayedCount)
	buf = append(buf, delayedAcc[:]...)
	buf = append(buf, byte(len(blobHashes)))
	for _, h := range blobHashes {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// NextAcc extends the delayed-message accumulator by one message:
// acc(k+1) = keccak256(acc(k) ‖ messageHash). acc(0) is the zero hash.
func NextAcc(acc, messageHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(acc[:], messageHash[:])
}

// Deposit is a deposit message: Amount wei for account Index, held by address To.
type Deposit struct {
	Index  uint32
	To     common.Address
	Amount uint256.Int
}

// Encode returns the message bytes the Bridge emits and the Inbox accumulates the hash of.
func (d *Deposit) Encode() []byte {
	out := make([]byte, DepositSize)
	out[0] = KindDeposit
	binary.BigEndian.PutUint32(out[1:], d.Index)
	copy(out[5:], d.To[:])
	d.Amount.WriteToSlice(out[25:])
	return out
}

// Hash is keccak256 of the encoded message: what the Inbox accumulates.
func (d *Deposit) Hash() common.Hash {
	return crypto.Keccak256Hash(d.Encode())
}

// DecodeDeposit decodes a deposit message. It is strict: exactly DepositSize bytes and the
// deposit kind. (A zero amount or recipient never reaches the queue, the Bridge rejects them,
// but they encode and decode.)
func DecodeDeposit(b []byte) (Deposit, error) {
	if len(b) != DepositSize {
		return Deposit{}, fmt.Errorf("%w: %d bytes, want %d", ErrMalformedDeposit, len(b), DepositSize)
	}
	if b[0] != KindDeposit {
		return Deposit{}, fmt.Errorf("%w: kind %d, want %d", ErrMalformedDeposit, b[0], KindDeposit)
	}
	var d Deposit
	d.Index = binary.BigEndian.Uint32(b[1:])
	d.To = common.BytesToAddress(b[5:25])
	d.Amount.SetBytes32(b[25:])
	return d, nil
}
