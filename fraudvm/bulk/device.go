package bulk

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Device is an accelerator that does an instruction's arithmetic on dense buffers: an OpenCL
// device (opencl.go), or in tests a plain transcription of the spec. Accel moves the operands
// between the Merkle memory, which stays on the host, and it.
//
// Buffers are dense: a matrix of r rows and c columns is r·c elements, row-major, with no
// padding; int32 elements are little-endian. A call holds at most Limit bytes of inputs and
// outputs together; Accel tiles every instruction to fit. A Device need not be safe for
// concurrent use: Accel serialises calls.
type Device interface {
	Name() string
	// Limit is the most bytes of operands and results one call may hold on the device.
	Limit() int
	// MatMul sets d[i·n+j] = bias[j] + Σ_t a[i·k+t]·b[j·k+t] for i < m, j < n, wrapping int32
	// (bias nil: 0).
	MatMul(ctx context.Context, a, b []byte, m, n, k int, bias []int32, d []int32) error
	// Requant maps rows×cols int32 accumulators (acc, little-endian) to int8 with column j's
	// bias, multiplier and shift: out[e] = isa.Requant(acc[e], bias[j], mul[j], shift[j], ...).
	Requant(ctx context.Context, acc []byte, rows, cols int, p *RequantArgs, out []byte) error
	// Add sets out[e] = isa.Add(a[e], b[e], p).
	Add(ctx context.Context, a, b []byte, p *isa.AddParams, out []byte) error
	// LUT8 sets out[e] = tab[uint8(a[e])].
	LUT8(ctx context.Context, a []byte, tab *[256]byte, out []byte) error
	// ArgMax writes, for each of rows rows of cols int8, the lowest column of its maximum as a
	// little-endian uint32.
	ArgMax(ctx context.Context, a []byte, rows, cols int, out []byte) error
	// Window computes output pixels [p0, p1) of MAXPOOL or IM2COL (op) into out (dense rows).
	// img holds input image rows [y0, y0 + len(img)/(W·ch)) — every row those pixels read.
	Window(ctx context.Context, op isa.Opcode, w *isa.Window, ch, ow int, img []byte, y0, p0, p1 int, out []byte) error
}

// RequantArgs are REQUANT's parameters, one multiplier, shift and bias per column (a per-tensor
// REQUANT repeats its immediates).
type RequantArgs struct {
	Bias, Mul    []int32
	Shift        []int8
	Zero, Lo, Hi int8
}

// DeviceError is a failure of the device itself (an OpenCL error, a lost device), as opposed
// to an instruction the backend rejects. The executor reruns the job elsewhere and marks the
// device unhealthy.
type DeviceError struct {
	Device string
	Err    error
}

func (e *DeviceError) Error() string { return fmt.Sprintf("device %s: %v", e.Device, e.Err) }
func (e *DeviceError) Unwrap() error { return e.Err }

// IsDeviceError reports whether err is a device's failure.
func IsDeviceError(err error) bool {
	var de *DeviceError
	return errors.As(err, &de)
}

// minDeviceLimit is the smallest Limit Accel works with: two rows of the longest MATMUL
// operand (K ≤ 131071) and their results fit several times over.
const minDeviceLimit = 1 << 20

// Accel is a Backend that runs instructions' arithmetic on a Device. The Merkle memory stays on
// the host: Accel gathers operands, hands the device tiles that fit its Limit, and scatters the
// results, exactly as the CPU backend streams its blocks, so the bytes written are the same.
// COPY is a pure move in the Merkle memory and runs on the host; so do the instructions that
// must be stepped (a destination overlapping a source, which the validator rejects).
type Accel struct {
	dev   Device
	host  *CPU
	limit int
	mu    sync.Mutex // one instruction at a time on the device
}

var _ Backend = (*Accel)(nil)

// NewAccel returns a backend on dev, using workers host threads for gathers and scatters.
func NewAccel(dev Device, workers int) *Accel {
	return newAccel(dev, workers, max(dev.Limit(), minDeviceLimit))
}

// newAccel is NewAccel with any limit: tests use tiny ones so that every instruction is tiled,
// and some cannot fit at all (those run on the host, as an instruction whose single row
// exceeded a real device's limit would).
func newAccel(dev Device, workers, limit int) *Accel {
	host := NewCPU(workers)
	// Streaming blocks hold sources and destination together: the same budget as one call.
	host.block = min(defaultBlock, limit)
	return &Accel{dev: dev, host: host, limit: limit}
}

// Name is the device's name.
func (a *Accel) Name() string { return a.dev.Name() }

// Device is the device the backend runs on.
func (a *Accel) Device() Device { return a.dev }

// Exec runs one instruction's EXEC phase on mem with CPU.Exec's contract; an error from the
// device is a *DeviceError.
func (a *Accel) Exec(ctx context.Context, mem *memory.Memory, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	return a.exec(ctx, mem, in, t)
}

