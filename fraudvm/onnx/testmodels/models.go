package testmodels

import (
	"github.com/crollup/crollup/fraudvm/onnx"
)

// The models. Each comment gives the graph; "Q/DQ" is a QuantizeLinear/DequantizeLinear pair.

// mlpQDQ: x[1,64] float → Q/DQ (uint8) → Gemm(64→32, int8 per-channel, bias) → Relu → Q/DQ →
// MatMul(32→10, per-tensor) → Add(bias) → Q → DQ → y[1,10] float. ONNX Runtime's quantize_static
// with QuantFormat.QDQ, per_channel=True writes this for a two-layer Linear/ReLU network.
func mlpQDQ() *Spec {
	b := newBuilder(1)
	const in, hid, out = 64, 32, 10
	sx := float32(0.02)
	x := b.qdq("x", sx, 128, onnx.Uint8)
	sw1 := b.scales(hid, 0.004)
	w1 := b.dqWeights(b.randInt8(hid*in), []int64{hid, in}, sw1, 0)
	b1 := b.dqBias(b.randInt32(hid, 2000), sx, sw1)
	h := b.node("Gemm", "", []string{x, w1, b1}, intAttr("transB", 1))
	h = b.node("Relu", "", []string{h})
	s1 := outScale(sx, 0.004, in)
	h = b.qdq(h, s1, 0, onnx.Uint8)
	sw2 := []float32{0.005}
	w2 := b.dqWeights(b.randInt8(hid*out), []int64{hid, out}, sw2, 0)
	y := b.node("MatMul", "", []string{h, w2})
	y = b.node("Add", "", []string{y, b.dqBias(b.randInt32(out, 500), s1, sw2)})
	s2 := outScale(s1, 0.005, hid)
	y = b.dq(b.q(y, s2, 131, onnx.Uint8), s2, 131, onnx.Uint8)
	b.rename("y")
	return &Spec{Name: "mlp_qdq", Doc: "two-layer MLP, QDQ, uint8 activations, per-channel int8 weights",
		Model: b.model(tensorType("x", onnx.Float, 1, in), tensorType("y", onnx.Float, 1, out)), Sample: sampleFloat(1, "x", sx, 1, in)}
}

// mlpQOp: x[1,64] float → QuantizeLinear (int8) → QLinearMatMul(64→32) → QLinearSigmoid →
// QLinearMatMul(32→10) → DequantizeLinear → y. The QOperator form, int8 activations.
func mlpQOp() *Spec {
	b := newBuilder(2)
	const in, hid, out = 64, 32, 10
	sx := float32(0.03)
	x := b.q("x", sx, -3, onnx.Int8)
	mm := func(a string, sa float32, za int, k, n int, sw float32, sy float32, zy int) string {
		w := b.init(onnx.Int8Tensor(b.name("w"), []int64{int64(k), int64(n)}, b.randInt8(k*n)))
		return b.node("QLinearMatMul", "", []string{a, b.scalar(sa), b.zero(za, onnx.Int8), w, b.scalar(sw), b.zero(0, onnx.Int8), b.scalar(sy), b.zero(zy, onnx.Int8)})
	}
	s1 := outScale(sx, 0.004, in) / 2
	h := mm(x, sx, -3, in, hid, 0.004, s1, 5)
	s2 := float32(1.0 / 255)
	h = b.node("QLinearSigmoid", "com.microsoft", []string{h, b.scalar(s1), b.zero(5, onnx.Int8), b.scalar(s2), b.zero(-128, onnx.Int8)})
	s3 := outScale(s2, 0.006, hid)
	y := mm(h, s2, -128, hid, out, 0.006, s3, 0)
	b.dq(y, s3, 0, onnx.Int8)
	b.rename("y")
	return &Spec{Name: "mlp_qop", Doc: "two-layer MLP, QOperator (QLinearMatMul, com.microsoft QLinearSigmoid), int8 activations",
		Model: b.model(tensorType("x", onnx.Float, 1, in), tensorType("y", onnx.Float, 1, out)), Sample: sampleFloat(2, "x", sx, 1, in)}
}

