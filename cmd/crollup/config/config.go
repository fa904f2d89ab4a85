// Package config is the command line's view of crollup's configuration: a struct of plain values
// with their defaults, merged from a config file, CROLLUP_* environment variables and flags (flag >
// environment > file > default), then mapped onto each service's typed Config and checked by the
// service's own rules (Validate). Only cmd/crollup imports it; libraries never see viper or flags.
package config

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/sequencer"
)

// EnvPrefix is the prefix of every environment variable crollup reads. The variable for a key is
// the prefix, an underscore, and the key upper-cased with '.' and '-' replaced by '_'
// (log.level → CROLLUP_LOG_LEVEL).
const EnvPrefix = "CROLLUP"

// ConfigFileEnv names the config file when --config is not given.
const ConfigFileEnv = EnvPrefix + "_CONFIG"

// Config is the whole configuration. Each field's mapstructure tag is its key in config files; a
// nested struct adds a dotted level (Log.Level is log.level).
type Config struct {
	Log        LogConfig        `mapstructure:"log"`
	VM         VMConfig         `mapstructure:"vm"`
	Chain      ChainConfig      `mapstructure:"chain"`
	Sequencer  SequencerConfig  `mapstructure:"sequencer"`
	Executor   ExecutorConfig   `mapstructure:"executor"`
	L1         L1Config         `mapstructure:"l1"`
	Batcher    BatcherConfig    `mapstructure:"batcher"`
	Proposer   ProposerConfig   `mapstructure:"proposer"`
	Challenger ChallengerConfig `mapstructure:"challenger"`
}

// ChallengerConfig configures `crollup challenger`: a watcher that derives the chain from L1
// (l1.*), mirrors the Rollup (found through l1.bridge) and disputes every wrong assertion from
// the key in key-file.
type ChallengerConfig struct {
	// KeyFile holds the challenger's hex private key (it pays bonds, stakes and gas).
	KeyFile string `mapstructure:"key-file"`
	// DataDir holds the journal of moves (Pebble).
	DataDir string `mapstructure:"data-dir"`
	// PollInterval is the time between rounds (Go duration).
	PollInterval string `mapstructure:"poll-interval"`
	// FromBlock is the L1 block the Rollup was deployed at (the mirror reads from there).
	FromBlock uint64 `mapstructure:"from-block"`
	// Confirmations is how many L1 blocks each move waits for.
	Confirmations uint64 `mapstructure:"confirmations"`
	// MetricsHost and MetricsPort serve /metrics and /healthz; port 0 disables them.
	MetricsHost string `mapstructure:"metrics-host"`
	MetricsPort int    `mapstructure:"metrics-port"`
	// HealthMaxFailures failed rounds in a row, or none successful for HealthTimeout (Go
	// duration), make /healthz 503.
	HealthMaxFailures int    `mapstructure:"health-max-failures"`
	HealthTimeout     string `mapstructure:"health-timeout"`
	// LowClock raises the clock_low alert when a wrong claim is this many L1 blocks from
	// confirming by time.
	LowClock uint64 `mapstructure:"low-clock"`
}

// ProposerConfig configures the proposer `crollup executor --propose` runs beside the executor:
// it asserts the executor's roots on the Rollup (found through l1.bridge) from the key in
// key-file.
type ProposerConfig struct {
	// Enabled runs the proposer.
	Enabled bool `mapstructure:"enabled"`
	// KeyFile holds the proposer's hex private key (it pays the bond and the gas).
	KeyFile string `mapstructure:"key-file"`
	// MaxBatches and MaxAge are the cadence: assert once this many batches wait, or once at
	// least one does and MaxAge (Go duration) has passed since the last assertion.
	MaxBatches uint64 `mapstructure:"max-batches"`
	MaxAge     string `mapstructure:"max-age"`
	// PollInterval is how often it looks at the Rollup (Go duration).
	PollInterval string `mapstructure:"poll-interval"`
	// FromBlock is the L1 block the Rollup's logs are read from (its deployment block).
	FromBlock uint64 `mapstructure:"from-block"`
	// Confirmations is how many L1 blocks each of its transactions waits for.
	Confirmations uint64 `mapstructure:"confirmations"`
}