func (a *Accel) exec(ctx context.Context, m rw, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	o, err := decodeOperands(in, t)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.mustStep(in.Op) {
		return a.host.stepwise(ctx, m, in, o)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	switch in.Op {
	case isa.OpMatMul:
		err = a.matmul(ctx, m, o)
	case isa.OpRequant:
		err = a.requant(ctx, m, in, o)
	case isa.OpAdd:
		err = a.add(ctx, m, in, o)
	case isa.OpLUT8:
		err = a.lut8(ctx, m, o)
	case isa.OpArgMax:
		err = a.argmax(ctx, m, o)
	case isa.OpMaxPool, isa.OpIm2Col:
		err = a.window(ctx, m, in.Op, o)
	case isa.OpCopy:
		err = a.host.copyOp(ctx, m, o)
	default:
		err = fmt.Errorf("opcode %s has no EXEC phase", in.Op)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", in.Op, err)
	}
	return nil
}

// devErr marks an error returned by the device.
func (a *Accel) devErr(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &DeviceError{Device: a.dev.Name(), Err: err}
}

// matmulTile picks the rows of A per block (mb) and of B per group (nb) so that one call's
// A block, B group, bias and results fit the limit: mb·k + nb·k + 4·nb + 4·mb·nb ≤ limit. It
// prefers all of B (each B byte then crosses to the device once per A block), then as many
// rows of A as fit beside it.
func matmulTile(limit, m, n, k int) (mb, nb int) {
	fits := func(mb, nb int) bool { return mb*k+nb*k+4*nb+4*mb*nb <= limit }
	nb = n
	for nb > 1 && !fits(1, nb) {
		nb = (nb + 1) / 2
	}
	mb = m
	for mb > 1 && !fits(mb, nb) {
		mb = (mb + 1) / 2
	}
	return mb, nb
}

// matmul gathers A in blocks of rows and B in groups of rows (columns of D) that fit the
// device, and assembles D's rows on the host before writing them.
func (a *Accel) matmul(ctx context.Context, m rw, o *operands) error {
	d, av, bv := o.d, o.a, o.b
	rows, n, k := av.rows, bv.rows, av.cols
	var bias []int32
	if o.c != nil {
		raw := make([]byte, o.c.rowLen)
		o.c.readRows(m, 0, 1, raw)
		bias = make([]int32, n)
		for j := range bias {
			bias[j] = int32(binary.LittleEndian.Uint32(raw[4*j:]))
		}
	}
	mb, nb := matmulTile(a.limit, rows, n, k)
	if mb*k+nb*k+4*nb+4*mb*nb > a.limit {
		// One row of A and one of B do not fit: a limit below minDeviceLimit (tests) does that.
		return a.host.matmul(ctx, m, o)
	}
	ab := a.host.pool.getBytes(mb * k)
	defer a.host.pool.putBytes(ab)
	bb := a.host.pool.getBytes(min(nb, n) * k)
	defer a.host.pool.putBytes(bb)
	tile := a.host.pool.getInts(mb * nb)
	defer a.host.pool.putInts(tile)
	drow := a.host.pool.getInts(mb * n)
	defer a.host.pool.putInts(drow)
	out := a.host.pool.getBytes(mb * d.rowLen)
	defer a.host.pool.putBytes(out)
	// Gathering B is a dense read of rows [j0, j1) of B without their padding; A the same.
	gather := func(v *view, r0, nr int, dst []byte) { a.host.readRows(m, v, r0, nr, dst[:nr*v.rowLen]) }
	oneGroup := nb >= n
	if oneGroup {
		gather(bv, 0, n, bb)
	}
	for i0 := 0; i0 < rows; i0 += mb {
		nr := min(mb, rows-i0)
		gather(av, i0, nr, ab)
		for j0 := 0; j0 < n; j0 += nb {
			if err := ctx.Err(); err != nil {
				return err
			}
			ng := min(nb, n-j0)
			if !oneGroup {
				gather(bv, j0, ng, bb)
			}
			var gb []int32
			if bias != nil {
				gb = bias[j0 : j0+ng]
			}
			res := tile[:nr*ng]
			if err := a.devErr(a.dev.MatMul(ctx, ab[:nr*k], bb[:ng*k], nr, ng, k, gb, res)); err != nil {
				return err
			}
			for i := range nr {
				copy(drow[i*n+j0:i*n+j0+ng], res[i*ng:(i+1)*ng])
			}
		}
		for i := range nr {
			putInt32s(out[i*d.rowLen:(i+1)*d.rowLen], drow[i*n:(i+1)*n])
		}
		d.writeRows(m, i0, nr, out)
	}
	return nil
}

// stream is CPU.stream in blocks that fit the device beside extra bytes of parameters. If one
// row does not fit, host runs the whole instruction instead.
func (a *Accel) stream(ctx context.Context, m rw, d *view, srcs []*view, extra int, f func(dst []byte, src [][]byte, nr int) error, host func() error) error {
	budget := min(a.host.block, a.limit-extra)
	if streamRowBytes(d, srcs) > budget {
		return host()
	}
	return a.host.streamBlock(ctx, m, budget, d, srcs, f)
}

func (a *Accel) requant(ctx context.Context, m rw, in *isa.Instr, o *operands) error {
	ra, err := a.host.readRequantArgs(m, in, o)
	if err != nil {
		return err
	}
	args := &RequantArgs{Bias: ra.bias, Mul: ra.mul, Shift: ra.shift, Zero: ra.rp.Zero, Lo: ra.rp.Lo, Hi: ra.rp.Hi}
	cols := o.d.cols
	return a.stream(ctx, m, o.d, []*view{o.a}, 9*cols, func(dst []byte, src [][]byte, nr int) error {
		return a.devErr(a.dev.Requant(ctx, src[0][:nr*4*cols], nr, cols, args, dst))
	}, func() error { return a.host.requant(ctx, m, in, o) })
}

func (a *Accel) add(ctx context.Context, m rw, in *isa.Instr, o *operands) error {
	p, err := addArgs(in)
	if err != nil {
		return err
	}
	return a.stream(ctx, m, o.d, []*view{o.a, o.b}, 0, func(dst []byte, src [][]byte, nr int) error {
		return a.devErr(a.dev.Add(ctx, src[0][:len(dst)], src[1][:len(dst)], &p, dst))
	}, func() error { return a.host.add(ctx, m, in, o) })
}

func (a *Accel) lut8(ctx context.Context, m rw, o *operands) error {
	var tab [256]byte
	o.b.readRows(m, 0, 1, tab[:])
	return a.stream(ctx, m, o.d, []*view{o.a}, len(tab), func(dst []byte, src [][]byte, nr int) error {
		return a.devErr(a.dev.LUT8(ctx, src[0][:len(dst)], &tab, dst))
	}, func() error { return a.host.lut8(ctx, m, o) })
}

func (a *Accel) argmax(ctx context.Context, m rw, o *operands) error {
	cols := o.a.cols
	return a.stream(ctx, m, o.d, []*view{o.a}, 0, func(dst []byte, src [][]byte, nr int) error {
		return a.devErr(a.dev.ArgMax(ctx, src[0][:nr*cols], nr, cols, dst))
	}, func() error { return a.host.argmax(ctx, m, o) })
}

// window gathers the input image on the host (as the CPU backend does) and hands the device
// blocks of whole output rows with just the input rows they read, so that a large image
// crosses to the device in tiles that fit.
func (a *Accel) window(ctx context.Context, m rw, op isa.Opcode, o *operands) error {
	d, av, w := o.d, o.a, o.win
	ch, ow, oh := av.cols, o.ow, o.oh
	W, H := int(w.W), int(w.H)
	img := a.host.pool.getBytes(av.rows * av.rowLen)
	defer a.host.pool.putBytes(img)
	a.host.readRows(m, av, 0, av.rows, img)
	imgRow := W * ch // bytes of one image row
	// inRows is the band of input rows output rows [r0, r1) read: y = oy·SH + dy − pad.
	inRows := func(r0, r1 int) (int, int) {
		pad := 0
		if op == isa.OpIm2Col {
			pad = int(w.Pad)
		}
		// Both ends are clamped to the image: with enough padding an output row (the bottom
		// ones, typically) reads nothing but padding, and its band is empty.
		y0 := min(H, max(0, r0*int(w.SH)-pad))
		y1 := min(H, (r1-1)*int(w.SH)+int(w.KH)-pad)
		return y0, max(y0, y1)
	}
	bytes := func(r0, r1 int) int {
		y0, y1 := inRows(r0, r1)
		return (y1-y0)*imgRow + (r1-r0)*ow*d.rowLen
	}
	// Every single output row must fit, not just the first: padding clips the band of the top
	// (and bottom) rows, so an inner row can read more input rows than row 0 does.
	widest := 0
	for r := 0; r < oh; r++ {
		widest = max(widest, bytes(r, r+1))
	}
	if widest > a.limit {
		// Some output row and the input rows it reads do not fit: the host computes it all.
		if op == isa.OpMaxPool {
			return a.host.maxpool(ctx, m, o)
		}
		return a.host.im2col(ctx, m, o)
	}
	out := a.host.pool.getBytes(min(d.rows*d.rowLen, max(ow*d.rowLen, a.limit)))
	defer a.host.pool.putBytes(out)
	for r0 := 0; r0 < oh; {
		if err := ctx.Err(); err != nil {
			return err
		}
		// The longest band of output rows that fits, found by doubling then halving.
		r1 := r0 + 1
		for step := 1; r1+step <= oh && bytes(r0, r1+step) <= a.limit && (r1+step-r0)*ow*d.rowLen <= len(out); step *= 2 {
			r1 += step
		}
		y0, y1 := inRows(r0, r1)
		p0, p1 := r0*ow, r1*ow
		dst := out[:(p1-p0)*d.rowLen]
		if err := a.devErr(a.dev.Window(ctx, op, &w, ch, ow, img[y0*imgRow:y1*imgRow], y0, p0, p1, dst)); err != nil {
			return err
		}
		d.writeRows(m, p0, p1-p0, dst)
		r0 = r1
	}
	return nil
}
