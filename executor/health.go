package executor

import (
	"sync"
	"time"

	"github.com/crollup/crollup/chain/health"
)

// followHealth is what the follow loop tells Health: when the block source last answered, the
// latest error since, the source's head, the next block to apply, and since when the executor
// has been more than HealthMaxLag blocks behind. Its lock is a leaf.
type followHealth struct {
	maxLag uint64

	mu       sync.Mutex
	lastOK   time.Time // the source's last answer, or Start
	lastErr  error     // the latest failure since lastOK
	top      uint64    // the source's head, when hasTop
	hasTop   bool
	next     uint64    // the next block to apply
	lagSince time.Time // zero unless more than maxLag blocks behind
}

func (h *followHealth) start(now time.Time, next uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastOK, h.lastErr, h.next = now, nil, next
	h.updateLag(now)
}

// reached records an answer of the source; top is its head when hasTop.
func (h *followHealth) reached(now time.Time, top uint64, hasTop bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastOK, h.lastErr = now, nil
	if hasTop {
		h.top, h.hasTop = top, true
	}
	h.updateLag(now)
}

// failed records a failure to reach the source.
func (h *followHealth) failed(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastErr = err
}

// applied records that the next block to apply is next.
func (h *followHealth) applied(now time.Time, next uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.next = next
	h.updateLag(now)
}

// lag is how many of the source's blocks are not applied yet. h.mu is held.
func (h *followHealth) lag() uint64 {
	if !h.hasTop || h.top+1 <= h.next {
		return 0
	}
	return h.top + 1 - h.next
}

func (h *followHealth) updateLag(now time.Time) {
	switch {
	case h.lag() <= h.maxLag:
		h.lagSince = time.Time{}
	case h.lagSince.IsZero():
		h.lagSince = now
	}
}

// Health is the executor's health, what GET /healthz answers (on the RPC server and, when it
// runs, the metrics server). The executor is unhealthy, in this order, when it is not running
// (not started, or stopping), when its follow loop ended (Err: a block it cannot apply), when
// the block source has not answered for HealthSourceTimeout, and when it has been more than
// HealthMaxLag blocks behind the source's head for HealthLagTimeout. The details are the next
// block to apply, the source's head and the lag.
func (e *Executor) Health() health.Report {
	if e.stopped.Load() {
		return health.Unhealthy(nil, "stopping")
	}
	if !e.started.Load() {
		return health.Unhealthy(nil, "not started")
	}
	now := time.Now()
	h := &e.health
	h.mu.Lock()
	lastOK, lastErr, lag, lagSince := h.lastOK, h.lastErr, h.lag(), h.lagSince
	d := map[string]any{"next": h.next, "lag": lag}
	if h.hasTop {
		d["sourceHead"] = h.top
	}
	h.mu.Unlock()
	if err := e.Err(); err != nil {
		return health.Unhealthy(d, "follow loop ended: %v", err)
	}
	if since := now.Sub(lastOK); since > e.cfg.HealthSourceTimeout {
		return health.Unhealthy(d, "block source unreachable for %s (health-source-timeout %s): %v",
			since.Round(time.Millisecond), e.cfg.HealthSourceTimeout, lastErr)
	}
	if !lagSince.IsZero() {
		if since := now.Sub(lagSince); since > e.cfg.HealthLagTimeout {
			return health.Unhealthy(d, "%d blocks behind the source's head for %s (health-max-lag %d, health-lag-timeout %s)",
				lag, since.Round(time.Millisecond), e.cfg.HealthMaxLag, e.cfg.HealthLagTimeout)
		}
	}
	return health.Report{Details: d}
}

// MetricsEndpoint is the metrics server's URL (http://host:port; it serves /metrics and
// /healthz), "" when it does not run.
func (e *Executor) MetricsEndpoint() string {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	if e.metricsSrv == nil || e.life != lifeStarted {
		return ""
	}
	return e.metricsSrv.HTTPEndpoint()
}