// mlpInteger: a[4,64] int8 → MatMulInteger(B uint8 [64,16], a_zero_point 3, b_zero_point 128)
// → y[4,16] int32: integer-only, so crollup must match ONNX Runtime exactly.
func mlpInteger() *Spec {
	b := newBuilder(3)
	const m, k, n = 4, 64, 16
	w := make([]uint8, k*n)
	for i := range w {
		w[i] = uint8(b.r.IntN(256))
	}
	// uint8 weights with zero point 128 give w − zw in [−128, 127]: int8, as the machine needs.
	wn := b.init(onnx.Uint8Tensor(b.name("B"), []int64{k, n}, w))
	b.node("MatMulInteger", "", []string{"a", wn, b.zero(3, onnx.Int8), b.zero(128, onnx.Uint8)})
	b.rename("y")
	return &Spec{Name: "mlp_integer", Doc: "MatMulInteger, int8 activations, uint8 weights with zero points", Exact: true,
		Model: b.model(tensorType("a", onnx.Int8, m, k), tensorType("y", onnx.Int32, m, n)), Sample: sampleInt(3, "a", onnx.Int8, m, k)}
}

// cnnQDQ: x[1,1,12,12] float → Q/DQ → Conv(6 filters 3×3, pad 1, per-channel, bias) → Relu →
// Q/DQ → MaxPool 2×2/2 → Q/DQ → Flatten → Gemm(216→10) → Q → DQ → Softmax → ArgMax → class
// [1,1] int64.
func cnnQDQ() *Spec {
	b := newBuilder(4)
	const c, h, w, f, classes = 1, 12, 12, 6, 10
	sx := float32(1.0 / 255)
	x := b.qdq("x", sx, 0, onnx.Uint8)
	swc := b.scales(f, 0.01)
	wc := b.dqWeights(b.randInt8(f*c*9), []int64{f, c, 3, 3}, swc, 0)
	bc := b.dqBias(b.randInt32(f, 3000), sx, swc)
	y := b.node("Conv", "", []string{x, wc, bc}, ints("kernel_shape", 3, 3), ints("pads", 1, 1, 1, 1))
	y = b.node("Relu", "", []string{y})
	s1 := outScale(sx, 0.01, 9*c)
	y = b.qdq(y, s1, 0, onnx.Uint8)
	y = b.node("MaxPool", "", []string{y}, ints("kernel_shape", 2, 2), ints("strides", 2, 2))
	y = b.qdq(y, s1, 0, onnx.Uint8)
	y = b.node("Flatten", "", []string{y}, intAttr("axis", 1))
	k := f * (h / 2) * (w / 2)
	sw2 := b.scales(classes, 0.003)
	w2 := b.dqWeights(b.randInt8(classes*k), []int64{classes, int64(k)}, sw2, 0)
	b2 := b.dqBias(b.randInt32(classes, 1000), s1, sw2)
	y = b.node("Gemm", "", []string{y, w2, b2}, intAttr("transB", 1))
	s2 := outScale(s1, 0.003, k)
	y = b.qdq(y, s2, 128, onnx.Uint8)
	y = b.node("Softmax", "", []string{y}, intAttr("axis", -1))
	b.node("ArgMax", "", []string{y}, intAttr("axis", 1), intAttr("keepdims", 1))
	b.rename("class")
	return &Spec{Name: "cnn_qdq", Doc: "CNN, QDQ: Conv 3×3 pad 1 + ReLU, MaxPool, Flatten, Gemm, Softmax, ArgMax",
		Model: b.model(tensorType("x", onnx.Float, 1, c, h, w), tensorType("class", onnx.Int64, 1, 1)), Sample: sampleFloat(4, "x", sx, 1, c, h, w)}
}

