package config

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/pflag"

	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/sequencer"
)

// TestLoadPrecedence sets log.level and vm.workers from every subset of {file, env, flag}, each
// source with its own values, and checks that the highest-precedence source present wins:
// flag > env > file > default.
func TestLoadPrecedence(t *testing.T) {
	type source struct {
		level   string
		workers int
	}
	var (
		file = source{"debug", 2}
		env  = source{"warn", 3}
		flag = source{"error", 4}
		def  = Default()
	)
	for _, format := range []string{"toml", "yaml"} {
		for mask := range 8 {
			useFile, useEnv, useFlag := mask&1 != 0, mask&2 != 0, mask&4 != 0
			name := fmt.Sprintf("%s/file=%t/env=%t/flag=%t", format, useFile, useEnv, useFlag)
			t.Run(name, func(t *testing.T) {
				clearEnv(t)
				var src Sources
				if useFile {
					src.File = writeFile(t, "crollup."+format, configBody(format, file.level, file.workers))
				}
				if useEnv {
					t.Setenv("CROLLUP_LOG_LEVEL", env.level)
					t.Setenv("CROLLUP_VM_WORKERS", fmt.Sprint(env.workers))
				}
				var args []string
				if useFlag {
					args = []string{"--log.level=" + flag.level, fmt.Sprintf("--workers=%d", flag.workers)}
				}
				src.Flags = testFlags(t, args)

				got, err := Load(src)
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				want := source{def.Log.Level, def.VM.Workers}
				switch {
				case useFlag:
					want = flag
				case useEnv:
					want = env
				case useFile:
					want = file
				}
				if got.Log.Level != want.level || got.VM.Workers != want.workers {
					t.Errorf("got log.level=%q vm.workers=%d, want %q %d",
						got.Log.Level, got.VM.Workers, want.level, want.workers)
				}
				// Keys no source sets keep their defaults, although their flags have other defaults.
				if got.Log.Format != def.Log.Format || got.Log.Color != def.Log.Color {
					t.Errorf("unset keys: got %+v, want %+v", got.Log, def.Log)
				}
			})
		}
	}
}

// clearEnv blanks every CROLLUP_* variable for the test; Load treats empty as unset.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, s := range Settings() {
		t.Setenv(s.Env, "")
	}
}

// testFlags builds flags the way cmd/crollup does (--workers sets vm.workers), with defaults that
// differ from the config defaults: a flag that was not given must never win.
func testFlags(t *testing.T, args []string) map[string]*pflag.Flag {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("log.level", "crit", "")
	fs.String("log.format", "json", "")
	fs.Int("workers", 7, "")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return map[string]*pflag.Flag{
		"log.level":  fs.Lookup("log.level"),
		"log.format": fs.Lookup("log.format"),
		"vm.workers": fs.Lookup("workers"),
	}
}

func configBody(format, level string, workers int) string {
	if format == "toml" {
		return fmt.Sprintf("[log]\nlevel = %q\n\n[vm]\nworkers = %d\n", level, workers)
	}
	return fmt.Sprintf("log:\n  level: %s\nvm:\n  workers: %d\n", level, workers)
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadDefaults(t *testing.T) {
	clearEnv(t)
	got, err := Load(Sources{})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(got, Default()) {
		t.Errorf("got %+v, want Default() %+v", got, Default())
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		file    string // file name and body, "" = no file
		body    string
		env     map[string]string
		wantErr string
	}{
		{name: "missing file", file: "-", wantErr: "read config file"},
		{name: "unknown key", file: "c.yaml", body: "log:\n  levle: debug\n", wantErr: "levle"},
		{name: "unknown section", file: "c.toml", body: "[sequencer]\nport = 1\n", wantErr: "sequencer"},
		{name: "bad level in file", file: "c.toml", body: "[log]\nlevel = \"loud\"\n", wantErr: "log.level"},
		{name: "bad level in env", env: map[string]string{"CROLLUP_LOG_LEVEL": "loud"}, wantErr: "log.level"},
		{name: "bad format", env: map[string]string{"CROLLUP_LOG_FORMAT": "xml"}, wantErr: "log.format"},
		{name: "bad color", env: map[string]string{"CROLLUP_LOG_COLOR": "sometimes"}, wantErr: "log.color"},
		{name: "negative workers", env: map[string]string{"CROLLUP_VM_WORKERS": "-1"}, wantErr: "vm.workers"},
		{name: "non-numeric workers", env: map[string]string{"CROLLUP_VM_WORKERS": "many"}, wantErr: "workers"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var src Sources
			switch tc.file {
			case "":
			case "-":
				src.File = filepath.Join(t.TempDir(), "absent.toml")
			default:
				src.File = writeFile(t, tc.file, tc.body)
			}
			_, err := Load(src)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Load: got error %v, want one mentioning %q", err, tc.wantErr)
			}
		})
	}
}

