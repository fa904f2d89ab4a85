package batcher

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/health/healthtest"
)

// healthCase is a TestHealth run: the fakes' fault, set after a healthy start, the reason
// /healthz must then give, and how to heal.
type healthCase struct {
	name   string
	cfg    func(*Config)
	fault  func(*fakeL1)
	reason []string
	heal   func(*fakeL1)
}

var healthCases = []healthCase{
	{name: "the same revert N times", fault: func(l1 *fakeL1) { l1.revert = true },
		reason: []string{"stuck: the same failure ", " times in a row (health-max-failures 3): batch 2 transaction reverted: WrongBatchNumber(expected=2, number=2)"},
		heal:   func(l1 *fakeL1) { l1.revert = false }},
	{name: "the same send error N times", fault: func(l1 *fakeL1) { l1.failAll = errBoom },
		reason: []string{"stuck: the same failure ", " times in a row (health-max-failures 3): batch 2 not posted: boom"},
		heal:   func(l1 *fakeL1) { l1.failAll = nil }},
	{name: "the same L1 read error N times", fault: func(l1 *fakeL1) { l1.callErr = errBoom },
		reason: []string{"stuck: the same failure ", " times in a row (health-max-failures 3): batcher: Inbox batchCount(): boom"},
		heal:   func(l1 *fakeL1) { l1.callErr = nil }},
	{name: "no L1 read for the bound", cfg: func(c *Config) { c.HealthMaxFailures, c.HealthL1Timeout = 1<<30, 300*time.Millisecond },
		fault:  func(l1 *fakeL1) { l1.callErr = errBoom },
		reason: []string{"no successful L1 read for ", "(health-l1-timeout 300ms): boom"},
		heal:   func(l1 *fakeL1) { l1.callErr = nil }},
}

// TestHealth drives the batcher on fakes into each way of being stuck and checks that /healthz
// on its metrics server answers 503 with the reason, and 200 before and after.
func TestHealth(t *testing.T) {
	for _, tc := range healthCases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFakes(t)
			cfg := f.config()
			cfg.HealthMaxFailures = 3
			cfg.MetricsPort = freePort(t)
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			url := fmt.Sprintf("http://127.0.0.1:%d", cfg.MetricsPort)
			b, err := f.build(ctx, cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Stop(ctx)
			if r := b.Health(); r.Reason != "not started" {
				t.Fatalf("before Start: %+v", r)
			}
			f.seq.Seal(2)
			if err := b.Start(ctx); err != nil {
				t.Fatal(err)
			}
			eventually(t, "2 batches posted", func() bool { return len(b.Posted()) == 2 })
			if out := healthtest.Wait(t, url, http.StatusOK, ""); out["posted"] != float64(2) {
				t.Fatalf("healthz details: %v", out)
			}
			f.l1.mu.Lock()
			tc.fault(f.l1)
			f.l1.mu.Unlock()
			f.seq.Seal(3)
			out := healthtest.Wait(t, url, http.StatusServiceUnavailable, tc.reason[0])
			for _, r := range tc.reason[1:] {
				if !strings.Contains(out["reason"].(string), r) {
					t.Fatalf("reason %q lacks %q", out["reason"], r)
				}
			}
			f.l1.mu.Lock()
			tc.heal(f.l1)
			f.l1.mu.Unlock()
			eventually(t, "batch 2 posted", func() bool { return len(b.Posted()) == 3 })
			healthtest.Wait(t, url, http.StatusOK, "")
			healthtest.MetricsPaths(t, url)
			if err := b.Stop(ctx); err != nil {
				t.Fatal(err)
			}
			if r := b.Health(); r.Reason != "stopping" {
				t.Fatalf("after Stop: %+v", r)
			}
		})
	}
}

// TestHealthConfig: the health bounds are checked, and named.
func TestHealthConfig(t *testing.T) {
	for key, mod := range map[string]func(*Config){
		"health-max-failures": func(c *Config) { c.HealthMaxFailures = 0 },
		"health-l1-timeout":   func(c *Config) { c.HealthL1Timeout = 0 },
	} {
		c := DefaultConfig()
		mod(&c)
		if err := c.Check(); err == nil || !strings.HasPrefix(err.Error(), key+" ") {
			t.Errorf("%s: Check: %v", key, err)
		}
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
