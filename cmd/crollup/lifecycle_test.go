package main

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeService records what runService does to it.
type fakeService struct {
	startErr  error
	stopErr   error
	blockStop bool          // Stop waits for its context
	done      chan struct{} // non-nil: the service can end by itself (ender)
	err       error         // Err once done is closed

	started, stops  atomic.Int32
	stopHadDeadline atomic.Bool
}

func (f *fakeService) Start(context.Context) error {
	f.started.Add(1)
	return f.startErr
}

func (f *fakeService) Stop(ctx context.Context) error {
	f.stops.Add(1)
	_, ok := ctx.Deadline()
	f.stopHadDeadline.Store(ok)
	if f.blockStop {
		<-ctx.Done()
		return ctx.Err()
	}
	return f.stopErr
}

func (f *fakeService) Stopped() bool { return f.stops.Load() > 0 }

// enderService is a fakeService whose work can end by itself.
type enderService struct{ *fakeService }

func (e enderService) Done() <-chan struct{} { return e.done }
func (e enderService) Err() error            { return e.err }

func TestRunService(t *testing.T) {
	boom, stuck := errors.New("boom"), errors.New("cannot apply block 7")
	for _, tc := range []struct {
		name      string
		svc       *fakeService
		ender     bool
		cancel    bool   // cancel the context (a signal) once ready
		end       bool   // close done once ready
		wantErr   string // "" for none
		wantReady bool
	}{
		{name: "signal", svc: &fakeService{}, cancel: true, wantReady: true},
		{name: "start fails, stop still runs", svc: &fakeService{startErr: boom}, wantErr: "boom"},
		{name: "start and stop fail", svc: &fakeService{startErr: boom, stopErr: errors.New("close db")}, wantErr: "close db"},
		{name: "stop fails after a signal", svc: &fakeService{stopErr: errors.New("close db")}, cancel: true, wantErr: "sequencer: stop: close db", wantReady: true},
		{name: "stop hangs", svc: &fakeService{blockStop: true}, cancel: true, wantErr: "deadline exceeded", wantReady: true},
		{name: "ends by itself", svc: &fakeService{done: make(chan struct{}), err: stuck}, ender: true, end: true, wantErr: "cannot apply block 7", wantReady: true},
		{name: "ends by itself without a reason", svc: &fakeService{done: make(chan struct{})}, ender: true, end: true, wantErr: "stopped by itself", wantReady: true},
		{name: "ender stopped by a signal", svc: &fakeService{done: make(chan struct{}), err: stuck}, ender: true, cancel: true, wantReady: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var ready bool
			onReady := func() {
				ready = true
				if tc.cancel {
					cancel()
				}
				if tc.end {
					close(tc.svc.done)
				}
			}
			var err error
			if tc.ender {
				err = runService(ctx, "sequencer", enderService{tc.svc}, 50*time.Millisecond, onReady)
			} else {
				err = runService(ctx, "sequencer", tc.svc, 50*time.Millisecond, onReady)
			}
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
			if ready != tc.wantReady {
				t.Fatalf("ready called: %v, want %v", ready, tc.wantReady)
			}
			if tc.svc.started.Load() != 1 || tc.svc.stops.Load() != 1 {
				t.Fatalf("started %d times, stopped %d times; want once each", tc.svc.started.Load(), tc.svc.stops.Load())
			}
			if !tc.svc.stopHadDeadline.Load() {
				t.Fatal("Stop got a context without a deadline")
			}
		})
	}
}
