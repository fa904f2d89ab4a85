// Package examples holds reference fraudvm programs: a small MLP and a small CNN for 28×28
// int8 digit images, a sample image, and Random, a generator of random valid programs for
// property tests of the interpreter, the backends and the verifier.
//
// Everything here is integer-only and seeded: the weights come from SplitMix64 with fixed seeds,
// the GELU table from fixed-point arithmetic, and the requantization multipliers from a
// calibration pass over SampleInput in exact integer arithmetic (as post-training quantization
// does with floats). So each example is the same object, with the same root, on every platform.
//
// Programs follow docs/spec/fraudvm.md §3.
package examples

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

const (
	imageSide = 28
	imageSize = imageSide * imageSide
	classes   = 10

	mlpHidden  = 128
	cnnFilters = 8

	mlpSeed = 0x6d6c_7000_0001
	cnnSeed = 0x636e_6e00_0001
)

// SampleInput is a deterministic 28×28 int8 image, row-major, one byte per pixel: a "7" drawn
// with a soft 3×3 brush, background 0, stroke up to 127 (symmetric int8 quantization of a
// [0,1] image). It is the dense form of both examples' inputs (int8 [1,784]);
// program.Pack turns it into the input region's memory form.
func SampleInput() []byte {
	var img [imageSize]int8
	stamp := func(y, x int) {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				yy, xx := y+dy, x+dx
				if yy < 0 || yy >= imageSide || xx < 0 || xx >= imageSide {
					continue
				}
				v := int8(127) // centre
				switch {
				case dy != 0 && dx != 0:
					v = 40
				case dy != 0 || dx != 0:
					v = 88
				}
				img[yy*imageSide+xx] = max(img[yy*imageSide+xx], v)
			}
		}
	}
	// Bresenham's line, stamping the brush at every point.
	line := func(y0, x0, y1, x1 int) {
		dy, dx := -abs(y1-y0), abs(x1-x0)
		sy, sx := sign(y1-y0), sign(x1-x0)
		e := dx + dy
		for {
			stamp(y0, x0)
			if y0 == y1 && x0 == x1 {
				return
			}
			if 2*e >= dy {
				e += dy
				x0 += sx
			}
			if 2*e <= dx {
				e += dx
				y0 += sy
			}
		}
	}
	line(5, 7, 5, 20)    // top bar
	line(5, 20, 23, 10)  // stem
	line(14, 11, 14, 18) // crossbar
	out := make([]byte, imageSize)
	for i, v := range img {
		out[i] = byte(v)
	}
	return out
}

// MLP is a two-layer int8 perceptron for a 28×28 image flattened to int8 [1,784]:
//
//	MATMUL 784→128 with int32 bias, REQUANT per-channel with a ReLU clamp, LUT8 (integer GELU),
//	MATMUL 128→10, REQUANT per-tensor, ADD a constant int8 bias vector → int8 [1,10] logits.
//
// It panics only if the example itself is broken, which its tests rule out.
func MLP() *program.Program {
	p, err := buildMLP()
	if err != nil {
		panic(fmt.Sprintf("examples: MLP does not build: %v", err))
	}
	return p
}

// CNN is a one-convolution int8 network for a 28×28×1 image, given as one dense row int8
// [1,784]:
//
//	COPY to [784,1] (NHWC), IM2COL 3×3 pad 1, MATMUL with 8 filters + bias, REQUANT
//	per-channel ReLU, MAXPOOL 2×2/2, COPY to [1,1568], MATMUL 1568→10, REQUANT per-tensor with
//	bias, ARGMAX → int32 [1,1].
//
// The input is a row rather than [784,1] because a job's input is paid for in its memory form,
// where every row starts a 32-byte leaf: [784,1] would put 25,088 bytes in the batch for 784
// pixels, the row takes 800. The first COPY, one step per pixel, lays it out as IM2COL reads it.
//
// It panics only if the example itself is broken, which its tests rule out.
func CNN() *program.Program {
	p, err := buildCNN()
	if err != nil {
		panic(fmt.Sprintf("examples: CNN does not build: %v", err))
	}
	return p
}

