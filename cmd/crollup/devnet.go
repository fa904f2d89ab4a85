package main

import (
	"context"
	"time"

	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/devnet/l1dev"

	"github.com/spf13/cobra"
)

// fraudPeriod is the challenge period `devnet --fraud` deploys with unless given: 60 blocks of
// 1 s, so that the honest claims the game leaves unrivaled confirm within a minute, and the
// honest side's answers (a block or two each, over a dozen levels) stay well inside the clock.
const fraudPeriod = 60

// devnetOptions are the arguments of `crollup devnet`.
type devnetOptions struct {
	DataDir       string        // "" = everything in memory / temporary
	BlockTime     time.Duration // L1 block time
	BatchAge      time.Duration // the sequencer's batch age
	SequencerPort int
	ExecutorPort  int
	ExplorerPort  int                 // -1: none
	Metrics       devnet.MetricsPorts // 0 picks a free port, negative runs no metrics server
	Jobs          int                 // sample jobs
	Once          bool                // stop after the demo instead of running until Ctrl-C
	Verbose       bool                // the services' info logs
	Propose       bool                // run a proposer
	Period        uint64              // the Rollup's challenge period, L1 blocks
	Fraud         bool                // run a challenger and a liar
	L1Only        bool                // the L1 and the contracts, no service
	FinalityDepth uint64              // how far the L1's finalized block trails its head
}

