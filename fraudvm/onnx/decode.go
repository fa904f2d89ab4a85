package onnx

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
)

// ErrMalformed is wrapped by every error Decode and DecodeTensor return. The error's text names
// the path to the offending field, message by message, e.g. "onnx: malformed protobuf:
// ModelProto.graph: GraphProto.node[3]: NodeProto.attribute[0]: AttributeProto.t:
// TensorProto.dims: truncated varint".
var ErrMalformed = errors.New("onnx: malformed protobuf")

// maxGraphDepth bounds how deeply graphs nest (a graph attribute holds a graph whose nodes may
// hold graph attributes, …); the model's graph is at depth 1. Graph attributes are the only
// recursion in the subset we decode, so this bounds the decoder's stack; real models nest
// If/Loop bodies a few levels at most.
const maxGraphDepth = 16

// Decode decodes a serialized ModelProto (an .onnx file).
//
// It follows protobuf's rules where a reader meets them: fields may come in any order, unknown
// fields are skipped, repeated scalar fields may be packed or not and repeated occurrences
// append, and of a singular field that occurs more than once the last wins — submessages
// included, which are replaced rather than merged as protobuf would (no exporter writes a
// submessage twice). It is stricter in one way: a known field with the wrong wire type is an
// error, where protobuf would keep it as an unknown field. It is more lenient in another: a
// string field may hold any bytes, not only UTF-8.
//
// Absent repeated fields, and absent or empty bytes fields, are nil in the result: the wire
// format cannot tell nil from empty, and this is the form Decode(Encode(m)) gives back. The
// result never aliases b. No count read off the wire sizes an allocation: every allocation is
// a small multiple of the input bytes it decodes.
func Decode(b []byte) (*Model, error) {
	m, err := wireModel(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return m, nil
}

// DecodeTensor decodes a lone serialized TensorProto, such as the input_0.pb and output_0.pb
// files of ONNX's test data, by the rules of Decode.
func DecodeTensor(b []byte) (*Tensor, error) {
	t, err := wireTensor(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return t, nil
}

// wireReader walks the fields of one message. The methods that consume a field's value check
// its wire type and name the field (Message.field) in their errors.
type wireReader struct {
	msg string // the message's name, e.g. "TensorProto"
	b   []byte // the rest of the message
	num protowire.Number
	typ protowire.Type
	err error // why next stopped before the end
}

// next reads the next field's tag. It returns false at the end of the message or on an error,
// which r.err then holds.
func (r *wireReader) next() bool {
	if r.err != nil || len(r.b) == 0 {
		return false
	}
	num, typ, n := protowire.ConsumeTag(r.b)
	if n < 0 {
		r.err = fmt.Errorf("%s: %s", r.msg, wireProblem("field tag", n))
		return false
	}
	r.b = r.b[n:]
	r.num, r.typ = num, typ
	return true
}

// skip consumes the value of a field we do not decode.
func (r *wireReader) skip() error {
	n := protowire.ConsumeFieldValue(r.num, r.typ, r.b)
	if n < 0 {
		return fmt.Errorf("%s: unknown field %d: %s", r.msg, r.num, wireProblem(wireTypeName(r.typ), n))
	}
	r.b = r.b[n:]
	return nil
}

// wrongType is the error for a known field that came with a wire type it cannot have.
func (r *wireReader) wrongType(field, want string) error {
	return fmt.Errorf("%s.%s: wire type %s, want %s", r.msg, field, wireTypeName(r.typ), want)
}

// problem is the error for a value of field that protowire could not consume (n < 0).
func (r *wireReader) problem(field, what string, n int) error {
	return fmt.Errorf("%s.%s: %s", r.msg, field, wireProblem(what, n))
}

// varint consumes the value of a varint field.
func (r *wireReader) varint(field string) (uint64, error) {
	if r.typ != protowire.VarintType {
		return 0, r.wrongType(field, "varint")
	}
	v, n := protowire.ConsumeVarint(r.b)
	if n < 0 {
		return 0, r.problem(field, "varint", n)
	}
	r.b = r.b[n:]
	return v, nil
}

// fixed32 consumes the value of a fixed32 field (a float).
func (r *wireReader) fixed32(field string) (uint32, error) {
	if r.typ != protowire.Fixed32Type {
		return 0, r.wrongType(field, "fixed32")
	}
	v, n := protowire.ConsumeFixed32(r.b)
	if n < 0 {
		return 0, r.problem(field, "fixed32", n)
	}
	r.b = r.b[n:]
	return v, nil
}

// bytes consumes the value of a length-delimited field. The result aliases the input.
func (r *wireReader) bytes(field string) ([]byte, error) {
	if r.typ != protowire.BytesType {
		return nil, r.wrongType(field, "length-delimited")
	}
	v, n := protowire.ConsumeBytes(r.b)
	if n < 0 {
		return nil, r.problem(field, "length-delimited value", n)
	}
	r.b = r.b[n:]
	return v, nil
}

// str consumes the value of a string field. Any bytes are accepted (see Decode).
func (r *wireReader) str(field string) (string, error) {
	v, err := r.bytes(field)
	return string(v), err
}

// blob consumes the value of a bytes field as a copy, nil when empty.
func (r *wireReader) blob(field string) ([]byte, error) {
	v, err := r.bytes(field)
	if err != nil || len(v) == 0 {
		return nil, err
	}
	return slices.Clone(v), nil
}

// sub consumes a submessage field and decodes it with decode, prefixing decode's error with
// the field's name and, for a repeated field (index ≥ 0), the element's index.
func (r *wireReader) sub(field string, index int, decode func([]byte) error) error {
	v, err := r.bytes(field)
	if err != nil {
		return err
	}
	if err := decode(v); err != nil {
		if index >= 0 {
			return fmt.Errorf("%s.%s[%d]: %w", r.msg, field, index, err)
		}
		return fmt.Errorf("%s.%s: %w", r.msg, field, err)
	}
	return nil
}

// wireVarints consumes one value of a repeated varint field, packed or not, and appends its
// values to dst. Each value is converted as protobuf converts a varint to the field's type
// (int32 keeps the low 32 bits).
func wireVarints[T int32 | int64 | uint64](r *wireReader, field string, dst []T) ([]T, error) {
	switch r.typ {
	case protowire.VarintType:
		v, err := r.varint(field)
		if err != nil {
			return dst, err
		}
		return append(dst, T(v)), nil
	case protowire.BytesType:
		packed, err := r.bytes(field)
		if err != nil {
			return dst, err
		}
		// Every varint ends in the one byte of it with the top bit clear, so this counts the
		// values without trusting any count on the wire, and is at most len(packed).
		count := 0
		for _, c := range packed {
			if c < 0x80 {
				count++
			}
		}
		dst = slices.Grow(dst, count)
		for len(packed) > 0 {
			v, n := protowire.ConsumeVarint(packed)
			if n < 0 {
				return dst, r.problem(field, "packed varint", n)
			}
			dst = append(dst, T(v))
			packed = packed[n:]
		}
		return dst, nil
	default:
		return dst, r.wrongType(field, "varint or length-delimited (packed)")
	}
}

// wireFloats consumes one value of a repeated float field (fixed32), packed or not, and
// appends its values to dst.
func wireFloats(r *wireReader, field string, dst []float32) ([]float32, error) {
	switch r.typ {
	case protowire.Fixed32Type:
		v, err := r.fixed32(field)
		if err != nil {
			return dst, err
		}
		return append(dst, math.Float32frombits(v)), nil
	case protowire.BytesType:
		packed, err := r.bytes(field)
		if err != nil {
			return dst, err
		}
		if len(packed)%4 != 0 {
			return dst, fmt.Errorf("%s.%s: %d bytes of packed fixed32 values", r.msg, field, len(packed))
		}
		dst = slices.Grow(dst, len(packed)/4)
		for ; len(packed) > 0; packed = packed[4:] {
			dst = append(dst, math.Float32frombits(binary.LittleEndian.Uint32(packed)))
		}
		return dst, nil
	default:
		return dst, r.wrongType(field, "fixed32 or length-delimited (packed)")
	}
}

// wireDoubles consumes one value of a repeated double field (fixed64), packed or not, and
// appends its values to dst.
func wireDoubles(r *wireReader, field string, dst []float64) ([]float64, error) {
	switch r.typ {
	case protowire.Fixed64Type:
		v, n := protowire.ConsumeFixed64(r.b)
		if n < 0 {
			return dst, r.problem(field, "fixed64", n)
		}
		r.b = r.b[n:]
		return append(dst, math.Float64frombits(v)), nil
	case protowire.BytesType:
		packed, err := r.bytes(field)
		if err != nil {
			return dst, err
		}
		if len(packed)%8 != 0 {
			return dst, fmt.Errorf("%s.%s: %d bytes of packed fixed64 values", r.msg, field, len(packed))
		}
		dst = slices.Grow(dst, len(packed)/8)
		for ; len(packed) > 0; packed = packed[8:] {
			dst = append(dst, math.Float64frombits(binary.LittleEndian.Uint64(packed)))
		}
		return dst, nil
	default:
		return dst, r.wrongType(field, "fixed64 or length-delimited (packed)")
	}
}

// wireProblem describes protowire's error code n for a value of the kind what.
func wireProblem(what string, n int) string {
	err := protowire.ParseError(n)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "truncated " + what
	}
	// protowire's errors come from protobuf's internal error package, which prefixes "proto:"
	// and, to keep callers from matching its text, a space or a no-break space chosen per
	// binary. Ours are meant to be read, and tested: drop both.
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "proto:"); ok {
		msg = strings.TrimLeft(rest, " \u00a0")
	}
	return fmt.Sprintf("bad %s: %s", what, msg)
}

