package onnx

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

// ErrUnsupported is wrapped by the *ImportError a model the importer cannot translate exactly
// comes back with.
var ErrUnsupported = errors.New("onnx: model not supported")

// Problem is one reason a model cannot be imported, tied to the node (or graph input, output or
// initializer) it concerns.
type Problem struct {
	Node   string // the node's name, or "#i" for an unnamed node i; "graph" for graph-level problems
	OpType string // the node's op type, with its domain when not the default one
	Detail string // what is not supported: the attribute, type, shape or scale, and why
}

func (p Problem) String() string {
	if p.OpType == "" {
		return fmt.Sprintf("%s: %s", p.Node, p.Detail)
	}
	return fmt.Sprintf("%s (%s): %s", p.Node, p.OpType, p.Detail)
}

// ImportError lists every problem found in a model: the importer does not stop at the first
// unsupported node, so a user sees all of them at once.
type ImportError struct{ Problems []Problem }

func (e *ImportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "onnx: model not supported (%d problem", len(e.Problems))
	if len(e.Problems) != 1 {
		b.WriteString("s")
	}
	b.WriteString("):")
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrUnsupported) hold.
func (e *ImportError) Unwrap() error { return ErrUnsupported }

// Signature describes one edge of an imported model, the graph input or the graph output, as
// ONNX sees it, and how it maps onto the program's input or output tensor.
type Signature struct {
	Name string   // the graph input's or output's name
	Elem DataType // its ONNX element type: Float, Int8, Uint8, Int32 or Int64
	Dims []int64  // its ONNX shape (symbolic dimensions resolved to 1)
	// For a Float edge, the quantization that crosses it: the graph input's QuantizeLinear or
	// the graph output's DequantizeLinear, Zero in QElem's domain.
	Scale float32
	Zero  int
	QElem DataType // Int8 or Uint8 for a Float edge; otherwise Elem
	// The program tensor: Rows·Cols elements, of DType.
	DType      isa.DType
	Rows, Cols int
	perm       []int32 // program element index → ONNX flat index; nil is the identity
}

// Imported is a model translated into a program.
type Imported struct {
	Program *program.Program
	Input   Signature
	Output  Signature
	// Nodes is the number of ONNX nodes, Instrs the number of instructions (HALT excluded).
	Nodes, Instrs int
}

// Import translates a quantized model. It returns an *ImportError (wrapping ErrUnsupported)
// listing every node it cannot translate exactly, or the validator's error if the program it
// builds exceeds the machine's limits.
func Import(m *Model) (*Imported, error) {
	if m == nil || m.Graph == nil {
		return nil, &ImportError{Problems: []Problem{{Node: "graph", Detail: "the model has no graph"}}}
	}
	im := &importer{g: m.Graph, b: program.NewBuilder(), vals: make(map[string]*value), uses: make(map[string]int)}
	im.opsets(m)
	im.run()
	if len(im.problems) > 0 {
		return nil, &ImportError{Problems: im.problems}
	}
	p, err := im.b.Build()
	if err != nil {
		return nil, fmt.Errorf("onnx: the translated program is invalid: %w", err)
	}
	return &Imported{Program: p, Input: *im.in, Output: *im.out, Nodes: len(m.Graph.Nodes), Instrs: im.b.NumInstrs()}, nil
}

// kind is what an ONNX value is during import.
type kind int

const (
	kQ       kind = iota // an int8 program tensor: a quantized activation, or the raw int8 of *Integer ops
	kI32                 // an int32 program tensor: an integer accumulator (MatMulInteger, ConvInteger) or ArgMax's index
	kF                   // a float in ONNX that is the dequantization of a kQ tensor (DequantizeLinear's output)
	kPend                // a float result waiting for the QuantizeLinear that fixes its output quantization
	kConst               // an initializer or a Constant node's output
	kInputF              // the float graph input, waiting for its QuantizeLinear
	kSoftmax             // the softmax of a kF: order-preserving along its axis, so only ArgMax may read it
)

