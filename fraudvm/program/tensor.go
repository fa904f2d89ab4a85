package program

import (
	"fmt"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Dense and memory forms. A tensor's elements in dense form are rows·cols values back to back,
// row-major (int8: one byte each; int32: four bytes little-endian). Its memory form is what a
// region holds: rows of Stride() bytes, each starting on a leaf boundary, padding zero. Job
// inputs are submitted in memory form; Pack and Unpack convert.

// Pack returns t's memory form (t.Bytes() bytes, padding zero) of elems in dense form.
func Pack(t isa.Tensor, elems []byte) ([]byte, error) {
	if err := checkDense(&t, len(elems)); err != nil {
		return nil, err
	}
	rowBytes := uint64(t.Cols) * t.DType.Size()
	stride := t.Stride()
	out := make([]byte, uint64(t.Rows)*stride)
	for r := uint64(0); r < uint64(t.Rows); r++ {
		copy(out[r*stride:r*stride+rowBytes], elems[r*rowBytes:])
	}
	return out, nil
}

// Unpack returns the dense form of t read from mem, its memory form (at least t.Bytes() bytes;
// padding and anything after are ignored).
func Unpack(t isa.Tensor, mem []byte) ([]byte, error) {
	size, ok := tensorBytes(&t)
	if !ok || uint64(len(mem)) < size {
		return nil, fmt.Errorf("tensor %s: memory form needs %d bytes, have %d", t, size, len(mem))
	}
	rowBytes := uint64(t.Cols) * t.DType.Size()
	stride := t.Stride()
	out := make([]byte, 0, uint64(t.Rows)*rowBytes)
	for r := uint64(0); r < uint64(t.Rows); r++ {
		out = append(out, mem[r*stride:r*stride+rowBytes]...)
	}
	return out, nil
}

func checkDense(t *isa.Tensor, n int) error {
	if t.DType != isa.Int8 && t.DType != isa.Int32 {
		return fmt.Errorf("tensor %s: unknown dtype", t)
	}
	hi, want := bits.Mul64(t.Elems(), t.DType.Size())
	if hi != 0 || want != uint64(n) {
		return fmt.Errorf("tensor %s: dense form is %d elements of %d bytes, have %d bytes", t, t.Elems(), t.DType.Size(), n)
	}
	return nil
}

// tensorBytes is t.Bytes() with overflow checking: a declaration read from arbitrary bytes can
// name 2^32 rows of a 2^34-byte stride.
func tensorBytes(t *isa.Tensor) (uint64, bool) {
	hi, n := bits.Mul64(uint64(t.Rows), t.Stride())
	return n, hi == 0
}

// tensorEnd is t.Offset + t.Bytes() with overflow checking.
func tensorEnd(t *isa.Tensor) (uint64, bool) {
	n, ok := tensorBytes(t)
	if !ok {
		return 0, false
	}
	end, carry := bits.Add64(t.Offset, n, 0)
	return end, carry == 0
}
