package derive

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/blob"
)

// BlobTx is an EIP-4844 transaction to build: what the batcher sends to Inbox.addBatch (Data the
// packed call, Blobs from blob.Pack). It lives here, next to the reader of such transactions, so
// the batcher, the devnet and tests build them one way.
type BlobTx struct {
	ChainID    *big.Int
	Nonce      uint64
	To         common.Address
	Data       []byte
	Gas        uint64
	GasTipCap  *big.Int // per gas, to the block producer
	GasFeeCap  *big.Int // per gas, base fee included
	BlobFeeCap *big.Int // per blob gas
	Blobs      []kzg4844.Blob
}

// Sign commits to the blobs, attaches them in a version-1 sidecar (cell proofs: since Osaka
// (EIP-7594) the transaction pool refuses version-0 sidecars with blob proofs) and signs the
// transaction with key. Computing the cell proofs dominates: a fraction of a second per blob.
func (b *BlobTx) Sign(key *ecdsa.PrivateKey) (*types.Transaction, error) {
	if b.ChainID == nil || b.GasTipCap == nil || b.GasFeeCap == nil || b.BlobFeeCap == nil {
		return nil, errors.New("derive: blob tx: chain id and fee caps are required")
	}
	sc, err := blob.NewSidecar(b.Blobs)
	if err != nil {
		return nil, fmt.Errorf("derive: blob tx: %w", err)
	}
	proofs := make([]kzg4844.Proof, 0, len(b.Blobs)*kzg4844.CellProofsPerBlob)
	for i := range b.Blobs {
		p, err := kzg4844.ComputeCellProofs(&b.Blobs[i])
		if err != nil {
			return nil, fmt.Errorf("derive: blob tx: cell proofs of blob %d: %w", i, err)
		}
		proofs = append(proofs, p...)
	}
	sidecar := types.NewBlobTxSidecar(types.BlobSidecarVersion1, b.Blobs, sc.Commitments, proofs)
	var vals [4]*uint256.Int // chain id and the three caps
	for i, v := range []*big.Int{b.ChainID, b.GasTipCap, b.GasFeeCap, b.BlobFeeCap} {
		u, overflow := uint256.FromBig(v)
		if overflow || v.Sign() < 0 {
			return nil, fmt.Errorf("derive: blob tx: %v out of range", v)
		}
		vals[i] = u
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(b.ChainID), &types.BlobTx{
		ChainID:    vals[0],
		Nonce:      b.Nonce,
		GasTipCap:  vals[1],
		GasFeeCap:  vals[2],
		Gas:        b.Gas,
		To:         b.To,
		Data:       b.Data,
		BlobFeeCap: vals[3],
		BlobHashes: sc.Hashes,
		Sidecar:    sidecar,
	})
	if err != nil {
		return nil, fmt.Errorf("derive: blob tx: sign: %w", err)
	}
	return tx, nil
}
