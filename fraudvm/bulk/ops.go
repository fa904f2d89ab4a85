package bulk

import (
	"context"
	"encoding/binary"
	"fmt"
	"unsafe"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// The bulk ops. Each gathers source rows into dense buffers (without their padding), computes on
// all workers, and scatters whole destination rows back, block by block so that buffers stay
// bounded. Gathers run on all workers too (memory.Memory's Read may run concurrently with other
// Reads); writes happen on the calling goroutine only, after the block's reads, except MATMUL's
// (below). Elementwise arithmetic is isa's, so it is defined in one place.

// matmul: D[i,j] = C[0,j] + Σ_k A[i,k]·B[j,k], wrapping int32 (matmul.go has the method).
//
// When A fits in one block (the usual case: a batch of activations against a weight matrix) it
// is gathered once and B is streamed (gather A, multiply, scatter D: three stages of one run of
// the crew): each work unit reads its own column group of B, in place where it can, and
// multiplies it while it is in cache, so B is read from memory once and never again. Otherwise
// B is gathered whole and A streamed in blocks of rows.
func (c *CPU) matmul(ctx context.Context, m rw, o *operands) error {
	d, a, b := o.d, o.a, o.b
	rows, n, k := a.rows, b.rows, a.cols
	var bias []int32
	if o.c != nil {
		raw := c.pool.getBytes(o.c.rowLen)
		o.c.readRows(m, 0, 1, raw)
		bias = make([]int32, n)
		for j := range bias {
			bias[j] = int32(binary.LittleEndian.Uint32(raw[4*j:]))
		}
		c.pool.putBytes(raw)
	}
	p := newMMPlan(c.kern, c.workers, &c.pool, n, k, rows)
	defer p.release()
	// Rows of A per block: A rows, their int32 results and encoded D rows ≈ c.block together.
	rb := min(rows, max(4, c.block/(p.kp+4*p.np+d.rowLen)/4*4))
	// When A is one block (B streamed, below) and the kernels read B only through the plan's
	// row table, a row of B that lies in one page of the memory is read there, not copied.
	inPlace := rb == rows && p.readsRows()
	loadB := func(j0, j1 int) {
		for j := j0; j < j1; j++ {
			if v, ok := readInPlace(m, b.elemAddr(j, 0), k, inPlace); ok {
				p.useRow(j, v)
			} else {
				m.Read(b.elemAddr(j, 0), p.bRow(j))
			}
			var bj int32
			if bias != nil {
				bj = bias[j]
			}
			p.finishRow(j, bj) // while the row is in L1
		}
	}
	ab, cb := p.aBuf(rb), p.cBuf(rb)
	defer c.pool.putBytes(ab)
	defer c.pool.putInts(cb)

	// The gathers of A and the scatters of D are stages of units of a few rows each, so that a
	// block is one run of the crew: gather A, multiply, scatter D.
	const chunk = 16
	chunks := func(nr int, f func(lo, hi int)) stage {
		return stage{(nr + chunk - 1) / chunk, func(u int) { f(u*chunk, min(nr, (u+1)*chunk)) }}
	}
	gather := func(i0, nr int) stage {
		return chunks(nr, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				m.Read(a.elemAddr(i0+i, 0), ab[i*p.kp:i*p.kp+k])
			}
			p.prepA(ab, lo, hi)
		})
	}
	// scatter(i0, nr) stores the block's result rows; finish completes what it cannot do
	// from the workers. On a little-endian machine the results are D's bytes: each worker
	// copies rows of them straight into D's pages, through a Region (D is disjoint from A,
	// B and C here: mustStep sends every overlap to the micro-steps). Elsewhere the workers
	// encode rows and the calling goroutine writes them.
	var scatter func(i0, nr int) stage
	finish := func(i0, nr int) {}
	if nativeLE() {
		reg := m.OpenRegion(d.addr, int(d.end()-d.addr)-(int(d.stride)-d.rowLen), d.dense())
		defer reg.Close()
		scatter = func(i0, nr int) stage {
			return chunks(nr, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					reg.WriteAt((i0+i)*int(d.stride), int32Bytes(cb[i*p.np:i*p.np+n]))
				}
			})
		}
		if rb == rows && p.allGemm(rows) {
			// The GEMM kernel stores the panels it can straight into D's pages; the scatter
			// copies only the others, from cb.
			dd := &directD{reg: reg, stride: int(d.stride), phase: int(d.addr % memory.PageSize), n: n}
			p.direct = dd.at
			scatter = func(_, nr int) stage {
				return chunks(nr, func(lo, hi int) { dd.rest(cb, p.np, lo, hi) })
			}
		}
	} else {
		enc := c.pool.getBytes(rb * d.rowLen)
		defer c.pool.putBytes(enc)
		scatter = func(i0, nr int) stage {
			return chunks(nr, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					putInt32s(enc[i*d.rowLen:(i+1)*d.rowLen], cb[i*p.np:i*p.np+n])
				}
			})
		}
		finish = func(i0, nr int) { d.writeRows(m, i0, nr, enc) }
	}

	if rb == rows {
		p.runStreamB(ab, rows, cb, loadB, gather(0, rows), scatter(0, rows))
		finish(0, rows)
		return nil
	}
	c.workers.spans(n, 16, loadB)
	for i0 := 0; i0 < rows; i0 += rb {
		if err := ctx.Err(); err != nil {
			return err
		}
		nr := min(rb, rows-i0)
		c.workers.stages(gather(i0, nr))
		p.run(ab, nr, cb)
		c.workers.stages(scatter(i0, nr))
		finish(i0, nr)
	}
	return nil
}

