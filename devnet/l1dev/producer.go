package l1dev

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/miner"
)

const (
	// extraData marks the blocks this package produced (header extra, at most 32 bytes).
	extraData = "crollup/l1dev"
	// Domains of the two per-block values a beacon chain would supply.
	randaoDomain     = "crollup/l1dev/prev-randao/"
	beaconRootDomain = "crollup/l1dev/beacon-root/"
)

// Mine produces one block now and returns it: every transaction the pool holds that is executable and fits
// (gas, blobs) is in it. Its timestamp is the next slot after the head's, or the current slot if the wall clock is
// past that, so on a timed chain Mine can run the chain ahead of the clock; the timed loop then waits for the
// clock to catch up. Tests on an on-demand chain (BlockTime 0) call it after sending transactions.
func (l *L1) Mine(ctx context.Context) (*types.Block, error) { return l.mine(ctx, 0) }

// MineAt produces one block at timestamp, which must be after the head's, as Mine does otherwise: a test's
// time warp (a delay on L1 to wait out) on an on-demand chain. Later blocks follow it one slot apart.
func (l *L1) MineAt(ctx context.Context, timestamp uint64) (*types.Block, error) {
	return l.mine(ctx, timestamp)
}

// mine is Mine (timestamp 0: the next slot) and MineAt.
func (l *L1) mine(ctx context.Context, timestamp uint64) (*types.Block, error) {
	select {
	case l.sealing <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("l1dev: mine: %w", ctx.Err())
	}
	defer func() { <-l.sealing }()
	l.stateMu.Lock()
	state := l.state
	l.stateMu.Unlock()
	switch state {
	case created:
		return nil, ErrNotStarted
	case stopped:
		return nil, ErrStopped
	}
	head := l.eth.BlockChain().CurrentBlock().Time
	switch {
	case timestamp == 0:
		timestamp = l.nextTimestamp(head, time.Now())
	case timestamp <= head:
		return nil, fmt.Errorf("l1dev: mine at %d: not after the head's time %d", timestamp, head)
	}
	block, err := l.seal(ctx, timestamp)
	if err != nil {
		return nil, fmt.Errorf("l1dev: mine: %w", err)
	}
	return block, nil
}

// produceLoop produces a block at every slot until ctx ends. A slot whose time passed while a block could not be
// produced (a stalled machine, a stopped devnet reopened later) stays empty, as a missed slot does on the beacon
// chain, rather than being caught up with a burst of blocks.
func (l *L1) produceLoop(ctx context.Context) {
	defer close(l.done)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		wait, err := l.produceDue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			l.log.Error("L1 block production failed", "err", err)
			wait = l.cfg.BlockTime // retry next slot, not in a hot loop
		}
		timer.Reset(wait)
	}
}

// produceDue produces the next block if its time has come and returns how long to wait before asking again.
func (l *L1) produceDue(ctx context.Context) (time.Duration, error) {
	select {
	case l.sealing <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	defer func() { <-l.sealing }()
	now := time.Now()
	next := l.nextTimestamp(l.eth.BlockChain().CurrentBlock().Time, now)
	if at := time.Unix(int64(next), 0); at.After(now) {
		return at.Sub(now), nil
	}
	if _, err := l.seal(ctx, next); err != nil {
		return 0, err
	}
	return 0, nil // the next call computes the following slot and waits for it
}

// nextTimestamp is the timestamp of the block after one at parentTime: the next slot boundary, or the latest
// boundary the wall clock has passed if that is later. Boundaries are genesis + k*SecondsPerSlot, so every block
// starts a slot and no two share one.
func (l *L1) nextTimestamp(parentTime uint64, now time.Time) uint64 {
	slot, genesis := l.meta.SecondsPerSlot, l.meta.Genesis.Timestamp
	next := parentTime + slot
	if t := now.Unix(); t > 0 && uint64(t) > next && uint64(t) >= genesis {
		if aligned := genesis + (uint64(t)-genesis)/slot*slot; aligned > next {
			next = aligned
		}
	}
	return next
}

// seal produces the block at timestamp on top of the head, as a consensus client would drive go-ethereum:
// build a payload, keep its blobs bundle, hand the payload back with engine_newPayloadV4 (which re-executes and
// checks it against the versioned hashes and beacon root), then engine_forkchoiceUpdatedV3 to make it the head.
//
// The payload is built with Miner().BuildTestingPayload (the builder behind testing_buildBlockV1), not with
// forkchoiceUpdatedV3-with-attributes and getPayloadV5, for determinism: getPayload interrupts the background
// build it collects, and a build interrupted before it reached the pool is an empty block (miner/
// payload_building.go; getPayloadV5 right after forkchoiceUpdatedV3 returned an empty payload 20 times out of 20
// here, a transaction pending each time). A consensus client hides this by calling getPayload seconds after
// forkchoiceUpdated, SimulatedBeacon with an unexported wait; Mine must include what was sent before it, every
// time, and so must a slot on a busy machine. BuildTestingPayload fills the block
// from the pool synchronously, with the same selection and limits, and returns the same envelope, blobs bundle
// included (which go-ethereum's own SimulatedBeacon throws away).
func (l *L1) seal(ctx context.Context, timestamp uint64) (*types.Block, error) {
	// The pool re-validates itself on a new head in the background; wait for that, so that a transaction sent
	// before this call is pending now (go-ethereum's SimulatedBeacon does the same).
	if err := l.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("sync tx pool: %w", err)
	}
	return l.sealOn(ctx, l.eth.BlockChain().CurrentBlock(), timestamp, nil)
}

