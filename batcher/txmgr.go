package batcher

import (
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
)

// newTxManager returns an op-service transaction manager for the batcher's blob transactions,
// reporting to m. Cell proofs (EIP-7594) are on from genesis: Osaka's transaction pool refuses
// the older blob proofs.
func newTxManager(cfg TxMgrConfig, lg log.Logger, m txmetrics.TxMetricer) (txmgr.TxManager, error) {
	c := txmgr.NewCLIConfig(cfg.L1RPC, txmgr.DefaultBatcherFlagValues)
	c.PrivateKey = hex.EncodeToString(crypto.FromECDSA(cfg.Key))
	c.NumConfirmations = cfg.Confirmations
	c.CellProofTime = 0
	c.ReceiptQueryInterval = time.Second
	if cfg.ReceiptPoll > 0 {
		c.ReceiptQueryInterval = cfg.ReceiptPoll
	}
	if cfg.ResubmitAfter > 0 {
		c.ResubmissionTimeout = cfg.ResubmitAfter
	}
	tm, err := txmgr.NewSimpleTxManager("batcher", lg, m, c)
	if err != nil {
		return nil, fmt.Errorf("batcher: transaction manager: %w", err)
	}
	return tm, nil
}
