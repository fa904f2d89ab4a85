package onnx

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// ONNX Runtime is the reference the importer's outputs are checked against. It runs in Node
// (onnxruntime-node, pinned in ortcheck/package.json) through ortcheck/run.mjs: one node process
// per runORT call, which reads every run of the call from one JSON request on stdin (see
// run.mjs for the format) and loads each model once.

// ortInstall is the command that installs onnxruntime-node for these tests. The environment
// variable keeps its postinstall from downloading the CUDA binaries (from api.nuget.org); the
// CPU binaries the tests use ship in the package.
const ortInstall = "ONNXRUNTIME_NODE_INSTALL=skip npm ci --prefix fraudvm/onnx/ortcheck"

// ortInput is one input of a run: the model's input name and its value.
type ortInput struct {
	Name string
	T    *Tensor
}

// ortRun is one inference: a model file and its inputs.
type ortRun struct {
	Model  string
	Inputs []ortInput
}

// ortResult is one run's outputs, in the model's output order (each with Name, DataType, Dims
// and RawData), or the error ONNX Runtime gave for it (a bad model, a wrong input, …).
type ortResult struct {
	Outputs []*Tensor
	Err     string
}

// ortTypeNames maps element types to ONNX Runtime's (and run.mjs's) names for them.
var ortTypeNames = map[DataType]string{
	Int8:    "int8",
	Uint8:   "uint8",
	Int16:   "int16",
	Uint16:  "uint16",
	Int32:   "int32",
	Uint32:  "uint32",
	Int64:   "int64",
	Uint64:  "uint64",
	Float:   "float32",
	Double:  "float64",
	Bool:    "bool",
	Float16: "float16",
}

func ortDataType(name string) (DataType, bool) {
	for dt, n := range ortTypeNames {
		if n == name {
			return dt, true
		}
	}
	return Undefined, false
}

// ortElemSize is the size in bytes of one element of a type in ortTypeNames.
func ortElemSize(dt DataType) int {
	switch dt {
	case Int8, Uint8, Bool:
		return 1
	case Int16, Uint16, Float16:
		return 2
	case Int32, Uint32, Float:
		return 4
	default: // Int64, Uint64, Double
		return 8
	}
}

// ortDenseBytes is a tensor's values as dense little-endian bytes: RawData when it is set,
// otherwise its typed field decoded by the package's own accessors (Float32s, Int64s).
func ortDenseBytes(t *Tensor) ([]byte, error) {
	if _, ok := ortTypeNames[t.DataType]; !ok {
		return nil, fmt.Errorf("data type %d has no ONNX Runtime tensor type here", t.DataType)
	}
	count, err := t.NumElems()
	if err != nil {
		return nil, err
	}
	size := ortElemSize(t.DataType)
	if t.RawData != nil || count == 0 {
		if len(t.RawData) != count*size {
			return nil, fmt.Errorf("%d raw bytes for %d elements of %d bytes", len(t.RawData), count, size)
		}
		return t.RawData, nil
	}
	var b []byte
	if t.DataType == Float {
		vs, err := t.Float32s()
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
		return b, nil
	}
	vs, err := t.Int64s() // the integer types and bool; others must come as RawData
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		switch size {
		case 1:
			b = append(b, byte(v))
		case 2:
			b = binary.LittleEndian.AppendUint16(b, uint16(v))
		case 4:
			b = binary.LittleEndian.AppendUint32(b, uint32(v))
		default:
			b = binary.LittleEndian.AppendUint64(b, uint64(v))
		}
	}
	return b, nil
}

// The JSON request and response of ortcheck/run.mjs. []byte is base64 in JSON, as run.mjs
// expects.
type (
	ortTensorJSON struct {
		Name string  `json:"name"`
		Type string  `json:"type"`
		Dims []int64 `json:"dims"`
		Data []byte  `json:"data"`
	}
	ortRunJSON struct {
		Model  string          `json:"model"`
		Inputs []ortTensorJSON `json:"inputs"`
	}
	ortRequestJSON struct {
		Runs         []ortRunJSON `json:"runs"`
		Optimization string       `json:"optimization"`
	}
	ortResponseJSON struct {
		ORTVersion string `json:"ortVersion"`
		Results    []struct {
			Outputs []ortTensorJSON `json:"outputs"`
			Error   *string         `json:"error"`
		} `json:"results"`
	}
)

// runORT runs models in ONNX Runtime (CPU, one thread, all graph optimizations) through
// ortcheck/run.mjs and returns its version and one result per run, in order. Without node or
// the installed onnxruntime-node it skips the test, except under CI (CI=true), which installs
// them: there it fails.
func runORT(t testing.TB, runs []ortRun) (version string, results []ortResult) {
	t.Helper()
	return runORTLevel(t, "all", runs)
}

