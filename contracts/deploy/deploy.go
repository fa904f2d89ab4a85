// Package deploy deploys crollup's L1 contracts through any contract backend: a real L1 node,
// the devnet, or go-ethereum's simulated backend in tests. A chain is six contracts: the Inbox
// (batches, delayed messages), the Bridge (deposits, withdrawals), the step verifiers FraudVM and
// ChainVM, ChainMachine (the chain machine as the dispute protocol sees it) and the Rollup (the
// assertion chain, which deploys its ChallengeManager).
//
// The contracts reference each other through immutables, some in a cycle: the Inbox names the
// Bridge, the Bridge the Inbox and the Rollup, the Rollup the Inbox. The cycle is cut by
// predicting addresses: CREATE addresses depend only on sender and nonce, so the deployment
// takes six consecutive nonces of auth.From, the Inbox first naming the Bridge's. The Bridge's
// constructor checks that the Inbox names it, and Deploy checks that every contract lands where
// it was predicted: if anything else uses one of the nonces, the deployment fails instead of
// producing contracts that cannot talk to each other.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/contracts/bindings"
)

// Config holds the deployment parameters.
type Config struct {
	// Batcher is the only address allowed to post batches.
	Batcher common.Address
	// ForceInclusionDelay is how many seconds a delayed message waits before anyone may force
	// its inclusion.
	ForceInclusionDelay uint64
	// ChainID is the rollup's chain id (genesis.Config.ChainID): ChainVM checks message
	// signatures under it.
	ChainID uint64
	// GenesisRoot is the chain's genesis state root (genesis.Chain.Root), the Rollup's first
	// confirmed assertion.
	GenesisRoot common.Hash
	// Settlement holds the Rollup's parameters; its zero fields take DefaultSettlement's.
	Settlement Settlement
}

// Settlement holds the parameters of the Rollup and its ChallengeManager (docs/spec/dispute.md
// §10, "Defaults", says how DefaultSettlement's were chosen).
type Settlement struct {
	// K is the arity of dissection.
	K uint64
	// Height0 and Height1 are the heights of the two levels' top claims: an assertion covers at
	// most K^Height0 batches, and a batch's trace must end within K^Height1 steps.
	Height0, Height1 uint8
	// ChallengePeriod is the unrivaled time, in L1 blocks, that confirms a claim.
	ChallengePeriod uint64
	// Bond is the assertion bond, Stake1 the stake of a steps-level top claim, in wei.
	Bond, Stake1 *big.Int
	// Reward caps what a losing bond or stake pays the winner (its L1 costs); the rest goes to
	// Receiver.
	Reward   *big.Int
	Receiver common.Address
	// Proposers, when not empty, are the only addresses that may assert.
	Proposers []common.Address
}

// Default settlement parameters (docs/spec/dispute.md §10).
const (
	DefaultK               = 16
	DefaultHeight0         = 2  // 256 batches per assertion
	DefaultHeight1         = 10 // 2^40 steps per batch
	DefaultChallengePeriod = 50_400
)

// DefaultSettlement returns the parameters for a production L1: k = 16, 7 days of 12-second
// blocks, a 1 ETH bond, 0.1 ETH steps-level stakes and a 0.5 ETH reward cap. The receiver is
// the zero address (forfeits are burnt) unless set.
func DefaultSettlement() Settlement {
	eth := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }
	return Settlement{K: DefaultK, Height0: DefaultHeight0, Height1: DefaultHeight1, ChallengePeriod: DefaultChallengePeriod,
		Bond: eth(1000), Stake1: eth(100), Reward: eth(500)}
}

// withDefaults fills s's zero fields from DefaultSettlement.
func (s Settlement) withDefaults() Settlement {
	d := DefaultSettlement()
	if s.K == 0 {
		s.K = d.K
	}
	if s.Height0 == 0 {
		s.Height0 = d.Height0
	}
	if s.Height1 == 0 {
		s.Height1 = d.Height1
	}
	if s.ChallengePeriod == 0 {
		s.ChallengePeriod = d.ChallengePeriod
	}
	if s.Bond == nil {
		s.Bond = d.Bond
	}
	if s.Stake1 == nil {
		s.Stake1 = d.Stake1
	}
	if s.Reward == nil {
		s.Reward = d.Reward
	}
	return s
}

// Check reports the first invalid parameter.
func (s Settlement) Check() error {
	switch {
	case s.K < 2 || s.K > 256:
		return fmt.Errorf("deploy: arity %d, want 2 to 256", s.K)
	case s.Height0 == 0 || s.Height1 == 0:
		return fmt.Errorf("deploy: heights %d and %d, want at least 1 each", s.Height0, s.Height1)
	case float64(s.Height1)*math.Log2(float64(s.K)) > 64 || float64(s.Height0)*math.Log2(float64(s.K)) > 64:
		return fmt.Errorf("deploy: %d^%d or %d^%d positions do not fit in 64 bits", s.K, s.Height0, s.K, s.Height1)
	case s.ChallengePeriod == 0:
		return errors.New("deploy: zero challenge period")
	case s.Bond.Sign() < 0 || s.Stake1.Sign() < 0 || s.Reward.Sign() < 0:
		return errors.New("deploy: a negative bond, stake or reward")
	}
	return nil
}