// L1Config is the Ethereum L1 the chain lives on. With an empty RPC the services run without L1
// (no deposits, nothing posted).
type L1Config struct {
	// RPC is the execution node's JSON-RPC URL.
	RPC string `mapstructure:"rpc"`
	// Beacon is the beacon node's HTTP API URL (blobs are read from it).
	Beacon string `mapstructure:"beacon"`
	// Bridge is the Bridge contract (the Inbox is chain.inbox).
	Bridge string `mapstructure:"bridge"`
	// Confirmations is how many blocks behind the L1 head deposits and batches are read, so that
	// a reorg shallower than that cannot take back what the chain applied (4, as op-node's
	// sequencer confirmation depth; the devnet, whose L1 cannot reorg, uses 0).
	Confirmations uint64 `mapstructure:"confirmations"`
}

// BatcherConfig configures crollup batcher.
type BatcherConfig struct {
	// Sequencer is the sequencer's JSON-RPC URL the batcher reads sealed batches from.
	Sequencer string `mapstructure:"sequencer"`
	// KeyFile holds the hex private key of the Inbox's batcher address (the only address the
	// Inbox accepts batches from).
	KeyFile string `mapstructure:"key-file"`
	// PollInterval is how often the batcher looks for a sealed batch (Go duration).
	PollInterval string `mapstructure:"poll-interval"`
	// Confirmations is how deep a batch transaction must be before it counts as posted.
	Confirmations uint64 `mapstructure:"confirmations"`
	// MaxPending is how many batch transactions may be in flight at once.
	MaxPending int `mapstructure:"max-pending"`
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables them.
	MetricsHost string `mapstructure:"metrics-host"`
	MetricsPort int    `mapstructure:"metrics-port"`
	// HealthMaxFailures is how many times in a row the same failure makes /healthz report the
	// batcher stuck.
	HealthMaxFailures int `mapstructure:"health-max-failures"`
	// HealthL1Timeout is how long without a successful L1 read makes the batcher unhealthy (Go
	// duration).
	HealthL1Timeout string `mapstructure:"health-l1-timeout"`
}

// ChainConfig is the chain every service must agree on: the EIP-712 domain, the genesis state
// (docs/spec/chain.md §2.5) and its prices.
type ChainConfig struct {
	// ChainID is the rollup's chain id, bound into every signed message.
	ChainID uint64 `mapstructure:"chain-id"`
	// Inbox is the L1 Inbox address, the EIP-712 verifying contract; the zero address for a
	// chain run without L1.
	Inbox string `mapstructure:"inbox"`
	// StepPrice, BytePrice and FlatPrice are the genesis prices in wei (chain.md §6).
	StepPrice uint64 `mapstructure:"step-price"`
	BytePrice uint64 `mapstructure:"byte-price"`
	FlatPrice uint64 `mapstructure:"flat-price"`
	// HeapPrice is the deposit a new program reserves its heap slot with, in wei a byte.
	HeapPrice uint64 `mapstructure:"heap-price"`
	// FeeRecipient is the account index fees are paid to.
	FeeRecipient uint32 `mapstructure:"fee-recipient"`
	// Accounts funds genesis accounts on a chain without an L1 Bridge: a comma-separated list of
	// address=wei; account i is the i-th entry. Empty on a chain with a Bridge.
	Accounts string `mapstructure:"accounts"`
}

