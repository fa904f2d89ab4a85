package onnx

import (
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// Encode serializes m as a ModelProto. The encoding is deterministic: fields in field-number
// order, repeated scalars packed, and singular fields at their zero value omitted as proto3 omits
// them — except AttributeProto.type, which is always written (ONNX requires it), and a Dim's
// dim_value, written whenever HasValue is set, 0 included.
//
// Decode(Encode(m)) deep-equals m when m is in the form Decode returns: nil rather than empty
// slices and bytes, no nil elements in slices of pointers (they encode as empty messages), a
// Dim's Value 0 unless HasValue, a ValueInfo's ElemType and Shape zero when NotTensor, Shape nil
// unless HasShape, and graphs nested at most 16 deep (Decode refuses deeper ones). m must be a
// tree: a graph that contains itself through an attribute never finishes encoding.
func Encode(m *Model) []byte {
	if m == nil {
		return nil
	}
	var b []byte
	b = pbInt(b, 1, m.IRVersion)
	b = pbString(b, 2, m.ProducerName)
	b = pbString(b, 3, m.ProducerVersion)
	b = pbString(b, 4, m.Domain)
	b = pbInt(b, 5, m.ModelVersion)
	b = pbString(b, 6, m.DocString)
	if m.Graph != nil {
		b = pbMessage(b, 7, pbGraph(m.Graph))
	}
	for _, o := range m.Opsets {
		var ob []byte
		ob = pbString(ob, 1, o.Domain)
		ob = pbInt(ob, 2, o.Version)
		b = pbMessage(b, 8, ob)
	}
	return b
}

// EncodeTensor serializes t as a lone TensorProto, by the rules of Encode.
func EncodeTensor(t *Tensor) []byte {
	if t == nil {
		return nil
	}
	var b []byte
	b = pbVarints(b, 1, t.Dims)
	b = pbInt(b, 2, int64(t.DataType))
	b = pbFloats(b, 4, t.FloatData)
	b = pbVarints(b, 5, t.Int32Data)
	b = pbVarints(b, 7, t.Int64Data)
	b = pbString(b, 8, t.Name)
	b = pbBytes(b, 9, t.RawData)
	b = pbDoubles(b, 10, t.DoubleData)
	b = pbVarints(b, 11, t.Uint64Data)
	b = pbString(b, 12, t.DocString)
	if t.External {
		// data_location = EXTERNAL is the smaller of the two ways to say it, and the one that
		// makes no claim about where the data is.
		b = pbInt(b, 14, 1)
	}
	return b
}

func pbGraph(g *Graph) []byte {
	if g == nil {
		return nil
	}
	var b []byte
	for _, n := range g.Nodes {
		b = pbMessage(b, 1, pbNode(n))
	}
	b = pbString(b, 2, g.Name)
	for _, t := range g.Initializers {
		b = pbMessage(b, 5, EncodeTensor(t))
	}
	b = pbString(b, 10, g.DocString)
	for _, vi := range g.Inputs {
		b = pbMessage(b, 11, pbValueInfo(vi))
	}
	for _, vi := range g.Outputs {
		b = pbMessage(b, 12, pbValueInfo(vi))
	}
	for _, vi := range g.ValueInfo {
		b = pbMessage(b, 13, pbValueInfo(vi))
	}
	return b
}

func pbNode(n *Node) []byte {
	if n == nil {
		return nil
	}
	var b []byte
	// Every input is written, empty ones too: an empty name is an omitted optional input, and
	// dropping it would shift the inputs after it.
	for _, s := range n.Inputs {
		b = protowire.AppendTag(b, 1, protowire.BytesType)
		b = protowire.AppendString(b, s)
	}
	for _, s := range n.Outputs {
		b = protowire.AppendTag(b, 2, protowire.BytesType)
		b = protowire.AppendString(b, s)
	}
	b = pbString(b, 3, n.Name)
	b = pbString(b, 4, n.OpType)
	for _, a := range n.Attrs {
		b = pbMessage(b, 5, pbAttr(a))
	}
	b = pbString(b, 6, n.DocString)
	b = pbString(b, 7, n.Domain)
	return b
}

func pbAttr(a *Attr) []byte {
	if a == nil {
		a = new(Attr)
	}
	var b []byte
	b = pbString(b, 1, a.Name)
	// The bits, not the value, decide: -0 is written, so that it decodes as -0.
	if v := math.Float32bits(a.F); v != 0 {
		b = protowire.AppendTag(b, 2, protowire.Fixed32Type)
		b = protowire.AppendFixed32(b, v)
	}
	b = pbInt(b, 3, a.I)
	b = pbBytes(b, 4, a.S)
	if a.T != nil {
		b = pbMessage(b, 5, EncodeTensor(a.T))
	}
	if a.G != nil {
		b = pbMessage(b, 6, pbGraph(a.G))
	}
	b = pbFloats(b, 7, a.Floats)
	b = pbVarints(b, 8, a.Ints)
	for _, s := range a.Strings {
		b = protowire.AppendTag(b, 9, protowire.BytesType)
		b = protowire.AppendBytes(b, s)
	}
	b = protowire.AppendTag(b, 20, protowire.VarintType)
	b = protowire.AppendVarint(b, uint64(int64(a.Type)))
	return b
}

func pbValueInfo(vi *ValueInfo) []byte {
	if vi == nil {
		return nil
	}
	var b []byte
	b = pbString(b, 1, vi.Name)
	switch {
	case vi.NotTensor:
		// Which non-tensor type it was is not kept; an empty sequence_type says "not a tensor".
		var tb []byte
		tb = pbMessage(tb, 4, nil)
		b = pbMessage(b, 2, tb)
	case vi.ElemType != Undefined || vi.HasShape:
		var tt []byte
		tt = pbInt(tt, 1, int64(vi.ElemType))
		if vi.HasShape {
			var sb []byte
			for _, d := range vi.Shape {
				var db []byte
				if d.HasValue {
					db = protowire.AppendTag(db, 1, protowire.VarintType)
					db = protowire.AppendVarint(db, uint64(d.Value))
				}
				db = pbString(db, 2, d.Param)
				sb = pbMessage(sb, 1, db)
			}
			tt = pbMessage(tt, 2, sb)
		}
		var tb []byte
		tb = pbMessage(tb, 1, tt)
		b = pbMessage(b, 2, tb)
	}
	b = pbString(b, 3, vi.DocString)
	return b
}

// pbInt appends an int64, int32 or enum field unless it is 0. A negative int32 is written
// sign-extended to 64 bits, as protobuf writes it.
func pbInt(b []byte, num protowire.Number, v int64) []byte {
	if v == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, uint64(v))
}

