package main

import (
	"context"

	"github.com/spf13/cobra"
)

func newChallengerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "challenger [flags]",
		Short: "Watch the Rollup's assertions and dispute every wrong one",
		Long: `Challenger is what a watcher runs. It derives the chain from L1 alone (the Inbox's batches,
their blobs from the beacon API, the Bridge's deposits), applies every batch with the chain
machine, and mirrors the Rollup and its ChallengeManager from L1 blocks. Each round
(--poll-interval) it walks the honest chain of assertions from genesis; under every parent with
a wrong child it asserts the honest one if nobody has, and plays the dispute to the end: it
dissects, answers, opens the steps level, proves the one step the liar is wrong about through
ChainVM, confirms by time or by children, rejects the beaten assertions and slashes their
bonds. Claims are shared: a move another honest party made is not made again.

Its moves are journaled in Pebble (--data-dir) before they are sent; after a crash (kill -9) it
waits until L1 has settled any transaction of its own still pending, so no move is sent twice.
Everything else it rebuilds from L1 at start. Prometheus metrics and /healthz are served on
--metrics-port when it is not 0 (docs/challenger.md lists them).

  crollup challenger list              the assertions, with status, side and clocks
  crollup challenger show <assertion>  the claim tree of an assertion's game

The chain settings (chain.*) must be the chain's: they fix the genesis state.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runChallenger(ctx, a)
		}),
	}
	fs := cmd.Flags()
	configString(fs, "key-file", "challenger.key-file", "file holding the challenger's hex private key (it pays bonds, stakes and gas)")
	configString(fs, "data-dir", "challenger.data-dir", "directory of the challenger's journal of moves")
	configString(fs, "poll-interval", "challenger.poll-interval", "time between rounds (Go duration)")
	configUint64(fs, "from-block", "challenger.from-block", "L1 block the Rollup was deployed at (the mirror reads from there)")
	configUint64(fs, "confirmations", "challenger.confirmations", "L1 blocks each move waits for")
	configString(fs, "metrics-host", "challenger.metrics-host", "Prometheus metrics and /healthz listen address")
	configInt(fs, "metrics-port", "challenger.metrics-port", "Prometheus metrics and /healthz port; 0 disables them")
	configInt(fs, "health-max-failures", "challenger.health-max-failures", "failed rounds in a row that make /healthz 503")
	configString(fs, "health-timeout", "challenger.health-timeout", "/healthz is 503 after no successful round for this long (Go duration)")
	configUint64(fs, "low-clock", "challenger.low-clock", "L1 blocks before a wrong claim could confirm by time that raise the clock_low alert")
	chainFlags(fs)
	l1Flags(fs)
	cmd.AddCommand(newChallengerListCmd(), newChallengerShowCmd())
	return cmd
}

func newChallengerListCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list [flags]",
		Short: "Print the Rollup's assertions: status, side (judged from the chain derived from L1), rivals, clocks",
		Args:  cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return listAssertions(ctx, a)
		}),
	}
	fs := cmd.Flags()
	configUint64(fs, "from-block", "challenger.from-block", "L1 block the Rollup was deployed at")
	configString(fs, "key-file", "challenger.key-file", "optional: the challenger's key file, to mark its claims as ours")
	chainFlags(fs)
	l1Flags(fs)
	return cmd
}

func newChallengerShowCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show <assertion>",
		Short: "Print the claim tree of an assertion's game, with each claim's status and clock",
		Args:  cobra.ExactArgs(1),
		RunE: withApp(func(ctx context.Context, a *app, args []string) error {
			return showAssertion(ctx, a, args[0])
		}),
	}
	fs := cmd.Flags()
	configUint64(fs, "from-block", "challenger.from-block", "L1 block the Rollup was deployed at")
	configString(fs, "key-file", "challenger.key-file", "optional: the challenger's key file, to mark its claims as ours")
	chainFlags(fs)
	l1Flags(fs)
	return cmd
}