// readInPlace is m.Bytes(addr, n) when allowed, else nothing.
func readInPlace(m rw, addr uint64, n int, allowed bool) ([]byte, bool) {
	if !allowed {
		return nil, false
	}
	return m.Bytes(addr, n)
}

// directD is where the GEMM kernel may store D itself (mmPlan.direct) when A is one block, so
// that row i of the block is row i of D: a row's panel of gemmNR results that lies inside the
// row and in one page of D's Region.
type directD struct {
	reg           *memory.Region
	stride, phase int // D's row stride, and its offset in its first page
	n             int // D's columns
}

// panelBytes is the size of a row's panel of results.
const panelBytes = 4 * gemmNR

// at is mmPlan.direct: where the panel of row i at column j goes in D's pages, or nil.
func (t *directD) at(i, j int) *int32 {
	pos := t.phase + i*t.stride + 4*j // from the start of D's first page
	if j+gemmNR > t.n || pos%memory.PageSize > memory.PageSize-panelBytes {
		return nil
	}
	return (*int32)(unsafe.Pointer(&t.reg.Page(pos / memory.PageSize)[pos%memory.PageSize]))
}

// rest writes the panels of rows [lo, hi) that at refuses, from cb (row i at cb[i*np:]): one per
// page boundary inside a row that does not fall on a panel's edge, and the row's last panel when
// N is not a multiple of gemmNR.
func (t *directD) rest(cb []int32, np, lo, hi int) {
	put := func(i, j int) {
		t.reg.WriteAt(i*t.stride+4*j, int32Bytes(cb[i*np+j:i*np+min(j+gemmNR, t.n)]))
	}
	for i := lo; i < hi; i++ {
		for x := memory.PageSize - (t.phase+i*t.stride)%memory.PageSize; x < 4*t.n; x += memory.PageSize {
			if x%panelBytes != 0 {
				put(i, x/panelBytes*gemmNR)
			}
		}
		if t.n%gemmNR != 0 {
			put(i, t.n/gemmNR*gemmNR)
		}
	}
}

// readRows is v.readRows split across the workers.
func (c *CPU) readRows(m rw, v *view, r0, n int, dst []byte) {
	if n*v.rowLen < 1<<20 {
		v.readRows(m, r0, n, dst)
		return
	}
	c.workers.spans(n, max(1, (256<<10)/v.rowLen), func(lo, hi int) {
		v.readRows(m, r0+lo, hi-lo, dst[lo*v.rowLen:])
	})
}

