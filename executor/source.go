package executor

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
)

// ErrNoBlock is returned by a BlockSource that does not have the block asked for (yet), or no
// block at all.
var ErrNoBlock = errors.New("no such block")

// BlockSource gives the executor the sequencer's blocks.
type BlockSource interface {
	// BlockNumber is the number of the newest block; ErrNoBlock if there is none.
	BlockNumber(ctx context.Context) (uint64, error)
	// Block returns block n; ErrNoBlock if the source does not have it.
	Block(ctx context.Context, n uint64) (*api.Block, error)
}

// RPCSource is a BlockSource over a sequencer's JSON-RPC API (compute_blockNumber and
// compute_getBlock).
type RPCSource struct{ c *rpc.Client }

// DialSource returns an RPCSource for the sequencer at url. Over HTTP nothing is sent until the
// first call, so the sequencer need not be up yet.
func DialSource(ctx context.Context, url string) (*RPCSource, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("executor: dial sequencer %s: %w", url, err)
	}
	return &RPCSource{c: c}, nil
}

// Close closes the connection.
func (s *RPCSource) Close() { s.c.Close() }

// notFound maps the API's "unknown" and "not yet" answers to ErrNoBlock.
func notFound(err error) error {
	var re rpc.Error
	if errors.As(err, &re) && (re.ErrorCode() == api.CodeUnknown || re.ErrorCode() == api.CodeNotExecuted) {
		return fmt.Errorf("%w: %v", ErrNoBlock, err)
	}
	return err
}

// BlockNumber implements BlockSource.
func (s *RPCSource) BlockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := s.c.CallContext(ctx, &n, api.MethodBlockNumber); err != nil {
		return 0, notFound(err)
	}
	return uint64(n), nil
}

// Block implements BlockSource.
func (s *RPCSource) Block(ctx context.Context, n uint64) (*api.Block, error) {
	var b *api.Block
	if err := s.c.CallContext(ctx, &b, api.MethodGetBlock, hexutil.Uint64(n)); err != nil {
		return nil, notFound(err)
	}
	if b == nil {
		return nil, fmt.Errorf("%w: %d", ErrNoBlock, n)
	}
	return b, nil
}

// MemorySource is a BlockSource held in memory, for tests and in-process setups. It is safe for
// concurrent use.
type MemorySource struct {
	mu     sync.Mutex
	blocks []*api.Block
}

// NewBlock builds the sequencer block number n: a timestamp, the delayed messages consumed once
// it is applied (a running total) and its messages, as the canonical one-block payload. hashes
// are the messages' hashes (nil: none given).
func NewBlock(n, timestamp, delayed uint64, msgs []batch.Message, hashes []common.Hash) (*api.Block, error) {
	b := &batch.Batch{Number: n, Delayed: delayed,
		Blocks: []batch.Block{{Timestamp: timestamp, Messages: uint32(len(msgs)), Delayed: delayed}}, Msgs: msgs}
	p, err := b.Encode()
	if err != nil {
		return nil, err
	}
	return &api.Block{Number: hexutil.Uint64(n), Timestamp: hexutil.Uint64(timestamp), Delayed: hexutil.Uint64(delayed),
		Hashes: hashes, Payload: p}, nil
}

// Push appends the next block (numbered from 0) of msgs with timestamp and no delayed messages.
func (s *MemorySource) Push(timestamp uint64, msgs []batch.Message) (*api.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := NewBlock(uint64(len(s.blocks)), timestamp, 0, msgs, nil)
	if err != nil {
		return nil, err
	}
	s.blocks = append(s.blocks, b)
	return b, nil
}

// Append appends a block as given (its number is not checked).
func (s *MemorySource) Append(b *api.Block) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blocks = append(s.blocks, b)
}

// Len is the number of blocks.
func (s *MemorySource) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.blocks)
}

// BlockNumber implements BlockSource.
func (s *MemorySource) BlockNumber(context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.blocks) == 0 {
		return 0, ErrNoBlock
	}
	return uint64(len(s.blocks) - 1), nil
}

// Block implements BlockSource.
func (s *MemorySource) Block(_ context.Context, n uint64) (*api.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n >= uint64(len(s.blocks)) {
		return nil, fmt.Errorf("%w: %d", ErrNoBlock, n)
	}
	return s.blocks[n], nil
}
