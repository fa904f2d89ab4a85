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
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/version"
)

// beaconAPI serves the part of the beacon-node API that reading blobs needs: what op-service's
// sources.L1BeaconClient calls (v1.19.6: genesis, spec, blobs), and the routes other standard clients call first
// (node version, headers, the pre-Fulu blob_sidecars):
//
//	GET /eth/v1/node/version                  {"data":{"version":"crollup-l1dev/go-ethereum-<major.minor.patch>"}}
//	GET /eth/v1/beacon/genesis                {"data":{"genesis_time":"N","genesis_validators_root":"0x00..","genesis_fork_version":"0x00000000"}}
//	GET /eth/v1/config/spec                   {"data":{"SECONDS_PER_SLOT":"N"}}
//	GET /eth/v1/beacon/headers/{block_id}     {"execution_optimistic":false,"finalized":B,"data":{"root","canonical":true,"header":{"message":{...},"signature"}}}
//	GET /eth/v1/beacon/blobs/{block_id}       {"data":["0x<blob>",...]}   ?versioned_hashes=0x..&versioned_hashes=0x..
//	GET /eth/v1/beacon/blob_sidecars/{block_id}  {"data":[{"index","blob","kzg_commitment","kzg_proof","signed_block_header","kzg_commitment_inclusion_proof"}]}   ?indices=0&indices=1
//
// A block id is a slot number, head, finalized, genesis, or (headers, blob_sidecars) a block root. A slot holds
// the block whose timestamp is genesis_time + slot*SECONDS_PER_SLOT; a slot without a block (missed, or not yet
// reached) answers 404 like a beacon node's missed slot. Blobs come in block order; versioned_hashes (repeated, or
// comma-separated) keeps only those, and its absence returns them all; indices does the same for sidecars.
//
// There is no consensus layer behind it, so the beacon block is a stand-in for the execution block: its root is
// the execution block hash, parent_root the parent's hash, state_root the execution state root, body_root the
// transactions root, proposer_index 0 and the signature zero. A sidecar's kzg_commitment and kzg_proof are real
// (the proof is computed when asked; op-service and any KZG library verify it), its inclusion proof is 17 zero
// hashes, which a client that checks it against body_root rejects.
type beaconAPI struct {
	chain          *core.BlockChain
	blobs          *blobStore
	genesisTime    uint64
	secondsPerSlot uint64
	log            log.Logger
}

func (b *beaconAPI) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/node/version", b.serveVersion)
	mux.HandleFunc("GET /eth/v1/beacon/genesis", b.serveGenesis)
	mux.HandleFunc("GET /eth/v1/config/spec", b.serveSpec)
	mux.HandleFunc("GET /eth/v1/beacon/headers/{block_id}", b.serveHeader)
	mux.HandleFunc("GET /eth/v1/beacon/blobs/{block_id}", b.serveBlobs)
	mux.HandleFunc("GET /eth/v1/beacon/blob_sidecars/{block_id}", b.serveBlobSidecars)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no route "+r.Method+" "+r.URL.Path)
	})
	return mux
}

func (b *beaconAPI) serveVersion(w http.ResponseWriter, _ *http.Request) {
	b.writeJSON(w, map[string]any{"data": map[string]string{"version": fmt.Sprintf("crollup-l1dev/go-ethereum-%d.%d.%d", version.Major, version.Minor, version.Patch)}})
}

func (b *beaconAPI) serveGenesis(w http.ResponseWriter, _ *http.Request) {
	b.writeJSON(w, map[string]any{"data": map[string]string{
		"genesis_time":            strconv.FormatUint(b.genesisTime, 10),
		"genesis_validators_root": common.Hash{}.Hex(),
		"genesis_fork_version":    "0x00000000",
	}})
}

// beaconHeader is a BeaconBlockHeader in the API's JSON form, standing in for header (see beaconAPI).
type beaconHeader struct {
	Slot          string      `json:"slot"`
	ProposerIndex string      `json:"proposer_index"`
	ParentRoot    common.Hash `json:"parent_root"`
	StateRoot     common.Hash `json:"state_root"`
	BodyRoot      common.Hash `json:"body_root"`
}

type signedBeaconHeader struct {
	Message   beaconHeader  `json:"message"`
	Signature hexutil.Bytes `json:"signature"`
}

func (b *beaconAPI) signedHeader(header *types.Header) signedBeaconHeader {
	return signedBeaconHeader{
		Message: beaconHeader{
			Slot:          strconv.FormatUint((header.Time-b.genesisTime)/b.secondsPerSlot, 10),
			ProposerIndex: "0",
			ParentRoot:    header.ParentHash,
			StateRoot:     header.Root,
			BodyRoot:      header.TxHash,
		},
		Signature: make([]byte, 96),
	}
}

