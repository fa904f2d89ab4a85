// Package testmodels writes the small quantized ONNX models the importer is tested on, in the
// forms ONNX Runtime's quantizer produces: QDQ (QuantizeLinear/DequantizeLinear pairs around
// float operators, int8 weights per channel, int32 bias at input scale × weight scale) and
// QOperator (QLinearMatMul, QLinearConv, com.microsoft QLinearAdd and QLinearSigmoid), plus the
// integer-only MatMulInteger and ConvInteger. ONNX Runtime's quantizer is a Python tool and this
// repository's CI reaches no Python package index, so the graphs are written here node by node,
// with weights from a fixed seed and scales set the way static calibration sets them (the range
// of the values a layer produces, over 127).
//
// `go run ./fraudvm/onnx/testmodels/gen` rewrites fraudvm/onnx/testdata/models; a test checks
// that the committed files are what this package writes.
package testmodels

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/crollup/crollup/fraudvm/onnx"
)

// Spec is one test model.
type Spec struct {
	Name  string
	Doc   string
	Model *onnx.Model
	// Exact is true for integer-only models: crollup must match ONNX Runtime bit for bit.
	// Otherwise outputs may differ by one in the last bit of a requantization.
	Exact bool
	// Sample is one input, written beside the model as NAME.input.npy.
	Sample *onnx.Tensor
}

// All returns every test model, in a fixed order.
func All() []*Spec {
	return []*Spec{mlpQDQ(), mlpQOp(), mlpQGemm(), mlpInteger(), cnnQDQ(), cnnQOp(), cnnNHWC(), convInteger(), residualQDQ(), residualQOp(), unsupported()}
}

// builder assembles one graph.
type builder struct {
	g    *onnx.Graph
	r    *rand.Rand
	n    int
	msft bool
}

func newBuilder(seed uint64) *builder {
	return &builder{g: &onnx.Graph{Name: "g"}, r: rand.New(rand.NewPCG(seed, 0x6f6e6e78))}
}

func (b *builder) name(p string) string {
	b.n++
	return fmt.Sprintf("%s_%d", p, b.n)
}

func (b *builder) init(t *onnx.Tensor) string {
	b.g.Initializers = append(b.g.Initializers, t)
	return t.Name
}

func (b *builder) node(op, domain string, ins []string, attrs ...*onnx.Attr) string {
	out := b.name(op)
	if domain == "com.microsoft" {
		b.msft = true
	}
	b.g.Nodes = append(b.g.Nodes, &onnx.Node{Name: out, OpType: op, Domain: domain, Inputs: ins, Outputs: []string{out}, Attrs: attrs})
	return out
}

func ints(name string, v ...int64) *onnx.Attr {
	return &onnx.Attr{Name: name, Type: onnx.AttrInts, Ints: v}
}

func intAttr(name string, v int64) *onnx.Attr {
	return &onnx.Attr{Name: name, Type: onnx.AttrInt, I: v}
}

func floatAttr(name string, v float32) *onnx.Attr {
	return &onnx.Attr{Name: name, Type: onnx.AttrFloat, F: v}
}

func (b *builder) scalar(s float32) string {
	return b.init(onnx.Float32Tensor(b.name("scale"), nil, []float32{s}))
}

// zero declares a zero point of type elem (Int8 or Uint8).
func (b *builder) zero(z int, elem onnx.DataType) string {
	if elem == onnx.Uint8 {
		return b.init(onnx.Uint8Tensor(b.name("zp"), nil, []uint8{uint8(z)}))
	}
	return b.init(onnx.Int8Tensor(b.name("zp"), nil, []int8{int8(z)}))
}

// q and dq write QuantizeLinear and DequantizeLinear with per-tensor parameters.
func (b *builder) q(x string, s float32, z int, elem onnx.DataType) string {
	return b.node("QuantizeLinear", "", []string{x, b.scalar(s), b.zero(z, elem)})
}

func (b *builder) dq(x string, s float32, z int, elem onnx.DataType) string {
	return b.node("DequantizeLinear", "", []string{x, b.scalar(s), b.zero(z, elem)})
}

// qdq is a QuantizeLinear/DequantizeLinear pair: how the quantizer marks an activation.
func (b *builder) qdq(x string, s float32, z int, elem onnx.DataType) string {
	return b.dq(b.q(x, s, z, elem), s, z, elem)
}

// randInt8 returns n weights in [−127, 127] (ONNX Runtime's symmetric int8 weights).
func (b *builder) randInt8(n int) []int8 {
	w := make([]int8, n)
	for i := range w {
		w[i] = int8(b.r.IntN(255) - 127)
	}
	return w
}

func (b *builder) randInt32(n, bound int) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = int32(b.r.IntN(2*bound+1) - bound)
	}
	return v
}

