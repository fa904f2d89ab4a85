package vm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/isa"
)

// StateSize is the size of the packed machine state (docs/spec/fraudvm.md §5).
const StateSize = 256

// Status is the machine status, also the top byte of the state hash.
type Status uint8

const (
	StatusRunning Status = 0
	StatusHalted  Status = 1 // reached HALT
	StatusFaulted Status = 2 // stopped by a fault (the Fault register says which)
)

// Phase is what the next step does.
type Phase uint8

const (
	PhaseStart Phase = 0 // read the program header
	PhaseFetch Phase = 1 // read instruction pc
	PhaseDecl  Phase = 2 // read the declaration of the next used operand slot
	PhaseExec  Phase = 3 // one micro-step of the current instruction
	numPhases        = 4
)

func (p Phase) String() string {
	switch p {
	case PhaseStart:
		return "START"
	case PhaseFetch:
		return "FETCH"
	case PhaseDecl:
		return "DECL"
	case PhaseExec:
		return "EXEC"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// State is the register file plus the memory root. Its packed form is what the L1 contract
// receives and what the state hash commits to.
type State struct {
	Status  Status
	Phase   Phase
	Slot    uint8
	Fault   Fault // why the machine faulted; zero unless Status is StatusFaulted
	PC      uint32
	Step    uint64
	E       uint64
	Q       uint32
	Acc     int32
	Acc2    int32
	TBase   uint32
	Limit   uint64 // a step index the machine may not reach running (0: no limit)
	Insn    [isa.InstrSize]byte
	Decl    [isa.NumSlots][isa.DeclSize]byte
	MemRoot common.Hash
}

// ErrInvalidState is wrapped by every error that rejects a packed state.
var ErrInvalidState = errors.New("invalid machine state")

// Encode packs the state (big-endian, §5).
func (s State) Encode() [StateSize]byte {
	var b [StateSize]byte
	b[0], b[1], b[2], b[3] = byte(s.Status), byte(s.Phase), s.Slot, byte(s.Fault)
	binary.BigEndian.PutUint32(b[4:], s.PC)
	binary.BigEndian.PutUint64(b[8:], s.Step)
	binary.BigEndian.PutUint64(b[16:], s.E)
	binary.BigEndian.PutUint32(b[24:], s.Q)
	binary.BigEndian.PutUint32(b[28:], uint32(s.Acc))
	binary.BigEndian.PutUint32(b[32:], uint32(s.Acc2))
	binary.BigEndian.PutUint32(b[36:], s.TBase)
	binary.BigEndian.PutUint64(b[40:], s.Limit)
	copy(b[64:96], s.Insn[:])
	for i := range s.Decl {
		copy(b[96+32*i:], s.Decl[i][:])
	}
	copy(b[224:], s.MemRoot[:])
	return b
}

// DecodeState unpacks a state. It rejects wrong lengths, unknown status or phase values, a slot
// register beyond the slot count, and non-zero reserved bytes, so that every accepted state has
// exactly one encoding.
func DecodeState(b []byte) (State, error) {
	var s State
	if len(b) != StateSize {
		return s, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidState, len(b), StateSize)
	}
	s.Status, s.Phase, s.Slot, s.Fault = Status(b[0]), Phase(b[1]), b[2], Fault(b[3])
	if s.Status > StatusFaulted {
		return s, fmt.Errorf("%w: status %d", ErrInvalidState, b[0])
	}
	if s.Phase >= numPhases {
		return s, fmt.Errorf("%w: phase %d", ErrInvalidState, b[1])
	}
	if s.Slot > isa.NumSlots {
		return s, fmt.Errorf("%w: slot register %d > %d", ErrInvalidState, s.Slot, isa.NumSlots)
	}
	if (s.Status == StatusFaulted) != (s.Fault != FaultNone) || s.Fault >= numFaults {
		return s, fmt.Errorf("%w: fault code %d with status %d", ErrInvalidState, b[3], b[0])
	}
	for i := 48; i < 64; i++ {
		if b[i] != 0 {
			return s, fmt.Errorf("%w: reserved byte %d is %d", ErrInvalidState, i, b[i])
		}
	}
	s.PC = binary.BigEndian.Uint32(b[4:])
	s.Step = binary.BigEndian.Uint64(b[8:])
	s.E = binary.BigEndian.Uint64(b[16:])
	s.Q = binary.BigEndian.Uint32(b[24:])
	s.Acc = int32(binary.BigEndian.Uint32(b[28:]))
	s.Acc2 = int32(binary.BigEndian.Uint32(b[32:]))
	s.TBase = binary.BigEndian.Uint32(b[36:])
	s.Limit = binary.BigEndian.Uint64(b[40:])
	copy(s.Insn[:], b[64:96])
	for i := range s.Decl {
		copy(s.Decl[i][:], b[96+32*i:])
	}
	copy(s.MemRoot[:], b[224:])
	return s, nil
}

// Hash is the state hash: keccak256 of the packed state with the first byte set to the status.
func (s State) Hash() common.Hash {
	b := s.Encode()
	return HashPacked(b[:], s.Status)
}

// HashPacked hashes an already packed state.
func HashPacked(packed []byte, status Status) common.Hash {
	h := crypto.Keccak256Hash(packed)
	h[0] = byte(status)
	return h
}

// Halted reports whether the machine has stopped, by HALT or by a fault: no step changes it.
func (s State) Halted() bool { return s.Status != StatusRunning }

// retire clears the per-instruction registers and moves on to the next instruction.
func (s *State) retire() {
	s.PC++
	s.Phase = PhaseFetch
	s.Slot, s.E, s.Q, s.Acc, s.Acc2 = 0, 0, 0, 0, 0
	s.Insn = [isa.InstrSize]byte{}
	s.Decl = [isa.NumSlots][isa.DeclSize]byte{}
}

func (s State) String() string {
	return fmt.Sprintf("status=%d fault=%s phase=%s pc=%d step=%d e=%d q=%d acc=%d acc2=%d root=%s",
		s.Status, s.Fault, s.Phase, s.PC, s.Step, s.E, s.Q, s.Acc, s.Acc2, s.MemRoot.TerminalString())
}

// Op is the opcode in the instruction register (meaningful in the DECL and EXEC phases).
func (s State) Op() isa.Opcode { return isa.Opcode(s.Insn[0]) }
