package sequencer

import (
	"fmt"
	"time"

	"github.com/cockroachdb/pebble/vfs"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/rpcserver"
)

// Config configures a Sequencer. Check validates it; New fills the optional fields left zero
// (L1PollInterval, the hosts) and refuses a Config that does not pass Check.
type Config struct {
	// DataDir holds the Pebble database (blocks, the message index, the write-ahead log of
	// admitted messages); "" keeps it in memory, gone when the sequencer stops (tests).
	DataDir string
	// RPCHost and RPCPort are where the JSON-RPC server listens; port 0 picks a free port
	// (RPCEndpoint tells which). An empty host means 127.0.0.1.
	RPCHost string
	RPCPort int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables the server (the
	// metrics are still kept: Registry). An empty host means 127.0.0.1.
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
	// MaxBatchBytes and BatchAge decide where one batch of blocks ends and the next begins
	// (chain/api Block.Batch): a block that would take the batch's payload beyond MaxBatchBytes
	// starts a new batch, and a batch whose first block is BatchAge old is sealed even if no
	// block follows, so that it can be posted. MaxBatchBytes is at most batch.MaxPayload (six
	// blobs); the batcher posts each sealed batch in one blob transaction.
	MaxBatchBytes int
	BatchAge      time.Duration
	// L1 is the L1 the sequencer takes deposits from and watches for posted batches; nil runs a
	// chain without L1 (no deposits; batches are sealed but never marked batched).
	L1 L1
	// L1PollInterval is how often L1 is read; 0 means BlockTime.
	L1PollInterval time.Duration
	// RPCBatchLimit, RPCBatchResponseBytes and RPCBodyBytes bound what one JSON-RPC request may
	// cost (chain/rpcserver Limits): the calls in a batch (a larger batch runs none of them and
	// is answered -32600 "batch too large"), the bytes of a batch's results (once they pass it,
	// the batch's remaining calls do not run: -32003 "response too large"), and the bytes of a
	// request body, sized or chunked (HTTP 413 beyond). RPCBodyBytes must leave room for the
	// largest message a block can hold, hex-encoded: 2×MaxBlockBytes + 64 KiB.
	RPCBatchLimit         int
	RPCBatchResponseBytes int
	RPCBodyBytes          int
	// RPCRatePerIP and RPCRateBurst bound the JSON-RPC requests of each client address
	// (chain/rpcserver RateLimit): RPCRatePerIP requests a second on average, bursts of
	// RPCRateBurst; beyond, a request is answered HTTP 429 with JSON-RPC error -32005
	// (rpcserver.CodeRateLimited) without being read. A batch is one request. 0 switches the
	// limit off (the default: every local client, tests included, shares 127.0.0.1).
	RPCRatePerIP int
	RPCRateBurst int
	// HealthL1Timeout is how long L1 (when set) may go without a successful read before
	// /healthz reports the sequencer unhealthy; the clock starts at Start.
	HealthL1Timeout time.Duration
	// ResequenceAfter is how long L1 (when set) may lack a deposit the chain applied (a reorg
	// deeper than the confirmations took it back) before the sequencer sequences the chain
	// again from the last deposit L1 holds: the blocks from the first that consumed a lost
	// deposit are dropped and their messages sequenced again (docs/sequencer.md). A reorg
	// usually puts the deposit back within a few L1 blocks; meanwhile the sequencer reads no
	// deposits and hands out no batch built on the lost ones.
	ResequenceAfter time.Duration

	// fs, when set (tests), is the file system the database lives on, in DataDir: a test that
	// simulates a crash gives a pebble vfs.NewStrictMem, which keeps only what was synced.
	fs vfs.FS
}

// DefaultConfig is the sequencer's default configuration with the database in memory and the
// RPC server on a free port: what tests want. A service sets DataDir and RPCPort.
func DefaultConfig() Config {
	return Config{
		DataDir:           "",
		RPCHost:           "127.0.0.1",
		RPCPort:           0,
		MetricsHost:       "127.0.0.1",
		MetricsPort:       0,
		BlockTime:         time.Second,
		MaxBlockMessages:  1000,
		MaxBlockBytes:     700_000,
		MempoolPerAccount: 256,
		MempoolTotal:      20_000,
		MaxBatchBytes:     761_856, // batch.MaxPayload: six blobs
		BatchAge:          30 * time.Second,

		RPCBatchLimit:         rpcserver.DefaultBatchItems,         // 100
		RPCBatchResponseBytes: rpcserver.DefaultBatchResponseBytes, // 10 MiB
		RPCBodyBytes:          rpcserver.DefaultBodyBytes,          // 5 MiB
		RPCRatePerIP:          0,                                   // off
		RPCRateBurst:          100,

		HealthL1Timeout: time.Minute,
		ResequenceAfter: 2 * time.Minute,
	}
}

// Check reports the first setting of c that is out of range, checking them in a fixed order.
// Each error starts with the setting's name as the config keys spell it (max-block-bytes, …),
// so that a caller can prefix its section ("sequencer."). Check fills in nothing: the optional
// fields left zero are New's to fill.
func (c Config) Check() error {
	switch {
	case c.BlockTime <= 0:
		return fmt.Errorf("block-time %s: want a positive duration", c.BlockTime)
	case c.MaxBlockMessages < 1:
		return fmt.Errorf("max-block-messages %d: want 1 or more", c.MaxBlockMessages)
	case c.MaxBlockBytes < 2048 || c.MaxBlockBytes > batch.MaxPayload:
		return fmt.Errorf("max-block-bytes %d: want 2048 to %d (six blobs)", c.MaxBlockBytes, batch.MaxPayload)
	case c.MempoolPerAccount < 1:
		return fmt.Errorf("mempool-per-account %d: want 1 or more", c.MempoolPerAccount)
	case c.MempoolTotal < 1:
		return fmt.Errorf("mempool-total %d: want 1 or more", c.MempoolTotal)
	case c.MaxBatchBytes < c.MaxBlockBytes || c.MaxBatchBytes > batch.MaxPayload:
		return fmt.Errorf("max-batch-bytes %d: want max-block-bytes (%d) to %d (six blobs)", c.MaxBatchBytes, c.MaxBlockBytes, batch.MaxPayload)
	case c.BatchAge <= 0:
		return fmt.Errorf("batch-age %s: want a positive duration", c.BatchAge)
	case c.RPCPort < 0 || c.RPCPort > 65535:
		return fmt.Errorf("rpc-port %d: want 0 to 65535", c.RPCPort)
	case c.MetricsPort < 0 || c.MetricsPort > 65535:
		return fmt.Errorf("metrics-port %d: want 0 to 65535", c.MetricsPort)
	case c.RPCBatchLimit < 1:
		return fmt.Errorf("rpc-batch-limit %d: want 1 or more", c.RPCBatchLimit)
	case c.RPCBatchResponseBytes < 1:
		return fmt.Errorf("rpc-batch-response-bytes %d: want 1 or more", c.RPCBatchResponseBytes)
	case c.RPCBodyBytes < c.minBodyBytes():
		return fmt.Errorf("rpc-body-bytes %d: want %d or more (2 × max-block-bytes + 64 KiB: the largest message, hex-encoded)",
			c.RPCBodyBytes, c.minBodyBytes())
	case c.HealthL1Timeout <= 0:
		return fmt.Errorf("health-l1-timeout %s: want a positive duration", c.HealthL1Timeout)
	case c.ResequenceAfter <= 0:
		return fmt.Errorf("resequence-after %s: want a positive duration", c.ResequenceAfter)
	case c.RPCRatePerIP < 0:
		return fmt.Errorf("rpc-rate-per-ip %d: want 0 (no limit) or more requests/s", c.RPCRatePerIP)
	case c.RPCRatePerIP > 0 && c.RPCRateBurst < 1:
		return fmt.Errorf("rpc-rate-burst %d: want 1 or more while rpc-rate-per-ip is set", c.RPCRateBurst)
	}
	return nil
}

// minBodyBytes is the smallest RPCBodyBytes that lets a message that fills a block in: its
// data is at most MaxBlockBytes, twice that in hex, and the rest of the request is far below
// 64 KiB.
func (c Config) minBodyBytes() int { return 2*c.MaxBlockBytes + 64<<10 }

// rpcLimits are the JSON-RPC server's limits.
func (c Config) rpcLimits() rpcserver.Limits {
	return rpcserver.Limits{BatchItems: c.RPCBatchLimit, BatchResponseBytes: c.RPCBatchResponseBytes, BodyBytes: c.RPCBodyBytes}
}

// rpcRateLimit is the JSON-RPC server's per-client rate limit.
func (c Config) rpcRateLimit() rpcserver.RateLimit {
	return rpcserver.RateLimit{PerSecond: float64(c.RPCRatePerIP), Burst: c.RPCRateBurst}
}

// withDefaults returns c with its optional fields filled: L1PollInterval (BlockTime) and the
// hosts (127.0.0.1).
func (c Config) withDefaults() Config {
	if c.L1PollInterval <= 0 {
		c.L1PollInterval = c.BlockTime
	}
	if c.RPCHost == "" {
		c.RPCHost = "127.0.0.1"
	}
	if c.MetricsHost == "" {
		c.MetricsHost = "127.0.0.1"
	}
	return c
}