// SequencerConfig configures crollup sequencer.
type SequencerConfig struct {
	// DataDir holds the sequencer's Pebble database (blocks, admitted messages).
	DataDir string `mapstructure:"data-dir"`
	// RPCHost and RPCPort are where the JSON-RPC server listens.
	RPCHost string `mapstructure:"rpc-host"`
	RPCPort int    `mapstructure:"rpc-port"`
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables them.
	MetricsHost string `mapstructure:"metrics-host"`
	MetricsPort int    `mapstructure:"metrics-port"`
	// BlockTime is how often a block is produced when messages are pending (Go duration).
	BlockTime string `mapstructure:"block-time"`
	// MaxBlockMessages and MaxBlockBytes bound a block (the bytes of its one-block payload).
	MaxBlockMessages int `mapstructure:"max-block-messages"`
	MaxBlockBytes    int `mapstructure:"max-block-bytes"`
	// MempoolPerAccount and MempoolTotal bound admitted messages not yet in a block.
	MempoolPerAccount int `mapstructure:"mempool-per-account"`
	MempoolTotal      int `mapstructure:"mempool-total"`
	// MaxBatchBytes bounds the payload of one batch (at most 761856, six blobs); a block that
	// would pass it starts the next batch.
	MaxBatchBytes int `mapstructure:"max-batch-bytes"`
	// BatchAge seals a batch this long after its first block, so the batcher can post it (Go
	// duration).
	BatchAge string `mapstructure:"batch-age"`
	// RPCBatchLimit, RPCBatchResponseBytes and RPCBodyBytes bound one JSON-RPC request: the
	// calls in a batch, the bytes of a batch's results, the bytes of a request body.
	RPCBatchLimit         int `mapstructure:"rpc-batch-limit"`
	RPCBatchResponseBytes int `mapstructure:"rpc-batch-response-bytes"`
	RPCBodyBytes          int `mapstructure:"rpc-body-bytes"`
	// RPCRatePerIP and RPCRateBurst bound the JSON-RPC requests of one client address: requests
	// a second and the burst (HTTP 429 beyond); rate 0 is no limit.
	RPCRatePerIP int `mapstructure:"rpc-rate-per-ip"`
	RPCRateBurst int `mapstructure:"rpc-rate-burst"`
	// HealthL1Timeout is how long without a successful L1 read makes the sequencer unhealthy
	// (Go duration; with L1 only).
	HealthL1Timeout string `mapstructure:"health-l1-timeout"`
	// ResequenceAfter is how long L1 may lack a deposit the chain applied before the sequencer
	// sequences the chain again from the last deposit L1 holds (Go duration; with L1 only).
	ResequenceAfter string `mapstructure:"resequence-after"`
}

// ExecutorConfig configures crollup executor.
type ExecutorConfig struct {
	// DataDir holds the executor's Pebble database (state pages, roots, job outputs).
	DataDir string `mapstructure:"data-dir"`
	// Sequencer is the sequencer's JSON-RPC URL the executor follows.
	Sequencer string `mapstructure:"sequencer"`
	// RPCHost and RPCPort are where the executor's JSON-RPC server listens.
	RPCHost string `mapstructure:"rpc-host"`
	RPCPort int    `mapstructure:"rpc-port"`
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables them.
	MetricsHost string `mapstructure:"metrics-host"`
	MetricsPort int    `mapstructure:"metrics-port"`
	// ExplorerHost and ExplorerPort serve the explorer web page; port -1 disables it.
	ExplorerHost string `mapstructure:"explorer-host"`
	ExplorerPort int    `mapstructure:"explorer-port"`
	// PollInterval is how often the executor asks the sequencer for new blocks (Go duration).
	PollInterval string `mapstructure:"poll-interval"`
	// Source is where blocks come from: "sequencer" (follow executor.sequencer) or "l1" (derive
	// them from the Inbox and the beacon blob API alone, l1.*).
	Source string `mapstructure:"source"`
	// RPCBatchLimit, RPCBatchResponseBytes and RPCBodyBytes bound one JSON-RPC request: the
	// calls in a batch, the bytes of a batch's results, the bytes of a request body.
	RPCBatchLimit         int `mapstructure:"rpc-batch-limit"`
	RPCBatchResponseBytes int `mapstructure:"rpc-batch-response-bytes"`
	RPCBodyBytes          int `mapstructure:"rpc-body-bytes"`
	// HealthSourceTimeout is how long the block source may not answer before the executor is
	// unhealthy (Go duration).
	HealthSourceTimeout string `mapstructure:"health-source-timeout"`
	// HealthMaxLag and HealthLagTimeout: more than HealthMaxLag blocks behind the source's head
	// for longer than HealthLagTimeout (Go duration) makes the executor unhealthy.
	HealthMaxLag     uint64 `mapstructure:"health-max-lag"`
	HealthLagTimeout string `mapstructure:"health-lag-timeout"`
}

