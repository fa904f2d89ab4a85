package onnx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

// wireMsg builds protobuf messages by hand in tests, independently of Encode: each method
// appends one field.
type wireMsg []byte

func (m wireMsg) varint(num protowire.Number, v uint64) wireMsg {
	m = protowire.AppendTag(m, num, protowire.VarintType)
	return protowire.AppendVarint(m, v)
}

func (m wireMsg) fixed32(num protowire.Number, v uint32) wireMsg {
	m = protowire.AppendTag(m, num, protowire.Fixed32Type)
	return protowire.AppendFixed32(m, v)
}

func (m wireMsg) fixed64(num protowire.Number, v uint64) wireMsg {
	m = protowire.AppendTag(m, num, protowire.Fixed64Type)
	return protowire.AppendFixed64(m, v)
}

func (m wireMsg) bytes(num protowire.Number, v []byte) wireMsg {
	m = protowire.AppendTag(m, num, protowire.BytesType)
	return protowire.AppendBytes(m, v)
}

func (m wireMsg) str(num protowire.Number, s string) wireMsg { return m.bytes(num, []byte(s)) }

func (m wireMsg) msg(num protowire.Number, sub wireMsg) wireMsg { return m.bytes(num, sub) }

// unknowns appends field num once with every wire type, a group holding fields of its own
// included: a decoder must skip them all.
func (m wireMsg) unknowns(num protowire.Number) wireMsg {
	m = m.varint(num, math.MaxUint64).fixed32(num, 7).fixed64(num, 8).str(num, "unknown")
	m = protowire.AppendTag(m, num, protowire.StartGroupType)
	m = wireMsg{}.varint(1, 5).str(2, "in a group").appendTo(m)
	return protowire.AppendTag(m, num, protowire.EndGroupType)
}

func (m wireMsg) appendTo(dst wireMsg) wireMsg { return append(dst, m...) }

// diff describes the first difference between a and b, or is "" when they are equal. It is
// reflect.DeepEqual but for floats, which it compares by their bits: NaN equals the same NaN,
// and -0 does not equal 0.
func diff(path string, a, b reflect.Value) string {
	if a.Type() != b.Type() {
		return fmt.Sprintf("%s: type %v vs %v", path, a.Type(), b.Type())
	}
	switch a.Kind() {
	case reflect.Float32:
		if math.Float32bits(float32(a.Float())) != math.Float32bits(float32(b.Float())) {
			return fmt.Sprintf("%s: %v (%#x) vs %v (%#x)", path, a.Float(),
				math.Float32bits(float32(a.Float())), b.Float(), math.Float32bits(float32(b.Float())))
		}
	case reflect.Float64:
		if math.Float64bits(a.Float()) != math.Float64bits(b.Float()) {
			return fmt.Sprintf("%s: %v vs %v", path, a.Float(), b.Float())
		}
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: nil %v vs %v", path, a.IsNil(), b.IsNil())
			}
			return ""
		}
		return diff(path, a.Elem(), b.Elem())
	case reflect.Slice:
		if a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: nil %v vs %v", path, a.IsNil(), b.IsNil())
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: len %d vs %d", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			if d := diff(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if d := diff(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
	default:
		if a.Interface() != b.Interface() {
			return fmt.Sprintf("%s: %#v vs %#v", path, a.Interface(), b.Interface())
		}
	}
	return ""
}

func requireSame(t testing.TB, what string, got, want any) {
	t.Helper()
	if d := diff(what, reflect.ValueOf(got), reflect.ValueOf(want)); d != "" {
		t.Fatalf("got ≠ want at %s", d)
	}
}

