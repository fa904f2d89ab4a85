package sequencer

import (
	"strings"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/batch"
)

// TestConfigCheck: DefaultConfig passes; each rule refuses with an error that starts with the
// setting's config key; the first broken rule, in Check's order, is the one reported; Check
// fills nothing in.
func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Config)
		want   string // the error's start; "" for none
	}{
		{"default", func(*Config) {}, ""},
		{"zero optional fields", func(c *Config) { c.RPCHost, c.MetricsHost, c.L1PollInterval = "", "", 0 }, ""},
		{"limits at their bounds", func(c *Config) {
			c.MaxBlockMessages, c.MaxBlockBytes, c.MaxBatchBytes, c.MempoolPerAccount, c.MempoolTotal = 1, 2048, 2048, 1, 1
			c.RPCPort, c.MetricsPort = 65535, 65535
			c.RPCBatchLimit, c.RPCBatchResponseBytes, c.RPCBodyBytes = 1, 1, 2*2048+64<<10
		}, ""},
		{"block time zero", func(c *Config) { c.BlockTime = 0 }, "block-time 0s: want a positive duration"},
		{"block time negative", func(c *Config) { c.BlockTime = -time.Second }, "block-time -1s:"},
		{"max block messages", func(c *Config) { c.MaxBlockMessages = 0 }, "max-block-messages 0: want 1 or more"},
		{"max block bytes low", func(c *Config) { c.MaxBlockBytes = 100 }, "max-block-bytes 100: want 2048 to 761856 (six blobs)"},
		{"max block bytes high", func(c *Config) { c.MaxBlockBytes, c.MaxBatchBytes = batch.MaxPayload+1, batch.MaxPayload+1 }, "max-block-bytes 761857:"},
		{"mempool per account", func(c *Config) { c.MempoolPerAccount = 0 }, "mempool-per-account 0: want 1 or more"},
		{"mempool total", func(c *Config) { c.MempoolTotal = -1 }, "mempool-total -1: want 1 or more"},
		{"max batch bytes below block", func(c *Config) { c.MaxBatchBytes = c.MaxBlockBytes - 1 }, "max-batch-bytes 699999: want max-block-bytes (700000) to 761856"},
		{"max batch bytes high", func(c *Config) { c.MaxBatchBytes = batch.MaxPayload + 1 }, "max-batch-bytes 761857:"},
		{"batch age", func(c *Config) { c.BatchAge = 0 }, "batch-age 0s: want a positive duration"},
		{"rpc port negative", func(c *Config) { c.RPCPort = -1 }, "rpc-port -1: want 0 to 65535"},
		{"rpc port high", func(c *Config) { c.RPCPort = 65536 }, "rpc-port 65536:"},
		{"metrics port", func(c *Config) { c.MetricsPort = 70000 }, "metrics-port 70000: want 0 to 65535"},
		{"rpc batch limit", func(c *Config) { c.RPCBatchLimit = 0 }, "rpc-batch-limit 0: want 1 or more"},
		{"rpc batch response bytes", func(c *Config) { c.RPCBatchResponseBytes = -1 }, "rpc-batch-response-bytes -1: want 1 or more"},
		{"rpc body bytes below a full message", func(c *Config) { c.RPCBodyBytes = 2*700_000 + 64<<10 - 1 },
			"rpc-body-bytes 1465535: want 1465536 or more (2 × max-block-bytes + 64 KiB"},
		{"rpc body bytes follows max block bytes", func(c *Config) { c.MaxBlockBytes, c.RPCBodyBytes = 2048, 2*2048+64<<10 }, ""},
		{"first rule first", func(c *Config) { c.BlockTime, c.MetricsPort, c.MempoolTotal = 0, -1, 0 }, "block-time"},
		{"mempool before ports", func(c *Config) { c.MempoolTotal, c.RPCPort = 0, -1 }, "mempool-total"},
		{"rpc before metrics", func(c *Config) { c.RPCPort, c.MetricsPort = -1, -1 }, "rpc-port"},
		{"ports before rpc limits", func(c *Config) { c.MetricsPort, c.RPCBatchLimit = -1, 0 }, "metrics-port"},
		{"rpc limits in order", func(c *Config) { c.RPCBatchLimit, c.RPCBatchResponseBytes, c.RPCBodyBytes = 0, 0, 0 }, "rpc-batch-limit"},
		{"response before body", func(c *Config) { c.RPCBatchResponseBytes, c.RPCBodyBytes = 0, 0 }, "rpc-batch-response-bytes"},
		{"rpc rate negative", func(c *Config) { c.RPCRatePerIP = -1 }, "rpc-rate-per-ip -1: want 0 (no limit) or more"},
		{"rpc rate burst", func(c *Config) { c.RPCRatePerIP, c.RPCRateBurst = 10, 0 }, "rpc-rate-burst 0: want 1 or more"},
		{"rpc rate burst unused when off", func(c *Config) { c.RPCRatePerIP, c.RPCRateBurst = 0, 0 }, ""},
		{"rpc rate last", func(c *Config) { c.RPCRatePerIP, c.HealthL1Timeout = -1, 0 }, "health-l1-timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.change(&c)
			before := c
			err := c.Check()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Check: %v", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Fatalf("Check: %v, want an error starting %q", err, tt.want)
			}
			if c != before {
				t.Fatalf("Check changed the config: %+v, was %+v", c, before)
			}
		})
	}
}

// TestDefaultConfig pins the defaults (the config layer's defaults must match them).
func TestDefaultConfig(t *testing.T) {
	want := Config{RPCHost: "127.0.0.1", MetricsHost: "127.0.0.1", BlockTime: time.Second, MaxBlockMessages: 1000,
		MaxBlockBytes: 700_000, MempoolPerAccount: 256, MempoolTotal: 20_000, MaxBatchBytes: 761_856, BatchAge: 30 * time.Second,
		RPCBatchLimit: 100, RPCBatchResponseBytes: 10 << 20, RPCBodyBytes: 5 << 20, RPCRateBurst: 100, HealthL1Timeout: time.Minute,
		ResequenceAfter: 2 * time.Minute}
	if got := DefaultConfig(); got != want {
		t.Fatalf("DefaultConfig() = %+v, want %+v", got, want)
	}
}

// TestNewChecksConfig: New refuses a config that fails Check, naming the setting, and fills the
// optional fields Check leaves zero.
func TestNewChecksConfig(t *testing.T) {
	_, gen := testChain(t, 0)
	cfg := testConfig()
	cfg.MaxBlockBytes = 100
	if _, err := New(cfg, testLogger(t), gen); err == nil || !strings.Contains(err.Error(), "max-block-bytes 100") {
		t.Fatalf("New with max-block-bytes 100: %v", err)
	}
	cfg = testConfig()
	cfg.RPCHost, cfg.MetricsHost, cfg.L1PollInterval = "", "", 0
	s, err := New(cfg, testLogger(t), gen)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop(t.Context())
	if s.cfg.RPCHost != "127.0.0.1" || s.cfg.MetricsHost != "127.0.0.1" || s.cfg.L1PollInterval != cfg.BlockTime {
		t.Fatalf("New did not fill the optional fields: %+v", s.cfg)
	}
}
