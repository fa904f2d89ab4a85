package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/config"
)

// runBatcher runs the batcher until ctx is cancelled.
func runBatcher(ctx context.Context, a *app) error {
	c := a.cfg.Batcher
	if a.cfg.L1.RPC == "" {
		return errors.New("l1.rpc is required (--l1-rpc)")
	}
	if c.KeyFile == "" {
		return errors.New("batcher.key-file is required (--key-file): the hex private key of the Inbox's batcher")
	}
	key, err := readKeyFile(c.KeyFile)
	if err != nil {
		return err
	}
	l1, err := ethclient.DialContext(ctx, a.cfg.L1.RPC)
	if err != nil {
		return err
	}
	defer l1.Close()
	src, err := batcher.DialSource(ctx, c.Sequencer)
	if err != nil {
		return err
	}
	defer src.Close()
	tm, err := batcher.NewTxManager(batcher.TxManagerConfig{L1RPC: a.cfg.L1.RPC, Key: key, Confirmations: c.Confirmations}, a.log, nil)
	if err != nil {
		return err
	}
	b, err := batcher.New(ctx, batcher.Config{Inbox: common.HexToAddress(a.cfg.Chain.Inbox), PollInterval: config.Duration(c.PollInterval),
		MaxPending: c.MaxPending, MetricsHost: c.MetricsHost, MetricsPort: c.MetricsPort}, a.log, src, l1, tm)
	if err != nil {
		tm.Close()
		return err
	}
	if err := b.Start(ctx); err != nil {
		return err
	}
	fmt.Fprintf(a.out, "batcher: posting batches of %s to Inbox %s on %s as %s\n", c.Sequencer, a.cfg.Chain.Inbox, a.cfg.L1.RPC, tm.From())
	<-ctx.Done()
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return b.Stop(stopCtx)
}
