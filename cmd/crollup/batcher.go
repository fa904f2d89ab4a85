package main

import (
	"context"

	"github.com/spf13/cobra"
)

func newBatcherCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "batcher [flags]",
		Short: "Post the sequencer's sealed batches to the L1 Inbox in blob transactions",
		Long: `Batcher posts the chain to Ethereum: it reads each batch the sequencer seals (compute_getBatch,
compute_getBlock), joins its blocks into one payload, packs it into EIP-4844 blobs (31 bytes per
field element, at most six blobs) and calls Inbox.addBatch in a blob transaction, through
op-service's transaction manager (cell proofs, fee bumping, nonce management), with up to
--max-pending transactions in flight (consecutive nonces, so they land in batch order), each
waiting for --confirmations blocks.

It keeps no state: whenever nothing is in flight, the next batch to post is Inbox.batchCount()
at the L1 head. After a restart it resumes there, with no gap and nothing posted twice; when an
L1 reorg drops a posted batch, or a transaction fails or reverts, the count goes back and
posting resumes from it. The key in --key-file (hex)
must be the Inbox's batcher address; the Inbox refuses any other sender. It serves Prometheus
metrics on --metrics-port when it is not 0 (batches, blobs, payload bytes, blob fill, gas, and
the transaction manager's own) on /metrics, and its health on /healthz: 503 once the same failure
happened --health-max-failures times in a row, or no L1 read succeeded for --health-l1-timeout.
It runs until Ctrl-C or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runBatcher(ctx, a)
		}),
	}
	fs := cmd.Flags()
	configString(fs, "sequencer", "batcher.sequencer", "JSON-RPC URL of the sequencer")
	configString(fs, "key-file", "batcher.key-file", "file holding the batcher's hex private key")
	configString(fs, "poll-interval", "batcher.poll-interval", "how often to look for a sealed batch (Go duration)")
	configUint64(fs, "confirmations", "batcher.confirmations", "L1 blocks a batch transaction must be deep to count as posted")
	configInt(fs, "max-pending", "batcher.max-pending", "batch transactions in flight at once")
	configString(fs, "metrics-host", "batcher.metrics-host", "Prometheus metrics listen address")
	configInt(fs, "metrics-port", "batcher.metrics-port", "Prometheus metrics and /healthz port; 0 disables both")
	configInt(fs, "health-max-failures", "batcher.health-max-failures", "/healthz is 503 after the same failure this many times in a row")
	configString(fs, "health-l1-timeout", "batcher.health-l1-timeout", "/healthz is 503 after this long without a successful L1 read (Go duration)")
	configString(fs, "inbox", "chain.inbox", "the L1 Inbox address")
	configString(fs, "l1-rpc", "l1.rpc", "Ethereum L1 JSON-RPC URL")
	return cmd
}