// scales returns n weight scales around s (per channel when n > 1).
func (b *builder) scales(n int, s float32) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = s * float32(0.5+b.r.Float64())
	}
	return out
}

// dqWeights declares int8 weights with per-channel (len(scales) > 1, along axis) or per-tensor
// scales, read through a DequantizeLinear.
func (b *builder) dqWeights(w []int8, dims []int64, scales []float32, axis int64) string {
	wn := b.init(onnx.Int8Tensor(b.name("w"), dims, w))
	var sn, zn string
	if len(scales) == 1 {
		sn = b.scalar(scales[0])
		zn = b.zero(0, onnx.Int8)
	} else {
		sn = b.init(onnx.Float32Tensor(b.name("wscale"), []int64{int64(len(scales))}, scales))
		zn = b.init(onnx.Int8Tensor(b.name("wzp"), []int64{int64(len(scales))}, make([]int8, len(scales))))
	}
	var attrs []*onnx.Attr
	if len(scales) > 1 {
		attrs = append(attrs, intAttr("axis", axis))
	}
	return b.node("DequantizeLinear", "", []string{wn, sn, zn}, attrs...)
}

// dqBias declares an int32 bias at scale sx·sw[n], as the quantizer writes it.
func (b *builder) dqBias(bias []int32, sx float32, sw []float32) string {
	bn := b.init(onnx.Int32Tensor(b.name("bias"), []int64{int64(len(bias))}, bias))
	bs := make([]float32, len(sw))
	for i, s := range sw {
		bs[i] = sx * s
	}
	var sn string
	var attrs []*onnx.Attr
	if len(bs) == 1 {
		sn = b.scalar(bs[0])
	} else {
		sn = b.init(onnx.Float32Tensor(b.name("bscale"), []int64{int64(len(bs))}, bs))
		attrs = append(attrs, intAttr("axis", 0))
	}
	zn := b.init(onnx.Int32Tensor(b.name("bzp"), []int64{int64(len(bs))}, make([]int32, len(bs))))
	if len(bs) == 1 {
		zn = b.init(onnx.Int32Tensor(b.name("bzp"), nil, []int32{0}))
	}
	return b.node("DequantizeLinear", "", []string{bn, sn, zn}, attrs...)
}

// outScale is a calibrated output scale for a dot product of k terms of inputs at scale sx and
// weights at scale sw: the spread of such a sum is about √k·(typical |x|)·(typical |w|).
func outScale(sx, sw float32, k int) float32 {
	return float32(float64(sx) * float64(sw) * math.Sqrt(float64(k)) * 64 * 73 / 127 * 2.5)
}

func tensorType(name string, elem onnx.DataType, dims ...int64) *onnx.ValueInfo {
	vi := &onnx.ValueInfo{Name: name, ElemType: elem, HasShape: true}
	for _, d := range dims {
		vi.Shape = append(vi.Shape, onnx.Dim{Value: d, HasValue: true})
	}
	return vi
}

func (b *builder) model(in, out *onnx.ValueInfo) *onnx.Model {
	b.g.Inputs = []*onnx.ValueInfo{in}
	b.g.Outputs = []*onnx.ValueInfo{out}
	m := &onnx.Model{IRVersion: 8, ProducerName: "crollup-testmodels", ProducerVersion: "1", Graph: b.g,
		Opsets: []onnx.OpsetID{{Domain: "", Version: 13}}}
	if b.msft {
		m.Opsets = append(m.Opsets, onnx.OpsetID{Domain: "com.microsoft", Version: 1})
	}
	return m
}

// rename makes the last node write the graph output name.
func (b *builder) rename(out string) {
	n := b.g.Nodes[len(b.g.Nodes)-1]
	n.Outputs[0] = out
}

// sampleFloat is a float input with values spread over [−127·s, 127·s].
func sampleFloat(seed uint64, name string, s float32, dims ...int64) *onnx.Tensor {
	r := rand.New(rand.NewPCG(seed, 1))
	n := int64(1)
	for _, d := range dims {
		n *= d
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = float32((r.Float64()*2 - 1) * 127 * float64(s))
	}
	return onnx.Float32Tensor(name, dims, v)
}

func sampleInt(seed uint64, name string, elem onnx.DataType, dims ...int64) *onnx.Tensor {
	r := rand.New(rand.NewPCG(seed, 2))
	n := int64(1)
	for _, d := range dims {
		n *= d
	}
	if elem == onnx.Uint8 {
		v := make([]uint8, n)
		for i := range v {
			v[i] = uint8(r.IntN(256))
		}
		return onnx.Uint8Tensor(name, dims, v)
	}
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return onnx.Int8Tensor(name, dims, v)
}
