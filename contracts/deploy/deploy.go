// Package deploy deploys crollup's L1 contracts (Inbox, Bridge) through any contract backend: a
// real L1 node, the devnet, or go-ethereum's simulated backend in tests.
//
// The Inbox and the Bridge reference each other through immutables. The Inbox goes first, naming
// the Bridge's address predicted from the deployer's next nonce (CREATE addresses depend only on
// sender and nonce); the Bridge follows with the very next nonce and its constructor checks that
// the Inbox names it. So the deployment takes exactly two consecutive nonces of auth.From, and
// if anything else uses the second one, the Bridge deployment reverts instead of producing a
// pair that cannot talk to each other.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/contracts/bindings"
)

// Config holds the Inbox's deployment parameters.
type Config struct {
	// Batcher is the only address allowed to post batches.
	Batcher common.Address
	// ForceInclusionDelay is how many seconds a delayed message waits before anyone may force
	// its inclusion.
	ForceInclusionDelay uint64
}

// Addresses are the deployed contracts.
type Addresses struct {
	Inbox  common.Address
	Bridge common.Address
}

// Backend is what Deploy needs from an L1 client: sending transactions and waiting for their
// receipts.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deploy deploys the Inbox and the Bridge from auth.From and waits for both receipts. It uses
// auth.Nonce and the next nonce if auth.Nonce is set, else the account's pending nonce and the
// next; auth itself is not modified. ctx bounds the whole deployment, including the waits.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg Config) (*Addresses, error) {
	if cfg.Batcher == (common.Address{}) {
		return nil, errors.New("deploy: no batcher address")
	}
	opts := *auth
	opts.Context = ctx
	var nonce uint64
	if auth.Nonce != nil {
		if !auth.Nonce.IsUint64() {
			return nil, fmt.Errorf("deploy: nonce %v out of range", auth.Nonce)
		}
		nonce = auth.Nonce.Uint64()
	} else {
		n, err := backend.PendingNonceAt(ctx, auth.From)
		if err != nil {
			return nil, fmt.Errorf("deploy: nonce of %s: %w", auth.From, err)
		}
		nonce = n
	}
	want := Addresses{
		Inbox:  crypto.CreateAddress(auth.From, nonce),
		Bridge: crypto.CreateAddress(auth.From, nonce+1),
	}

	// The Bridge's constructor calls the Inbox, so the Inbox must be mined before the Bridge's
	// gas is estimated: deploy one after the other.
	opts.Nonce = new(big.Int).SetUint64(nonce)
	inboxArgs := bindings.NewInbox().PackConstructor(cfg.Batcher, want.Bridge, cfg.ForceInclusionDelay)
	if err := deployOne(ctx, backend, &opts, "Inbox", bindings.InboxMetaData.Bin, inboxArgs, want.Inbox); err != nil {
		return nil, err
	}
	opts.Nonce = new(big.Int).SetUint64(nonce + 1)
	bridgeArgs := bindings.NewBridge().PackConstructor(want.Inbox)
	if err := deployOne(ctx, backend, &opts, "Bridge", bindings.BridgeMetaData.Bin, bridgeArgs, want.Bridge); err != nil {
		return nil, err
	}
	return &want, nil
}

// deployOne sends one creation transaction and waits until it is mined with code at want.
func deployOne(ctx context.Context, backend Backend, opts *bind.TransactOpts, name, bin string, args []byte, want common.Address) error {
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), backend, args)
	if err != nil {
		return fmt.Errorf("deploy: %s: %w", name, err)
	}
	if addr != want {
		return fmt.Errorf("deploy: %s would be at %s, want %s", name, addr, want)
	}
	receipt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return fmt.Errorf("deploy: %s: waiting for %s: %w", name, tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("deploy: %s: transaction %s reverted", name, tx.Hash())
	}
	code, err := backend.CodeAt(ctx, want, receipt.BlockNumber)
	if err != nil {
		return fmt.Errorf("deploy: %s: code at %s: %w", name, want, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("deploy: %s: no code at %s after deployment", name, want)
	}
	return nil
}