// LogConfig configures the process logger (op-service log).
type LogConfig struct {
	// Level is the lowest level logged: trace, debug, info, warn, error or crit.
	Level string `mapstructure:"level"`
	// Format is one of op-service's formats: text, terminal, logfmt, logfmtms, json, jsonms.
	Format string `mapstructure:"format"`
	// Color is auto, true or false. auto colors when the log goes to a terminal.
	Color string `mapstructure:"color"`
}

// VMConfig configures local fraudvm execution.
type VMConfig struct {
	// Workers is the number of CPU threads bulk execution uses; 0 means one per usable CPU
	// (GOMAXPROCS).
	Workers int `mapstructure:"workers"`
	// Devices is the comma-separated list of devices jobs run on (executor.DeviceSpecHelp):
	// auto takes every OpenCL GPU there is, and the CPU.
	Devices string `mapstructure:"devices"`
	// OpenCLCacheDir keeps compiled OpenCL kernels ("" = the user cache directory, "-" = none).
	OpenCLCacheDir string `mapstructure:"opencl-cache-dir"`
	// OpenCLMemLimitMiB bounds the device memory one instruction uses (0 = half the device's).
	OpenCLMemLimitMiB int `mapstructure:"opencl-mem-limit-mib"`
	// OpenCLMatMul picks the OpenCL MATMUL kernel: "" (dp4a on NVIDIA, generic elsewhere),
	// generic or dp4a.
	OpenCLMatMul string `mapstructure:"opencl-matmul"`
}

// Backends maps the vm settings onto the executor's device options.
func (v VMConfig) Backends() (executor.BackendOptions, error) {
	devs, err := executor.ParseDevices(v.Devices)
	if err != nil {
		return executor.BackendOptions{}, fmt.Errorf("vm.devices: %w", err)
	}
	switch v.OpenCLMatMul {
	case "", "generic", "dp4a":
	default:
		return executor.BackendOptions{}, fmt.Errorf("vm.opencl-matmul: want generic or dp4a, got %q", v.OpenCLMatMul)
	}
	if v.OpenCLMemLimitMiB < 0 {
		return executor.BackendOptions{}, fmt.Errorf("vm.opencl-mem-limit-mib: want 0 or more, got %d", v.OpenCLMemLimitMiB)
	}
	return executor.BackendOptions{
		Devices: devs,
		OpenCL:  bulk.OpenCLOptions{CacheDir: v.OpenCLCacheDir, MemLimit: v.OpenCLMemLimitMiB << 20, MatMul: v.OpenCLMatMul},
		Workers: v.Workers,
	}, nil
}

