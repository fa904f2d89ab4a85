package sequencer

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/log"
)

// walEnv is a WAL writer on an in-memory database that records its commit reports.
type walEnv struct {
	t       *testing.T
	db      *pebble.DB
	w       *walWriter
	mu      sync.Mutex
	reports []uint64 // the durable mark after each successful commit
	errs    []error
}

func newWALEnv(t *testing.T, next uint64) *walEnv {
	t.Helper()
	db, err := openDB("", log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &walEnv{t: t, db: db}
	e.w = newWALWriter(db, next, func(done uint64, err error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if err != nil {
			e.errs = append(e.errs, err)
		} else {
			e.reports = append(e.reports, done)
		}
	})
	return e
}

// submit queues n entries from seq first on and returns their answer channels.
func (e *walEnv) submit(first uint64, n int) []<-chan error {
	e.t.Helper()
	var out []<-chan error
	for i := range n {
		ent := testEntry(byte(i), uint32(i), i%2*64)
		ent.seq, ent.receipt = first+uint64(i), uint64(100+i)
		done, err := e.w.submit(ent)
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, done)
	}
	return out
}

// run runs the writer until close and waits for it.
func (e *walEnv) run() {
	e.w.close()
	e.w.run()
}

// TestWALWriterGroupCommit: entries queued together are committed together, in order, with one
// report each commit, the durable mark after the last; at most walGroup a commit.
func TestWALWriterGroupCommit(t *testing.T) {
	e := newWALEnv(t, 5)
	if e.w.durable() != 5 {
		t.Fatalf("durable mark %d, want 5", e.w.durable())
	}
	dones := e.submit(5, walGroup+10)
	e.run()
	for i, d := range dones {
		if err := <-d; err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
	}
	if want := []uint64{5 + walGroup, 5 + walGroup + 10}; !slices.Equal(e.reports, want) || len(e.errs) != 0 {
		t.Fatalf("commit reports %v %v, want %v", e.reports, e.errs, want)
	}
	if e.w.durable() != 5+walGroup+10 {
		t.Fatalf("durable mark %d", e.w.durable())
	}
	got, err := loadWAL(e.db)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != walGroup+10 {
		t.Fatalf("%d entries in the log", len(got))
	}
	for i, g := range got {
		want := testEntry(byte(i), uint32(i), i%2*64)
		if g.seq != 5+uint64(i) || g.hash != want.hash || g.msg.Account != want.msg.Account || len(g.msg.Data) != len(want.msg.Data) ||
			g.receipt != uint64(100+i) || g.bound != want.bound {
			t.Fatalf("entry %d read back as %+v", i, g)
		}
	}
}

// TestWALWriterEncodesAtSubmit: the entry is recorded as it was when submitted.
func TestWALWriterEncodesAtSubmit(t *testing.T) {
	e := newWALEnv(t, 0)
	ent := testEntry(1, 1, 0)
	ent.receipt = 7
	done, err := e.w.submit(ent)
	if err != nil {
		t.Fatal(err)
	}
	ent.receipt = 8
	e.run()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got, err := loadWAL(e.db); err != nil || len(got) != 1 || got[0].receipt != 7 {
		t.Fatalf("read back %+v %v", got, err)
	}
}

// TestWALWriterClose: after close nothing is accepted, what was queued is committed, and close
// may be repeated.
func TestWALWriterClose(t *testing.T) {
	e := newWALEnv(t, 0)
	dones := e.submit(0, 3)
	e.w.close()
	e.w.close()
	if _, err := e.w.submit(testEntry(9, 9, 0)); !errors.Is(err, errWALClosed) {
		t.Fatalf("submit after close: %v", err)
	}
	e.w.run() // returns: the queue is closed
	for _, d := range dones {
		if err := <-d; err != nil {
			t.Fatal(err)
		}
	}
	if e.w.durable() != 3 {
		t.Fatalf("durable mark %d", e.w.durable())
	}
}

// TestWALWriterFailure: a failed commit is every submitter's answer and the report's error, and
// the durable mark stays.
func TestWALWriterFailure(t *testing.T) {
	e := newWALEnv(t, 0)
	ok := e.submit(0, 2)
	go e.w.run()
	for _, d := range ok {
		if err := <-d; err != nil {
			t.Fatal(err)
		}
	}
	disk := errors.New("disk on fire")
	e.w.commit = func(*pebble.Batch) error { return disk } // run is waiting: no commit in flight
	failed := e.submit(2, 2)
	for _, d := range failed {
		if err := <-d; !errors.Is(err, disk) {
			t.Fatalf("answer %v, want %v", err, disk)
		}
	}
	e.w.close()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.w.durable() != 2 || len(e.errs) == 0 || !errors.Is(e.errs[0], disk) {
		t.Fatalf("durable mark %d, reported errors %v", e.w.durable(), e.errs)
	}
}

// TestWALWriterSubmitAll: a submission of several entries (a JSON-RPC batch's) is committed in
// one commit, whole, even past walGroup, and answered once, after that commit; submissions
// around it keep their order, and none is split between commits. A failed commit is the answer
// of every submission in it, and none of its entries is durable.
func TestWALWriterSubmitAll(t *testing.T) {
	e := newWALEnv(t, 0)
	var ents []*entry
	for i := range walGroup + 5 {
		ent := testEntry(byte(i), uint32(i), 0)
		ent.seq = uint64(i)
		ents = append(ents, ent)
	}
	a, err := e.w.submitAll(ents[:3])
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.w.submitAll(ents[3 : walGroup+2]) // does not fit with a: the next commit
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.w.submitAll(ents[walGroup+2:])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.w.submitAll([]*entry{ents[0], ents[2]}); err == nil {
		t.Fatal("entries with a gap in their seqs were queued")
	}
	e.run()
	for _, d := range []<-chan error{a, b, c} {
		if err := <-d; err != nil {
			t.Fatal(err)
		}
	}
	if want := []uint64{3, walGroup + 2, walGroup + 5}; !slices.Equal(e.reports, want) {
		t.Fatalf("commit reports %v, want %v (one commit per submission here, none split)", e.reports, want)
	}
	if got, err := loadWAL(e.db); err != nil || len(got) != walGroup+5 {
		t.Fatalf("%d entries in the log (%v)", len(got), err)
	}

	f := newWALEnv(t, 0)
	go f.w.run()
	disk := errors.New("disk on fire")
	f.w.commit = func(*pebble.Batch) error { return disk }
	d, err := f.w.submitAll(ents[:4])
	if err != nil {
		t.Fatal(err)
	}
	if err := <-d; !errors.Is(err, disk) {
		t.Fatalf("answer %v, want %v", err, disk)
	}
	f.w.close()
	if f.w.durable() != 0 {
		t.Fatalf("durable mark %d after a failed commit", f.w.durable())
	}
	if got, err := loadWAL(f.db); err != nil || len(got) != 0 {
		t.Fatalf("%d entries in the log after a failed commit (%v)", len(got), err)
	}
}
