package onnx

import (
	"math"
	"slices"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

// Emission: where a result's integer form is fixed and instructions are written.

// convGeom is a 2-D convolution's geometry on an [H·W, C] image.
type convGeom struct {
	c, h, w, f     int // input channels, height, width; filters
	kh, kw, sh, sw int
	pad            int
	oh, ow         int
}

// convGeometry checks a Conv-like node's attributes against IM2COL: square padding on all
// sides, no dilation, one group.
func (im *importer) convGeometry(n *Node, x *tens, wdims []int64) *convGeom {
	if len(x.dims) != 4 || x.dims[0] != 1 {
		im.problem("input %v: only a single NCHW image [1,C,H,W]", x.dims)
		return nil
	}
	if len(wdims) != 4 {
		im.problem("weights %v: want [F,C,kH,kW]", wdims)
		return nil
	}
	g := &convGeom{c: int(x.dims[1]), h: int(x.dims[2]), w: int(x.dims[3]), f: int(wdims[0]), kh: int(wdims[2]), kw: int(wdims[3]), sh: 1, sw: 1}
	if group, _ := attrInt(n, "group", 1); group != 1 {
		im.problem("group=%d: grouped and depthwise convolutions are not supported (IM2COL reads every channel)", group)
		return nil
	}
	if int(wdims[1]) != g.c {
		im.problem("weights have %d input channels, the image %d", wdims[1], g.c)
		return nil
	}
	if ks, ok, _ := attrInts(n, "kernel_shape"); ok && (len(ks) != 2 || int(ks[0]) != g.kh || int(ks[1]) != g.kw) {
		im.problem("kernel_shape %v disagrees with the weights %v", ks, wdims)
		return nil
	}
	if d, ok, _ := attrInts(n, "dilations"); ok && slices.ContainsFunc(d, func(v int64) bool { return v != 1 }) {
		im.problem("dilations %v: only 1", d)
		return nil
	}
	if s, ok, _ := attrInts(n, "strides"); ok {
		if len(s) != 2 || s[0] < 1 || s[1] < 1 || s[0] > 255 || s[1] > 255 {
			im.problem("strides %v", s)
			return nil
		}
		g.sh, g.sw = int(s[0]), int(s[1])
	}
	pads, ok := im.pads(n, g.h, g.w, g.kh, g.kw, g.sh, g.sw)
	if !ok {
		return nil
	}
	g.pad = pads
	if g.h > math.MaxUint16 || g.w > math.MaxUint16 || g.kh > 255 || g.kw > 255 || g.pad > 255 {
		im.problem("image %dx%d, kernel %dx%d, pad %d: beyond the window immediates", g.h, g.w, g.kh, g.kw, g.pad)
		return nil
	}
	oh, ow, err := g.window(0).OutDims()
	if err != nil {
		im.problem("%v", err)
		return nil
	}
	g.oh, g.ow = int(oh), int(ow)
	return g
}

// pads returns the one padding IM2COL applies on every side.
func (im *importer) pads(n *Node, h, w, kh, kw, sh, sw int) (int, bool) {
	autoPad, _ := attrString(n, "auto_pad", "NOTSET")
	var p []int64
	switch autoPad {
	case "NOTSET", "":
		ps, ok, _ := attrInts(n, "pads")
		if !ok {
			ps = []int64{0, 0, 0, 0}
		}
		p = ps
	case "VALID":
		p = []int64{0, 0, 0, 0}
	case "SAME_UPPER", "SAME_LOWER":
		p = make([]int64, 4)
		for i, dim := range [][3]int{{h, kh, sh}, {w, kw, sw}} {
			out := (dim[0] + dim[2] - 1) / dim[2]
			total := max(0, (out-1)*dim[2]+dim[1]-dim[0])
			small, big := total/2, total-total/2
			if autoPad == "SAME_UPPER" {
				p[i], p[i+2] = int64(small), int64(big)
			} else {
				p[i], p[i+2] = int64(big), int64(small)
			}
		}
	default:
		im.problem("auto_pad %q", autoPad)
		return 0, false
	}
	if len(p) != 4 || p[0] != p[1] || p[0] != p[2] || p[0] != p[3] || p[0] < 0 {
		im.problem("pads %v: only the same padding on every side", p)
		return 0, false
	}
	return int(p[0]), true
}

func (g *convGeom) window(padValue int) isa.Window {
	return isa.Window{H: uint16(g.h), W: uint16(g.w), KH: uint8(g.kh), KW: uint8(g.kw), SH: uint8(g.sh), SW: uint8(g.sw), Pad: uint8(g.pad), PadValue: int8(padValue)}
}

// asImage returns t as an [H·W, C] program image.
func (im *importer) asImage(t *tens, c, h, w int, what string) *tens {
	want := imagePerm(c, h, w)
	if t.rows*t.cols != c*h*w {
		im.problem("%s has %d elements, want %d", what, t.rows*t.cols, c*h*w)
		return nil
	}
	perm := t.perm
	if perm == nil {
		perm = identityPerm(t.rows * t.cols)
	}
	if !slices.Equal(perm, want) {
		im.problem("%s is not in the channels-last image layout IM2COL reads (reshaped or transposed from another layout)", what)
		return nil
	}
	if t.rows == h*w {
		return t
	}
	d := im.b.Arena(t.dt, h*w, c)
	im.b.Copy(d, t.ref)
	nt := *t
	nt.ref, nt.rows, nt.cols = d, h*w, c
	return &nt
}

func identityPerm(n int) []int32 {
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	return p
}

// dense is a MATMUL-based layer: activations a (int8 [M,K] after im2col), weights w (K index
// order given by kIdx), zero points, scales.
type dense struct {
	a      *tens   // the program operand, [M, K]
	za     int     // the activation's zero point, int8 domain
	kIdx   []int32 // program column → ONNX index into the weights' reduction axis
	w      *constant
	wTrans bool // weights [N, K] (Gemm transB, Conv) instead of [K, N]
	nOut   int
	bias   []int64 // int32 values, or nil
}

// weightsMatrix returns the weights as int8 [N, K] in program column order with their zero points
// subtracted (w − zw must fit int8: it is the exact factor ONNX multiplies by), and each row's sum.
func (im *importer) weightsMatrix(d *dense, zeros []int64) ([]int8, []int64, bool) {
	w := d.w
	k := len(d.kIdx)
	out := make([]int8, d.nOut*k)
	sums := make([]int64, d.nOut)
	for n := range d.nOut {
		z := zeros[0]
		if len(zeros) > 1 {
			z = zeros[n]
		}
		for j, kk := range d.kIdx {
			var raw int64
			if d.wTrans {
				raw = w.ints[n*k+int(kk)]
			} else {
				raw = w.ints[int(kk)*d.nOut+n]
			}
			v := raw - z
			if v < math.MinInt8 || v > math.MaxInt8 {
				im.problem("weights %q: value %d minus zero point %d = %d does not fit int8 (use symmetric int8 weights, zero point 0)", w.name, raw, z, v)
				return nil, nil, false
			}
			out[n*k+j] = int8(v)
			sums[n] += v
		}
	}
	return out, sums, true
}

// emitDense writes MATMUL (and REQUANT when requant is set) for d. mults[n] is each output
// channel's real multiplier (input scale × weight scale / output scale). It returns the int8
// result [M, N], or the int32 accumulator when requant is false.
func (im *importer) emitDense(d *dense, wZeros []int64, requant bool, mults []float64, zy int, lo, hi int8) *tens {
	wq, sums, ok := im.weightsMatrix(d, wZeros)
	if !ok {
		return nil
	}
	m, k := d.a.rows, d.a.cols
	if k != len(d.kIdx) {
		im.problem("internal: K %d vs %d", k, len(d.kIdx))
		return nil
	}
	tw := im.b.ConstInt8(d.nOut, k, wq)
	acc := im.b.Arena(isa.Int32, m, d.nOut)
	// Σ (a − za)(w − zw) = Σ a(w − zw) − za·Σ(w − zw): the zero point's term is a constant per
	// output channel, added with the bias.
	bias := make([]int64, d.nOut)
	for n := range d.nOut {
		if d.bias != nil {
			bias[n] = d.bias[n]
		}
		bias[n] -= int64(d.za) * sums[n]
		if bias[n] < math.MinInt32 || bias[n] > math.MaxInt32 {
			im.problem("bias of output channel %d is %d with the zero point folded in: beyond int32", n, bias[n])
			return nil
		}
	}
	if !requant {
		b := program.None
		if slices.ContainsFunc(bias, func(v int64) bool { return v != 0 }) {
			b32 := make([]int32, len(bias))
			for i, v := range bias {
				b32[i] = int32(v)
			}
			b = im.b.ConstInt32(1, d.nOut, b32)
		}
		im.b.MatMul(acc, d.a.ref, tw, b)
		return &tens{ref: acc, dt: isa.Int32, rows: m, cols: d.nOut, elem: Int32}
	}
	rows := make([]program.RequantChannel, d.nOut)
	for n := range d.nOut {
		mul, shift, err := quantizeMultiplier(mults[n])
		if err != nil {
			im.problem("output %q, channel %d (weights %q): %v", im.cur.Outputs[0], n, d.w.name, err)
			return nil
		}
		rows[n] = program.RequantChannel{Bias: int32(bias[n]), Mul: mul, Shift: shift}
	}
	params := im.b.ConstRequant(rows)
	im.b.MatMul(acc, d.a.ref, tw, program.None)
	out := im.b.Arena(isa.Int8, m, d.nOut)
	im.b.Requant(out, acc, params, int8(zy), lo, hi)
	return &tens{ref: out, dt: isa.Int8, rows: m, cols: d.nOut}
}

// matmulOperand prepares a MatMul's activation: [M, K] with the order of K.
func (im *importer) matmulOperand(a *tens, kDim int) (*tens, []int32) {
	m := int(numElems(a.dims)) / kDim
	return im.asMatrix(a, m, kDim, "the activation")
}

// convOperand prepares a convolution's activation: the image, through IM2COL unless the kernel
// is 1×1 with stride 1 and no padding, and the order of the patch columns in the weights'
// [C, kH, kW] flattening.
func (im *importer) convOperand(x *tens, g *convGeom, za int) (*tens, []int32) {
	img := im.asImage(x, g.c, g.h, g.w, "the image")
	if img == nil {
		return nil, nil
	}
	k := g.kh * g.kw * g.c
	kIdx := make([]int32, k)
	for dy := range g.kh {
		for dx := range g.kw {
			for c := range g.c {
				kIdx[(dy*g.kw+dx)*g.c+c] = int32(c*g.kh*g.kw + dy*g.kw + dx)
			}
		}
	}
	if g.kh == 1 && g.kw == 1 && g.sh == 1 && g.sw == 1 && g.pad == 0 {
		return img, kIdx
	}
	cols := im.b.Arena(isa.Int8, g.oh*g.ow, k)
	im.b.Im2Col(cols, img.ref, g.window(za))
	return &tens{ref: cols, dt: isa.Int8, rows: g.oh * g.ow, cols: k}, kIdx
}

// checkBias returns the bias's int32 values after checking that its scale is the product of the
// input and weight scales (then it adds to the accumulator as is, as ONNX Runtime's quantizer
// writes it).
func (im *importer) checkBias(b *constant, sa float32, sw []float32, nOut int) ([]int64, bool) {
	if b == nil {
		return nil, true
	}
	if b.size() != nOut {
		im.problem("bias %q has %d values for %d outputs", b.name, b.size(), nOut)
		return nil, false
	}
	if b.deq != nil {
		for n := range nOut {
			bs := b.deq.scale[0]
			if len(b.deq.scale) > 1 {
				bs = b.deq.scale[n]
			}
			ws := sw[0]
			if len(sw) > 1 {
				ws = sw[n]
			}
			want := float64(sa) * float64(ws)
			if math.Abs(float64(bs)-want) > 1e-5*want {
				im.problem("bias %q: scale %g is not input scale × weight scale (%g)", b.name, bs, want)
				return nil, false
			}
			bz := b.deq.zero[0]
			if len(b.deq.zero) > 1 {
				bz = b.deq.zero[n]
			}
			if bz != 0 {
				im.problem("bias %q: zero point %d, want 0", b.name, bz)
				return nil, false
			}
		}
	}
	return b.ints, true
}

// perChannel returns the weights' scales and zero points per output channel (one value for
// per-tensor quantization), checking the axis is the output-channel axis.
func (im *importer) perChannel(w *constant, axisOut int) ([]float32, []int64, bool) {
	d := w.deq
	if len(d.scale) > 1 && d.axis != axisOut {
		im.problem("weights %q: per-channel over axis %d; only over the output-channel axis %d", w.name, d.axis, axisOut)
		return nil, nil, false
	}
	return d.scale, d.zero, true
}

// emit writes a pending value's instructions now that its output quantization (scale, zero in
// the int8 domain, element type) is known.
func (im *importer) emit(p *pending, scale float32, zero int, elem DataType) *tens {
	lo, hi := clampBounds(p.lo, p.hi, scale, zero)
	if lo > hi {
		im.problem("the clamp [%g, %g] is empty after quantization", p.lo, p.hi)
		return nil
	}
	var t *tens
	switch p.op {
	case "matmul", "conv":
		t = im.emitQDQDense(p, scale, zero, lo, hi)
	case "add":
		t = im.emitAdd(p.a, p.a.scale, p.a.zero, p.b, p.b.scale, p.b.zero, scale, zero, lo, hi)
	case "unary":
		// A Relu or Clip after the function clamps its table.
		tab := lutTable(p.f, p.a.scale, p.a.zero, scale, zero)
		for i, v := range tab {
			tab[i] = max(lo, min(hi, v))
		}
		tt := im.b.ConstLUT(&tab)
		d := im.b.Arena(isa.Int8, p.a.rows, p.a.cols)
		im.b.LUT8(d, p.a.ref, tt)
		t = &tens{ref: d, dt: isa.Int8, rows: p.a.rows, cols: p.a.cols, perm: p.a.perm}
	case "requant":
		a := p.a
		if a.scale == scale && a.zero == zero && lo == math.MinInt8 && hi == math.MaxInt8 {
			nt := *a
			nt.elem = elem
			return &nt
		}
		prm, err := rescaleParams(a.scale, a.zero, scale, zero, lo, hi)
		if err != nil {
			im.problem("requantizing from scale %g to %g: %v", a.scale, scale, err)
			return nil
		}
		d := im.b.Arena(isa.Int8, a.rows, a.cols)
		im.b.Add(d, a.ref, a.ref, prm)
		t = &tens{ref: d, dt: isa.Int8, rows: a.rows, cols: a.cols, perm: a.perm}
	default:
		im.problem("internal: pending %s", p.op)
		return nil
	}
	if t == nil {
		return nil
	}
	t.dims, t.elem, t.hasQ, t.scale, t.zero = p.dims, elem, true, scale, zero
	return t
}

// emitQDQDense writes a MatMul, Gemm or Conv of QDQ form.
func (im *importer) emitQDQDense(p *pending, sy float32, zy int, lo, hi int8) *tens {
	a, w := p.a, p.w
	axisOut := 1 // MatMul and Gemm weights [K, N]
	if p.wTrans || p.op == "conv" {
		axisOut = 0 // Gemm transB [N, K], Conv [F, C, kH, kW]
	}
	sw, zw, ok := im.perChannel(w, axisOut)
	if !ok {
		return nil
	}
	var d dense
	var imageOut *convGeom
	if p.op == "conv" {
		g := p.conv
		op, kIdx := im.convOperand(a, g, a.zero)
		if op == nil {
			return nil
		}
		d = dense{a: op, kIdx: kIdx, w: w, wTrans: true, nOut: g.f}
		imageOut = g
	} else {
		kDim := int(w.dims[0])
		nOut := int(w.dims[1])
		if p.wTrans {
			kDim, nOut = nOut, kDim
		}
		if a.dims[len(a.dims)-1] != int64(kDim) {
			im.problem("activation %v by weights %v", a.dims, w.dims)
			return nil
		}
		op, sigma := im.matmulOperand(a, kDim)
		if op == nil {
			return nil
		}
		d = dense{a: op, kIdx: sigma, w: w, wTrans: p.wTrans, nOut: nOut}
	}
	d.za = a.zero
	bias, ok := im.checkBias(p.bias, a.scale, sw, d.nOut)
	if !ok {
		return nil
	}
	d.bias = bias
	mults := make([]float64, d.nOut)
	for n := range mults {
		s := sw[0]
		if len(sw) > 1 {
			s = sw[n]
		}
		mults[n] = p.alpha * float64(a.scale) * float64(s) / float64(sy)
	}
	// The weights and their zero points stay in their own domain (uint8 or int8): w − zw is the
	// same either way.
	t := im.emitDense(&d, zw, true, mults, zy, lo, hi)
	if t != nil && imageOut != nil {
		t.perm = imagePerm(imageOut.f, imageOut.oh, imageOut.ow)
	}
	return t
}

// emitAdd writes ADD of two int8 tensors of one shape.
func (im *importer) emitAdd(a *tens, sa float32, za int, b *tens, sb float32, zb int, so float32, zo int, lo, hi int8) *tens {
	if a.rows*a.cols != b.rows*b.cols {
		im.problem("Add of %d and %d elements", a.rows*a.cols, b.rows*b.cols)
		return nil
	}
	pa, pb := a.perm, b.perm
	if pa == nil {
		pa = identityPerm(a.rows * a.cols)
	}
	if pb == nil {
		pb = identityPerm(b.rows * b.cols)
	}
	if !slices.Equal(pa, pb) {
		im.problem("Add of two tensors laid out differently (one transposed or an image, the other not) is not supported")
		return nil
	}
	bref := b.ref
	if b.rows != a.rows {
		d := im.b.Arena(isa.Int8, a.rows, a.cols)
		im.b.Copy(d, b.ref)
		bref = d
	}
	prm, err := addParams(sa, za, sb, zb, so, zo, lo, hi)
	if err != nil {
		im.problem("%v", err)
		return nil
	}
	d := im.b.Arena(isa.Int8, a.rows, a.cols)
	im.b.Add(d, a.ref, bref, prm)
	return &tens{ref: d, dt: isa.Int8, rows: a.rows, cols: a.cols, perm: a.perm}
}

// ---- QOperator ------------------------------------------------------------------------------

// qActivation returns input i as an int8 tensor (a QOperator model's activations carry their
// scales as node inputs, not in the tensor).
func (im *importer) qActivation(n *Node, i int) *tens {
	v := im.val(n, i)
	if v == nil {
		return nil
	}
	if v.kind != kQ {
		im.problem("input %q must be an int8 or uint8 tensor, is %s", input(n, i), kindName2(v.kind))
		return nil
	}
	return v.t
}

// qWeights returns input i as int8/uint8 weights with the scale and zero point inputs si, zi.
func (im *importer) qWeights(n *Node, i, si, zi int) *constant {
	c := im.constInput(n, i, "weights")
	if c == nil {
		return nil
	}
	if c.dt != Int8 && c.dt != Uint8 {
		im.problem("weights %q are %s: only int8 or uint8", c.name, c.dt)
		return nil
	}
	sc := im.constInput(n, si, "weight scale")
	if sc == nil {
		return nil
	}
	if sc.dt != Float || len(sc.floats) == 0 {
		im.problem("weight scale %q must be float", sc.name)
		return nil
	}
	d := &deqParams{scale: sc.floats, zero: make([]int64, len(sc.floats))}
	if input(n, zi) != "" {
		zc := im.constInput(n, zi, "weight zero point")
		if zc == nil {
			return nil
		}
		if zc.dt != c.dt || (len(zc.ints) != len(sc.floats) && len(zc.ints) != 1) {
			im.problem("weight zero point %q is %s%v for %d scales", zc.name, zc.dt, zc.dims, len(sc.floats))
			return nil
		}
		d.zero = zc.ints
		if len(zc.ints) == 1 && len(sc.floats) > 1 {
			d.zero = slices.Repeat(zc.ints, len(sc.floats))
		}
	}
	wc := *c
	wc.deq = d
	return &wc
}

func (im *importer) qScaleZero(n *Node, si, zi int, what string, elem DataType) (float32, int, DataType, bool) {
	s, ok := im.scalarScale(n, si, what+" scale")
	if !ok {
		return 0, 0, 0, false
	}
	z, zt, ok := im.scalarZero(n, zi, what+" zero point", elem)
	return s, z, zt, ok
}

// qInput returns input i, an int8 tensor, quantized by the scale and zero point inputs i+1 and
// i+2 (the QOperator convention).
func (im *importer) qInput(n *Node, i int, what string) *tens {
	a := im.qActivation(n, i)
	if a == nil {
		return nil
	}
	s, z, _, ok := im.qScaleZero(n, i+1, i+2, what, a.elem)
	if !ok {
		return nil
	}
	t := *a
	t.hasQ, t.scale, t.zero = true, s, z
	return &t
}

// int32Bias returns the optional bias input i of a QOperator node: an int32 initializer at
// input scale × weight scale (no DequantizeLinear). ok is false after a problem.
func (im *importer) int32Bias(n *Node, i int) (*constant, bool) {
	if input(n, i) == "" {
		return nil, true
	}
	b := im.constInput(n, i, "bias")
	if b == nil {
		return nil, false
	}
	if b.dt != Int32 {
		im.problem("bias %q is %s: want int32", b.name, b.dt)
		return nil, false
	}
	return b, true
}

// emitQ writes p with the output quantization of inputs si and zi (uint8 when the zero point
// is absent) and records the result as n's output.
func (im *importer) emitQ(n *Node, p *pending, si, zi int) {
	sy, zy, yt, ok := im.qScaleZero(n, si, zi, "y", Uint8)
	if !ok {
		return
	}
	if t := im.emit(p, sy, zy, yt); t != nil {
		im.set(n, &value{kind: kQ, t: t})
	}
}

// qMatrix returns the activation (input 0) and 2-D weights (input 3) of QLinearMatMul or QGemm,
// each with its scale and zero point inputs.
func (im *importer) qMatrix(n *Node) (*tens, *constant) {
	a := im.qInput(n, 0, "a")
	if a == nil {
		return nil, nil
	}
	w := im.qWeights(n, 3, 4, 5)
	if w == nil {
		return nil, nil
	}
	if len(w.dims) != 2 {
		im.problem("weights %q are %v: only 2-D", w.name, w.dims)
		return nil, nil
	}
	return a, w
}

func (im *importer) qlinearMatMul(n *Node) {
	a, w := im.qMatrix(n)
	if a == nil {
		return
	}
	if len(w.deq.scale) > 1 {
		w.deq.axis = 1
		if len(w.deq.scale) != int(w.dims[1]) {
			im.problem("weight scale has %d values for %d columns", len(w.deq.scale), w.dims[1])
			return
		}
	}
	im.emitQ(n, &pending{node: n, op: "matmul", a: a, w: w, alpha: 1, dims: append(slices.Clone(a.dims[:len(a.dims)-1]), w.dims[1]),
		lo: math.Inf(-1), hi: math.Inf(1)}, 6, 7)
}

func (im *importer) qlinearConv(n *Node) {
	x := im.qInput(n, 0, "x")
	if x == nil {
		return
	}
	w := im.qWeights(n, 3, 4, 5)
	bias, ok := im.int32Bias(n, 8)
	if w == nil || !ok {
		return
	}
	g := im.convGeometry(n, x, w.dims)
	if g == nil {
		return
	}
	im.emitQ(n, &pending{node: n, op: "conv", a: x, w: w, bias: bias, conv: g, alpha: 1,
		dims: []int64{1, w.dims[0], int64(g.oh), int64(g.ow)}, lo: math.Inf(-1), hi: math.Inf(1)}, 6, 7)
}

func (im *importer) qgemm(n *Node) {
	ta, _ := attrInt(n, "transA", 0)
	tb, _ := attrInt(n, "transB", 0)
	alpha, _ := attrFloat(n, "alpha", 1)
	if ta != 0 || !(alpha > 0) {
		im.problem("transA=%d alpha=%g: only transA=0 and a positive alpha", ta, alpha)
		return
	}
	a, w := im.qMatrix(n)
	if a == nil {
		return
	}
	if input(n, 7) == "" {
		im.problem("QGemm without y_scale has a float output: not supported")
		return
	}
	bias, ok := im.int32Bias(n, 6)
	if !ok {
		return
	}
	nOut := w.dims[1]
	if tb != 0 {
		nOut = w.dims[0]
	}
	if len(w.deq.scale) > 1 {
		w.deq.axis = 1
		if tb != 0 {
			w.deq.axis = 0
		}
	}
	im.emitQ(n, &pending{node: n, op: "matmul", a: a, w: w, bias: bias, alpha: float64(alpha), wTrans: tb != 0,
		dims: []int64{a.dims[0], nOut}, lo: math.Inf(-1), hi: math.Inf(1)}, 7, 8)
}

func (im *importer) qlinearAdd(n *Node) {
	a, b := im.qInput(n, 0, "A"), im.qInput(n, 3, "B")
	if a == nil || b == nil {
		return
	}
	sc, zc, ct, ok := im.qScaleZero(n, 6, 7, "C", Uint8)
	if !ok {
		return
	}
	if !slices.Equal(a.dims, b.dims) {
		im.problem("QLinearAdd of shapes %v and %v: broadcasting is not supported", a.dims, b.dims)
		return
	}
	t := im.emitAdd(a, a.scale, a.zero, b, b.scale, b.zero, sc, zc, math.MinInt8, math.MaxInt8)
	if t == nil {
		return
	}
	t.dims, t.elem, t.hasQ, t.scale, t.zero = a.dims, ct, true, sc, zc
	im.set(n, &value{kind: kQ, t: t})
}

func (im *importer) qlinearUnary(n *Node) {
	x := im.qInput(n, 0, "X")
	if x == nil {
		return
	}
	f, err := unaryFunc(n)
	if err != nil {
		im.problem("%v", err)
		return
	}
	im.emitQ(n, &pending{node: n, op: "unary", a: x, f: f, dims: x.dims, lo: math.Inf(-1), hi: math.Inf(1)}, 3, 4)
}

// ---- integer-only ---------------------------------------------------------------------------

// integerZero returns input i, an optional scalar zero point of type elem, in elem's domain.
func (im *importer) integerZero(n *Node, i int, elem DataType, what string) ([]int64, bool) {
	if input(n, i) == "" {
		return []int64{0}, true
	}
	c := im.constInput(n, i, what)
	if c == nil {
		return nil, false
	}
	if c.dt != elem {
		im.problem("%s %q is %s, the tensor is %s", what, c.name, c.dt, elem)
		return nil, false
	}
	return c.ints, true
}

func (im *importer) matMulInteger(n *Node) {
	a := im.qActivation(n, 0)
	w := im.constInput(n, 1, "B")
	if a == nil || w == nil {
		return
	}
	if (w.dt != Int8 && w.dt != Uint8) || len(w.dims) != 2 {
		im.problem("B %q is %s%v: only 2-D int8 or uint8 constants", w.name, w.dt, w.dims)
		return
	}
	za, ok1 := im.integerZero(n, 2, a.elem, "a_zero_point")
	zb, ok2 := im.integerZero(n, 3, w.dt, "b_zero_point")
	if !ok1 || !ok2 {
		return
	}
	if len(za) != 1 {
		im.problem("a_zero_point per row is not supported")
		return
	}
	if len(zb) != 1 && len(zb) != int(w.dims[1]) {
		im.problem("b_zero_point has %d values for %d columns", len(zb), w.dims[1])
		return
	}
	kDim, nOut := int(w.dims[0]), int(w.dims[1])
	if a.dims[len(a.dims)-1] != int64(kDim) {
		im.problem("A %v by B %v", a.dims, w.dims)
		return
	}
	op, sigma := im.matmulOperand(a, kDim)
	if op == nil {
		return
	}
	d := &dense{a: op, za: toInt8Domain(za[0], a.elem), kIdx: sigma, w: w, nOut: nOut}
	t := im.emitDense(d, zb, false, nil, 0, 0, 0)
	if t == nil {
		return
	}
	t.dims = append(slices.Clone(a.dims[:len(a.dims)-1]), int64(nOut))
	im.set(n, &value{kind: kI32, t: t})
}

func (im *importer) convInteger(n *Node) {
	x := im.qActivation(n, 0)
	w := im.constInput(n, 1, "w")
	if x == nil || w == nil {
		return
	}
	if w.dt != Int8 && w.dt != Uint8 {
		im.problem("w %q is %s: only int8 or uint8", w.name, w.dt)
		return
	}
	zx, ok1 := im.integerZero(n, 2, x.elem, "x_zero_point")
	zw, ok2 := im.integerZero(n, 3, w.dt, "w_zero_point")
	if !ok1 || !ok2 {
		return
	}
	if len(zx) != 1 {
		im.problem("x_zero_point must be a scalar")
		return
	}
	g := im.convGeometry(n, x, w.dims)
	if g == nil {
		return
	}
	if len(zw) != 1 && len(zw) != g.f {
		im.problem("w_zero_point has %d values for %d filters", len(zw), g.f)
		return
	}
	z8 := toInt8Domain(zx[0], x.elem)
	op, kIdx := im.convOperand(x, g, z8)
	if op == nil {
		return
	}
	d := &dense{a: op, za: z8, kIdx: kIdx, w: w, wTrans: true, nOut: g.f}
	t := im.emitDense(d, zw, false, nil, 0, 0, 0)
	if t == nil {
		return
	}
	t.dims, t.perm = []int64{1, int64(g.f), int64(g.oh), int64(g.ow)}, imagePerm(g.f, g.oh, g.ow)
	im.set(n, &value{kind: kI32, t: t})
}

// ---- pooling --------------------------------------------------------------------------------

func (im *importer) maxPool(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	if v.kind != kQ && v.kind != kF {
		im.problem("MaxPool of %s: only of an int8 tensor or a quantized activation (max commutes with dequantization)", kindName2(v.kind))
		return
	}
	if len(n.Outputs) > 1 && n.Outputs[1] != "" {
		im.problem("the Indices output is not supported")
		return
	}
	x := v.t
	ks, ok, _ := attrInts(n, "kernel_shape")
	if !ok || len(ks) != 2 {
		im.problem("kernel_shape %v: want 2-D", ks)
		return
	}
	if cm, _ := attrInt(n, "ceil_mode", 0); cm != 0 {
		im.problem("ceil_mode=1 is not supported")
		return
	}
	if so, _ := attrInt(n, "storage_order", 0); so != 0 {
		im.problem("storage_order=1 is not supported")
		return
	}
	if len(x.dims) != 4 || x.dims[0] != 1 {
		im.problem("input %v: only a single NCHW image", x.dims)
		return
	}
	g := &convGeom{c: int(x.dims[1]), h: int(x.dims[2]), w: int(x.dims[3]), kh: int(ks[0]), kw: int(ks[1]), sh: 1, sw: 1}
	if d, ok, _ := attrInts(n, "dilations"); ok && slices.ContainsFunc(d, func(v int64) bool { return v != 1 }) {
		im.problem("dilations %v: only 1", d)
		return
	}
	if s, ok, _ := attrInts(n, "strides"); ok {
		if len(s) != 2 || s[0] < 1 || s[1] < 1 || s[0] > 255 || s[1] > 255 {
			im.problem("strides %v", s)
			return
		}
		g.sh, g.sw = int(s[0]), int(s[1])
	}
	pad, ok := im.pads(n, g.h, g.w, g.kh, g.kw, g.sh, g.sw)
	if !ok {
		return
	}
	if pad != 0 {
		im.problem("pads: MAXPOOL has no padding")
		return
	}
	if g.kh > 255 || g.kw > 255 || g.h > math.MaxUint16 || g.w > math.MaxUint16 {
		im.problem("window beyond the immediates")
		return
	}
	oh, ow, err := g.window(0).OutDims()
	if err != nil {
		im.problem("%v", err)
		return
	}
	img := im.asImage(x, g.c, g.h, g.w, "the image")
	if img == nil {
		return
	}
	d := im.b.Arena(isa.Int8, int(oh*ow), g.c)
	im.b.MaxPool(d, img.ref, g.window(0))
	nt := *x
	nt.ref, nt.rows, nt.cols = d, int(oh*ow), g.c
	nt.dims = []int64{1, int64(g.c), int64(oh), int64(ow)}
	nt.perm = imagePerm(g.c, int(oh), int(ow))
	im.set(n, &value{kind: v.kind, t: &nt})
}