// wireTypeName names a wire type for errors.
func wireTypeName(t protowire.Type) string {
	switch t {
	case protowire.VarintType:
		return "varint"
	case protowire.Fixed32Type:
		return "fixed32"
	case protowire.Fixed64Type:
		return "fixed64"
	case protowire.BytesType:
		return "length-delimited"
	case protowire.StartGroupType:
		return "start-group"
	case protowire.EndGroupType:
		return "end-group"
	default:
		return fmt.Sprintf("%d (reserved)", t)
	}
}

func wireModel(b []byte) (*Model, error) {
	m := new(Model)
	r := wireReader{msg: "ModelProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			var v uint64
			v, err = r.varint("ir_version")
			m.IRVersion = int64(v)
		case 2:
			m.ProducerName, err = r.str("producer_name")
		case 3:
			m.ProducerVersion, err = r.str("producer_version")
		case 4:
			m.Domain, err = r.str("domain")
		case 5:
			var v uint64
			v, err = r.varint("model_version")
			m.ModelVersion = int64(v)
		case 6:
			m.DocString, err = r.str("doc_string")
		case 7:
			err = r.sub("graph", -1, func(b []byte) (err error) {
				m.Graph, err = wireGraph(b, 1)
				return err
			})
		case 8:
			err = r.sub("opset_import", len(m.Opsets), func(b []byte) error {
				o, err := wireOpset(b)
				m.Opsets = append(m.Opsets, o)
				return err
			})
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return m, r.err
}

func wireOpset(b []byte) (OpsetID, error) {
	var o OpsetID
	r := wireReader{msg: "OperatorSetIdProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			o.Domain, err = r.str("domain")
		case 2:
			var v uint64
			v, err = r.varint("version")
			o.Version = int64(v)
		default:
			err = r.skip()
		}
		if err != nil {
			return o, err
		}
	}
	return o, r.err
}

