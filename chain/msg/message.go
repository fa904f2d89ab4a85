package msg

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// The EIP-712 encodeType strings. They are part of the protocol: the type hashes below are
// what wallets sign and what the fraudvm's message-check step hashes on chain.
const (
	JobType      = "Job(bytes32 program,bytes32 input,uint64 inputSize,uint64 maxSteps,uint256 maxFee,uint64 nonce)"
	UploadType   = "Upload(bytes32 program,uint64 size,uint64 offset,bytes32 chunk,uint256 maxFee,uint64 nonce)"
	WithdrawType = "Withdraw(address to,uint256 amount,uint256 maxFee,uint64 nonce)"
)

// Precomputed type hashes (keccak256 of the encodeType strings).
var (
	jobTypeHash      = crypto.Keccak256Hash([]byte(JobType))
	uploadTypeHash   = crypto.Keccak256Hash([]byte(UploadType))
	withdrawTypeHash = crypto.Keccak256Hash([]byte(WithdrawType))
)

// Message is one of *Job, *Upload and *Withdraw. The interface is sealed: batches, the fraudvm
// and the Inbox know exactly these three layouts.
type Message interface {
	// Kind is the message's kind.
	Kind() Kind
	// TypeHash is keccak256 of the message type's encodeType string.
	TypeHash() common.Hash
	// EncodeData is the EIP-712 encodeData of the message: one 32-byte word per field, in
	// field order, atomic values left-padded big-endian. It is also the message body in a
	// batch, which the fraudvm hashes on chain, so the two must never diverge.
	EncodeData() []byte
	// StructHash is the EIP-712 hashStruct: keccak256(typeHash ‖ encodeData).
	StructHash() common.Hash
	// Digest is the EIP-712 signing hash under domain d:
	// keccak256(0x19 ‖ 0x01 ‖ d.Separator() ‖ StructHash()).
	Digest(d Domain) common.Hash

	// decodeData is the strict inverse of EncodeData; unexported to seal the interface.
	decodeData(body []byte) error
}

// structHash is keccak256(typeHash ‖ encodeData).
func structHash(typeHash common.Hash, data []byte) common.Hash {
	return crypto.Keccak256Hash(typeHash[:], data)
}

// DecodeData parses a message body of kind k (the words EncodeData produces) strictly: exact
// length, and a uint64 or address field's padding must be zero.
func DecodeData(k Kind, body []byte) (Message, error) {
	m, err := decodeBody(k, body)
	if err != nil {
		return nil, fmt.Errorf("msg: decode body: %w", err)
	}
	return m, nil
}

// decodeBody is DecodeData without the package prefix on errors, for callers that add their own.
func decodeBody(k Kind, body []byte) (Message, error) {
	m := newMessage(k)
	if m == nil {
		return nil, fmt.Errorf("%w: %d", ErrUnknownKind, uint8(k))
	}
	if len(body) != k.BodyWords()*wordSize {
		return nil, fmt.Errorf("%w: %v body of %d bytes, want %d", ErrMalformed, k, len(body), k.BodyWords()*wordSize)
	}
	if err := m.decodeData(body); err != nil {
		return nil, err
	}
	return m, nil
}

// Job asks the chain to run a ready program on an input. Its fee is
// steps(program)·stepPrice + inputSize·bytePrice, reserved when the message is checked.
type Job struct {
	Program   common.Hash  // root of the program object (the program's id)
	Input     common.Hash  // Merkle root of the input in memory form, grafted at the input region
	InputSize uint64       // input length in bytes
	MaxSteps  uint64       // step limit of the job's trace
	MaxFee    *uint256.Int // the most the sender pays; nil means zero
	Nonce     uint64       // the sender account's nonce
}

// Kind returns KindJob.
func (*Job) Kind() Kind { return KindJob }

// TypeHash returns keccak256(JobType).
func (*Job) TypeHash() common.Hash { return jobTypeHash }

// EncodeData returns the six encodeData words of m.
func (m *Job) EncodeData() []byte {
	w := newWordWriter(KindJob.BodyWords())
	w.hash(m.Program)
	w.hash(m.Input)
	w.u64(m.InputSize)
	w.u64(m.MaxSteps)
	w.u256(m.MaxFee)
	w.u64(m.Nonce)
	return w.b
}

// StructHash returns the EIP-712 hashStruct of m.
func (m *Job) StructHash() common.Hash { return structHash(jobTypeHash, m.EncodeData()) }