// testModel is a model that sets every field proto.go has, in the form Decode returns (nil, not
// empty), with values that catch sign, width and float-bit mistakes.
func testModel() *Model {
	negZero := float32(math.Copysign(0, -1))
	nan := math.Float32frombits(0x7fc00123) // a NaN with a payload
	inner := &Graph{
		Name: "inner",
		Nodes: []*Node{{
			OpType: "Identity", Inputs: []string{"a"}, Outputs: []string{"b"},
			Attrs: []*Attr{{Name: "deeper", Type: AttrGraph, G: &Graph{Name: "deepest"}}},
		}},
		Outputs: []*ValueInfo{{Name: "b", ElemType: Int8}},
	}
	attrs := []*Attr{
		{Name: "alpha", Type: AttrFloat, F: 0.25},
		{Name: "negzero", Type: AttrFloat, F: negZero},
		{Name: "axis", Type: AttrInt, I: -3},
		{Name: "big", Type: AttrInt, I: math.MinInt64},
		{Name: "pad", Type: AttrString, S: []byte("NOTSET\xff")}, // not UTF-8: accepted
		{Name: "value", Type: AttrTensor, T: Int32Tensor("v", []int64{2}, []int32{-1, 1 << 30})},
		{Name: "body", Type: AttrGraph, G: inner},
		{Name: "scales", Type: AttrFloats, Floats: []float32{1.5, -2, nan, negZero}},
		{Name: "pads", Type: AttrInts, Ints: []int64{1, -1, 1 << 40, 0}},
		{Name: "modes", Type: AttrStrings, Strings: [][]byte{[]byte("a"), nil, {0}}},
		{Name: "ts", Type: AttrTensors}, // tensors (10) and graphs (11) are not in proto.go
		{Name: "gs", Type: AttrGraphs},
		{Name: "undefined", Type: AttrUndefined},
		{Name: "future", Type: 99},
	}
	typed := &Tensor{
		Name: "typed", DataType: Float, Dims: []int64{3, 1},
		FloatData:  []float32{1, -1, nan},
		Int32Data:  []int32{math.MinInt32, -1, math.MaxInt32},
		Int64Data:  []int64{math.MinInt64, 0, math.MaxInt64},
		DoubleData: []float64{math.Pi, math.Inf(-1)},
		Uint64Data: []uint64{0, math.MaxUint64},
		DocString:  "every typed field at once (the accessors refuse it; the decoder does not)",
	}
	return &Model{
		IRVersion:       8,
		ProducerName:    "onnx.quantize",
		ProducerVersion: "0.1.0",
		Domain:          "ai.test",
		ModelVersion:    3,
		DocString:       "a model with every field",
		Opsets:          []OpsetID{{Domain: "", Version: 13}, {Domain: "com.microsoft", Version: 1}},
		Graph: &Graph{
			Name:      "main",
			DocString: "the main graph",
			Nodes: []*Node{
				{
					Name: "conv", OpType: "QLinearConv", Domain: "com.microsoft", DocString: "a node",
					Inputs: []string{"x", "", "w"}, Outputs: []string{"y"}, Attrs: attrs,
				},
				{OpType: "Relu", Inputs: []string{"y"}, Outputs: []string{"z", ""}},
				{}, // an empty node survives as one
			},
			Initializers: []*Tensor{
				Int8Tensor("w", []int64{2, 2}, []int8{-128, 127, 0, -1}),
				Uint8Tensor("zp", nil, []uint8{255}),
				Int64Tensor("shape", []int64{2}, []int64{-1, 1 << 33}),
				Float32Tensor("scale", nil, []float32{0.0078125}),
				Int32Tensor("empty", []int64{0, 4}, nil),
				{Name: "ext", DataType: Int8, Dims: []int64{4}, External: true},
				{Name: "negtype", DataType: -2},
				typed,
			},
			Inputs: []*ValueInfo{
				{
					Name: "x", ElemType: Int8, HasShape: true, DocString: "the input",
					Shape: []Dim{
						{Param: "batch"},
						{Value: 3, HasValue: true},
						{Value: 0, HasValue: true}, // a real 0, written though it is 0
						{},                         // unknown
						{Value: 5, HasValue: true, Param: "both"},
						{Value: -1, HasValue: true},
					},
				},
				{Name: "unranked", ElemType: Float},
				{Name: "scalar", ElemType: Int64, HasShape: true},
				{Name: "shapeonly", HasShape: true, Shape: []Dim{{Value: 1, HasValue: true}}},
			},
			Outputs: []*ValueInfo{
				{Name: "z", ElemType: Uint8, HasShape: true, Shape: []Dim{{Param: "batch"}}},
				{Name: "seq", NotTensor: true},
			},
			ValueInfo: []*ValueInfo{{Name: "y", ElemType: Int32}, {Name: "untyped"}},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	m := testModel()
	b := Encode(m)
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "Model", got, m)
	if again := Encode(got); !bytes.Equal(again, b) {
		t.Fatalf("Encode(Decode(Encode(m))) differs from Encode(m)")
	}

	for _, tensor := range m.Graph.Initializers {
		got, err := DecodeTensor(EncodeTensor(tensor))
		if err != nil {
			t.Fatalf("%s: %v", tensor.Name, err)
		}
		requireSame(t, tensor.Name, got, tensor)
	}
}

// TestRoundTripNormalizes shows the one normalization: empty slices and bytes decode as nil.
func TestRoundTripNormalizes(t *testing.T) {
	m := &Model{Opsets: []OpsetID{}, Graph: &Graph{
		Nodes:  []*Node{{Inputs: []string{}, Attrs: []*Attr{{S: []byte{}, Ints: []int64{}}}}},
		Inputs: []*ValueInfo{{Name: "s", ElemType: Int8, HasShape: true, Shape: []Dim{}}},
	}}
	got, err := Decode(Encode(m))
	if err != nil {
		t.Fatal(err)
	}
	want := &Model{Graph: &Graph{
		Nodes:  []*Node{{Attrs: []*Attr{{}}}},
		Inputs: []*ValueInfo{{Name: "s", ElemType: Int8, HasShape: true}},
	}}
	requireSame(t, "Model", got, want)
}

// TestEncodeBytes pins the encoding rules that Decode would accept either way.
func TestEncodeBytes(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  []byte
		want wireMsg
	}{
		{"nil model", Encode(nil), nil},
		{"empty model", Encode(&Model{}), nil},
		{"empty graph is kept", Encode(&Model{Graph: &Graph{}}), wireMsg{}.msg(7, nil)},
		{
			"dims packed, zero fields omitted",
			EncodeTensor(&Tensor{Dims: []int64{2, 300}, DataType: Int8}),
			wireMsg{}.bytes(1, []byte{2, 0xac, 0x02}).varint(2, 3),
		},
		{
			"negative int32 sign-extended",
			EncodeTensor(&Tensor{Int32Data: []int32{-1}}),
			wireMsg{}.bytes(5, protowire.AppendVarint(nil, math.MaxUint64)),
		},
		{"external", EncodeTensor(&Tensor{External: true}), wireMsg{}.varint(14, 1)},
		{
			"attr type always written, -0 written",
			Encode(&Model{Graph: &Graph{Nodes: []*Node{{Attrs: []*Attr{
				{}, {F: float32(math.Copysign(0, -1)), Type: AttrFloat},
			}}}}}),
			wireMsg{}.msg(7, wireMsg{}.msg(1, wireMsg{}.
				msg(5, wireMsg{}.varint(20, 0)).
				msg(5, wireMsg{}.fixed32(2, 0x80000000).varint(20, 1)))),
		},
		{
			"empty inputs kept, dim 0 written, shape only if HasShape",
			Encode(&Model{Graph: &Graph{
				Nodes: []*Node{{Inputs: []string{"", "b"}}},
				Inputs: []*ValueInfo{
					{Name: "a", ElemType: Int8, HasShape: true, Shape: []Dim{{HasValue: true}, {Param: "n"}}},
					{Name: "b", ElemType: Int8, Shape: []Dim{{Value: 9, HasValue: true}}},
					{Name: "c", NotTensor: true, ElemType: Int8},
				},
			}}),
			wireMsg{}.msg(7, wireMsg{}.
				msg(1, wireMsg{}.str(1, "").str(1, "b")).
				msg(11, wireMsg{}.str(1, "a").msg(2, wireMsg{}.msg(1, wireMsg{}.varint(1, 3).
					msg(2, wireMsg{}.msg(1, wireMsg{}.varint(1, 0)).msg(1, wireMsg{}.str(2, "n")))))).
				msg(11, wireMsg{}.str(1, "b").msg(2, wireMsg{}.msg(1, wireMsg{}.varint(1, 3)))).
				msg(11, wireMsg{}.str(1, "c").msg(2, wireMsg{}.msg(4, nil)))),
		},
	} {
		if !bytes.Equal(tc.got, tc.want) {
			t.Errorf("%s:\ngot  %x\nwant %x", tc.name, tc.got, []byte(tc.want))
		}
	}
}

