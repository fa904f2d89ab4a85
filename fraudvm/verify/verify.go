// Package verify checks one fraudvm step from its witness alone: VerifyStep(preStateHash,
// state, proofs) → postStateHash. It is deliberately a second, independent implementation of the
// step semantics, written the way the Solidity verifier (contracts/src/FraudVM.sol) must be:
// fixed byte offsets into the packed state, proofs consumed in order against a running memory
// root, no memory image. Tests run it against the interpreter (fraudvm/vm) on every step.
//
// It implements docs/spec/fraudvm.md §7.
package verify

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ErrInvalidWitness is wrapped by every rejection.
var ErrInvalidWitness = errors.New("invalid step witness")

const (
	stateSize = 256
	proofSize = isa.LeafSize * (1 + isa.TreeDepth)
)

// Offsets in the packed state (docs/spec/fraudvm.md §5).
const (
	offStatus = 0
	offPhase  = 1
	offSlot   = 2
	offFault  = 3
	offPC     = 4
	offStep   = 8
	offE      = 16
	offQ      = 24
	offAcc    = 28
	offAcc2   = 32
	offTBase  = 36
	offLimit  = 40
	offInsn   = 64
	offDecl   = 96
	offRoot   = 224
)

const (
	phaseStart = 0
	phaseFetch = 1
	phaseDecl  = 2
	phaseExec  = 3
)

func fail(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidWitness, fmt.Sprintf(format, args...))
}

// Fault codes (the interpreter's vm.Fault).
const (
	faultInvalid   = 1
	faultStepLimit = 2
	statusFaulted  = 2
)

// machineFault is a valid step into the faulted status: the state admits no instruction step.
type machineFault struct {
	code uint8
	why  string
}

func (f *machineFault) Error() string { return f.why }

func invalid(format string, args ...any) error {
	return &machineFault{faultInvalid, fmt.Sprintf(format, args...)}
}

// regs is the packed state being transformed in place.
type regs []byte

func (r regs) u8(off int) uint8         { return r[off] }
func (r regs) u32(off int) uint32       { return binary.BigEndian.Uint32(r[off:]) }
func (r regs) u64(off int) uint64       { return binary.BigEndian.Uint64(r[off:]) }
func (r regs) i32(off int) int32        { return int32(r.u32(off)) }
func (r regs) setU32(off int, v uint32) { binary.BigEndian.PutUint32(r[off:], v) }
func (r regs) setU64(off int, v uint64) { binary.BigEndian.PutUint64(r[off:], v) }
func (r regs) setI32(off int, v int32)  { r.setU32(off, uint32(v)) }
func (r regs) zero(from, to int) {
	for i := from; i < to; i++ {
		r[i] = 0
	}
}

// mem replays the witness's accesses against a running root.
type mem struct {
	root  common.Hash
	data  []byte
	last  []common.Hash // siblings of the most recent access
	lastA uint64
}

func (m *mem) read(addr uint64) ([isa.LeafSize]byte, error) {
	var leaf [isa.LeafSize]byte
	if addr%isa.LeafSize != 0 || addr >= isa.MemorySize {
		return leaf, fail("access address 0x%x", addr)
	}
	if len(m.data) < proofSize {
		return leaf, fail("witness ends before the access to 0x%x", addr)
	}
	copy(leaf[:], m.data[:isa.LeafSize])
	sib := make([]common.Hash, isa.TreeDepth)
	for i := range sib {
		copy(sib[i][:], m.data[isa.LeafSize*(1+i):])
	}
	m.data = m.data[proofSize:]
	if got := memory.RootFromProof(leaf, addr, sib); got != m.root {
		return leaf, fail("proof of leaf 0x%x does not match the memory root", addr)
	}
	m.last, m.lastA = sib, addr
	return leaf, nil
}

// write replaces the leaf that the preceding read proved.
func (m *mem) write(addr uint64, leaf [isa.LeafSize]byte) {
	if addr != m.lastA || m.last == nil {
		panic("verify: write without a preceding read of the same leaf")
	}
	m.root = memory.RootFromProof(leaf, addr, m.last)
}

// VerifyStep executes one step from its witness. state is the packed pre-state (256 bytes),
// proofs the encoded accesses (each a 32-byte leaf and 35 siblings). It returns the post-state
// hash, or an error wrapping ErrInvalidWitness if the state does not match preHash, a proof does
// not match, the witness is short or long, or the state admits no valid step.
func VerifyStep(preHash common.Hash, state, proofs []byte) (common.Hash, error) {
	if len(state) != stateSize {
		return common.Hash{}, fail("state is %d bytes", len(state))
	}
	if hashState(state) != preHash {
		return common.Hash{}, fail("state does not hash to the pre-state hash")
	}
	r := regs(append([]byte(nil), state...))
	status, code := r.u8(offStatus), r[offFault]
	if status > statusFaulted || r.u8(offPhase) > phaseExec || r.u8(offSlot) > isa.NumSlots ||
		(status == statusFaulted) != (code != 0) || code > faultStepLimit {
		return common.Hash{}, fail("malformed registers")
	}
	for i := 48; i < 64; i++ {
		if r[i] != 0 {
			return common.Hash{}, fail("reserved register byte %d", i)
		}
	}
	if status != 0 { // halted or faulted: a no-op
		if len(proofs) != 0 {
			return common.Hash{}, fail("step from a stopped machine carries %d proof bytes", len(proofs))
		}
		return preHash, nil
	}
	m := &mem{root: common.BytesToHash(r[offRoot:])}
	m.data = proofs
	var err error
	if limit := r.u64(offLimit); (limit != 0 && r.u64(offStep) >= limit) || r.u64(offStep) == math.MaxUint64 {
		err = &machineFault{faultStepLimit, "step limit"}
	} else {
		switch r.u8(offPhase) {
		case phaseStart:
			err = start(r, m)
		case phaseFetch:
			err = fetch(r, m)
		case phaseDecl:
			err = decl(r, m)
		case phaseExec:
			err = exec(r, m)
		}
	}
	var mf *machineFault
	if errors.As(err, &mf) {
		// A fault changes only the status and the fault code (and the step counter, below);
		// memory was not written.
		r = regs(append([]byte(nil), state...))
		r[offStatus], r[offFault] = statusFaulted, mf.code
	} else if err != nil {
		return common.Hash{}, err
	}
	if len(m.data) != 0 {
		return common.Hash{}, fail("%d unused proof bytes", len(m.data))
	}
	r.setU64(offStep, r.u64(offStep)+1)
	copy(r[offRoot:], m.root[:])
	return hashState(r), nil
}