// runORTLevel is runORT at a graph optimization level: "disabled", "basic", "extended" or
// "all".
func runORTLevel(t testing.TB, optimization string, runs []ortRun) (version string, results []ortResult) {
	t.Helper()
	dir, err := filepath.Abs("ortcheck")
	if err != nil {
		t.Fatal(err)
	}
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not on PATH (install Node, then run `" + ortInstall + "`)"
	} else if _, err := os.Stat(filepath.Join(dir, "node_modules", "onnxruntime-node")); err != nil {
		missing = "fraudvm/onnx/ortcheck/node_modules/onnxruntime-node is not installed (run `" + ortInstall + "`)"
	}
	if missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: CI must check the importer against ONNX Runtime", missing)
		}
		t.Skipf("%s; not checking against ONNX Runtime", missing)
	}

	req := ortRequestJSON{Runs: make([]ortRunJSON, len(runs)), Optimization: optimization}
	for i, r := range runs {
		model, err := filepath.Abs(r.Model)
		if err != nil {
			t.Fatal(err)
		}
		req.Runs[i] = ortRunJSON{Model: model, Inputs: make([]ortTensorJSON, len(r.Inputs))}
		for j, in := range r.Inputs {
			if in.T == nil {
				t.Fatalf("run %d: input %q has no tensor", i, in.Name)
			}
			data, err := ortDenseBytes(in.T)
			if err != nil {
				t.Fatalf("run %d: input %q: %v", i, in.Name, err)
			}
			dims := in.T.Dims
			if dims == nil {
				dims = []int64{} // a scalar: JSON [] rather than null
			}
			req.Runs[i].Inputs[j] = ortTensorJSON{
				Name: in.Name, Type: ortTypeNames[in.T.DataType], Dims: dims, Data: data,
			}
		}
	}
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(t.Context(), "node", filepath.Join(dir, "run.mjs"))
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(body)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node ortcheck/run.mjs: %v\n%s", err, stderr.Bytes())
	}
	var resp ortResponseJSON
	if err := json.Unmarshal(stdout.Bytes(), &resp); err != nil {
		t.Fatalf("node ortcheck/run.mjs: bad response: %v\n%s", err, stderr.Bytes())
	}
	if len(resp.Results) != len(runs) {
		t.Fatalf("node ortcheck/run.mjs: %d results for %d runs", len(resp.Results), len(runs))
	}
	results = make([]ortResult, len(runs))
	for i, r := range resp.Results {
		if r.Error != nil {
			results[i].Err = *r.Error
			if results[i].Err == "" {
				results[i].Err = "ONNX Runtime failed without a message"
			}
			continue
		}
		for _, o := range r.Outputs {
			dt, ok := ortDataType(o.Type)
			if !ok {
				t.Fatalf("run %d: output %q has type %q, which the harness does not know", i, o.Name, o.Type)
			}
			out := NewTensor(o.Name, dt, o.Dims, o.Data)
			if _, err := ortDenseBytes(out); err != nil {
				t.Fatalf("run %d: output %q: %v", i, o.Name, err)
			}
			results[i].Outputs = append(results[i].Outputs, out)
		}
	}
	return resp.ORTVersion, results
}

// TestORTHarness runs a one-node model (MatMulInteger of an int8 input by an int8 initializer)
// written with Encode in ONNX Runtime and checks its output against the integer product, and
// that a run with a wrong input name comes back as that run's error.
func TestORTHarness(t *testing.T) {
	aDims, bDims := []int64{2, 3}, []int64{3, 2}
	a := []int8{1, 2, 3, -1, -2, -128}
	b := []int8{1, -1, 2, 3, -128, 127}
	fixed := func(dims ...int64) []Dim {
		ds := make([]Dim, len(dims))
		for i, d := range dims {
			ds[i] = Dim{Value: d, HasValue: true}
		}
		return ds
	}
	m := &Model{
		IRVersion:    8,
		ProducerName: "crollup-ort-harness",
		Opsets:       []OpsetID{{Domain: "ai.onnx", Version: 13}},
		Graph: &Graph{
			Name:  "matmulinteger",
			Nodes: []*Node{{Name: "mm", OpType: "MatMulInteger", Inputs: []string{"a", "b"}, Outputs: []string{"y"}}},
			Initializers: []*Tensor{
				Int8Tensor("b", bDims, b),
			},
			Inputs:  []*ValueInfo{{Name: "a", ElemType: Int8, Shape: fixed(aDims...), HasShape: true}},
			Outputs: []*ValueInfo{{Name: "y", ElemType: Int32, Shape: fixed(2, 2), HasShape: true}},
		},
	}
	path := filepath.Join(t.TempDir(), "matmulinteger.onnx")
	if err := os.WriteFile(path, Encode(m), 0o644); err != nil {
		t.Fatal(err)
	}

	input := Int8Tensor("a", aDims, a)
	version, results := runORT(t, []ortRun{
		{Model: path, Inputs: []ortInput{{Name: "a", T: input}}},
		{Model: path, Inputs: []ortInput{{Name: "not_a", T: input}}},
	})
	t.Logf("ONNX Runtime %s", version)
	if version == "" {
		t.Error("no ONNX Runtime version")
	}

	r := results[0]
	if r.Err != "" {
		t.Fatalf("run 0: %s", r.Err)
	}
	if len(r.Outputs) != 1 {
		t.Fatalf("run 0: %d outputs, want 1", len(r.Outputs))
	}
	y := r.Outputs[0]
	if y.Name != "y" || y.DataType != Int32 || fmt.Sprint(y.Dims) != "[2 2]" {
		t.Fatalf("run 0: output %q type %d dims %v, want \"y\" int32 [2 2]", y.Name, y.DataType, y.Dims)
	}
	got, err := y.Int64s()
	if err != nil {
		t.Fatalf("run 0: output y: %v", err)
	}
	var want []int64
	for i := range 2 {
		for j := range 2 {
			var s int64
			for k := range 3 {
				s += int64(a[i*3+k]) * int64(b[k*2+j])
			}
			want = append(want, s)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("run 0: y = %v, want %v", got, want)
	}

	if results[1].Err == "" {
		t.Errorf("run 1 (input named %q): no error, outputs %v", "not_a", results[1].Outputs)
	} else {
		t.Logf("run 1 (wrong input name): %s", results[1].Err)
	}
}