// putInt32s encodes src little-endian into dst, two values per 64-bit store (3× the plain loop).
func putInt32s(dst []byte, src []int32) {
	dst = dst[:4*len(src)]
	for len(src) >= 2 {
		binary.LittleEndian.PutUint64(dst[:8], uint64(uint32(src[0]))|uint64(uint32(src[1]))<<32)
		src, dst = src[2:], dst[8:]
	}
	if len(src) == 1 {
		binary.LittleEndian.PutUint32(dst, uint32(src[0]))
	}
}

// requantArgs are REQUANT's per-column parameters, read from the immediates and the params
// tensor.
type requantArgs struct {
	bias, mul []int32
	shift     []int8
	rp        isa.RequantParams
}

// readRequantArgs reads and checks REQUANT's parameters (every shift in [-31, 0]).
func (c *CPU) readRequantArgs(m rw, in *isa.Instr, o *operands) (*requantArgs, error) {
	cols := o.d.cols
	ra := &requantArgs{bias: make([]int32, cols), mul: make([]int32, cols), shift: make([]int8, cols), rp: isa.RequantImm(in)}
	perTensor := in.Flags&isa.FlagPerTensor != 0
	if perTensor {
		if !isa.ShiftValid(ra.rp.Shift) {
			return nil, fmt.Errorf("shift %d outside [-31,0]", ra.rp.Shift)
		}
		for j := range cols {
			ra.mul[j], ra.shift[j] = ra.rp.Mul, ra.rp.Shift
		}
	}
	if o.b != nil {
		raw := c.pool.getBytes(cols * o.b.rowLen)
		defer c.pool.putBytes(raw)
		o.b.readRows(m, 0, cols, raw)
		for j := range cols {
			row := raw[j*o.b.rowLen:]
			ra.bias[j] = int32(binary.LittleEndian.Uint32(row[0:]))
			if !perTensor {
				sh := int32(binary.LittleEndian.Uint32(row[8:]))
				if sh < isa.MinShift || sh > 0 {
					return nil, fmt.Errorf("params row %d: shift %d outside [-31,0]", j, sh)
				}
				ra.mul[j], ra.shift[j] = int32(binary.LittleEndian.Uint32(row[4:])), int8(sh)
			}
		}
	}
	return ra, nil
}

// requant: D[e] = Requant(A[e], bias_j, M_j, s_j, zp, lo, hi) with j the column of e.
func (c *CPU) requant(ctx context.Context, m rw, in *isa.Instr, o *operands) error {
	ra, err := c.readRequantArgs(m, in, o)
	if err != nil {
		return err
	}
	cols, rp := o.d.cols, ra.rp
	return c.stream(ctx, m, o.d, []*view{o.a}, func(dst []byte, src [][]byte, nr int) error {
		c.workers.spans(nr, 64, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				drow, arow := dst[i*cols:(i+1)*cols], src[0][i*4*cols:(i+1)*4*cols]
				for j := range drow {
					acc := int32(binary.LittleEndian.Uint32(arow[4*j:]))
					drow[j] = byte(isa.Requant(acc, ra.bias[j], ra.mul[j], ra.shift[j], rp.Zero, rp.Lo, rp.Hi))
				}
			}
		})
		return nil
	})
}

// addTableMin is the element count above which ADD tabulates its 2^16 possible results first.
const addTableMin = 1 << 17

