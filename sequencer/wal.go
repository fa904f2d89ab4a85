package sequencer

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble"
)

// walQueue is how many admitted messages may wait for the write-ahead log's writer; beyond it
// submit waits (the writer commits them in groups, one fsync each).
const walQueue = 4096

// walGroup is the most entries one commit takes, unless a single submission holds more (a
// submission is never split: its entries are answered together).
const walGroup = 1024

// errWALClosed is submit's answer once the writer is closed.
var errWALClosed = errors.New("write-ahead log: closed")

// walRequest asks the writer to make entries with consecutive seqs durable (one admission, or
// a JSON-RPC batch's admitted messages); done receives the outcome of the commit that holds them
// all, once that commit's fsync is done.
type walRequest struct {
	seq  uint64   // the first entry's
	recs [][]byte // encodeEntry of each, taken at submission: the entries may change afterwards
	done chan error
}

// end is the seq after the request's last entry.
func (r *walRequest) end() uint64 { return r.seq + uint64(len(r.recs)) }

// walWriter makes admitted messages durable before they are acknowledged: run commits whatever
// entries are waiting as one Pebble batch with fsync (group commit), in submission order, and
// answers each submitter. It is safe for concurrent use; its lock only orders submissions and is
// never held by run, so a submit that waits for room in the queue always gets it.
type walWriter struct {
	db        *pebble.DB
	committed func(done uint64, err error) // told after each commit, before the submitters; may be nil
	commit    func(*pebble.Batch) error    // Sync commit; tests replace it to fail

	mu     sync.Mutex // orders sends on ch; guards closed
	closed bool
	ch     chan walRequest

	done atomic.Uint64 // every entry with a seq below it is durable

	pending *walRequest // run's: a request taken from ch that did not fit the last group
}

// newWALWriter returns a writer whose entries below next are durable already (read back from
// the database). committed, if not nil, is called by run after each commit: with the new
// durable mark, or with the error that kept the group from the disk.
func newWALWriter(db *pebble.DB, next uint64, committed func(done uint64, err error)) *walWriter {
	w := &walWriter{db: db, committed: committed, ch: make(chan walRequest, walQueue),
		commit: func(b *pebble.Batch) error { return b.Commit(pebble.Sync) }}
	w.done.Store(next)
	return w
}

// submit queues entry e (whose seq follows the previous submission's) for the next commit and
// returns the channel that receives the outcome. It waits while the queue is full.
func (w *walWriter) submit(e *entry) (<-chan error, error) {
	return w.submitAll([]*entry{e})
}

// submitAll queues entries es, whose seqs are consecutive and follow the previous submission's,
// for the next commit, all in the same one, and returns the channel that receives its outcome:
// one answer, sent after the fsync that covers every entry. es must not be empty. It waits while
// the queue is full.
func (w *walWriter) submitAll(es []*entry) (<-chan error, error) {
	req := walRequest{seq: es[0].seq, recs: make([][]byte, len(es)), done: make(chan error, 1)}
	for i, e := range es {
		if e.seq != req.seq+uint64(i) {
			return nil, fmt.Errorf("write-ahead log: entry %d has seq %d, want %d", i, e.seq, req.seq+uint64(i))
		}
		req.recs[i] = encodeEntry(e)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, errWALClosed
	}
	w.ch <- req
	return req.done, nil
}

// close stops accepting entries; run commits those queued and returns. It may be called more
// than once.
func (w *walWriter) close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.closed {
		w.closed = true
		close(w.ch)
	}
}

// durable is the durable mark: every entry with a seq below it is on disk.
func (w *walWriter) durable() uint64 { return w.done.Load() }

// run commits queued entries until close, then the rest of the queue, and returns.
func (w *walWriter) run() {
	for {
		var req walRequest
		if w.pending != nil {
			req, w.pending = *w.pending, nil
		} else {
			r, ok := <-w.ch
			if !ok {
				return
			}
			req = r
		}
		reqs := w.group(req)
		err := w.write(reqs)
		if err == nil {
			w.done.Store(reqs[len(reqs)-1].end())
		}
		if w.committed != nil {
			w.committed(w.done.Load(), err)
		}
		for _, r := range reqs {
			r.done <- err
		}
	}
}

// group returns first and whatever else is queued, whole requests, until they hold walGroup
// entries (first alone may hold more). A request that would pass walGroup is kept in w.pending,
// to start the next group.
func (w *walWriter) group(first walRequest) []walRequest {
	reqs := []walRequest{first}
	n := len(first.recs)
	for n < walGroup {
		select {
		case r, ok := <-w.ch:
			if !ok {
				return reqs
			}
			if n+len(r.recs) > walGroup {
				w.pending = &r
				return reqs
			}
			reqs, n = append(reqs, r), n+len(r.recs)
		default:
			return reqs
		}
	}
	return reqs
}

// write commits reqs as one batch with fsync.
func (w *walWriter) write(reqs []walRequest) error {
	b := w.db.NewBatch()
	defer b.Close()
	for _, r := range reqs {
		for i, rec := range r.recs {
			_ = b.Set(walKey(r.seq+uint64(i)), rec, nil) // only fails on a closed batch
		}
	}
	if err := w.commit(b); err != nil {
		return fmt.Errorf("write-ahead log: %w", err)
	}
	return nil
}

// walKey is the database key of the entry with seq.
func walKey(seq uint64) []byte { return u64Key(tableWAL, seq) }

// loadWAL reads the write-ahead log: the admitted entries not yet in a block, in seq order.
func loadWAL(db *pebble.DB) ([]*entry, error) {
	it, err := db.NewIter(tableBounds(tableWAL))
	if err != nil {
		return nil, err
	}
	var out []*entry
	for it.First(); it.Valid(); it.Next() {
		e, err := decodeEntry(be64(it.Key()[1:]), it.Value())
		if err != nil {
			it.Close()
			return nil, err
		}
		out = append(out, e)
	}
	return out, it.Close()
}

// reset sets the durable mark to next, after the log was written again whole (re-sequencing):
// every entry below next is durable. The caller holds the Sequencer's mu, so no entry is queued
// meanwhile, and has waited for every queued entry to be written.
func (w *walWriter) reset(next uint64) { w.done.Store(next) }