func TestLoadUnknownFlagKey(t *testing.T) {
	clearEnv(t)
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.Int("port", 0, "")
	_, err := Load(Sources{Flags: map[string]*pflag.Flag{"rpc.port": fs.Lookup("port")}})
	if err == nil || !strings.Contains(err.Error(), "rpc.port") {
		t.Fatalf("got %v, want an error naming rpc.port", err)
	}
}

// A boolean in YAML or TOML reaches the string field log.color as "1"/"0" (viper decodes weakly).
func TestColorFromFileBoolean(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"log:\n  color: true\n", true},
		{"log:\n  color: false\n", false},
	} {
		clearEnv(t)
		c, err := Load(Sources{File: writeFile(t, "c.yaml", tc.body)})
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		lc, err := c.Log.LoggerConfig(!tc.want) // the terminal says the opposite: explicit wins
		if err != nil {
			t.Fatalf("LoggerConfig: %v", err)
		}
		if lc.Color != tc.want {
			t.Errorf("%q: color %t, want %t", tc.body, lc.Color, tc.want)
		}
	}
}

func TestLoggerConfig(t *testing.T) {
	for _, tc := range []struct {
		in       LogConfig
		terminal bool
		want     oplog.CLIConfig
	}{
		{LogConfig{"info", "text", "auto"}, true, oplog.CLIConfig{Level: log.LevelInfo, Format: oplog.FormatText, Color: true}},
		{LogConfig{"info", "text", "auto"}, false, oplog.CLIConfig{Level: log.LevelInfo, Format: oplog.FormatText, Color: false}},
		{LogConfig{"TRACE", "json", "false"}, true, oplog.CLIConfig{Level: log.LevelTrace, Format: oplog.FormatJSON, Color: false}},
		{LogConfig{"crit", "logfmt", "true"}, false, oplog.CLIConfig{Level: log.LevelCrit, Format: oplog.FormatLogFmt, Color: true}},
	} {
		got, err := tc.in.LoggerConfig(tc.terminal)
		if err != nil {
			t.Fatalf("%+v: %v", tc.in, err)
		}
		if got != tc.want {
			t.Errorf("%+v (terminal=%t): got %+v, want %+v", tc.in, tc.terminal, got, tc.want)
		}
	}
}

func TestSettings(t *testing.T) {
	want := []Setting{
		{"log.level", "CROLLUP_LOG_LEVEL", "info"},
		{"log.format", "CROLLUP_LOG_FORMAT", "text"},
		{"log.color", "CROLLUP_LOG_COLOR", "auto"},
		{"vm.workers", "CROLLUP_VM_WORKERS", 0},
		{"vm.devices", "CROLLUP_VM_DEVICES", "auto"},
		{"vm.opencl-cache-dir", "CROLLUP_VM_OPENCL_CACHE_DIR", ""},
		{"vm.opencl-mem-limit-mib", "CROLLUP_VM_OPENCL_MEM_LIMIT_MIB", 0},
		{"vm.opencl-matmul", "CROLLUP_VM_OPENCL_MATMUL", ""},
		{"chain.chain-id", "CROLLUP_CHAIN_CHAIN_ID", uint64(42069)},
	}
	if got := Settings(); !reflect.DeepEqual(got[:len(want)], want) {
		t.Errorf("Settings() = %+v, want %+v", got, want)
	}
	keys := map[string]bool{}
	for _, s := range Settings() {
		if keys[s.Key] || s.Env != EnvVar(s.Key) {
			t.Errorf("setting %+v: duplicate key or wrong variable", s)
		}
		keys[s.Key] = true
	}
	for _, k := range []string{"sequencer.block-time", "executor.sequencer", "chain.accounts"} {
		if !keys[k] {
			t.Errorf("no setting %s", k)
		}
	}
	if got := EnvVar("batcher.max-blobs"); got != "CROLLUP_BATCHER_MAX_BLOBS" {
		t.Errorf("EnvVar(batcher.max-blobs) = %q", got)
	}
}

