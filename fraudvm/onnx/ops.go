package onnx

import (
	"fmt"
	"math"
	"slices"

	"github.com/crollup/crollup/fraudvm/isa"
)

// The node handlers. Each reads its inputs' meanings (value), emits instructions where the
// result's integer form is known, and records the meaning of its outputs. A float computation in
// QDQ form (DequantizeLinear → MatMul → QuantizeLinear) is held as a pending value until the
// QuantizeLinear that fixes its output scale arrives: only then can the accumulator be
// requantized.

const msDomain = "com.microsoft"

// handlers maps "domain/op" to its handler; the default domain is "".
var handlers = map[string]func(*importer, *Node){
	"/Constant":                    (*importer).constantNode,
	"/Identity":                    (*importer).identity,
	"/QuantizeLinear":              (*importer).quantizeLinear,
	"/DequantizeLinear":            (*importer).dequantizeLinear,
	"/MatMul":                      (*importer).matMul,
	"/Gemm":                        (*importer).gemm,
	"/Conv":                        (*importer).conv,
	"/Add":                         (*importer).add,
	"/Relu":                        (*importer).relu,
	"/Clip":                        (*importer).clip,
	"/MaxPool":                     (*importer).maxPool,
	"/Sigmoid":                     (*importer).unary,
	"/Tanh":                        (*importer).unary,
	"/LeakyRelu":                   (*importer).unary,
	"/Softmax":                     (*importer).softmax,
	"/ArgMax":                      (*importer).argMax,
	"/Reshape":                     (*importer).reshape,
	"/Flatten":                     (*importer).reshape,
	"/Squeeze":                     (*importer).reshape,
	"/Unsqueeze":                   (*importer).reshape,
	"/Transpose":                   (*importer).transpose,
	"/QLinearMatMul":               (*importer).qlinearMatMul,
	"/QLinearConv":                 (*importer).qlinearConv,
	"/MatMulInteger":               (*importer).matMulInteger,
	"/ConvInteger":                 (*importer).convInteger,
	msDomain + "/QLinearAdd":       (*importer).qlinearAdd,
	msDomain + "/QGemm":            (*importer).qgemm,
	msDomain + "/QLinearSigmoid":   (*importer).qlinearUnary,
	msDomain + "/QLinearLeakyRelu": (*importer).qlinearUnary,
}

// refused names operators the importer knows and refuses, with the reason.
var refused = map[string]string{
	"/AveragePool":                         "an average divides by the window size, which the instruction set does not do exactly",
	"/GlobalAveragePool":                   "an average divides by the window size, which the instruction set does not do exactly",
	msDomain + "/QLinearAveragePool":       "an average divides by the window size, which the instruction set does not do exactly",
	msDomain + "/QLinearGlobalAveragePool": "an average divides by the window size, which the instruction set does not do exactly",
	"/DynamicQuantizeLinear":               "dynamic quantization computes scales from the data at run time: quantize the model statically (quantize_static)",
	"/Cast":                                "casts between integer and float are not integer arithmetic: quantize the model statically, in QDQ or QOperator form",
	"/Mul":                                 "float multiplication: quantize the model statically so that scales fold into requantization",
}

func opKey(n *Node) string {
	d := n.Domain
	if d == "ai.onnx" {
		d = ""
	}
	return d + "/" + n.OpType
}

// static reports what is wrong with a node regardless of its inputs: used for nodes downstream
// of a failure, so that every unsupported operator is named even when an earlier one failed.
func (im *importer) static(n *Node) {
	if im.handler(n) == nil {
		return
	}
	// What can be told from the attributes and initializers alone.
	switch n.OpType {
	case "Conv", "QLinearConv", "ConvInteger", "MaxPool":
		if g, _ := attrInt(n, "group", 1); g != 1 {
			im.problem("group=%d: grouped and depthwise convolutions are not supported (IM2COL reads every channel)", g)
		}
		if d, ok, _ := attrInts(n, "dilations"); ok && slices.ContainsFunc(d, func(v int64) bool { return v != 1 }) {
			im.problem("dilations %v: only 1", d)
		}
		if cm, _ := attrInt(n, "ceil_mode", 0); cm != 0 {
			im.problem("ceil_mode=1 is not supported")
		}
	case "MatMul", "Gemm":
		if v, ok := im.vals[input(n, 1)]; ok && v.kind == kConst && v.c.dt == Float {
			im.problem("weights %q must be an int8 or uint8 initializer read through a DequantizeLinear (float weights: quantize the model first)", v.c.name)
		}
	}
}

