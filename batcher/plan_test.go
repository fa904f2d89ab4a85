package batcher

import (
	"fmt"
	"slices"
	"testing"
)

// planStep is one event reported to a plan, and what the plan must say after it.
type planStep struct {
	op     string // count, sent, ok, revert, fail, idle
	n      uint64
	change change   // for count: how the count compares with the expectation
	ready  []uint64 // for ok, revert, fail: the batches ready to count as posted, in order
	want   string   // p.next() after the event: "send N", "wait" or "read-count"
}

func planNext(p *plan) string {
	a, n := p.next()
	if a == actSend {
		return fmt.Sprintf("send %d", n)
	}
	return a.String()
}

func (s planStep) apply(t *testing.T, p *plan) {
	t.Helper()
	switch s.op {
	case "count":
		if ch, was := p.counted(s.n); ch != s.change {
			t.Fatalf("count %d: change %d (expected %d), want %d", s.n, ch, was, s.change)
		}
	case "sent":
		p.sent(s.n, &inflight{p: Posted{Number: s.n}})
	case "ok", "revert", "fail":
		o := map[string]outcome{"ok": included, "revert": reverted, "fail": failed}[s.op]
		_, inFlight := p.inflight[s.n]
		f, ready := p.settled(s.n, o)
		if (f != nil) != inFlight || (f != nil && f.p.Number != s.n) {
			t.Fatalf("%s %d: settled returned %+v (in flight: %v)", s.op, s.n, f, inFlight)
		}
		var got []uint64
		for _, r := range ready {
			got = append(got, r.p.Number)
		}
		if !slices.Equal(got, s.ready) {
			t.Fatalf("%s %d: ready %v, want %v", s.op, s.n, got, s.ready)
		}
	case "idle":
		p.idle()
	default:
		t.Fatalf("unknown op %q", s.op)
	}
}

// planCase is an event sequence for TestPlan.
type planCase struct {
	name       string
	maxPending int
	steps      []planStep
}

