package executor

import (
	"time"

	"github.com/crollup/crollup/config"
)

// Config configures an Executor.
type Config struct {
	// DataDir holds the Pebble database; "" keeps it in memory (tests).
	DataDir string
	// Sequencer is the JSON-RPC URL of the sequencer New follows when it is given no BlockSource.
	Sequencer string
	// RPCHost and RPCPort are where the JSON-RPC server listens; port 0 picks a free port.
	RPCHost string
	RPCPort int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables them.
	MetricsHost string
	MetricsPort int
	// PollInterval is how often the executor asks the source for new blocks when it is caught up.
	PollInterval time.Duration
	// Workers is the number of CPU threads jobs run on; 0 means GOMAXPROCS.
	Workers int
	// Version is reported by the RPC server's health endpoint.
	Version string
}

// ConfigFrom builds an executor Config from crollup's settings (executor.* and vm.workers).
func ConfigFrom(c config.Config) Config {
	e := c.Executor
	return Config{DataDir: e.DataDir, Sequencer: e.Sequencer, RPCHost: e.RPCHost, RPCPort: e.RPCPort,
		MetricsHost: e.MetricsHost, MetricsPort: e.MetricsPort, PollInterval: config.Duration(e.PollInterval),
		Workers: c.VM.Workers}
}