// handWritten is a model written field by field with protowire: unpacked repeated fields, packed
// ones mixed in, unknown fields of every wire type at every level, fields out of order, and
// singular fields repeated (the last wins). handWrittenModel is what it decodes to.
func handWritten() []byte {
	tensor := wireMsg{}.
		unknowns(99).
		str(8, "first name").
		varint(1, 2). // dims, unpacked
		varint(1, 3).
		bytes(1, []byte{4}). // and a packed run after them
		varint(2, uint64(Int8)).
		fixed32(4, math.Float32bits(1.5)). // float_data, unpacked
		bytes(4, binary.LittleEndian.AppendUint32(nil, math.Float32bits(-2))).
		varint(5, math.MaxUint64). // int32_data -1, sign-extended
		varint(5, 7).
		varint(7, math.MaxUint64).          // int64_data -1
		fixed64(10, math.Float64bits(0.5)). // double_data, unpacked
		varint(11, math.MaxUint64).         // uint64_data
		bytes(9, []byte{1, 2}).
		str(12, "doc").
		str(8, "w"). // the last name wins
		varint(14, 1)
	shape := wireMsg{}.
		msg(1, wireMsg{}.unknowns(50).str(2, "batch").str(3, "denotation")).
		msg(1, wireMsg{}.varint(1, 0)).
		unknowns(99)
	input := wireMsg{}.
		msg(2, wireMsg{}.unknowns(99).msg(1, wireMsg{}.msg(2, shape).unknowns(99).varint(1, uint64(Int8)))).
		str(1, "x")
	attr := wireMsg{}.
		varint(20, uint64(AttrInts)).
		varint(8, 1). // ints, unpacked
		varint(8, math.MaxUint64).
		bytes(8, []byte{5, 6}).
		fixed32(7, math.Float32bits(0.5)). // floats, unpacked
		bytes(7, binary.LittleEndian.AppendUint32(nil, math.Float32bits(0.25))).
		str(9, "s0").
		str(9, "").
		unknowns(21).
		str(1, "pads")
	node := wireMsg{}.
		msg(5, attr).
		str(4, "Pad").
		str(1, "x").
		str(1, "").
		unknowns(8).
		str(2, "y")
	graph := wireMsg{}.
		unknowns(99).
		msg(13, wireMsg{}.str(1, "seq").msg(2, wireMsg{}.msg(4, wireMsg{}.unknowns(1)))).
		msg(11, input).
		msg(5, tensor).
		msg(1, node).
		msg(5, wireMsg{}.str(8, "ext").msg(13, wireMsg{}.str(1, "location").str(2, "w.bin"))).
		msg(12, wireMsg{}.str(1, "y").msg(2, wireMsg{}.msg(5, nil).msg(1, nil))).
		str(2, "g")
	return wireMsg{}.
		unknowns(99).
		msg(8, wireMsg{}.varint(2, 13)).
		msg(7, wireMsg{}.str(2, "replaced")). // the last graph wins
		msg(7, graph).
		varint(1, 7).
		msg(8, wireMsg{}.str(1, "com.microsoft").varint(2, 1).unknowns(3)).
		str(2, "hand").
		unknowns(99)
}

func handWrittenModel() *Model {
	return &Model{
		IRVersion:    7,
		ProducerName: "hand",
		Opsets:       []OpsetID{{Version: 13}, {Domain: "com.microsoft", Version: 1}},
		Graph: &Graph{
			Name: "g",
			Nodes: []*Node{{
				OpType: "Pad", Inputs: []string{"x", ""}, Outputs: []string{"y"},
				Attrs: []*Attr{{
					Name: "pads", Type: AttrInts,
					Ints:    []int64{1, -1, 5, 6},
					Floats:  []float32{0.5, 0.25},
					Strings: [][]byte{[]byte("s0"), nil},
				}},
			}},
			Initializers: []*Tensor{
				{
					Name: "w", DataType: Int8, Dims: []int64{2, 3, 4},
					FloatData: []float32{1.5, -2}, Int32Data: []int32{-1, 7}, Int64Data: []int64{-1},
					DoubleData: []float64{0.5}, Uint64Data: []uint64{math.MaxUint64},
					RawData: []byte{1, 2}, DocString: "doc", External: true,
				},
				{Name: "ext", External: true},
			},
			Inputs: []*ValueInfo{{
				Name: "x", ElemType: Int8, HasShape: true,
				Shape: []Dim{{Param: "batch"}, {HasValue: true}},
			}},
			Outputs:   []*ValueInfo{{Name: "y", ElemType: Undefined}}, // tensor_type wins over map_type
			ValueInfo: []*ValueInfo{{Name: "seq", NotTensor: true}},
		},
	}
}

