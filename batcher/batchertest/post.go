// Package batchertest puts batches on L1 without the batcher service, for tests: PostOnce
// posts an encoded batch, PostPayload any bytes as a batch, each in one blob transaction sent
// straight to Inbox.addBatch and waited for.
package batchertest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/contracts/bindings"
)

// Sent is a batch PostOnce got into L1.
type Sent struct {
	Number  uint64
	Payload []byte
	Blobs   int
	Tx      *types.Transaction
	Receipt *types.Receipt
}

// PostOnce encodes b, packs it into blobs and sends it to Inbox.addBatch in one blob transaction
// from key, then waits for it to be included. It is the batcher's posting step without the
// service around it (fee bumping through op-service txmgr, resubmission after reorgs, resuming
// from the Inbox after a restart; see batcher.Batcher): the end-to-end tests use it to put
// batches on L1 without a sequencer.
func PostOnce(ctx context.Context, client *ethclient.Client, inbox common.Address, key *ecdsa.PrivateKey, b *batch.Batch) (*Sent, error) {
	payload, err := b.Encode()
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	return PostPayload(ctx, client, inbox, key, b.Number, b.Delayed, payload)
}

// PostPayload posts payload as batch number with the given delayed count, whatever the bytes
// are: tests use it to put payloads the chain must reject on L1.
func PostPayload(ctx context.Context, client *ethclient.Client, inbox common.Address, key *ecdsa.PrivateKey, number, delayed uint64, payload []byte) (*Sent, error) {
	blobs, err := blob.Pack(payload)
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	tip := big.NewInt(params.GWei)
	inboxABI := bindings.NewInbox()
	tx, err := (&derive.BlobTx{ChainID: chainID, Nonce: nonce, To: inbox,
		Data: inboxABI.PackAddBatch(number, uint32(len(payload)), delayed), Gas: 300_000,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		BlobFeeCap: big.NewInt(params.GWei), Blobs: blobs}).Sign(key)
	if err != nil {
		return nil, fmt.Errorf("batchertest: %w", err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("batchertest: send batch %d: %w", number, err)
	}
	r, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("batchertest: batch %d: %w", number, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("batchertest: batch %d: tx %s reverted", number, tx.Hash())
	}
	return &Sent{Number: number, Payload: payload, Blobs: len(blobs), Tx: tx, Receipt: r}, nil
}
