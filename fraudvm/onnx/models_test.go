package onnx_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crollup/crollup/fraudvm/onnx"
	"github.com/crollup/crollup/fraudvm/onnx/testmodels"
	"github.com/crollup/crollup/fraudvm/program"
)

const modelsDir = "testdata/models"

// TestModelsFresh checks that the committed test models are what testmodels writes (rewrite them
// with `go run ./fraudvm/onnx/testmodels/gen`).
func TestModelsFresh(t *testing.T) {
	for _, s := range testmodels.All() {
		var npy bytes.Buffer
		if err := onnx.WriteNpy(&npy, s.Sample); err != nil {
			t.Fatal(err)
		}
		for name, want := range map[string][]byte{s.Name + ".onnx": onnx.Encode(s.Model), s.Name + ".input.npy": npy.Bytes()} {
			got, err := os.ReadFile(filepath.Join(modelsDir, name))
			if err != nil {
				t.Fatalf("%v (run go run ./fraudvm/onnx/testmodels/gen)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is stale: run go run ./fraudvm/onnx/testmodels/gen", name)
			}
		}
	}
}

func loadModel(t testing.TB, name string) *onnx.Model {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(modelsDir, name+".onnx"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := onnx.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestImportUnsupported(t *testing.T) {
	_, err := onnx.Import(loadModel(t, "unsupported"))
	var ie *onnx.ImportError
	if !errors.As(err, &ie) || !errors.Is(err, onnx.ErrUnsupported) {
		t.Fatalf("want an *ImportError, got %v", err)
	}
	t.Logf("%v", err)
	// Every unsupported node is named, not only the first.
	for _, want := range []struct{ op, detail string }{
		{"AveragePool", "average"},
		{"Conv", "group=2"},
		{"MatMul", "float weights"},
	} {
		if !slices.ContainsFunc(ie.Problems, func(p onnx.Problem) bool {
			return p.OpType == want.op && strings.Contains(p.Detail, want.detail) && p.Node != ""
		}) {
			t.Errorf("no problem for %s mentioning %q in %v", want.op, want.detail, ie.Problems)
		}
	}
}

// inputs returns n inputs for a model's signature: the sample, then random ones (floats spread
// a little beyond the input quantization's range, so saturation is exercised too).
func inputs(t *testing.T, s *testmodels.Spec, sig onnx.Signature, n int) []*onnx.Tensor {
	r := rand.New(rand.NewPCG(uint64(len(s.Name)), 99))
	out := []*onnx.Tensor{s.Sample}
	size := 1
	for _, d := range sig.Dims {
		size *= int(d)
	}
	for range n - 1 {
		switch sig.Elem {
		case onnx.Float:
			span := 1.1 * 128 * float64(sig.Scale)
			v := make([]float32, size)
			for i := range v {
				v[i] = float32((r.Float64()*2 - 1) * span)
			}
			out = append(out, onnx.Float32Tensor(sig.Name, sig.Dims, v))
		case onnx.Uint8:
			v := make([]uint8, size)
			for i := range v {
				v[i] = uint8(r.IntN(256))
			}
			out = append(out, onnx.Uint8Tensor(sig.Name, sig.Dims, v))
		case onnx.Int8:
			v := make([]int8, size)
			for i := range v {
				v[i] = int8(r.IntN(256) - 128)
			}
			out = append(out, onnx.Int8Tensor(sig.Name, sig.Dims, v))
		default:
			t.Fatalf("input type %s", sig.Elem)
		}
	}
	return out
}

// quantized returns an output tensor's values as integers: a float output is mapped back onto
// its quantization grid, (y / scale) + zero, which is exact for values DequantizeLinear wrote.
func quantized(t *testing.T, sig onnx.Signature, y *onnx.Tensor) []int64 {
	t.Helper()
	if y.DataType == onnx.Float {
		f, err := y.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		q := make([]int64, len(f))
		for i, v := range f {
			q[i] = int64(math.RoundToEven(float64(v/sig.Scale))) + int64(sig.Zero)
		}
		return q
	}
	v, err := y.Int64s()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// cutModel cuts a model before its last non-linear tail (a Softmax → ArgMax, or an element-wise
// Sigmoid/Tanh table): its output is the dequantized value the tail reads. A tail turns a
// difference of one in its input into a larger one (a steep sigmoid, another class), so the full
// model's differences beyond one are accepted only where the cut model's values differ too.
func cutModel(m *onnx.Model) (*onnx.Model, bool) {
	g := *m.Graph
	for i := len(g.Nodes) - 1; i > 0; i-- {
		switch g.Nodes[i].OpType {
		case "Softmax", "Sigmoid", "Tanh":
		default:
			continue
		}
		if slices.ContainsFunc(g.Nodes[i+1:], func(n *onnx.Node) bool {
			return !slices.Contains([]string{"ArgMax", "QuantizeLinear", "DequantizeLinear"}, n.OpType)
		}) {
			return nil, false // not the tail: layers follow it
		}
		in := g.Nodes[i].Inputs[0]
		g.Nodes = g.Nodes[:i]
		var dims []onnx.Dim
		for _, d := range m.Graph.Outputs[0].Shape {
			dims = append(dims, d)
		}
		if m.Graph.Outputs[0].ElemType == onnx.Int64 { // ArgMax keepdims: the logits' last axis
			dims = dims[:len(dims)-1]
			dims = append(dims, onnx.Dim{Value: 10, HasValue: true})
		}
		g.Outputs = []*onnx.ValueInfo{{Name: in, ElemType: onnx.Float, HasShape: true, Shape: dims}}
		mm := *m
		mm.Graph = &g
		return &mm, true
	}
	return nil, false
}

// TestAgainstORT runs every test model in crollup and in ONNX Runtime on the same inputs:
// integer-only models must agree bit for bit; requantizing ones may differ by one in the last
// bit (ONNX Runtime rounds in float32, crollup in fixed point), and the count of such
// differences is reported. Both ONNX Runtime's fused integer kernels (optimization "all") and
// its float evaluation of the QDQ graph (optimization "disabled") are compared.
func TestAgainstORT(t *testing.T) {
	const n = 48
	dir := t.TempDir()
	type model struct {
		name   string
		spec   *testmodels.Spec
		path   string
		im     *onnx.Imported
		inputs []*onnx.Tensor
		got    [][]int64
		cut    *model // the model cut before its non-linear tail, or nil
	}
	var models []*model
	load := func(s *testmodels.Spec, name string, m *onnx.Model) *model {
		im, err := onnx.Import(m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(dir, name+".onnx")
		if err := os.WriteFile(path, onnx.Encode(m), 0o644); err != nil {
			t.Fatal(err)
		}
		mod := &model{name: name, spec: s, path: path, im: im, inputs: inputs(t, s, im.Input, n)}
		for _, in := range mod.inputs {
			y, _, err := im.Run(context.Background(), in, 1, nil)
			if err != nil {
				t.Fatalf("%s: run: %v", name, err)
			}
			mod.got = append(mod.got, quantized(t, im.Output, y))
		}
		checkVaried(t, name, im.Output, mod.got)
		models = append(models, mod)
		return mod
	}
	for _, s := range testmodels.All() {
		if s.Name == "unsupported" {
			continue
		}
		m := loadModel(t, s.Name)
		full := load(s, s.Name, m)
		if cm, ok := cutModel(m); ok {
			full.cut = load(s, s.Name+".cut", cm)
		}
	}
	for _, level := range []string{"all", "disabled"} {
		var runs []onnx.ORTRun
		for _, m := range models {
			for _, in := range m.inputs {
				runs = append(runs, onnx.ORTRun{Model: m.path, Inputs: []onnx.ORTInput{{Name: m.im.Input.Name, T: in}}})
			}
		}
		version, results := onnx.RunORTLevel(t, level, runs)
		want := map[*model][][]int64{}
		k := 0
		for _, m := range models {
			for range m.inputs {
				res := results[k]
				k++
				if res.Err != "" {
					t.Fatalf("%s: ONNX Runtime: %s", m.name, res.Err)
				}
				w := quantized(t, m.im.Output, res.Outputs[0])
				if len(w) != len(m.got[len(want[m])]) {
					t.Fatalf("%s: %d values, ONNX Runtime %d", m.name, len(m.got[len(want[m])]), len(w))
				}
				want[m] = append(want[m], w)
			}
		}
		for _, m := range models {
			var elems, off1, propagated int
			for i := range m.inputs {
				got, exp := m.got[i], want[m][i]
				for j := range got {
					elems++
					d := got[j] - exp[j]
					switch {
					case d == 0:
					case m.spec.Exact:
						t.Errorf("%s input %d element %d: crollup %d, ONNX Runtime %d (integer-only: must be equal)", m.name, i, j, got[j], exp[j])
					case (d == 1 || d == -1) && m.im.Output.Elem != onnx.Int64:
						off1++
					case m.cut != nil && tailInputDiffers(m.cut.got[i], want[m.cut][i], j, m.im.Output.Elem == onnx.Int64):
						propagated++
					default:
						t.Errorf("%s input %d element %d: crollup %d, ONNX Runtime %d (more than one apart, with equal inputs to the last layer)", m.name, i, j, got[j], exp[j])
					}
				}
			}
			t.Logf("ONNX Runtime %s, optimization %-8s %-20s %5d values, %3d differ by one (%.2f%%), %d more, where the tail's input differs by one", version, level, m.name, elems, off1, 100*float64(off1)/float64(elems), propagated)
		}
	}
}

// tailInputDiffers reports whether the cut model's outputs (the tail's input) differ between
// crollup and ONNX Runtime where output element j reads them: the same element for an
// element-wise tail, any element of the row for ArgMax.
func tailInputDiffers(got, want []int64, j int, argmax bool) bool {
	if !argmax {
		return got[j] != want[j]
	}
	return !slices.Equal(got, want)
}

// checkVaried fails a model whose outputs barely vary or mostly saturate: agreement on such a
// model would prove little.
func checkVaried(t *testing.T, name string, sig onnx.Signature, outs [][]int64) {
	t.Helper()
	distinct := map[int64]bool{}
	var total, extreme int
	lo, hi := int64(math.MinInt8), int64(math.MaxInt8)
	if sig.QElem == onnx.Uint8 {
		lo, hi = 0, math.MaxUint8
	}
	for _, o := range outs {
		for _, v := range o {
			distinct[v] = true
			total++
			if (sig.QElem == onnx.Int8 || sig.QElem == onnx.Uint8) && (v == lo || v == hi) {
				extreme++
			}
		}
	}
	want := 16
	if sig.Elem == onnx.Int64 {
		want = 3 // classes
	}
	if len(distinct) < want || 2*extreme > total {
		t.Errorf("%s: outputs take %d distinct values, %d of %d at the type's limits: the model is too degenerate to test anything", name, len(distinct), extreme, total)
	}
}

// TestModelCosts prints, for docs/models.md, what each test model costs as a job: its
// instructions, trace length, program size, and the input's bytes in the batch (memory form);
// a job's fee is steps·stepPrice + input bytes·bytePrice (docs/spec/chain.md).
//
//	go test ./fraudvm/onnx -run TestModelCosts -v
func TestModelCosts(t *testing.T) {
	t.Log("| model | ONNX nodes | instructions | steps | program bytes | input bytes | fee at 1 wei/step, 1 wei/byte |")
	t.Log("|---|---|---|---|---|---|---|")
	for _, s := range testmodels.All() {
		if s.Name == "unsupported" {
			continue
		}
		im, err := onnx.Import(loadModel(t, s.Name))
		if err != nil {
			t.Fatal(err)
		}
		dense, err := im.Input.EncodeInput(s.Sample)
		if err != nil {
			t.Fatal(err)
		}
		packed, err := program.Pack(im.Program.InputTensor(), dense)
		if err != nil {
			t.Fatal(err)
		}
		_, steps, err := im.Run(context.Background(), s.Sample, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		if steps != im.Program.Steps() {
			t.Fatalf("%s: ran %d steps, the header says %d", s.Name, steps, im.Program.Steps())
		}
		t.Logf("| %s | %d | %d | %d | %d | %d | %d |", s.Name, im.Nodes, im.Instrs, steps, im.Program.Size(), len(packed), steps+uint64(len(packed)))
	}
}

// TestImportScaleNotRepresentable: a layer whose output scale is below input scale × weight
// scale needs a multiplier ≥ 1, which REQUANT cannot apply; the error names the tensors.
func TestImportScaleNotRepresentable(t *testing.T) {
	m := loadModel(t, "mlp_qop")
	// The first QLinearMatMul's y_scale is its input 6; make it tiny.
	n := m.Graph.Nodes[1]
	if n.OpType != "QLinearMatMul" {
		t.Fatalf("node 1 is %s", n.OpType)
	}
	for _, init := range m.Graph.Initializers {
		if init.Name == n.Inputs[6] {
			*init = *onnx.Float32Tensor(init.Name, nil, []float32{1e-9})
		}
	}
	_, err := onnx.Import(m)
	var ie *onnx.ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 {
		t.Fatalf("want one problem, got %v", err)
	}
	p := ie.Problems[0]
	if p.Node != n.Name || !strings.Contains(p.Detail, n.Outputs[0]) || !strings.Contains(p.Detail, n.Inputs[3]) || !strings.Contains(p.Detail, "≥ 1") {
		t.Fatalf("problem %v does not name the node, its output and weights, and the cause", p)
	}
}