// tens is a program tensor with its ONNX meaning.
type tens struct {
	ref        program.Ref
	dt         isa.DType
	rows, cols int
	dims       []int64 // the ONNX shape
	perm       []int32 // program element index → ONNX flat index (row-major over dims); nil is the identity
	elem       DataType
	// The quantization of a kQ tensor, when the graph gives it (QDQ form); zero is in the int8
	// domain (a uint8 zero point minus 128).
	hasQ  bool
	scale float32
	zero  int
}

// value is one ONNX value name's meaning.
type value struct {
	kind kind
	t    *tens     // kQ, kI32, kF, kSoftmax
	c    *constant // kConst
	p    *pending  // kPend
}

// constant is an initializer, possibly dequantized by a DequantizeLinear (weights, bias).
type constant struct {
	name   string
	dt     DataType
	dims   []int64
	ints   []int64   // integer types
	floats []float32 // Float
	deq    *deqParams
}

// deqParams are a DequantizeLinear's scale and zero point: one each (per tensor) or one per index
// of axis (per channel). zero is in the constant's own domain (uint8 stays uint8 here).
type deqParams struct {
	scale []float32
	zero  []int64
	axis  int
}

// pending is a float result whose output quantization is not known yet.
type pending struct {
	node   *Node
	op     string // "matmul", "conv", "add", "unary", "requant" (a kF going straight to a Q)
	dims   []int64
	lo, hi float64 // real-domain clamp from fused Relu/Clip
	// matmul and conv: a is the activation, w the DequantizeLinear'ed weights, bias the
	// DequantizeLinear'ed int32 bias (or nil); conv has its geometry.
	a       *tens
	w, bias *constant
	alpha   float64 // Gemm's alpha: folded into the multiplier
	conv    *convGeom
	wTrans  bool                  // matmul weights given [N,K] (Gemm transB=1) rather than [K,N]
	b       *tens                 // add's second operand
	f       func(float64) float64 // unary
}

// importer is the state of one Import.
type importer struct {
	g        *Graph
	b        *program.Builder
	vals     map[string]*value
	uses     map[string]int // how many node inputs (and graph outputs) read each value
	problems []Problem
	in, out  *Signature
	inName   string // the float or integer graph input
	opset    int64  // the default domain's opset version
	cur      *Node
	curIdx   int
	bad      map[string]bool // values whose producer failed: their readers stay quiet
}

func (im *importer) opsets(m *Model) {
	for _, o := range m.Opsets {
		if o.Domain == "" || o.Domain == "ai.onnx" {
			im.opset = o.Version
		}
	}
}

// problem records a problem with the current node.
func (im *importer) problem(format string, args ...any) {
	n := im.cur
	name := fmt.Sprintf("#%d", im.curIdx)
	op := ""
	if n != nil {
		if n.Name != "" {
			name = n.Name
		}
		op = n.OpType
		if n.Domain != "" && n.Domain != "ai.onnx" {
			op = n.Domain + "." + op
		}
	}
	im.problems = append(im.problems, Problem{Node: name, OpType: op, Detail: fmt.Sprintf(format, args...)})
}

func (im *importer) graphProblem(format string, args ...any) {
	im.problems = append(im.problems, Problem{Node: "graph", Detail: fmt.Sprintf(format, args...)})
}

// run walks the graph once, in node order (ONNX requires a topological order).
func (im *importer) run() {
	g := im.g
	im.bad = make(map[string]bool)
	for _, n := range g.Nodes {
		for _, in := range n.Inputs {
			im.uses[in]++
		}
	}
	for _, o := range g.Outputs {
		im.uses[o.Name]++
	}
	for _, t := range g.Initializers {
		c, err := newConstant(t)
		if err != nil {
			im.graphProblem("initializer %q: %v", t.Name, err)
			im.bad[t.Name] = true
			continue
		}
		im.vals[t.Name] = &value{kind: kConst, c: c}
	}
	im.inputs()
	for i, n := range g.Nodes {
		im.cur, im.curIdx = n, i
		if slices.ContainsFunc(n.Inputs, func(s string) bool { return im.bad[s] }) {
			// An input failed upstream: report only what is wrong with this node on its own.
			im.static(n)
			im.poison(n)
			continue
		}
		before := len(im.problems)
		im.node(n)
		if len(im.problems) > before {
			im.poison(n)
		}
	}
	im.cur = nil
	im.outputs()
}

