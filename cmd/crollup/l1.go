package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/crollup/crollup/chain/derive"
)

// l1Flags defines the flags of the l1.* keys.
func l1Flags(fs *pflag.FlagSet) {
	configString(fs, "l1-rpc", "l1.rpc", "Ethereum L1 JSON-RPC URL (empty: run without L1)")
	configString(fs, "l1-beacon", "l1.beacon", "L1 beacon node HTTP API URL (blobs are read from it)")
	configString(fs, "l1-bridge", "l1.bridge", "L1 Bridge contract address (the Inbox is --inbox)")
	configUint64(fs, "l1-confirmations", "l1.confirmations", "blocks behind the L1 head that deposits and batches are read at")
}

// l1Source dials the derivation source the l1.* settings describe.
func l1Source(ctx context.Context, a *app) (*derive.Source, error) {
	c := a.cfg.L1
	if c.RPC == "" || c.Beacon == "" {
		return nil, errors.New("l1.rpc and l1.beacon are required (--l1-rpc, --l1-beacon)")
	}
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: c.RPC, BeaconURL: c.Beacon, Inbox: common.HexToAddress(a.cfg.Chain.Inbox),
		Bridge: common.HexToAddress(c.Bridge), Log: a.log})
	if err != nil {
		return nil, fmt.Errorf("L1: %w", err)
	}
	return src, nil
}
