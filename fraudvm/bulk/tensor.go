package bulk

import (
	"fmt"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// rw is the part of the machine memory the backend uses: byte-granular reads and writes. A write
// changes exactly the bytes it names, so scattering a row's elements leaves its padding alone.
// Reads must be safe to run concurrently with each other (not with writes), as memory.Memory's are.
// Bytes reads in place, without a copy, what lies in one page. OpenRegion opens a destination for
// writes from all workers at once (memory.Region), which may run concurrently with reads of
// other bytes.
type rw interface {
	Read(addr uint64, buf []byte)
	Bytes(addr uint64, n int) ([]byte, bool)
	Write(addr uint64, data []byte)
	OpenRegion(addr uint64, n int, overwrite bool) *memory.Region
}

// view is a tensor declaration checked for the things bulk access needs (the same checks the
// interpreter makes before it forms an address): a known region and dtype, a non-empty shape, an
// aligned offset and an extent inside its region.
type view struct {
	isa.Tensor
	addr   uint64 // absolute address of element (0, 0)
	stride uint64 // bytes between row starts
	rows   int
	cols   int
	size   int // element size in bytes
	rowLen int // used bytes of a row: cols·size
}

func newView(t *isa.Tensor, name string) (*view, error) {
	if t.Region >= isa.NumRegions {
		return nil, fmt.Errorf("%s: region %d", name, t.Region)
	}
	if t.DType != isa.Int8 && t.DType != isa.Int32 {
		return nil, fmt.Errorf("%s: dtype %d", name, t.DType)
	}
	if t.Rows == 0 || t.Cols == 0 {
		return nil, fmt.Errorf("%s: empty shape [%d,%d]", name, t.Rows, t.Cols)
	}
	if t.Offset%isa.LeafSize != 0 || t.Offset >= isa.RegionSize {
		return nil, fmt.Errorf("%s: offset 0x%x", name, t.Offset)
	}
	stride := t.Stride()
	hi, extent := bits.Mul64(uint64(t.Rows), stride)
	if hi != 0 || extent > isa.RegionSize-t.Offset {
		return nil, fmt.Errorf("%s: tensor %s overflows its region", name, t)
	}
	size := int(t.DType.Size())
	return &view{
		Tensor: *t, addr: t.Addr(), stride: stride,
		rows: int(t.Rows), cols: int(t.Cols), size: size, rowLen: int(t.Cols) * size,
	}, nil
}

// dense reports whether the rows are contiguous (no padding), so a run of rows is one run of bytes.
func (v *view) dense() bool { return uint64(v.rowLen) == v.stride }

// end is one past the tensor's last byte, padding included.
func (v *view) end() uint64 { return v.addr + uint64(v.rows)*v.stride }

// overlaps reports whether the byte extents of v and w intersect. It is conservative: rows of
// one tensor may interleave with the padding of another without sharing an element byte.
func (v *view) overlaps(w *view) bool { return v.addr < w.end() && w.addr < v.end() }

// sameLayout reports whether element e of v and of w is the same memory for every e.
func (v *view) sameLayout(w *view) bool {
	return v.addr == w.addr && v.DType == w.DType && v.rows == w.rows && v.cols == w.cols
}

// elemAddr is the address of element (r, c).
func (v *view) elemAddr(r, c int) uint64 {
	return v.addr + uint64(r)*v.stride + uint64(c)*uint64(v.size)
}

// readRows reads rows [r0, r0+n) into dst, densely (row i at dst[i*rowLen:]).
func (v *view) readRows(m rw, r0, n int, dst []byte) {
	dst = dst[:n*v.rowLen]
	if v.dense() {
		m.Read(v.elemAddr(r0, 0), dst)
		return
	}
	for i := range n {
		m.Read(v.elemAddr(r0+i, 0), dst[i*v.rowLen:(i+1)*v.rowLen])
	}
}

// writeRows writes rows [r0, r0+n) from src (dense), touching no padding byte.
func (v *view) writeRows(m rw, r0, n int, src []byte) {
	src = src[:n*v.rowLen]
	if v.dense() {
		m.Write(v.elemAddr(r0, 0), src)
		return
	}
	for i := range n {
		m.Write(v.elemAddr(r0+i, 0), src[i*v.rowLen:(i+1)*v.rowLen])
	}
}

// elemRuns calls f for the contiguous byte runs that hold elements [e0, e1) in row-major order:
// f(addr, off, n) means n bytes at addr are bytes [off, off+n) of the dense element stream
// starting at e0.
func (v *view) elemRuns(e0, e1 uint64, f func(addr uint64, off, n int)) {
	cols := uint64(v.cols)
	off := 0
	for e := e0; e < e1; {
		r, c := e/cols, e%cols
		take := min(cols-c, e1-e)
		if v.dense() {
			take = e1 - e
		}
		n := int(take) * v.size
		f(v.elemAddr(int(r), int(c)), off, n)
		off += n
		e += take
	}
}

// defaultBlock bounds the buffers of streaming ops and of MATMUL's A and D blocks (CPU.block).
const defaultBlock = 8 << 20

// blockRows is how many rows of rowBytes bytes one streaming block of block bytes holds (≥ 1).
func blockRows(block, rowBytes int) int { return max(1, block/max(1, rowBytes)) }
