package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crollup/crollup/fraudvm/onnx"
	"github.com/crollup/crollup/fraudvm/program"
)

var modelsDir = filepath.Join("..", "..", "fraudvm", "onnx", "testdata", "models")

// TestModelCommands imports a test model to a file, checks the file is the imported program,
// and runs the model on its sample input as .npy and as raw bytes: the same output either way,
// and the one Imported.Run gives.
func TestModelCommands(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	model := filepath.Join(modelsDir, "mlp_qdq.onnx")
	out := filepath.Join(dir, "mlp.bin")
	stdout, _, err := execute(t, []string{"model", "import", model, "--out", out})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	p, err := program.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, p.Root().Hex()) || !strings.Contains(stdout, `input        "x" float[1 64], quantized uint8`) {
		t.Fatalf("import printed:\n%s", stdout)
	}

	npy := filepath.Join(modelsDir, "mlp_qdq.input.npy")
	runOut := filepath.Join(dir, "y.npy")
	fromNpy, _, err := execute(t, []string{"model", "run", model, "--input", npy, "--out", runOut})
	if err != nil {
		t.Fatal(err)
	}
	x, err := onnx.ReadTensorFile(npy)
	if err != nil {
		t.Fatal(err)
	}
	raw := filepath.Join(dir, "x.bin")
	if err := os.WriteFile(raw, x.RawData, 0o644); err != nil {
		t.Fatal(err)
	}
	fromRaw, _, err := execute(t, []string{"model", "run", model, "--input", raw, "--shape", "1,64", "--dtype", "float32"})
	if err != nil {
		t.Fatal(err)
	}
	if fromNpy != fromRaw {
		t.Fatalf("npy and raw inputs printed differently:\n%s\n%s", fromNpy, fromRaw)
	}
	im, err := readModel(model)
	if err != nil {
		t.Fatal(err)
	}
	y, steps, err := im.Run(t.Context(), x, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	vals, _ := formatValues(y)
	if !strings.Contains(fromNpy, vals) || !strings.Contains(fromNpy, "steps        "+strconv.FormatUint(steps, 10)) {
		t.Fatalf("run printed:\n%s\nwant values %s, %d steps", fromNpy, vals, steps)
	}
	written, err := onnx.ReadTensorFile(runOut)
	if err != nil {
		t.Fatal(err)
	}
	if string(written.RawData) != string(y.RawData) {
		t.Fatal("--out wrote another tensor than the one printed")
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"model", "import", filepath.Join(modelsDir, "unsupported.onnx"), "--out", filepath.Join(dir, "u.bin")}, "3 problems"},
		{[]string{"model", "run", model, "--input", raw, "--shape", "1,65"}, "shape"},
		{[]string{"model", "run", model, "--input", raw, "--dtype", "int8"}, "float"},
		{[]string{"model", "run", model, "--input", npy, "--shape", "1,64"}, "raw input"},
		{[]string{"model", "run", filepath.Join(dir, "x.bin"), "--input", npy}, "malformed"},
	} {
		_, _, err := execute(t, c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one mentioning %q", c.args, err, c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "u.bin")); !os.IsNotExist(err) {
		t.Error("a refused model wrote a program file")
	}
}
