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
devnet builds the example CNN program, runs a job through it and logs the result. The in-process
L1, the sequencer, batcher, executor and challenger join as they are built. Ctrl-C stops it.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runDevnet(ctx, a.cfg, a.log)
		}),
	}
}
