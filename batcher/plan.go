package batcher

import (
	"slices"
	"time"
)

// inflight is a batch whose transaction was handed to the transaction manager.
type inflight struct {
	p     Posted // filled as far as known before the receipt
	first uint64 // the batch's first block's timestamp
	sent  time.Time
}

// act is what the plan asks the loop to do next.
type act int

const (
	actReadCount act = iota // read Inbox.batchCount() at the L1 head and report it (counted)
	actSend                 // send batch n if the sequencer has sealed it (sent), else wait
	actWait                 // wait for a receipt (settled) or the poll interval (idle)
)

func (a act) String() string { return [...]string{"read-count", "send", "wait"}[a] }

// outcome is what became of a batch transaction.
type outcome int

const (
	included outcome = iota // included with success, as deep as the confirmations ask
	reverted                // included, but the Inbox refused it
	failed                  // the transaction manager gave up (or was stopped)
)

// change is how an Inbox count read compares with what the plan expected.
type change int

const (
	countFirst change = iota // no expectation: the first read (a start)
	countKept                // the count this process expected
	countBack                // lower: an L1 reorg dropped batches that were in
	countAhead               // higher: batches got in that this process did not see confirmed
)

// plan decides what the batcher posts; it does no I/O (the loop does, and reports back). The
// next batch to post is always the Inbox's count, read whenever nothing is in flight, and never
// while something is, so a batch sent but not yet included is never sent twice. Up to maxPending
// batches are in flight, sent in order (the transaction manager gives them consecutive nonces).
// A transaction that fails or reverts stops new sends until those in flight are settled (the
// ones after it revert too: their numbers are no longer next); then the count is read again.
type plan struct {
	maxPending int
	inflight   map[uint64]*inflight
	included   map[uint64]*inflight // included, waiting for earlier batches in flight to settle
	nextBatch  uint64               // the next batch to send, while fresh or something is in flight
	fresh      bool                 // nextBatch was read from the Inbox and no wait has passed with nothing in flight
	draining   bool                 // a send failed or reverted: settle those in flight, then read the count
	expect     uint64               // the Inbox count once every batch this process saw included counts
	expectSet  bool
}

func newPlan(maxPending int) *plan {
	return &plan{maxPending: max(maxPending, 1), inflight: map[uint64]*inflight{}, included: map[uint64]*inflight{}}
}

// next is what to do now: read the count, send batch n, or wait.
func (p *plan) next() (act, uint64) {
	switch {
	case len(p.inflight) == 0 && !p.fresh:
		return actReadCount, 0
	case p.draining || len(p.inflight) >= p.maxPending:
		return actWait, 0
	}
	return actSend, p.nextBatch
}

// counted takes the Inbox's count read with nothing in flight: the next batch to send. It
// reports how the count compares with what the plan expected (and what that was). A count read
// while something is in flight is ignored (countKept): the loop never reads one then.
func (p *plan) counted(n uint64) (change, uint64) {
	if len(p.inflight) > 0 {
		return countKept, p.expect
	}
	ch, was := countKept, p.expect
	switch {
	case !p.expectSet:
		ch = countFirst
	case n < p.expect:
		ch = countBack
	case n > p.expect:
		ch = countAhead
	}
	p.nextBatch, p.expect, p.expectSet = n, n, true
	p.fresh, p.draining = true, false
	return ch, was
}

// sent records that batch n (what next asked for) is in flight.
func (p *plan) sent(n uint64, f *inflight) {
	p.inflight[n] = f
	p.nextBatch = n + 1
}

// settled takes the outcome of batch n's transaction. It returns what was recorded when n was
// sent (nil if n was not in flight: nothing changes then), and the included batches now ready to
// count as posted, in batch order: an included batch waits for the batches before it that are
// still in flight (receipts may come out of order).
func (p *plan) settled(n uint64, o outcome) (*inflight, []*inflight) {
	f := p.inflight[n]
	if f == nil {
		return nil, nil
	}
	delete(p.inflight, n)
	if o == included {
		p.expect = max(p.expect, n+1)
		p.included[n] = f
	} else {
		p.draining = true
	}
	if len(p.inflight) == 0 {
		p.fresh = false
	}
	return f, p.ready()
}

// ready removes and returns the included batches below every batch still in flight, in order.
func (p *plan) ready() []*inflight {
	var out []uint64
	for k := range p.included {
		if p.below(k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	fs := make([]*inflight, len(out))
	for i, k := range out {
		fs[i] = p.included[k]
		delete(p.included, k)
	}
	return fs
}

// below reports whether n is below every batch in flight.
func (p *plan) below(n uint64) bool {
	for k := range p.inflight {
		if k < n {
			return false
		}
	}
	return true
}

// idle records that the poll interval passed without a receipt: with nothing in flight the count
// is read again (L1 may have reorged, or someone else posted).
func (p *plan) idle() {
	if len(p.inflight) == 0 {
		p.fresh = false
	}
}

// started reports whether a count was read: after that, the plan knows what is in flight.
func (p *plan) started() bool { return p.expectSet }

// pending is how many batches are in flight.
func (p *plan) pending() int { return len(p.inflight) }