func newDevnetCmd() *cobra.Command {
	var opts devnetOptions
	cmd := &cobra.Command{
		Use:   "devnet [--data-dir DIR] [--block-time 2s] [--once]",
		Short: "Run a whole local crollup network, L1 included, in this process",
		Long: `Devnet runs a whole crollup network in this process, for development and demos; it needs no
configuration and no external service:

  1. an Ethereum L1 (go-ethereum, Osaka rules) producing a block every --block-time, with
     JSON-RPC (HTTP and WebSocket) and the beacon blob API on 127.0.0.1;
  2. crollup's contracts, deployed on it: the Inbox, the Bridge, the step verifiers and the
     Rollup (--challenge-period L1 blocks);
  3. a sequencer (JSON-RPC on --sequencer-port) that takes deposits from L1 and seals batches
     --batch-age after their first block; an executor following it (--executor-port); a batcher
     posting each sealed batch to the Inbox in a blob transaction; and a second executor that
     rebuilds the chain from L1 alone (Inbox logs, beacon blobs, deposits); with --propose (the
     default), a proposer asserting that executor's roots on the Rollup every 4 batches or 10 s
     and confirming them after the challenge period (withdrawals are then paid on L1 with
     'crollup withdraw finalize').

Then a demo: the demo account (a public dev key) deposits 1 ETH through the Bridge, uploads the
example CNN and submits --jobs jobs on its sample input, and each job's progress is shown as it
moves: sequenced (block, batch) → executed (class, output root, state root) → batched (the L1
transaction and blob hash) — and the L1-only executor's state root is checked against the
follower's. Last, one job of the CNN runs through every execution path of the fraud VM (bulk,
Step by Step, and a one-step proof checked by the L1 verifier's model).

It then prints the endpoints (JSON-RPC, and each service's metrics server: /metrics and /healthz,
on --*-metrics-port) and runs until Ctrl-C (or stops with --once), printing each assertion the
proposer makes and confirms.

With --fraud it also runs a challenger and a liar (dev keys 11 and 12), each deriving the chain
from L1 alone: the liar rivals the proposer's assertion over the demo's first job with one whose
job output is tampered (the JOB_FINISH step writes a wrong output root) and defends it move by
move; the challenger plays the honest side. Every move is printed (its level, range, children,
the claim's unrivaled time against the period, gas), down to the one-step proof ChainVM runs on
L1, then the rejected assertion, the slashed bond and the confirmed honest root, with the time
from the wrong assertion to its rejection. With --once it stops after that.

With --l1-only it runs the L1 and the contracts and nothing else, for services run as processes
of their own ('crollup sequencer', 'executor', 'batcher', 'challenger' with the printed
addresses). Every devnet L1 also serves l1dev_reorg(depth, reinclude) on its JSON-RPC, to see
what services do when L1 takes blocks back: it replaces the last depth blocks (at most
--l1-finality-depth) with one block that holds their transactions without blobs in order
(reinclude true) or none (false: they go back to the pool).

With --data-dir the L1 chain, its blobs, the contract addresses, the L1's JSON-RPC and beacon
ports and every service's database persist across restarts, a kill -9 included: the L1 writes
every block's state as it makes the block and syncs each new head to disk, so it never loses a
block it reported (a data dir made before that keeps go-ethereum's default, and may lose its
last blocks when killed). The services log warnings only, unless --verbose.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runDevnet(ctx, a, opts)
		}),
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.DataDir, "data-dir", "", "directory for the L1, contract addresses and service databases (default: in memory, gone on exit)")
	fs.DurationVar(&opts.BlockTime, "block-time", l1dev.DefaultBlockTime, "L1 block time (whole seconds)")
	fs.DurationVar(&opts.BatchAge, "batch-age", 4*time.Second, "seal a batch this long after its first block")
	fs.IntVar(&opts.SequencerPort, "sequencer-port", 8645, "sequencer JSON-RPC port (0 picks a free one)")
	fs.IntVar(&opts.ExecutorPort, "executor-port", 8646, "executor JSON-RPC port (0 picks a free one)")
	fs.IntVar(&opts.ExplorerPort, "explorer-port", 8648, "explorer web page port, served by the executor (0 picks a free one, -1 none)")
	fs.IntVar(&opts.Metrics.Sequencer, "sequencer-metrics-port", 7300, "sequencer metrics and /healthz port (0 picks a free one, -1 none)")
	fs.IntVar(&opts.Metrics.Executor, "executor-metrics-port", 7301, "executor metrics and /healthz port (0 picks a free one, -1 none)")
	fs.IntVar(&opts.Metrics.L1Executor, "l1-executor-metrics-port", 7302, "L1-only executor metrics and /healthz port (0 picks a free one, -1 none)")
	fs.IntVar(&opts.Metrics.Batcher, "batcher-metrics-port", 7303, "batcher metrics and /healthz port (0 picks a free one, -1 none)")
	fs.IntVar(&opts.Jobs, "jobs", 3, "sample jobs the demo submits")
	deviceFlags(fs)
	fs.BoolVar(&opts.Once, "once", false, "stop after the demo instead of running until Ctrl-C")
	fs.BoolVar(&opts.Verbose, "verbose", false, "show the services' info logs (default: warnings only)")
	fs.BoolVar(&opts.Propose, "propose", true, "run a proposer that asserts the L1-only executor's roots on the Rollup and confirms them")
	fs.Uint64Var(&opts.Period, "challenge-period", devnet.DefaultChallengePeriod, "the Rollup's challenge period in L1 blocks (set when the contracts are deployed)")
	fs.BoolVar(&opts.L1Only, "l1-only", false, "run the L1 and the contracts only, no crollup service")
	fs.Uint64Var(&opts.FinalityDepth, "l1-finality-depth", 0, "blocks the L1's finalized block trails its head by (0: every block is final); l1dev_reorg takes back at most that many")
	fs.BoolVar(&opts.Fraud, "fraud", false, "also run a challenger and a liar that rivals the proposer's assertion over the first job with a tampered job output; the dispute is printed move by move (1 s blocks and a 60-block period unless given)")
	cmd.PreRun = func(cmd *cobra.Command, _ []string) {
		if opts.Fraud {
			opts.Propose = true
			if !cmd.Flags().Changed("block-time") {
				opts.BlockTime = time.Second
			}
			if !cmd.Flags().Changed("challenge-period") {
				opts.Period = fraudPeriod
			}
		}
	}
	return cmd
}
