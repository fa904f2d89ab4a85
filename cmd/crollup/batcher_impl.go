package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/client"
)

// runBatcher runs the batcher until ctx is cancelled.
func runBatcher(ctx context.Context, a *app) error {
	if a.cfg.L1.RPC == "" {
		return errors.New("l1.rpc is required (--l1-rpc)")
	}
	if a.cfg.Batcher.KeyFile == "" {
		return errors.New("batcher.key-file is required (--key-file): the hex private key of the Inbox's batcher")
	}
	cfg, err := a.cfg.BatcherConfig()
	if err != nil {
		return err
	}
	if cfg.TxMgr.Key, err = readKeyFile(a.cfg.Batcher.KeyFile); err != nil {
		return err
	}
	l1, err := ethclient.DialContext(ctx, a.cfg.L1.RPC)
	if err != nil {
		return fmt.Errorf("dial l1 %s: %w", a.cfg.L1.RPC, err)
	}
	defer l1.Close()
	seq, err := client.Dial(ctx, a.cfg.Batcher.Sequencer)
	if err != nil {
		return err
	}
	defer seq.Close()
	b, err := batcher.New(ctx, cfg, a.log, seq, l1)
	if err != nil {
		return err
	}
	return runService(ctx, "batcher", b, stopTimeout, func() {
		fmt.Fprintf(a.out, "batcher: posting batches of %s to Inbox %s on %s as %s\n", a.cfg.Batcher.Sequencer, cfg.Inbox, a.cfg.L1.RPC, b.From())
	})
}