// sealOn produces a block at timestamp on top of parent, which need not be the head, and makes it the head. With
// txs it holds exactly those transactions, in order (an empty non-nil slice: none); with nil, whatever the pool has.
func (l *L1) sealOn(ctx context.Context, parent *types.Header, timestamp uint64, txs []*types.Transaction) (*types.Block, error) {
	chain := l.eth.BlockChain()
	number := parent.Number.Uint64() + 1
	beaconRoot := fakeBeaconRoot(parent.Time)
	envelope, err := l.eth.Miner().BuildTestingPayload(&miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    timestamp,
		FeeRecipient: l.cfg.FeeRecipient,
		Random:       prevRandao(timestamp),
		Withdrawals:  types.Withdrawals{}, // no validators, no withdrawals; non-nil: post-Shanghai
		BeaconRoot:   &beaconRoot,
	}, txs, txs != nil && len(txs) == 0, []byte(extraData))
	if err != nil {
		return nil, fmt.Errorf("build block %d: %w", number, err)
	}
	payload := envelope.ExecutionPayload
	hashes, err := versionedHashes(envelope.BlobsBundle)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	// Store the blobs before the block can become the head: whoever sees the block can fetch them.
	if err := l.blobs.put(payload.BlockHash, envelope.BlobsBundle); err != nil {
		return nil, err
	}
	requests := make([]hexutil.Bytes, len(envelope.Requests)) // non-nil even when empty: Prague requires it
	for i, r := range envelope.Requests {
		requests[i] = r
	}
	status, err := l.engine.NewPayloadV4(ctx, *payload, hashes, &beaconRoot, requests)
	if err != nil {
		return nil, fmt.Errorf("newPayload block %d: %w", number, err)
	}
	if status.Status != engine.VALID {
		return nil, fmt.Errorf("newPayload block %d: status %s: %s", number, status.Status, validationError(status))
	}
	if err := l.forkchoice(ctx, payload.BlockHash); err != nil {
		return nil, fmt.Errorf("forkchoice to block %d: %w", number, err)
	}
	block := chain.GetBlockByHash(payload.BlockHash)
	if block == nil {
		return nil, fmt.Errorf("block %d %s: not found after import", number, payload.BlockHash)
	}
	l.log.Debug("Produced L1 block", "number", number, "hash", block.Hash(), "time", timestamp,
		"txs", len(block.Transactions()), "blobs", len(hashes), "gas", block.GasUsed())
	return block, nil
}

// Reorg replaces the last depth blocks with one block on their parent holding exactly txs (none: an empty
// block), and makes it the head: what a consensus client does when it sees a heavier fork. Transactions of the
// dropped blocks go back to the pool, as go-ethereum does on a reorg, unless txs invalidate them (a transaction
// of the same sender and nonce). The new block has the timestamp of the first dropped one, so the chain's clock
// does not move. It fails if the reorg would drop a finalized block: set Config.FinalityDepth to at least depth.
// Tests use it to check what crollup's services do when L1 takes back a block.
func (l *L1) Reorg(ctx context.Context, depth uint64, txs []*types.Transaction) (*types.Block, error) {
	if txs == nil {
		txs = []*types.Transaction{} // an empty block, not whatever the pool has
	}
	return l.reorg(ctx, depth, func(*types.Header, uint64) ([]*types.Transaction, error) { return txs, nil })
}

