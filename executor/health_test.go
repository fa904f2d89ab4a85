package executor

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/health/healthtest"
)

// flakySource is a MemorySource that fails every call while down is set, and whose head is
// claimed while set (its blocks beyond what it holds answer ErrNoBlock).
type flakySource struct {
	MemorySource
	mu      sync.Mutex
	down    bool
	claimed *uint64
}

var errSourceDown = errors.New("fake source: down")

func (s *flakySource) set(down bool, claimed *uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down, s.claimed = down, claimed
}

func (s *flakySource) BlockNumber(ctx context.Context) (uint64, error) {
	s.mu.Lock()
	down, claimed := s.down, s.claimed
	s.mu.Unlock()
	switch {
	case down:
		return 0, errSourceDown
	case claimed != nil:
		return *claimed, nil
	}
	return s.MemorySource.BlockNumber(ctx)
}

func (s *flakySource) Block(ctx context.Context, n uint64) (*api.Block, error) {
	s.mu.Lock()
	down := s.down
	s.mu.Unlock()
	if down {
		return nil, errSourceDown
	}
	return s.MemorySource.Block(ctx, n)
}

// TestHealthSource: healthy while following; unhealthy once the source has not answered for
// health-source-timeout, with its error (on the RPC and the metrics server); healthy again when
// it answers; unhealthy once more than health-max-lag blocks behind its head for
// health-lag-timeout; healthy once caught up.
func TestHealthSource(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 3)
	src := &flakySource{}
	for i, ms := range blocks {
		if _, err := src.Push(uint64(i), ms); err != nil {
			t.Fatal(err)
		}
	}
	cfg := testConfig("")
	cfg.HealthSourceTimeout, cfg.HealthLagTimeout, cfg.HealthMaxLag = 300*time.Millisecond, 300*time.Millisecond, 10
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.MetricsPort = l.Addr().(*net.TCPAddr).Port
	l.Close()
	metrics := fmt.Sprintf("http://127.0.0.1:%d", cfg.MetricsPort)
	e := startExecutor(t, f, cfg, src)
	waitHead(t, e, uint64(len(blocks)-1))
	out := healthtest.Wait(t, e.RPCEndpoint(), http.StatusOK, "")
	if out["next"] != float64(len(blocks)) || out["sourceHead"] != float64(len(blocks)-1) || out["lag"] != float64(0) {
		t.Fatalf("healthz details: %v", out)
	}
	healthtest.Wait(t, metrics, http.StatusOK, "")
	healthtest.MetricsPaths(t, metrics)

	src.set(true, nil)
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusServiceUnavailable, "block source unreachable for ")
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusServiceUnavailable, errSourceDown.Error())
	healthtest.Wait(t, metrics, http.StatusServiceUnavailable, errSourceDown.Error())
	src.set(false, nil)
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusOK, "")

	// A head 11 blocks beyond the last block applied: within health-max-lag + 1 it stays
	// healthy, beyond it turns unhealthy after health-lag-timeout.
	head := uint64(len(blocks) - 1 + 10)
	src.set(false, &head)
	time.Sleep(2 * cfg.HealthLagTimeout)
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusOK, "")
	head++
	src.set(false, &head)
	out = healthtest.Wait(t, e.RPCEndpoint(), http.StatusServiceUnavailable, "11 blocks behind the source's head for ")
	if out["lag"] != float64(11) || out["sourceHead"] != float64(head) {
		t.Fatalf("healthz details: %v", out)
	}
	src.set(false, nil)
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusOK, "")
}

// TestHealthFollowEnded: a block that cannot be applied ends the follow loop, and /healthz says
// so with the error.
func TestHealthFollowEnded(t *testing.T) {
	f := newFixture(t, 2)
	src := &MemorySource{}
	b, err := NewBlock(5, 1, 0, nil, nil) // block 5 where block 0 is due
	if err != nil {
		t.Fatal(err)
	}
	src.Append(b)
	e := startExecutor(t, f, testConfig(""), src)
	<-e.Done()
	healthtest.Wait(t, e.RPCEndpoint(), http.StatusServiceUnavailable, "follow loop ended: block 0: ")
}

// TestHealthLife: an executor not started, or stopped, is unhealthy.
func TestHealthLife(t *testing.T) {
	f := newFixture(t, 2)
	e, err := New(testConfig(""), quietLog(), f.gen, &MemorySource{})
	if err != nil {
		t.Fatal(err)
	}
	if r := e.Health(); r.Reason != "not started" {
		t.Fatalf("before Start: %+v", r)
	}
	if err := e.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if r := e.Health(); !r.OK() {
		t.Fatalf("running: %+v", r)
	}
	if err := e.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if r := e.Health(); r.Reason != "stopping" {
		t.Fatalf("after Stop: %+v", r)
	}
}

// TestHealthConfig: the health bounds are checked, and named.
func TestHealthConfig(t *testing.T) {
	for key, mod := range map[string]func(*Config){
		"health-source-timeout": func(c *Config) { c.HealthSourceTimeout = 0 },
		"health-lag-timeout":    func(c *Config) { c.HealthLagTimeout = -time.Second },
	} {
		c := DefaultConfig()
		mod(&c)
		if err := c.Check(); err == nil || !strings.HasPrefix(err.Error(), key+" ") {
			t.Errorf("%s: Check: %v", key, err)
		}
	}
}