func (im *importer) poison(n *Node) {
	for _, o := range n.Outputs {
		im.bad[o] = true
	}
}

// inputs declares the program input from the one graph input that is not an initializer.
func (im *importer) inputs() {
	var ins []*ValueInfo
	for _, vi := range im.g.Inputs {
		if _, ok := im.vals[vi.Name]; ok {
			continue // an initializer listed as an input (IR < 4 style)
		}
		ins = append(ins, vi)
	}
	if len(ins) != 1 {
		im.graphProblem("the graph has %d inputs besides initializers; a program has exactly one input", len(ins))
		for _, vi := range ins {
			im.bad[vi.Name] = true
		}
		return
	}
	vi := ins[0]
	dims, err := fixedDims(vi)
	if err != nil {
		im.graphProblem("input %q: %v", vi.Name, err)
		im.bad[vi.Name] = true
		return
	}
	im.inName = vi.Name
	switch vi.ElemType {
	case Float:
		// Declared by the QuantizeLinear that reads it.
		im.vals[vi.Name] = &value{kind: kInputF, t: &tens{dims: dims, elem: Float}}
	case Int8, Uint8:
		t := im.declareInput(dims, vi.ElemType)
		im.vals[vi.Name] = &value{kind: kQ, t: t}
		im.in = &Signature{Name: vi.Name, Elem: vi.ElemType, Dims: dims, QElem: vi.ElemType, DType: isa.Int8, Rows: t.rows, Cols: t.cols, perm: t.perm}
	default:
		im.graphProblem("input %q has element type %s; the importer takes float (quantized by a QuantizeLinear), int8 or uint8 inputs", vi.Name, vi.ElemType)
		im.bad[vi.Name] = true
	}
}

// declareInput declares the program input for an ONNX input of shape dims: an NCHW image
// [1,C,H,W] becomes one dense row [1, H·W·C] in channels-last order, anything else
// [rows, last dimension].
//
// The image is a single row because a job's input is paid for by the byte in its batch, in
// memory form: every row of a tensor starts a 32-byte leaf, so [H·W, C] (the layout IM2COL and
// MAXPOOL read) would cost 32 bytes per pixel for C ≤ 32. The row is reshaped to [H·W, C] by a
// COPY where an operator needs it, which costs one step per element instead.
func (im *importer) declareInput(dims []int64, elem DataType) *tens {
	t := &tens{dt: isa.Int8, dims: dims, elem: elem}
	if len(dims) == 4 && dims[0] == 1 {
		c, h, w := int(dims[1]), int(dims[2]), int(dims[3])
		t.rows, t.cols, t.perm = 1, h*w*c, imagePerm(c, h, w)
	} else {
		t.rows, t.cols = matrixShape(dims)
	}
	t.ref = im.b.Input(t.rows, t.cols)
	return t
}