// add: D[e] = Add(A[e], B[e]). The result depends on two bytes only, so for large tensors the
// 65536 results are computed once (by isa.Add itself) and looked up.
func (c *CPU) add(ctx context.Context, m rw, in *isa.Instr, o *operands) error {
	p, err := addArgs(in)
	if err != nil {
		return err
	}
	f := func(x, y byte) byte { return byte(isa.Add(int8(x), int8(y), &p)) }
	if o.d.Elems() >= addTableMin {
		tab := make([]byte, 1<<16)
		c.workers.spans(1<<16, 1<<12, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				tab[i] = f(byte(i>>8), byte(i))
			}
		})
		f = func(x, y byte) byte { return tab[int(x)<<8|int(y)] }
	}
	return c.stream(ctx, m, o.d, []*view{o.a, o.b}, func(dst []byte, src [][]byte, nr int) error {
		c.workers.spans(len(dst), 1<<14, func(lo, hi int) {
			for i, x := range src[0][lo:hi] {
				dst[lo+i] = f(x, src[1][lo+i])
			}
		})
		return nil
	})
}

// addArgs reads and checks ADD's immediates.
func addArgs(in *isa.Instr) (isa.AddParams, error) {
	p := isa.AddImm(in)
	if !isa.ShiftValid(p.ShiftA) || !isa.ShiftValid(p.ShiftB) || !isa.ShiftValid(p.ShiftOut) {
		return p, fmt.Errorf("shift outside [-31,0]")
	}
	return p, nil
}

// lut8: D[e] = B[0, uint8(A[e])].
func (c *CPU) lut8(ctx context.Context, m rw, o *operands) error {
	var tab [256]byte
	o.b.readRows(m, 0, 1, tab[:])
	return c.stream(ctx, m, o.d, []*view{o.a}, func(dst []byte, src [][]byte, nr int) error {
		for i, x := range src[0][:len(dst)] {
			dst[i] = tab[x]
		}
		return nil
	})
}

// argmax: D[r,0] = the lowest column index of row r's maximum.
func (c *CPU) argmax(ctx context.Context, m rw, o *operands) error {
	cols := o.a.cols
	return c.stream(ctx, m, o.d, []*view{o.a}, func(dst []byte, src [][]byte, nr int) error {
		c.workers.spans(nr, 64, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				row := src[0][i*cols : (i+1)*cols]
				best, at := int8(row[0]), 0
				for q, x := range row {
					if int8(x) > best { // strict: ties keep the lowest index
						best, at = int8(x), q
					}
				}
				binary.LittleEndian.PutUint32(dst[4*i:], uint32(at))
			}
		})
		return nil
	})
}

// stream runs f over blocks of rows: D and the sources share a row count, and row r of each
// source is gathered densely next to row r of D. f fills dst (nr dense D rows); its error ends
// the stream.
func (c *CPU) stream(ctx context.Context, m rw, d *view, srcs []*view, f func(dst []byte, src [][]byte, nr int) error) error {
	return c.streamBlock(ctx, m, c.block, d, srcs, f)
}

// streamRowBytes is the bytes of one row of D and of each source together.
func streamRowBytes(d *view, srcs []*view) int {
	n := d.rowLen
	for _, s := range srcs {
		n += s.rowLen
	}
	return n
}

// streamBlock is stream with blocks of at most block bytes (at least one row).
func (c *CPU) streamBlock(ctx context.Context, m rw, block int, d *view, srcs []*view, f func(dst []byte, src [][]byte, nr int) error) error {
	rb := min(d.rows, blockRows(block, streamRowBytes(d, srcs)))
	dst := c.pool.getBytes(rb * d.rowLen)
	defer c.pool.putBytes(dst)
	src := make([][]byte, len(srcs))
	for i, s := range srcs {
		src[i] = c.pool.getBytes(rb * s.rowLen)
		defer c.pool.putBytes(src[i])
	}
	for r0 := 0; r0 < d.rows; r0 += rb {
		if err := ctx.Err(); err != nil {
			return err
		}
		nr := min(rb, d.rows-r0)
		for i, s := range srcs {
			c.readRows(m, s, r0, nr, src[i])
		}
		if err := f(dst[:nr*d.rowLen], src, nr); err != nil {
			return err
		}
		d.writeRows(m, r0, nr, dst)
	}
	return nil
}

