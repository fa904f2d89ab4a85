package main

import (
	"context"

	"github.com/spf13/cobra"
)

func newExecutorCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "executor [flags]",
		Short: "Follow a sequencer, execute its blocks and serve state roots and job results",
		Long: `Executor follows a crollup sequencer: it polls it for new blocks (compute_getBlock), applies
each one with the chain machine's fast path, running the block's jobs in parallel on the CPU
backend (--workers threads), and keeps the state in a Pebble database in --data-dir, one durable
write per block. It serves, on its own JSON-RPC endpoint:

  compute_blockNumber    the last block it applied
  compute_getStateRoot   a block's state root
  compute_getJobResult   a job's record and output, with the Merkle proof of the record against
                         the head state root (clients verify it: the output hashes to the
                         record's output root, and the record folds to the state root)
  compute_getJob         a message's status once executed: its receipt and the block's root
  compute_getBatchRoot   the state root after a number of batches (what an assertion asserts)
  compute_getWithdrawal  a withdrawal record with its proofs against the state after a given
                         number of batches (an assertion's), what Bridge.finalizeWithdrawal takes

and Prometheus metrics on --metrics-port when it is not 0.

With --source l1 it follows no sequencer: it rebuilds the blocks from L1 alone (the batches in
the Inbox, their payloads from the beacon blob API, the deposits from the Bridge's logs, each
checked against the Inbox's commitments and accumulator), --l1-confirmations blocks behind the
head, and reaches the same state root at every block as an executor following the sequencer.
A forced inclusion or a payload the chain rejects is applied as one whole batch, by the chain
machine's batch path. It runs until Ctrl-C or SIGTERM; a
restart continues after the last block it persisted. The chain settings (chain.*) must be those
the sequencer runs with: they fix the genesis state and the EIP-712 domain. docs/executor.md has
the details.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runExecutor(ctx, a)
		}),
	}
	fs := cmd.Flags()
	configString(fs, "data-dir", "executor.data-dir", "directory of the executor's database")
	configString(fs, "sequencer", "executor.sequencer", "JSON-RPC URL of the sequencer to follow")
	configString(fs, "rpc-host", "executor.rpc-host", "JSON-RPC listen address")
	configInt(fs, "rpc-port", "executor.rpc-port", "JSON-RPC listen port")
	configString(fs, "metrics-host", "executor.metrics-host", "Prometheus metrics listen address")
	configInt(fs, "metrics-port", "executor.metrics-port", "Prometheus metrics port; 0 disables metrics")
	configString(fs, "explorer-host", "executor.explorer-host", "explorer web page listen address")
	configInt(fs, "explorer-port", "executor.explorer-port", "explorer web page port (jobs, batches, blocks, accounts; proofs checked in the browser); -1 disables it, 0 picks a free one")
	configString(fs, "poll-interval", "executor.poll-interval", "how often to ask the sequencer for new blocks (Go duration)")
	configInt(fs, "workers", "vm.workers", "CPU threads jobs run on; 0 = one per CPU (GOMAXPROCS)")
	deviceFlags(fs)
	configString(fs, "source", "executor.source", "where blocks come from: sequencer, or l1 (derive them from L1 alone, --l1-*)")
	configInt(fs, "rpc-batch-limit", "executor.rpc-batch-limit", "most calls in one JSON-RPC batch; a larger batch runs none")
	configInt(fs, "rpc-batch-response-bytes", "executor.rpc-batch-response-bytes", "most bytes of results in one JSON-RPC batch answer; the calls beyond do not run")
	configInt(fs, "rpc-body-bytes", "executor.rpc-body-bytes", "most bytes of a JSON-RPC request body, chunked or not (HTTP 413 beyond)")
	configString(fs, "health-source-timeout", "executor.health-source-timeout", "/healthz is 503 after the block source has not answered this long (Go duration)")
	configUint64(fs, "health-max-lag", "executor.health-max-lag", "/healthz is 503 when more blocks than this behind the source's head for --health-lag-timeout")
	configString(fs, "health-lag-timeout", "executor.health-lag-timeout", "how long more than --health-max-lag blocks behind makes /healthz 503 (Go duration)")
	configBool(fs, "propose", "proposer.enabled", "also run a proposer: assert this executor's roots on the Rollup (needs --l1-rpc, --l1-bridge, --proposer-key-file)")
	configString(fs, "proposer-key-file", "proposer.key-file", "file holding the proposer's hex private key (it pays the bond and gas)")
	configUint64(fs, "proposer-max-batches", "proposer.max-batches", "assert once this many batches wait past the last assertion")
	configString(fs, "proposer-max-age", "proposer.max-age", "or once at least one batch waits and this long passed since the last assertion (Go duration)")
	configString(fs, "proposer-poll-interval", "proposer.poll-interval", "how often the proposer looks at the Rollup (Go duration)")
	configUint64(fs, "proposer-from-block", "proposer.from-block", "L1 block to read the Rollup's logs from (its deployment block)")
	configUint64(fs, "proposer-confirmations", "proposer.confirmations", "L1 blocks each proposer transaction waits for")
	chainFlags(fs)
	l1Flags(fs)
	return cmd
}
