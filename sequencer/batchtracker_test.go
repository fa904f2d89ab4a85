package sequencer

import (
	"testing"
	"time"

	"github.com/crollup/crollup/chain/batch"
)

// testPart is block number's one-block payload: ts its timestamp, msgs messages of data bytes.
func testPart(t *testing.T, number, ts uint64, msgs, data int) *batch.Batch {
	t.Helper()
	p := &batch.Batch{Number: number, Blocks: []batch.Block{{Timestamp: ts, Messages: uint32(msgs)}}}
	for i := range msgs {
		e := testEntry(byte(i), uint32(i), data)
		e.msg.Body = make([]byte, 32)
		p.Msgs = append(p.Msgs, e.msg)
	}
	if _, err := p.Encode(); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBatchTrackerBlocks: blocks join the open batch; a seal opens the next at the next block;
// the head follows the blocks.
func TestBatchTrackerBlocks(t *testing.T) {
	tr := newBatchTracker(batch.MaxPayload, time.Minute)
	o := tr.open()
	if _, ok := o.Last(); ok || o.Number != 0 || o.First != 0 || tr.head() != -1 {
		t.Fatalf("new tracker: %+v, head %d", o, tr.head())
	}
	tr.add(testPart(t, 0, 100, 1, 0), false)
	tr.add(testPart(t, 1, 101, 1, 0), false)
	o = tr.open()
	if last, ok := o.Last(); !ok || last != 1 || o.Number != 0 || len(o.Parts) != 2 || tr.head() != 1 {
		t.Fatalf("two blocks: %+v, head %d", o, tr.head())
	}
	// Block 2 starts batch 1 (sealed on size).
	tr.add(testPart(t, 2, 102, 1, 0), true)
	o = tr.open()
	if last, _ := o.Last(); o.Number != 1 || o.First != 2 || last != 2 || tr.head() != 2 {
		t.Fatalf("after a seal on size: %+v, head %d", o, tr.head())
	}
	// Sealed on age: the open batch is empty, from the next block on.
	if n := tr.seal(); n != 1 {
		t.Fatalf("sealed batch %d", n)
	}
	o = tr.open()
	if _, ok := o.Last(); ok || o.Number != 2 || o.First != 3 || tr.head() != 2 {
		t.Fatalf("after a seal on age: %+v, head %d", o, tr.head())
	}
	// A snapshot does not change with the tracker.
	snap := tr.open()
	tr.add(testPart(t, 3, 103, 1, 0), false)
	if len(snap.Parts) != 0 || len(tr.open().Parts) != 1 {
		t.Fatal("the snapshot changed")
	}
}

// TestBatchTrackerFits: a block fits while the joined payload stays within MaxBatchBytes.
func TestBatchTrackerFits(t *testing.T) {
	a, b := testPart(t, 0, 1, 2, 4096), testPart(t, 1, 1, 2, 4096)
	pa, _ := a.Encode()
	joined, err := batch.Join(0, a, b).Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		maxBytes int
		want     bool
	}{{len(joined), true}, {len(joined) - 1, false}, {len(pa), false}} {
		tr := newBatchTracker(tc.maxBytes, time.Minute)
		if !tr.fits(tr.open(), a) {
			t.Fatalf("max %d: a block does not fit an empty batch", tc.maxBytes)
		}
		tr.add(a, false)
		if got := tr.fits(tr.open(), b); got != tc.want {
			t.Fatalf("max %d (joined %d): fits %v", tc.maxBytes, len(joined), got)
		}
	}
}

// TestBatchTrackerDue: the open batch is due BatchAge after its first block's timestamp; an
// empty one never.
func TestBatchTrackerDue(t *testing.T) {
	tr := newBatchTracker(batch.MaxPayload, 30*time.Second)
	if tr.due(tr.open(), time.Unix(1e9, 0)) {
		t.Fatal("an empty batch is due")
	}
	tr.add(testPart(t, 0, 1000, 1, 0), false)
	tr.add(testPart(t, 1, 1020, 1, 0), false)
	o := tr.open()
	for _, tc := range []struct {
		now  int64
		want bool
	}{{1000, false}, {1029, false}, {1030, true}, {2000, true}} {
		if got := tr.due(o, time.Unix(tc.now, 0)); got != tc.want {
			t.Errorf("due at %d: %v", tc.now, got)
		}
	}
}

// TestBatchTrackerReplay: on restart a stored block's batch number is the open batch's or the
// next; anything else is refused.
func TestBatchTrackerReplay(t *testing.T) {
	tr := newBatchTracker(batch.MaxPayload, time.Minute)
	for _, tc := range []struct {
		batch     uint64
		wantNext  bool
		wantError bool
	}{{0, false, false}, {0, false, false}, {1, true, false}, {1, false, false}, {3, false, true}, {0, false, true}} {
		next, err := tr.startsNext(tc.batch)
		if (err != nil) != tc.wantError || next != tc.wantNext {
			t.Fatalf("block %d in batch %d: %v %v", tr.head()+1, tc.batch, next, err)
		}
		if err == nil {
			tr.add(testPart(t, uint64(tr.head()+1), 1, 1, 0), next)
		}
	}
	if o := tr.open(); o.Number != 1 || o.First != 2 || tr.head() != 3 {
		t.Fatalf("after replay: %+v, head %d", o, tr.head())
	}
}

// TestBatchTrackerPosted: the batches to look for on L1 are the sealed ones from the next
// unposted on.
func TestBatchTrackerPosted(t *testing.T) {
	tr := newBatchTracker(batch.MaxPayload, time.Minute)
	if from, below := tr.posted(); from != 0 || below != 0 {
		t.Fatalf("new tracker: %d…%d", from, below)
	}
	tr.add(testPart(t, 0, 1, 1, 0), false)
	tr.seal()
	tr.add(testPart(t, 1, 1, 1, 0), false)
	tr.add(testPart(t, 2, 1, 1, 0), true)
	if from, below := tr.posted(); from != 0 || below != 2 {
		t.Fatalf("two sealed: %d…%d", from, below)
	}
	tr.setPosted(1)
	if from, below := tr.posted(); from != 1 || below != 2 {
		t.Fatalf("one posted: %d…%d", from, below)
	}
}
