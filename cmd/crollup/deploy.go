package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
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
	// Settlement: the Rollup's parameters.
	Arity           uint64
	ChallengePeriod uint64
	Bond            string
	Stake1          string
	Reward          string
	Receiver        string
	Proposers       []string
}

func newDeployCmd() *cobra.Command {
	var opts deployOptions
	cmd := &cobra.Command{
		Use:   "deploy --l1-rpc URL --key-file FILE --batcher ADDRESS",
		Short: "Deploy a new chain's L1 contracts: Inbox, Bridge, Rollup and the step verifiers",
		Long: `Deploy deploys crollup's L1 contracts for a new chain from the key in --key-file (hex), six
consecutive transactions, and waits for their receipts: the Inbox (batches, the delayed-message
queue, forced inclusion), the Bridge (deposits, withdrawals), FraudVM and ChainVM (one-step
proofs), ChainMachine, and the Rollup (the assertion chain, with its ChallengeManager).

--batcher is the only address the Inbox will accept batches from (the batcher's key);
--force-inclusion-delay is how long a deposit waits before anyone may force it into the chain.
The chain.* settings (--chain-id, the prices) fix the genesis state root the Rollup starts from;
they must be the ones the services run with. The settlement flags set the Rollup: the challenge
period in L1 blocks, the assertion bond, the steps-level stake and the reward cap (wei), the
receiver of forfeits, and an optional proposer allowlist. Nothing can change later: the
contracts have no owner.

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
	d := deploy.DefaultSettlement()
	fs.Uint64Var(&opts.Arity, "arity", d.K, "dissection arity k of the challenge protocol")
	fs.Uint64Var(&opts.ChallengePeriod, "challenge-period", d.ChallengePeriod, "unrivaled L1 blocks that confirm an assertion (50400: 7 days of 12 s blocks)")
	fs.StringVar(&opts.Bond, "bond", d.Bond.String(), "assertion bond, in wei")
	fs.StringVar(&opts.Stake1, "level1-stake", d.Stake1.String(), "stake of a steps-level claim, in wei")
	fs.StringVar(&opts.Reward, "reward", d.Reward.String(), "most of a losing bond or stake paid to the winner, in wei (the rest to --receiver)")
	fs.StringVar(&opts.Receiver, "receiver", "0x0000000000000000000000000000000000000000", "receiver of forfeited bonds and stakes beyond the reward (zero: burnt)")
	fs.StringSliceVar(&opts.Proposers, "proposers", nil, "addresses allowed to assert (comma-separated; empty: anyone)")
	chainFlags(fs)
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
	set, err := opts.settlement()
	if err != nil {
		return err
	}
	gcfg, chain, err := a.genesis()
	if err != nil {
		return err
	}
	if len(gcfg.Accounts) != 0 {
		return errors.New("chain.accounts: a chain with a Bridge is funded by deposits; leave chain.accounts empty")
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
	fmt.Fprintf(a.out, "deploying crollup chain %d (genesis %s) on L1 chain %v from %s …\n", gcfg.ChainID, chain.Root(), chainID,
		crypto.PubkeyToAddress(key.PublicKey))
	addrs, err := deploy.Deploy(ctx, c, bind.NewKeyedTransactor(key, chainID),
		deploy.Config{Batcher: common.HexToAddress(opts.Batcher), ForceInclusionDelay: uint64(opts.ForceDelay / time.Second),
			ChainID: gcfg.ChainID, GenesisRoot: chain.Root(), Settlement: set})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "Inbox        %s\nBridge       %s\nFraudVM      %s\nChainVM      %s\nChainMachine %s\nRollup       %s\n\n"+
		"settings: --inbox %s --l1-bridge %s   (CROLLUP_CHAIN_INBOX, CROLLUP_L1_BRIDGE)\n",
		addrs.Inbox, addrs.Bridge, addrs.FraudVM, addrs.ChainVM, addrs.ChainMachine, addrs.Rollup, addrs.Inbox, addrs.Bridge)
	return nil
}

// settlement parses the settlement flags.
func (o deployOptions) settlement() (deploy.Settlement, error) {
	wei := func(flag, v string) (*big.Int, error) {
		n, ok := new(big.Int).SetString(v, 10)
		if !ok || n.Sign() < 0 {
			return nil, fmt.Errorf("--%s: want a non-negative amount of wei, got %q", flag, v)
		}
		return n, nil
	}
	s := deploy.DefaultSettlement()
	s.K, s.ChallengePeriod = o.Arity, o.ChallengePeriod
	var err error
	if s.Bond, err = wei("bond", o.Bond); err != nil {
		return s, err
	}
	if s.Stake1, err = wei("level1-stake", o.Stake1); err != nil {
		return s, err
	}
	if s.Reward, err = wei("reward", o.Reward); err != nil {
		return s, err
	}
	if !common.IsHexAddress(o.Receiver) {
		return s, fmt.Errorf("--receiver: want a 0x address, got %q", o.Receiver)
	}
	s.Receiver = common.HexToAddress(o.Receiver)
	for _, p := range o.Proposers {
		if !common.IsHexAddress(p) {
			return s, fmt.Errorf("--proposers: want 0x addresses, got %q", p)
		}
		s.Proposers = append(s.Proposers, common.HexToAddress(p))
	}
	return s, s.Check()
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
