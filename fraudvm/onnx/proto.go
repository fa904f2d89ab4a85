package onnx

// The subset of onnx.proto (github.com/onnx/onnx/blob/main/onnx/onnx.proto, IR version ≤ 10)
// that an inference graph uses, as plain Go values. Field numbers are given next to each field:
// Decode and Encode are the only code that knows the wire format. Unknown fields are skipped on
// decode (a newer exporter's extra metadata must not make a model unreadable), but a field we do
// know with the wrong wire type is an error.

// DataType is TensorProto.DataType.
type DataType int32

// The element types the importer handles; others decode and are reported as unsupported.
const (
	Undefined DataType = 0
	Float     DataType = 1
	Uint8     DataType = 2
	Int8      DataType = 3
	Uint16    DataType = 4
	Int16     DataType = 5
	Int32     DataType = 6
	Int64     DataType = 7
	String    DataType = 8
	Bool      DataType = 9
	Float16   DataType = 10
	Double    DataType = 11
	Uint32    DataType = 12
	Uint64    DataType = 13
)

// AttrType is AttributeProto.AttributeType.
type AttrType int32

// Attribute types (AttributeProto.AttributeType).
const (
	AttrUndefined AttrType = 0
	AttrFloat     AttrType = 1
	AttrInt       AttrType = 2
	AttrString    AttrType = 3
	AttrTensor    AttrType = 4
	AttrGraph     AttrType = 5
	AttrFloats    AttrType = 6
	AttrInts      AttrType = 7
	AttrStrings   AttrType = 8
	AttrTensors   AttrType = 9
	AttrGraphs    AttrType = 10
)

// Model is ModelProto.
type Model struct {
	IRVersion       int64     // 1
	ProducerName    string    // 2
	ProducerVersion string    // 3
	Domain          string    // 4
	ModelVersion    int64     // 5
	DocString       string    // 6
	Graph           *Graph    // 7
	Opsets          []OpsetID // 8
}

// OpsetID is OperatorSetIdProto.
type OpsetID struct {
	Domain  string // 1 ("" or "ai.onnx" is the default domain, "com.microsoft" ORT's contrib ops)
	Version int64  // 2
}

// Graph is GraphProto.
type Graph struct {
	Nodes        []*Node      // 1
	Name         string       // 2
	Initializers []*Tensor    // 5
	DocString    string       // 10
	Inputs       []*ValueInfo // 11
	Outputs      []*ValueInfo // 12
	ValueInfo    []*ValueInfo // 13
}

// Node is NodeProto. An empty string in Inputs is an omitted optional input.
type Node struct {
	Inputs    []string // 1
	Outputs   []string // 2
	Name      string   // 3
	OpType    string   // 4
	Attrs     []*Attr  // 5
	DocString string   // 6
	Domain    string   // 7
}

// Attr is AttributeProto. Only the field Type names is meaningful.
type Attr struct {
	Name    string    // 1
	F       float32   // 2
	I       int64     // 3
	S       []byte    // 4
	T       *Tensor   // 5
	G       *Graph    // 6 (decoded so that a model with a subgraph is readable; never imported)
	Floats  []float32 // 7 (packed or not)
	Ints    []int64   // 8 (packed or not)
	Strings [][]byte  // 9
	Type    AttrType  // 20
}

// Tensor is TensorProto. Its values are in exactly one of RawData (little-endian, dense) or
// the typed field the data type uses: FloatData for Float; Int32Data for Int32, Int16, Int8,
// Uint16, Uint8, Bool and Float16 (one value per element, as onnx.proto says); Int64Data for
// Int64; DoubleData for Double; Uint64Data for Uint32 and Uint64.
type Tensor struct {
	Dims       []int64   // 1 (packed or not)
	DataType   DataType  // 2
	FloatData  []float32 // 4 (packed or not)
	Int32Data  []int32   // 5 (packed or not)
	Int64Data  []int64   // 7 (packed or not)
	Name       string    // 8
	RawData    []byte    // 9
	DoubleData []float64 // 10 (packed or not)
	Uint64Data []uint64  // 11 (packed or not)
	DocString  string    // 12
	// External is true when the tensor's data lives outside the model (field 13 present or
	// data_location = EXTERNAL, field 14): the importer refuses such models.
	External bool
}

// ValueInfo is ValueInfoProto with its TypeProto flattened: only tensor types are kept.
type ValueInfo struct {
	Name string // 1
	// From type (2) → tensor_type (1): elem_type (1) and shape (2) → dim (1).
	ElemType DataType
	Shape    []Dim
	HasShape bool // the shape field was present (a missing shape means unknown rank)
	// NotTensor is true when type (2) is present but is not a tensor type (sequence, map, …).
	NotTensor bool
	DocString string // 3
}

// Dim is TensorShapeProto.Dimension: a fixed size, a symbolic one, or unknown (neither).
type Dim struct {
	Value int64  // 1
	Param string // 2
	// HasValue is true when dim_value was present (a present dim_value 0 is a real 0).
	HasValue bool
}