// handler returns n's handler, or nil after recording why the operator is not supported.
func (im *importer) handler(n *Node) func(*importer, *Node) {
	k := opKey(n)
	if why, ok := refused[k]; ok {
		im.problem("%s", why)
		return nil
	}
	h, ok := handlers[k]
	if !ok {
		im.problem("operator not supported")
		return nil
	}
	return h
}

func (im *importer) node(n *Node) {
	h := im.handler(n)
	if h == nil {
		return
	}
	if len(n.Outputs) == 0 || n.Outputs[0] == "" {
		im.problem("the node has no output")
		return
	}
	h(im, n)
}

// val returns the meaning of input i, recording a problem when it is missing.
func (im *importer) val(n *Node, i int) *value {
	name := input(n, i)
	if name == "" {
		im.problem("input %d is missing", i)
		return nil
	}
	v, ok := im.vals[name]
	if !ok {
		im.problem("input %q is not produced by any earlier node, initializer or graph input", name)
		return nil
	}
	return v
}

// set records output 0's meaning.
func (im *importer) set(n *Node, v *value) { im.vals[n.Outputs[0]] = v }

// constInput returns input i as a constant.
func (im *importer) constInput(n *Node, i int, what string) *constant {
	v := im.val(n, i)
	if v == nil {
		return nil
	}
	if v.kind != kConst {
		im.problem("%s (input %q) must be a constant (an initializer)", what, input(n, i))
		return nil
	}
	return v.c
}

// scalarScale returns input i as a per-tensor scale.
func (im *importer) scalarScale(n *Node, i int, what string) (float32, bool) {
	c := im.constInput(n, i, what)
	if c == nil {
		return 0, false
	}
	if c.dt != Float || len(c.floats) != 1 {
		im.problem("%s %q must be one float (per-tensor quantization), have %s%v", what, c.name, c.dt, c.dims)
		return 0, false
	}
	s := c.floats[0]
	if !(s > 0) || math.IsInf(float64(s), 0) {
		im.problem("%s %q is %g: a scale must be positive and finite", what, c.name, s)
		return 0, false
	}
	return s, true
}

// scalarZero returns input i as a per-tensor zero point in the int8 domain and its type; an
// absent input is a zero of type def.
func (im *importer) scalarZero(n *Node, i int, what string, def DataType) (int, DataType, bool) {
	if input(n, i) == "" {
		if def == Uint8 {
			return -128, Uint8, true
		}
		return 0, def, true
	}
	c := im.constInput(n, i, what)
	if c == nil {
		return 0, 0, false
	}
	if (c.dt != Int8 && c.dt != Uint8) || len(c.ints) != 1 {
		im.problem("%s %q must be one int8 or uint8 value, have %s%v", what, c.name, c.dt, c.dims)
		return 0, 0, false
	}
	return toInt8Domain(c.ints[0], c.dt), c.dt, true
}

func toInt8Domain(v int64, dt DataType) int {
	if dt == Uint8 {
		return int(v) - 128
	}
	return int(v)
}

