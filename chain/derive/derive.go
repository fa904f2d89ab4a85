// Package derive rebuilds crollup's canonical chain inputs from L1 alone: the batches the Inbox
// recorded, with their payloads read back from the blobs, and the delayed messages (deposits) the
// Bridge enqueued. It is what an executor in L1-only mode and the challenger consume; the
// sequencer's feed is a faster view of the same data and must agree with it.
//
// Nothing is taken on trust from the logs. A batch's BatchAdded event is checked by recomputing
// the batch commitment (chain/l1data) and comparing it with Inbox.batchCommitment; its blobs
// are fetched from the beacon API by versioned hash, and op-service's beacon client checks each
// blob's KZG commitment against the hash. A run of delayed messages is checked by extending the
// accumulator from Inbox.delayedAcc(from) over the messages and comparing with
// Inbox.delayedAcc(to). A missing or out-of-order event is a gap, reported as an error.
//
// Two kinds of failure are kept apart. An invalid payload — blobs that do not unpack
// (chain/blob), bytes that are not a batch (chain/batch), a header that contradicts the Inbox —
// is part of the chain: the batch is returned with Err set, and what it means is the chain
// machine's to say (chain/stf loads the blobs as they are; docs/spec/chain.md §3.4).
// Everything else (an RPC failure, a commitment or accumulator mismatch, a gap) is an error of
// derivation: the L1 view is incomplete or lying, and nothing derived from it can be used.
//
// Contract views are read at one pinned block per call (Batches: toBlock; DelayedMessages: the
// head), not at each event's block: the Inbox's records are written once and never change, so the
// value is the same, and a node that prunes old state (any non-archive node) can still answer.
package derive

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/contracts/bindings"
)

const (
	// DefaultPageSize is the number of blocks one eth_getLogs query covers when Config.PageSize
	// is 0. Public providers commonly cap a query at 1,000 to 10,000 blocks.
	DefaultPageSize = 1000
	// DefaultMaxBatches bounds one Batches call when Config.MaxBatches is 0: 64 batches of at
	// most 761,856 payload bytes is under 50 MB.
	DefaultMaxBatches = 64
)

var (
	// ErrGap is wrapped when the logs skip, repeat or reorder a batch or delayed message, or end
	// before the count the Inbox reports.
	ErrGap = errors.New("derive: gap in the L1 record")
	// ErrCommitmentMismatch is wrapped when a BatchAdded event does not hash to the commitment
	// the Inbox stores for the batch.
	ErrCommitmentMismatch = errors.New("derive: batch commitment mismatch")
	// ErrAccumulatorMismatch is wrapped when the delayed messages do not extend the Inbox's
	// accumulator from its value before the first to its value after the last.
	ErrAccumulatorMismatch = errors.New("derive: delayed accumulator mismatch")
	// ErrBadLog is wrapped for an event that does not parse or contradicts itself or its twin
	// (a Deposit whose message differs from its fields or hashes to another DelayedMessage hash).
	ErrBadLog = errors.New("derive: malformed L1 event")
	// ErrNotOnL1 is wrapped when DelayedMessages asks for messages the Inbox does not hold yet.
	ErrNotOnL1 = errors.New("derive: not on L1")
	// ErrHeaderMismatch is set (wrapped) in Batch.Err when a payload decodes but its header
	// names another batch number or delayed count than the Inbox recorded: the Inbox's values
	// are the ones committed to, so the payload is invalid.
	ErrHeaderMismatch = errors.New("derive: payload header contradicts the Inbox")
)

// L1 is what a Source reads from the execution layer. *ethclient.Client implements it.
type L1 interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// BlobFetcher fetches blobs by the time of the block that carried them and their versioned
// hashes, in the order of hashes, each checked against its hash. *sources.L1BeaconClient
// implements it.
type BlobFetcher interface {
	GetBlobsByHash(ctx context.Context, time uint64, hashes []common.Hash) ([]*eth.Blob, error)
}

// Config configures a Source.
type Config struct {
	// L1RPC is the execution node's JSON-RPC URL (NewSource only).
	L1RPC string
	// BeaconURL is the beacon node's HTTP API URL (NewSource only).
	BeaconURL string
	// Inbox and Bridge are the deployed contracts.
	Inbox, Bridge common.Address
	// PageSize is the number of blocks per log query; 0 means DefaultPageSize.
	PageSize uint64
	// MaxBatches is the most batches one Batches call returns; 0 means DefaultMaxBatches.
	MaxBatches int
	// Log receives progress at debug level; nil discards it.
	Log log.Logger
}

