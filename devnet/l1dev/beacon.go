package l1dev

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
)

// beaconAPI serves the part of the beacon-node API that reading blobs needs, exactly what op-service's
// sources.L1BeaconClient calls (v1.19.6: genesis, spec, blobs; its blob_sidecars route is no longer used, and
// after Fulu beacon nodes serve blobs, not sidecars with per-blob proofs):
//
//	GET /eth/v1/beacon/genesis            {"data":{"genesis_time":"N"}}
//	GET /eth/v1/config/spec               {"data":{"SECONDS_PER_SLOT":"N"}}
//	GET /eth/v1/beacon/blobs/{block_id}   {"data":["0x<blob>",...]}   ?versioned_hashes=0x..&versioned_hashes=0x..
//
// A slot holds the block whose timestamp is genesis_time + slot*SECONDS_PER_SLOT; a slot without a block (missed,
// or not yet reached) answers 404 like a beacon node's missed slot. Blobs come in block order; versioned_hashes
// (repeated, or comma-separated) keeps only those, and its absence returns them all.
type beaconAPI struct {
	chain          *core.BlockChain
	blobs          *blobStore
	genesisTime    uint64
	secondsPerSlot uint64
	log            log.Logger
}

func (b *beaconAPI) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/genesis", b.serveGenesis)
	mux.HandleFunc("GET /eth/v1/config/spec", b.serveSpec)
	mux.HandleFunc("GET /eth/v1/beacon/blobs/{block_id}", b.serveBlobs)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no route "+r.Method+" "+r.URL.Path)
	})
	return mux
}

func (b *beaconAPI) serveGenesis(w http.ResponseWriter, _ *http.Request) {
	b.writeJSON(w, map[string]any{"data": map[string]string{
		"genesis_time": strconv.FormatUint(b.genesisTime, 10),
	}})
}

func (b *beaconAPI) serveSpec(w http.ResponseWriter, _ *http.Request) {
	b.writeJSON(w, map[string]any{"data": map[string]string{
		"SECONDS_PER_SLOT": strconv.FormatUint(b.secondsPerSlot, 10),
	}})
}

func (b *beaconAPI) serveBlobs(w http.ResponseWriter, r *http.Request) {
	want, err := parseVersionedHashes(r.URL.Query()["versioned_hashes"])
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	header, status, err := b.resolveBlockID(r.PathValue("block_id"))
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	blobs, err := b.blockBlobs(header)
	if err != nil {
		b.log.Error("Cannot serve blobs", "block", header.Number, "hash", header.Hash(), "err", err)
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	data := make([]hexutil.Bytes, 0, len(blobs))
	for _, sb := range blobs {
		if want == nil || want[sb.hash] {
			data = append(data, sb.blob[:])
		}
	}
	b.writeJSON(w, map[string]any{"data": data})
}

// resolveBlockID maps a beacon block id (a slot number, "head", "finalized" or "genesis") to the canonical header
// in that slot, or to an HTTP status and error.
func (b *beaconAPI) resolveBlockID(id string) (*types.Header, int, error) {
	var header *types.Header
	switch id {
	case "head":
		header = b.chain.CurrentBlock()
	case "finalized":
		header = b.chain.CurrentFinalBlock()
	case "genesis":
		header = b.chain.Genesis().Header()
	default:
		slot, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("block id %q: want a slot number, head, finalized or genesis", id)
		}
		header = b.headerInSlot(slot)
		if header == nil {
			return nil, http.StatusNotFound, fmt.Errorf("slot %d: no block", slot)
		}
	}
	if header == nil {
		return nil, http.StatusNotFound, fmt.Errorf("block %s: not known yet", id)
	}
	return header, 0, nil
}

// headerInSlot returns the canonical header whose timestamp starts slot, or nil. Timestamps strictly increase
// along the chain, so a binary search over block numbers finds it in O(log n) header reads.
func (b *beaconAPI) headerInSlot(slot uint64) *types.Header {
	if slot > (^uint64(0)-b.genesisTime)/b.secondsPerSlot {
		return nil
	}
	ts := b.genesisTime + slot*b.secondsPerSlot
	head := b.chain.CurrentBlock()
	if ts > head.Time {
		return nil
	}
	n := sort.Search(int(head.Number.Uint64())+1, func(i int) bool {
		h := b.chain.GetHeaderByNumber(uint64(i))
		return h == nil || h.Time >= ts
	})
	h := b.chain.GetHeaderByNumber(uint64(n))
	if h == nil || h.Time != ts {
		return nil
	}
	return h
}

// blockBlobs returns the blobs of a canonical block in block order, checked against the versioned hashes its
// transactions commit to.
func (b *beaconAPI) blockBlobs(header *types.Header) ([]storedBlob, error) {
	block := b.chain.GetBlock(header.Hash(), header.Number.Uint64())
	if block == nil {
		return nil, fmt.Errorf("block %d %s: body not found", header.Number, header.Hash())
	}
	var hashes []common.Hash
	for _, tx := range block.Transactions() {
		hashes = append(hashes, tx.BlobHashes()...)
	}
	if len(hashes) == 0 {
		return nil, nil
	}
	blobs, err := b.blobs.get(block.Hash())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("block %d carries %d blobs but none were stored", block.Number(), len(hashes))
	}
	if err != nil {
		return nil, err
	}
	if len(blobs) != len(hashes) {
		return nil, fmt.Errorf("block %d carries %d blobs, %d stored", block.Number(), len(hashes), len(blobs))
	}
	for i, sb := range blobs {
		if sb.hash != hashes[i] {
			return nil, fmt.Errorf("block %d blob %d: stored %s, block commits to %s", block.Number(), i, sb.hash, hashes[i])
		}
	}
	return blobs, nil
}

// parseVersionedHashes reads the versioned_hashes query values (each may hold a comma-separated list) into a set;
// nil means no filter.
func parseVersionedHashes(values []string) (map[common.Hash]bool, error) {
	if len(values) == 0 {
		return nil, nil
	}
	set := make(map[common.Hash]bool)
	for _, v := range values {
		for _, s := range strings.Split(v, ",") {
			raw, err := hexutil.Decode(s)
			if err != nil || len(raw) != common.HashLength {
				return nil, fmt.Errorf("versioned hash %q: want 0x and 64 hex digits", s)
			}
			set[common.BytesToHash(raw)] = true
		}
	}
	return set, nil
}

func (b *beaconAPI) writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		b.log.Debug("Beacon API response not written", "err", err)
	}
}

// writeError answers in the beacon API's error shape.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": status, "message": msg})
}
