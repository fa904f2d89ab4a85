package sequencer

import (
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
)

// mempool holds the admitted messages not yet in a block, in admission order. It numbers them
// (an entry's seq is its write-ahead log key), enforces the per-account and total limits, and
// hands the block producer the oldest durable ones. It is safe for concurrent use; its lock is
// a leaf: no method calls out while holding it.
type mempool struct {
	perAccount, total int // the limits (Config.MempoolPerAccount, MempoolTotal)

	mu        sync.Mutex
	queue     []*entry                 // in admission order; seqs are consecutive
	byHash    map[common.Hash][]*entry // two senders' identical messages share a hash
	byAccount map[uint32]int           // queued messages by account hint
	next      uint64                   // the next entry's seq
}

func newMempool(perAccount, total int) *mempool {
	return &mempool{perAccount: perAccount, total: total, byHash: map[common.Hash][]*entry{}, byAccount: map[uint32]int{}}
}

// room refuses (api.CodeMempoolFull) a message of account when the mempool, or the account's
// share of it, is full.
func (m *mempool) room(account uint32) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.queue) >= m.total {
		return refuse(api.CodeMempoolFull, "mempool_full", "the mempool is full (%d messages wait for a block); retry later", len(m.queue))
	}
	if n := m.byAccount[account]; n >= m.perAccount {
		return refuse(api.CodeMempoolFull, "mempool_full", "account %d has %d messages waiting for a block, the most this sequencer holds per account; retry later",
			account, n)
	}
	return nil
}

// push appends an admitted entry and gives it the next seq. It does not check the limits (room
// does, before the costly checks of admission).
func (m *mempool) push(e *entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e.seq = m.next
	m.next++
	m.add(e)
}

// restore appends an entry read back from the write-ahead log, keeping its seq; entries must
// come in seq order.
func (m *mempool) restore(e *entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next = e.seq + 1
	m.add(e)
}

func (m *mempool) add(e *entry) {
	m.queue = append(m.queue, e)
	m.byHash[e.hash] = append(m.byHash[e.hash], e)
	m.byAccount[e.msg.Account]++
}

// nextSeq is the seq the next pushed entry gets.
func (m *mempool) nextSeq() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.next
}

// len is the number of queued messages.
func (m *mempool) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.queue)
}

// has reports whether account's message with hash h is queued.
func (m *mempool) has(h common.Hash, account uint32) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.byHash[h] {
		if e.msg.Account == account {
			return true
		}
	}
	return false
}

// find returns a copy of the earliest queued message with hash h (from account, if not nil).
func (m *mempool) find(h common.Hash, account *uint32) (entry, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.byHash[h] {
		if account == nil || e.msg.Account == *account {
			return *e, true
		}
	}
	return entry{}, false
}

// entries returns the queued entries in order (the pointers: their messages do not change; read
// receipts with find).
func (m *mempool) entries() []*entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]*entry(nil), m.queue...)
}

// setReceipts records the receipt indexes of a rebuilt pending state: receipts[i] is es[i]'s.
func (m *mempool) setReceipts(es []*entry, receipts []uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, e := range es {
		e.receipt = receipts[i]
	}
}

// durable is the number of queued entries with a seq below done (the durable ones: the
// write-ahead log makes entries durable in seq order).
func (m *mempool) durable(done uint64) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.durableLocked(done)
}

func (m *mempool) durableLocked(done uint64) int {
	if len(m.queue) == 0 || done <= m.queue[0].seq {
		return 0
	}
	return int(min(done-m.queue[0].seq, uint64(len(m.queue))))
}

// pick returns copies of the oldest durable entries (seq below done) that fit a block of at
// most maxMsgs messages and maxBytes of payload, by each message's payloadBound; the first
// always fits.
func (m *mempool) pick(done uint64, maxMsgs, maxBytes int) []entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []entry
	sum, widest := 0, 0
	for _, e := range m.queue[:m.durableLocked(done)] {
		if len(out) == maxMsgs {
			break
		}
		if len(out) > 0 && blockOverhead+sum+e.bound+max(widest, dataSlot(&e.msg)) > maxBytes {
			break
		}
		out = append(out, *e)
		sum, widest = sum+e.bound, max(widest, dataSlot(&e.msg))
	}
	return out
}

// blockReady reports whether the durable entries fill a block: maxMsgs of them, or more than
// one whose payload bound exceeds maxBytes.
func (m *mempool) blockReady(done uint64, maxMsgs, maxBytes int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	n, bytes, widest := 0, 0, 0
	for _, e := range m.queue[:m.durableLocked(done)] {
		n, bytes, widest = n+1, bytes+e.bound, max(widest, dataSlot(&e.msg))
		if n >= maxMsgs || (n > 1 && blockOverhead+bytes+widest > maxBytes) {
			return true
		}
	}
	return false
}

// drop removes the oldest n entries (a block took them). It reports false, removing nothing, if
// fewer are queued or the first is not seq first.
func (m *mempool) drop(first uint64, n int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n > len(m.queue) || (n > 0 && m.queue[0].seq != first) {
		return false
	}
	for _, e := range m.queue[:n] {
		if q := m.byHash[e.hash]; len(q) > 1 {
			m.byHash[e.hash] = slices.DeleteFunc(q, func(x *entry) bool { return x == e })
		} else {
			delete(m.byHash, e.hash)
		}
		if m.byAccount[e.msg.Account]--; m.byAccount[e.msg.Account] <= 0 {
			delete(m.byAccount, e.msg.Account)
		}
	}
	m.queue = append(m.queue[:0:0], m.queue[n:]...)
	return true
}

// reset replaces the queue with es (in order, their seqs consecutive) and the next seq with next.
func (m *mempool) reset(es []*entry, next uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.queue, m.byHash, m.byAccount, m.next = nil, map[common.Hash][]*entry{}, map[uint32]int{}, next
	for _, e := range es {
		m.add(e)
	}
}
