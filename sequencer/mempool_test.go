package sequencer

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/msg"
)

// testEntry is an admitted message of account with hash h and n bytes of data (no body: the
// mempool reads only the hash, the account and the size).
func testEntry(h byte, account uint32, n int) *entry {
	e := &entry{hash: common.Hash{h}, msg: batch.Message{Kind: uint8(msg.KindWithdraw), Account: account}}
	if n > 0 {
		e.msg.Kind, e.msg.Data = uint8(msg.KindJob), make([]byte, n)
	}
	e.bound = payloadBound(&e.msg)
	return e
}

// seqs returns the seqs of picked entries.
func seqs(es []entry) []uint64 {
	out := make([]uint64, len(es))
	for i, e := range es {
		out[i] = e.seq
	}
	return out
}

// queued returns the seqs of the queued entries.
func queued(m *mempool) []uint64 {
	var out []uint64
	for _, e := range m.entries() {
		out = append(out, e.seq)
	}
	return out
}

func equalSeqs(a []uint64, b ...uint64) bool { return slices.Equal(a, b) }

// TestMempoolRoom: the total and per-account limits.
func TestMempoolRoom(t *testing.T) {
	m := newMempool(2, 3)
	full := func(err error) bool {
		var e *Error
		return errors.As(err, &e) && e.Code == api.CodeMempoolFull && e.Reason == "mempool_full"
	}
	for i, account := range []uint32{1, 1, 2} {
		if err := m.room(account); err != nil {
			t.Fatalf("message %d of account %d: %v", i, account, err)
		}
		m.push(testEntry(byte(i), account, 0))
	}
	if err := m.room(3); !full(err) {
		t.Fatalf("a 4th message with a total of 3: %v", err)
	}
	m = newMempool(2, 10)
	m.push(testEntry(1, 1, 0))
	m.push(testEntry(2, 1, 0))
	if err := m.room(1); !full(err) || err.Error() != "account 1 has 2 messages waiting for a block, the most this sequencer holds per account; retry later" {
		t.Fatalf("a 3rd message of account 1: %v", err)
	}
	if err := m.room(2); err != nil {
		t.Fatalf("account 2: %v", err)
	}
	// A block takes them: the account has room again.
	if !m.drop(0, 2) {
		t.Fatal("drop")
	}
	if err := m.room(1); err != nil {
		t.Fatalf("account 1 after a block: %v", err)
	}
}

// TestMempoolOrder: seqs are consecutive in admission order, continue after a restore, and
// only the oldest entries leave.
func TestMempoolOrder(t *testing.T) {
	m := newMempool(10, 10)
	// Restored from the write-ahead log: seqs kept; new messages follow them.
	for _, seq := range []uint64{7, 8} {
		e := testEntry(byte(seq), 1, 0)
		e.seq = seq
		m.restore(e)
	}
	if m.nextSeq() != 9 {
		t.Fatalf("next seq %d after restoring 7 and 8", m.nextSeq())
	}
	for i := range 3 {
		m.push(testEntry(byte(10+i), 2, 0))
	}
	if got := queued(m); !equalSeqs(got, 7, 8, 9, 10, 11) || m.len() != 5 {
		t.Fatalf("seqs %v", got)
	}
	if m.drop(8, 1) || m.drop(7, 6) {
		t.Fatal("dropped entries that are not the first")
	}
	if !m.drop(7, 2) || !equalSeqs(queued(m), 9, 10, 11) {
		t.Fatalf("after dropping 2: %v", queued(m))
	}
	if !m.drop(0, 0) || m.len() != 3 {
		t.Fatal("dropping nothing")
	}
}

// TestMempoolLookup: by hash and account, with two senders sharing a hash; find returns copies.
func TestMempoolLookup(t *testing.T) {
	m := newMempool(10, 10)
	a, b := testEntry(1, 1, 0), testEntry(1, 2, 0) // two senders' identical messages
	a.receipt, b.receipt = 10, 20
	m.push(a)
	m.push(b)
	m.push(testEntry(2, 1, 0))
	if !m.has(common.Hash{1}, 1) || !m.has(common.Hash{1}, 2) || m.has(common.Hash{1}, 3) || m.has(common.Hash{3}, 1) {
		t.Fatal("has")
	}
	if e, ok := m.find(common.Hash{1}, nil); !ok || e.msg.Account != 1 {
		t.Fatalf("find without an account: %+v %v", e, ok)
	}
	two := uint32(2)
	e, ok := m.find(common.Hash{1}, &two)
	if !ok || e.msg.Account != 2 || e.receipt != 20 {
		t.Fatalf("find for account 2: %+v %v", e, ok)
	}
	e.receipt = 99 // a copy
	m.setReceipts([]*entry{a, b}, []uint64{11, 21})
	if e, _ := m.find(common.Hash{1}, &two); e.receipt != 21 {
		t.Fatalf("receipt after setReceipts: %d", e.receipt)
	}
	// The first block takes a: b stays findable under the shared hash.
	if !m.drop(0, 1) || m.has(common.Hash{1}, 1) || !m.has(common.Hash{1}, 2) {
		t.Fatal("after dropping a")
	}
	if !m.drop(1, 2) || m.has(common.Hash{1}, 2) || m.has(common.Hash{2}, 1) || m.len() != 0 {
		t.Fatal("after dropping everything")
	}
	if _, ok := m.find(common.Hash{1}, nil); ok {
		t.Fatal("found a dropped message")
	}
}