// cnnQOp: x[1,3,10,10] uint8 → QLinearConv(8 filters 3×3, stride 2, pad 1, per-channel int8,
// bias) → MaxPool 2×2/1 → Reshape [1,-1] → QLinearMatMul(128→10) → y[1,10] uint8.
func cnnQOp() *Spec {
	b := newBuilder(5)
	const c, h, w, f = 3, 10, 10, 8
	sx, zx := float32(0.02), 100
	sw := b.scales(f, 0.01)
	wc := b.init(onnx.Int8Tensor(b.name("w"), []int64{f, c, 3, 3}, b.randInt8(f*c*9)))
	swn := b.init(onnx.Float32Tensor(b.name("wscale"), []int64{f}, sw))
	zwn := b.init(onnx.Int8Tensor(b.name("wzp"), []int64{f}, make([]int8, f)))
	bias := b.init(onnx.Int32Tensor(b.name("bias"), []int64{f}, b.randInt32(f, 3000)))
	s1 := outScale(sx, 0.01, 9*c)
	y := b.node("QLinearConv", "", []string{"x", b.scalar(sx), b.zero(zx, onnx.Uint8), wc, swn, zwn, b.scalar(s1), b.zero(120, onnx.Uint8), bias},
		ints("kernel_shape", 3, 3), ints("pads", 1, 1, 1, 1), ints("strides", 2, 2))
	y = b.node("MaxPool", "", []string{y}, ints("kernel_shape", 2, 2))
	shape := b.init(onnx.Int64Tensor(b.name("shape"), []int64{2}, []int64{1, -1}))
	y = b.node("Reshape", "", []string{y, shape})
	k := f * 4 * 4
	w2 := b.init(onnx.Int8Tensor(b.name("w"), []int64{int64(k), 10}, b.randInt8(k*10)))
	s2 := outScale(s1, 0.004, k)
	b.node("QLinearMatMul", "", []string{y, b.scalar(s1), b.zero(120, onnx.Uint8), w2, b.scalar(0.004), b.zero(0, onnx.Int8), b.scalar(s2), b.zero(128, onnx.Uint8)})
	b.rename("y")
	return &Spec{Name: "cnn_qop", Doc: "CNN, QOperator: QLinearConv stride 2 pad 1 (uint8 image), MaxPool, Reshape, QLinearMatMul",
		Model: b.model(tensorType("x", onnx.Uint8, 1, c, h, w), tensorType("y", onnx.Uint8, 1, 10)), Sample: sampleInt(5, "x", onnx.Uint8, 1, c, h, w)}
}

// convInteger: x[1,2,7,7] uint8 → ConvInteger(5 filters 3×3 uint8, x_zero_point 128,
// w_zero_point 128, pads 1) → y[1,5,7,7] int32: integer-only.
func convInteger() *Spec {
	b := newBuilder(6)
	const c, h, w, f = 2, 7, 7, 5
	wv := make([]uint8, f*c*9)
	for i := range wv {
		wv[i] = uint8(b.r.IntN(256))
	}
	wn := b.init(onnx.Uint8Tensor(b.name("w"), []int64{f, c, 3, 3}, wv))
	b.node("ConvInteger", "", []string{"x", wn, b.zero(128, onnx.Uint8), b.zero(128, onnx.Uint8)}, ints("kernel_shape", 3, 3), ints("pads", 1, 1, 1, 1))
	b.rename("y")
	return &Spec{Name: "conv_integer", Doc: "ConvInteger 3×3 pad 1, uint8 image and weights with zero points", Exact: true,
		Model: b.model(tensorType("x", onnx.Uint8, 1, c, h, w), tensorType("y", onnx.Int32, 1, f, h, w)), Sample: sampleInt(6, "x", onnx.Uint8, 1, c, h, w)}
}

// residualQDQ: x[1,32] float → Q/DQ → Gemm(32→32) → Q/DQ → Add(·, x̂) → Relu → Q/DQ → Tanh →
// Q/DQ → Gemm(32→8) → Q → DQ → y. A residual block in QDQ form (int8 activations).
func residualQDQ() *Spec {
	b := newBuilder(7)
	const d, out = 32, 8
	sx := float32(0.02)
	x := b.qdq("x", sx, 0, onnx.Int8)
	sw := b.scales(d, 0.005)
	h := b.node("Gemm", "", []string{x, b.dqWeights(b.randInt8(d*d), []int64{d, d}, sw, 0), b.dqBias(b.randInt32(d, 1000), sx, sw)}, intAttr("transB", 1))
	s1 := outScale(sx, 0.005, d)
	h = b.qdq(h, s1, 2, onnx.Int8)
	s2 := s1 + sx
	r := b.node("Add", "", []string{h, x})
	r = b.node("Relu", "", []string{r})
	r = b.qdq(r, s2, -128, onnx.Int8)
	t := b.node("Tanh", "", []string{r})
	t = b.qdq(t, 1.0/127, 0, onnx.Int8)
	sw2 := []float32{0.01}
	y := b.node("Gemm", "", []string{t, b.dqWeights(b.randInt8(d*out), []int64{d, out}, sw2, 0), b.dqBias(b.randInt32(out, 300), 1.0/127, sw2)})
	s3 := outScale(1.0/127, 0.01, d)
	b.dq(b.q(y, s3, -7, onnx.Int8), s3, -7, onnx.Int8)
	b.rename("y")
	return &Spec{Name: "residual_qdq", Doc: "residual block, QDQ: Gemm, Add of the skip connection, ReLU, Tanh, Gemm",
		Model: b.model(tensorType("x", onnx.Float, 1, d), tensorType("y", onnx.Float, 1, out)), Sample: sampleFloat(7, "x", sx, 1, d)}
}

