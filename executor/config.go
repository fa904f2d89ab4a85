package executor

import (
	"fmt"
	"time"

	"github.com/crollup/crollup/chain/rpcserver"
	"github.com/crollup/crollup/executor/explorer"
)

// Config configures an Executor. Start from DefaultConfig; New refuses a Config that fails
// Check.
type Config struct {
	// DataDir holds the Pebble database; "" keeps it in memory (tests).
	DataDir string
	// Sequencer is the JSON-RPC URL of the sequencer New follows when it is given no BlockSource.
	Sequencer string
	// RPCHost and RPCPort are where the JSON-RPC server listens; port 0 picks a free port, and
	// host "" means 127.0.0.1.
	RPCHost string
	RPCPort int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables them.
	MetricsHost string
	MetricsPort int
	// PollInterval is how often the executor asks the source for new blocks when it is caught up.
	PollInterval time.Duration
	// Workers is the number of CPU threads jobs run on; 0 means GOMAXPROCS.
	Workers int
	// Backends are the devices jobs run on (OpenBackends): the default is the CPU alone, so that
	// a library user (a test) never touches OpenCL unless it asks; the command's default is
	// auto. Backends.Workers is overridden by Workers.
	Backends BackendOptions
	// ExplorerHost and ExplorerPort serve the explorer web page (executor/explorer); port -1
	// disables it, 0 picks a free port.
	ExplorerHost string
	ExplorerPort int
	// ExplorerSettlement, if set, lets the explorer show the assertion chain and its disputes,
	// mirrored from L1.
	ExplorerSettlement *explorer.SettlementConfig
	// GPUMetrics exports NVML's inventory, health and telemetry (executor/gpu) on the metrics
	// registry where the machine has an NVIDIA driver.
	GPUMetrics bool
	// RPCBatchLimit, RPCBatchResponseBytes and RPCBodyBytes bound what one JSON-RPC request may
	// cost (chain/rpcserver Limits): the calls in a batch (a larger batch runs none of them and
	// is answered -32600 "batch too large"), the bytes of a batch's results (once they pass it,
	// the batch's remaining calls do not run: -32003 "response too large"), and the bytes of a
	// request body, sized or chunked (HTTP 413 beyond).
	RPCBatchLimit         int
	RPCBatchResponseBytes int
	RPCBodyBytes          int
	// HealthSourceTimeout is how long the block source may go without answering before
	// /healthz reports the executor unhealthy; the clock starts at Start.
	HealthSourceTimeout time.Duration
	// HealthMaxLag and HealthLagTimeout: /healthz reports the executor unhealthy once it has
	// been more than HealthMaxLag blocks behind the source's head for longer than
	// HealthLagTimeout.
	HealthMaxLag     uint64
	HealthLagTimeout time.Duration
}

// DefaultConfig is the executor's default configuration: the database in memory, the sequencer
// on its default port, the RPC server on a free local port, no metrics.
func DefaultConfig() Config {
	return Config{
		DataDir:      "",
		Sequencer:    "http://127.0.0.1:8645",
		RPCHost:      "127.0.0.1",
		RPCPort:      0,
		MetricsHost:  "127.0.0.1",
		MetricsPort:  0,
		PollInterval: 200 * time.Millisecond,
		Workers:      0,
		Backends:     BackendOptions{Devices: []string{"cpu"}},
		ExplorerHost: "127.0.0.1",
		ExplorerPort: -1,

		RPCBatchLimit:         rpcserver.DefaultBatchItems,         // 100
		RPCBatchResponseBytes: rpcserver.DefaultBatchResponseBytes, // 10 MiB
		RPCBodyBytes:          rpcserver.DefaultBodyBytes,          // 5 MiB

		HealthSourceTimeout: time.Minute,
		HealthMaxLag:        100,
		HealthLagTimeout:    5 * time.Minute,
	}
}

// Check reports the first invalid setting. Its message starts with the setting's name as the
// configuration keys spell it (poll-interval, workers, rpc-port, metrics-port, rpc-batch-limit,
// rpc-batch-response-bytes, rpc-body-bytes, health-source-timeout, health-lag-timeout); the
// caller prefixes the section.
func (c Config) Check() error {
	if c.PollInterval <= 0 {
		return fmt.Errorf("poll-interval %v: want a positive duration", c.PollInterval)
	}
	if c.Workers < 0 {
		return fmt.Errorf("workers %d: want 0 (GOMAXPROCS) or more", c.Workers)
	}
	for _, d := range c.Backends.Devices {
		if err := checkDeviceSpec(d); err != nil {
			return fmt.Errorf("devices: %w", err)
		}
	}
	if c.RPCPort < 0 || c.RPCPort > 65535 {
		return fmt.Errorf("rpc-port %d: want a port in 0..65535", c.RPCPort)
	}
	if c.MetricsPort < 0 || c.MetricsPort > 65535 {
		return fmt.Errorf("metrics-port %d: want a port in 0..65535", c.MetricsPort)
	}
	if c.ExplorerPort < -1 || c.ExplorerPort > 65535 {
		return fmt.Errorf("explorer-port %d: want -1 (none) or a port in 0..65535", c.ExplorerPort)
	}
	if c.RPCBatchLimit < 1 {
		return fmt.Errorf("rpc-batch-limit %d: want 1 or more", c.RPCBatchLimit)
	}
	if c.RPCBatchResponseBytes < 1 {
		return fmt.Errorf("rpc-batch-response-bytes %d: want 1 or more", c.RPCBatchResponseBytes)
	}
	if c.RPCBodyBytes < minBodyBytes {
		return fmt.Errorf("rpc-body-bytes %d: want %d or more", c.RPCBodyBytes, minBodyBytes)
	}
	if c.HealthSourceTimeout <= 0 {
		return fmt.Errorf("health-source-timeout %v: want a positive duration", c.HealthSourceTimeout)
	}
	if c.HealthLagTimeout <= 0 {
		return fmt.Errorf("health-lag-timeout %v: want a positive duration", c.HealthLagTimeout)
	}
	return nil
}

// minBodyBytes is the smallest RPCBodyBytes: room for any one call of the executor's API.
const minBodyBytes = 1024

// rpcLimits are the JSON-RPC server's limits.
func (c Config) rpcLimits() rpcserver.Limits {
	return rpcserver.Limits{BatchItems: c.RPCBatchLimit, BatchResponseBytes: c.RPCBatchResponseBytes, BodyBytes: c.RPCBodyBytes}
}
