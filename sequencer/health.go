package sequencer

import (
	"sync"
	"time"

	"github.com/crollup/crollup/chain/health"
)

// l1Health is what the L1 reader tells Health: when a read of L1 last succeeded and, since
// then, the latest error. Its lock is a leaf.
type l1Health struct {
	mu      sync.Mutex
	lastOK  time.Time // the last success, or Start
	lastErr error     // the latest failure since lastOK
}

func (h *l1Health) start(now time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastOK, h.lastErr = now, nil
}

func (h *l1Health) report(now time.Time, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err == nil {
		h.lastOK, h.lastErr = now, nil
	} else {
		h.lastErr = err
	}
}

func (h *l1Health) get() (time.Time, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lastOK, h.lastErr
}

// Health is the sequencer's health, what GET /healthz answers (on the RPC server and, when it
// runs, the metrics server). The sequencer is unhealthy, in this order, when it is not running
// (not started, or stopping), when a database write failed (it refuses every message until
// restarted), while L1 does not hold deposits the chain applied (checkDeposits), and when it has
// an L1 and no read of it has succeeded for HealthL1Timeout. The
// details are the head block, the messages pending, the next batch to find on L1 and, with an
// L1, the age of the last successful read.
func (s *Sequencer) Health() health.Report {
	d := map[string]any{"pending": s.mempoolDepth()}
	switch s.state.Load() {
	case created:
		return health.Unhealthy(d, "not started")
	case stopped:
		return health.Unhealthy(d, "stopping")
	}
	d["head"] = s.batches.head()
	posted, _ := s.batches.posted()
	d["nextBatchOnL1"] = posted
	if p := s.failed.Load(); p != nil {
		return health.Unhealthy(d, "database write failed, refusing messages until restarted: %v", *p)
	}
	if p := s.rewound.Load(); p != nil {
		return health.Unhealthy(d, "L1 no longer holds deposits the chain applied: %s (an L1 reorg deeper than the confirmation depth); "+
			"no more deposits are read until L1 holds them again", *p)
	}
	if s.cfg.L1 != nil {
		lastOK, lastErr := s.l1Health.get()
		since := time.Since(lastOK)
		d["l1LastReadAgo"] = since.Round(time.Millisecond).String()
		if since > s.cfg.HealthL1Timeout {
			return health.Unhealthy(d, "no successful L1 read for %s (health-l1-timeout %s): %v",
				since.Round(time.Millisecond), s.cfg.HealthL1Timeout, lastErr)
		}
	}
	return health.Report{Details: d}
}

// MetricsEndpoint is the metrics server's URL (http://host:port; it serves /metrics and
// /healthz), "" when it does not run.
func (s *Sequencer) MetricsEndpoint() string {
	s.life.Lock()
	defer s.life.Unlock()
	if s.metSrv == nil || s.state.Load() != running {
		return ""
	}
	return s.metSrv.HTTPEndpoint()
}
