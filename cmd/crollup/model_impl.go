package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/crollup/crollup/fraudvm/onnx"
)

// readModel reads and imports an ONNX model.
func readModel(file string) (*onnx.Imported, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m, err := onnx.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	im, err := onnx.Import(m)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return im, nil
}

// readTensor reads an input tensor file for sig: .npy or .pb, or raw bytes shaped by --shape and
// --dtype (defaulting to the model's input).
func readTensor(in tensorInput, sig onnx.Signature) (*onnx.Tensor, error) {
	switch strings.ToLower(filepath.Ext(in.File)) {
	case ".npy", ".pb":
		if in.Shape != "" || in.DType != "" {
			return nil, fmt.Errorf("--shape and --dtype are for raw input files; %s carries its own", in.File)
		}
		t, err := onnx.ReadTensorFile(in.File)
		if err != nil {
			return nil, fmt.Errorf("--input: %w", err)
		}
		t.Name = sig.Name
		return t, nil
	}
	raw, err := os.ReadFile(in.File)
	if err != nil {
		return nil, fmt.Errorf("--input: %w", err)
	}
	dims := sig.Dims
	if in.Shape != "" {
		dims = nil
		for _, f := range strings.Split(in.Shape, ",") {
			d, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
			if err != nil || d <= 0 {
				return nil, fmt.Errorf("--shape %q: dimensions are positive integers separated by commas", in.Shape)
			}
			dims = append(dims, d)
		}
	}
	dt := sig.Elem
	switch in.DType {
	case "":
	case "float32", "float":
		dt = onnx.Float
	case "int8":
		dt = onnx.Int8
	case "uint8":
		dt = onnx.Uint8
	default:
		return nil, fmt.Errorf("--dtype %q: want float32, int8 or uint8", in.DType)
	}
	return onnx.NewTensor(sig.Name, dt, dims, raw), nil
}

func modelImport(_ context.Context, a *app, opts modelImportOptions) error {
	im, err := readModel(opts.Model)
	if err != nil {
		return err
	}
	p := im.Program
	if err := os.WriteFile(opts.Out, p.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write program: %w", err)
	}
	fmt.Fprintf(a.out, "program      %s\nfile         %s\nnodes        %d\ninstructions %d\nsteps        %d\nsize         %d bytes\ninput        %s\noutput       %s\n",
		p.Root(), opts.Out, im.Nodes, im.Instrs, p.Steps(), p.Size(), describe(im.Input), describe(im.Output))
	return nil
}

// describe renders a signature: the ONNX side, then the program tensor.
func describe(s onnx.Signature) string {
	q := ""
	if s.Elem == onnx.Float {
		q = fmt.Sprintf(" quantized %s scale %g zero %d,", s.QElem, s.Scale, s.Zero)
	}
	return fmt.Sprintf("%q %s%v,%s program %s[%d,%d]", s.Name, s.Elem, s.Dims, q, s.DType, s.Rows, s.Cols)
}

func modelRun(ctx context.Context, a *app, opts modelRunOptions) error {
	im, err := readModel(opts.Model)
	if err != nil {
		return err
	}
	in, err := readTensor(opts.Input, im.Input)
	if err != nil {
		return err
	}
	y, steps, err := im.Run(ctx, in, opts.Workers, progressLogger(a, im.Program.Steps(), "running"))
	if err != nil {
		return err
	}
	if opts.Out != "" {
		var buf bytes.Buffer
		if err := onnx.WriteNpy(&buf, y); err != nil {
			return err
		}
		if err := os.WriteFile(opts.Out, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("--out: %w", err)
		}
	}
	vals, err := formatValues(y)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "program      %s\nsteps        %d\noutput       %q %s%v\nvalues       %s\n", im.Program.Root(), steps, y.Name, y.DataType, y.Dims, vals)
	return nil
}

// formatValues prints a tensor's values, the first 64 of them.
func formatValues(t *onnx.Tensor) (string, error) {
	var parts []string
	if t.DataType == onnx.Float {
		f, err := t.Float32s()
		if err != nil {
			return "", err
		}
		for _, v := range f {
			parts = append(parts, strconv.FormatFloat(float64(v), 'g', 6, 32))
		}
	} else {
		v, err := t.Int64s()
		if err != nil {
			return "", err
		}
		for _, x := range v {
			parts = append(parts, strconv.FormatInt(x, 10))
		}
	}
	more := ""
	if len(parts) > 64 {
		more = fmt.Sprintf(" … (%d values)", len(parts))
		parts = parts[:64]
	}
	return "[" + strings.Join(parts, " ") + more + "]", nil
}