// finalized reports whether header is at or below the finalized block.
func (b *beaconAPI) finalized(header *types.Header) bool {
	f := b.chain.CurrentFinalBlock()
	return f != nil && header.Number.Cmp(f.Number) <= 0
}

func (b *beaconAPI) serveHeader(w http.ResponseWriter, r *http.Request) {
	header, status, err := b.resolveBlockID(r.PathValue("block_id"))
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	b.writeJSON(w, map[string]any{
		"execution_optimistic": false,
		"finalized":            b.finalized(header),
		"data": map[string]any{
			"root":      header.Hash(),
			"canonical": true,
			"header":    b.signedHeader(header),
		},
	})
}

// blobSidecar is a BlobSidecar in the API's JSON form.
type blobSidecar struct {
	Index          string             `json:"index"`
	Blob           hexutil.Bytes      `json:"blob"`
	KZGCommitment  hexutil.Bytes      `json:"kzg_commitment"`
	KZGProof       hexutil.Bytes      `json:"kzg_proof"`
	Header         signedBeaconHeader `json:"signed_block_header"`
	InclusionProof []common.Hash      `json:"kzg_commitment_inclusion_proof"`
}

// inclusionProofDepth is KZG_COMMITMENT_INCLUSION_PROOF_DEPTH (Deneb).
const inclusionProofDepth = 17

func (b *beaconAPI) serveBlobSidecars(w http.ResponseWriter, r *http.Request) {
	want, err := parseIndices(r.URL.Query()["indices"])
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	header, blobs, ok := b.requestedBlobs(w, r)
	if !ok {
		return
	}
	signed := b.signedHeader(header)
	data := make([]blobSidecar, 0, len(blobs))
	for i, sb := range blobs {
		if want != nil && !want[uint64(i)] {
			continue
		}
		proof, err := kzg4844.ComputeBlobProof(sb.blob, sb.commitment)
		if err != nil {
			b.log.Error("Cannot compute a blob proof", "block", header.Number, "index", i, "err", err)
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		data = append(data, blobSidecar{
			Index:          strconv.Itoa(i),
			Blob:           sb.blob[:],
			KZGCommitment:  sb.commitment[:],
			KZGProof:       proof[:],
			Header:         signed,
			InclusionProof: make([]common.Hash, inclusionProofDepth),
		})
	}
	b.writeJSON(w, map[string]any{"data": data})
}

// parseIndices reads the indices query values (each may hold a comma-separated list) into a set; nil means no
// filter.
func parseIndices(values []string) (map[uint64]bool, error) {
	if len(values) == 0 {
		return nil, nil
	}
	set := make(map[uint64]bool)
	for _, v := range values {
		for _, s := range strings.Split(v, ",") {
			i, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("blob index %q: want a decimal number", s)
			}
			set[i] = true
		}
	}
	return set, nil
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
	_, blobs, ok := b.requestedBlobs(w, r)
	if !ok {
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

// requestedBlobs resolves the request's block_id and reads the blobs of that block. On failure
// it has written the error answer and ok is false.
func (b *beaconAPI) requestedBlobs(w http.ResponseWriter, r *http.Request) (header *types.Header, blobs []storedBlob, ok bool) {
	header, status, err := b.resolveBlockID(r.PathValue("block_id"))
	if err != nil {
		writeError(w, status, err.Error())
		return nil, nil, false
	}
	if blobs, err = b.blockBlobs(header); err != nil {
		b.log.Error("Cannot serve blobs", "path", r.URL.Path, "block", header.Number, "hash", header.Hash(), "err", err)
		writeError(w, http.StatusInternalServerError, err.Error())
		return nil, nil, false
	}
	return header, blobs, true
}

// resolveBlockID maps a beacon block id (a slot number, "head", "finalized", "genesis", or a block root: here the
// execution block hash, see beaconAPI) to the canonical header in that slot, or to an HTTP status and error.
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
		if strings.HasPrefix(id, "0x") {
			raw, err := hexutil.Decode(id)
			if err != nil || len(raw) != common.HashLength {
				return nil, http.StatusBadRequest, fmt.Errorf("block id %q: want a slot number, head, finalized, genesis or a 32-byte root", id)
			}
			header = b.chain.GetHeaderByHash(common.BytesToHash(raw))
			if header == nil || b.chain.GetCanonicalHash(header.Number.Uint64()) != header.Hash() {
				return nil, http.StatusNotFound, fmt.Errorf("block root %s: no canonical block", id)
			}
			return header, 0, nil
		}
		slot, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("block id %q: want a slot number, head, finalized, genesis or a 32-byte root", id)
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
