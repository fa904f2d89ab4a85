// Package isa defines the v1 tensor instruction set of the fraudvm: opcodes, the 32-byte
// instruction and tensor-declaration encodings, the fixed-point arithmetic shared by every
// execution path, and the static step count of each instruction.
//
// Everything here is a pure function of its arguments: the interpreter (Step), the witness
// verifier, the bulk backends and the program validator all call into it, so there is exactly
// one definition of what an instruction means. docs/spec/fraudvm.md is the normative text.
package isa

import (
	"encoding/binary"
	"fmt"
)

// Opcode is the first byte of an instruction.
type Opcode uint8

const (
	OpHalt    Opcode = 0x00
	OpMatMul  Opcode = 0x01
	OpRequant Opcode = 0x02
	OpAdd     Opcode = 0x03
	OpLUT8    Opcode = 0x04
	OpMaxPool Opcode = 0x05
	OpIm2Col  Opcode = 0x06
	OpArgMax  Opcode = 0x07
	OpCopy    Opcode = 0x08
	numOps           = 0x09
)

var opNames = [numOps]string{"HALT", "MATMUL", "REQUANT", "ADD", "LUT8", "MAXPOOL", "IM2COL", "ARGMAX", "COPY"}

func (o Opcode) String() string {
	if o < numOps {
		return opNames[o]
	}
	return fmt.Sprintf("OP(0x%02x)", uint8(o))
}

// Valid reports whether o is a v1 opcode.
func (o Opcode) Valid() bool { return o < numOps }

// ParseOpcode maps a mnemonic back to its opcode.
func ParseOpcode(s string) (Opcode, bool) {
	for i, n := range opNames {
		if n == s {
			return Opcode(i), true
		}
	}
	return 0, false
}

// Operand slots. An instruction names up to four tensors by index into the program's tensor
// table; NoTensor marks an unused slot. The DECL phase loads used slots in this order.
const (
	SlotDst  = 0
	SlotA    = 1
	SlotB    = 2
	SlotC    = 3
	NumSlots = 4
	NoTensor = 0xFFFF
)

// Flags.
const (
	// FlagPerTensor (REQUANT): multiplier and shift come from the immediates; the optional
	// params tensor then supplies only the per-channel bias.
	FlagPerTensor = 0x01
)

// InstrSize is the encoded size of an instruction: one memory leaf.
const InstrSize = 32

// Instr is a decoded instruction. Encoding (big-endian):
//
//	[0] opcode  [1] flags  [2:4] dst  [4:6] a  [6:8] b  [8:10] c  [10:32] immediates
type Instr struct {
	Op    Opcode
	Flags uint8
	Slots [NumSlots]uint16
	Imm   [22]byte
}

// Encode returns the 32-byte leaf of the instruction.
func (in *Instr) Encode() [InstrSize]byte {
	var b [InstrSize]byte
	b[0] = byte(in.Op)
	b[1] = in.Flags
	for i, s := range in.Slots {
		binary.BigEndian.PutUint16(b[2+2*i:], s)
	}
	copy(b[10:], in.Imm[:])
	return b
}

// DecodeInstr decodes a 32-byte instruction leaf. It never fails: opcode and operand checks
// are the validator's (and, for arbitrary machine states, the interpreter's) business.
func DecodeInstr(b [InstrSize]byte) Instr {
	var in Instr
	in.Op = Opcode(b[0])
	in.Flags = b[1]
	for i := range in.Slots {
		in.Slots[i] = binary.BigEndian.Uint16(b[2+2*i:])
	}
	copy(in.Imm[:], b[10:])
	return in
}

// DType is a tensor element type.
type DType uint8

const (
	Int8  DType = 0
	Int32 DType = 1
)

// Size is the element size in bytes.
func (d DType) Size() uint64 {
	if d == Int32 {
		return 4
	}
	return 1
}

func (d DType) String() string {
	switch d {
	case Int8:
		return "int8"
	case Int32:
		return "int32"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// DeclSize is the encoded size of a tensor declaration: one memory leaf.
const DeclSize = 32

// Tensor is a decoded tensor declaration: a rows×cols matrix of one dtype, stored row-major
// in a scratch region with every row starting on a 32-byte boundary (so a row of K int8 values
// is ceil(K/32) leaves and a MATMUL micro-step reads exactly one leaf of each operand). Padding
// bytes after a row are never read as data and never written. Element values are little-endian.
//
// Encoding (big-endian): [0] region [1] dtype [2:4] zero [4:8] rows [8:12] cols [12:16] zero
// [16:24] byte offset in the region (32-aligned) [24:32] zero.
type Tensor struct {
	Region Region
	DType  DType
	Rows   uint32
	Cols   uint32
	Offset uint64
}

// Encode returns the 32-byte leaf of the declaration.
func (t *Tensor) Encode() [DeclSize]byte {
	var b [DeclSize]byte
	b[0] = byte(t.Region)
	b[1] = byte(t.DType)
	binary.BigEndian.PutUint32(b[4:], t.Rows)
	binary.BigEndian.PutUint32(b[8:], t.Cols)
	binary.BigEndian.PutUint64(b[16:], t.Offset)
	return b
}

// DecodeTensor decodes a declaration leaf. Reserved bytes are ignored here; the validator
// requires them to be zero.
func DecodeTensor(b [DeclSize]byte) Tensor {
	return Tensor{
		Region: Region(b[0]),
		DType:  DType(b[1]),
		Rows:   binary.BigEndian.Uint32(b[4:]),
		Cols:   binary.BigEndian.Uint32(b[8:]),
		Offset: binary.BigEndian.Uint64(b[16:]),
	}
}

// Stride is the distance in bytes between the starts of two rows: the row size rounded up to
// a whole number of leaves.
func (t *Tensor) Stride() uint64 {
	return (uint64(t.Cols)*t.DType.Size() + LeafSize - 1) &^ (LeafSize - 1)
}

// Bytes is the extent of the tensor in memory, padding included.
func (t *Tensor) Bytes() uint64 { return uint64(t.Rows) * t.Stride() }

// Elems is rows×cols.
func (t *Tensor) Elems() uint64 { return uint64(t.Rows) * uint64(t.Cols) }

// Addr is the absolute memory address of the tensor's first byte.
func (t *Tensor) Addr() uint64 { return t.Region.Base() + t.Offset }

// ElemAddr is the absolute address of element (row, col).
func (t *Tensor) ElemAddr(row, col uint64) uint64 {
	return t.Addr() + row*t.Stride() + col*t.DType.Size()
}

func (t Tensor) String() string {
	return fmt.Sprintf("%s[%d,%d]@%s+0x%x", t.DType, t.Rows, t.Cols, t.Region, t.Offset)
}
