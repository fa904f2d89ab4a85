package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/executor"
)

// runExecutor runs the executor until ctx is cancelled or it cannot apply a block.
func runExecutor(ctx context.Context, a *app) error {
	gcfg, err := a.cfg.Chain.Genesis()
	if err != nil {
		return err
	}
	chain, err := genesis.New(gcfg)
	if err != nil {
		return err
	}
	cfg := executor.ConfigFrom(a.cfg)
	if info, ok := debug.ReadBuildInfo(); ok {
		cfg.Version = "crollup " + info.Main.Version
	}
	var src executor.BlockSource
	from := cfg.Sequencer
	if a.cfg.Executor.Source == "l1" {
		d, err := l1Source(ctx, a)
		if err != nil {
			return err
		}
		defer d.Close()
		src, from = executor.NewL1Source(d, a.cfg.L1.Confirmations), "L1 "+a.cfg.L1.RPC+" (Inbox "+a.cfg.Chain.Inbox+")"
	}
	e, err := executor.New(cfg, a.log, chain, src)
	if err != nil {
		return err
	}
	if err := e.Start(ctx); err != nil {
		_ = e.Stop(context.Background())
		return err
	}
	fmt.Fprintf(a.out, "executor: JSON-RPC %s, following %s, data in %s (genesis %s)\n", e.RPCEndpoint(), from, cfg.DataDir, chain.Root())
	var loopErr error
	select {
	case <-ctx.Done():
	case <-e.Done():
		loopErr = e.Err()
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := e.Stop(stopCtx); err != nil && loopErr == nil {
		return err
	}
	return loopErr
}
