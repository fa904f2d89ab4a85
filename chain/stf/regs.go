package stf

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/fraudvm/vm"
)

// RegsSize is the size of the packed chain register file (docs/spec/chain.md §4).
const RegsSize = 192

// StateSize is the size of a packed machine state: chain registers, then the job state.
const StateSize = RegsSize + vm.StateSize

// Phase is what the next chain step does.
type Phase uint8

// The chain phases, in the order a batch goes through them (docs/spec/chain.md §5).
const (
	PhaseBegin          Phase = iota // read the Inbox's commitment for the batch
	PhaseLoad                        // load one payload word from the blobs
	PhaseHeader                      // check the payload header
	PhaseDelayed                     // consume one delayed message (or move on)
	PhaseMsgLoad                     // read one message-table entry
	PhaseMsgAuth                     // EIP-712 digest, ecrecover, account and nonce
	PhaseJobCheck                    // program, steps, size, fee, balance
	PhaseJobInput                    // the input data's root against the signed one
	PhaseJobReserve                  // debit the fee, bump the nonce, create the job record
	PhaseJobProgram                  // graft the program into scratch
	PhaseJobInputGraft               // graft the input into scratch; the job starts
	PhaseJobRun                      // one step of the job machine
	PhaseJobFinish                   // output root and status into the record; scratch reset
	PhaseUploadCheck                 // program record, chunk bounds, fee, balance
	PhaseUploadData                  // the chunk's root against the signed one; heap room
	PhaseUploadPay                   // debit the fee, bump the nonce
	PhaseUploadCreate                // register a new program and allocate its heap slot
	PhaseUploadWrite                 // graft the chunk into the program's heap slot
	PhaseUploadFinal                 // mark the program ready once its slot hashes to its root
	PhaseWithdrawCheck               // fee and balance
	PhaseWithdrawApply               // debit, bump the nonce, take a withdrawal index
	PhaseWithdrawRecord              // write the withdrawal record
	PhaseReceipt                     // write the message's receipt
	PhaseEnd                         // zero the batch region, count the batch, pay the fees
	PhaseBlock                       // read one block-table entry
	PhaseBlockEnd                    // pay the block's fees; next block
	numPhases
)

var phaseNames = [numPhases]string{"BEGIN", "LOAD", "HEADER", "DELAYED", "MSG_LOAD", "MSG_AUTH",
	"JOB_CHECK", "JOB_INPUT", "JOB_RESERVE", "JOB_PROGRAM", "JOB_INPUT_GRAFT", "JOB_RUN", "JOB_FINISH",
	"UPLOAD_CHECK", "UPLOAD_DATA", "UPLOAD_PAY", "UPLOAD_CREATE", "UPLOAD_WRITE", "UPLOAD_FINAL",
	"WITHDRAW_CHECK", "WITHDRAW_APPLY", "WITHDRAW_RECORD", "RECEIPT", "END", "BLOCK", "BLOCK_END"}