func buildMLP() (*program.Program, error) {
	r := newRNG(mlpSeed)
	x := int8s(SampleInput())

	// Layer 1: row j of W1 draws from [−r_j, r_j], as per-channel weight scales differ; the
	// per-channel multipliers undo that spread.
	w1 := make([]int8, mlpHidden*imageSize)
	spread := make([]int, mlpHidden)
	for j := range mlpHidden {
		spread[j] = r.between(24, 127)
		for i := range imageSize {
			w1[j*imageSize+i] = int8(r.between(-spread[j], spread[j]))
		}
	}
	acc1 := matmul(x, 1, imageSize, w1, mlpHidden, nil)
	peak := maxAbs(acc1)
	b1 := make([]int32, mlpHidden)
	for j := range b1 {
		b1[j] = int32(r.between(-int(peak/16), int(peak/16)))
		acc1[j] += b1[j]
	}
	// Normalize each channel to full weight range, then map the largest to 120.
	norm := uint64(1)
	for j, v := range acc1 {
		norm = max(norm, uint64(absInt64(int64(v))*127/int64(spread[j])))
	}
	params1 := make([]program.RequantChannel, mlpHidden)
	a1 := make([]int8, mlpHidden)
	for j := range params1 {
		m, s := quantizeRatio(120*127, norm*uint64(spread[j]))
		params1[j] = program.RequantChannel{Bias: 0, Mul: m, Shift: s} // bias is in the MATMUL
		a1[j] = isa.Requant(acc1[j], 0, m, s, 0, 0, 127)
	}
	gelu := GELUTable()
	a2 := make([]int8, mlpHidden)
	for j, v := range a1 {
		a2[j] = gelu[uint8(v)]
	}

	// Layer 2.
	w2 := make([]int8, classes*mlpHidden)
	for i := range w2 {
		w2[i] = int8(r.between(-127, 127))
	}
	acc2 := matmul(a2, 1, mlpHidden, w2, classes, nil)
	m2, s2 := quantizeRatio(100, max(maxAbs(acc2), 1))
	bias3 := make([]int8, classes)
	for i := range bias3 {
		bias3[i] = int8(r.between(-20, 20))
	}
	// ADD: out = a + 1.5·(c + 3). Inputs are rescaled by 0.5 and 0.75 at 2^20 and the sum is
	// brought back by 2^−19: mul 2^30 with shift 0 is 0.5; 0.75·2^31 with shift 0 is 0.75;
	// 2^30 with shift −18 is 2^−19.
	add := isa.AddParams{
		OffA: 0, OffB: 3,
		MulA: 1 << 30, ShiftA: 0,
		MulB: 3 << 29, ShiftB: 0,
		MulOut: 1 << 30, ShiftOut: -18,
		ZeroOut: 0, Lo: math.MinInt8, Hi: math.MaxInt8,
	}

	b := program.NewBuilder()
	in := b.Input(1, imageSize)
	tw1 := b.ConstInt8(mlpHidden, imageSize, w1)
	tb1 := b.ConstInt32(1, mlpHidden, b1)
	tp1 := b.ConstRequant(params1)
	tg := b.ConstLUT(&gelu)
	tw2 := b.ConstInt8(classes, mlpHidden, w2)
	tb3 := b.ConstInt8(1, classes, bias3)
	h1 := b.Arena(isa.Int32, 1, mlpHidden)
	q1 := b.Arena(isa.Int8, 1, mlpHidden)
	g1 := b.Arena(isa.Int8, 1, mlpHidden)
	h2 := b.Arena(isa.Int32, 1, classes)
	q2 := b.Arena(isa.Int8, 1, classes)
	out := b.Output(isa.Int8, 1, classes)

	b.MatMul(h1, in, tw1, tb1)
	b.Requant(q1, h1, tp1, 0, 0, 127)
	b.LUT8(g1, q1, tg)
	b.MatMul(h2, g1, tw2, program.None)
	b.RequantPerTensor(q2, h2, program.None, m2, s2, 0, math.MinInt8, math.MaxInt8)
	b.Add(out, q2, tb3, add)
	return b.Build()
}

