package examples

import (
	"errors"
	"fmt"
	"math"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

// RandomOptions bound a random program. Zero fields take the defaults in brackets.
type RandomOptions struct {
	MaxInstrs int    // instructions before the final COPY and HALT, at most [8]
	MaxSteps  uint64 // trace length, at most [65536]; at least 6 (START, one COPY, HALT)
	MaxBytes  uint64 // object size, at most [1 MiB]
	MaxDim    int    // usual bound on a generated row or column count [40]
}

func (o RandomOptions) withDefaults() RandomOptions {
	if o.MaxInstrs <= 0 {
		o.MaxInstrs = 8
	}
	if o.MaxSteps == 0 {
		o.MaxSteps = 1 << 16
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = 1 << 20
	}
	if o.MaxDim <= 0 {
		o.MaxDim = 40
	}
	return o
}

// Random returns a random valid program and a random input for it (the dense form of its
// input tensor; program.Pack gives the memory form). The same seed and options give the same
// program on every platform.
//
// Programs draw ops uniformly over the instruction set with shapes meant to find bugs: sizes
// of 1 and 31–33 and 63–65 around the leaf, a MATMUL with K near isa.MaxMatMulK now and then (if
// the budgets allow), int32 constants full of INT32_MIN and INT32_MAX (also as REQUANT inputs),
// a MATMUL on a never-written arena tensor (so its result is exactly its bias), per-channel and
// per-tensor REQUANT with and without params, extreme multipliers, windows with padding and
// strides, reshaping COPYs and views (an int32 tensor read as int8). The last result is copied
// into the output under a random reshape.
//
// An error means the budgets cannot hold even the smallest program, or a generator bug.
func Random(seed uint64, opts RandomOptions) (*program.Program, []byte, error) {
	opts = opts.withDefaults()
	if opts.MaxSteps < 6 {
		return nil, nil, fmt.Errorf("examples.Random: MaxSteps %d below the minimum 6", opts.MaxSteps)
	}
	if opts.MaxBytes < 5*isa.LeafSize { // header, COPY, HALT, input and output declarations
		return nil, nil, fmt.Errorf("examples.Random: MaxBytes %d below the minimum %d", opts.MaxBytes, 5*isa.LeafSize)
	}
	g := &gen{r: newRNG(seed), b: program.NewBuilder(), o: opts}
	input := g.start()
	for tries := 0; g.b.NumInstrs() < opts.MaxInstrs && tries < 4*opts.MaxInstrs; tries++ {
		g.step()
	}
	g.finish()
	p, err := g.b.Build()
	if err != nil {
		return nil, nil, fmt.Errorf("examples.Random(seed %d): %w", seed, err)
	}
	return p, input, nil
}

// gen tracks the budgets and the tensors available as operands.
type gen struct {
	r *rng
	b *program.Builder
	o RandomOptions

	steps  uint64 // trace length so far, START included
	bytes  uint64 // object size so far, HALT and the final COPY and output included
	int8s  []program.Ref
	int32s []program.Ref
	last   program.Ref // the latest result: the one copied into the output
}

var errBudget = errors.New("over budget")

// fits reports whether an instruction of n steps and extra object bytes (its declarations and
// constants; the instruction's own leaf is added here) still leaves room for the final COPY of
// a result of res elements and for HALT. n = 0 means no instruction (a view).
func (g *gen) fits(n, extra, res uint64) bool {
	if n > 0 {
		extra += isa.LeafSize
	}
	return g.steps+n+(3+res)+1 <= g.o.MaxSteps && g.bytes+extra <= g.o.MaxBytes
}

func (g *gen) start() []byte {
	// Header, HALT, final COPY, output declaration: 4 leaves; the input declaration: 1.
	g.steps, g.bytes = 1, 5*isa.LeafSize
	budget := (g.o.MaxSteps - 5) // a COPY of the input itself must fit: 3 + elems + HALT + START
	var rows, cols int
	for {
		rows, cols = g.dim(), g.dim()
		if uint64(rows*cols) <= budget {
			break
		}
		if g.r.chance(2) {
			rows, cols = 1, 1
			break
		}
	}
	in := g.b.Input(rows, cols)
	g.int8s = append(g.int8s, in)
	g.last = in
	data := make([]byte, rows*cols)
	for i := range data {
		data[i] = byte(g.r.int8Edgy())
	}
	return data
}

// dim draws a row or column count: usually small, often 1, sometimes straddling a leaf.
func (g *gen) dim() int {
	switch g.r.intn(10) {
	case 0:
		return 1
	case 1, 2:
		return [...]int{31, 32, 33, 63, 64, 65}[g.r.intn(6)]
	}
	return g.r.between(1, g.o.MaxDim)
}

func (g *gen) pick8() program.Ref { return g.int8s[g.r.intn(len(g.int8s))] }
func (g *gen) shape(t program.Ref) (rows, cols uint64) {
	d := g.b.Tensor(t)
	return uint64(d.Rows), uint64(d.Cols)
}

// step tries one random operation; over-budget attempts leave no trace.
func (g *gen) step() {
	ops := []func() error{g.matmul, g.requant, g.add, g.lut8, g.maxpool, g.im2col, g.argmax, g.copyReshape, g.view}
	_ = ops[g.r.intn(len(ops))]() // errBudget only: the attempt declared and emitted nothing
}

func leaves(rows, cols uint64, dt isa.DType) uint64 {
	t := isa.Tensor{DType: dt, Rows: uint32(rows), Cols: uint32(cols)}
	return t.Bytes()
}

// emitted records an instruction: its steps, its declarations' and constants' bytes.
func (g *gen) emitted(steps, bytes uint64, dst program.Ref) {
	g.steps += steps
	g.bytes += bytes + isa.LeafSize
	g.last = dst
	if g.b.Tensor(dst).DType == isa.Int8 {
		g.int8s = append(g.int8s, dst)
	} else {
		g.int32s = append(g.int32s, dst)
	}
}

func (g *gen) const8(rows, cols uint64) program.Ref {
	v := make([]int8, rows*cols)
	for i := range v {
		v[i] = g.r.int8Edgy()
	}
	return g.b.ConstInt8(int(rows), int(cols), v)
}

func (g *gen) const32(rows, cols uint64) program.Ref {
	v := make([]int32, rows*cols)
	for i := range v {
		v[i] = g.r.int32Edgy()
	}
	return g.b.ConstInt32(int(rows), int(cols), v)
}

func (g *gen) shift() int8 { return int8(-g.r.intn(-isa.MinShift + 1)) }

// clamp draws lo ≤ hi.
func (g *gen) clamp() (lo, hi int8) {
	if g.r.chance(3) {
		return math.MinInt8, math.MaxInt8
	}
	a, b := g.r.int8(), g.r.int8()
	return min(a, b), max(a, b)
}

func (g *gen) matmul() error {
	const (
		fromPool = iota
		bigK     // K at the validator's bound, a single output row
		zeros    // a fresh arena tensor: all zeros, so D is exactly the bias
	)
	mode := fromPool
	switch {
	case g.r.chance(12):
		mode = bigK
	case g.r.chance(6):
		mode = zeros
	}
	var a program.Ref
	var m, k, extra uint64
	n := uint64(g.dim())
	switch mode {
	case bigK:
		k = uint64(isa.MaxMatMulK - g.r.intn(64))
		m, n = 1, uint64(g.r.between(1, 2))
		extra = isa.LeafSize + leaves(1, k, isa.Int8)
	case zeros:
		m, k = uint64(g.dim()), uint64(g.dim())
		extra = isa.LeafSize
	default:
		a = g.pick8()
		m, k = g.shape(a)
		if k > isa.MaxMatMulK {
			return errBudget
		}
	}
	bias := g.r.chance(2)
	steps := 1 + 3 + m*n*(isa.Chunks(k)+1)
	extra += 2*isa.LeafSize + leaves(n, k, isa.Int8) // D and W
	if bias {
		steps++
		extra += isa.LeafSize + leaves(1, n, isa.Int32)
	}
	if !g.fits(steps, extra, m*n) {
		return errBudget
	}
	switch mode {
	case bigK:
		a = g.const8(1, k)
	case zeros:
		a = g.b.Arena(isa.Int8, int(m), int(k))
	}
	w := g.const8(n, k)
	c := program.None
	if bias {
		c = g.const32(1, n)
	}
	d := g.b.Arena(isa.Int32, int(m), int(n))
	g.b.MatMul(d, a, w, c)
	g.emitted(steps, extra, d)
	return nil
}

func (g *gen) requant() error {
	var a program.Ref
	var rows, cols, extra uint64
	if len(g.int32s) == 0 || g.r.chance(4) { // a constant full of extremes
		rows, cols = uint64(g.dim()), uint64(g.dim())
		extra = isa.LeafSize + leaves(rows, cols, isa.Int32)
		a = program.None
	} else {
		a = g.int32s[g.r.intn(len(g.int32s))]
		rows, cols = g.shape(a)
	}
	perTensor := g.r.chance(2)
	withParams := !perTensor || g.r.chance(2)
	steps := 1 + 2 + rows*cols
	extra += isa.LeafSize // dst
	if withParams {
		steps++
		extra += isa.LeafSize + cols*isa.LeafSize
	}
	if !g.fits(steps, extra, rows*cols) {
		return errBudget
	}
	if a == program.None {
		a = g.const32(rows, cols)
	}
	params := program.None
	if withParams {
		ch := make([]program.RequantChannel, cols)
		for j := range ch {
			ch[j] = program.RequantChannel{Bias: g.r.int32Edgy(), Mul: g.r.int32Edgy(), Shift: g.shift()}
			if perTensor && !g.r.chance(4) {
				ch[j].Mul, ch[j].Shift = 0, 0 // unused words, usually zero
			}
		}
		params = g.b.ConstRequant(ch)
	}
	d := g.b.Arena(isa.Int8, int(rows), int(cols))
	zp := g.r.int8()
	lo, hi := g.clamp()
	if perTensor {
		g.b.RequantPerTensor(d, a, params, g.r.int32Edgy(), g.shift(), zp, lo, hi)
	} else {
		g.b.Requant(d, a, params, zp, lo, hi)
	}
	g.emitted(steps, extra, d)
	return nil
}

func (g *gen) add() error {
	a := g.pick8()
	rows, cols := g.shape(a)
	// The other operand: a tensor of the same shape if there is one (a itself included).
	var same []program.Ref
	for _, t := range g.int8s {
		if r, c := g.shape(t); r == rows && c == cols {
			same = append(same, t)
		}
	}
	fresh := g.r.chance(3)
	steps, extra := 1+3+rows*cols, uint64(isa.LeafSize)
	if fresh {
		extra += isa.LeafSize + leaves(rows, cols, isa.Int8)
	}
	if !g.fits(steps, extra, rows*cols) {
		return errBudget
	}
	c := same[g.r.intn(len(same))]
	if fresh {
		c = g.const8(rows, cols)
	}
	lo, hi := g.clamp()
	off := func() int16 { return int16(g.r.between(-255, 255)) }
	p := isa.AddParams{
		OffA: off(), OffB: off(),
		MulA: g.r.int32Edgy(), ShiftA: g.shift(),
		MulB: g.r.int32Edgy(), ShiftB: g.shift(),
		MulOut: g.r.int32Edgy(), ShiftOut: g.shift(),
		ZeroOut: g.r.int8(), Lo: lo, Hi: hi,
	}
	d := g.b.Arena(isa.Int8, int(rows), int(cols))
	g.b.Add(d, a, c, p)
	g.emitted(steps, extra, d)
	return nil
}

func (g *gen) lut8() error {
	a := g.pick8()
	rows, cols := g.shape(a)
	steps, extra := 1+3+rows*cols, 2*isa.LeafSize+leaves(1, 256, isa.Int8)
	if !g.fits(steps, extra, rows*cols) {
		return errBudget
	}
	var table [256]int8
	for i := range table {
		table[i] = g.r.int8()
	}
	t := g.b.ConstLUT(&table)
	d := g.b.Arena(isa.Int8, int(rows), int(cols))
	g.b.LUT8(d, a, t)
	g.emitted(steps, extra, d)
	return nil
}

// image views an int8 [R, Ch] tensor as an H×W image: H a random divisor of R.
func (g *gen) image(a program.Ref) (h, w, ch uint64, ok bool) {
	rows, ch := g.shape(a)
	ds := divisors(rows)
	h = ds[g.r.intn(len(ds))]
	w = rows / h
	return h, w, ch, h <= math.MaxUint16 && w <= math.MaxUint16
}

func (g *gen) window(pad bool, h, w uint64) (isa.Window, uint64, uint64, bool) {
	win := isa.Window{H: uint16(h), W: uint16(w), SH: uint8(g.r.between(1, 3)), SW: uint8(g.r.between(1, 3))}
	win.KH, win.KW = uint8(g.r.between(1, 4)), uint8(g.r.between(1, 4))
	if pad {
		win.Pad = uint8(g.r.intn(int(min(win.KH, win.KW))))
		win.PadValue = g.r.int8Edgy()
	}
	oh, ow, err := win.OutDims()
	return win, oh, ow, err == nil
}

func (g *gen) maxpool() error {
	a := g.pick8()
	h, w, ch, ok := g.image(a)
	if !ok {
		return errBudget
	}
	win, oh, ow, ok := g.window(false, h, w)
	if !ok {
		return errBudget
	}
	elems := oh * ow * ch
	steps := 1 + 2 + elems*(uint64(win.KH)*uint64(win.KW)+1)
	if !g.fits(steps, isa.LeafSize, elems) {
		return errBudget
	}
	d := g.b.Arena(isa.Int8, int(oh*ow), int(ch))
	g.b.MaxPool(d, a, win)
	g.emitted(steps, isa.LeafSize, d)
	return nil
}

func (g *gen) im2col() error {
	a := g.pick8()
	h, w, ch, ok := g.image(a)
	if !ok {
		return errBudget
	}
	win, oh, ow, ok := g.window(true, h, w)
	if !ok {
		return errBudget
	}
	cols := uint64(win.KH) * uint64(win.KW) * ch
	elems := oh * ow * cols
	steps := 1 + 2 + elems
	if cols > math.MaxUint32 || !g.fits(steps, isa.LeafSize, elems) {
		return errBudget
	}
	d := g.b.Arena(isa.Int8, int(oh*ow), int(cols))
	g.b.Im2Col(d, a, win)
	g.emitted(steps, isa.LeafSize, d)
	return nil
}

func (g *gen) argmax() error {
	a := g.pick8()
	rows, cols := g.shape(a)
	steps := 1 + 2 + rows*(cols+1)
	if !g.fits(steps, isa.LeafSize, rows) {
		return errBudget
	}
	d := g.b.Arena(isa.Int32, int(rows), 1)
	g.b.ArgMax(d, a)
	g.emitted(steps, isa.LeafSize, d)
	return nil
}

// reshape draws a random factorization rows·cols = elems.
func (g *gen) reshape(elems uint64) (rows, cols uint64) {
	ds := divisors(elems)
	rows = ds[g.r.intn(len(ds))]
	return rows, elems / rows
}

func (g *gen) copyReshape() error {
	pool := g.int8s
	if len(g.int32s) > 0 && g.r.chance(2) {
		pool = g.int32s
	}
	a := pool[g.r.intn(len(pool))]
	rows, cols := g.shape(a)
	elems := rows * cols
	steps := 1 + 2 + elems
	if !g.fits(steps, isa.LeafSize, elems) {
		return errBudget
	}
	r, c := g.reshape(elems)
	d := g.b.Arena(g.b.Tensor(a).DType, int(r), int(c))
	g.b.Copy(d, a)
	g.emitted(steps, isa.LeafSize, d)
	return nil
}

// view declares a view, no instruction: an int32 result read as int8 (four bytes per element,
// same stride), or the leading rows of an int8 tensor.
func (g *gen) view() error {
	if !g.fits(0, isa.LeafSize, 0) {
		return errBudget
	}
	var v program.Ref
	if len(g.int32s) > 0 && g.r.chance(2) {
		a := g.int32s[g.r.intn(len(g.int32s))]
		rows, cols := g.shape(a)
		if 4*cols > math.MaxUint32 {
			return errBudget
		}
		v = g.b.View(a, isa.Int8, int(rows), int(4*cols))
	} else {
		a := g.pick8()
		rows, cols := g.shape(a)
		v = g.b.View(a, isa.Int8, g.r.between(1, int(rows)), int(cols))
	}
	g.bytes += isa.LeafSize
	g.int8s = append(g.int8s, v)
	return nil
}

// finish copies the latest result into the output under a random reshape.
func (g *gen) finish() {
	last := g.b.Tensor(g.last)
	r, c := g.reshape(last.Elems())
	out := g.b.Output(last.DType, int(r), int(c))
	g.b.Copy(out, g.last)
}

// divisors returns the divisors of n ≥ 1 in increasing order.
func divisors(n uint64) []uint64 {
	var lo, hi []uint64
	for d := uint64(1); d*d <= n; d++ {
		if n%d == 0 {
			lo = append(lo, d)
			if d*d != n {
				hi = append(hi, n/d)
			}
		}
	}
	for i := len(hi) - 1; i >= 0; i-- {
		lo = append(lo, hi[i])
	}
	return lo
}