// wireGraph decodes a GraphProto at the given nesting depth (see maxGraphDepth).
func wireGraph(b []byte, depth int) (*Graph, error) {
	if depth > maxGraphDepth {
		return nil, fmt.Errorf("GraphProto: graphs nested more than %d deep", maxGraphDepth)
	}
	g := new(Graph)
	r := wireReader{msg: "GraphProto", b: b}
	valueInfo := func(field string, list *[]*ValueInfo) error {
		return r.sub(field, len(*list), func(b []byte) error {
			vi, err := wireValueInfo(b)
			*list = append(*list, vi)
			return err
		})
	}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			err = r.sub("node", len(g.Nodes), func(b []byte) error {
				n, err := wireNode(b, depth)
				g.Nodes = append(g.Nodes, n)
				return err
			})
		case 2:
			g.Name, err = r.str("name")
		case 5:
			err = r.sub("initializer", len(g.Initializers), func(b []byte) error {
				t, err := wireTensor(b)
				g.Initializers = append(g.Initializers, t)
				return err
			})
		case 10:
			g.DocString, err = r.str("doc_string")
		case 11:
			err = valueInfo("input", &g.Inputs)
		case 12:
			err = valueInfo("output", &g.Outputs)
		case 13:
			err = valueInfo("value_info", &g.ValueInfo)
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return g, r.err
}

