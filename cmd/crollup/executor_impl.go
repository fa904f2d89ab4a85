package main

import (
	"context"
	"fmt"

	"github.com/crollup/crollup/executor"
)

// runExecutor runs the executor until ctx is cancelled or it cannot apply a block.
func runExecutor(ctx context.Context, a *app) error {
	gcfg, chain, err := a.genesis()
	if err != nil {
		return err
	}
	cfg, err := a.cfg.ExecutorConfig()
	if err != nil {
		return err
	}
	var src executor.BlockSource
	from := cfg.Sequencer
	if a.cfg.Executor.Source == "l1" {
		d, err := l1Source(ctx, a)
		if err != nil {
			return err
		}
		defer d.Close()
		src, from = executor.NewL1Source(d, a.cfg.L1.Confirmations), "L1 "+a.cfg.L1.RPC+" (Inbox "+gcfg.Inbox.Hex()+")"
	}
	e, err := executor.New(cfg, a.log, chain, src)
	if err != nil {
		return err
	}
	return runService(ctx, "executor", e, stopTimeout, func() {
		fmt.Fprintf(a.out, "executor: JSON-RPC %s, following %s, data in %s (genesis %s)\n", e.RPCEndpoint(), from, cfg.DataDir, chain.Root())
	})
}
