package main

import (
	"context"

	"github.com/spf13/cobra"
)

// execMode selects how `vm run` executes a program.
type execMode int

const (
	// modeBulk executes whole instructions on the CPU backend, as executors do.
	modeBulk execMode = iota
	// modeStep runs the reference Step function one step at a time.
	modeStep
)

func (m execMode) String() string {
	if m == modeStep {
		return "step"
	}
	return "bulk"
}

// vmRunOptions are the arguments of `crollup vm run`.
type vmRunOptions struct {
	Program string   // program object file
	Input   string   // job input file
	Mode    execMode // bulk (default) or step
	Workers int      // bulk CPU threads (config vm.workers); 0 = GOMAXPROCS
}

// vmAtOptions are the arguments of `crollup vm state` and `crollup vm witness`.
type vmAtOptions struct {
	Program string // program object file
	Input   string // job input file
	At      uint64 // step index: the state after At steps, or the step from it
}

func newVMCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "vm",
		Short: "Run a fraudvm program and inspect its trace",
		Long: `The vm commands run one job on the fraud VM locally: a program object (see 'crollup program')
on an input. The job input file holds the raw bytes placed at offset 0 of the input region
(docs/spec/fraudvm.md §1).`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newVMRunCmd(), newVMStateCmd(), newVMWitnessCmd())
	return cmd
}

func newVMRunCmd() *cobra.Command {
	var (
		opts       vmRunOptions
		step, bulk bool
	)
	cmd := &cobra.Command{
		Use:   "run --program FILE --input FILE [--step | --bulk] [--workers N]",
		Short: "Run a program on an input until it halts",
		Long: `Run executes the program on the input until the machine halts and prints the final state
hash, the number of steps (the trace length) and the output root.

--bulk (the default) executes whole instructions on the CPU backend with --workers threads, as
executors do. --step runs the reference Step function one step at a time: slow, but it is the
definition that bulk execution must match bit for bit.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			opts.Mode = modeBulk
			if step {
				opts.Mode = modeStep
			}
			opts.Workers = a.cfg.VM.Workers
			return vmRun(ctx, a, opts)
		}),
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Program, "program", "", "program object file (required)")
	fs.StringVar(&opts.Input, "input", "", "job input file (required)")
	fs.BoolVar(&step, "step", false, "run the reference Step function, one step at a time")
	fs.BoolVar(&bulk, "bulk", false, "run whole instructions on the CPU backend (default)")
	configInt(fs, "workers", "vm.workers", "bulk execution threads; 0 = one per CPU (GOMAXPROCS)")
	mustRequire(cmd, "program", "input")
	cmd.MarkFlagsMutuallyExclusive("step", "bulk")
	cmd.MarkFlagsMutuallyExclusive("step", "workers")
	return cmd
}

func newVMStateCmd() *cobra.Command {
	var opts vmAtOptions
	cmd := &cobra.Command{
		Use:   "state --program FILE --input FILE --at N",
		Short: "Print the machine state after N steps, as JSON",
		Long: `State runs the program on the input for N steps and prints the state reached as JSON: the
registers, the memory root and the state hash (docs/spec/fraudvm.md §5). --at 0 is the initial
state. Past the end of the trace it prints the final, halted state: a step from a halted state
changes nothing.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return vmState(ctx, a, opts)
		}),
	}
	addAtFlags(cmd, &opts, "number of steps to execute before printing the state (required)")
	return cmd
}

func newVMWitnessCmd() *cobra.Command {
	var opts vmAtOptions
	cmd := &cobra.Command{
		Use:   "witness --program FILE --input FILE --at N",
		Short: "Print the witness of step N, as JSON",
		Long: `Witness prints, as JSON, the witness of step N, the step from the state after N steps to the
state after N+1: the packed pre-state and each memory access of the step with its leaf value and
Merkle proof (docs/spec/fraudvm.md §7), together with the pre- and post-state hashes, and the
calldata of FraudVM.verifyStep for it. It is the input of a one-step proof on L1; the witness is
checked with the Go model of the verifier before it is printed.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return vmWitness(ctx, a, opts)
		}),
	}
	addAtFlags(cmd, &opts, "index of the step to prove, counting from 0 (required)")
	return cmd
}

func addAtFlags(cmd *cobra.Command, opts *vmAtOptions, atUsage string) {
	fs := cmd.Flags()
	fs.StringVar(&opts.Program, "program", "", "program object file (required)")
	fs.StringVar(&opts.Input, "input", "", "job input file (required)")
	fs.Uint64Var(&opts.At, "at", 0, atUsage)
	mustRequire(cmd, "program", "input", "at")
}

// mustRequire marks flags required; they are defined just before, so failure is a programming
// error.
func mustRequire(cmd *cobra.Command, names ...string) {
	for _, n := range names {
		if err := cmd.MarkFlagRequired(n); err != nil {
			panic(err)
		}
	}
}