// newConstant reads an initializer.
func newConstant(t *Tensor) (*constant, error) {
	if t.External {
		return nil, fmt.Errorf("data stored outside the model file (external data) is not supported")
	}
	c := &constant{name: t.Name, dt: t.DataType, dims: slices.Clone(t.Dims)}
	var err error
	switch t.DataType {
	case Float:
		c.floats, err = t.Float32s()
	case Int8, Uint8, Int16, Uint16, Int32, Int64, Bool:
		c.ints, err = t.Int64s()
	default:
		// Other types are kept (an unused initializer of any type is harmless); readers refuse them.
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

func (c *constant) size() int {
	if c.dt == Float {
		return len(c.floats)
	}
	return len(c.ints)
}

// ---- structure ------------------------------------------------------------------------------

func (im *importer) constantNode(n *Node) {
	a := attr(n, "value")
	if a == nil || a.Type != AttrTensor || a.T == nil {
		im.problem("only the tensor form (attribute value) of Constant is supported")
		return
	}
	t := *a.T
	t.Name = n.Outputs[0]
	c, err := newConstant(&t)
	if err != nil {
		im.problem("value: %v", err)
		return
	}
	im.set(n, &value{kind: kConst, c: c})
}

func (im *importer) identity(n *Node) {
	if v := im.val(n, 0); v != nil {
		im.set(n, v)
	}
}

// ---- quantization ---------------------------------------------------------------------------

func (im *importer) quantizeLinear(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	scale, ok := im.scalarScale(n, 1, "y_scale") // per-tensor only: activations are never per-axis
	if !ok {
		return
	}
	def := Uint8
	if od, _ := attrInt(n, "output_dtype", 0); od != 0 {
		def = DataType(od)
		if def != Int8 && def != Uint8 {
			im.problem("output_dtype %s: only int8 and uint8 are supported", def)
			return
		}
	}
	zero, elem, ok := im.scalarZero(n, 2, "y_zero_point", def)
	if !ok {
		return
	}
	switch v.kind {
	case kInputF:
		if input(n, 0) != im.inName || im.in != nil {
			im.problem("the float input is quantized twice")
			return
		}
		t := im.declareInput(v.t.dims, elem)
		t.hasQ, t.scale, t.zero = true, scale, zero
		im.in = &Signature{Name: im.inName, Elem: Float, Dims: t.dims, Scale: scale, Zero: fromInt8Domain(zero, elem), QElem: elem,
			DType: isa.Int8, Rows: t.rows, Cols: t.cols, perm: t.perm}
		im.set(n, &value{kind: kQ, t: t})
	case kPend:
		if t := im.emit(v.p, scale, zero, elem); t != nil {
			im.set(n, &value{kind: kQ, t: t})
		}
	case kF:
		p := &pending{node: n, op: "requant", a: v.t, dims: v.t.dims, lo: math.Inf(-1), hi: math.Inf(1)}
		if t := im.emit(p, scale, zero, elem); t != nil {
			im.set(n, &value{kind: kQ, t: t})
		}
	default:
		im.problem("QuantizeLinear of %s is not supported (only of the float input, of a DequantizeLinear's output, or of a computation on those)", kindName(v.kind))
	}
}

func (im *importer) dequantizeLinear(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	switch v.kind {
	case kQ:
		scale, ok := im.scalarScale(n, 1, "x_scale")
		if !ok {
			return
		}
		zero, zt, ok := im.scalarZero(n, 2, "x_zero_point", v.t.elem)
		if !ok {
			return
		}
		if zt != v.t.elem && input(n, 2) != "" {
			im.problem("x_zero_point is %s but x is %s", zt, v.t.elem)
			return
		}
		t := *v.t
		t.hasQ, t.scale, t.zero = true, scale, zero
		im.set(n, &value{kind: kF, t: &t})
	case kConst:
		c := v.c
		if c.dt != Int8 && c.dt != Uint8 && c.dt != Int32 {
			im.problem("DequantizeLinear of %s constant %q: only int8, uint8 and int32 constants", c.dt, c.name)
			return
		}
		sc := im.constInput(n, 1, "x_scale")
		if sc == nil {
			return
		}
		if sc.dt != Float || len(sc.floats) == 0 {
			im.problem("x_scale %q must be float", sc.name)
			return
		}
		for _, s := range sc.floats {
			if !(s > 0) || math.IsInf(float64(s), 0) {
				im.problem("x_scale %q holds %g: scales must be positive and finite", sc.name, s)
				return
			}
		}
		d := &deqParams{scale: sc.floats, zero: make([]int64, len(sc.floats))}
		if input(n, 2) != "" {
			zc := im.constInput(n, 2, "x_zero_point")
			if zc == nil {
				return
			}
			if zc.dt != c.dt || len(zc.ints) != len(sc.floats) {
				im.problem("x_zero_point %q is %s%v, want %s with one value per scale", zc.name, zc.dt, zc.dims, c.dt)
				return
			}
			d.zero = zc.ints
		}
		axis, _ := attrInt(n, "axis", 1)
		if len(sc.floats) > 1 {
			if axis < 0 {
				axis += int64(len(c.dims))
			}
			if axis < 0 || int(axis) >= len(c.dims) || c.dims[axis] != int64(len(sc.floats)) {
				im.problem("per-axis scale %q has %d values for axis %d of %q %v", sc.name, len(sc.floats), axis, c.name, c.dims)
				return
			}
			d.axis = int(axis)
		}
		dc := *c
		dc.deq = d
		im.set(n, &value{kind: kConst, c: &dc})
	default:
		im.problem("DequantizeLinear of %s is not supported", kindName(v.kind))
	}
}

// ---- QDQ compute ----------------------------------------------------------------------------

// activation returns input i as a dequantized activation (the output of a DequantizeLinear).
func (im *importer) activation(n *Node, i int) *tens {
	v := im.val(n, i)
	if v == nil {
		return nil
	}
	if v.kind != kF {
		im.problem("input %q must be a quantized activation (the output of a DequantizeLinear), is %s", input(n, i), kindName(v.kind))
		return nil
	}
	return v.t
}

// weights returns input i as DequantizeLinear'ed int8/uint8 weights.
func (im *importer) weights(n *Node, i int) *constant {
	v := im.val(n, i)
	if v == nil {
		return nil
	}
	if v.kind != kConst || v.c.deq == nil || (v.c.dt != Int8 && v.c.dt != Uint8) {
		im.problem("weights %q must be an int8 or uint8 initializer read through a DequantizeLinear (float weights: quantize the model first)", input(n, i))
		return nil
	}
	return v.c
}

// biasInput returns input i as DequantizeLinear'ed int32 bias, or nil when absent.
func (im *importer) biasInput(n *Node, i int) (*constant, bool) {
	if input(n, i) == "" {
		return nil, true
	}
	v := im.val(n, i)
	if v == nil {
		return nil, false
	}
	if v.kind != kConst || v.c.deq == nil || v.c.dt != Int32 {
		im.problem("bias %q must be an int32 initializer read through a DequantizeLinear", input(n, i))
		return nil, false
	}
	return v.c, true
}

func (im *importer) matMul(n *Node) {
	a := im.activation(n, 0)
	w := im.weights(n, 1)
	if a == nil || w == nil {
		return
	}
	if len(w.dims) != 2 {
		im.problem("weights %q are %v: only 2-D weights", w.name, w.dims)
		return
	}
	im.set(n, &value{kind: kPend, p: &pending{node: n, op: "matmul", a: a, w: w, alpha: 1,
		dims: append(slices.Clone(a.dims[:len(a.dims)-1]), w.dims[1]), lo: math.Inf(-1), hi: math.Inf(1)}})
}

func (im *importer) gemm(n *Node) {
	alpha, err1 := attrFloat(n, "alpha", 1)
	beta, err2 := attrFloat(n, "beta", 1)
	ta, err3 := attrInt(n, "transA", 0)
	tb, err4 := attrInt(n, "transB", 0)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			im.problem("%v", err)
			return
		}
	}
	if ta != 0 {
		im.problem("transA=1 is not supported")
		return
	}
	if !(alpha > 0) {
		im.problem("alpha %g: must be positive", alpha)
		return
	}
	a := im.activation(n, 0)
	w := im.weights(n, 1)
	bias, ok := im.biasInput(n, 2)
	if a == nil || w == nil || !ok {
		return
	}
	if bias != nil && beta != 1 {
		im.problem("beta %g with a bias: only beta = 1", beta)
		return
	}
	if len(w.dims) != 2 || len(a.dims) != 2 {
		im.problem("Gemm of %v by %v: both must be 2-D", a.dims, w.dims)
		return
	}
	nOut := w.dims[1]
	if tb != 0 {
		nOut = w.dims[0]
	}
	im.set(n, &value{kind: kPend, p: &pending{node: n, op: "matmul", a: a, w: w, bias: bias, alpha: float64(alpha), wTrans: tb != 0,
		dims: []int64{a.dims[0], nOut}, lo: math.Inf(-1), hi: math.Inf(1)}})
}