// residualQOp: x[1,32] uint8 → QLinearMatMul(32→32) → com.microsoft QLinearAdd(·, x) →
// QLinearLeakyRelu → QLinearMatMul(32→8) → y uint8.
func residualQOp() *Spec {
	b := newBuilder(8)
	const d, out = 32, 8
	sx, zx := float32(0.02), 128
	s1 := outScale(sx, 0.005, d)
	w1 := b.init(onnx.Int8Tensor(b.name("w"), []int64{d, d}, b.randInt8(d*d)))
	h := b.node("QLinearMatMul", "", []string{"x", b.scalar(sx), b.zero(zx, onnx.Uint8), w1, b.scalar(0.005), b.zero(0, onnx.Int8), b.scalar(s1), b.zero(125, onnx.Uint8)})
	s2 := s1 + sx
	r := b.node("QLinearAdd", "com.microsoft", []string{h, b.scalar(s1), b.zero(125, onnx.Uint8), "x", b.scalar(sx), b.zero(zx, onnx.Uint8), b.scalar(s2), b.zero(110, onnx.Uint8)})
	r = b.node("QLinearLeakyRelu", "com.microsoft", []string{r, b.scalar(s2), b.zero(110, onnx.Uint8), b.scalar(s2), b.zero(110, onnx.Uint8)}, floatAttr("alpha", 0.1))
	w2 := b.init(onnx.Int8Tensor(b.name("w"), []int64{d, out}, b.randInt8(d*out)))
	s3 := outScale(s2, 0.01, d)
	b.node("QLinearMatMul", "", []string{r, b.scalar(s2), b.zero(110, onnx.Uint8), w2, b.scalar(0.01), b.zero(0, onnx.Int8), b.scalar(s3), b.zero(128, onnx.Uint8)})
	b.rename("y")
	return &Spec{Name: "residual_qop", Doc: "residual block, QOperator: QLinearMatMul, com.microsoft QLinearAdd and QLinearLeakyRelu",
		Model: b.model(tensorType("x", onnx.Uint8, 1, d), tensorType("y", onnx.Uint8, 1, out)), Sample: sampleInt(8, "x", onnx.Uint8, 1, d)}
}

// unsupported: a model the importer must refuse, naming each of its three unsupported nodes: an
// AveragePool, a grouped Conv and a float MatMul.
func unsupported() *Spec {
	b := newBuilder(9)
	const c = 2
	sx := float32(0.02)
	x := b.qdq("x", sx, 0, onnx.Uint8)
	p := b.node("AveragePool", "", []string{x}, ints("kernel_shape", 2, 2))
	p = b.qdq(p, sx, 0, onnx.Uint8)
	sw := []float32{0.01}
	g := b.node("Conv", "", []string{p, b.dqWeights(b.randInt8(c*1*9), []int64{c, 1, 3, 3}, sw, 0)}, ints("kernel_shape", 3, 3), intAttr("group", c))
	g = b.qdq(g, 0.1, 0, onnx.Uint8)
	fl := b.node("Flatten", "", []string{g})
	wf := b.init(onnx.Float32Tensor(b.name("wf"), []int64{c * 5 * 5, 4}, make([]float32, c*5*5*4)))
	b.node("MatMul", "", []string{fl, wf})
	b.rename("y")
	return &Spec{Name: "unsupported", Doc: "refused: AveragePool, a grouped Conv, a float MatMul",
		Model: b.model(tensorType("x", onnx.Float, 1, c, 8, 8), tensorType("y", onnx.Float, 1, 4)), Sample: sampleFloat(9, "x", sx, 1, c, 8, 8)}
}

