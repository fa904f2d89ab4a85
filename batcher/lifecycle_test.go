package batcher

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/common"
)

// TestLifecycle: a batcher starts once; Stop may come before Start and again, and closes the
// transaction manager once; no Start after Stop.
func TestLifecycle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		steps []string // start or stop
		fail  []bool   // whether each step must fail
	}{
		{"start, stop", []string{"start", "stop"}, []bool{false, false}},
		{"second start errors", []string{"start", "start", "stop"}, []bool{false, true, false}},
		{"stop before start", []string{"stop"}, []bool{false}},
		{"stop twice", []string{"start", "stop", "stop"}, []bool{false, false, false}},
		{"start after stop refused", []string{"start", "stop", "start"}, []bool{false, false, true}},
		{"start after a stop before start refused", []string{"stop", "start", "stop"}, []bool{false, true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFakes(t)
			var lc cliapp.Lifecycle
			b, err := f.build(ctx, f.config(), nil)
			if err != nil {
				t.Fatal(err)
			}
			lc = b
			defer b.Stop(ctx)
			stopped := false
			for i, s := range tc.steps {
				var err error
				if s == "start" {
					err = lc.Start(ctx)
				} else {
					err, stopped = lc.Stop(ctx), true
				}
				if (err != nil) != tc.fail[i] {
					t.Fatalf("step %d (%s): %v, want failure %v", i, s, err, tc.fail[i])
				}
				if lc.Stopped() != stopped {
					t.Fatalf("step %d (%s): Stopped() %v", i, s, lc.Stopped())
				}
			}
			if n := f.tm.closed.Load(); n != 1 {
				t.Fatalf("transaction manager closed %d times, want 1", n)
			}
		})
	}
}

// TestNewFails: New refuses a bad configuration before building a transaction manager, and
// closes the one it built when a later step fails.
func TestNewFails(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(f *fakes, c *Config)
		want   string
		built  bool // the transaction manager was built (and must be closed)
	}{
		{"check", func(_ *fakes, c *Config) { c.MaxPending = 0 }, "max-pending 0: want 1 or more", false},
		{"no Inbox", func(_ *fakes, c *Config) { c.Inbox = common.Address{} }, "the Inbox address is required", false},
		{"no key", func(_ *fakes, c *Config) { c.TxMgr.Key = nil }, "key is required", false},
		{"L1 fails", func(f *fakes, _ *Config) { f.l1.callErr = errBoom }, "boom", true},
		{"wrong key", func(f *fakes, _ *Config) { f.l1.batcher = common.HexToAddress("0xbad") }, "accepts batches from " + common.HexToAddress("0xbad").Hex() + " only", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakes(t)
			cfg := f.config()
			tc.change(f, &cfg)
			made := false
			b, err := f.build(context.Background(), cfg, func(txmetrics.TxMetricer) (txmgr.TxManager, error) { made = true; return f.tm, nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New: %v, %v; want an error containing %q", b, err, tc.want)
			}
			if made != tc.built || f.tm.IsClosed() != tc.built {
				t.Fatalf("transaction manager built %v, closed %v; want %v", made, f.tm.IsClosed(), tc.built)
			}
		})
	}
	t.Run("transaction manager fails", func(t *testing.T) {
		f := newFakes(t)
		_, err := f.build(context.Background(), f.config(), func(txmetrics.TxMetricer) (txmgr.TxManager, error) { return nil, errBoom })
		if !errors.Is(err, errBoom) {
			t.Fatalf("New: %v, want %v", err, errBoom)
		}
	})
}