func (p Phase) String() string {
	if p < numPhases {
		return phaseNames[p]
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Status is the chain machine's status: the top byte of its state hash.
type Status uint8

const (
	StatusRunning Status = 0
	StatusDone    Status = 1 // the batch is applied: the memory root is the new state root
)

// Flags.
const (
	FlagRejected   uint8 = 1 << 0 // the payload is invalid: its messages are not processed
	FlagNewProgram uint8 = 1 << 1 // the upload being processed registers its program
	FlagInBlock    uint8 = 1 << 2 // walking the block table: DELAYED serves the current block
	flagsMask            = FlagRejected | FlagNewProgram | FlagInBlock
)

// Regs is the chain register file. Packed layout (big-endian, offsets in bytes):
//
//	word 0   0 status u8, 1 phase u8, 2 reason u8, 3 flags u8, 4 kind u8, 5–7 zero,
//	         8 step u64, 16 batch u64, 24 cursor u32, 28 count u32
//	word 1   32 delayed target u64, 40 payload length u32, 44 table base u32,
//	         48 account u32, 52 body offset u32, 56 data offset u32, 60 data length u32
//	word 2   64 data height u8, 65 aux height u8, 66–67 zero, 68 program u32, 72 index u64,
//	         80 fee u128
//	word 3   96 step price u64, 104 byte price u64, 112 flat price u64, 120 aux u64
//	word 4   128 fees collected in the current block u256
//	word 5   160 block u32, 164 blocks u32, 168 block end u32, 172–175 zero, 176 block delayed
//	         u64, 184 heap price u64
type Regs struct {
	Status Status
	Phase  Phase
	Reason uint8 // the skip reason of the message being processed (layout.Skip)
	Flags  uint8
	Kind   uint8 // the message-table kind byte of the message being processed

	Step   uint64 // steps taken since the batch began (chain and job steps)
	Batch  uint64 // the batch number
	Cursor uint32 // LOAD: the next payload word; message phases: the message index
	Count  uint32 // LOAD: payload words; message phases: messages in the batch

	DelayedTarget uint64 // delayed messages consumed once the batch is applied
	PayloadLength uint32
	TableBase     uint32 // the payload word of message-table entry 0

	Account    uint32 // the message's account hint
	BodyOff    uint32
	DataOff    uint32
	DataLen    uint32
	DataHeight uint8
	AuxHeight  uint8  // UPLOAD: the program slot's height
	Program    uint32 // the message-table program hint
	Index      uint64 // the job, withdrawal or program index the message created
	Fee        uint256.Int

	StepPrice, BytePrice, FlatPrice uint64
	Aux                             uint64 // UPLOAD: the program slot's heap offset

	Fees uint256.Int // fees collected in the current block, paid to the fee recipient at BLOCK_END

	Block        uint32 // the next block-table entry
	Blocks       uint32 // blocks in the batch
	BlockEnd     uint32 // the message index where the current block ends
	BlockDelayed uint64 // delayed messages consumed once the current block is applied

	HeapPrice uint64 // copied from the globals at BEGIN: a new program's deposit per slot byte
}

// ErrInvalidState is wrapped by every error rejecting a packed state.
var ErrInvalidState = errors.New("invalid chain machine state")

// Encode packs the registers.
func (r *Regs) Encode() [RegsSize]byte {
	var b [RegsSize]byte
	b[0], b[1], b[2], b[3], b[4] = byte(r.Status), byte(r.Phase), r.Reason, r.Flags, r.Kind
	binary.BigEndian.PutUint64(b[8:], r.Step)
	binary.BigEndian.PutUint64(b[16:], r.Batch)
	binary.BigEndian.PutUint32(b[24:], r.Cursor)
	binary.BigEndian.PutUint32(b[28:], r.Count)
	binary.BigEndian.PutUint64(b[32:], r.DelayedTarget)
	binary.BigEndian.PutUint32(b[40:], r.PayloadLength)
	binary.BigEndian.PutUint32(b[44:], r.TableBase)
	binary.BigEndian.PutUint32(b[48:], r.Account)
	binary.BigEndian.PutUint32(b[52:], r.BodyOff)
	binary.BigEndian.PutUint32(b[56:], r.DataOff)
	binary.BigEndian.PutUint32(b[60:], r.DataLen)
	b[64], b[65] = r.DataHeight, r.AuxHeight
	binary.BigEndian.PutUint32(b[68:], r.Program)
	binary.BigEndian.PutUint64(b[72:], r.Index)
	fee := r.Fee.Bytes32()
	copy(b[80:96], fee[16:])
	binary.BigEndian.PutUint64(b[96:], r.StepPrice)
	binary.BigEndian.PutUint64(b[104:], r.BytePrice)
	binary.BigEndian.PutUint64(b[112:], r.FlatPrice)
	binary.BigEndian.PutUint64(b[120:], r.Aux)
	fees := r.Fees.Bytes32()
	copy(b[128:160], fees[:])
	binary.BigEndian.PutUint32(b[160:], r.Block)
	binary.BigEndian.PutUint32(b[164:], r.Blocks)
	binary.BigEndian.PutUint32(b[168:], r.BlockEnd)
	binary.BigEndian.PutUint64(b[176:], r.BlockDelayed)
	binary.BigEndian.PutUint64(b[184:], r.HeapPrice)
	return b
}

// DecodeRegs unpacks registers, rejecting out-of-range status, phase, reason and flags and
// non-zero reserved bytes, so that every accepted register file has one encoding.
func DecodeRegs(b []byte) (Regs, error) {
	var r Regs
	if len(b) != RegsSize {
		return r, fmt.Errorf("%w: %d register bytes, want %d", ErrInvalidState, len(b), RegsSize)
	}
	if b[0] > byte(StatusDone) || b[1] >= byte(numPhases) || b[2] > byte(layout.SkipMalformed) || b[3]&^flagsMask != 0 {
		return r, fmt.Errorf("%w: status %d, phase %d, reason %d, flags %#x", ErrInvalidState, b[0], b[1], b[2], b[3])
	}
	for _, span := range [][2]int{{5, 8}, {66, 68}, {172, 176}} {
		for i := span[0]; i < span[1]; i++ {
			if b[i] != 0 {
				return r, fmt.Errorf("%w: reserved byte %d is %d", ErrInvalidState, i, b[i])
			}
		}
	}
	r.Status, r.Phase, r.Reason, r.Flags, r.Kind = Status(b[0]), Phase(b[1]), b[2], b[3], b[4]
	r.Step = binary.BigEndian.Uint64(b[8:])
	r.Batch = binary.BigEndian.Uint64(b[16:])
	r.Cursor = binary.BigEndian.Uint32(b[24:])
	r.Count = binary.BigEndian.Uint32(b[28:])
	r.DelayedTarget = binary.BigEndian.Uint64(b[32:])
	r.PayloadLength = binary.BigEndian.Uint32(b[40:])
	r.TableBase = binary.BigEndian.Uint32(b[44:])
	r.Account = binary.BigEndian.Uint32(b[48:])
	r.BodyOff = binary.BigEndian.Uint32(b[52:])
	r.DataOff = binary.BigEndian.Uint32(b[56:])
	r.DataLen = binary.BigEndian.Uint32(b[60:])
	r.DataHeight, r.AuxHeight = b[64], b[65]
	r.Program = binary.BigEndian.Uint32(b[68:])
	r.Index = binary.BigEndian.Uint64(b[72:])
	r.Fee.SetBytes(b[80:96])
	r.StepPrice = binary.BigEndian.Uint64(b[96:])
	r.BytePrice = binary.BigEndian.Uint64(b[104:])
	r.FlatPrice = binary.BigEndian.Uint64(b[112:])
	r.Aux = binary.BigEndian.Uint64(b[120:])
	r.Fees.SetBytes(b[128:160])
	r.Block = binary.BigEndian.Uint32(b[160:])
	r.Blocks = binary.BigEndian.Uint32(b[164:])
	r.BlockEnd = binary.BigEndian.Uint32(b[168:])
	r.BlockDelayed = binary.BigEndian.Uint64(b[176:])
	r.HeapPrice = binary.BigEndian.Uint64(b[184:])
	return r, nil
}

// State is the whole machine state: chain registers and the job machine's state, whose memory
// root is the machine's memory root.
type State struct {
	Regs Regs
	Job  vm.State
}

// Encode packs the state: the chain registers, then the job state.
func (s *State) Encode() [StateSize]byte {
	var b [StateSize]byte
	r := s.Regs.Encode()
	j := s.Job.Encode()
	copy(b[:], r[:])
	copy(b[RegsSize:], j[:])
	return b
}

// DecodeState unpacks a state.
func DecodeState(b []byte) (State, error) {
	if len(b) != StateSize {
		return State{}, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidState, len(b), StateSize)
	}
	r, err := DecodeRegs(b[:RegsSize])
	if err != nil {
		return State{}, err
	}
	j, err := vm.DecodeState(b[RegsSize:])
	if err != nil {
		return State{}, fmt.Errorf("%w: job state: %w", ErrInvalidState, err)
	}
	return State{Regs: r, Job: j}, nil
}

// Hash is the state hash: keccak256(registers ‖ job state hash) with its first byte set to the
// chain status, so a claim shows whether the batch is done. Hashing the job state by its own
// hash lets the job machine's verifier step the job part unchanged.
func (s *State) Hash() common.Hash {
	r := s.Regs.Encode()
	return HashParts(r[:], s.Job.Hash())
}

// HashParts is the state hash of packed registers and a job state hash.
func HashParts(regs []byte, jobHash common.Hash) common.Hash {
	h := crypto.Keccak256Hash(regs, jobHash[:])
	h[0] = regs[0]
	return h
}

// HashPacked hashes a packed state.
func HashPacked(b []byte) common.Hash {
	return HashParts(b[:RegsSize], vm.HashPacked(b[RegsSize:], vm.Status(b[RegsSize])))
}

// Root is the memory root.
func (s *State) Root() common.Hash { return s.Job.MemRoot }

// Done reports whether the batch is applied.
func (s *State) Done() bool { return s.Regs.Status == StatusDone }

func (s *State) String() string {
	return fmt.Sprintf("status=%d phase=%s step=%d batch=%d cursor=%d/%d reason=%d job=[%v]",
		s.Regs.Status, s.Regs.Phase, s.Regs.Step, s.Regs.Batch, s.Regs.Cursor, s.Regs.Count, s.Regs.Reason, s.Job.String())
}

// StartHash is the hash of the state a batch starts from when the state root is root: zero
// registers and a job part that is zero but for its memory root. It is a batch boundary's
// level-0 state hash in the dispute protocol (ChainMachine.startHash, docs/spec/dispute.md §4).
func StartHash(root common.Hash) common.Hash {
	var b [StateSize]byte
	copy(b[StateSize-common.HashLength:], root[:])
	s, err := DecodeState(b[:])
	if err != nil {
		panic(fmt.Sprintf("stf: the start state does not decode: %v", err)) // a layout change broke it
	}
	return s.Hash()
}
