package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/crollup/crollup/contracts/deploy"
)

// deployOptions are the arguments of `crollup deploy`.
type deployOptions struct {
	L1RPC      string
	KeyFile    string
	Batcher    string
	ForceDelay time.Duration
}

func newDeployCmd() *cobra.Command {
	var opts deployOptions
	cmd := &cobra.Command{
		Use:   "deploy --l1-rpc URL --key-file FILE --batcher ADDRESS",
		Short: "Deploy a new chain's Inbox and Bridge contracts on an L1",
		Long: `Deploy deploys crollup's L1 contracts for a new chain: the Inbox (batches, the delayed-message
queue, forced inclusion) and the Bridge (deposits), from the key in --key-file (hex), and waits
for both receipts. --batcher is the only address the Inbox will accept batches from (the
batcher's key); --force-inclusion-delay is how long a deposit waits before anyone may force it
into the chain. Neither can change later: the contracts have no owner.

It prints the addresses and the settings the services need (chain.inbox, l1.bridge).`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return runDeploy(ctx, a, opts)
		}),
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.L1RPC, "l1-rpc", "", "Ethereum L1 JSON-RPC URL")
	fs.StringVar(&opts.KeyFile, "key-file", "", "file holding the deployer's hex private key")
	fs.StringVar(&opts.Batcher, "batcher", "", "the batcher's address (the only one allowed to post batches)")
	fs.DurationVar(&opts.ForceDelay, "force-inclusion-delay", 24*time.Hour, "how long a deposit waits before anyone may force it (whole seconds)")
	return cmd
}

func runDeploy(ctx context.Context, a *app, opts deployOptions) error {
	switch {
	case opts.L1RPC == "":
		return errors.New("--l1-rpc is required")
	case opts.KeyFile == "":
		return errors.New("--key-file is required: the deployer's hex private key")
	case !common.IsHexAddress(opts.Batcher) || common.HexToAddress(opts.Batcher) == (common.Address{}):
		return fmt.Errorf("--batcher: want the batcher's 0x address, got %q", opts.Batcher)
	case opts.ForceDelay < time.Second || opts.ForceDelay%time.Second != 0:
		return fmt.Errorf("--force-inclusion-delay %s: want whole seconds, at least 1s", opts.ForceDelay)
	}
	key, err := readKeyFile(opts.KeyFile)
	if err != nil {
		return err
	}
	c, err := ethclient.DialContext(ctx, opts.L1RPC)
	if err != nil {
		return err
	}
	defer c.Close()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("L1 %s: %w", opts.L1RPC, err)
	}
	fmt.Fprintf(a.out, "deploying the Inbox and Bridge on chain %v from %s …\n", chainID, crypto.PubkeyToAddress(key.PublicKey))
	addrs, err := deploy.Deploy(ctx, c, bind.NewKeyedTransactor(key, chainID),
		deploy.Config{Batcher: common.HexToAddress(opts.Batcher), ForceInclusionDelay: uint64(opts.ForceDelay / time.Second)})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "Inbox  %s\nBridge %s\n\nsettings: --inbox %s --l1-bridge %s   (CROLLUP_CHAIN_INBOX, CROLLUP_L1_BRIDGE)\n",
		addrs.Inbox, addrs.Bridge, addrs.Inbox, addrs.Bridge)
	return nil
}

// readKeyFile reads a hex private key (0x optional, surrounding space ignored) from a file.
func readKeyFile(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return key, nil
}
