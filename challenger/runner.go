package challenger

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/health"
)

var _ cliapp.Lifecycle = (*Runner)(nil)

// RunnerConfig is how a Runner drives its Service.
type RunnerConfig struct {
	// PollInterval is the time between rounds.
	PollInterval time.Duration
	// MetricsHost and MetricsPort: where /metrics and /healthz are served (port 0: not served).
	MetricsHost string
	MetricsPort int
	// HealthMaxFailures failed rounds in a row, or no successful round for HealthTimeout, make
	// /healthz 503.
	HealthMaxFailures int
	HealthTimeout     time.Duration
}

// DefaultRunnerConfig suits a production L1: a round every 12 s (a block).
func DefaultRunnerConfig() RunnerConfig {
	return RunnerConfig{PollInterval: 12 * time.Second, MetricsHost: "127.0.0.1", HealthMaxFailures: 5, HealthTimeout: 5 * time.Minute}
}

// Check reports the first invalid setting.
func (c RunnerConfig) Check() error {
	switch {
	case c.PollInterval <= 0:
		return errors.New("challenger: poll interval must be positive")
	case c.HealthMaxFailures <= 0 || c.HealthTimeout <= 0:
		return errors.New("challenger: health-max-failures and health-timeout must be positive")
	case c.MetricsPort < 0 || c.MetricsPort > 65535:
		return fmt.Errorf("challenger: metrics port %d", c.MetricsPort)
	}
	return nil
}

// Runner runs a Service's rounds on a timer until stopped: the life cycle of `crollup
// challenger` (Start, Stop, Stopped; Done and Err when it ends by itself, which it does not: a
// failed round is retried). After each round it sets the metrics from the Service's View.
type Runner struct {
	cfg RunnerConfig
	log log.Logger
	svc *Service
	m   *Metrics

	life    sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	stopped bool
	metSrv  *httputil.HTTPServer

	mu      sync.Mutex
	started time.Time
	lastOK  time.Time
	streak  int
	lastErr error
	view    View
	rounds  int
}

// NewRunner returns a runner of svc; m may be nil (no metrics server then).
func NewRunner(cfg RunnerConfig, lg log.Logger, svc *Service, m *Metrics) (*Runner, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NewMetrics(nil, 0)
	}
	svc.Metrics = m
	return &Runner{cfg: cfg, log: lg, svc: svc, m: m}, nil
}

// Start starts the rounds (and the metrics server when a port is set).
func (r *Runner) Start(_ context.Context) error {
	r.life.Lock()
	defer r.life.Unlock()
	switch {
	case r.stopped:
		return errors.New("challenger: stopped; a stopped runner does not start again")
	case r.done != nil:
		return errors.New("challenger: already started")
	}
	if r.cfg.MetricsPort > 0 {
		srv, err := health.StartMetricsServer(r.m.Registry(), r.cfg.MetricsHost, r.cfg.MetricsPort, health.Handler(r.Health))
		if err != nil {
			return fmt.Errorf("challenger: metrics server: %w", err)
		}
		r.metSrv = srv
		r.log.Info("Serving metrics and health", "metrics", srv.HTTPEndpoint()+health.MetricsPath, "health", srv.HTTPEndpoint()+"/healthz")
	}
	r.mu.Lock()
	r.started = time.Now()
	r.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel, r.done = cancel, make(chan struct{})
	go r.loop(ctx)
	r.log.Info("Challenger started", "from", r.svc.tx.From(), "rollup", r.svc.rollup, "poll", r.cfg.PollInterval)
	return nil
}

func (r *Runner) loop(ctx context.Context) {
	defer close(r.done)
	t := time.NewTicker(r.cfg.PollInterval)
	defer t.Stop()
	for {
		err := r.svc.Step(ctx)
		if ctx.Err() != nil {
			return
		}
		v := r.svc.View()
		r.m.record(v)
		r.mu.Lock()
		r.rounds++
		r.view = v
		if err != nil {
			r.streak++
			r.lastErr = err
			r.m.errors.Inc()
		} else {
			r.streak, r.lastOK = 0, time.Now()
		}
		r.mu.Unlock()
		if err != nil {
			r.log.Warn("Challenger round failed; retrying on the next poll", "err", err)
		}
		if v.WrongUnchallenged > 0 {
			r.log.Warn("A wrong assertion has no honest rival yet", "count", v.WrongUnchallenged)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Stop ends the rounds (a move being sent is abandoned: the journal and the nonce check make the
// next process wait for it) and the metrics server. It may be called before Start, and again.
func (r *Runner) Stop(ctx context.Context) error {
	r.life.Lock()
	if r.stopped {
		r.life.Unlock()
		return nil
	}
	r.stopped = true
	cancel, done, srv := r.cancel, r.done, r.metSrv
	r.life.Unlock()
	if cancel != nil {
		cancel()
		select {
		case <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if srv != nil {
		return srv.Stop(ctx)
	}
	return nil
}

// Stopped reports whether Stop was called.
func (r *Runner) Stopped() bool {
	r.life.Lock()
	defer r.life.Unlock()
	return r.stopped
}

// Done is closed when the rounds end (after Stop).
func (r *Runner) Done() <-chan struct{} {
	r.life.Lock()
	defer r.life.Unlock()
	return r.done
}

// Err is nil: the rounds end only when stopped.
func (r *Runner) Err() error { return nil }

// View is the view after the last round.
func (r *Runner) View() View {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.view
}

// MetricsEndpoint is the metrics server's URL, "" when it does not run.
func (r *Runner) MetricsEndpoint() string {
	r.life.Lock()
	defer r.life.Unlock()
	if r.metSrv == nil || r.stopped {
		return ""
	}
	return r.metSrv.HTTPEndpoint()
}

// Health is what GET /healthz answers: unhealthy when not running, when HealthMaxFailures
// rounds in a row failed, or when no round succeeded for HealthTimeout. The details carry the
// alerts (wrong assertions unchallenged, the least clock) without making it unhealthy: those are
// the games' state, for alerting on the metrics.
func (r *Runner) Health() health.Report {
	r.life.Lock()
	stopped, running := r.stopped, r.done != nil
	r.life.Unlock()
	r.mu.Lock()
	started, lastOK, streak, lastErr, v, rounds := r.started, r.lastOK, r.streak, r.lastErr, r.view, r.rounds
	r.mu.Unlock()
	d := map[string]any{"rounds": rounds, "l1Block": v.Block, "batches": v.Batches, "wrongUnchallenged": v.WrongUnchallenged}
	switch {
	case stopped:
		return health.Unhealthy(d, "stopping")
	case !running:
		return health.Unhealthy(d, "not started")
	case streak >= r.cfg.HealthMaxFailures:
		return health.Unhealthy(d, "%d rounds in a row failed (health-max-failures %d): %v", streak, r.cfg.HealthMaxFailures, lastErr)
	}
	since := lastOK
	if since.IsZero() {
		since = started
	}
	if age := time.Since(since); age > r.cfg.HealthTimeout {
		return health.Unhealthy(d, "no successful round for %s (health-timeout %s): %v", age.Round(time.Second), r.cfg.HealthTimeout, lastErr)
	}
	return health.Report{Details: d}
}
