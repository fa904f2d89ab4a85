package main

import (
	"context"
	"fmt"

	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/sequencer"
)

// runSequencer runs the sequencer until ctx is cancelled (Ctrl-C, SIGTERM).
func runSequencer(ctx context.Context, a *app) error {
	gcfg, chain, err := a.genesis()
	if err != nil {
		return err
	}
	cfg, err := a.cfg.SequencerConfig()
	if err != nil {
		return err
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
	return runService(ctx, "sequencer", s, stopTimeout, func() {
		fmt.Fprintf(a.out, "sequencer: JSON-RPC %s, chain %d, data in %s (genesis %s)\n", s.RPCEndpoint(), gcfg.ChainID, cfg.DataDir, chain.Root())
	})
}

// genesis builds the chain the chain.* settings describe, which every service of one chain must
// share.
func (a *app) genesis() (genesis.Config, *genesis.Chain, error) {
	gcfg, err := a.cfg.Chain.Genesis()
	if err != nil {
		return gcfg, nil, err
	}
	chain, err := genesis.New(gcfg)
	return gcfg, chain, err
}