// Digest returns the EIP-712 signing hash of m under d.
func (m *Job) Digest(d Domain) common.Hash { return digest(d, m.StructHash()) }

func (m *Job) decodeData(body []byte) error {
	r := wordReader{b: body, kind: KindJob}
	*m = Job{
		Program:   r.hash("program"),
		Input:     r.hash("input"),
		InputSize: r.u64("inputSize"),
		MaxSteps:  r.u64("maxSteps"),
		MaxFee:    r.u256("maxFee"),
		Nonce:     r.u64("nonce"),
	}
	return r.done()
}

// Upload carries one chunk of a program object: an aligned power-of-two piece whose Merkle root
// is Chunk and whose payload travels in the batch. The chunk that completes the object makes
// the program ready once the heap node matches Program.
type Upload struct {
	Program common.Hash  // root of the whole program object
	Size    uint64       // size of the whole program object in bytes
	Offset  uint64       // byte offset of this chunk in the object
	Chunk   common.Hash  // Merkle root of this chunk
	MaxFee  *uint256.Int // the most the sender pays; nil means zero
	Nonce   uint64       // the sender account's nonce
}

// Kind returns KindUpload.
func (*Upload) Kind() Kind { return KindUpload }

// TypeHash returns keccak256(UploadType).
func (*Upload) TypeHash() common.Hash { return uploadTypeHash }

// EncodeData returns the six encodeData words of m.
func (m *Upload) EncodeData() []byte {
	w := newWordWriter(KindUpload.BodyWords())
	w.hash(m.Program)
	w.u64(m.Size)
	w.u64(m.Offset)
	w.hash(m.Chunk)
	w.u256(m.MaxFee)
	w.u64(m.Nonce)
	return w.b
}

// StructHash returns the EIP-712 hashStruct of m.
func (m *Upload) StructHash() common.Hash { return structHash(uploadTypeHash, m.EncodeData()) }

// Digest returns the EIP-712 signing hash of m under d.
func (m *Upload) Digest(d Domain) common.Hash { return digest(d, m.StructHash()) }

func (m *Upload) decodeData(body []byte) error {
	r := wordReader{b: body, kind: KindUpload}
	*m = Upload{
		Program: r.hash("program"),
		Size:    r.u64("size"),
		Offset:  r.u64("offset"),
		Chunk:   r.hash("chunk"),
		MaxFee:  r.u256("maxFee"),
		Nonce:   r.u64("nonce"),
	}
	return r.done()
}

// Withdraw moves Amount from the sender's L2 balance to To on L1, through a withdrawal leaf the
// Bridge proves against a confirmed state root.
type Withdraw struct {
	To     common.Address // L1 recipient
	Amount *uint256.Int   // amount withdrawn; nil means zero
	MaxFee *uint256.Int   // the most the sender pays; nil means zero
	Nonce  uint64         // the sender account's nonce
}

// Kind returns KindWithdraw.
func (*Withdraw) Kind() Kind { return KindWithdraw }

// TypeHash returns keccak256(WithdrawType).
func (*Withdraw) TypeHash() common.Hash { return withdrawTypeHash }

// EncodeData returns the four encodeData words of m.
func (m *Withdraw) EncodeData() []byte {
	w := newWordWriter(KindWithdraw.BodyWords())
	w.address(m.To)
	w.u256(m.Amount)
	w.u256(m.MaxFee)
	w.u64(m.Nonce)
	return w.b
}

// StructHash returns the EIP-712 hashStruct of m.
func (m *Withdraw) StructHash() common.Hash { return structHash(withdrawTypeHash, m.EncodeData()) }

// Digest returns the EIP-712 signing hash of m under d.
func (m *Withdraw) Digest(d Domain) common.Hash { return digest(d, m.StructHash()) }

func (m *Withdraw) decodeData(body []byte) error {
	r := wordReader{b: body, kind: KindWithdraw}
	*m = Withdraw{
		To:     r.address("to"),
		Amount: r.u256("amount"),
		MaxFee: r.u256("maxFee"),
		Nonce:  r.u64("nonce"),
	}
	return r.done()
}

// The three message types are the only Messages, and each has a JSON form.
var (
	_ Message = (*Job)(nil)
	_ Message = (*Upload)(nil)
	_ Message = (*Withdraw)(nil)
)