// ReorgAgain is Reorg with a block holding the dropped blocks' transactions without blobs, in chain order (the
// transactions Dropped returns at that moment): a fork that included the same transactions, in fewer blocks. A
// transaction that cannot join that block — its fee cap under the block's base fee, or the block full — is left
// out with every later one of its sender (their nonces would not follow), and goes back to the pool.
func (l *L1) ReorgAgain(ctx context.Context, depth uint64) (*types.Block, error) {
	return l.reorg(ctx, depth, func(parent *types.Header, time uint64) ([]*types.Transaction, error) {
		dropped, err := l.Dropped(depth)
		if err != nil {
			return nil, err
		}
		chain := l.eth.BlockChain()
		baseFee := eip1559.CalcBaseFee(chain.Config(), parent, time)
		signer := types.LatestSigner(chain.Config())
		gasLeft := parent.GasLimit - parent.GasLimit/1024 // the least limit the new block can have
		left := map[common.Address]bool{}
		txs := []*types.Transaction{}
		for _, tx := range dropped {
			from, err := types.Sender(signer, tx)
			if err != nil {
				return nil, err
			}
			if left[from] || tx.GasFeeCapIntCmp(baseFee) < 0 || tx.Gas() > gasLeft {
				left[from] = true
				continue
			}
			gasLeft -= tx.Gas()
			txs = append(txs, tx)
		}
		return txs, nil
	})
}

// reorg replaces the last depth blocks with one holding the transactions txs returns for the new block's parent
// and time, called once no other block can be produced meanwhile.
func (l *L1) reorg(ctx context.Context, depth uint64, txs func(parent *types.Header, time uint64) ([]*types.Transaction, error)) (*types.Block, error) {
	select {
	case l.sealing <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("l1dev: reorg: %w", ctx.Err())
	}
	defer func() { <-l.sealing }()
	if !l.isRunning() {
		return nil, ErrNotStarted
	}
	chain := l.eth.BlockChain()
	head := chain.CurrentBlock()
	n := head.Number.Uint64()
	if depth == 0 || depth > n || depth > l.cfg.FinalityDepth {
		return nil, fmt.Errorf("l1dev: reorg of %d blocks at head %d with finality depth %d: out of range", depth, n, l.cfg.FinalityDepth)
	}
	parent := chain.GetHeaderByNumber(n - depth)
	first := chain.GetHeaderByNumber(n - depth + 1)
	if parent == nil || first == nil {
		return nil, fmt.Errorf("l1dev: reorg: blocks %d and %d not found", n-depth, n-depth+1)
	}
	included, err := txs(parent, first.Time)
	if err != nil {
		return nil, fmt.Errorf("l1dev: reorg: %w", err)
	}
	block, err := l.sealOn(ctx, parent, first.Time, included)
	if err != nil {
		return nil, fmt.Errorf("l1dev: reorg: %w", err)
	}
	l.log.Info("L1 reorg", "dropped", depth, "from", n-depth+1, "new_head", block.Number(), "hash", block.Hash(), "txs", len(included))
	return block, nil
}

// forkchoice makes head the chain head (and safe), with the finalized block FinalityDepth behind it.
func (l *L1) forkchoice(ctx context.Context, head common.Hash) error {
	chain := l.eth.BlockChain()
	header := chain.GetHeaderByHash(head)
	if header == nil {
		return fmt.Errorf("head %s: unknown", head)
	}
	finalized := head
	if n := header.Number.Uint64(); l.cfg.FinalityDepth > 0 {
		// The head's ancestors are canonical already: it extends the current head.
		finalized = chain.GetCanonicalHash(n - min(n, l.cfg.FinalityDepth))
	}
	res, err := l.engine.ForkchoiceUpdatedV3(ctx, engine.ForkchoiceStateV1{
		HeadBlockHash:      head,
		SafeBlockHash:      head,
		FinalizedBlockHash: finalized,
	}, nil)
	if err != nil {
		return err
	}
	if res.PayloadStatus.Status != engine.VALID {
		return fmt.Errorf("status %s: %s", res.PayloadStatus.Status, validationError(res.PayloadStatus))
	}
	if l.cfg.DataDir != "" {
		// go-ethereum writes its database without syncing and keeps up to 500 KB of write-ahead log in memory:
		// killed, it lost the last minute of a quiet devnet (the services, ahead of it, could not go on). Each
		// new head is made durable here, with its block and (hash scheme, archive: chainMeta) its state, before
		// the next block is built on it.
		if err := l.eth.ChainDb().SyncKeyValue(); err != nil {
			return fmt.Errorf("sync the chain database: %w", err)
		}
	}
	return nil
}