// Default returns the configuration used when nothing is set: it runs on any machine. The
// services' own settings come from their DefaultConfig, so a default lives in one place; what is
// set here is what only a process has (data directories, ports, URLs of the other services).
func Default() Config {
	g, seq, exe, bat := genesis.DefaultConfig(), sequencer.DefaultConfig(), executor.DefaultConfig(), batcher.DefaultConfig()
	pro, cha := proposer.DefaultConfig(), challenger.DefaultRunnerConfig()
	return Config{
		Log: LogConfig{Level: "info", Format: string(oplog.FormatText), Color: "auto"},
		VM:  VMConfig{Workers: exe.Workers, Devices: "auto"},
		Chain: ChainConfig{ChainID: g.ChainID, Inbox: g.Inbox.Hex(), StepPrice: g.StepPrice, BytePrice: g.BytePrice,
			FlatPrice: g.FlatPrice, HeapPrice: g.HeapPrice, FeeRecipient: g.FeeRecipient},
		Sequencer: SequencerConfig{DataDir: "crollup-data/sequencer", RPCHost: seq.RPCHost, RPCPort: 8645,
			MetricsHost: seq.MetricsHost, MetricsPort: seq.MetricsPort, BlockTime: seq.BlockTime.String(),
			MaxBlockMessages: seq.MaxBlockMessages, MaxBlockBytes: seq.MaxBlockBytes, MempoolPerAccount: seq.MempoolPerAccount,
			MempoolTotal: seq.MempoolTotal, MaxBatchBytes: seq.MaxBatchBytes, BatchAge: seq.BatchAge.String(),
			RPCBatchLimit: seq.RPCBatchLimit, RPCBatchResponseBytes: seq.RPCBatchResponseBytes, RPCBodyBytes: seq.RPCBodyBytes,
			RPCRatePerIP: seq.RPCRatePerIP, RPCRateBurst: seq.RPCRateBurst, HealthL1Timeout: seq.HealthL1Timeout.String(),
			ResequenceAfter: seq.ResequenceAfter.String()},
		Executor: ExecutorConfig{DataDir: "crollup-data/executor", Sequencer: "http://127.0.0.1:8645", RPCHost: exe.RPCHost,
			RPCPort: 8646, MetricsHost: exe.MetricsHost, MetricsPort: exe.MetricsPort, ExplorerHost: exe.ExplorerHost,
			ExplorerPort: exe.ExplorerPort, PollInterval: exe.PollInterval.String(),
			Source: "sequencer", RPCBatchLimit: exe.RPCBatchLimit, RPCBatchResponseBytes: exe.RPCBatchResponseBytes,
			RPCBodyBytes: exe.RPCBodyBytes, HealthSourceTimeout: exe.HealthSourceTimeout.String(), HealthMaxLag: exe.HealthMaxLag,
			HealthLagTimeout: exe.HealthLagTimeout.String()},
		L1: L1Config{RPC: "", Beacon: "", Bridge: "0x0000000000000000000000000000000000000000", Confirmations: 4},
		Batcher: BatcherConfig{Sequencer: "http://127.0.0.1:8645", KeyFile: "", PollInterval: bat.PollInterval.String(),
			Confirmations: bat.TxMgr.Confirmations, MaxPending: bat.MaxPending, MetricsHost: bat.MetricsHost, MetricsPort: bat.MetricsPort,
			HealthMaxFailures: bat.HealthMaxFailures, HealthL1Timeout: bat.HealthL1Timeout.String()},
		Proposer: ProposerConfig{MaxBatches: pro.MaxBatches, MaxAge: pro.MaxAge.String(), PollInterval: pro.PollInterval.String(),
			Confirmations: 1},
		Challenger: ChallengerConfig{DataDir: "crollup-data/challenger", PollInterval: cha.PollInterval.String(), Confirmations: 1,
			MetricsHost: cha.MetricsHost, MetricsPort: cha.MetricsPort, HealthMaxFailures: cha.HealthMaxFailures,
			HealthTimeout: cha.HealthTimeout.String(), LowClock: 600},
	}
}

// Validate reports the first invalid setting, naming its key. It checks that every value has its
// type (a level, a duration, an address) here, and each service's rules once, through the
// service's own Check (sequencer.Config.Check, …), in a fixed order: log, vm, chain, l1,
// sequencer, executor, batcher.
func (c Config) Validate() error {
	if _, err := c.Log.LoggerConfig(false); err != nil {
		return err
	}
	if c.VM.Workers < 0 {
		return fmt.Errorf("vm.workers: want 0 (one per CPU) or more, got %d", c.VM.Workers)
	}
	if _, err := c.VM.Backends(); err != nil {
		return err
	}
	if _, err := c.Chain.Genesis(); err != nil {
		return err
	}
	if !common.IsHexAddress(c.L1.Bridge) {
		return fmt.Errorf("l1.bridge: want a 0x-prefixed address, got %q", c.L1.Bridge)
	}
	if _, err := c.SequencerConfig(); err != nil {
		return err
	}
	if _, err := c.ExecutorConfig(); err != nil {
		return err
	}
	if _, err := c.BatcherConfig(); err != nil {
		return err
	}
	if _, err := c.ProposerConfig(common.Address{1}); err != nil {
		return err
	}
	if _, err := c.ChallengerConfig(); err != nil {
		return err
	}
	return nil
}

