package sequencer

import (
	"context"
	"errors"
	"testing"
)

// TestLifecycle drives the cliapp.Lifecycle methods through every order: a second Start is an
// error, Stop is idempotent and safe before Start, Start after Stop is refused (ErrStopped), and
// Stopped reports whether Stop was called.
func TestLifecycle(t *testing.T) {
	type step struct {
		op          string // "start" or "stop"
		wantErr     error  // nil: no error; errAny: some error
		wantStopped bool   // Stopped() after the step
	}
	errAny := errors.New("any error")
	tests := []struct {
		name  string
		steps []step
	}{
		{"start then stop", []step{{"start", nil, false}, {"stop", nil, true}}},
		{"start twice", []step{{"start", nil, false}, {"start", errAny, false}, {"stop", nil, true}}},
		{"stop twice", []step{{"start", nil, false}, {"stop", nil, true}, {"stop", nil, true}}},
		{"stop before start", []step{{"stop", nil, true}, {"stop", nil, true}}},
		{"start after stop", []step{{"start", nil, false}, {"stop", nil, true}, {"start", ErrStopped, true}}},
		{"start after stop without start", []step{{"stop", nil, true}, {"start", ErrStopped, true}}},
	}
	_, gen := testChain(t, 0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(testConfig(), testLogger(t), gen)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Stop(context.Background()) })
			if s.Stopped() {
				t.Fatal("Stopped() before any step")
			}
			running := false // a Start succeeded and no Stop followed
			for i, st := range tt.steps {
				var err error
				switch st.op {
				case "start":
					err = s.Start(context.Background())
					running = running || err == nil
				case "stop":
					err = s.Stop(context.Background())
					running = false
				}
				switch {
				case st.wantErr == errAny && err == nil:
					t.Fatalf("step %d (%s): no error", i, st.op)
				case st.wantErr != errAny && !errors.Is(err, st.wantErr):
					t.Fatalf("step %d (%s): error %v, want %v", i, st.op, err, st.wantErr)
				}
				if got := s.Stopped(); got != st.wantStopped {
					t.Fatalf("step %d (%s): Stopped() = %v, want %v", i, st.op, got, st.wantStopped)
				}
				if ep := s.RPCEndpoint(); (ep != "") != running {
					t.Fatalf("step %d (%s): RPCEndpoint %q while running is %v", i, st.op, ep, running)
				}
			}
		})
	}
}