func (im *importer) conv(n *Node) {
	x := im.activation(n, 0)
	w := im.weights(n, 1)
	bias, ok := im.biasInput(n, 2)
	if x == nil || w == nil || !ok {
		return
	}
	g := im.convGeometry(n, x, w.dims)
	if g == nil {
		return
	}
	im.set(n, &value{kind: kPend, p: &pending{node: n, op: "conv", a: x, w: w, bias: bias, conv: g, alpha: 1,
		dims: []int64{1, w.dims[0], int64(g.oh), int64(g.ow)}, lo: math.Inf(-1), hi: math.Inf(1)}})
}

func (im *importer) add(n *Node) {
	va, vb := im.val(n, 0), im.val(n, 1)
	if va == nil || vb == nil {
		return
	}
	// A bias added after a MatMul or Conv (MatMul + Add is how some exporters write Gemm).
	if vb.kind == kPend && va.kind == kConst {
		va, vb = vb, va
	}
	if va.kind == kPend && vb.kind == kConst && (va.p.op == "matmul" || va.p.op == "conv") && va.p.bias == nil {
		c := vb.c
		if c.deq == nil || c.dt != Int32 {
			im.problem("bias %q must be an int32 initializer read through a DequantizeLinear", c.name)
			return
		}
		if c.size() != int(va.p.dims[1]) && c.size() != int(va.p.dims[len(va.p.dims)-1]) {
			im.problem("bias %q has %d values for %v", c.name, c.size(), va.p.dims)
			return
		}
		p := *va.p
		p.bias = c
		im.set(n, &value{kind: kPend, p: &p})
		return
	}
	if va.kind != kF || vb.kind != kF {
		im.problem("Add of %s and %s: only of two quantized activations, or of a bias to a MatMul or Conv", kindName2(va.kind), kindName2(vb.kind))
		return
	}
	if !slices.Equal(va.t.dims, vb.t.dims) {
		im.problem("Add of shapes %v and %v: broadcasting is not supported", va.t.dims, vb.t.dims)
		return
	}
	im.set(n, &value{kind: kPend, p: &pending{node: n, op: "add", a: va.t, b: vb.t, dims: va.t.dims, lo: math.Inf(-1), hi: math.Inf(1)}})
}