func buildCNN() (*program.Program, error) {
	r := newRNG(cnnSeed)
	x := int8s(SampleInput())
	const k = 9 // 3×3×1 patch
	win := isa.Window{H: imageSide, W: imageSide, KH: 3, KW: 3, SH: 1, SW: 1, Pad: 1, PadValue: 0}
	pool := isa.Window{H: imageSide, W: imageSide, KH: 2, KW: 2, SH: 2, SW: 2}
	const pooled = imageSize / 4

	filters := make([]int8, cnnFilters*k)
	for f := range cnnFilters {
		s := r.between(32, 127)
		for i := range k {
			filters[f*k+i] = int8(r.between(-s, s))
		}
	}
	cols := im2col3x3(x)
	conv := matmul(cols, imageSize, k, filters, cnnFilters, nil)
	bias1 := make([]int32, cnnFilters)
	params1 := make([]program.RequantChannel, cnnFilters)
	for f := range cnnFilters {
		peak := uint64(1)
		for p := range imageSize {
			peak = max(peak, uint64(absInt64(int64(conv[p*cnnFilters+f]))))
		}
		bias1[f] = int32(r.between(-int(peak/8), int(peak/8)))
		m, s := quantizeRatio(120, peak+uint64(absInt64(int64(bias1[f]))))
		params1[f] = program.RequantChannel{Mul: m, Shift: s}
	}
	act := make([]int8, imageSize*cnnFilters)
	for i, v := range conv {
		f := i % cnnFilters
		act[i] = isa.Requant(v, bias1[f], params1[f].Mul, params1[f].Shift, 0, 0, 127)
	}
	flat := make([]int8, pooled*cnnFilters) // MAXPOOL 2×2/2, then the COPY reshape is the identity on dense data
	for p := range pooled {
		oy, ox := p/(imageSide/2), p%(imageSide/2)
		for f := range cnnFilters {
			m := int8(math.MinInt8)
			for d := range 4 {
				y, xx := 2*oy+d/2, 2*ox+d%2
				m = max(m, act[(y*imageSide+xx)*cnnFilters+f])
			}
			flat[p*cnnFilters+f] = m
		}
	}

	w2 := make([]int8, classes*pooled*cnnFilters)
	for i := range w2 {
		w2[i] = int8(r.between(-127, 127))
	}
	logits := matmul(flat, 1, pooled*cnnFilters, w2, classes, nil)
	peak := max(maxAbs(logits), 1)
	bias2 := make([]int32, classes)
	for i := range bias2 {
		bias2[i] = int32(r.between(-int(peak/8), int(peak/8)))
	}
	m2, s2 := quantizeRatio(100, peak+peak/8)

	b := program.NewBuilder()
	in := b.Input(1, imageSize)
	tf := b.ConstInt8(cnnFilters, k, filters)
	tb1 := b.ConstInt32(1, cnnFilters, bias1)
	tp1 := b.ConstRequant(params1)
	tw2 := b.ConstInt8(classes, pooled*cnnFilters, w2)
	tb2 := b.ConstBias(bias2)
	timg := b.Arena(isa.Int8, imageSize, 1)
	tcols := b.Arena(isa.Int8, imageSize, k)
	tconv := b.Arena(isa.Int32, imageSize, cnnFilters)
	tact := b.Arena(isa.Int8, imageSize, cnnFilters)
	tpool := b.Arena(isa.Int8, pooled, cnnFilters)
	tflat := b.Arena(isa.Int8, 1, pooled*cnnFilters)
	tlog := b.Arena(isa.Int32, 1, classes)
	tq := b.Arena(isa.Int8, 1, classes)
	out := b.Output(isa.Int32, 1, 1)

	b.Copy(timg, in)
	b.Im2Col(tcols, timg, win)
	b.MatMul(tconv, tcols, tf, tb1)
	b.Requant(tact, tconv, tp1, 0, 0, 127)
	b.MaxPool(tpool, tact, pool)
	b.Copy(tflat, tpool)
	b.MatMul(tlog, tflat, tw2, program.None)
	b.RequantPerTensor(tq, tlog, tb2, m2, s2, 0, math.MinInt8, math.MaxInt8)
	b.ArgMax(out, tq)
	return b.Build()
}

