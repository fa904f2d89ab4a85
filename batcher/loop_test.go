package batcher

import (
	"context"
	"slices"
	"testing"
	"time"
)

// loopCase is a TestLoop run.
type loopCase struct {
	name       string
	maxPending int
	seal       uint64
	setup      func(f *fakes)                           // before Start
	during     func(t *testing.T, f *fakes, b *Batcher) // after Start
	sends      []uint64                                 // the batch numbers sent, in order
	posted     []uint64                                 // the batches Posted, in order
	log        string                                   // a message that must be logged
	attrs      func(f *fakes) map[string]any            // some of its attributes
}

// loopCases are TestLoop's runs.
var loopCases = []loopCase{
	{name: "pipelined, in order", maxPending: 3, seal: 7,
		sends: []uint64{0, 1, 2, 3, 4, 5, 6}, posted: []uint64{0, 1, 2, 3, 4, 5, 6},
		log: "Posting from the Inbox count", attrs: func(*fakes) map[string]any { return map[string]any{"count": uint64(0)} }},
	{name: "a revert is logged with its tx; posting resumes at the count", maxPending: 1, seal: 4,
		setup: func(f *fakes) {
			f.l1.before = func(l1 *fakeL1, n uint64) {
				if n == 1 && l1.count == 1 && len(l1.reverts) == 0 {
					l1.count++ // someone else took number 1 first
				}
			}
		},
		sends: []uint64{0, 1, 2, 3}, posted: []uint64{0, 2, 3},
		log: "Batch transaction reverted, posting resumes from the Inbox count",
		attrs: func(f *fakes) map[string]any {
			return map[string]any{"batch": uint64(1), "tx": f.l1.reverts[0].TxHash}
		}},
	{name: "a revert's log names the Inbox's error, replayed", maxPending: 1, seal: 4,
		setup: func(f *fakes) {
			f.l1.before = func(l1 *fakeL1, n uint64) {
				if n == 1 && l1.count == 1 && len(l1.reverts) == 0 {
					l1.count++
				}
			}
		},
		sends: []uint64{0, 1, 2, 3}, posted: []uint64{0, 2, 3},
		log: "Batch transaction reverted",
		attrs: func(f *fakes) map[string]any {
			return map[string]any{"batch": uint64(1), "error": "WrongBatchNumber(expected=2, number=1)"}
		}},
	{name: "a failed send is sent again from the count", maxPending: 1, seal: 3,
		setup: func(f *fakes) { f.l1.fail[1] = errBoom },
		sends: []uint64{0, 1, 1, 2}, posted: []uint64{0, 1, 2},
		log:   "Batch not posted, posting resumes from the Inbox count",
		attrs: func(*fakes) map[string]any { return map[string]any{"batch": uint64(1), "err": errBoom} }},
	{name: "a reorg lowers the count: the dropped batches are posted again", maxPending: 1, seal: 3,
		during: func(t *testing.T, f *fakes, b *Batcher) {
			eventually(t, "3 batches posted", func() bool { return len(b.Posted()) == 3 })
			f.l1.setCount(1)
		},
		sends: []uint64{0, 1, 2, 1, 2}, posted: []uint64{0, 1, 2, 1, 2},
		log:   "Inbox count went back (L1 reorg), posting the dropped batches again",
		attrs: func(*fakes) map[string]any { return map[string]any{"count": uint64(1), "expected": uint64(3)} }},
	{name: "an earlier run's transaction pending: the count is read once it is included", maxPending: 1, seal: 3,
		setup: func(f *fakes) { f.l1.earlier = 1 },
		during: func(t *testing.T, f *fakes, _ *Batcher) {
			eventually(t, "the wait logged", func() bool { return len(f.log.find("Waiting for an earlier run's transactions to settle")) > 0 })
			time.Sleep(50 * time.Millisecond) // a few poll intervals: still nothing may be sent
			if sent := f.l1.sent(); len(sent) != 0 {
				t.Errorf("sent %v while an earlier run's transaction was pending", sent)
			}
			f.l1.mu.Lock()
			f.l1.earlier, f.l1.nonce, f.l1.count = 0, 1, 1 // it was batch 0, and it got in
			f.l1.mu.Unlock()
		},
		sends: []uint64{1, 2}, posted: []uint64{1, 2},
		log:   "Waiting for an earlier run's transactions to settle",
		attrs: func(*fakes) map[string]any { return map[string]any{"pending": uint64(1)} }},
	{name: "L1 unreachable: warns once, then posts", maxPending: 1, seal: 1,
		setup: func(f *fakes) { f.l1.callErr = errBoom },
		during: func(t *testing.T, f *fakes, _ *Batcher) {
			eventually(t, "a few failed reads", func() bool { return len(f.log.find("Cannot post")) >= 2 })
			f.l1.mu.Lock()
			f.l1.callErr = nil
			f.l1.mu.Unlock()
		},
		sends: []uint64{0}, posted: []uint64{0},
		log: "Posting again", attrs: func(*fakes) map[string]any { return map[string]any{} }},
}

// TestLoop runs the batcher on a fake L1 and transaction manager: what it sends, what it counts
// as posted, and what it logs, when transactions revert, fail, or a reorg lowers the count.
func TestLoop(t *testing.T) {
	for _, tc := range loopCases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFakes(t)
			cfg := f.config()
			cfg.MaxPending = tc.maxPending
			b, err := f.build(ctx, cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Stop(ctx)
			f.seq.Seal(tc.seal)
			if tc.setup != nil {
				tc.setup(f)
			}
			if err := b.Start(ctx); err != nil {
				t.Fatal(err)
			}
			if tc.during != nil {
				tc.during(t, f, b)
			}
			eventually(t, "the batches posted", func() bool { return len(b.Posted()) == len(tc.posted) })
			if err := b.Stop(ctx); err != nil {
				t.Fatal(err)
			}
			var posted []uint64
			for _, p := range b.Posted() {
				posted = append(posted, p.Number)
			}
			if !slices.Equal(posted, tc.posted) || !slices.Equal(f.l1.sent(), tc.sends) {
				t.Fatalf("posted %v and sent %v, want %v and %v", posted, f.l1.sent(), tc.posted, tc.sends)
			}
			checkLogged(t, f.log, tc.log, tc.attrs(f))
		})
	}
}

// checkLogged fails t unless msg was logged with attrs (among others).
func checkLogged(t *testing.T, c *capture, msg string, attrs map[string]any) {
	t.Helper()
	recs := c.find(msg)
next:
	for _, r := range recs {
		for k, v := range attrs {
			if r[k] != v {
				continue next
			}
		}
		return
	}
	t.Fatalf("no log %q with %v; logged %v", msg, attrs, recs)
}
