package main

import (
	"context"

	"github.com/spf13/cobra"
)

func newDevnetCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "devnet",
		Short: "Run a local crollup network in this process",
		Long: `Devnet runs crollup's components in this process with embedded defaults, for development and
demos; it needs no configuration and no external services. Today that is the fraud VM alone:
devnet builds the example CNN program, runs a job through it as an executor would (bulk, on the
CPU backend) and as the fraud proof defines it (Step by Step), checks that both reach the same
state hash, then plays the challenger's part: it asks the trace provider for a state in the
middle of the trace and proves one step there with a witness checked by the verifier model of
the L1 contract. The in-process L1, the sequencer, batcher, executor and challenger join as
they are built. Ctrl-C stops it.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runDevnet(ctx, a)
		}),
	}
}
