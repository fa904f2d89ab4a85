package batcher

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/client"
)

// staleGuard calls off the sending of a batch that the sequencer no longer has as it was
// prepared. After an L1 reorg deeper than the confirmations the sequencer may sequence its chain
// again, and a batch being sent may then be one of the old chain: its transaction reverts at
// gas estimation (the Inbox's delayed count no longer fits), and the transaction manager tries
// again 30 times, 2 s apart, before giving up — a minute in which no other batch is posted, and
// in which the old batch lands if L1 comes to hold its deposits again. While a batch's send is
// under way the guard asks the sequencer, every poll interval, for the hash of the batch's last
// block (api.Block.Hash chains every block before it): gone or another, the send is cancelled,
// and the batcher resumes from the Inbox count with the sequencer's new batches.
type staleGuard struct {
	txmgr.TxManager
	src   Source
	every time.Duration
	onOff func(n uint64) // told when a send is called off (metrics, log)

	mu      sync.Mutex
	batches map[*eth.Blob]sentBatch // by the candidate's first blob: one per prepared candidate
}

// sentBatch is what a candidate was prepared from.
type sentBatch struct {
	number, last uint64
	hash         common.Hash // the hash of block last at the sequencer when prepared
}

func newStaleGuard(tm txmgr.TxManager, src Source, every time.Duration, onOff func(uint64)) *staleGuard {
	return &staleGuard{TxManager: tm, src: src, every: every, onOff: onOff, batches: map[*eth.Blob]sentBatch{}}
}

// prepared records that c was built from batch number, whose last block is last with hash.
func (g *staleGuard) prepared(c *txmgr.TxCandidate, number, last uint64, hash common.Hash) {
	if len(c.Blobs) == 0 || hash == (common.Hash{}) {
		return
	}
	g.mu.Lock()
	g.batches[c.Blobs[0]] = sentBatch{number: number, last: last, hash: hash}
	g.mu.Unlock()
}

// SendAsync is the transaction manager's, with the send cancelled once the sequencer no longer
// has the candidate's batch (stale).
func (g *staleGuard) SendAsync(ctx context.Context, c txmgr.TxCandidate, ch chan txmgr.SendResponse) {
	var sb sentBatch
	ok := false
	if len(c.Blobs) > 0 {
		g.mu.Lock()
		sb, ok = g.batches[c.Blobs[0]]
		delete(g.batches, c.Blobs[0])
		g.mu.Unlock()
	}
	if !ok {
		g.TxManager.SendAsync(ctx, c, ch)
		return
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(g.every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if g.stale(ctx, sb) {
					g.onOff(sb.number)
					cancel()
					return
				}
			}
		}
	}()
	inner := make(chan txmgr.SendResponse, 1)
	g.TxManager.SendAsync(ctx, c, inner) // prepares synchronously: the watcher must already run
	go func() {
		r := <-inner
		close(done)
		cancel()
		ch <- r
	}()
}

// stale reports whether the sequencer no longer has sb's last block with its hash. An error
// other than "no such block" is not staleness: the sequencer may be restarting.
func (g *staleGuard) stale(ctx context.Context, sb sentBatch) bool {
	blk, err := g.src.GetBlock(ctx, sb.last)
	if err != nil {
		return client.NotFound(err)
	}
	return blk.Hash != sb.hash
}