// outputs declares the program output from the graph's one output, copying the value into the
// output region.
func (im *importer) outputs() {
	g := im.g
	if len(g.Outputs) != 1 {
		im.graphProblem("the graph has %d outputs; a program has exactly one output", len(g.Outputs))
		return
	}
	name := g.Outputs[0].Name
	if im.bad[name] {
		return
	}
	v, ok := im.vals[name]
	if !ok {
		im.graphProblem("output %q is not produced by any node", name)
		return
	}
	sig := &Signature{Name: name}
	var t *tens
	switch v.kind {
	case kQ:
		t = v.t
		sig.Elem, sig.QElem = t.elem, t.elem
	case kF:
		t = v.t
		if !t.hasQ {
			im.graphProblem("output %q: a float output must come from a DequantizeLinear", name)
			return
		}
		sig.Elem, sig.QElem, sig.Scale, sig.Zero = Float, t.elem, t.scale, fromInt8Domain(t.zero, t.elem)
	case kI32:
		t = v.t
		sig.Elem, sig.QElem = t.elem, t.elem
	default:
		im.graphProblem("output %q is a float computed in float (%s): end the model with QuantizeLinear or DequantizeLinear", name, kindName(v.kind))
		return
	}
	if im.in == nil {
		if len(im.problems) == 0 {
			im.graphProblem("input %q is never read by a QuantizeLinear: a float input must be quantized first", im.inName)
		}
		return
	}
	sig.Dims, sig.DType, sig.Rows, sig.Cols, sig.perm = t.dims, t.dt, t.rows, t.cols, t.perm
	o := im.b.Output(t.dt, t.rows, t.cols)
	im.b.Copy(o, t.ref)
	im.out = sig
}

func kindName(k kind) string {
	switch k {
	case kPend:
		return "no QuantizeLinear follows it"
	case kConst:
		return "a constant"
	case kInputF:
		return "the float input itself"
	case kSoftmax:
		return "a Softmax, which only an ArgMax may read"
	}
	return "?"
}

// fixedDims is a value info's shape with symbolic or unknown dimensions resolved to 1 (a batch
// of one, the only batch a job has).
func fixedDims(vi *ValueInfo) ([]int64, error) {
	if vi.NotTensor {
		return nil, errors.New("not a tensor")
	}
	if !vi.HasShape {
		return nil, errors.New("no shape: export the model with a fixed input shape")
	}
	dims := make([]int64, len(vi.Shape))
	for i, d := range vi.Shape {
		switch {
		case d.HasValue && d.Value > 0:
			dims[i] = d.Value
		case d.HasValue:
			return nil, fmt.Errorf("dimension %d is %d", i, d.Value)
		case i == 0:
			dims[i] = 1 // a symbolic batch dimension
		default:
			return nil, fmt.Errorf("dimension %d is symbolic (%q): only the batch dimension may be", i, d.Param)
		}
	}
	if len(dims) == 0 {
		dims = []int64{1}
	}
	if n := numElems(dims); n <= 0 || n > 1<<26 {
		return nil, fmt.Errorf("shape %v has %d elements", dims, n)
	}
	return dims, nil
}

func numElems(dims []int64) int64 {
	n := int64(1)
	for _, d := range dims {
		if d <= 0 || n > math.MaxInt32/d {
			return -1
		}
		n *= d
	}
	return n
}

// matrixShape is the [rows, cols] a tensor of shape dims is declared with: its last dimension
// as columns.
func matrixShape(dims []int64) (int, int) {
	if len(dims) == 0 {
		return 1, 1
	}
	cols := int(dims[len(dims)-1])
	return int(numElems(dims)) / cols, cols
}

// imagePerm maps the elements of an [H·W, C] program tensor onto NCHW order.
func imagePerm(c, h, w int) []int32 {
	p := make([]int32, h*w*c)
	for px := range h * w {
		for ch := range c {
			p[px*c+ch] = int32(ch*h*w + px)
		}
	}
	return p
}

// fromInt8Domain turns an int8-domain zero point back into elem's domain.
func fromInt8Domain(z int, elem DataType) int {
	if elem == Uint8 {
		return z + 128
	}
	return z
}

func (d DataType) String() string {
	switch d {
	case Float:
		return "float"
	case Uint8:
		return "uint8"
	case Int8:
		return "int8"
	case Uint16:
		return "uint16"
	case Int16:
		return "int16"
	case Int32:
		return "int32"
	case Int64:
		return "int64"
	case String:
		return "string"
	case Bool:
		return "bool"
	case Float16:
		return "float16"
	case Double:
		return "double"
	case Uint32:
		return "uint32"
	case Uint64:
		return "uint64"
	}
	return fmt.Sprintf("type(%d)", int32(d))
}
