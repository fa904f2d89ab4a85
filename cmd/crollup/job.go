package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

// Default endpoints of a local sequencer and executor (the config defaults).
const (
	defaultSequencerURL = "http://127.0.0.1:8645"
	defaultExecutorURL  = "http://127.0.0.1:8646"
)

// clientOptions are the flags every client command shares.
type clientOptions struct {
	Sequencer string
	Executor  string
	Key       string // hex private key (or from CROLLUP_KEY)
}

func (o *clientOptions) bind(cmd *cobra.Command, key bool) {
	fs := cmd.Flags()
	fs.StringVar(&o.Sequencer, "sequencer", defaultSequencerURL, "the sequencer's JSON-RPC URL")
	fs.StringVar(&o.Executor, "executor", defaultExecutorURL, "an executor's JSON-RPC URL (results, executed status)")
	if key {
		fs.StringVar(&o.Key, "key", "", "the sender's private key, hex (env CROLLUP_KEY)")
	}
}

// jobSubmitOptions are the arguments of `crollup job submit`.
type jobSubmitOptions struct {
	clientOptions
	Program string // program object file, or its root (0x…)
	Model   string // or an ONNX model, imported (crollup model import); --input is then a tensor file
	Input   string // input file
	Packed  bool   // the input file is already in memory form
	MaxFee  string // wei; empty: the exact fee
	Wait    time.Duration
}

func newJobCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "job",
		Short: "Submit jobs and follow them to a verified result",
		Long: `A job runs a registered program on an input. 'submit' signs a Job (EIP-712, with your key)
and sends it to the sequencer; 'status' shows where a message is (pending, sequenced in a block,
executed with the block's state root); 'result' fetches a job's output from an executor and
checks its proofs against the executor's state root before printing it.`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newJobSubmitCmd(), newJobStatusCmd(), newJobResultCmd())
	return cmd
}

func newJobSubmitCmd() *cobra.Command {
	var opts jobSubmitOptions
	cmd := &cobra.Command{
		Use:   "submit --program FILE|ROOT|--model MODEL.onnx --input FILE --key HEX",
		Short: "Sign and send a job",
		Long: `Submit signs a Job for the program (a program object file, or the root of a registered
program) on the input and sends it to the sequencer. With a program file, --input holds the
input tensor's values back to back (dense) and is packed into the input region's memory form;
with a root, or with --packed, the input file is used as it is. The fee is the program's steps ×
the step price plus the input's bytes × the byte price (compute_chainConfig); --max-fee raises
the limit signed. With --wait, submit follows the job until it is executed or the time is up.

With --model, the job runs the program an ONNX model imports to (crollup model import; the
program must have been uploaded), and --input is a tensor file for the model's input (.npy,
.pb, or raw bytes in the model's input shape and type), converted as crollup model run does.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			if (opts.Program == "") == (opts.Model == "") || opts.Input == "" {
				return fmt.Errorf("--input and one of --program or --model are required")
			}
			if opts.Model != "" && opts.Packed {
				return fmt.Errorf("--packed: with --model, --input is a tensor file")
			}
			return jobSubmit(ctx, a, opts)
		}),
	}
	opts.bind(cmd, true)
	fs := cmd.Flags()
	fs.StringVar(&opts.Program, "program", "", "program object file, or the root (0x…) of a registered program")
	fs.StringVar(&opts.Input, "input", "", "input file (dense values with a program file; memory form with a root or --packed)")
	fs.BoolVar(&opts.Packed, "packed", false, "the input file is already in memory form")
	fs.StringVar(&opts.Model, "model", "", "a quantized ONNX model instead of --program: --input is then a tensor file (.npy, .pb or raw)")
	fs.StringVar(&opts.MaxFee, "max-fee", "", "the most the job may cost, in wei (default: its exact fee)")
	fs.DurationVar(&opts.Wait, "wait", 0, "follow the job until executed, for at most this long (0: do not wait)")
	return cmd
}

func newJobStatusCmd() *cobra.Command {
	var opts clientOptions
	cmd := &cobra.Command{
		Use:   "status HASH",
		Short: "Show where a message is",
		Long: `Status prints a message's status as JSON: pending (admitted), sequenced (block and position)
or executed (the receipt — applied, or why the chain skipped it — the job index and the block's
state root). It asks the executor first and the sequencer when the executor has not seen it.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error { return jobStatus(ctx, a, opts, args[0]) }),
	}
	opts.bind(cmd, false)
	return cmd
}

func newJobResultCmd() *cobra.Command {
	var opts clientOptions
	cmd := &cobra.Command{
		Use:   "result JOB",
		Short: "Fetch a job's output and verify it",
		Long: `Result fetches job JOB's result (JOB is the job index, or the job message's hash) from the
executor, verifies the record's Merkle proof against the state root and the output bytes
against the output root, and prints them as JSON. A result that does not verify is an error.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error { return jobResult(ctx, a, opts, args[0]) }),
	}
	opts.bind(cmd, false)
	return cmd
}

// programUploadOptions are the arguments of `crollup program upload`.
type programUploadOptions struct {
	clientOptions
	File   string
	Height uint8
	MaxFee string
}

func newProgramUploadCmd() *cobra.Command {
	var opts programUploadOptions
	cmd := &cobra.Command{
		Use:   "upload FILE --key HEX",
		Short: "Validate a program object and upload it in signed chunks",
		Long: `Upload validates the program object locally (the sequencer validates it again), then signs
and sends it in chunks of 32·2^height bytes with consecutive nonces. The program is registered
at the index the sequencer reports for its root and becomes ready when the last chunk lands;
jobs can then name it by root. An upload already complete is reported and not sent again.

The first chunk applied also takes a deposit of heapPrice (compute_chainConfig) per byte of the
program's heap slot, its size padded to a power of two; the chunk that completes the program
returns it. An upload never completed forfeits it: that is what keeps the heap from being
reserved for nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error {
			opts.File = args[0]
			return programUpload(ctx, a, opts)
		}),
	}
	opts.bind(cmd, true)
	cmd.Flags().Uint8Var(&opts.Height, "chunk-height", 14, "chunk size 32·2^height bytes (at most 14: 512 KiB)")
	cmd.Flags().StringVar(&opts.MaxFee, "max-fee", "", "the most a chunk may debit, in wei (default: its fee plus the program's deposit)")
	return cmd
}

func newAccountCmd() *cobra.Command {
	var opts clientOptions
	cmd := &cobra.Command{
		Use:   "account [ADDRESS]",
		Short: "Show an account's index, nonce and balance",
		Long: `Account prints the account of ADDRESS (or of --key's address) as the sequencer's pending
state holds it: its index, its next nonce and its balance in wei.`,
		Args: cobra.MaximumNArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error { return account(ctx, a, opts, args) }),
	}
	opts.bind(cmd, true)
	return cmd
}
