package executor

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/health"
	"github.com/crollup/crollup/chain/rpcserver"
	"github.com/crollup/crollup/executor/explorer"
)

var _ cliapp.Lifecycle = (*Executor)(nil)

// lifeState is where an Executor is in its life cycle: New → Start → Stop, once each.
type lifeState int

const (
	lifeNew     lifeState = iota // after New, or after a Start that failed
	lifeStarted                  // the servers and the follow loop run
	lifeStopped                  // Stop was called; final
)

// Start resumes the block source where the database ends (a Seeker), then starts the JSON-RPC
// server, the metrics server (if configured) and the follow loop. ctx bounds the setup only.
// A second Start, or a Start after Stop, is an error. A Start that fails leaves nothing running;
// Stop still releases the database.
func (e *Executor) Start(ctx context.Context) error {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	switch e.life {
	case lifeStarted:
		return errors.New("executor: start: already started")
	case lifeStopped:
		return errors.New("executor: start: stopped")
	}
	if err := e.seek(ctx); err != nil {
		return err
	}
	e.health.start(time.Now(), e.next)
	rpcSrv, err := e.startRPC()
	if err != nil {
		return err
	}
	metricsSrv, err := e.startMetrics()
	if err != nil {
		_ = rpcSrv.Stop()
		return err
	}
	explorerSrv, err := e.startExplorer("http://" + rpcSrv.Endpoint())
	if err != nil {
		_ = rpcSrv.Stop()
		if metricsSrv != nil {
			_ = metricsSrv.Stop(ctx)
		}
		return err
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	e.rpcSrv, e.rpcURL, e.metricsSrv, e.explorerSrv = rpcSrv, "http://"+rpcSrv.Endpoint(), metricsSrv, explorerSrv
	e.cancel, e.done = cancel, make(chan struct{})
	e.life = lifeStarted
	e.started.Store(true)
	e.log.Info("Executor started", "rpc", e.RPCEndpoint(), "workers", e.run.Workers(), "next", e.next)
	go e.follow(loopCtx)
	return nil
}

// seek tells a Seeker source where the executor resumes: the batch of the next block and the
// batch's first block (block numbers are not on L1).
func (e *Executor) seek(ctx context.Context) error {
	sk, ok := e.src.(Seeker)
	if !ok {
		return nil
	}
	b, first := uint64(0), uint64(0)
	if _, _, has := e.Head(); has {
		var err error
		if b, first, err = e.db.batchStart(e.next - 1); err != nil {
			return err
		}
	}
	if err := sk.Seek(ctx, b, first); err != nil {
		return fmt.Errorf("executor: resume the block source at batch %d: %w", b, err)
	}
	return nil
}

func (e *Executor) startRPC() (*rpcserver.Server, error) {
	srv, err := rpcserver.New(rpcserver.Config{Host: e.cfg.RPCHost, Port: e.cfg.RPCPort, Version: api.Version(),
		Limits: e.cfg.rpcLimits(), Healthz: health.Handler(e.Health), Log: e.log, APIs: []rpc.API{{Namespace: api.Namespace, Service: &computeAPI{e: e}},
			{Namespace: "eth", Service: &ethAPI{chainID: e.chain.Cfg.Domain.ChainID}}}})
	if err != nil {
		return nil, fmt.Errorf("executor: RPC server: %w", err)
	}
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("executor: start RPC server: %w", err)
	}
	return srv, nil
}

// startMetrics starts the metrics server; none (nil) with metrics port 0.
func (e *Executor) startMetrics() (*httputil.HTTPServer, error) {
	if e.cfg.MetricsPort == 0 {
		return nil, nil
	}
	srv, err := health.StartMetricsServer(e.m.reg, e.cfg.MetricsHost, e.cfg.MetricsPort, health.Handler(e.Health))
	if err != nil {
		return nil, fmt.Errorf("executor: start metrics server: %w", err)
	}
	e.log.Info("Executor metrics", "endpoint", srv.HTTPEndpoint()+"/metrics")
	return srv, nil
}

