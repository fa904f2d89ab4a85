package sequencer

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/crollup/crollup/chain/batch"
)

// batchTracker follows how blocks group into batches: the open batch (the one blocks are
// joining; every earlier batch is sealed), when it must be sealed (a block that does not fit it,
// or its age), and the next batch to look for on L1. It is told every block, in order, once the
// block is written, so it also knows the head: the head and the open batch always agree. It holds
// no database: the sequencer writes the seal and posted records, then tells the tracker. It is
// safe for concurrent use; its lock is a leaf: no method calls out while holding it.
type batchTracker struct {
	maxBytes int           // Config.MaxBatchBytes
	age      time.Duration // Config.BatchAge

	mu         sync.Mutex
	num        uint64         // the open batch's number
	first      uint64         // the open batch's first block (the next block while it has none)
	parts      []*batch.Batch // its blocks' one-block payloads, decoded, in order
	postedNext uint64         // the next batch to look for on L1
}

// openBatch is a snapshot of the open batch.
type openBatch struct {
	Number uint64
	First  uint64         // its first block, or the next block if it has none
	Parts  []*batch.Batch // its blocks' one-block payloads (not to be modified)
}

// Last is the open batch's last block; ok is false while it has none.
func (o openBatch) Last() (last uint64, ok bool) {
	if len(o.Parts) == 0 {
		return 0, false
	}
	return o.First + uint64(len(o.Parts)) - 1, true
}

func newBatchTracker(maxBytes int, age time.Duration) *batchTracker {
	return &batchTracker{maxBytes: maxBytes, age: age}
}

// head is the latest block's number; -1 before the first.
func (t *batchTracker) head() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return int64(t.first+uint64(len(t.parts))) - 1
}

// open returns the open batch.
func (t *batchTracker) open() openBatch {
	t.mu.Lock()
	defer t.mu.Unlock()
	return openBatch{Number: t.num, First: t.first, Parts: slices.Clip(t.parts)}
}

// fits reports whether the block with one-block payload part can join the open batch o: the
// joined payload stays within MaxBatchBytes. Any block fits an empty batch.
func (t *batchTracker) fits(o openBatch, part *batch.Batch) bool {
	if len(o.Parts) == 0 {
		return true
	}
	joined, err := batch.Join(o.Number, append(slices.Clip(o.Parts), part)...).Encode()
	return err == nil && len(joined) <= t.maxBytes
}

// due reports whether the open batch o must be sealed for its age at now: its first block's
// timestamp is BatchAge old. An empty batch is never due.
func (t *batchTracker) due(o openBatch, now time.Time) bool {
	return len(o.Parts) > 0 && !now.Before(time.Unix(int64(o.Parts[0].Blocks[0].Timestamp), 0).Add(t.age))
}

// startsNext checks the batch number n of the next block (a stored one, on restart): it reports
// whether the block starts the next batch, so that the open one is sealed first.
func (t *batchTracker) startsNext(n uint64) (bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch n {
	case t.num:
		return false, nil
	case t.num + 1:
		return true, nil
	}
	return false, fmt.Errorf("block %d: in batch %d, after a block of batch %d", t.first+uint64(len(t.parts)), n, t.num)
}

// add records the next block, part being its one-block payload; with seal, the open batch is
// sealed first and the block opens the next.
func (t *batchTracker) add(part *batch.Batch, seal bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if seal {
		t.sealLocked()
	}
	t.parts = append(t.parts, part)
}

// seal seals the open batch (its seal record is written) and returns its number; the next block
// opens the next batch.
func (t *batchTracker) seal() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := t.num
	t.sealLocked()
	return n
}

func (t *batchTracker) sealLocked() {
	t.num, t.first, t.parts = t.num+1, t.first+uint64(len(t.parts)), nil
}

// posted returns the next batch to look for on L1 and the first batch not sealed: the batches
// from…sealedBelow−1 are sealed and not yet known to be on L1.
func (t *batchTracker) posted() (from, sealedBelow uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.postedNext, t.num
}

// setPosted records that L1 holds every batch below next.
func (t *batchTracker) setPosted(next uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.postedNext = next
}

// assign makes t's chain (open batch, blocks) o's; the posted mark is left as it is (loadPosted
// sets it). o is not used by anyone else.
func (t *batchTracker) assign(o *batchTracker) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.num, t.first, t.parts = o.num, o.first, o.parts
}