// ChallengerConfig returns challenger.* as the challenger's runner takes it, checked by its
// rules. The key, the data dir, the first block and the confirmations are the caller's.
func (c Config) ChallengerConfig() (challenger.RunnerConfig, error) {
	p := c.Challenger
	out := challenger.DefaultRunnerConfig()
	out.MetricsHost, out.MetricsPort, out.HealthMaxFailures = p.MetricsHost, p.MetricsPort, p.HealthMaxFailures
	var err error
	if out.PollInterval, err = duration("challenger.poll-interval", p.PollInterval); err != nil {
		return out, err
	}
	if out.HealthTimeout, err = duration("challenger.health-timeout", p.HealthTimeout); err != nil {
		return out, err
	}
	if err := out.Check(); err != nil {
		return out, fmt.Errorf("challenger.*: %w", err)
	}
	return out, nil
}

// ProposerConfig returns proposer.* as the proposer takes it, for the Rollup at rollup, checked
// by its rules. The key is the caller's to read from proposer.key-file.
func (c Config) ProposerConfig(rollup common.Address) (proposer.Config, error) {
	p := c.Proposer
	out := proposer.DefaultConfig()
	out.Rollup, out.MaxBatches, out.FromBlock = rollup, p.MaxBatches, p.FromBlock
	var err error
	if out.MaxAge, err = duration("proposer.max-age", p.MaxAge); err != nil {
		return out, err
	}
	if out.PollInterval, err = duration("proposer.poll-interval", p.PollInterval); err != nil {
		return out, err
	}
	switch {
	case out.MaxBatches == 0:
		return out, errors.New("proposer.max-batches: want at least 1")
	case out.MaxAge <= 0:
		return out, fmt.Errorf("proposer.max-age: want a positive duration, got %s", p.MaxAge)
	case out.PollInterval <= 0:
		return out, fmt.Errorf("proposer.poll-interval: want a positive duration, got %s", p.PollInterval)
	}
	return out, out.Check()
}

// SequencerConfig returns sequencer.* as the sequencer takes it, checked by its rules. DataDir,
// RPC and metrics addresses are set; L1 is the caller's.
func (c Config) SequencerConfig() (sequencer.Config, error) {
	s := c.Sequencer
	out := sequencer.DefaultConfig()
	out.DataDir, out.RPCHost, out.RPCPort, out.MetricsHost, out.MetricsPort = s.DataDir, s.RPCHost, s.RPCPort, s.MetricsHost, s.MetricsPort
	out.MaxBlockMessages, out.MaxBlockBytes, out.MaxBatchBytes = s.MaxBlockMessages, s.MaxBlockBytes, s.MaxBatchBytes
	out.MempoolPerAccount, out.MempoolTotal = s.MempoolPerAccount, s.MempoolTotal
	out.RPCBatchLimit, out.RPCBatchResponseBytes, out.RPCBodyBytes = s.RPCBatchLimit, s.RPCBatchResponseBytes, s.RPCBodyBytes
	out.RPCRatePerIP, out.RPCRateBurst = s.RPCRatePerIP, s.RPCRateBurst
	var err error
	if out.BlockTime, err = duration("sequencer.block-time", s.BlockTime); err != nil {
		return out, err
	}
	if out.BatchAge, err = duration("sequencer.batch-age", s.BatchAge); err != nil {
		return out, err
	}
	if out.HealthL1Timeout, err = duration("sequencer.health-l1-timeout", s.HealthL1Timeout); err != nil {
		return out, err
	}
	if out.ResequenceAfter, err = duration("sequencer.resequence-after", s.ResequenceAfter); err != nil {
		return out, err
	}
	if err := out.Check(); err != nil {
		return out, fmt.Errorf("sequencer.%w", err)
	}
	return out, nil
}