// mlpQGemm: x[1,48] float → QuantizeLinear (uint8) → com.microsoft QGemm(48→24, transB,
// per-channel int8, bias, alpha 0.5) → QGemm(24→6) → DequantizeLinear → y.
func mlpQGemm() *Spec {
	b := newBuilder(10)
	const in, hid, out = 48, 24, 6
	sx, zx := float32(0.015), 120
	x := b.q("x", sx, zx, onnx.Uint8)
	qgemm := func(a string, sa float32, za, k, n int, sw []float32, alpha float32, sy float32, zy int) string {
		w := b.init(onnx.Int8Tensor(b.name("w"), []int64{int64(n), int64(k)}, b.randInt8(n*k)))
		var swn, zwn string
		if len(sw) == 1 {
			swn, zwn = b.scalar(sw[0]), b.zero(0, onnx.Int8)
		} else {
			swn = b.init(onnx.Float32Tensor(b.name("wscale"), []int64{int64(n)}, sw))
			zwn = b.init(onnx.Int8Tensor(b.name("wzp"), []int64{int64(n)}, make([]int8, n)))
		}
		bias := b.init(onnx.Int32Tensor(b.name("bias"), []int64{int64(n)}, b.randInt32(n, 1500)))
		return b.node("QGemm", "com.microsoft", []string{a, b.scalar(sa), b.zero(za, onnx.Uint8), w, swn, zwn, bias, b.scalar(sy), b.zero(zy, onnx.Uint8)},
			intAttr("transB", 1), floatAttr("alpha", alpha))
	}
	s1 := outScale(sx, 0.005, in) / 2
	h := qgemm(x, sx, zx, in, hid, b.scales(hid, 0.005), 0.5, s1, 128)
	s2 := outScale(s1, 0.008, hid)
	y := qgemm(h, s1, 128, hid, out, []float32{0.008}, 1, s2, 128)
	b.dq(y, s2, 128, onnx.Uint8)
	b.rename("y")
	return &Spec{Name: "mlp_qgemm", Doc: "two-layer MLP, com.microsoft QGemm (transB, per-channel, bias, alpha), uint8 activations",
		Model: b.model(tensorType("x", onnx.Float, 1, in), tensorType("y", onnx.Float, 1, out)), Sample: sampleFloat(10, "x", sx, 1, in)}
}

// cnnNHWC: x[1,4,6,6] float → Q/DQ (int8) → Conv 1×1 (8 filters, no IM2COL) → Clip(0, 6) →
// Q/DQ → Transpose to NHWC → Reshape [1,-1] → MatMul(288→12) + Add(bias) → Q/DQ → Sigmoid →
// Q → DQ → y. A Transpose the importer absorbs into the next layer's weight order, ReLU6, and a
// QDQ Sigmoid.
func cnnNHWC() *Spec {
	b := newBuilder(11)
	const c, h, w, f, out = 4, 6, 6, 8, 12
	sx := float32(0.05)
	x := b.qdq("x", sx, 3, onnx.Int8)
	swc := b.scales(f, 0.01)
	y := b.node("Conv", "", []string{x, b.dqWeights(b.randInt8(f*c), []int64{f, c, 1, 1}, swc, 0), b.dqBias(b.randInt32(f, 500), sx, swc)}, ints("kernel_shape", 1, 1))
	lo := b.init(onnx.Float32Tensor(b.name("min"), nil, []float32{0}))
	hi := b.init(onnx.Float32Tensor(b.name("max"), nil, []float32{6}))
	y = b.node("Clip", "", []string{y, lo, hi})
	s1 := outScale(sx, 0.01, c)
	y = b.qdq(y, s1, -128, onnx.Int8)
	y = b.node("Transpose", "", []string{y}, ints("perm", 0, 2, 3, 1))
	shape := b.init(onnx.Int64Tensor(b.name("shape"), []int64{2}, []int64{1, -1}))
	y = b.node("Reshape", "", []string{y, shape})
	k := h * w * f
	sw2 := []float32{0.0003}
	y = b.node("MatMul", "", []string{y, b.dqWeights(b.randInt8(k*out), []int64{int64(k), out}, sw2, 0)})
	y = b.node("Add", "", []string{b.dqBias(b.randInt32(out, 2000), s1, sw2), y})
	s2 := outScale(s1, 0.0003, k)
	y = b.qdq(y, s2, 0, onnx.Int8)
	y = b.node("Sigmoid", "", []string{y})
	b.dq(b.q(y, 1.0/256, -128, onnx.Int8), 1.0/256, -128, onnx.Int8)
	b.rename("y")
	return &Spec{Name: "cnn_nhwc", Doc: "Conv 1×1 + ReLU6 (Clip), Transpose to NHWC, Reshape, MatMul + Add bias, Sigmoid; QDQ, int8",
		Model: b.model(tensorType("x", onnx.Float, 1, c, h, w), tensorType("y", onnx.Float, 1, out)), Sample: sampleFloat(11, "x", sx, 1, c, h, w)}
}
