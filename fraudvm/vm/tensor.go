package vm

import (
	"encoding/binary"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
)

// operand is a declaration checked for the things an access needs: a known region and dtype,
// a non-empty shape, an aligned offset and an extent inside its region. Every element or chunk
// address the machine forms goes through elem/chunk, which also require the indices to lie in
// the declared shape. For a validated program none of these checks can fail; for an arbitrary
// state they turn what would be an out-of-bounds access into "no valid step", identically in Go
// and in the Solidity verifier.
type operand struct {
	isa.Tensor
	stride uint64
	base   uint64
}

func decodeOperand(raw *[isa.DeclSize]byte, want isa.DType, slot int) (operand, error) {
	t := isa.DecodeTensor(*raw)
	if t.Region >= isa.NumRegions {
		return operand{}, fault(FaultInvalid, "slot %d: region %d", slot, t.Region)
	}
	if t.DType > isa.Int32 || t.DType != want {
		return operand{}, fault(FaultInvalid, "slot %d: dtype %s, want %s", slot, t.DType, want)
	}
	if t.Rows == 0 || t.Cols == 0 {
		return operand{}, fault(FaultInvalid, "slot %d: empty shape [%d,%d]", slot, t.Rows, t.Cols)
	}
	if t.Offset%isa.LeafSize != 0 || t.Offset >= isa.RegionSize {
		return operand{}, fault(FaultInvalid, "slot %d: offset 0x%x", slot, t.Offset)
	}
	stride := t.Stride()
	hi, extent := bits.Mul64(uint64(t.Rows), stride)
	if hi != 0 || extent > isa.RegionSize-t.Offset {
		return operand{}, fault(FaultInvalid, "slot %d: tensor %s overflows its region", slot, t)
	}
	return operand{Tensor: t, stride: stride, base: t.Addr()}, nil
}

// elem is the address of element (r, c).
func (t *operand) elem(r, c uint64) (uint64, error) {
	if r >= uint64(t.Rows) || c >= uint64(t.Cols) {
		return 0, fault(FaultInvalid, "element (%d,%d) outside %s", r, c, t.Tensor)
	}
	return t.base + r*t.stride + c*t.DType.Size(), nil
}

// at is the address of element e in row-major order of the tensor's own shape.
func (t *operand) at(e uint64) (uint64, error) {
	return t.elem(e/uint64(t.Cols), e%uint64(t.Cols))
}

// chunk is the address of the q-th 32-byte chunk of row r.
func (t *operand) chunk(r, q uint64) (uint64, error) {
	if r >= uint64(t.Rows) || q*isa.LeafSize >= t.stride {
		return 0, fault(FaultInvalid, "chunk %d of row %d outside %s", q, r, t.Tensor)
	}
	return t.base + r*t.stride + q*isa.LeafSize, nil
}

func leafOf(addr uint64) uint64 { return addr &^ (isa.LeafSize - 1) }

func getI8(leaf *[isa.LeafSize]byte, addr uint64) int8 { return int8(leaf[addr%isa.LeafSize]) }

func getI32(leaf *[isa.LeafSize]byte, addr uint64) int32 {
	return int32(binary.LittleEndian.Uint32(leaf[addr%isa.LeafSize:]))
}

func putI8(leaf *[isa.LeafSize]byte, addr uint64, v int8) { leaf[addr%isa.LeafSize] = byte(v) }

func putI32(leaf *[isa.LeafSize]byte, addr uint64, v int32) {
	binary.LittleEndian.PutUint32(leaf[addr%isa.LeafSize:], uint32(v))
}