// TestMempoolPick: the oldest durable entries, within the message and byte limits.
func TestMempoolPick(t *testing.T) {
	m := newMempool(100, 100)
	for i := range 6 {
		m.push(testEntry(byte(i), uint32(i), 0)) // 544 bytes each by payloadBound
	}
	m.push(testEntry(6, 6, 4096)) // a 4 KiB data piece
	if n := m.durable(0); n != 0 {
		t.Fatalf("durable with none written: %d", n)
	}
	if n := m.durable(100); n != 7 {
		t.Fatalf("durable with all written: %d", n)
	}
	if got := m.pick(0, 10, 1<<20); len(got) != 0 {
		t.Fatalf("picked %d messages that are not durable", len(got))
	}
	if got := seqs(m.pick(3, 10, 1<<20)); !equalSeqs(got, 0, 1, 2) {
		t.Fatalf("durable below 3: %v", got)
	}
	if got := seqs(m.pick(100, 2, 1<<20)); !equalSeqs(got, 0, 1) {
		t.Fatalf("two messages a block: %v", got)
	}
	// blockOverhead 608 + 2 × 544 fits 2048; a third does not.
	if got := seqs(m.pick(100, 10, 2048)); !equalSeqs(got, 0, 1) {
		t.Fatalf("2048 bytes a block: %v", got)
	}
	if !m.drop(0, 6) {
		t.Fatal("drop")
	}
	// The first message always fits, however large.
	if got := seqs(m.pick(100, 10, 2048)); !equalSeqs(got, 6) {
		t.Fatalf("a large first message: %v", got)
	}
}

// TestMempoolBlockReady: whether the durable entries fill a block.
func TestMempoolBlockReady(t *testing.T) {
	m := newMempool(100, 100)
	for i := range 3 {
		m.push(testEntry(byte(i), 1, 0))
	}
	for _, tc := range []struct {
		done             uint64
		maxMsgs, maxByte int
		want             bool
	}{
		{done: 0, maxMsgs: 1, maxByte: 1 << 20, want: false}, // nothing durable
		{done: 1, maxMsgs: 1, maxByte: 1 << 20, want: true},
		{done: 3, maxMsgs: 3, maxByte: 1 << 20, want: true},
		{done: 2, maxMsgs: 3, maxByte: 1 << 20, want: false},
		{done: 1, maxMsgs: 3, maxByte: 100, want: false}, // one message: never over the bytes
		{done: 2, maxMsgs: 3, maxByte: 1000, want: true}, // 608 + 2 × 544 > 1000
		{done: 3, maxMsgs: 4, maxByte: 2240, want: false},
		{done: 3, maxMsgs: 4, maxByte: 2239, want: true},
	} {
		if got := m.blockReady(tc.done, tc.maxMsgs, tc.maxByte); got != tc.want {
			t.Errorf("blockReady(%d, %d, %d) = %v", tc.done, tc.maxMsgs, tc.maxByte, got)
		}
	}
}

// TestMempoolConcurrent runs admission's, the producer's and the readers' calls at once (for
// the race detector): every pushed entry is dropped exactly once, in order.
func TestMempoolConcurrent(t *testing.T) {
	const n = 2000
	m := newMempool(n, n)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		for i := range n {
			m.push(testEntry(byte(i), uint32(i%7), i%3*100))
		}
	}()
	go func() {
		defer wg.Done()
		for range n {
			m.find(common.Hash{1}, nil)
			m.has(common.Hash{2}, 2)
			_ = m.room(3)
		}
	}()
	go func() {
		defer wg.Done()
		next := uint64(0)
		for next < n {
			got := m.pick(m.nextSeq(), 50, 1<<20)
			if len(got) == 0 {
				runtime.Gosched()
				continue
			}
			if got[0].seq != next || !m.drop(next, len(got)) {
				t.Errorf("picked from seq %d, want %d", got[0].seq, next)
				return
			}
			next += uint64(len(got))
		}
	}()
	wg.Wait()
	if m.len() != 0 || m.nextSeq() != n {
		t.Fatalf("%d left, next seq %d", m.len(), m.nextSeq())
	}
}