func TestDecodeHandWritten(t *testing.T) {
	got, err := Decode(handWritten())
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "Model", got, handWrittenModel())
}

func TestDecodeTypeProto(t *testing.T) {
	for _, tc := range []struct {
		name string
		typ  wireMsg // the TypeProto, or nil for no type field
		want ValueInfo
	}{
		{"no type", nil, ValueInfo{}},
		{"empty type", wireMsg{}, ValueInfo{}},
		{"sequence", wireMsg{}.msg(4, nil), ValueInfo{NotTensor: true}},
		{"map", wireMsg{}.msg(5, nil), ValueInfo{NotTensor: true}},
		{"sparse", wireMsg{}.msg(8, nil), ValueInfo{NotTensor: true}},
		{"optional", wireMsg{}.msg(9, nil), ValueInfo{NotTensor: true}},
		{"unknown member only", wireMsg{}.msg(6, nil), ValueInfo{}},
		{"tensor then map", wireMsg{}.msg(1, wireMsg{}.varint(1, 3)).msg(5, nil), ValueInfo{ElemType: Int8}},
		{"map then tensor", wireMsg{}.msg(5, nil).msg(1, wireMsg{}.varint(1, 3)), ValueInfo{ElemType: Int8}},
		{"empty shape", wireMsg{}.msg(1, wireMsg{}.msg(2, nil)), ValueInfo{HasShape: true}},
		{
			"last tensor_type wins whole",
			wireMsg{}.msg(1, wireMsg{}.varint(1, 3).msg(2, wireMsg{}.msg(1, nil))).msg(1, wireMsg{}.varint(1, 2)),
			ValueInfo{ElemType: Uint8},
		},
		{
			"last shape wins whole",
			wireMsg{}.msg(1, wireMsg{}.msg(2, wireMsg{}.msg(1, nil).msg(1, nil)).msg(2, wireMsg{}.msg(1, wireMsg{}.varint(1, 4)))),
			ValueInfo{HasShape: true, Shape: []Dim{{Value: 4, HasValue: true}}},
		},
		{
			"last type wins whole",
			wireMsg{}, // written twice below
			ValueInfo{},
		},
	} {
		vi := wireMsg{}.str(1, "v")
		if tc.name == "last type wins whole" {
			vi = vi.msg(2, wireMsg{}.msg(1, wireMsg{}.varint(1, 3).msg(2, nil)))
		}
		if tc.typ != nil {
			vi = vi.msg(2, tc.typ)
		}
		m, err := Decode(wireMsg{}.msg(7, wireMsg{}.msg(11, vi)))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want := tc.want
		want.Name = "v"
		requireSame(t, tc.name, m.Graph.Inputs[0], &want)
	}
}

func TestDecodeExternal(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    wireMsg
		want bool
	}{
		{"none", wireMsg{}.str(8, "t"), false},
		{"external_data", wireMsg{}.msg(13, nil), true},
		{"data_location external", wireMsg{}.varint(14, 1), true},
		{"data_location default", wireMsg{}.varint(14, 0), false},
		{"data_location last wins", wireMsg{}.varint(14, 1).varint(14, 0), false},
		{"external_data with default location", wireMsg{}.msg(13, nil).varint(14, 0), true},
	} {
		got, err := DecodeTensor(tc.b)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got.External != tc.want {
			t.Errorf("%s: External = %v, want %v", tc.name, got.External, tc.want)
		}
	}
}

// TestDecodeTruncated cuts a model at every length: a cut at a boundary between the model's
// own fields decodes (it is a valid, smaller model), any other cut is an ErrMalformed error.
func TestDecodeTruncated(t *testing.T) {
	for _, b := range [][]byte{Encode(testModel()), handWritten()} {
		boundary := map[int]bool{0: true}
		for off := 0; off < len(b); {
			_, _, n := protowire.ConsumeField(b[off:])
			if n < 0 {
				t.Fatalf("the test model does not parse at %d", off)
			}
			off += n
			boundary[off] = true
		}
		for i := range len(b) + 1 {
			_, err := Decode(b[:i])
			switch {
			case boundary[i] && err != nil:
				t.Fatalf("cut at field boundary %d of %d: %v", i, len(b), err)
			case !boundary[i] && err == nil:
				t.Fatalf("cut at %d of %d inside a field decoded", i, len(b))
			case err != nil && !errors.Is(err, ErrMalformed):
				t.Fatalf("cut at %d: %v does not wrap ErrMalformed", i, err)
			}
		}
	}
	tb := EncodeTensor(testModel().Graph.Initializers[7])
	for i := range len(tb) {
		if _, err := DecodeTensor(tb[:i]); err != nil && !errors.Is(err, ErrMalformed) {
			t.Fatalf("tensor cut at %d: %v does not wrap ErrMalformed", i, err)
		}
	}
}

// inNode puts attribute bytes at GraphProto.node[3].attribute[0] of a model.
func inNode(attr wireMsg) wireMsg {
	g := wireMsg{}.msg(1, nil).msg(1, nil).msg(1, nil).msg(1, wireMsg{}.msg(5, attr))
	return wireMsg{}.msg(7, g)
}

// inShape puts dimension bytes at dim[1] of the first input's shape.
func inShape(dim wireMsg) wireMsg {
	shape := wireMsg{}.msg(1, nil).msg(1, dim)
	vi := wireMsg{}.msg(2, wireMsg{}.msg(1, wireMsg{}.msg(2, shape)))
	return wireMsg{}.msg(7, wireMsg{}.msg(11, vi))
}

// nestedGraphs is a model whose graphs nest depth deep through graph attributes.
func nestedGraphs(depth int) wireMsg {
	var g wireMsg
	for range depth - 1 {
		g = wireMsg{}.msg(1, wireMsg{}.msg(5, wireMsg{}.msg(6, g)))
	}
	return wireMsg{}.msg(7, g)
}

