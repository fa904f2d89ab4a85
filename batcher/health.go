package batcher

import (
	"sync"
	"time"

	"github.com/crollup/crollup/chain/health"
)

// failKind tells the failures of a step of the loop (reading the count, reading the sequencer,
// preparing a batch) from those of a transaction (not sent, reverted): a step that then
// succeeds ends a streak of step failures, but only a batch on L1 ends a streak of transaction
// failures, since after each of those the loop reads the count again and resends.
type failKind int

const (
	failStep failKind = iota + 1
	failTx
)

// stuckHealth is what the loop tells Health: the streak of identical failures, and when L1 was
// last read. Its lock is a leaf.
type stuckHealth struct {
	mu      sync.Mutex
	kind    failKind // of the streak; 0: none
	what    string   // the failure repeated
	streak  int      // how many times in a row
	lastL1  time.Time
	l1Err   error // the latest failed L1 read since lastL1
	started bool
}

func (h *stuckHealth) start(now time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastL1, h.started = now, true
}

// fail records a failure: one more in the streak if it is the streak's, else a new streak.
func (h *stuckHealth) fail(kind failKind, what string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if kind == h.kind && what == h.what {
		h.streak++
		return
	}
	h.kind, h.what, h.streak = kind, what, 1
}

// stepOK records a step of the loop that succeeded: it ends a streak of step failures.
func (h *stuckHealth) stepOK() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.kind == failStep {
		h.kind, h.what, h.streak = 0, "", 0
	}
}

// progress records a batch on L1: it ends any streak.
func (h *stuckHealth) progress() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.kind, h.what, h.streak = 0, "", 0
}

// l1Read records a read of L1 (err nil: it succeeded).
func (h *stuckHealth) l1Read(now time.Time, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.l1Err = err
		return
	}
	h.lastL1, h.l1Err = now, nil
}

// Health is the batcher's health, what GET /healthz on its metrics server answers. The batcher
// is unhealthy, in this order, when it is not running (not started, or stopping), when the
// same failure (the same error of a step, the same batch's transaction reverting or not sent)
// happened HealthMaxFailures times in a row, and when no read of L1 (the Inbox count, a
// receipt) has succeeded for HealthL1Timeout. The details are the batches posted by this
// process, the current streak of failures and the age of the last L1 read.
func (b *Batcher) Health() health.Report {
	d := map[string]any{"posted": len(b.Posted())}
	h := &b.health
	h.mu.Lock()
	started, what, streak, lastL1, l1Err := h.started, h.what, h.streak, h.lastL1, h.l1Err
	h.mu.Unlock()
	switch {
	case b.stopped.Load():
		return health.Unhealthy(d, "stopping")
	case !started:
		return health.Unhealthy(d, "not started")
	}
	since := time.Since(lastL1)
	d["failures"], d["l1LastReadAgo"] = streak, since.Round(time.Millisecond).String()
	if streak >= b.cfg.HealthMaxFailures {
		return health.Unhealthy(d, "stuck: the same failure %d times in a row (health-max-failures %d): %s",
			streak, b.cfg.HealthMaxFailures, what)
	}
	if since > b.cfg.HealthL1Timeout {
		return health.Unhealthy(d, "no successful L1 read for %s (health-l1-timeout %s): %v",
			since.Round(time.Millisecond), b.cfg.HealthL1Timeout, l1Err)
	}
	return health.Report{Details: d}
}

// MetricsEndpoint is the metrics server's URL (http://host:port; it serves /metrics and
// /healthz), "" when it does not run.
func (b *Batcher) MetricsEndpoint() string {
	b.life.Lock()
	defer b.life.Unlock()
	if b.metSrv == nil || b.stopped.Load() {
		return ""
	}
	return b.metSrv.HTTPEndpoint()
}