// Addresses are the deployed contracts.
type Addresses struct {
	Inbox        common.Address
	Bridge       common.Address
	FraudVM      common.Address
	ChainVM      common.Address
	ChainMachine common.Address
	Rollup       common.Address
}

// Backend is what Deploy needs from an L1 client: sending transactions and waiting for their
// receipts.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deploy deploys the six contracts from auth.From and waits for their receipts. It uses
// auth.Nonce and the five after it if auth.Nonce is set, else the account's pending nonce and
// the five after; auth itself is not modified. ctx bounds the whole deployment, including the
// waits.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg Config) (*Addresses, error) {
	switch {
	case cfg.Batcher == (common.Address{}):
		return nil, errors.New("deploy: no batcher address")
	case cfg.ChainID == 0:
		return nil, errors.New("deploy: no chain id")
	case cfg.GenesisRoot == (common.Hash{}):
		return nil, errors.New("deploy: no genesis state root")
	}
	set := cfg.Settlement.withDefaults()
	if err := set.Check(); err != nil {
		return nil, err
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
	at := func(i uint64) common.Address { return crypto.CreateAddress(auth.From, nonce+i) }
	want := Addresses{Inbox: at(0), Bridge: at(1), FraudVM: at(2), ChainVM: at(3), ChainMachine: at(4), Rollup: at(5)}

	// The Bridge's and the Rollup's constructors call the Inbox, so the Inbox must be mined
	// before their gas is estimated; the other five do not call each other and go out together.
	opts.Nonce = new(big.Int).SetUint64(nonce)
	inboxArgs := bindings.NewInbox().PackConstructor(cfg.Batcher, want.Bridge, cfg.ForceInclusionDelay)
	inbox, err := send(&opts, backend, "Inbox", bindings.InboxMetaData.Bin, inboxArgs, want.Inbox)
	if err != nil {
		return nil, err
	}
	if err := wait(ctx, backend, inbox); err != nil {
		return nil, err
	}
	proposers := set.Proposers
	if proposers == nil {
		proposers = []common.Address{}
	}
	rest := []struct {
		name, bin string
		args      []byte
		at        common.Address
	}{
		{"Bridge", bindings.BridgeMetaData.Bin, bindings.NewBridge().PackConstructor(want.Inbox, want.Rollup), want.Bridge},
		{"FraudVM", bindings.FraudVMMetaData.Bin, nil, want.FraudVM},
		{"ChainVM", bindings.ChainVMMetaData.Bin, bindings.NewChainVM().PackConstructor(want.Inbox, want.FraudVM, cfg.ChainID), want.ChainVM},
		{"ChainMachine", bindings.ChainMachineMetaData.Bin, bindings.NewChainMachine().PackConstructor(want.ChainVM), want.ChainMachine},
		{"Rollup", bindings.RollupMetaData.Bin, bindings.NewRollup().PackConstructor(want.Inbox, want.ChainMachine, cfg.GenesisRoot,
			set.Bond, set.Receiver, new(big.Int).SetUint64(set.K), set.Height0, set.Height1, set.ChallengePeriod, set.Stake1,
			set.Reward, proposers), want.Rollup},
	}
	sent := make([]pending, 0, len(rest))
	for i, c := range rest {
		opts.Nonce = new(big.Int).SetUint64(nonce + 1 + uint64(i))
		p, err := send(&opts, backend, c.name, c.bin, c.args, c.at)
		if err != nil {
			return nil, err
		}
		sent = append(sent, p)
	}
	for _, p := range sent {
		if err := wait(ctx, backend, p); err != nil {
			return nil, err
		}
	}
	return &want, nil
}

// pending is a creation transaction sent and not yet mined.
type pending struct {
	name string
	tx   *types.Transaction
	at   common.Address
}

// send sends one creation transaction, which must create the contract at want.
func send(opts *bind.TransactOpts, backend Backend, name, bin string, args []byte, want common.Address) (pending, error) {
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), backend, args)
	if err != nil {
		return pending{}, fmt.Errorf("deploy: %s: %w", name, err)
	}
	if addr != want {
		return pending{}, fmt.Errorf("deploy: %s would be at %s, want %s", name, addr, want)
	}
	return pending{name: name, tx: tx, at: want}, nil
}

// wait waits until p is mined with code at its address.
func wait(ctx context.Context, backend Backend, p pending) error {
	receipt, err := bind.WaitMined(ctx, backend, p.tx.Hash())
	if err != nil {
		return fmt.Errorf("deploy: %s: waiting for %s: %w", p.name, p.tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("deploy: %s: transaction %s reverted", p.name, p.tx.Hash())
	}
	code, err := backend.CodeAt(ctx, p.at, receipt.BlockNumber)
	if err != nil {
		return fmt.Errorf("deploy: %s: code at %s: %w", p.name, p.at, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("deploy: %s: no code at %s after deployment", p.name, p.at)
	}
	return nil
}