// ExecutorConfig returns executor.* (and vm.workers) as the executor takes it, checked by its
// rules. Which block source to use (executor.source) is the command's choice.
func (c Config) ExecutorConfig() (executor.Config, error) {
	e := c.Executor
	out := executor.DefaultConfig()
	out.DataDir, out.Sequencer, out.RPCHost, out.RPCPort = e.DataDir, e.Sequencer, e.RPCHost, e.RPCPort
	out.MetricsHost, out.MetricsPort, out.Workers = e.MetricsHost, e.MetricsPort, c.VM.Workers
	backends, err := c.VM.Backends()
	if err != nil {
		return out, err
	}
	out.Backends, out.GPUMetrics = backends, true
	out.ExplorerHost, out.ExplorerPort = e.ExplorerHost, e.ExplorerPort
	out.RPCBatchLimit, out.RPCBatchResponseBytes, out.RPCBodyBytes = e.RPCBatchLimit, e.RPCBatchResponseBytes, e.RPCBodyBytes
	if e.Source != "sequencer" && e.Source != "l1" {
		return out, fmt.Errorf("executor.source: want sequencer or l1, got %q", e.Source)
	}
	if out.PollInterval, err = duration("executor.poll-interval", e.PollInterval); err != nil {
		return out, err
	}
	out.HealthMaxLag = e.HealthMaxLag
	if out.HealthSourceTimeout, err = duration("executor.health-source-timeout", e.HealthSourceTimeout); err != nil {
		return out, err
	}
	if out.HealthLagTimeout, err = duration("executor.health-lag-timeout", e.HealthLagTimeout); err != nil {
		return out, err
	}
	if err := out.Check(); err != nil {
		return out, fmt.Errorf("executor.%w", err)
	}
	return out, nil
}

// BatcherConfig returns batcher.* as the batcher takes it, checked by its rules, with the Inbox
// (chain.inbox) and the L1 (l1.rpc). The key is the caller's to read from batcher.key-file.
func (c Config) BatcherConfig() (batcher.Config, error) {
	b := c.Batcher
	out := batcher.DefaultConfig()
	out.Inbox = common.HexToAddress(c.Chain.Inbox)
	out.MaxPending, out.MetricsHost, out.MetricsPort = b.MaxPending, b.MetricsHost, b.MetricsPort
	out.TxMgr.L1RPC, out.TxMgr.Confirmations = c.L1.RPC, b.Confirmations
	var err error
	if out.PollInterval, err = duration("batcher.poll-interval", b.PollInterval); err != nil {
		return out, err
	}
	out.HealthMaxFailures = b.HealthMaxFailures
	if out.HealthL1Timeout, err = duration("batcher.health-l1-timeout", b.HealthL1Timeout); err != nil {
		return out, err
	}
	if err := out.Check(); err != nil {
		return out, fmt.Errorf("batcher.%w", err)
	}
	return out, nil
}

// duration parses a duration setting; key names it in the error.
func duration(key, s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%s: want a Go duration (1s, 200ms), got %q", key, s)
	}
	return d, nil
}

// Genesis returns the chain settings as genesis takes them.
func (c ChainConfig) Genesis() (genesis.Config, error) {
	if !common.IsHexAddress(c.Inbox) {
		return genesis.Config{}, fmt.Errorf("chain.inbox: want a 0x-prefixed address, got %q", c.Inbox)
	}
	g := genesis.Config{ChainID: c.ChainID, Inbox: common.HexToAddress(c.Inbox), StepPrice: c.StepPrice,
		BytePrice: c.BytePrice, FlatPrice: c.FlatPrice, HeapPrice: c.HeapPrice, FeeRecipient: c.FeeRecipient}
	if strings.TrimSpace(c.Accounts) != "" {
		for i, part := range strings.Split(c.Accounts, ",") {
			addr, bal, ok := strings.Cut(strings.TrimSpace(part), "=")
			if !ok || !common.IsHexAddress(addr) {
				return genesis.Config{}, fmt.Errorf("chain.accounts: entry %d %q: want 0xaddress=wei", i, part)
			}
			v, err := uint256.FromDecimal(bal)
			if err != nil {
				return genesis.Config{}, fmt.Errorf("chain.accounts: entry %d %q: balance: %v", i, part, err)
			}
			g.Accounts = append(g.Accounts, genesis.Account{Address: common.HexToAddress(addr), Balance: v})
		}
	}
	if err := g.Check(); err != nil {
		return genesis.Config{}, fmt.Errorf("chain: %w", err)
	}
	return g, nil
}

// parseColor returns nil for auto, else the explicit choice. Booleans are accepted in every form
// strconv.ParseBool knows because a YAML or TOML boolean reaches us as "1" or "0".
func parseColor(s string) (*bool, error) {
	if strings.EqualFold(s, "auto") {
		return nil, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return nil, fmt.Errorf("log.color: want auto, true or false, got %q", s)
	}
	return &b, nil
}

