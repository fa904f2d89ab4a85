// Package genesis builds a chain's initial state from its configuration: the memory at genesis
// and the machine configuration (EIP-712 domain) that the sequencer, executors and challengers
// must share. Two services with the same chain settings start from the same state root.
package genesis

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/config"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Chain is a chain's genesis.
type Chain struct {
	Cfg     stf.Config     // the machine configuration (EIP-712 domain)
	Globals layout.Globals // the genesis globals
	Mem     *memory.Memory // the genesis memory; Snapshot it before writing
}

// New builds the genesis of the chain c describes.
func New(c config.ChainConfig) (*Chain, error) {
	accs, err := c.GenesisAccounts()
	if err != nil {
		return nil, err
	}
	g := layout.Globals{StepPrice: c.StepPrice, BytePrice: c.BytePrice, FlatPrice: c.FlatPrice, FeeRecipient: c.FeeRecipient}
	records := make([]layout.Account, len(accs))
	for i, a := range accs {
		records[i] = layout.Account{Address: a.Address, Balance: *a.Balance}
	}
	mem := memory.New()
	if err := stf.Genesis(mem, g, records...); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	g.Accounts = uint32(len(records))
	mem.Root()
	return &Chain{Cfg: stf.Config{Domain: msg.Domain{ChainID: c.ChainID, VerifyingContract: common.HexToAddress(c.Inbox)}}, Globals: g, Mem: mem}, nil
}

// Root is the genesis state root.
func (c *Chain) Root() common.Hash { return c.Mem.Root() }