func wireNode(b []byte, depth int) (*Node, error) {
	n := new(Node)
	r := wireReader{msg: "NodeProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			var s string
			s, err = r.str("input")
			n.Inputs = append(n.Inputs, s)
		case 2:
			var s string
			s, err = r.str("output")
			n.Outputs = append(n.Outputs, s)
		case 3:
			n.Name, err = r.str("name")
		case 4:
			n.OpType, err = r.str("op_type")
		case 5:
			err = r.sub("attribute", len(n.Attrs), func(b []byte) error {
				a, err := wireAttr(b, depth)
				n.Attrs = append(n.Attrs, a)
				return err
			})
		case 6:
			n.DocString, err = r.str("doc_string")
		case 7:
			n.Domain, err = r.str("domain")
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return n, r.err
}

// wireAttr decodes an AttributeProto of a node in a graph at the given depth. Fields outside
// proto.go's subset (tensors, graphs, sparse tensors, ref_attr_name, …) are skipped: the
// importer refuses an attribute whose Type needs them.
func wireAttr(b []byte, depth int) (*Attr, error) {
	a := new(Attr)
	r := wireReader{msg: "AttributeProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			a.Name, err = r.str("name")
		case 2:
			var v uint32
			v, err = r.fixed32("f")
			a.F = math.Float32frombits(v)
		case 3:
			var v uint64
			v, err = r.varint("i")
			a.I = int64(v)
		case 4:
			a.S, err = r.blob("s")
		case 5:
			err = r.sub("t", -1, func(b []byte) (err error) {
				a.T, err = wireTensor(b)
				return err
			})
		case 6:
			err = r.sub("g", -1, func(b []byte) (err error) {
				a.G, err = wireGraph(b, depth+1)
				return err
			})
		case 7:
			a.Floats, err = wireFloats(&r, "floats", a.Floats)
		case 8:
			a.Ints, err = wireVarints(&r, "ints", a.Ints)
		case 9:
			var s []byte
			s, err = r.blob("strings")
			a.Strings = append(a.Strings, s)
		case 20:
			var v uint64
			v, err = r.varint("type")
			a.Type = AttrType(int32(v)) // an enum is an int32 on the wire: keep the low 32 bits
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return a, r.err
}

func wireTensor(b []byte) (*Tensor, error) {
	t := new(Tensor)
	r := wireReader{msg: "TensorProto", b: b}
	// External is external_data present or the last data_location EXTERNAL (1).
	var externalData bool
	var location int32
	for r.next() {
		var err error
		switch r.num {
		case 1:
			t.Dims, err = wireVarints(&r, "dims", t.Dims)
		case 2:
			var v uint64
			v, err = r.varint("data_type")
			t.DataType = DataType(int32(v))
		case 4:
			t.FloatData, err = wireFloats(&r, "float_data", t.FloatData)
		case 5:
			t.Int32Data, err = wireVarints(&r, "int32_data", t.Int32Data)
		case 7:
			t.Int64Data, err = wireVarints(&r, "int64_data", t.Int64Data)
		case 8:
			t.Name, err = r.str("name")
		case 9:
			t.RawData, err = r.blob("raw_data")
		case 10:
			t.DoubleData, err = wireDoubles(&r, "double_data", t.DoubleData)
		case 11:
			t.Uint64Data, err = wireVarints(&r, "uint64_data", t.Uint64Data)
		case 12:
			t.DocString, err = r.str("doc_string")
		case 13:
			// StringStringEntryProto (location, offset, …): its presence is all we need.
			_, err = r.bytes("external_data")
			externalData = true
		case 14:
			var v uint64
			v, err = r.varint("data_location")
			location = int32(v)
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	t.External = externalData || location == 1
	return t, r.err
}

func wireValueInfo(b []byte) (*ValueInfo, error) {
	vi := new(ValueInfo)
	r := wireReader{msg: "ValueInfoProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			vi.Name, err = r.str("name")
		case 2:
			err = r.sub("type", -1, func(b []byte) error { return wireType(b, vi) })
		case 3:
			vi.DocString, err = r.str("doc_string")
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return vi, r.err
}

// wireType decodes a TypeProto into vi's flattened type fields, replacing what an earlier type
// field set. A tensor_type anywhere makes it a tensor type, whatever other member of the oneof
// is present too (protobuf would keep the last one; no exporter writes two).
func wireType(b []byte, vi *ValueInfo) error {
	vi.ElemType, vi.Shape, vi.HasShape, vi.NotTensor = Undefined, nil, false, false
	var tensor, other bool
	r := wireReader{msg: "TypeProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			tensor = true
			err = r.sub("tensor_type", -1, func(b []byte) error { return wireTensorType(b, vi) })
		case 4, 5, 8, 9:
			other = true
			_, err = r.bytes(wireTypeOneof(r.num))
		default:
			err = r.skip()
		}
		if err != nil {
			return err
		}
	}
	if r.err != nil {
		return r.err
	}
	if !tensor {
		// A tensor_type before a non-tensor one has left nothing behind: only a tensor_type
		// sets the fields reset above.
		vi.NotTensor = other
	}
	return nil
}

// wireTypeOneof names TypeProto's non-tensor members, for errors.
func wireTypeOneof(num protowire.Number) string {
	switch num {
	case 4:
		return "sequence_type"
	case 5:
		return "map_type"
	case 8:
		return "sparse_tensor_type"
	default:
		return "optional_type"
	}
}

// wireTensorType decodes a TypeProto.Tensor into vi, replacing an earlier one's fields.
func wireTensorType(b []byte, vi *ValueInfo) error {
	vi.ElemType, vi.Shape, vi.HasShape = Undefined, nil, false
	r := wireReader{msg: "TypeProto.Tensor", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			var v uint64
			v, err = r.varint("elem_type")
			vi.ElemType = DataType(int32(v))
		case 2:
			vi.HasShape = true
			err = r.sub("shape", -1, func(b []byte) (err error) {
				vi.Shape, err = wireShape(b)
				return err
			})
		default:
			err = r.skip()
		}
		if err != nil {
			return err
		}
	}
	return r.err
}

func wireShape(b []byte) ([]Dim, error) {
	var dims []Dim
	r := wireReader{msg: "TensorShapeProto", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			err = r.sub("dim", len(dims), func(b []byte) error {
				d, err := wireDim(b)
				dims = append(dims, d)
				return err
			})
		default:
			err = r.skip()
		}
		if err != nil {
			return nil, err
		}
	}
	return dims, r.err
}

// wireDim decodes a TensorShapeProto.Dimension. dim_value and dim_param are a oneof, but both are
// kept if both are present: the importer, not the decoder, decides what such a dimension means.
func wireDim(b []byte) (Dim, error) {
	var d Dim
	r := wireReader{msg: "TensorShapeProto.Dimension", b: b}
	for r.next() {
		var err error
		switch r.num {
		case 1:
			var v uint64
			v, err = r.varint("dim_value")
			d.Value, d.HasValue = int64(v), true
		case 2:
			d.Param, err = r.str("dim_param")
		default:
			err = r.skip()
		}
		if err != nil {
			return d, err
		}
	}
	return d, r.err
}
