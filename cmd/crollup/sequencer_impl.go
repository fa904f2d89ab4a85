package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/sequencer"
)

// runSequencer runs the sequencer until ctx is cancelled (Ctrl-C, SIGTERM).
func runSequencer(ctx context.Context, a *app) error {
	gcfg, err := a.cfg.Chain.Genesis()
	if err != nil {
		return err
	}
	chain, err := genesis.New(gcfg)
	if err != nil {
		return err
	}
	cfg := sequencer.ConfigFrom(a.cfg.Sequencer)
	if info, ok := debug.ReadBuildInfo(); ok {
		cfg.Version = "crollup " + info.Main.Version
	}
	if a.cfg.L1.RPC != "" {
		src, err := l1Source(ctx, a)
		if err != nil {
			return err
		}
		defer src.Close()
		cfg.L1 = sequencer.NewL1(src, a.cfg.L1.Confirmations)
	}
	s, err := sequencer.New(cfg, a.log, chain)
	if err != nil {
		return err
	}
	if err := s.Start(ctx); err != nil {
		_ = s.Stop(context.Background())
		return err
	}
	fmt.Fprintf(a.out, "sequencer: JSON-RPC %s, chain %d, data in %s (genesis %s)\n", s.RPCEndpoint(), a.cfg.Chain.ChainID, cfg.DataDir, chain.Root())
	<-ctx.Done()
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return s.Stop(stopCtx)
}
