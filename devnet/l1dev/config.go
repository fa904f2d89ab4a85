package l1dev

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
)

const (
	// DefaultBlockTime is the block time DefaultConfig sets: 2 s keeps a devnet lively and gives the
	// payload builder and the blob pool's KZG checks room on a loaded machine.
	DefaultBlockTime = 2 * time.Second
	// DefaultChainID is the chain id when Config.ChainID is 0. 1337 is go-ethereum's dev-chain id (geth --dev,
	// ethclient/simulated), so wallets and tools that know "a local geth" know it.
	DefaultChainID = 1337
	// DefaultGasLimit is the block gas limit when Config.GasLimit is 0 (go-ethereum's default gas ceiling).
	DefaultGasLimit = 60_000_000
	// DefaultHost is the interface every endpoint listens on when Config.Host is "".
	DefaultHost = "127.0.0.1"

	// DevAccounts is how many DevKeys accounts genesis funds.
	DevAccounts = 20
	// devKeyDomain separates dev-key derivation from any other keccak use.
	devKeyDomain = "crollup/l1dev/dev-key/"
)

// DevBalance is the genesis balance of every DevKeys account: one million ether.
func DevBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
}

// Config configures an embedded L1. The zero value is usable: an on-demand chain (blocks only on Mine) with chain
// id 1337, in memory, on ephemeral ports. DefaultConfig is what a devnet wants (a block every 2 s).
type Config struct {
	// BlockTime is the time between blocks, a whole number of seconds (block timestamps are seconds).
	// 0 produces blocks only when Mine is called; the beacon API then reports 1-second slots.
	BlockTime time.Duration
	// ChainID is the L1 chain id; 0 means DefaultChainID.
	ChainID uint64
	// GasLimit is the block gas limit; 0 means DefaultGasLimit.
	GasLimit uint64
	// Prefund adds genesis balances on top of the DevKeys accounts (an address in both gets its Prefund balance).
	// Like ChainID, it only applies when the chain is created: reopening a DataDir keeps the stored genesis.
	Prefund map[common.Address]*big.Int
	// FeeRecipient receives the priority fees of every block (the zero address by default).
	FeeRecipient common.Address
	// FinalityDepth is how many blocks the finalized block trails the head by. 0 finalizes every block as it is
	// produced (no reorgs can happen here: this driver is the only block producer); safe always equals head.
	FinalityDepth uint64
	// DataDir keeps the chain, its blobs and its genesis across runs. "" keeps the chain in memory and the blobs
	// in a temporary directory removed by Stop: such an L1 is gone when it stops.
	DataDir string
	// Host is the interface the JSON-RPC and beacon endpoints listen on; "" means DefaultHost (loopback only).
	Host string
	// HTTPPort is the JSON-RPC port, serving HTTP and WebSocket alike; 0 picks a free port.
	HTTPPort int
	// BeaconPort is the beacon API port; 0 picks a free port.
	BeaconPort int
	// Log receives this package's logs. When set, go-ethereum's process-wide logger is pointed at it too, from New
	// to Stop (go-ethereum logs through a global, so with several L1s in one process the last one wins); nil
	// discards both and leaves the global alone.
	Log log.Logger
}

// DefaultConfig returns the devnet configuration: a block every DefaultBlockTime, everything else zero.
func DefaultConfig() Config {
	return Config{BlockTime: DefaultBlockTime}
}

// slotSeconds is the beacon slot length the chain uses: the block time, or 1 s for an on-demand chain (any
// strictly increasing run of whole-second timestamps then maps to distinct slots).
func (c *Config) slotSeconds() uint64 {
	if c.BlockTime == 0 {
		return 1
	}
	return uint64(c.BlockTime / time.Second)
}

// withDefaults validates c and returns a copy with defaults filled in.
func (c Config) withDefaults() (Config, error) {
	if c.BlockTime < 0 || c.BlockTime%time.Second != 0 {
		return c, fmt.Errorf("block time %v: must be 0 (on demand) or a whole number of seconds", c.BlockTime)
	}
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.GasLimit < params.MinGasLimit {
		return c, fmt.Errorf("gas limit %d: below the protocol minimum %d", c.GasLimit, params.MinGasLimit)
	}
	if c.Host == "" {
		c.Host = DefaultHost
	}
	for _, port := range []int{c.HTTPPort, c.BeaconPort} {
		if port < 0 || port > 65535 {
			return c, fmt.Errorf("port %d: out of range", port)
		}
	}
	for addr, bal := range c.Prefund {
		if bal == nil || bal.Sign() < 0 {
			return c, fmt.Errorf("prefund %s: balance must be non-negative", addr)
		}
	}
	if c.Log == nil {
		c.Log = log.NewLogger(log.DiscardHandler())
	}
	return c, nil
}

// DevKeys returns the first n of DevAccounts deterministic keys that genesis funds with DevBalance each.
// They are PUBLIC (anyone can derive them from this source): use them on dev chains only, never on a real network.
// Key i is keccak256("crollup/l1dev/dev-key/" + decimal i). It panics if n is outside [0, DevAccounts].
func DevKeys(n int) []*ecdsa.PrivateKey {
	if n < 0 || n > DevAccounts {
		panic(fmt.Sprintf("l1dev: DevKeys(%d): only %d dev accounts exist", n, DevAccounts))
	}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		key, err := devKey(i)
		if err != nil {
			// A keccak output outside [1, secp256k1 N) has probability ~2^-128; the tests derive every key.
			panic(fmt.Sprintf("l1dev: dev key %d: %v", i, err))
		}
		keys[i] = key
	}
	return keys
}

func devKey(i int) (*ecdsa.PrivateKey, error) {
	seed := crypto.Keccak256([]byte(devKeyDomain + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		return nil, errors.Join(errors.New("derived scalar is not a valid key"), err)
	}
	return key, nil
}