func TestDecodeErrors(t *testing.T) {
	const (
		node = "ModelProto.graph: GraphProto.node[3]: NodeProto.attribute[0]: AttributeProto"
		dim  = "ModelProto.graph: GraphProto.input[0]: ValueInfoProto.type: TypeProto.tensor_type: TypeProto.Tensor.shape: TensorShapeProto.dim[1]: TensorShapeProto.Dimension"
	)
	for _, tc := range []struct {
		name string
		b    []byte
		want string // the error after "onnx: malformed protobuf: "
	}{
		{
			"truncated varint deep down",
			inNode(wireMsg{}.msg(5, wireMsg{0x08, 0x80})),
			node + ".t: TensorProto.dims: truncated varint",
		},
		{
			"dims as fixed64",
			inNode(wireMsg{}.msg(5, wireMsg{}.fixed64(1, 1))),
			node + ".t: TensorProto.dims: wire type fixed64, want varint or length-delimited (packed)",
		},
		{
			"dim_value as fixed64",
			inShape(wireMsg{}.fixed64(1, 3)),
			dim + ".dim_value: wire type fixed64, want varint",
		},
		{"ir_version as bytes", wireMsg{}.str(1, "8"), "ModelProto.ir_version: wire type length-delimited, want varint"},
		{"producer_name as varint", wireMsg{}.varint(2, 1), "ModelProto.producer_name: wire type varint, want length-delimited"},
		{"graph as varint", wireMsg{}.varint(7, 1), "ModelProto.graph: wire type varint, want length-delimited"},
		{"opset as fixed32", wireMsg{}.fixed32(8, 1), "ModelProto.opset_import: wire type fixed32, want length-delimited"},
		{"attr f as varint", inNode(wireMsg{}.varint(2, 1)), node + ".f: wire type varint, want fixed32"},
		{"attr type as bytes", inNode(wireMsg{}.str(20, "")), node + ".type: wire type length-delimited, want varint"},
		{"floats as fixed64", inNode(wireMsg{}.fixed64(7, 1)), node + ".floats: wire type fixed64, want fixed32 or length-delimited (packed)"},
		{
			"packed floats not a multiple of 4",
			inNode(wireMsg{}.bytes(7, []byte{1, 2, 3, 4, 5})),
			node + ".floats: 5 bytes of packed fixed32 values",
		},
		{
			"packed doubles not a multiple of 8",
			wireMsg{}.msg(7, wireMsg{}.msg(5, wireMsg{}.bytes(10, make([]byte, 12)))),
			"ModelProto.graph: GraphProto.initializer[0]: TensorProto.double_data: 12 bytes of packed fixed64 values",
		},
		{
			"packed varint truncated",
			inNode(wireMsg{}.bytes(8, []byte{1, 0x80})),
			node + ".ints: truncated packed varint",
		},
		{
			"truncated length",
			wireMsg{}.str(2, "producer")[:5],
			"ModelProto.producer_name: truncated length-delimited value",
		},
		{
			"length beyond the end",
			append(protowire.AppendTag(nil, 2, protowire.BytesType), protowire.AppendVarint(nil, 1<<60)...),
			"ModelProto.producer_name: truncated length-delimited value",
		},
		{
			"varint overflow",
			append(protowire.AppendTag(nil, 1, protowire.VarintType), bytes.Repeat([]byte{0xff}, 10)...),
			"ModelProto.ir_version: bad varint: variable length integer overflow",
		},
		{"field number 0", wireMsg{}.varint(0, 1), "ModelProto: bad field tag: invalid field number"},
		{"truncated tag", wireMsg{0x80}, "ModelProto: truncated field tag"},
		{"reserved wire type", protowire.AppendTag(nil, 99, 6), "ModelProto: unknown field 99: bad 6 (reserved): cannot parse reserved wire type"},
		{"stray end group", protowire.AppendTag(nil, 99, protowire.EndGroupType), "ModelProto: unknown field 99: bad end-group: mismatching end group marker"},
		{
			"mismatched end group",
			protowire.AppendTag(protowire.AppendTag(nil, 99, protowire.StartGroupType), 98, protowire.EndGroupType),
			"ModelProto: unknown field 99: bad start-group: mismatching end group marker",
		},
		{
			"unknown field truncated",
			wireMsg{}.fixed64(99, 1)[:5],
			"ModelProto: unknown field 99: truncated fixed64",
		},
		{
			"type oneof member as varint",
			wireMsg{}.msg(7, wireMsg{}.msg(12, wireMsg{}.msg(2, wireMsg{}.varint(4, 1)))),
			"ModelProto.graph: GraphProto.output[0]: ValueInfoProto.type: TypeProto.sequence_type: wire type varint, want length-delimited",
		},
		{
			"external_data as varint",
			wireMsg{}.msg(7, wireMsg{}.msg(5, nil).msg(5, wireMsg{}.varint(13, 1))),
			"ModelProto.graph: GraphProto.initializer[1]: TensorProto.external_data: wire type varint, want length-delimited",
		},
		{
			"graphs nested 17 deep",
			nestedGraphs(17),
			nestedPath(16) + "GraphProto: graphs nested more than 16 deep",
		},
	} {
		_, err := Decode(tc.b)
		if err == nil {
			t.Errorf("%s: decoded", tc.name)
			continue
		}
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v does not wrap ErrMalformed", tc.name, err)
		}
		if want := "onnx: malformed protobuf: " + tc.want; err.Error() != want {
			t.Errorf("%s:\ngot  %v\nwant %s", tc.name, err, want)
		}
	}

	if _, err := Decode(nestedGraphs(16)); err != nil {
		t.Errorf("graphs nested 16 deep: %v", err)
	}
	if _, err := DecodeTensor(wireMsg{}.str(2, "x")); err == nil || !errors.Is(err, ErrMalformed) ||
		err.Error() != "onnx: malformed protobuf: TensorProto.data_type: wire type length-delimited, want varint" {
		t.Errorf("DecodeTensor: %v", err)
	}
}

