package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/health/healthtest"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/stf"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestHealthWriteFailure: healthy, then a failed database write makes /healthz 503 with the
// write's error, on the RPC server and the metrics server alike; the metrics server serves the
// metrics on /metrics only.
func TestHealthWriteFailure(t *testing.T) {
	cfg := testConfig()
	cfg.MetricsPort = freePort(t)
	e := newEnv(t, cfg, 0, 1e9)
	metrics := fmt.Sprintf("http://127.0.0.1:%d", cfg.MetricsPort)
	out := healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusOK, "")
	if out["head"] != float64(-1) || out["pending"] != float64(0) {
		t.Fatalf("healthz details: %v", out)
	}
	healthtest.Want(t, metrics, http.StatusOK, "")
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.seq.fail(errors.New("disk on fire"))
	healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusServiceUnavailable, "database write failed, refusing messages until restarted: disk on fire")
	healthtest.Want(t, metrics, http.StatusServiceUnavailable, "disk on fire")
	healthtest.MetricsPaths(t, metrics)
}

// TestHealthL1: an L1 that fails makes the sequencer unhealthy once no read has succeeded for
// health-l1-timeout, with the L1's error; healthy again once a read succeeds.
func TestHealthL1(t *testing.T) {
	l1 := &fakeL1{fail: true}
	cfg := testConfig()
	cfg.L1 = l1
	cfg.L1PollInterval = 5 * time.Millisecond
	cfg.HealthL1Timeout = 300 * time.Millisecond
	e := newEnv(t, cfg, 0, 1e9)
	healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusOK, "") // within the bound since Start
	eventually(t, "unhealthy", func() bool { c, _ := healthtest.Get(t, e.seq.RPCEndpoint()); return c != http.StatusOK })
	healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusServiceUnavailable, "no successful L1 read for ")
	healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusServiceUnavailable, errL1Down.Error())
	l1.mu.Lock()
	l1.fail = false
	l1.mu.Unlock()
	eventually(t, "healthy", func() bool { c, _ := healthtest.Get(t, e.seq.RPCEndpoint()); return c == http.StatusOK })
}

// TestHealthStopping: a sequencer not started, or stopping, is unhealthy.
func TestHealthStopping(t *testing.T) {
	_, gen := testChain(t, 1e9)
	s, err := New(testConfig(), testLogger(t), gen)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Health(); r.Reason != "not started" {
		t.Fatalf("before Start: %+v", r)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if r := s.Health(); !r.OK() {
		t.Fatalf("running: %+v", r)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if r := s.Health(); r.Reason != "stopping" {
		t.Fatalf("after Stop: %+v", r)
	}
}

// TestHealthConfig: health-l1-timeout is checked, and named.
func TestHealthConfig(t *testing.T) {
	c := DefaultConfig()
	c.HealthL1Timeout = 0
	if err := c.Check(); err == nil || !strings.HasPrefix(err.Error(), "health-l1-timeout ") {
		t.Fatalf("Check: %v", err)
	}
}

// TestHealthL1Rewound: while L1 does not hold deposits the chain applied (a reorg deeper than
// the confirmation depth) the sequencer says so in /healthz and its metrics and reads no more
// deposits; both ways are caught: fewer delayed messages than it read, and as many with another
// content (the accumulator differs). A restart finds the same. Once L1 holds them again, it is
// healthy and reads the next deposit.
func TestHealthL1Rewound(t *testing.T) {
	for _, tc := range []struct {
		name   string
		rewind func(l1 *fakeL1)
		reason string
	}{
		{"fewer messages", func(l1 *fakeL1) { l1.deposits = l1.deposits[:1] },
			"the Inbox holds 1 delayed messages at the confirmed block, the chain read 2"},
		{"another message", func(l1 *fakeL1) {
			d, _ := l1data.DecodeDeposit(l1.deposits[1])
			d.Amount = *uint256.NewInt(1)
			l1.deposits[1] = d.Encode()
			l1.deposits = append(l1.deposits, l1.deposits[0]) // and a third, which must not be read
		}, "the Inbox's accumulator after 2 delayed messages is "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l1 := &fakeL1{}
			cfg := testConfig()
			cfg.DataDir = t.TempDir()
			cfg.L1 = l1
			cfg.L1PollInterval = 5 * time.Millisecond
			e := newEnv(t, cfg, 0, 1e12)
			g, err := stf.ReadGlobals(e.gen.Mem)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 2 {
				to := common.BigToAddress(big.NewInt(int64(0xd0517 + i)))
				d := l1data.Deposit{Index: g.Accounts + uint32(i), To: to, Amount: *uint256.NewInt(1000)}
				l1.addDeposit(d.Encode())
				eventually(t, "the deposit", func() bool { _, err := e.seq.Account(to); return err == nil })
			}
			healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusOK, "")
			l1.mu.Lock()
			held := slices.Clone(l1.deposits)
			tc.rewind(l1)
			l1.mu.Unlock()
			eventually(t, "unhealthy", func() bool { c, _ := healthtest.Get(t, e.seq.RPCEndpoint()); return c != http.StatusOK })
			healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusServiceUnavailable, "L1 no longer holds deposits the chain applied: "+tc.reason)
			if n := e.seq.delayed.count(); n != 2 {
				t.Fatalf("the sequencer read %d delayed messages after the rewind, want 2", n)
			}
			if n := testutilCount(t, e.seq, "crollup_sequencer_l1_rewound", ""); n != 1 {
				t.Fatalf("l1_rewound gauge %v, want 1", n)
			}
			e.stop()
			e.start()
			eventually(t, "unhealthy after a restart", func() bool { c, _ := healthtest.Get(t, e.seq.RPCEndpoint()); return c != http.StatusOK })
			healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusServiceUnavailable, tc.reason)

			// L1 holds the two deposits again (a reorg puts their transactions back in the pool),
			// and a third: the sequencer is healthy again and reads it.
			l1.mu.Lock()
			l1.deposits = append(held[:2:2], held[0])
			l1.mu.Unlock()
			eventually(t, "the third deposit", func() bool { return e.seq.delayed.count() == 3 })
			healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusOK, "")
			if n := testutilCount(t, e.seq, "crollup_sequencer_l1_rewound", ""); n != 0 {
				t.Fatalf("l1_rewound gauge %v after L1 holds the deposits again, want 0", n)
			}
		})
	}
}
