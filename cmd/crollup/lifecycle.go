package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
)

// stopTimeout bounds a service's graceful stop once the process is told to stop: long enough for
// the sequencer to flush its write-ahead log and close Pebble, short enough that a hung stop does
// not keep a supervisor waiting (a second Ctrl-C kills the process at once: see run).
const stopTimeout = 30 * time.Second

// ender is a service whose work can end without being stopped (the executor's follow loop ends
// on a block it cannot apply): Done is closed then, and Err says why.
type ender interface {
	Done() <-chan struct{}
	Err() error
}

// runService is the life of every long-running command (sequencer, executor, batcher): start
// svc, call ready (which prints the endpoints), wait until ctx is cancelled (SIGINT or SIGTERM,
// see run) or the service ends by itself, then stop it within timeout. A service whose Start
// fails is stopped too, so that what New acquired (databases, connections, transaction managers)
// is released. The error is the first of: Start's, the service's own end, Stop's.
func runService(ctx context.Context, name string, svc cliapp.Lifecycle, timeout time.Duration, ready func()) error {
	stop := func() error {
		stopCtx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := svc.Stop(stopCtx); err != nil {
			return fmt.Errorf("%s: stop: %w", name, err)
		}
		return nil
	}
	if err := svc.Start(ctx); err != nil {
		return errors.Join(err, stop())
	}
	if ready != nil {
		ready()
	}
	var done <-chan struct{}
	e, canEnd := svc.(ender)
	if canEnd {
		done = e.Done()
	}
	var ended error
	select {
	case <-ctx.Done():
	case <-done:
		if ended = e.Err(); ended == nil {
			ended = fmt.Errorf("%s: stopped by itself", name)
		}
	}
	if err := stop(); err != nil && ended == nil {
		return err
	}
	return ended
}

// pair runs two services as one: first starts first and stops last. It ends when first does.
type pair struct{ first, second cliapp.Lifecycle }

func (p *pair) Start(ctx context.Context) error {
	if err := p.first.Start(ctx); err != nil {
		return err
	}
	return p.second.Start(ctx)
}

func (p *pair) Stop(ctx context.Context) error {
	return errors.Join(p.second.Stop(ctx), p.first.Stop(ctx))
}

func (p *pair) Stopped() bool { return p.first.Stopped() }

// Done and Err report the first service's end (ender), if it has one.
func (p *pair) Done() <-chan struct{} {
	if e, ok := p.first.(ender); ok {
		return e.Done()
	}
	return nil
}

func (p *pair) Err() error {
	if e, ok := p.first.(ender); ok {
		return e.Err()
	}
	return nil
}
