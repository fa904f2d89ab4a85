package main

import (
	"context"
	"time"

	"github.com/crollup/crollup/chain/l1dev"

	"github.com/spf13/cobra"
)

// devnetOptions are the arguments of `crollup devnet`.
type devnetOptions struct {
	DataDir   string        // "" = everything in memory / temporary
	BlockTime time.Duration // L1 block time
	Once      bool          // stop after the demo instead of running until Ctrl-C
}

func newDevnetCmd() *cobra.Command {
	var opts devnetOptions
	cmd := &cobra.Command{
		Use:   "devnet [--data-dir DIR] [--block-time 2s] [--once]",
		Short: "Run a local crollup network in this process",
		Long: `Devnet runs crollup's components in this process with embedded defaults, for development and
demos; it needs no configuration and no external services. Today that is:

  1. an in-process Ethereum L1 (go-ethereum, Osaka rules) producing a block every --block-time,
     with JSON-RPC (HTTP and WebSocket) and the beacon blob API on 127.0.0.1;
  2. crollup's Inbox and Bridge contracts, deployed on it;
  3. a real deposit through the Bridge for a demo account (the L2 account index is assigned on L1);
  4. a Job for the example CNN signed by the demo account (EIP-712), posted in a batch to the Inbox
     in a blob transaction, then rebuilt from L1 alone (logs and beacon blobs), as an L1-only
     executor or a challenger does;
  5. one job of the example CNN run through every execution path of the fraud VM: in bulk, as an
     executor does; Step by Step, as the fraud proof defines it; and a one-step proof in the middle
     of the trace from the trace provider, checked by the verifier model of the L1 contract.

It then prints the endpoints and runs until Ctrl-C (or stops at once with --once). The sequencer,
executor, batcher and challenger services join as they are built. With --data-dir the L1 chain,
its blobs and the contract addresses persist across restarts.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runDevnet(ctx, a, opts)
		}),
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.DataDir, "data-dir", "", "directory for the L1 chain, blobs and addresses (default: in memory, gone on exit)")
	fs.DurationVar(&opts.BlockTime, "block-time", l1dev.DefaultBlockTime, "L1 block time (whole seconds)")
	fs.BoolVar(&opts.Once, "once", false, "stop after the demo instead of running until Ctrl-C")
	return cmd
}
