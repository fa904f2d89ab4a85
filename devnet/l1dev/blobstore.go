package l1dev

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

const (
	blobsDir      = "blobs"
	commitmentLen = len(kzg4844.Commitment{})
	blobLen       = len(kzg4844.Blob{})
	// recordLen is one stored blob: its KZG commitment, then the blob.
	recordLen = commitmentLen + blobLen
)

// blobStore keeps the blobs of every block that carried any, for the life of the data dir: one file per block,
// named by the block hash, holding the block's blobs in block order. Keying by block hash (not by slot) means a
// file left behind by a block that never became canonical (a crash between storing and importing) is never served.
//
// Nothing is pruned. A beacon node keeps blobs for 4096 epochs (~18 days); a devnet keeps them all, which costs
// 128 KiB of disk per blob. The proofs are not stored: the beacon blobs route does not serve them, and any reader
// recomputes the commitment to check a blob (op-service's L1BeaconClient does); the blob_sidecars route computes
// each one when asked.
type blobStore struct {
	dir  string
	temp bool // dir is a temporary directory this store removes on close
}

// storedBlob is one blob as served: its versioned hash (computed from the stored commitment), its commitment and
// its bytes.
type storedBlob struct {
	hash       common.Hash
	commitment kzg4844.Commitment
	blob       *kzg4844.Blob
}

// openBlobStore opens the store under dataDir, or in a new temporary directory when dataDir is "".
func openBlobStore(dataDir string) (*blobStore, error) {
	if dataDir == "" {
		dir, err := os.MkdirTemp("", "crollup-l1dev-blobs-")
		if err != nil {
			return nil, fmt.Errorf("create temporary blob dir: %w", err)
		}
		return &blobStore{dir: dir, temp: true}, nil
	}
	dir := filepath.Join(dataDir, blobsDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create blob dir: %w", err)
	}
	return &blobStore{dir: dir}, nil
}

func (s *blobStore) path(block common.Hash) string {
	return filepath.Join(s.dir, block.Hex()+".blobs")
}

// put stores the blobs of a block's bundle (nothing if it has none). The file is complete or absent.
func (s *blobStore) put(block common.Hash, bundle *engine.BlobsBundle) error {
	if bundle == nil || len(bundle.Blobs) == 0 {
		return nil
	}
	if len(bundle.Commitments) != len(bundle.Blobs) {
		return fmt.Errorf("bundle of block %s: %d commitments for %d blobs", block, len(bundle.Commitments), len(bundle.Blobs))
	}
	data := make([]byte, 0, len(bundle.Blobs)*recordLen)
	for i, blob := range bundle.Blobs {
		c := bundle.Commitments[i]
		if len(c) != commitmentLen || len(blob) != blobLen {
			return fmt.Errorf("bundle of block %s: blob %d has a %d-byte commitment and %d bytes", block, i, len(c), len(blob))
		}
		data = append(data, c...)
		data = append(data, blob...)
	}
	if err := writeFileAtomic(s.path(block), data); err != nil {
		return fmt.Errorf("store blobs of block %s: %w", block, err)
	}
	return nil
}

// get returns the stored blobs of a block in block order, or fs.ErrNotExist if none were stored.
func (s *blobStore) get(block common.Hash) ([]storedBlob, error) {
	data, err := os.ReadFile(s.path(block))
	if err != nil {
		return nil, fmt.Errorf("load blobs of block %s: %w", block, err)
	}
	if len(data) == 0 || len(data)%recordLen != 0 {
		return nil, fmt.Errorf("load blobs of block %s: file of %d bytes is not whole blobs", block, len(data))
	}
	hasher := sha256.New()
	out := make([]storedBlob, len(data)/recordLen)
	for i := range out {
		rec := data[i*recordLen : (i+1)*recordLen]
		var c kzg4844.Commitment
		copy(c[:], rec[:commitmentLen])
		blob := new(kzg4844.Blob)
		copy(blob[:], rec[commitmentLen:])
		out[i] = storedBlob{hash: kzg4844.CalcBlobHashV1(hasher, &c), commitment: c, blob: blob}
	}
	return out, nil
}

// close removes a temporary store; a data-dir store stays.
func (s *blobStore) close() error {
	if !s.temp {
		return nil
	}
	if err := os.RemoveAll(s.dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove temporary blob dir: %w", err)
	}
	return nil
}