func kindName2(k kind) string {
	switch k {
	case kQ:
		return "an integer tensor"
	case kI32:
		return "an int32 accumulator"
	case kF:
		return "a quantized activation"
	}
	return kindName(k)
}

// clampPending applies a real-valued clamp to a pending value or to a dequantized activation.
func (im *importer) clampPending(n *Node, lo, hi float64) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	var p pending
	switch v.kind {
	case kPend:
		p = *v.p
	case kF:
		p = pending{node: n, op: "requant", a: v.t, dims: v.t.dims, lo: math.Inf(-1), hi: math.Inf(1)}
	default:
		im.problem("%s of %s: only of a quantized activation or a result a QuantizeLinear follows", n.OpType, kindName2(v.kind))
		return
	}
	p.lo, p.hi = max(p.lo, lo), min(p.hi, hi)
	im.set(n, &value{kind: kPend, p: &p})
}

func (im *importer) relu(n *Node) { im.clampPending(n, 0, math.Inf(1)) }

func (im *importer) clip(n *Node) {
	lo, hi := math.Inf(-1), math.Inf(1)
	if im.opset > 0 && im.opset < 11 {
		l, err1 := attrFloat(n, "min", float32(math.Inf(-1)))
		h, err2 := attrFloat(n, "max", float32(math.Inf(1)))
		if err1 != nil || err2 != nil {
			im.problem("bad min or max attribute")
			return
		}
		lo, hi = float64(l), float64(h)
	} else {
		for i, p := range []*float64{&lo, &hi} {
			if input(n, i+1) == "" {
				continue
			}
			c := im.constInput(n, i+1, []string{"min", "max"}[i])
			if c == nil {
				return
			}
			if c.dt != Float || len(c.floats) != 1 {
				im.problem("Clip %s %q must be one float", []string{"min", "max"}[i], c.name)
				return
			}
			*p = float64(c.floats[0])
		}
	}
	if lo > hi {
		im.problem("Clip min %g > max %g", lo, hi)
		return
	}
	im.clampPending(n, lo, hi)
}