// startExplorer serves the explorer page; none (nil) with explorer port -1. Its proxy reaches
// the executor at rpcURL and, when the executor follows one, the sequencer.
func (e *Executor) startExplorer(rpcURL string) (*httputil.HTTPServer, error) {
	if e.cfg.ExplorerPort < 0 {
		return nil, nil
	}
	seq := ""
	if e.dial != nil {
		seq = e.cfg.Sequencer
	}
	h, err := explorer.Handler(explorer.Config{ExecutorRPC: rpcURL, SequencerRPC: seq, Settlement: e.cfg.ExplorerSettlement})
	if err != nil {
		return nil, fmt.Errorf("executor: explorer: %w", err)
	}
	srv, err := httputil.StartHTTPServer(net.JoinHostPort(e.cfg.ExplorerHost, strconv.Itoa(e.cfg.ExplorerPort)), h)
	if err != nil {
		return nil, fmt.Errorf("executor: start explorer: %w", err)
	}
	e.log.Info("Executor explorer", "url", srv.HTTPEndpoint()+"/")
	return srv, nil
}

// ExplorerEndpoint is the explorer page's URL ("" when it is off or the executor not started).
func (e *Executor) ExplorerEndpoint() string {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	if e.explorerSrv == nil {
		return ""
	}
	return e.explorerSrv.HTTPEndpoint() + "/"
}

// Stop stops the follow loop (a block being applied is abandoned; it is applied again after a
// restart), the servers, the database and a source New dialed. It is safe before Start, and
// only the first call does anything. If ctx ends before the follow loop does, the database is
// left open and the error says so.
func (e *Executor) Stop(ctx context.Context) error {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	if e.life == lifeStopped {
		return nil
	}
	e.life = lifeStopped
	e.stopped.Store(true)
	var errs []error
	loopDone := true
	if e.cancel != nil {
		e.cancel()
		select {
		case <-e.done:
		case <-ctx.Done():
			loopDone = false
			errs = append(errs, fmt.Errorf("executor: stop: the follow loop did not end: %w", ctx.Err()))
		}
	}
	if e.rpcSrv != nil {
		errs = append(errs, e.rpcSrv.Stop())
	}
	if e.metricsSrv != nil {
		errs = append(errs, e.metricsSrv.Stop(ctx))
	}
	if e.explorerSrv != nil {
		errs = append(errs, e.explorerSrv.Stop(ctx))
	}
	if loopDone {
		// Only close the database once the loop is surely done with it.
		errs = append(errs, e.db.close())
		e.closeDevices() // the loop no longer runs jobs on them
	}
	e.closeSource()
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (e *Executor) Stopped() bool { return e.stopped.Load() }

// Done is closed when the follow loop ends: after Stop, or by itself when a block cannot be
// applied (Err says why). It is nil before Start.
func (e *Executor) Done() <-chan struct{} { return e.done }

// Err is the error that ended the follow loop, if it ended by itself.
func (e *Executor) Err() error {
	select {
	case <-e.done:
		return e.loopErr
	default:
		return nil
	}
}

// follow applies blocks as the source gets them, until ctx ends or a block cannot be applied.
func (e *Executor) follow(ctx context.Context) {
	defer close(e.done)
	t := time.NewTimer(0)
	defer t.Stop()
	unreachable := false // the last poll failed: warn once per outage
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := e.catchUp(ctx)
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, ErrL1Diverged) || errors.Is(err, ErrSourceDiverged) {
			if rerr := e.rebuild(ctx, err); rerr != nil {
				err = rerr
			} else {
				t.Reset(0)
				continue
			}
		}
		var fatal *blockError
		if errors.As(err, &fatal) {
			e.loopErr = err
			e.log.Error("Executor stopped following: a block cannot be applied", "block", fatal.n, "err", fatal.err)
			return
		}
		switch {
		case err != nil && !unreachable:
			e.log.Warn("Block source unreachable, retrying", "err", err, "interval", e.cfg.PollInterval)
		case err != nil:
			e.log.Debug("Block source still unreachable", "err", err)
		case unreachable:
			e.log.Info("Block source reachable again")
		}
		if err != nil {
			e.health.failed(err)
		}
		unreachable = err != nil
		t.Reset(e.cfg.PollInterval)
	}
}

// blockError is a block the executor cannot apply: retrying will not help.
type blockError struct {
	n   uint64
	err error
}

func (b *blockError) Error() string { return fmt.Sprintf("block %d: %v", b.n, b.err) }
func (b *blockError) Unwrap() error { return b.err }

