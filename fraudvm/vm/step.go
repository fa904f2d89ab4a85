package vm

import (
	"errors"
	"fmt"
	"math"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ErrNoStep is wrapped by the error Step returns for a register file that no packed state can
// hold (a status, phase or slot value out of range): a programming error, since every decoded
// state is well-formed and every well-formed state has a step.
var ErrNoStep = errors.New("no valid step")

// VM is the reference interpreter: a state and the memory its root commits to. It is the test
// oracle for every other execution path and the producer of one-step proofs.
type VM struct {
	st  State // MemRoot is refreshed by State and by proving steps
	mem *memory.Memory
	wit *Witness // non-nil while a proving step records its accesses

	reason string // diagnostic of the latest fault
}

// New returns an interpreter over st and mem. st.MemRoot is ignored: the root is mem's.
func New(st State, mem *memory.Memory) *VM { return &VM{st: st, mem: mem} }

// NewJob returns an interpreter at the START of a job whose program and input are already in
// mem's scratch regions.
func NewJob(mem *memory.Memory) *VM { return New(State{Phase: PhaseStart}, mem) }

// Memory is the interpreter's memory (shared, not copied).
func (v *VM) Memory() *memory.Memory { return v.mem }

// State returns the current state with an up-to-date memory root.
func (v *VM) State() State {
	s := v.st
	s.MemRoot = v.mem.Root()
	return s
}

// Registers returns the current state without computing the memory root (MemRoot is stale).
func (v *VM) Registers() State { return v.st }

// Step executes exactly one step. With proof set it returns the witness of the step: the packed
// pre-state and every leaf touched with its Merkle proof. A step from a halted or faulted state
// changes nothing. A step that faults (see Fault) changes only the status, the fault code and
// the step counter; its witness holds the accesses made before the fault was detected.
func (v *VM) Step(proof bool) (*Witness, error) {
	if v.st.Status > StatusFaulted || v.st.Phase >= numPhases || v.st.Slot > isa.NumSlots || v.st.Fault >= numFaults {
		return nil, fmt.Errorf("%w: malformed registers %v", ErrNoStep, v.st)
	}
	if proof {
		v.st.MemRoot = v.mem.Root()
		v.wit = &Witness{State: v.st.Encode()}
		defer func() { v.wit = nil }()
	}
	if v.st.Halted() {
		return v.wit, nil
	}
	next := v.st
	if err := v.step(&next); err != nil {
		fe, ok := asFault(err)
		if !ok {
			return nil, err
		}
		// Faults are detected before the step writes memory, so only registers change.
		next = v.st
		next.Status, next.Fault = StatusFaulted, fe.code
		v.reason = fmt.Sprintf("step %d (%s, pc %d): %s", v.st.Step, v.st.Phase, v.st.PC, fe)
	}
	next.Step++
	v.st = next
	return v.wit, nil
}

// step applies one step to s (the counter is advanced by the caller).
func (v *VM) step(s *State) error {
	if s.Limit != 0 && s.Step >= s.Limit {
		return fault(FaultStepLimit, "step %d reached the limit %d", s.Step, s.Limit)
	}
	if s.Step == math.MaxUint64 {
		return fault(FaultStepLimit, "step counter exhausted")
	}
	var err error
	switch s.Phase {
	case PhaseStart:
		err = v.start(s)
	case PhaseFetch:
		err = v.fetch(s)
	case PhaseDecl:
		err = v.decl(s)
	case PhaseExec:
		err = v.exec(s)
	}
	return err
}

// load reads a leaf, recording it (with its proof against the current root) in a proving step.
func (v *VM) load(addr uint64) [isa.LeafSize]byte {
	leaf := v.mem.ReadLeaf(addr)
	if v.wit != nil {
		v.wit.Accesses = append(v.wit.Accesses, Access{Addr: addr, Leaf: leaf, Proof: v.mem.ProveLeaf(addr)})
	}
	return leaf
}

// store writes the leaf that the immediately preceding load read (read-modify-write is one access).
func (v *VM) store(addr uint64, leaf [isa.LeafSize]byte) {
	v.mem.WriteLeaf(addr, leaf)
	if v.wit != nil {
		a := &v.wit.Accesses[len(v.wit.Accesses)-1]
		a.Write, a.Post = true, leaf
	}
}

// Program layout addresses (spec §3).
func programLeaf(index uint64) uint64 { return isa.RegionProgram.Base() + index*isa.LeafSize }

func (v *VM) start(s *State) error {
	hdr := v.load(programLeaf(0))
	n := uint32(hdr[8])<<24 | uint32(hdr[9])<<16 | uint32(hdr[10])<<8 | uint32(hdr[11])
	if n == math.MaxUint32 {
		return fault(FaultInvalid, "instruction count %d overflows the tensor base", n)
	}
	s.TBase, s.PC, s.Phase = n+1, 0, PhaseFetch
	return nil
}

func (v *VM) fetch(s *State) error {
	leaf := v.load(programLeaf(1 + uint64(s.PC)))
	in := isa.DecodeInstr(leaf)
	if !in.Op.Valid() {
		return fault(FaultInvalid, "instruction %d: unknown opcode 0x%02x", s.PC, uint8(in.Op))
	}
	s.Insn, s.Decl, s.Slot = leaf, [isa.NumSlots][isa.DeclSize]byte{}, 0
	if in.Op == isa.OpHalt {
		s.Status = StatusHalted
		return nil
	}
	if in.UsedSlots() == 0 {
		return fault(FaultInvalid, "instruction %d (%s) names no operands", s.PC, in.Op)
	}
	s.Phase = PhaseDecl
	return nil
}

// nextSlot is the first used slot at or after from, or NumSlots.
func nextSlot(in *isa.Instr, from int) int {
	for from < isa.NumSlots && in.Slots[from] == isa.NoTensor {
		from++
	}
	return from
}

func (v *VM) decl(s *State) error {
	in := isa.DecodeInstr(s.Insn)
	slot := nextSlot(&in, int(s.Slot))
	if slot == isa.NumSlots {
		return fault(FaultInvalid, "no operand slot left to load")
	}
	s.Decl[slot] = v.load(programLeaf(uint64(s.TBase) + uint64(in.Slots[slot])))
	s.Slot = uint8(slot + 1)
	if nextSlot(&in, slot+1) == isa.NumSlots {
		s.Phase, s.E, s.Q, s.Acc, s.Acc2 = PhaseExec, 0, 0, 0, 0
	}
	return nil
}
