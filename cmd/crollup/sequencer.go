package main

import (
	"context"

	"github.com/spf13/cobra"
)

func newSequencerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sequencer [flags]",
		Short: "Admit signed messages and order them into blocks",
		Long: `Sequencer runs crollup's sequencer: it serves the JSON-RPC API users send signed messages to
(compute_sendJob, compute_sendUpload, compute_sendWithdraw) and that executors follow, and
orders the messages it admits into blocks.

A message is admitted only if the chain would apply it: the sequencer applies it to its pending
state with the chain machine's own rules (signature, account, nonce, fee, balance, program,
sizes) and refuses it otherwise, with an error code that names the failed check (4000 + the
skip reason) and the values involved. The upload chunk that completes a program is refused if
the program validator rejects the object. An admitted message is written to the database in
--data-dir (fsync) before its hash is returned, and is in a block within --block-time (at once
when a full block is pending). Blocks hold at most --max-block-messages messages and
--max-block-bytes of payload; --mempool-per-account and --mempool-total bound the messages
waiting for a block. --rpc-rate-per-ip and --rpc-rate-burst limit the JSON-RPC requests of each
client address (HTTP 429, error -32005, beyond; off by default).

Blocks are grouped into batches, the unit the batcher posts to L1: a block that would take the
batch's payload beyond --max-batch-bytes starts the next batch, and a batch is sealed
--batch-age after its first block even if no block follows. With --l1-rpc, --l1-beacon and
--l1-bridge the sequencer reads deposits from the Inbox (--l1-confirmations blocks behind the
head), stores them, and includes them in the next block; it also watches the Inbox for the
batches the batcher posts, checks each against the blocks it sealed, and then reports their
messages as "batched" with the L1 transaction and blob hashes. If an L1 reorg deeper than the
confirmations takes back a deposit the chain applied and L1 still lacks it --resequence-after
later, the sequencer sequences the chain again from the last deposit L1 holds: later blocks are
dropped, their messages sequenced again in order, and followers execute the new chain.

It also serves compute_getJob, compute_getAccount, compute_getProgram, compute_getBlock,
compute_getBatch, compute_blockNumber, compute_chainConfig and eth_chainId, GET /healthz, and Prometheus
metrics on --metrics-port when it is not 0. It runs until Ctrl-C or SIGTERM; a restart
continues from the data dir (blocks, and admitted messages not yet in a block). The chain
settings (chain.*) fix the genesis state and the EIP-712 domain: executors must use the same.
docs/sequencer.md has the details.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runSequencer(ctx, a)
		}),
	}
	fs := cmd.Flags()
	configString(fs, "data-dir", "sequencer.data-dir", "directory of the sequencer's database")
	configString(fs, "rpc-host", "sequencer.rpc-host", "JSON-RPC listen address")
	configInt(fs, "rpc-port", "sequencer.rpc-port", "JSON-RPC listen port (0 picks a free one)")
	configString(fs, "metrics-host", "sequencer.metrics-host", "Prometheus metrics listen address")
	configInt(fs, "metrics-port", "sequencer.metrics-port", "Prometheus metrics port; 0 disables metrics")
	configString(fs, "block-time", "sequencer.block-time", "how often a block is produced while messages are pending (Go duration)")
	configInt(fs, "max-block-messages", "sequencer.max-block-messages", "most messages in a block")
	configInt(fs, "max-block-bytes", "sequencer.max-block-bytes", "most bytes of a block's batch payload (at most 761856, six blobs)")
	configInt(fs, "mempool-per-account", "sequencer.mempool-per-account", "most messages of one account waiting for a block")
	configInt(fs, "mempool-total", "sequencer.mempool-total", "most messages waiting for a block")
	configInt(fs, "max-batch-bytes", "sequencer.max-batch-bytes", "most payload bytes of a batch (at most 761856, six blobs)")
	configString(fs, "batch-age", "sequencer.batch-age", "seal a batch this long after its first block (Go duration)")
	configInt(fs, "rpc-batch-limit", "sequencer.rpc-batch-limit", "most calls in one JSON-RPC batch; a larger batch runs none")
	configInt(fs, "rpc-batch-response-bytes", "sequencer.rpc-batch-response-bytes", "most bytes of results in one JSON-RPC batch answer; the calls beyond do not run")
	configInt(fs, "rpc-body-bytes", "sequencer.rpc-body-bytes", "most bytes of a JSON-RPC request body, chunked or not (HTTP 413 beyond)")
	configInt(fs, "rpc-rate-per-ip", "sequencer.rpc-rate-per-ip", "most JSON-RPC requests/s of one client IP on average (HTTP 429 beyond); 0 is no limit")
	configInt(fs, "rpc-rate-burst", "sequencer.rpc-rate-burst", "most JSON-RPC requests of one client IP in a burst, with --rpc-rate-per-ip")
	configString(fs, "health-l1-timeout", "sequencer.health-l1-timeout", "/healthz is 503 after this long without a successful L1 read (Go duration)")
	configString(fs, "resequence-after", "sequencer.resequence-after", "sequence the chain again from the last deposit L1 holds once L1 has lacked one the chain applied for this long (Go duration)")
	chainFlags(fs)
	l1Flags(fs)
	return cmd
}