func TestChainAndServiceValidation(t *testing.T) {
	ok := Default()
	ok.Chain.Accounts = "0x00000000000000000000000000000000000000aa=1000, 0x00000000000000000000000000000000000000bb=5"
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	g, err := ok.Chain.Genesis()
	if err != nil || len(g.Accounts) != 2 || g.Accounts[1].Balance.Uint64() != 5 {
		t.Fatalf("%+v, %v", g, err)
	}
	for _, tc := range []struct {
		key string
		mod func(*Config)
	}{
		{"chain.inbox", func(c *Config) { c.Chain.Inbox = "nope" }},
		{"vm.devices", func(c *Config) { c.VM.Devices = "cpu,gpu0" }},
		{"vm.opencl-matmul", func(c *Config) { c.VM.OpenCLMatMul = "tensorcore" }},
		{"vm.opencl-mem-limit-mib", func(c *Config) { c.VM.OpenCLMemLimitMiB = -1 }},
		{"chain.accounts", func(c *Config) { c.Chain.Accounts = "0xaa=1" }},
		{"chain.accounts", func(c *Config) { c.Chain.Accounts = "0x00000000000000000000000000000000000000aa=-1" }},
		{"sequencer.block-time", func(c *Config) { c.Sequencer.BlockTime = "soon" }},
		{"executor.poll-interval", func(c *Config) { c.Executor.PollInterval = "0s" }},
		{"sequencer.rpc-port", func(c *Config) { c.Sequencer.RPCPort = 70000 }},
		{"sequencer.mempool-total", func(c *Config) { c.Sequencer.MempoolTotal = 0 }},
		{"sequencer.rpc-batch-limit", func(c *Config) { c.Sequencer.RPCBatchLimit = 0 }},
		{"sequencer.rpc-batch-response-bytes", func(c *Config) { c.Sequencer.RPCBatchResponseBytes = 0 }},
		{"sequencer.rpc-body-bytes", func(c *Config) { c.Sequencer.RPCBodyBytes = 1 << 20 }},
		{"executor.rpc-batch-limit", func(c *Config) { c.Executor.RPCBatchLimit = -1 }},
		{"executor.rpc-batch-response-bytes", func(c *Config) { c.Executor.RPCBatchResponseBytes = 0 }},
		{"executor.rpc-body-bytes", func(c *Config) { c.Executor.RPCBodyBytes = 100 }},
		{"sequencer.rpc-rate-per-ip", func(c *Config) { c.Sequencer.RPCRatePerIP = -1 }},
		{"sequencer.rpc-rate-burst", func(c *Config) { c.Sequencer.RPCRatePerIP, c.Sequencer.RPCRateBurst = 5, 0 }},
		{"sequencer.health-l1-timeout", func(c *Config) { c.Sequencer.HealthL1Timeout = "never" }},
		{"sequencer.health-l1-timeout", func(c *Config) { c.Sequencer.HealthL1Timeout = "0s" }},
		{"executor.health-source-timeout", func(c *Config) { c.Executor.HealthSourceTimeout = "-1s" }},
		{"executor.health-lag-timeout", func(c *Config) { c.Executor.HealthLagTimeout = "0s" }},
		{"batcher.health-max-failures", func(c *Config) { c.Batcher.HealthMaxFailures = 0 }},
		{"batcher.health-l1-timeout", func(c *Config) { c.Batcher.HealthL1Timeout = "soon" }},
	} {
		c := Default()
		tc.mod(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.key) {
			t.Errorf("%s: error %v does not name the key", tc.key, err)
		}
	}
}

// TestRPCLimitsReachServices: the rpc-* keys default to the services' defaults and reach their
// Configs.
func TestRPCLimitsReachServices(t *testing.T) {
	c := Default()
	s, err := c.SequencerConfig()
	if err != nil {
		t.Fatal(err)
	}
	e, err := c.ExecutorConfig()
	if err != nil {
		t.Fatal(err)
	}
	def := [2][3]int{{sequencer.DefaultConfig().RPCBatchLimit, sequencer.DefaultConfig().RPCBatchResponseBytes, sequencer.DefaultConfig().RPCBodyBytes},
		{executor.DefaultConfig().RPCBatchLimit, executor.DefaultConfig().RPCBatchResponseBytes, executor.DefaultConfig().RPCBodyBytes}}
	if got := [2][3]int{{s.RPCBatchLimit, s.RPCBatchResponseBytes, s.RPCBodyBytes}, {e.RPCBatchLimit, e.RPCBatchResponseBytes, e.RPCBodyBytes}}; got != def {
		t.Fatalf("default limits %v, want the services' %v", got, def)
	}
	c.Sequencer.RPCBatchLimit, c.Sequencer.RPCBatchResponseBytes, c.Sequencer.RPCBodyBytes = 7, 8000, 9<<20
	c.Executor.RPCBatchLimit, c.Executor.RPCBatchResponseBytes, c.Executor.RPCBodyBytes = 3, 4000, 5000
	if s, err = c.SequencerConfig(); err != nil {
		t.Fatal(err)
	}
	if e, err = c.ExecutorConfig(); err != nil {
		t.Fatal(err)
	}
	if got, want := [2][3]int{{s.RPCBatchLimit, s.RPCBatchResponseBytes, s.RPCBodyBytes}, {e.RPCBatchLimit, e.RPCBatchResponseBytes, e.RPCBodyBytes}},
		[2][3]int{{7, 8000, 9 << 20}, {3, 4000, 5000}}; got != want {
		t.Fatalf("limits %v, want %v", got, want)
	}
	if s.RPCRatePerIP != 0 || s.RPCRateBurst != sequencer.DefaultConfig().RPCRateBurst {
		t.Fatalf("default rate limit %d/s burst %d, want the sequencer's", s.RPCRatePerIP, s.RPCRateBurst)
	}
	c.Sequencer.RPCRatePerIP, c.Sequencer.RPCRateBurst = 50, 80
	if s, err = c.SequencerConfig(); err != nil {
		t.Fatal(err)
	}
	if s.RPCRatePerIP != 50 || s.RPCRateBurst != 80 {
		t.Fatalf("rate limit %d/s burst %d, want 50/s burst 80", s.RPCRatePerIP, s.RPCRateBurst)
	}
}