// versionedHashes returns the EIP-4844 versioned hashes of a bundle's commitments, as a consensus client derives
// them from the beacon block; newPayload checks them against the block's blob transactions. Never nil.
func versionedHashes(bundle *engine.BlobsBundle) ([]common.Hash, error) {
	hashes := make([]common.Hash, 0)
	if bundle == nil {
		return hashes, nil
	}
	hasher := sha256.New()
	for i, raw := range bundle.Commitments {
		var c kzg4844.Commitment
		if len(raw) != len(c) {
			return nil, fmt.Errorf("commitment %d: %d bytes", i, len(raw))
		}
		copy(c[:], raw)
		hashes = append(hashes, kzg4844.CalcBlobHashV1(hasher, &c))
	}
	return hashes, nil
}

// prevRandao is the block's PREVRANDAO: a hash of its timestamp. Deterministic, and not random: nothing here
// should rely on it for randomness.
func prevRandao(timestamp uint64) common.Hash {
	return domainHash(randaoDomain, timestamp)
}

// fakeBeaconRoot is the parent beacon block root (EIP-4788) of the block after the one at parentTime. There is no
// beacon chain; the value only has to be a fixed function of the parent slot.
func fakeBeaconRoot(parentTime uint64) common.Hash {
	return domainHash(beaconRootDomain, parentTime)
}

func domainHash(domain string, v uint64) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return crypto.Keccak256Hash([]byte(domain), b[:])
}

func validationError(s engine.PayloadStatusV1) string {
	if s.ValidationError == nil {
		return "no reason given"
	}
	return *s.ValidationError
}

// Dropped returns the transactions of the last depth blocks without blobs, in chain order: what ReorgAgain
// includes again in the block that replaces them (a blob transaction's block holds no blobs; go-ethereum's
// blob pool keeps them and offers them again after a reorg).
func (l *L1) Dropped(depth uint64) ([]*types.Transaction, error) {
	chain := l.eth.BlockChain()
	n := chain.CurrentBlock().Number.Uint64()
	if depth > n {
		return nil, fmt.Errorf("l1dev: %d blocks at head %d", depth, n)
	}
	var out []*types.Transaction
	for k := n - depth + 1; k <= n; k++ {
		b := chain.GetBlockByNumber(k)
		if b == nil {
			return nil, fmt.Errorf("l1dev: block %d not found", k)
		}
		for _, tx := range b.Transactions() {
			if tx.Type() != types.BlobTxType {
				out = append(out, tx)
			}
		}
	}
	return out, nil
}

// devAPI is the l1dev JSON-RPC namespace: what a test or a developer needs to put crollup's services through
// an L1 that takes blocks back. It is served by every l1dev node (a development chain: its keys are public).
type devAPI struct{ l *L1 }

// Reorg (l1dev_reorg) replaces the last depth blocks with one block on their parent and returns its number.
// With reinclude, that block holds the dropped blocks' transactions without blobs, in their order (ReorgAgain);
// without, it is empty (Reorg) and they go back to the pool, to be included in an order of the pool's choosing.
func (a devAPI) Reorg(ctx context.Context, depth hexutil.Uint64, reinclude bool) (hexutil.Uint64, error) {
	reorg := a.l.Reorg
	if reinclude {
		reorg = func(ctx context.Context, depth uint64, _ []*types.Transaction) (*types.Block, error) {
			return a.l.ReorgAgain(ctx, depth)
		}
	}
	b, err := reorg(ctx, uint64(depth), nil)
	if err != nil {
		return 0, err
	}
	return hexutil.Uint64(b.NumberU64()), nil
}