// planCases are the sequences TestPlan walks a plan through.
var planCases = []planCase{
	{"starts by reading the count", 1, []planStep{
		{op: "idle", want: "read-count"},
		{op: "count", n: 5, change: countFirst, want: "send 5"},
	}},
	{"sends up to max pending in order", 2, []planStep{
		{op: "count", n: 5, change: countFirst, want: "send 5"},
		{op: "sent", n: 5, want: "send 6"},
		{op: "sent", n: 6, want: "wait"},
		{op: "ok", n: 5, ready: []uint64{5}, want: "send 7"},
		{op: "sent", n: 7, want: "wait"},
		{op: "ok", n: 6, ready: []uint64{6}, want: "send 8"},
	}},
	{"one at a time reads the count after each confirmation", 1, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "wait"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "read-count"},
		{op: "count", n: 1, change: countKept, want: "send 1"},
	}},
	{"not sealed yet: a wait with nothing in flight reads the count again", 1, []planStep{
		{op: "count", n: 3, change: countFirst, want: "send 3"},
		{op: "idle", want: "read-count"},
		{op: "count", n: 3, change: countKept, want: "send 3"},
	}},
	{"a wait with batches in flight does not read the count", 2, []planStep{
		{op: "count", n: 3, change: countFirst, want: "send 3"},
		{op: "sent", n: 3, want: "send 4"},
		{op: "idle", want: "send 4"},
	}},
	{"a revert stops sends until those in flight settle", 3, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "sent", n: 1, want: "send 2"},
		{op: "sent", n: 2, want: "wait"},
		{op: "revert", n: 0, want: "wait"},
		{op: "idle", want: "wait"},
		{op: "revert", n: 1, want: "wait"},
		{op: "revert", n: 2, want: "read-count"},
		{op: "count", n: 0, change: countKept, want: "send 0"},
	}},
	{"a failure after a confirmation drains, then resumes at the count", 3, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "sent", n: 1, want: "send 2"},
		{op: "sent", n: 2, want: "wait"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "send 3"},
		{op: "fail", n: 1, want: "wait"},
		{op: "revert", n: 2, want: "read-count"},
		{op: "count", n: 1, change: countKept, want: "send 1"},
	}},
	{"a failed transaction that landed: the count is ahead", 1, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "wait"},
		{op: "fail", n: 0, want: "read-count"},
		{op: "count", n: 1, change: countAhead, want: "send 1"},
	}},
	{"someone else took the number: revert, count ahead", 1, []planStep{
		{op: "count", n: 4, change: countFirst, want: "send 4"},
		{op: "sent", n: 4, want: "wait"},
		{op: "revert", n: 4, want: "read-count"},
		{op: "count", n: 5, change: countAhead, want: "send 5"},
	}},
	{"a reorg lowers the count: the dropped batches are sent again", 1, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "wait"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "read-count"},
		{op: "count", n: 1, change: countKept, want: "send 1"},
		{op: "sent", n: 1, want: "wait"},
		{op: "ok", n: 1, ready: []uint64{1}, want: "read-count"},
		{op: "count", n: 2, change: countKept, want: "send 2"},
		{op: "idle", want: "read-count"},
		{op: "count", n: 1, change: countBack, want: "send 1"},
		{op: "sent", n: 1, want: "wait"},
		{op: "ok", n: 1, ready: []uint64{1}, want: "read-count"},
		{op: "count", n: 2, change: countKept, want: "send 2"},
	}},
	{"a reorg under pipelined batches", 3, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "sent", n: 1, want: "send 2"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "send 2"},
		{op: "ok", n: 1, ready: []uint64{1}, want: "read-count"},
		{op: "count", n: 0, change: countBack, want: "send 0"},
	}},
	{"a receipt for a batch not in flight changes nothing", 1, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "revert", n: 7, want: "send 0"},
		{op: "sent", n: 0, want: "wait"},
		{op: "ok", n: 7, want: "wait"},
	}},
	{"a count while batches are in flight is ignored", 2, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "count", n: 9, change: countKept, want: "send 1"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "read-count"},
		{op: "count", n: 1, change: countKept, want: "send 1"},
	}},
	{"receipts out of order count as posted in batch order", 3, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "sent", n: 1, want: "send 2"},
		{op: "sent", n: 2, want: "wait"},
		{op: "ok", n: 2, want: "send 3"},
		{op: "ok", n: 0, ready: []uint64{0}, want: "send 3"},
		{op: "ok", n: 1, ready: []uint64{1, 2}, want: "read-count"},
		{op: "count", n: 3, change: countKept, want: "send 3"},
	}},
	{"an included batch after a failed one counts once the failed one settles", 2, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "send 1"},
		{op: "sent", n: 1, want: "wait"},
		{op: "ok", n: 1, want: "send 2"},
		{op: "fail", n: 0, ready: []uint64{1}, want: "read-count"},
		{op: "count", n: 2, change: countKept, want: "send 2"},
	}},
	{"max pending below 1 is 1", 0, []planStep{
		{op: "count", n: 0, change: countFirst, want: "send 0"},
		{op: "sent", n: 0, want: "wait"},
	}},
}

// TestPlan drives the plan through event sequences, without an L1, checking after each event
// what it asks for next.
func TestPlan(t *testing.T) {
	for _, tc := range planCases {
		t.Run(tc.name, func(t *testing.T) {
			p := newPlan(tc.maxPending)
			if got := planNext(p); got != "read-count" {
				t.Fatalf("a new plan: %s, want read-count", got)
			}
			for i, s := range tc.steps {
				s.apply(t, p)
				if got := planNext(p); got != s.want {
					t.Fatalf("step %d (%s %d): next %s, want %s", i, s.op, s.n, got, s.want)
				}
			}
		})
	}
}