// GELUTable is an int8 GELU for inputs and outputs quantized with scale 1/32 (x = q/32, so
// [−4, 4)), computed in Q16 fixed point with I-BERT's integer erf (Kim et al. 2021):
//
//	erf(u) ≈ sign(u)·(a·(min(|u|, −b) + b)² + 1),  a = −0.2888, b = −1.769
//	GELU(x) = x/2 · (1 + erf(x/√2)),  table[uint8(q)] = round(32·GELU(q/32)), clamped
func GELUTable() [256]int8 {
	const (
		one      = 1 << 16
		invSqrt2 = 46341    // round(2^16/√2)
		a        = -18927   // round(−0.2888·2^16)
		negB     = 115933   // round(1.769·2^16)
		toQ16    = one / 32 // q/32 in Q16 is q·2048
	)
	var t [256]int8
	for i := range t {
		x := int64(int8(i)) * toQ16
		u := x * invSqrt2 >> 16
		c := min(absInt64(u), negB) - negB // ≤ 0
		erf := a*(c*c>>16)>>16 + one
		if u < 0 {
			erf = -erf
		}
		y := x * (one + erf) >> 17
		t[i] = int8(max(min(roundDiv(y, toQ16), math.MaxInt8), math.MinInt8))
	}
	return t
}

// quantizeRatio returns a REQUANT multiplier and shift for the ratio num/den: m·2^shift/2^31
// ≈ num/den with m in [2^30, 2^31) and shift in [−31, 0]. Ratios ≥ 1 saturate to (2^31−1, 0)
// and ratios below 2^−32 to the smallest shift.
func quantizeRatio(num, den uint64) (int32, int8) {
	var q uint64
	for k := 0; k <= -isa.MinShift; k++ {
		hi, lo := bits.Mul64(num, 1<<(31+k))
		if hi >= den {
			return math.MaxInt32, 0
		}
		var rem uint64
		q, rem = bits.Div64(hi, lo, den)
		if rem >= den-rem {
			q++
		}
		switch {
		case q >= 1<<31 && k == 0:
			return math.MaxInt32, 0
		case q >= 1<<31: // rounding carried into the next octave
			return 1 << 30, int8(-(k - 1))
		case q >= 1<<30:
			return int32(q), int8(-k)
		}
	}
	return int32(q), isa.MinShift
}

// matmul is the reference of MATMUL on dense data: d[i][j] = Σ a[i][t]·w[j][t] (+ bias[j]),
// wrapping in int32.
func matmul(a []int8, m, k int, w []int8, n int, bias []int32) []int32 {
	d := make([]int32, m*n)
	for i := range m {
		for j := range n {
			var acc int32
			for t := range k {
				acc += int32(a[i*k+t]) * int32(w[j*k+t])
			}
			if bias != nil {
				acc += bias[j]
			}
			d[i*n+j] = acc
		}
	}
	return d
}

// im2col3x3 is IM2COL of a 28×28×1 image with a 3×3 window, stride 1, pad 1 of value 0.
func im2col3x3(x []int8) []int8 {
	out := make([]int8, 0, imageSize*9)
	for oy := range imageSide {
		for ox := range imageSide {
			for dy := range 3 {
				for dx := range 3 {
					y, xx := oy+dy-1, ox+dx-1
					v := int8(0)
					if y >= 0 && y < imageSide && xx >= 0 && xx < imageSide {
						v = x[y*imageSide+xx]
					}
					out = append(out, v)
				}
			}
		}
	}
	return out
}

func int8s(b []byte) []int8 {
	out := make([]int8, len(b))
	for i, v := range b {
		out[i] = int8(v)
	}
	return out
}

func maxAbs(v []int32) uint64 {
	m := uint64(0)
	for _, x := range v {
		m = max(m, uint64(absInt64(int64(x))))
	}
	return m
}

func absInt64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

// roundDiv is n/d rounded to nearest, ties away from zero (d > 0).
func roundDiv(n, d int64) int64 {
	if n < 0 {
		return -((-n + d/2) / d)
	}
	return (n + d/2) / d
}
