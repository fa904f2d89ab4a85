package proposer

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
)

// NewTxManager returns an op-service transaction manager sending from key to the L1 at l1RPC
// (fee bumping, nonce management), waiting for `confirmations` blocks on each transaction and
// polling for receipts every `poll` (0: a second). m may be nil.
func NewTxManager(l1RPC string, key *ecdsa.PrivateKey, confirmations uint64, poll time.Duration, lg log.Logger, m txmetrics.TxMetricer) (txmgr.TxManager, error) {
	c := txmgr.NewCLIConfig(l1RPC, txmgr.DefaultBatcherFlagValues)
	c.PrivateKey = hex.EncodeToString(crypto.FromECDSA(key))
	c.NumConfirmations = max(confirmations, 1)
	c.ReceiptQueryInterval = time.Second
	if poll > 0 {
		c.ReceiptQueryInterval = poll
	}
	if m == nil {
		m = &txmetrics.NoopTxMetrics{}
	}
	tm, err := txmgr.NewSimpleTxManager("proposer", lg, m, c)
	if err != nil {
		return nil, fmt.Errorf("proposer: transaction manager: %w", err)
	}
	return tm, nil
}
