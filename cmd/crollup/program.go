package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// The example programs `program build` can write.
const (
	exampleMLP = "mlp"
	exampleCNN = "cnn"
)

// programBuildOptions are the arguments of `crollup program build`.
type programBuildOptions struct {
	Example string // exampleMLP or exampleCNN
	Out     string // output file
	Input   string // optional: file to write the example's sample input to (memory form)
}

// programInspectOptions are the arguments of `crollup program inspect`.
type programInspectOptions struct {
	File string // program object file
}

func newProgramCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "program",
		Short: "Build and inspect fraudvm program objects",
		Long: `A program object is the byte string a job runs: a header, the instructions, the tensor
declarations and the data (weights, bias, requantization and lookup tables), in the format of
docs/spec/fraudvm.md §3. Its root is the Merkle root of its bytes, hashed as memory is.`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newProgramBuildCmd(), newProgramInspectCmd(), newProgramUploadCmd())
	return cmd
}

func newProgramBuildCmd() *cobra.Command {
	var opts programBuildOptions
	cmd := &cobra.Command{
		Use:   "build --example mlp|cnn --out FILE [--sample-input FILE]",
		Short: "Write an example program object to a file",
		Long: `Build assembles one of the built-in example programs, validates it and writes its program
object to --out, then prints its root and trace length. With --sample-input it also writes the
example's sample input (a 28×28 image, in the input region's memory form) for 'crollup vm run'.

  mlp  a small multilayer perceptron (MATMUL, REQUANT and a lookup-table activation)
  cnn  a small convolutional network (IM2COL and MATMUL convolutions, MAXPOOL, ARGMAX)`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			switch opts.Example {
			case exampleMLP, exampleCNN:
			default:
				return fmt.Errorf("--example: want %s or %s, got %q", exampleMLP, exampleCNN, opts.Example)
			}
			return programBuild(ctx, a, opts)
		}),
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Example, "example", "", "example to build: mlp or cnn (required)")
	fs.StringVar(&opts.Out, "out", "", "file to write the program object to (required)")
	fs.StringVar(&opts.Input, "sample-input", "", "also write the example's sample input to this file")
	mustRequire(cmd, "example", "out")
	return cmd
}

func newProgramInspectCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: "Validate a program object and print its contents",
		Long: `Inspect reads a program object, validates it as the sequencer would before admitting a job
(shapes, bounds, addresses), and prints its root, its header (instruction and tensor counts,
trace length, size), its instructions and its tensor declarations. An invalid program is
reported with the validator's error and exit status 1.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error {
			return programInspect(ctx, a, programInspectOptions{File: args[0]})
		}),
	}
	return cmd
}
