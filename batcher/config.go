package batcher

import (
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultGasLimit is DefaultConfig's GasLimit: an addBatch costs about 80,000 gas (blob gas is
// apart).
const DefaultGasLimit = 200_000

// Config configures a Batcher. Start from DefaultConfig; New checks it (Check) and requires the
// Inbox address and the key.
type Config struct {
	// Inbox is the Inbox contract batches are posted to.
	Inbox common.Address
	// PollInterval is how often the batcher looks for a sealed batch when it has none to post.
	PollInterval time.Duration
	// GasLimit is the gas of an addBatch transaction; 0 lets the transaction manager estimate it.
	GasLimit uint64
	// MaxPending is how many batch transactions may be in flight at once. 1 waits for each
	// batch's confirmations before sending the next.
	MaxPending int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables the server.
	MetricsHost string
	MetricsPort int
	// TxMgr configures the batcher's transaction manager.
	TxMgr TxMgrConfig
	// HealthMaxFailures is how many times in a row the same failure (the same error reading
	// the Inbox or the sequencer, the same batch's transaction reverting or not sent) makes
	// /healthz report the batcher stuck.
	HealthMaxFailures int
	// HealthL1Timeout is how long the batcher may go without a successful read of L1 (the
	// Inbox count, a receipt) before /healthz reports it unhealthy; the clock starts at Start.
	HealthL1Timeout time.Duration
}

// TxMgrConfig configures the op-service transaction manager New builds for the batcher.
type TxMgrConfig struct {
	// L1RPC is the L1 JSON-RPC URL the transactions are sent to.
	L1RPC string
	// Key signs the transactions: it must be the Inbox's batcher.
	Key *ecdsa.PrivateKey
	// Confirmations is how many L1 blocks deep a batch transaction must be to count as posted.
	Confirmations uint64
	// ReceiptPoll is how often the receipt is polled; 0 means a second.
	ReceiptPoll time.Duration
	// ResubmitAfter is how long a transaction may wait for inclusion before its fees are bumped;
	// 0 means op-service's batcher default (48 s).
	ResubmitAfter time.Duration
}

// DefaultConfig returns the defaults; the Inbox, L1RPC and Key are left for the caller.
func DefaultConfig() Config {
	return Config{
		PollInterval: time.Second,
		GasLimit:     DefaultGasLimit,
		MaxPending:   1,
		MetricsHost:  "127.0.0.1",
		TxMgr:        TxMgrConfig{Confirmations: 1, ReceiptPoll: time.Second},

		HealthMaxFailures: 5,
		HealthL1Timeout:   5 * time.Minute,
	}
}

// Check reports the first setting out of range, in a fixed order, naming it by its
// configuration key. It does not look at the Inbox address or the key (New does).
func (c Config) Check() error {
	switch {
	case c.PollInterval <= 0:
		return fmt.Errorf("poll-interval %s: want more than 0", c.PollInterval)
	case c.MaxPending < 1:
		return fmt.Errorf("max-pending %d: want 1 or more", c.MaxPending)
	case c.TxMgr.Confirmations < 1:
		return fmt.Errorf("confirmations %d: want 1 or more", c.TxMgr.Confirmations)
	case c.MetricsPort < 0 || c.MetricsPort > 65535:
		return fmt.Errorf("metrics-port %d: want 0 (off) to 65535", c.MetricsPort)
	case c.HealthMaxFailures < 1:
		return fmt.Errorf("health-max-failures %d: want 1 or more", c.HealthMaxFailures)
	case c.HealthL1Timeout <= 0:
		return fmt.Errorf("health-l1-timeout %s: want a positive duration", c.HealthL1Timeout)
	}
	return nil
}