// unary is an element-wise float function between a DequantizeLinear and a QuantizeLinear: a
// LUT8 once the output quantization is known.
func (im *importer) unary(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	if v.kind != kF {
		im.problem("%s of %s: only of a quantized activation (put a QuantizeLinear/DequantizeLinear pair before it)", n.OpType, kindName2(v.kind))
		return
	}
	f, err := unaryFunc(n)
	if err != nil {
		im.problem("%v", err)
		return
	}
	im.set(n, &value{kind: kPend, p: &pending{node: n, op: "unary", a: v.t, f: f, dims: v.t.dims, lo: math.Inf(-1), hi: math.Inf(1)}})
}

func unaryFunc(n *Node) (func(float64) float64, error) {
	switch n.OpType {
	case "Sigmoid", "QLinearSigmoid":
		return func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }, nil
	case "Tanh":
		return math.Tanh, nil
	case "LeakyRelu", "QLinearLeakyRelu":
		alpha, err := attrFloat(n, "alpha", 0.01)
		if err != nil {
			return nil, err
		}
		a := float64(alpha)
		return func(x float64) float64 {
			if x < 0 {
				return a * x
			}
			return x
		}, nil
	}
	return nil, fmt.Errorf("no function for %s", n.OpType)
}

func (im *importer) softmax(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	if v.kind != kF {
		im.problem("Softmax of %s: only of a quantized activation, read by an ArgMax", kindName2(v.kind))
		return
	}
	axis, _ := attrInt(n, "axis", -1)
	if im.opset > 0 && im.opset < 13 {
		axis, _ = attrInt(n, "axis", 1)
	}
	if axis != -1 && axis != int64(len(v.t.dims)-1) {
		im.problem("Softmax over axis %d of %v: only over the last axis", axis, v.t.dims)
		return
	}
	im.set(n, &value{kind: kSoftmax, t: v.t})
}

func (im *importer) argMax(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	if v.kind != kF && v.kind != kQ && v.kind != kSoftmax {
		im.problem("ArgMax of %s is not supported", kindName2(v.kind))
		return
	}
	t := v.t
	axis, _ := attrInt(n, "axis", 0)
	keep, _ := attrInt(n, "keepdims", 1)
	last, _ := attrInt(n, "select_last_index", 0)
	if axis < 0 {
		axis += int64(len(t.dims))
	}
	if axis != int64(len(t.dims)-1) {
		im.problem("ArgMax over axis %d of %v: only over the last axis", axis, t.dims)
		return
	}
	if last != 0 {
		im.problem("select_last_index=1: ARGMAX returns the first maximum")
		return
	}
	cols := int(t.dims[len(t.dims)-1])
	a, sigma := im.asMatrix(t, int(numElems(t.dims))/cols, cols, "ArgMax input")
	if a == nil {
		return
	}
	if !isIdentity(sigma) {
		im.problem("ArgMax over a permuted axis (a Transpose before it) is not supported")
		return
	}
	rows := a.rows
	d := im.b.Arena(isa.Int32, rows, 1)
	im.b.ArgMax(d, a.ref)
	dims := slices.Clone(t.dims[:len(t.dims)-1])
	if keep != 0 {
		dims = append(dims, 1)
	}
	if len(dims) == 0 {
		dims = []int64{1}
	}
	im.set(n, &value{kind: kI32, t: &tens{ref: d, dt: isa.Int32, rows: rows, cols: 1, dims: dims, elem: Int64}})
}