// LoggerConfig converts the log settings to op-service's logger configuration. isTerminal says
// whether the log destination is a terminal; it decides Color when Color is auto.
func (c LogConfig) LoggerConfig(isTerminal bool) (oplog.CLIConfig, error) {
	lvl, err := oplog.LevelFromString(c.Level)
	if err != nil {
		return oplog.CLIConfig{}, fmt.Errorf("log.level: %w", err)
	}
	var f oplog.FormatFlagValue
	if err := f.Set(c.Format); err != nil {
		return oplog.CLIConfig{}, fmt.Errorf("log.format: %w", err)
	}
	color, err := parseColor(c.Color)
	if err != nil {
		return oplog.CLIConfig{}, err
	}
	out := oplog.CLIConfig{Level: lvl, Format: f.FormatType(), Color: isTerminal}
	if color != nil {
		out.Color = *color
	}
	return out, nil
}

// Setting is one configuration key with its environment variable and default value.
type Setting struct {
	Key     string // dotted key, as in config files: log.level
	Env     string // environment variable: CROLLUP_LOG_LEVEL
	Default any    // value in Default()
}

// Settings lists every key of Config in field order, which is the order help text shows them.
func Settings() []Setting {
	var out []Setting
	flatten("", reflect.ValueOf(Default()), func(key string, v reflect.Value) {
		out = append(out, Setting{Key: key, Env: EnvVar(key), Default: v.Interface()})
	})
	return out
}

// EnvVar returns the environment variable that sets key.
func EnvVar(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(envKeyReplacer().Replace(key))
}

// envKeyReplacer maps a key to its environment variable suffix (before upper-casing).
func envKeyReplacer() *strings.Replacer { return strings.NewReplacer(".", "_", "-", "_") }

// flatten calls fn for every leaf field of the struct v, with its dotted key.
func flatten(prefix string, v reflect.Value, fn func(key string, v reflect.Value)) {
	t := v.Type()
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("mapstructure")
		if key == "" {
			panic(fmt.Sprintf("config: field %s.%s has no mapstructure tag", t.Name(), t.Field(i).Name))
		}
		if prefix != "" {
			key = prefix + "." + key
		}
		if f := v.Field(i); f.Kind() == reflect.Struct {
			flatten(key, f, fn)
		} else {
			fn(key, f)
		}
	}
}

// Sources are the places Load reads besides the defaults and the process environment.
type Sources struct {
	// File is the path of a config file (.toml, .yaml, .yml or .json, chosen by extension).
	// Empty means no file. A file that does not exist is an error.
	File string
	// Flags maps config keys to the flags that set them. A flag counts only if it was given on
	// the command line; its default never overrides the file or the environment.
	Flags map[string]*pflag.Flag
}

// Load merges, in increasing precedence, Default(), the config file, CROLLUP_* environment
// variables and the flags given on the command line, then validates the result. Keys in the file
// that Config does not have are an error, so a misspelt key never goes unnoticed. Empty
// environment variables count as unset.
func Load(src Sources) (Config, error) {
	v := viper.New()
	// Every key gets a default, which is also what makes viper consult the environment for it
	// when unmarshalling: AutomaticEnv only covers keys viper already knows.
	settings := Settings()
	for _, s := range settings {
		v.SetDefault(s.Key, s.Default)
	}
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(envKeyReplacer())
	v.AutomaticEnv()
	if src.File != "" {
		v.SetConfigFile(src.File)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("read config file %s: %w", src.File, err)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(src.Flags)) {
		f := src.Flags[key]
		if !slices.ContainsFunc(settings, func(s Setting) bool { return s.Key == key }) {
			return Config{}, fmt.Errorf("flag --%s is bound to unknown config key %q", f.Name, key)
		}
		if err := v.BindPFlag(key, f); err != nil {
			return Config{}, fmt.Errorf("bind flag --%s to %s: %w", f.Name, key, err)
		}
	}
	var c Config
	if err := v.UnmarshalExact(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return c, nil
}
