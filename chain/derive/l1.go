package derive

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// header returns the header at number (nil: the head).
func (s *Source) header(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, err := s.l1.HeaderByNumber(ctx, number)
	if err != nil {
		what := "head"
		if number != nil {
			what = "block " + number.String()
		}
		return nil, fmt.Errorf("derive: header of %s: %w", what, err)
	}
	return h, nil
}

// call runs a view at the pinned block.
func (s *Source) call(ctx context.Context, at *types.Header, to common.Address, data []byte) ([]byte, error) {
	return s.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &to, Data: data}, at.Hash())
}

// inboxView runs an Inbox view at the pinned block and unpacks its result.
func inboxView[T any](ctx context.Context, s *Source, at *types.Header, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := s.call(ctx, at, s.inbox, data)
	if err == nil {
		var v T
		if v, err = unpack(out); err == nil {
			return v, nil
		}
	}
	var zero T
	return zero, fmt.Errorf("derive: Inbox.%s at block %d: %w", what, at.Number, err)
}

// blockAtTime returns the number of the block at or before head whose timestamp is t. Timestamps
// strictly increase along a chain, so at most one block has it and a binary search over headers
// finds it: the Inbox records times (batchTime, delayedTime), not block numbers, and this turns
// them into the block to start scanning logs at in about log2(head) header reads, which every
// node serves, instead of scanning from genesis.
func (s *Source) blockAtTime(ctx context.Context, t uint64, head *types.Header) (uint64, error) {
	if head.Time < t {
		return 0, fmt.Errorf("derive: time %d is after block %d (time %d)", t, head.Number, head.Time)
	}
	lo, hi := uint64(0), head.Number.Uint64() // the answer is the least n in [lo, hi] with time(n) ≥ t
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := s.header(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, err
		}
		if h.Time < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	h, err := s.header(ctx, new(big.Int).SetUint64(lo))
	if err != nil {
		return 0, err
	}
	if h.Time != t {
		return 0, fmt.Errorf("derive: no block has time %d (block %d has %d)", t, lo, h.Time)
	}
	return lo, nil
}

// scanLogs queries logs matching q page by page from block from to block to (inclusive), in
// chain order, and passes each to visit until visit reports done. eth_getLogs returns a page's
// logs ordered by block and log index, and pages ascend, so visit sees chain order.
func (s *Source) scanLogs(ctx context.Context, q ethereum.FilterQuery, from, to uint64, visit func(*types.Log) (done bool, err error)) error {
	for lo := from; lo <= to; {
		hi := to
		if to-lo >= s.pageSize {
			hi = lo + s.pageSize - 1
		}
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
		logs, err := s.l1.FilterLogs(ctx, q)
		if err != nil {
			return fmt.Errorf("derive: logs of blocks %d to %d: %w", lo, hi, err)
		}
		s.log.Debug("Scanned L1 logs", "from", lo, "to", hi, "logs", len(logs))
		for i := range logs {
			if logs[i].Removed {
				continue // only subscriptions report removed logs; be safe anyway
			}
			done, err := visit(&logs[i])
			if err != nil || done {
				return err
			}
		}
		if hi == to {
			break
		}
		lo = hi + 1
	}
	return nil
}

// blockHeaders caches headers by hash for one call: several batches can share a block.
type blockHeaders struct {
	s     *Source
	cache map[common.Hash]*types.Header
}

// of returns the header of the block a log is in, checking that it is that block.
func (b *blockHeaders) of(ctx context.Context, l *types.Log) (*types.Header, error) {
	if h, ok := b.cache[l.BlockHash]; ok {
		return h, nil
	}
	h, err := b.s.l1.HeaderByHash(ctx, l.BlockHash)
	if err != nil {
		return nil, fmt.Errorf("derive: header of block %s: %w", l.BlockHash, err)
	}
	if h.Number.Uint64() != l.BlockNumber {
		return nil, fmt.Errorf("%w: log says block %s is number %d, its header %d", ErrBadLog, l.BlockHash, l.BlockNumber, h.Number)
	}
	b.cache[l.BlockHash] = h
	return h, nil
}

// Counts is what the Inbox holds at one L1 block.
type Counts struct {
	L1Block  uint64      // the block the counts were read at
	L1Hash   common.Hash // its hash
	Batches  uint64      // Inbox.batchCount()
	Delayed  uint64      // Inbox.delayedCount(): delayed messages enqueued
	Consumed uint64      // Inbox.delayedConsumed(): consumed by the last batch
}

// DelayedAccAt is the Inbox's delayed-message accumulator after n messages, depth blocks behind
// the head: what a reader that consumed n messages compares its own with, to know that L1 still
// holds them.
func (s *Source) DelayedAccAt(ctx context.Context, depth, n uint64) (common.Hash, error) {
	at, err := s.header(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	if h := at.Number.Uint64(); depth > 0 {
		if at, err = s.header(ctx, new(big.Int).SetUint64(h-min(h, depth))); err != nil {
			return common.Hash{}, err
		}
	}
	acc, err := inboxView(ctx, s, at, fmt.Sprintf("delayedAcc(%d)", n), s.inboxABI.PackDelayedAcc(n), s.inboxABI.UnpackDelayedAcc)
	return common.Hash(acc), err
}

// CountsAt reads the Inbox's counters at block number, or at the head minus depth blocks when
// number is nil (depth 0: the head). Readers that must not act on what a reorg can take back
// (the sequencer including deposits, the batcher resuming) pass a depth of confirmations.
func (s *Source) CountsAt(ctx context.Context, number *big.Int, depth uint64) (Counts, error) {
	at, err := s.header(ctx, number)
	if err != nil {
		return Counts{}, err
	}
	if number == nil && depth > 0 {
		n := at.Number.Uint64()
		if n < depth {
			depth = n
		}
		if at, err = s.header(ctx, new(big.Int).SetUint64(n-depth)); err != nil {
			return Counts{}, err
		}
	}
	c := Counts{L1Block: at.Number.Uint64(), L1Hash: at.Hash()}
	if c.Batches, err = inboxView(ctx, s, at, "batchCount()", s.inboxABI.PackBatchCount(), s.inboxABI.UnpackBatchCount); err != nil {
		return Counts{}, err
	}
	if c.Delayed, err = inboxView(ctx, s, at, "delayedCount()", s.inboxABI.PackDelayedCount(), s.inboxABI.UnpackDelayedCount); err != nil {
		return Counts{}, err
	}
	if c.Consumed, err = inboxView(ctx, s, at, "delayedConsumed()", s.inboxABI.PackDelayedConsumed(), s.inboxABI.UnpackDelayedConsumed); err != nil {
		return Counts{}, err
	}
	return c, nil
}

// CommitmentAt is the commitment the Inbox stores for batch n at the block c was read at (an
// error if it holds no batch n there: c.Batches ≤ n): what a reader that derived batch n compares with the one it
// computed (l1data.BatchCommitment), to know that L1 still holds that batch and not another.
func (s *Source) CommitmentAt(ctx context.Context, c Counts, n uint64) (common.Hash, error) {
	out, err := s.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &s.inbox, Data: s.inboxABI.PackBatchCommitment(n)}, c.L1Hash)
	if err == nil {
		var h [32]byte
		if h, err = s.inboxABI.UnpackBatchCommitment(out); err == nil {
			return h, nil
		}
	}
	return common.Hash{}, fmt.Errorf("derive: Inbox.batchCommitment(%d) at block %d: %w", n, c.L1Block, err)
}
