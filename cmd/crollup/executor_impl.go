package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/executor/explorer"
	"github.com/crollup/crollup/executor/proposer"
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
		ls := executor.NewL1Source(d, a.cfg.L1.Confirmations)
		ls.Log = a.log
		src, from = ls, "L1 "+a.cfg.L1.RPC+" (Inbox "+gcfg.Inbox.Hex()+")"
	}
	if cfg.ExplorerPort >= 0 && a.cfg.L1.RPC != "" && common.HexToAddress(a.cfg.L1.Bridge) != (common.Address{}) {
		// The explorer's assertions and disputes: the Rollup mirrored from L1, from the block
		// proposer.from-block names (its deployment; 0 reads L1 from genesis on first use).
		ec, err := ethclient.DialContext(ctx, a.cfg.L1.RPC)
		if err != nil {
			return err
		}
		defer ec.Close()
		if rollup, err := rollupOf(ctx, ec, common.HexToAddress(a.cfg.L1.Bridge)); err != nil {
			a.log.Warn("The explorer shows no assertions: the Rollup could not be read through the Bridge", "err", err)
		} else {
			cfg.ExplorerSettlement = &explorer.SettlementConfig{L1: ec, Rollup: rollup, From: a.cfg.Proposer.FromBlock}
		}
	}
	e, err := executor.New(cfg, a.log, chain, src)
	if err != nil {
		return err
	}
	var svc cliapp.Lifecycle = e
	note := ""
	if a.cfg.Proposer.Enabled {
		p, closeP, err := newProposer(ctx, a, e)
		if err != nil {
			return errors.Join(err, e.Stop(ctx))
		}
		defer closeP()
		svc, note = &pair{first: e, second: p}, ", proposing"
	}
	return runService(ctx, "executor", svc, stopTimeout, func() {
		fmt.Fprintf(a.out, "executor: JSON-RPC %s, following %s, data in %s (genesis %s)%s\n", e.RPCEndpoint(), from, cfg.DataDir,
			chain.Root(), note)
		if u := e.ExplorerEndpoint(); u != "" {
			fmt.Fprintf(a.out, "executor: explorer %s\n", u)
		}
	})
}

// newProposer builds the proposer `executor --propose` runs on e's roots: the Rollup comes from
// the Bridge (l1.bridge), transactions go through a txmgr from proposer.key-file.
func newProposer(ctx context.Context, a *app, e *executor.Executor) (*proposer.Proposer, func(), error) {
	pc := a.cfg.Proposer
	switch {
	case a.cfg.L1.RPC == "":
		return nil, nil, errors.New("--propose needs --l1-rpc")
	case common.HexToAddress(a.cfg.L1.Bridge) == (common.Address{}):
		return nil, nil, errors.New("--propose needs --l1-bridge: the Rollup is found through the Bridge")
	case pc.KeyFile == "":
		return nil, nil, errors.New("--propose needs --proposer-key-file: the proposer's hex private key")
	}
	key, err := readKeyFile(pc.KeyFile)
	if err != nil {
		return nil, nil, err
	}
	ec, err := ethclient.DialContext(ctx, a.cfg.L1.RPC)
	if err != nil {
		return nil, nil, err
	}
	rollup, err := rollupOf(ctx, ec, common.HexToAddress(a.cfg.L1.Bridge))
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	cfg, err := a.cfg.ProposerConfig(rollup)
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	lg := a.log.New("svc", "proposer")
	tm, err := proposer.NewTxManager(a.cfg.L1.RPC, key, pc.Confirmations, 0, lg, nil)
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	p, err := proposer.New(ctx, cfg, lg, e, ec, tm, proposer.NewMetrics(e.Registry()))
	if err != nil {
		tm.Close()
		ec.Close()
		return nil, nil, err
	}
	return p, func() { tm.Close(); ec.Close() }, nil
}