// nestedPath is the error path down to the graph at the given depth of nestedGraphs.
func nestedPath(depth int) string {
	p := "ModelProto.graph: "
	for range depth {
		p += "GraphProto.node[0]: NodeProto.attribute[0]: AttributeProto.g: "
	}
	return p
}

// TestDecodeAllocation decodes a megabyte of packed one-byte dims: the int64s cost eight bytes
// each, and nothing else may cost more than a small fraction of that.
func TestDecodeAllocation(t *testing.T) {
	const n = 1 << 20
	b := wireMsg{}.bytes(1, make([]byte, n))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	tensor, err := DecodeTensor(b)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(tensor.Dims) != n {
		t.Fatalf("%d dims, want %d", len(tensor.Dims), n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 9*n {
		t.Fatalf("decoding %d bytes allocated %d", len(b), alloc)
	}
}

func TestNumElems(t *testing.T) {
	for _, tc := range []struct {
		dims []int64
		want int // -1: an error
	}{
		{nil, 1},
		{[]int64{}, 1},
		{[]int64{2, 3}, 6},
		{[]int64{0, 3}, 0},
		{[]int64{1 << 40, 0}, -1}, // empty, but a dimension above the bound (ReadNpy refuses it too)
		{[]int64{1 << 28, 0}, 0},
		{[]int64{1 << 14, 1 << 14}, 1 << 28},
		{[]int64{1 << 14, 1 << 14, 2}, -1},
		{[]int64{1 << 29}, -1},
		{[]int64{math.MaxInt64, math.MaxInt64}, -1},
		{[]int64{4, 1 << 62}, -1}, // 2^64 would wrap to 0
		{[]int64{2, 1 << 62}, -1},
		{[]int64{2, -1}, -1},
		{[]int64{0, -1}, -1},
	} {
		tensor := &Tensor{Name: "t", Dims: tc.dims}
		got, err := tensor.NumElems()
		if tc.want < 0 {
			if !errors.Is(err, ErrBadTensor) || !strings.Contains(err.Error(), `tensor "t"`) {
				t.Errorf("%v: got %d, %v; want an ErrBadTensor naming the tensor", tc.dims, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%v: got %d, %v; want %d", tc.dims, got, err, tc.want)
		}
	}
}

func TestInt64s(t *testing.T) {
	le16 := func(vs ...uint16) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint16(b, v)
		}
		return b
	}
	le32 := func(vs ...uint32) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		return b
	}
	le64 := func(vs ...uint64) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
		return b
	}
	for _, tc := range []struct {
		name string
		t    *Tensor
		want []int64
	}{
		{"int8 raw", NewTensor("", Int8, []int64{3}, []byte{0x80, 0x7f, 0xff}), []int64{-128, 127, -1}},
		{"int8 typed", &Tensor{DataType: Int8, Dims: []int64{3}, Int32Data: []int32{-128, 127, -1}}, []int64{-128, 127, -1}},
		{"uint8 raw", NewTensor("", Uint8, []int64{2}, []byte{0, 255}), []int64{0, 255}},
		{"uint8 typed", &Tensor{DataType: Uint8, Dims: []int64{2}, Int32Data: []int32{0, 255}}, []int64{0, 255}},
		{"bool raw", NewTensor("", Bool, []int64{2}, []byte{1, 0}), []int64{1, 0}},
		{"bool typed", &Tensor{DataType: Bool, Dims: []int64{2}, Int32Data: []int32{0, 1}}, []int64{0, 1}},
		{"int16 raw", NewTensor("", Int16, []int64{2}, le16(0x8000, 0x7fff)), []int64{-32768, 32767}},
		{"int16 typed", &Tensor{DataType: Int16, Dims: []int64{1}, Int32Data: []int32{-32768}}, []int64{-32768}},
		{"uint16 raw", NewTensor("", Uint16, []int64{1}, le16(0xffff)), []int64{65535}},
		{"uint16 typed", &Tensor{DataType: Uint16, Dims: []int64{1}, Int32Data: []int32{65535}}, []int64{65535}},
		{"int32 raw", Int32Tensor("", []int64{2}, []int32{math.MinInt32, 5}), []int64{math.MinInt32, 5}},
		{"int32 typed", &Tensor{DataType: Int32, Dims: []int64{1}, Int32Data: []int32{math.MaxInt32}}, []int64{math.MaxInt32}},
		{"uint32 raw", NewTensor("", Uint32, []int64{1}, le32(math.MaxUint32)), []int64{math.MaxUint32}},
		{"uint32 typed", &Tensor{DataType: Uint32, Dims: []int64{1}, Uint64Data: []uint64{math.MaxUint32}}, []int64{math.MaxUint32}},
		{"int64 raw", Int64Tensor("", []int64{2}, []int64{math.MinInt64, 1 << 40}), []int64{math.MinInt64, 1 << 40}},
		{"int64 typed", &Tensor{DataType: Int64, Dims: []int64{1}, Int64Data: []int64{-7}}, []int64{-7}},
		{"uint64 raw", NewTensor("", Uint64, []int64{1}, le64(math.MaxInt64)), []int64{math.MaxInt64}},
		{"uint64 typed", &Tensor{DataType: Uint64, Dims: []int64{1}, Uint64Data: []uint64{math.MaxInt64}}, []int64{math.MaxInt64}},
		{"scalar raw", Int8Tensor("", nil, []int8{-5}), []int64{-5}},
		{"scalar typed", &Tensor{DataType: Int64, Int64Data: []int64{9}}, []int64{9}},
		{"empty", &Tensor{DataType: Int8, Dims: []int64{0, 3}}, []int64{}},
		{"2-D", Int8Tensor("", []int64{2, 2}, []int8{1, 2, 3, 4}), []int64{1, 2, 3, 4}},
	} {
		got, err := tc.t.Int64s()
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		requireSame(t, tc.name, got, tc.want)
	}
}

