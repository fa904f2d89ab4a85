package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// modelImportOptions are the arguments of `crollup model import`.
type modelImportOptions struct {
	Model string // .onnx file
	Out   string // program object file to write
}

// modelRunOptions are the arguments of `crollup model run`.
type modelRunOptions struct {
	Model   string // .onnx file
	Input   tensorInput
	Out     string // optional .npy file for the output tensor
	Workers int
}

// tensorInput names a tensor file: .npy or .pb, or raw bytes with a shape and type.
type tensorInput struct {
	File  string
	Shape string // raw files: dimensions, e.g. 1,3,32,32
	DType string // raw files: float32, int8 or uint8
}

func (t *tensorInput) bind(cmd *cobra.Command, what string) {
	fs := cmd.Flags()
	fs.StringVar(&t.File, "input", "", what+": a .npy file, a .pb TensorProto, or raw bytes (with --shape and --dtype)")
	fs.StringVar(&t.Shape, "shape", "", "raw input only: its dimensions, comma-separated (default: the model's input shape)")
	fs.StringVar(&t.DType, "dtype", "", "raw input only: float32, int8 or uint8 (default: the model's input type)")
}

func newModelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Import quantized ONNX models as programs, and run them",
		Long: `The model commands turn a quantized ONNX model (QDQ or QOperator form, as ONNX Runtime's
quantizer writes it) into a program object, and run it on a tensor file. docs/models.md lists
the supported operators, their exact semantics, and how to quantize a PyTorch or Keras model so
that it imports.`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newModelImportCmd(), newModelRunCmd())
	return cmd
}

func newModelImportCmd() *cobra.Command {
	var opts modelImportOptions
	cmd := &cobra.Command{
		Use:   "import MODEL.onnx --out FILE",
		Short: "Translate a quantized ONNX model into a program object",
		Long: `Import reads a quantized ONNX model, translates every node into fraudvm instructions and
writes the program object (validated as the sequencer validates it) to --out, then prints its
root, trace length, size and the model's input and output as the program sees them.

A model with nodes the importer cannot translate exactly is refused, with one line per
unsupported node naming it, its operator and the attribute, type or scale at fault; nothing is
written. Exit status 1.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error {
			opts.Model = args[0]
			return modelImport(ctx, a, opts)
		}),
	}
	cmd.Flags().StringVar(&opts.Out, "out", "", "file to write the program object to (required)")
	mustRequire(cmd, "out")
	return cmd
}

func newModelRunCmd() *cobra.Command {
	var opts modelRunOptions
	cmd := &cobra.Command{
		Use:   "run MODEL.onnx --input FILE [--out FILE.npy]",
		Short: "Run a quantized ONNX model on an input tensor, as a job would",
		Long: `Run imports the model, converts the input tensor to the program's input (a float input is
quantized by the model's QuantizeLinear, uint8 shifted to int8, an image laid out channels
last), runs the job on the CPU backend (logging its progress on long jobs) and prints the output tensor in the model's terms (a
float output dequantized), the steps the job took and the program's root. --out also writes
the output to a .npy file.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error {
			opts.Model = args[0]
			if opts.Input.File == "" {
				return fmt.Errorf("--input is required")
			}
			return modelRun(ctx, a, opts)
		}),
	}
	opts.Input.bind(cmd, "the input tensor")
	cmd.Flags().StringVar(&opts.Out, "out", "", "also write the output tensor to this .npy file")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "CPU backend workers (0: one per CPU)")
	return cmd
}