func hashState(s []byte) common.Hash {
	h := crypto.Keccak256Hash(s)
	h[0] = s[offStatus]
	return h
}

func progLeaf(i uint64) uint64 { return isa.ScratchBase + i*isa.LeafSize }

func start(r regs, m *mem) error {
	hdr, err := m.read(progLeaf(0))
	if err != nil {
		return err
	}
	n := binary.BigEndian.Uint32(hdr[8:])
	if n == math.MaxUint32 {
		return invalid("instruction count overflows the tensor base")
	}
	r.setU32(offTBase, n+1)
	r.setU32(offPC, 0)
	r[offPhase] = phaseFetch
	return nil
}

func fetch(r regs, m *mem) error {
	leaf, err := m.read(progLeaf(1 + uint64(r.u32(offPC))))
	if err != nil {
		return err
	}
	op := leaf[0]
	if !isa.Opcode(op).Valid() {
		return invalid("unknown opcode 0x%02x", op)
	}
	copy(r[offInsn:offInsn+32], leaf[:])
	r.zero(offDecl, offDecl+128)
	r[offSlot] = 0
	if isa.Opcode(op) == isa.OpHalt {
		r[offStatus] = 1
		return nil
	}
	if firstUsed(r, 0) == isa.NumSlots {
		return invalid("instruction names no operands")
	}
	r[offPhase] = phaseDecl
	return nil
}

// slotIndex is the tensor index in slot s of the instruction register.
func slotIndex(r regs, s int) uint16 { return binary.BigEndian.Uint16(r[offInsn+2+2*s:]) }

func firstUsed(r regs, from int) int {
	for from < isa.NumSlots && slotIndex(r, from) == isa.NoTensor {
		from++
	}
	return from
}

func decl(r regs, m *mem) error {
	s := firstUsed(r, int(r[offSlot]))
	if s == isa.NumSlots {
		return invalid("no operand slot left to load")
	}
	leaf, err := m.read(progLeaf(uint64(r.u32(offTBase)) + uint64(slotIndex(r, s))))
	if err != nil {
		return err
	}
	copy(r[offDecl+32*s:], leaf[:])
	r[offSlot] = uint8(s + 1)
	if firstUsed(r, s+1) == isa.NumSlots {
		r[offPhase] = phaseExec
		r.setU64(offE, 0)
		r.setU32(offQ, 0)
		r.setI32(offAcc, 0)
		r.setI32(offAcc2, 0)
	}
	return nil
}

// tensor is a slot's declaration, checked as the interpreter checks it.
type tensor struct {
	rows, cols, stride, base, size uint64
}

func loadTensor(r regs, s int, dtype uint8) (tensor, error) {
	d := r[offDecl+32*s : offDecl+32*s+32]
	if slotIndex(r, s) == isa.NoTensor {
		return tensor{}, invalid("slot %d is required", s)
	}
	if d[0] >= isa.NumRegions || d[1] > 1 || d[1] != dtype {
		return tensor{}, invalid("slot %d: region %d dtype %d", s, d[0], d[1])
	}
	t := tensor{rows: uint64(binary.BigEndian.Uint32(d[4:])), cols: uint64(binary.BigEndian.Uint32(d[8:])), size: 1}
	if dtype == uint8(isa.Int32) {
		t.size = 4
	}
	off := binary.BigEndian.Uint64(d[16:])
	if t.rows == 0 || t.cols == 0 || off%32 != 0 || off >= isa.RegionSize {
		return tensor{}, invalid("slot %d: bad shape or offset", s)
	}
	t.stride = (t.cols*t.size + 31) / 32 * 32
	hi, ext := bits.Mul64(t.rows, t.stride)
	if hi != 0 || ext > isa.RegionSize-off {
		return tensor{}, invalid("slot %d: tensor overflows its region", s)
	}
	t.base = isa.ScratchBase + uint64(d[0])<<isa.RegionBits + off
	return t, nil
}

func (t tensor) elem(row, col uint64) (uint64, error) {
	if row >= t.rows || col >= t.cols {
		return 0, invalid("element (%d,%d) outside [%d,%d]", row, col, t.rows, t.cols)
	}
	return t.base + row*t.stride + col*t.size, nil
}

func (t tensor) flat(e uint64) (uint64, error) { return t.elem(e/t.cols, e%t.cols) }