func TestAccessorErrors(t *testing.T) {
	named := func(tensor *Tensor) *Tensor { tensor.Name = "w"; return tensor }
	for _, tc := range []struct {
		name  string
		t     *Tensor
		float bool   // call Float32s, not Int64s
		want  string // in the error
	}{
		{"int8 typed 300", &Tensor{DataType: Int8, Dims: []int64{1}, Int32Data: []int32{300}}, false, "int32_data value 300 at 0 is out of range of INT8"},
		{"int8 typed -129", &Tensor{DataType: Int8, Dims: []int64{2}, Int32Data: []int32{0, -129}}, false, "value -129 at 1 is out of range"},
		{"uint8 typed -1", &Tensor{DataType: Uint8, Dims: []int64{1}, Int32Data: []int32{-1}}, false, "out of range of UINT8"},
		{"uint16 typed 65536", &Tensor{DataType: Uint16, Dims: []int64{1}, Int32Data: []int32{65536}}, false, "out of range of UINT16"},
		{"int16 typed 32768", &Tensor{DataType: Int16, Dims: []int64{1}, Int32Data: []int32{32768}}, false, "out of range of INT16"},
		{"bool typed 2", &Tensor{DataType: Bool, Dims: []int64{1}, Int32Data: []int32{2}}, false, "out of range of BOOL"},
		{"bool raw 2", NewTensor("", Bool, []int64{2}, []byte{1, 2}), false, "value 2 at 1 is out of range of BOOL"},
		{"uint32 typed 2^32", &Tensor{DataType: Uint32, Dims: []int64{1}, Uint64Data: []uint64{1 << 32}}, false, "out of range of UINT32"},
		{"uint64 typed 2^63", &Tensor{DataType: Uint64, Dims: []int64{1}, Uint64Data: []uint64{1 << 63}}, false, "value 9223372036854775808 at 0 does not fit in an int64"},
		{"uint64 raw 2^63", NewTensor("", Uint64, nil, binary.LittleEndian.AppendUint64(nil, 1<<63)), false, "does not fit in an int64"},
		{"raw too short", Int8Tensor("", []int64{2, 3}, []int8{1, 2, 3, 4, 5}), false, "raw_data has 5 bytes, want 6"},
		{"raw too long", Int32Tensor("", []int64{1}, []int32{1, 2}), false, "raw_data has 8 bytes, want 4"},
		{"raw not whole elements", NewTensor("", Int64, []int64{1}, make([]byte, 7)), false, "raw_data has 7 bytes, want 8"},
		{"typed too few", &Tensor{DataType: Int8, Dims: []int64{2, 3}, Int32Data: []int32{1, 2, 3, 4, 5}}, false, "int32_data has 5 values, want 6"},
		{"typed too many", &Tensor{DataType: Int64, Int64Data: []int64{1, 2}}, false, "int64_data has 2 values, want 1"},
		{"scalar without data", &Tensor{DataType: Int8}, false, "int32_data has 0 values, want 1"},
		{"both raw and typed", &Tensor{DataType: Int8, Dims: []int64{1}, RawData: []byte{1}, Int32Data: []int32{1}}, false, "values both in raw_data and in int32_data"},
		{"another type's field", &Tensor{DataType: Int8, Dims: []int64{1}, Int64Data: []int64{1}}, false, "INT8 tensor keeps no values in int64_data, but it has 1"},
		{"uint32 in int32_data", &Tensor{DataType: Uint32, Dims: []int64{1}, Int32Data: []int32{1}}, false, "keeps no values in int32_data"},
		{"external", &Tensor{DataType: Int8, Dims: []int64{1}, External: true}, false, "external data is not supported"},
		{"negative dim", &Tensor{DataType: Int8, Dims: []int64{-1}}, false, "negative dimension"},
		{"not an integer", Float32Tensor("", nil, []float32{1}), false, "data type FLOAT is not an integer or bool type"},
		{"unknown type", &Tensor{DataType: 77}, false, "data type DataType(77) is not an integer"},
		{"double as float", &Tensor{DataType: Double, DoubleData: []float64{1}}, true, "data type DOUBLE is not Float"},
		{"int8 as float", Int8Tensor("", nil, []int8{1}), true, "data type INT8 is not Float"},
		{"float count", &Tensor{DataType: Float, Dims: []int64{2}, FloatData: []float32{1}}, true, "float_data has 1 values, want 2"},
		{"float raw count", NewTensor("", Float, []int64{2}, make([]byte, 4)), true, "raw_data has 4 bytes, want 8"},
		{"float in double_data", &Tensor{DataType: Float, DoubleData: []float64{1}}, true, "keeps no values in double_data"},
		{"float external", &Tensor{DataType: Float, External: true}, true, "external"},
	} {
		tensor := named(tc.t)
		var err error
		if tc.float {
			_, err = tensor.Float32s()
		} else {
			_, err = tensor.Int64s()
		}
		switch {
		case err == nil:
			t.Errorf("%s: no error", tc.name)
		case !errors.Is(err, ErrBadTensor):
			t.Errorf("%s: %v does not wrap ErrBadTensor", tc.name, err)
		case !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `tensor "w"`):
			t.Errorf("%s: %v, want it to name tensor \"w\" and say %q", tc.name, err, tc.want)
		}
	}
	var nilTensor *Tensor
	if _, err := nilTensor.Int64s(); !errors.Is(err, ErrBadTensor) {
		t.Errorf("nil tensor: %v", err)
	}
}

