package executor

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
)

// seekFailer is a block source whose Seek fails.
type seekFailer struct{ MemorySource }

func (*seekFailer) Seek(context.Context, uint64, uint64) error { return errors.New("no L1") }

// TestLifecycle runs the life cycle's sequences: Start once, Stop once and at any time, nothing
// after Stop, and a Start that fails leaves nothing running (TestMain finds no goroutine left;
// the RPC port is free again) and can be tried again.
func TestLifecycle(t *testing.T) {
	type step struct {
		op      string // start, stop, free (close the listener that holds the metrics port)
		wantErr string // "": no error; else a part of the error
		stopped bool   // Stopped() after the step
	}
	tests := []struct {
		name      string
		busyPort  bool // the metrics port is taken: Start fails after starting the RPC server
		seekFails bool
		steps     []step
	}{
		{name: "start then stop", steps: []step{{"start", "", false}, {"stop", "", true}}},
		{name: "start twice", steps: []step{{"start", "", false}, {"start", "already started", false}, {"stop", "", true}}},
		{name: "stop twice", steps: []step{{"start", "", false}, {"stop", "", true}, {"stop", "", true}}},
		{name: "stop before start", steps: []step{{"stop", "", true}, {"stop", "", true}}},
		{name: "start after stop", steps: []step{{"stop", "", true}, {"start", "stopped", true}}},
		{name: "restart after stop", steps: []step{{"start", "", false}, {"stop", "", true}, {"start", "stopped", true}, {"stop", "", true}}},
		{name: "start fails at the metrics server", busyPort: true,
			steps: []step{{"start", "metrics server", false}, {"start", "metrics server", false}, {"stop", "", true}}},
		{name: "start again after a failed start", busyPort: true,
			steps: []step{{"start", "metrics server", false}, {"free", "", false}, {"start", "", false}, {"stop", "", true}}},
		{name: "start fails at the source", seekFails: true,
			steps: []step{{"start", "no L1", false}, {"stop", "", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, 2)
			cfg := testConfig("")
			cfg.RPCPort = freePort(t)
			var held net.Listener
			if tt.busyPort {
				held = listen(t)
				defer held.Close()
				cfg.MetricsHost, cfg.MetricsPort = "127.0.0.1", held.Addr().(*net.TCPAddr).Port
			}
			var src BlockSource = &MemorySource{}
			if tt.seekFails {
				src = &seekFailer{}
			}
			e, err := New(cfg, quietLog(), f.gen, src)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = e.Stop(context.Background()) })
			if e.Stopped() {
				t.Fatal("stopped after New")
			}
			for i, s := range tt.steps {
				switch s.op {
				case "start":
					err = e.Start(context.Background())
				case "stop":
					err = e.Stop(context.Background())
				case "free":
					err = held.Close()
				}
				if s.wantErr == "" && err != nil || s.wantErr != "" && (err == nil || !strings.Contains(err.Error(), s.wantErr)) {
					t.Fatalf("step %d (%s): error %v, want %q", i, s.op, err, s.wantErr)
				}
				if got := e.Stopped(); got != s.stopped {
					t.Fatalf("step %d (%s): Stopped() = %v, want %v", i, s.op, got, s.stopped)
				}
				if s.op == "start" && err != nil && (tt.busyPort || tt.seekFails) {
					assertNothingRunning(t, e, cfg.RPCPort)
				}
			}
		})
	}
}

// assertNothingRunning checks that a failed Start left no server or follow loop behind.
func assertNothingRunning(t *testing.T, e *Executor, rpcPort int) {
	t.Helper()
	if e.RPCEndpoint() != "" || e.Done() != nil {
		t.Fatalf("after a failed Start: RPC endpoint %q, follow loop %v", e.RPCEndpoint(), e.Done() != nil)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(rpcPort)))
	if err != nil {
		t.Fatalf("after a failed Start the RPC port is still taken: %v", err)
	}
	ln.Close()
}

func freePort(t *testing.T) int {
	ln := listen(t)
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