// Source derives batches and delayed messages from L1. Its methods are safe for concurrent use
// (it holds no mutable state besides its clients).
type Source struct {
	l1         L1
	blobs      BlobFetcher
	inbox      common.Address
	bridge     common.Address
	inboxABI   *bindings.Inbox
	bridgeABI  *bindings.Bridge
	topics     topics
	pageSize   uint64
	maxBatches int
	log        log.Logger
	close      func()
}

// topics are the event signatures Source filters on, taken from the bindings' ABIs.
type topics struct {
	batchAdded, delayedMessage, deposit common.Hash
}

// NewSource dials cfg.L1RPC and cfg.BeaconURL and returns a Source over them (see New). Close
// releases the connections.
func NewSource(ctx context.Context, cfg Config) (*Source, error) {
	if cfg.Log == nil {
		cfg.Log = log.NewLogger(log.DiscardHandler())
	}
	l1, err := ethclient.DialContext(ctx, cfg.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("derive: dial L1 %s: %w", cfg.L1RPC, err)
	}
	beacon := sources.NewL1BeaconClient(
		sources.NewBeaconHTTPClient(client.NewBasicHTTPClient(cfg.BeaconURL, cfg.Log)),
		sources.L1BeaconClientConfig{})
	s, err := New(ctx, l1, beacon, cfg)
	if err != nil {
		l1.Close()
		return nil, err
	}
	s.close = l1.Close
	return s, nil
}

// New returns a Source over existing clients; cfg.L1RPC and cfg.BeaconURL are ignored. It checks
// that cfg.Inbox is an Inbox whose bridge is cfg.Bridge, so a misconfiguration fails here rather
// than as an empty chain.
func New(ctx context.Context, l1 L1, blobs BlobFetcher, cfg Config) (*Source, error) {
	if cfg.Inbox == (common.Address{}) || cfg.Bridge == (common.Address{}) {
		return nil, errors.New("derive: Inbox and Bridge addresses are required")
	}
	if cfg.Log == nil {
		cfg.Log = log.NewLogger(log.DiscardHandler())
	}
	if cfg.PageSize == 0 {
		cfg.PageSize = DefaultPageSize
	}
	if cfg.MaxBatches <= 0 {
		cfg.MaxBatches = DefaultMaxBatches
	}
	inboxABI, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("derive: Inbox ABI: %w", err)
	}
	bridgeABI, err := bindings.BridgeMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("derive: Bridge ABI: %w", err)
	}
	s := &Source{
		l1: l1, blobs: blobs, inbox: cfg.Inbox, bridge: cfg.Bridge,
		inboxABI: bindings.NewInbox(), bridgeABI: bindings.NewBridge(),
		topics: topics{
			batchAdded:     inboxABI.Events[bindings.InboxBatchAddedEventName].ID,
			delayedMessage: inboxABI.Events[bindings.InboxDelayedMessageEventName].ID,
			deposit:        bridgeABI.Events[bindings.BridgeDepositEventName].ID,
		},
		pageSize: cfg.PageSize, maxBatches: cfg.MaxBatches, log: cfg.Log, close: func() {},
	}
	head, err := s.header(ctx, nil)
	if err != nil {
		return nil, err
	}
	out, err := s.call(ctx, head, s.inbox, s.inboxABI.PackBridge())
	if err != nil {
		return nil, fmt.Errorf("derive: Inbox %s: bridge(): %w", cfg.Inbox, err)
	}
	bridge, err := s.inboxABI.UnpackBridge(out)
	if err != nil {
		return nil, fmt.Errorf("derive: Inbox %s: bridge(): %w", cfg.Inbox, err)
	}
	if bridge != cfg.Bridge {
		return nil, fmt.Errorf("derive: Inbox %s names Bridge %s, configured %s", cfg.Inbox, bridge, cfg.Bridge)
	}
	return s, nil
}

// Close releases the connections NewSource opened; for a Source from New it does nothing.
func (s *Source) Close() { s.close() }