// ErrSourceDiverged is returned by catchUp when the sequencer's chain no longer holds the
// blocks the executor applied: a block's parent hash is not the hash of the block applied before
// it, or the sequencer's head is below the executor's. The sequencer sequenced its chain again
// from an earlier block (an L1 reorg took back a deposit it had applied).
var ErrSourceDiverged = errors.New("executor: the sequencer's chain no longer holds the blocks applied")

// catchUp applies every block the source has beyond the head.
func (e *Executor) catchUp(ctx context.Context) error {
	top, err := e.src.BlockNumber(ctx)
	if errors.Is(err, ErrNoBlock) {
		if e.prevHash != (common.Hash{}) {
			return fmt.Errorf("%w: the sequencer has no block, block %d was applied", ErrSourceDiverged, e.next-1)
		}
		e.health.reached(time.Now(), 0, false)
		return nil
	}
	if err != nil {
		return err
	}
	if e.prevHash != (common.Hash{}) && top+1 < e.next {
		return fmt.Errorf("%w: the sequencer's head is block %d, block %d was applied", ErrSourceDiverged, top, e.next-1)
	}
	e.health.reached(time.Now(), top, true)
	e.m.source.Set(float64(top))
	for e.next <= top {
		b, err := e.src.Block(ctx, e.next)
		if errors.Is(err, ErrNoBlock) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := e.checkLink(b); err != nil {
			return err
		}
		e.health.reached(time.Now(), 0, false)
		if err := e.ApplyBlock(ctx, b); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return &blockError{n: e.next, err: err}
		}
		e.health.applied(time.Now(), e.next)
	}
	return e.sealEnded(ctx)
}

// checkLink checks block b, the next to apply, against the chain applied: a block with a hash
// (the sequencer's) must carry its own hash, and its parent must be the hash of the block
// applied before it (the genesis root for block 0). A parent that differs is ErrSourceDiverged;
// a hash that does not match the block is an error of the source, retried.
func (e *Executor) checkLink(b *api.Block) error {
	if b.Hash == (common.Hash{}) {
		return nil
	}
	if got := b.ComputeHash(); got != b.Hash {
		return fmt.Errorf("executor: block %d from the source: hash %s, but its parent, payload and deposits hash to %s", e.next, b.Hash, got)
	}
	switch {
	case e.next == 0 && b.Parent != e.chain.Root():
		return fmt.Errorf("executor: block 0 from the source has parent %s, not this chain's genesis root %s: the sequencer runs another chain", b.Parent, e.chain.Root())
	case e.next > 0 && e.prevHash != (common.Hash{}) && b.Parent != e.prevHash:
		return fmt.Errorf("%w: block %d's parent is %s, block %d was applied with hash %s", ErrSourceDiverged, e.next, b.Parent, e.next-1, e.prevHash)
	}
	return nil
}

// rebuild throws the state away and re-executes the chain from genesis: what the executor does
// when its source's chain no longer holds the blocks applied. From L1: L1 holds another batch
// than one applied (ErrL1Diverged, after an L1 rewind deeper than the confirmations); the chain
// is derived again from L1. From the sequencer: it sequenced its chain again from an earlier
// block (ErrSourceDiverged). Either way the state applied is not the chain's past the first
// block that differs, and the executor keeps no older states to go back to. Job outputs and
// message statuses go with it and are written again as the blocks are applied again. The write
// is atomic: killed meanwhile, the executor restarts from genesis or from where it was.
func (e *Executor) rebuild(ctx context.Context, why error) error {
	sk, seeks := e.src.(Seeker)
	if errors.Is(why, ErrL1Diverged) && !seeks {
		return why
	}
	e.log.Error("The source's chain no longer holds the blocks applied: throwing the state away and executing the chain again from genesis", "err", why)
	if err := e.writeGenesis(e.chain.Root(), true); err != nil {
		return err
	}
	e.next, e.sealedEarly, e.prevHash = 0, 0, common.Hash{}
	e.mu.Lock()
	e.hasHead, e.head = false, 0
	e.mu.Unlock()
	if seeks {
		if err := sk.Seek(ctx, 0, 0); err != nil {
			return err
		}
	}
	e.health.start(time.Now(), 0)
	e.m.rebuilds.Inc()
	e.m.head.Set(0)
	return nil
}
