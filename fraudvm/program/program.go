package program

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Program is a decoded, validated program object. Only Decode (and Builder.Build, which ends in
// Decode) makes one, so holding a *Program means holding a program every machine runs to
// completion in exactly Steps() steps.
//
// Header, Instrs and Tensors are views decoded from the object's bytes, exported for reading;
// they must not be modified (Bytes and Root do not follow them).
type Program struct {
	Header  Header
	Instrs  []isa.Instr  // n instructions; Instrs[n-1] is the only HALT
	Tensors []isa.Tensor // t declarations

	bytes []byte
	// start[pc] is the step index of instruction pc's FETCH; start[n] is the trace length.
	start []uint64

	rootOnce sync.Once
	root     common.Hash
}

// Decode decodes and validates a program object under DefaultLimits. It never panics; every
// rejection wraps ErrInvalidProgram and says where and why. The returned program keeps its own
// copy of b.
func Decode(b []byte) (*Program, error) { return DecodeWithLimits(b, DefaultLimits()) }

// DecodeWithLimits is Decode under explicit limits (zero fields take their defaults).
func DecodeWithLimits(b []byte, lim Limits) (*Program, error) {
	p, err := decode(b, lim)
	if err != nil {
		return nil, err
	}
	p.bytes = append([]byte(nil), b...)
	return p, nil
}

// Bytes returns the object: exactly Size bytes, a multiple of 32. The slice is the program's
// own and must not be modified.
func (p *Program) Bytes() []byte { return p.bytes }

// Size is the object size in bytes.
func (p *Program) Size() uint64 { return uint64(len(p.bytes)) }

// Root is the Merkle root of the object zero-padded to 2^Height() leaves, hashed as memory is:
// the node that job setup grafts at (isa.ScratchBase, Height()). It is computed once.
func (p *Program) Root() common.Hash {
	p.rootOnce.Do(func() { p.root = merkleRoot(p.bytes) })
	return p.root
}

// Height is log2 of the padded object size in leaves (0 for a one-leaf object).
func (p *Program) Height() uint { return merkleHeight(uint64(len(p.bytes))) }

// Steps is the job's trace length (spec §6): START, then every instruction's FETCH, DECLs and
// micro-steps, HALT's FETCH last. It is the header's value, which Decode checked against the
// count.
func (p *Program) Steps() uint64 { return p.Header.Steps }

// InputTensor is the declaration of the job input: int8 at offset 0 of the input region.
func (p *Program) InputTensor() isa.Tensor { return p.Tensors[p.Header.Input] }

// OutputTensor is the declaration of the job output, at offset 0 of the output region.
func (p *Program) OutputTensor() isa.Tensor { return p.Tensors[p.Header.Output] }

// DataOffset is the offset of the object's data part: the first byte after the declarations,
// where the program-region tensors may start.
func (p *Program) DataOffset() uint64 { return p.Header.dataStart() }

// Operands returns the declarations instruction pc names, by slot (dst, a, b, c), with the zero
// Tensor in unused slots: the decl registers as the DECL phase leaves them.
func (p *Program) Operands(pc int) [isa.NumSlots]isa.Tensor {
	var t [isa.NumSlots]isa.Tensor
	for s, idx := range p.Instrs[pc].Slots {
		if idx != isa.NoTensor {
			t[s] = p.Tensors[idx]
		}
	}
	return t
}

// InstrSteps is the number of steps instruction pc takes: its FETCH, DECLs and micro-steps.
func (p *Program) InstrSteps(pc int) uint64 { return p.start[pc+1] - p.start[pc] }

// InstrStart is the step index at which instruction pc's FETCH runs (the START step is step 0,
// so InstrStart(0) is 1). InstrStart(n) is the trace length.
func (p *Program) InstrStart(pc int) uint64 { return p.start[pc] }

// TensorData returns the bytes of a program-region tensor as stored in the object (row padding
// included): Bytes()[Offset : Offset+t.Bytes()]. It fails for tensors of other regions, whose
// contents only exist at run time.
func (p *Program) TensorData(index int) ([]byte, error) {
	if index < 0 || index >= len(p.Tensors) {
		return nil, fmt.Errorf("tensor %d out of range [0,%d)", index, len(p.Tensors))
	}
	t := &p.Tensors[index]
	if t.Region != isa.RegionProgram {
		return nil, fmt.Errorf("tensor %d %s is not in the program region", index, t)
	}
	return p.bytes[t.Offset : t.Offset+t.Bytes()], nil
}
