package onnx_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/crollup/crollup/fraudvm/onnx"
)

// FuzzImport feeds mutated models to the importer: it must refuse with an error or build a
// program (which the validator accepted), never panic.
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(modelsDir, "*.onnx"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := onnx.Decode(b)
		if err != nil {
			return
		}
		im, err := onnx.Import(m)
		if err != nil {
			var ie *onnx.ImportError
			if errors.As(err, &ie) && len(ie.Problems) == 0 {
				t.Fatal("an ImportError without problems")
			}
			return
		}
		in := im.Program.InputTensor()
		if im.Input.Rows*im.Input.Cols != int(in.Elems()) {
			t.Fatalf("imported program and input signature disagree: %+v", im.Input)
		}
	})
}
