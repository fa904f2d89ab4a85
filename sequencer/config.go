package sequencer

import (
	"fmt"
	"time"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/config"
)

// Config configures a Sequencer.
type Config struct {
	// DataDir holds the Pebble database (blocks, the message index, the write-ahead log of
	// admitted messages); "" keeps it in memory, gone when the sequencer stops (tests).
	DataDir string
	// RPCHost and RPCPort are where the JSON-RPC server listens; port 0 picks a free port
	// (RPCEndpoint tells which).
	RPCHost string
	RPCPort int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables the server (the
	// metrics are still kept: Registry).
	MetricsHost string
	MetricsPort int
	// BlockTime is how often a block is produced while messages are pending. A block is produced
	// at once when MaxBlockMessages messages (or MaxBlockBytes of payload) are pending.
	BlockTime time.Duration
	// MaxBlockMessages and MaxBlockBytes bound a block: its messages and the bytes of its
	// one-block batch payload (at most batch.MaxPayload). A message whose one-message block would
	// exceed MaxBlockBytes is refused (api.CodeTooLarge).
	MaxBlockMessages int
	MaxBlockBytes    int
	// MempoolPerAccount and MempoolTotal bound the admitted messages not yet in a block, per sender
	// account and in all (api.CodeMempoolFull beyond).
	MempoolPerAccount int
	MempoolTotal      int
	// Version is what the RPC server's /healthz reports.
	Version string
}

// ConfigFrom builds a Config from crollup's sequencer settings (already validated by config.Load).
func ConfigFrom(c config.SequencerConfig) Config {
	return Config{DataDir: c.DataDir, RPCHost: c.RPCHost, RPCPort: c.RPCPort, MetricsHost: c.MetricsHost,
		MetricsPort: c.MetricsPort, BlockTime: config.Duration(c.BlockTime), MaxBlockMessages: c.MaxBlockMessages,
		MaxBlockBytes: c.MaxBlockBytes, MempoolPerAccount: c.MempoolPerAccount, MempoolTotal: c.MempoolTotal}
}

// DefaultConfig is ConfigFrom(config.Default().Sequencer) with the database in memory and the RPC
// server on a free port: what tests want.
func DefaultConfig() Config {
	c := ConfigFrom(config.Default().Sequencer)
	c.DataDir, c.RPCPort = "", 0
	return c
}

func (c *Config) check() error {
	switch {
	case c.BlockTime <= 0:
		return fmt.Errorf("block time %s: want a positive duration", c.BlockTime)
	case c.MaxBlockMessages < 1:
		return fmt.Errorf("max block messages %d: want 1 or more", c.MaxBlockMessages)
	case c.MaxBlockBytes < 2048 || c.MaxBlockBytes > batch.MaxPayload:
		return fmt.Errorf("max block bytes %d: want 2048 to %d (six blobs)", c.MaxBlockBytes, batch.MaxPayload)
	case c.MempoolPerAccount < 1 || c.MempoolTotal < 1:
		return fmt.Errorf("mempool limits %d per account, %d in all: want 1 or more", c.MempoolPerAccount, c.MempoolTotal)
	case c.RPCPort < 0 || c.RPCPort > 65535 || c.MetricsPort < 0 || c.MetricsPort > 65535:
		return fmt.Errorf("ports %d (rpc), %d (metrics): want 0 to 65535", c.RPCPort, c.MetricsPort)
	}
	if c.RPCHost == "" {
		c.RPCHost = "127.0.0.1"
	}
	if c.MetricsHost == "" {
		c.MetricsHost = "127.0.0.1"
	}
	return nil
}