// pbString appends a string field unless it is empty.
func pbString(b []byte, num protowire.Number, s string) []byte {
	if s == "" {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendString(b, s)
}

// pbBytes appends a bytes field unless it is empty.
func pbBytes(b []byte, num protowire.Number, v []byte) []byte {
	if len(v) == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

// pbMessage appends a submessage field, even an empty one: its presence can mean something
// (a Graph's, a shape's).
func pbMessage(b []byte, num protowire.Number, msg []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, msg)
}

// pbVarints appends a packed repeated varint field unless it is empty. An int32 is converted
// to uint64 sign-extended, as protobuf writes it.
func pbVarints[T int32 | int64 | uint64](b []byte, num protowire.Number, vs []T) []byte {
	if len(vs) == 0 {
		return b
	}
	n := 0
	for _, v := range vs {
		n += protowire.SizeVarint(uint64(v))
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	b = protowire.AppendVarint(b, uint64(n))
	for _, v := range vs {
		b = protowire.AppendVarint(b, uint64(v))
	}
	return b
}

// pbFloats appends a packed repeated float field unless it is empty.
func pbFloats(b []byte, num protowire.Number, vs []float32) []byte {
	if len(vs) == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	b = protowire.AppendVarint(b, uint64(4*len(vs)))
	for _, v := range vs {
		b = protowire.AppendFixed32(b, math.Float32bits(v))
	}
	return b
}

// pbDoubles appends a packed repeated double field unless it is empty.
func pbDoubles(b []byte, num protowire.Number, vs []float64) []byte {
	if len(vs) == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	b = protowire.AppendVarint(b, uint64(8*len(vs)))
	for _, v := range vs {
		b = protowire.AppendFixed64(b, math.Float64bits(v))
	}
	return b
}
