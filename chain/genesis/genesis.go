// Package genesis builds a chain's initial state from its configuration: the memory at genesis
// and the machine configuration (EIP-712 domain) that the sequencer, executors and challengers
// must share. Two services with the same chain settings start from the same state root.
// It implements docs/spec/chain.md §2.5 (genesis).
package genesis

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Config is the chain every service must agree on: the EIP-712 domain, the genesis state and its
// prices (docs/spec/chain.md §2.5, §6).
type Config struct {
	// ChainID is the rollup's chain id, bound into every signed message.
	ChainID uint64
	// Inbox is the L1 Inbox address, the EIP-712 verifying contract; the zero address for a
	// chain run without L1.
	Inbox common.Address
	// StepPrice, BytePrice and FlatPrice are the genesis prices in wei.
	StepPrice, BytePrice, FlatPrice uint64
	// HeapPrice is the deposit, in wei per byte of heap slot, that a new program's first chunk
	// takes and its last returns (docs/spec/chain.md §6): what an abandoned upload forfeits.
	HeapPrice uint64
	// FeeRecipient is the account index fees are paid to.
	FeeRecipient uint32
	// Accounts are funded at genesis, account i being the i-th entry: for a chain without an L1
	// Bridge. Empty on a chain with one.
	Accounts []Account
}

// Account is one funded genesis account.
type Account struct {
	Address common.Address
	Balance *uint256.Int
}

// DefaultHeapPrice is 1 gwei a byte: filling the 2^38-byte heap with abandoned uploads forfeits
// 2^38 gwei (about 275 ETH), while a 1 MiB program deposits about 0.001 ETH until it is ready.
const DefaultHeapPrice = 1_000_000_000

// DefaultConfig is the chain crollup runs when nothing is set: chain id 42069, no L1, prices
// of 1 wei a step and a byte and 1000 wei a message, a heap deposit of 1 gwei a byte.
func DefaultConfig() Config {
	return Config{ChainID: 42069, StepPrice: 1, BytePrice: 1, FlatPrice: 1000, HeapPrice: DefaultHeapPrice}
}

// Check reports the first invalid setting.
func (c Config) Check() error {
	for i, a := range c.Accounts {
		if a.Balance == nil {
			return fmt.Errorf("genesis account %d (%s): no balance", i, a.Address)
		}
	}
	return nil
}

// Chain is a chain's genesis.
type Chain struct {
	Cfg     stf.Config     // the machine configuration (EIP-712 domain)
	Globals layout.Globals // the genesis globals
	Mem     *memory.Memory // the genesis memory; Snapshot it before writing
}

// New builds the genesis of the chain c describes.
func New(c Config) (*Chain, error) {
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	g := layout.Globals{StepPrice: c.StepPrice, BytePrice: c.BytePrice, FlatPrice: c.FlatPrice, FeeRecipient: c.FeeRecipient,
		HeapPrice: c.HeapPrice}
	records := make([]layout.Account, len(c.Accounts))
	for i, a := range c.Accounts {
		records[i] = layout.Account{Address: a.Address, Balance: *a.Balance}
	}
	mem := memory.New()
	if err := stf.Genesis(mem, g, records...); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	g.Accounts = uint32(len(records))
	mem.Root()
	return &Chain{Cfg: stf.Config{Domain: msg.Domain{ChainID: c.ChainID, VerifyingContract: c.Inbox}}, Globals: g, Mem: mem}, nil
}

// Root is the genesis state root.
func (c *Chain) Root() common.Hash { return c.Mem.Root() }