// ---- layout ---------------------------------------------------------------------------------

// reshape handles Reshape, Flatten, Squeeze and Unsqueeze: the ONNX shape changes, the
// row-major order of elements does not, so the program tensor is untouched.
func (im *importer) reshape(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	var t *tens
	switch v.kind {
	case kQ, kF, kI32:
		t = v.t
	default:
		im.problem("%s of %s is not supported", n.OpType, kindName2(v.kind))
		return
	}
	dims, err := im.newShape(n, t.dims)
	if err != nil {
		im.problem("%v", err)
		return
	}
	if numElems(dims) != numElems(t.dims) {
		im.problem("shape %v has %d elements, the input %v has %d", dims, numElems(dims), t.dims, numElems(t.dims))
		return
	}
	nt := *t
	nt.dims = dims
	im.set(n, &value{kind: v.kind, t: &nt})
}

func (im *importer) newShape(n *Node, in []int64) ([]int64, error) {
	switch n.OpType {
	case "Reshape":
		c := im.constInput(n, 1, "shape")
		if c == nil {
			return nil, fmt.Errorf("the shape must be a constant")
		}
		if allow, _ := attrInt(n, "allowzero", 0); allow != 0 {
			return nil, fmt.Errorf("allowzero=1 is not supported")
		}
		out := slices.Clone(c.ints)
		neg := -1
		for i, d := range out {
			switch {
			case d == 0:
				if i >= len(in) {
					return nil, fmt.Errorf("shape %v copies dimension %d of %v", c.ints, i, in)
				}
				out[i] = in[i]
			case d == -1 && neg < 0:
				neg = i
			case d < 0:
				return nil, fmt.Errorf("bad shape %v", c.ints)
			}
		}
		if neg >= 0 {
			out[neg] = 1
			rest := numElems(out)
			if rest <= 0 || numElems(in)%rest != 0 {
				return nil, fmt.Errorf("shape %v does not fit %v", c.ints, in)
			}
			out[neg] = numElems(in) / rest
		}
		return out, nil
	case "Flatten":
		axis, _ := attrInt(n, "axis", 1)
		if axis < 0 {
			axis += int64(len(in))
		}
		if axis < 0 || axis > int64(len(in)) {
			return nil, fmt.Errorf("axis %d of %v", axis, in)
		}
		a, b := int64(1), int64(1)
		for i, d := range in {
			if int64(i) < axis {
				a *= d
			} else {
				b *= d
			}
		}
		return []int64{a, b}, nil
	case "Squeeze", "Unsqueeze":
		axes, ok, err := attrInts(n, "axes")
		if err != nil {
			return nil, err
		}
		if !ok && input(n, 1) != "" {
			c := im.constInput(n, 1, "axes")
			if c == nil {
				return nil, fmt.Errorf("axes must be a constant")
			}
			axes = c.ints
		}
		if n.OpType == "Squeeze" {
			var out []int64
			for i, d := range in {
				drop := len(axes) == 0 && d == 1
				for _, a := range axes {
					if a == int64(i) || a+int64(len(in)) == int64(i) {
						drop = true
					}
				}
				if !drop {
					out = append(out, d)
				}
			}
			return out, nil
		}
		rank := int64(len(in) + len(axes))
		out := make([]int64, 0, rank)
		src := 0
		for i := range rank {
			ins := false
			for _, a := range axes {
				if a == i || a+rank == i {
					ins = true
				}
			}
			if ins {
				out = append(out, 1)
			} else if src < len(in) {
				out = append(out, in[src])
				src++
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("not a reshape")
}

// transpose permutes the ONNX shape; the program tensor stays where it is and its element map
// is composed with the permutation, so a Transpose costs no instruction. Whether the operators
// downstream can read the new order is checked where they read it.
func (im *importer) transpose(n *Node) {
	v := im.val(n, 0)
	if v == nil {
		return
	}
	if v.kind != kQ && v.kind != kF && v.kind != kI32 {
		im.problem("Transpose of %s is not supported", kindName2(v.kind))
		return
	}
	t := v.t
	r := len(t.dims)
	perm, ok, err := attrInts(n, "perm")
	if err != nil {
		im.problem("%v", err)
		return
	}
	if !ok {
		perm = make([]int64, r)
		for i := range perm {
			perm[i] = int64(r - 1 - i)
		}
	}
	if len(perm) != r {
		im.problem("perm %v for rank %d", perm, r)
		return
	}
	seen := make([]bool, r)
	for _, p := range perm {
		if p < 0 || int(p) >= r || seen[p] {
			im.problem("perm %v is not a permutation", perm)
			return
		}
		seen[p] = true
	}
	newDims := make([]int64, r)
	for i, p := range perm {
		newDims[i] = t.dims[p]
	}
	// old flat index → new flat index.
	total := int(numElems(t.dims))
	oldStride := strides(t.dims)
	newStride := strides(newDims)
	remap := make([]int32, total)
	idx := make([]int64, r)
	for flat := range total {
		rem := int64(flat)
		for i := range r {
			idx[i] = rem / oldStride[i]
			rem %= oldStride[i]
		}
		var nf int64
		for i, p := range perm {
			nf += idx[p] * newStride[i]
		}
		remap[flat] = int32(nf)
	}
	nt := *t
	nt.dims = newDims
	nt.perm = make([]int32, total)
	for e := range total {
		old := int32(e)
		if t.perm != nil {
			old = t.perm[e]
		}
		nt.perm[e] = remap[old]
	}
	im.set(n, &value{kind: v.kind, t: &nt})
}

func strides(dims []int64) []int64 {
	s := make([]int64, len(dims))
	acc := int64(1)
	for i := len(dims) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= dims[i]
	}
	return s
}

func isIdentity(p []int32) bool {
	for i, v := range p {
		if int(v) != i {
			return false
		}
	}
	return true
}

// asMatrix returns t as a program tensor of shape [m, k] whose rows are the ONNX rows, and the
// order of each row's elements: sigma[j] is the ONNX column of program column j. It reshapes
// with a COPY when the program tensor has another shape, and fails when the element map moves
// elements across rows.
func (im *importer) asMatrix(t *tens, m, k int, what string) (*tens, []int32) {
	if t.rows*t.cols != m*k {
		im.problem("%s has %d elements, want [%d,%d]", what, t.rows*t.cols, m, k)
		return nil, nil
	}
	out := t
	if t.rows != m {
		d := im.b.Arena(t.dt, m, k)
		im.b.Copy(d, t.ref)
		nt := *t
		nt.ref, nt.rows, nt.cols = d, m, k
		out = &nt
	}
	sigma := make([]int32, k)
	for j := range k {
		sigma[j] = int32(j)
		if t.perm != nil {
			sigma[j] = t.perm[j]
		}
	}
	if t.perm != nil {
		for r := range m {
			for j := range k {
				if t.perm[r*k+j] != int32(r*k)+sigma[j] {
					im.problem("%s: its element order (from a Transpose or an image layout) moves elements across rows, which a MATMUL cannot read", what)
					return nil, nil
				}
			}
		}
	}
	return out, sigma
}