// copyOp: element e of D = element e of A, each in its own shape (a reshape). The element
// stream is moved in blocks of contiguous byte runs.
func (c *CPU) copyOp(ctx context.Context, m rw, o *operands) error {
	d, a := o.d, o.a
	total := d.Elems()
	chunk := uint64(max(1, c.block/d.size))
	buf := c.pool.getBytes(int(min(chunk, total)) * d.size)
	defer c.pool.putBytes(buf)
	for e0 := uint64(0); e0 < total; e0 += chunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		e1 := min(total, e0+chunk)
		a.elemRuns(e0, e1, func(addr uint64, off, n int) { m.Read(addr, buf[off:off+n]) })
		d.elemRuns(e0, e1, func(addr uint64, off, n int) { m.Write(addr, buf[off:off+n]) })
	}
	return nil
}

// window gathers the whole input image of MAXPOOL or IM2COL ([H·W, Ch], dense) and produces the
// output in blocks of pixels: f fills the dense D rows of pixels [p0, p0+len) from the image.
func (c *CPU) window(ctx context.Context, m rw, o *operands, f func(img, dst []byte, p0, p1 int)) error {
	d, a := o.d, o.a
	img := c.pool.getBytes(a.rows * a.rowLen)
	defer c.pool.putBytes(img)
	c.readRows(m, a, 0, a.rows, img)
	rb := min(d.rows, blockRows(c.block, d.rowLen))
	dst := c.pool.getBytes(rb * d.rowLen)
	defer c.pool.putBytes(dst)
	for p0 := 0; p0 < d.rows; p0 += rb {
		if err := ctx.Err(); err != nil {
			return err
		}
		nr := min(rb, d.rows-p0)
		c.workers.spans(nr, 16, func(lo, hi int) {
			f(img, dst[lo*d.rowLen:hi*d.rowLen], p0+lo, p0+hi)
		})
		d.writeRows(m, p0, nr, dst)
	}
	return nil
}

// maxpool: D[p, ch] = max over the kh×kw window of pixel p of A[·, ch].
func (c *CPU) maxpool(ctx context.Context, m rw, o *operands) error {
	w, ch, ow := o.win, o.a.cols, o.ow
	return c.window(ctx, m, o, func(img, dst []byte, p0, p1 int) {
		for p := p0; p < p1; p++ {
			oy, ox := p/ow, p%ow
			out := dst[(p-p0)*ch : (p-p0+1)*ch]
			for dy := range int(w.KH) {
				for dx := range int(w.KW) {
					px := (oy*int(w.SH)+dy)*int(w.W) + ox*int(w.SW) + dx
					in := img[px*ch : (px+1)*ch]
					if dy == 0 && dx == 0 {
						copy(out, in)
						continue
					}
					for i, x := range in {
						out[i] = byte(max(int8(out[i]), int8(x)))
					}
				}
			}
		}
	})
}

// im2col: row p of D is the kh×kw window of pixel p, channel-minor, with pad pixels outside
// the image.
func (c *CPU) im2col(ctx context.Context, m rw, o *operands) error {
	w, ch, ow := o.win, o.a.cols, o.ow
	pad, padValue := int(w.Pad), byte(w.PadValue)
	rowLen := o.d.rowLen
	return c.window(ctx, m, o, func(img, dst []byte, p0, p1 int) {
		for p := p0; p < p1; p++ {
			oy, ox := p/ow, p%ow
			out := dst[(p-p0)*rowLen : (p-p0+1)*rowLen]
			for dy := range int(w.KH) {
				for dx := range int(w.KW) {
					seg := out[(dy*int(w.KW)+dx)*ch : (dy*int(w.KW)+dx+1)*ch]
					y, x := oy*int(w.SH)+dy-pad, ox*int(w.SW)+dx-pad
					if y < 0 || y >= int(w.H) || x < 0 || x >= int(w.W) {
						for i := range seg {
							seg[i] = padValue
						}
						continue
					}
					px := y*int(w.W) + x
					copy(seg, img[px*ch:(px+1)*ch])
				}
			}
		}
	})
}