func TestFloat32s(t *testing.T) {
	want := []float32{1.5, -0.25, float32(math.Inf(1)), float32(math.Copysign(0, -1))}
	raw, err := Float32Tensor("r", []int64{2, 2}, want).Float32s()
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "raw", raw, want)
	typed := &Tensor{DataType: Float, Dims: []int64{4}, FloatData: want}
	got, err := typed.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "typed", got, want)
	got[0] = 99 // the result is a copy
	if typed.FloatData[0] != 1.5 {
		t.Fatal("Float32s returned the tensor's own FloatData")
	}
}

func TestConstructors(t *testing.T) {
	for _, tc := range []struct {
		t    *Tensor
		dt   DataType
		raw  []byte
		dims []int64
	}{
		{Int8Tensor("a", []int64{2}, []int8{-1, 2}), Int8, []byte{0xff, 2}, []int64{2}},
		{Uint8Tensor("a", []int64{2}, []uint8{200, 0}), Uint8, []byte{200, 0}, []int64{2}},
		{Int32Tensor("a", []int64{1}, []int32{-2}), Int32, []byte{0xfe, 0xff, 0xff, 0xff}, []int64{1}},
		{Int64Tensor("a", nil, []int64{0x0102030405060708}), Int64, []byte{8, 7, 6, 5, 4, 3, 2, 1}, nil},
		{Float32Tensor("a", []int64{}, []float32{1}), Float, []byte{0, 0, 0x80, 0x3f}, nil},
		{NewTensor("a", Uint16, []int64{0}, []byte{}), Uint16, nil, []int64{0}},
	} {
		want := &Tensor{Name: "a", DataType: tc.dt, Dims: tc.dims, RawData: tc.raw}
		requireSame(t, "constructed", tc.t, want)
		got, err := DecodeTensor(EncodeTensor(tc.t))
		if err != nil {
			t.Fatal(err)
		}
		requireSame(t, "round trip", got, want)
	}
	dims, raw := []int64{1}, []byte{1}
	tensor := NewTensor("c", Int8, dims, raw)
	dims[0], raw[0] = 5, 5
	if tensor.Dims[0] != 1 || tensor.RawData[0] != 1 {
		t.Fatal("NewTensor keeps the caller's slices")
	}
}

// fuzzSeeds are the encoded models the decoder fuzz targets start from.
func fuzzSeeds() [][]byte {
	m := testModel()
	return [][]byte{
		Encode(m),
		handWritten(),
		Encode(&Model{Graph: &Graph{}}),
		nestedGraphs(16),
		inNode(wireMsg{}.msg(5, wireMsg{0x08, 0x80})),
		{},
	}
}

// FuzzDecode: Decode never panics, and what it decodes re-encodes stably: Decode(Encode(m))
// equals m, float bits included.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("%v does not wrap ErrMalformed", err)
			}
			return
		}
		e := Encode(m)
		m2, err := Decode(e)
		if err != nil {
			t.Fatalf("re-encoded model does not decode: %v", err)
		}
		requireSame(t, "Model", m2, m)
		if !bytes.Equal(Encode(m2), e) {
			t.Fatal("encoding is not stable")
		}
	})
}

// FuzzDecodeTensor: as FuzzDecode, for lone tensors; and the accessors and WriteNpy never panic
// on what decodes.
func FuzzDecodeTensor(f *testing.F) {
	for _, tensor := range testModel().Graph.Initializers {
		f.Add(EncodeTensor(tensor))
	}
	f.Add([]byte(wireMsg{}.varint(1, 2).varint(2, uint64(Bool)).bytes(9, []byte{1, 2})))
	f.Add([]byte(wireMsg{}.bytes(1, []byte{2, 2}).varint(2, uint64(Uint32)).bytes(11, []byte{1, 2, 3, 4})))
	f.Fuzz(func(t *testing.T, b []byte) {
		tensor, err := DecodeTensor(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("%v does not wrap ErrMalformed", err)
			}
			return
		}
		e := EncodeTensor(tensor)
		t2, err := DecodeTensor(e)
		if err != nil {
			t.Fatalf("re-encoded tensor does not decode: %v", err)
		}
		requireSame(t, "Tensor", t2, tensor)
		if !bytes.Equal(EncodeTensor(t2), e) {
			t.Fatal("encoding is not stable")
		}
		n, nerr := tensor.NumElems()
		if ints, err := tensor.Int64s(); err == nil {
			if nerr != nil || len(ints) != n {
				t.Fatalf("Int64s gave %d values for NumElems %d, %v", len(ints), n, nerr)
			}
		} else if !errors.Is(err, ErrBadTensor) {
			t.Fatalf("Int64s: %v does not wrap ErrBadTensor", err)
		}
		if floats, err := tensor.Float32s(); err == nil {
			if nerr != nil || len(floats) != n {
				t.Fatalf("Float32s gave %d values for NumElems %d, %v", len(floats), n, nerr)
			}
		} else if !errors.Is(err, ErrBadTensor) {
			t.Fatalf("Float32s: %v does not wrap ErrBadTensor", err)
		}
		var npy bytes.Buffer
		if err := WriteNpy(&npy, tensor); err == nil {
			back, err := ReadNpy(&npy)
			if err != nil {
				t.Fatalf("WriteNpy's output does not read back: %v", err)
			}
			if back.DataType != tensor.DataType || len(back.Dims) != len(tensor.Dims) {
				t.Fatalf("npy round trip: %v %v, want %v %v", back.DataType, back.Dims, tensor.DataType, tensor.Dims)
			}
		}
	})
}
