package executor

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestConfigCheck checks each rule of Config.Check, the order in which they are checked, and
// that each message starts with the setting's key.
func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name string
		mod  func(c *Config)
		want string // the error's message; "" for none
	}{
		{"default", func(*Config) {}, ""},
		{"ports at their bounds", func(c *Config) { c.RPCPort, c.MetricsPort = 65535, 65535 }, ""},
		{"every worker count from 0", func(c *Config) { c.Workers = 64 }, ""},
		{"zero poll interval", func(c *Config) { c.PollInterval = 0 }, "poll-interval 0s: want a positive duration"},
		{"negative poll interval", func(c *Config) { c.PollInterval = -time.Second }, "poll-interval -1s: want a positive duration"},
		{"negative workers", func(c *Config) { c.Workers = -1 }, "workers -1: want 0 (GOMAXPROCS) or more"},
		{"negative rpc port", func(c *Config) { c.RPCPort = -1 }, "rpc-port -1: want a port in 0..65535"},
		{"rpc port too large", func(c *Config) { c.RPCPort = 65536 }, "rpc-port 65536: want a port in 0..65535"},
		{"negative metrics port", func(c *Config) { c.MetricsPort = -1 }, "metrics-port -1: want a port in 0..65535"},
		{"metrics port too large", func(c *Config) { c.MetricsPort = 1 << 20 }, "metrics-port 1048576: want a port in 0..65535"},
		{"poll interval before workers", func(c *Config) { c.PollInterval, c.Workers = 0, -1 }, "poll-interval 0s: want a positive duration"},
		{"workers before ports", func(c *Config) { c.Workers, c.RPCPort, c.MetricsPort = -1, -1, -1 }, "workers -1: want 0 (GOMAXPROCS) or more"},
		{"rpc port before metrics port", func(c *Config) { c.RPCPort, c.MetricsPort = -1, -1 }, "rpc-port -1: want a port in 0..65535"},
		{"rpc limits at their bounds", func(c *Config) { c.RPCBatchLimit, c.RPCBatchResponseBytes, c.RPCBodyBytes = 1, 1, 1024 }, ""},
		{"zero rpc batch limit", func(c *Config) { c.RPCBatchLimit = 0 }, "rpc-batch-limit 0: want 1 or more"},
		{"zero rpc batch response bytes", func(c *Config) { c.RPCBatchResponseBytes = 0 }, "rpc-batch-response-bytes 0: want 1 or more"},
		{"small rpc body bytes", func(c *Config) { c.RPCBodyBytes = 1023 }, "rpc-body-bytes 1023: want 1024 or more"},
		{"metrics port before rpc limits", func(c *Config) { c.MetricsPort, c.RPCBatchLimit = -1, 0 }, "metrics-port -1: want a port in 0..65535"},
		{"rpc limits in order", func(c *Config) { c.RPCBatchLimit, c.RPCBatchResponseBytes, c.RPCBodyBytes = 0, 0, 0 }, "rpc-batch-limit 0: want 1 or more"},
		{"response before body", func(c *Config) { c.RPCBatchResponseBytes, c.RPCBodyBytes = 0, 0 }, "rpc-batch-response-bytes 0: want 1 or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mod(&c)
			err := c.Check()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Check() = %v, want nil", err)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Fatalf("Check() = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestDefaultConfig pins the defaults the documentation states.
func TestDefaultConfig(t *testing.T) {
	want := Config{Sequencer: "http://127.0.0.1:8645", RPCHost: "127.0.0.1", MetricsHost: "127.0.0.1",
		PollInterval: 200 * time.Millisecond, RPCBatchLimit: 100, RPCBatchResponseBytes: 10 << 20, RPCBodyBytes: 5 << 20,
		HealthSourceTimeout: time.Minute, HealthMaxLag: 100, HealthLagTimeout: 5 * time.Minute,
		Backends: BackendOptions{Devices: []string{"cpu"}}, ExplorerHost: "127.0.0.1", ExplorerPort: -1}
	if got := DefaultConfig(); !reflect.DeepEqual(got, want) {
		t.Fatalf("DefaultConfig() = %+v, want %+v", got, want)
	}
}

// TestNewChecksConfig checks that New refuses a Config that fails Check, before opening anything.
func TestNewChecksConfig(t *testing.T) {
	f := newFixture(t, 2)
	cfg := testConfig("")
	cfg.Workers = -2
	_, err := New(cfg, quietLog(), f.gen, &MemorySource{})
	if err == nil || !strings.Contains(err.Error(), "workers -2") {
		t.Fatalf("New with workers -2: %v", err)
	}
}
