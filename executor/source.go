package executor

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
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

// BatchEnds is a BlockSource that knows when a batch is complete. The executor seals a batch
// (writes the checkpoint of the state after it, withdrawal.go) when the next batch's first block
// arrives; with a BatchEnds source it does so as soon as the batch's last block is applied, so
// that the state after the newest batch is provable while no new block comes.
type BatchEnds interface {
	// BatchEnd returns batch b's last block once no block can join the batch.
	BatchEnd(ctx context.Context, b uint64) (last uint64, ended bool, err error)
}

// blockClient is the part of the crollup JSON-RPC API an RPCSource reads; *client.Client has
// it. GetBlock answers an error, never a nil block, for a block the endpoint does not have.
type blockClient interface {
	BlockNumber(ctx context.Context) (uint64, error)
	GetBlock(ctx context.Context, n uint64) (*api.Block, error)
}

// RPCSource is a BlockSource over a sequencer's JSON-RPC API (compute_blockNumber and
// compute_getBlock), read through chain/client.
type RPCSource struct {
	c     blockClient
	close func()
}

// DialSource returns an RPCSource for the sequencer at url. Over HTTP nothing is sent until the
// first call, so the sequencer need not be up yet.
func DialSource(ctx context.Context, url string) (*RPCSource, error) {
	c, err := client.Dial(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("executor: dial sequencer %s: %w", url, err)
	}
	return &RPCSource{c: c, close: c.Close}, nil
}

// Close closes the connection.
func (s *RPCSource) Close() {
	if s.close != nil {
		s.close()
	}
}

// BlockNumber implements BlockSource.
func (s *RPCSource) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := s.c.BlockNumber(ctx)
	return n, noBlock(err)
}

// Block implements BlockSource.
func (s *RPCSource) Block(ctx context.Context, n uint64) (*api.Block, error) {
	b, err := s.c.GetBlock(ctx, n)
	if err != nil {
		return nil, noBlock(err)
	}
	return b, nil
}

// batchClient is the part of the API BatchEnd reads; *client.Client has it.
type batchClient interface {
	GetBatch(ctx context.Context, n uint64) (*api.Batch, error)
}

// BatchEnd implements BatchEnds: a batch the sequencer sealed (compute_getBatch).
func (s *RPCSource) BatchEnd(ctx context.Context, b uint64) (uint64, bool, error) {
	bc, ok := s.c.(batchClient)
	if !ok {
		return 0, false, nil
	}
	got, err := bc.GetBatch(ctx, b)
	if err != nil {
		if client.NotFound(err) {
			return 0, false, nil
		}
		return 0, false, err
	}
	if !got.Sealed || got.Last == nil {
		return 0, false, nil
	}
	return uint64(*got.Last), true, nil
}

// noBlock maps the API's "unknown" and "not yet" answers (client.NotFound) to ErrNoBlock.
func noBlock(err error) error {
	if client.NotFound(err) {
		return fmt.Errorf("%w: %w", ErrNoBlock, err)
	}
	return err
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
