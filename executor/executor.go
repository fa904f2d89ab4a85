package executor

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Executor follows a BlockSource and applies its blocks.
type Executor struct {
	cfg   Config
	log   log.Logger
	chain *genesis.Chain
	sep   common.Hash // the EIP-712 domain separator
	src   BlockSource
	dial  *RPCSource // src, when New dialed it
	db    *store
	run   *Runner
	m     *metrics

	// Owned by the follow loop (and by New before Start).
	state *memory.Memory // the head state, as persisted; blocks are applied to snapshots of it
	next  uint64         // the next block to apply

	// The view RPC handlers read: a snapshot of the head state. mu guards it (proofs fill hash
	// caches, so reads are exclusive too).
	mu       sync.Mutex
	view     *memory.Memory
	hasHead  bool
	head     uint64
	headRoot common.Hash

	rpcSrv     *oprpc.Server
	metricsSrv *httputil.HTTPServer
	cancel     context.CancelFunc
	done       chan struct{}
	loopErr    error
	started    atomic.Bool
	stopped    atomic.Bool
}

// New opens (or creates) the executor's database, checks that it holds chain's state, and
// rebuilds the head state from it. src is where blocks come from; nil dials cfg.Sequencer.
// A database whose pages do not hash to its head root is refused. A new database starts from a
// Snapshot of chain.Mem, which must not be used by another goroutine meanwhile.
func New(cfg Config, lg log.Logger, chain *genesis.Chain, src BlockSource) (*Executor, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	if cfg.Version == "" {
		cfg.Version = "crollup"
	}
	if cfg.RPCHost == "" {
		cfg.RPCHost = "127.0.0.1"
	}
	if lg == nil {
		lg = log.Root()
	}
	e := &Executor{cfg: cfg, log: lg, chain: chain, sep: chain.Cfg.Domain.Separator(), src: src,
		run: NewRunner(cfg.Workers), m: newMetrics()}
	e.run.Busy = e.m.recordBusy
	if src == nil {
		s, err := DialSource(context.Background(), cfg.Sequencer)
		if err != nil {
			return nil, err
		}
		e.src, e.dial = s, s
	}
	db, err := openStore(cfg.DataDir, lg)
	if err != nil {
		e.closeSource()
		return nil, err
	}
	e.db = db
	if err := e.load(); err != nil {
		_ = db.close()
		e.closeSource()
		return nil, err
	}
	return e, nil
}

func (e *Executor) closeSource() {
	if e.dial != nil {
		e.dial.Close()
	}
}

// load rebuilds the head state (or persists genesis in a new database).
func (e *Executor) load() error {
	gen := e.chain.Root()
	stored, storedSep, ok, err := e.db.genesis()
	if err != nil {
		return err
	}
	if !ok {
		// A new database: persist the genesis state, so that every later block is a diff.
		u := e.db.newUpdate()
		st := e.chain.Mem.Snapshot()
		if err := st.Diff(nil, u.page); err != nil {
			u.abort()
			return err
		}
		if err := u.genesis(gen, e.sep); err != nil {
			u.abort()
			return err
		}
		if err := u.commit(); err != nil {
			return fmt.Errorf("executor: write genesis: %w", err)
		}
		e.state = st
		e.publish(false, 0, gen)
		e.log.Info("Executor database created", "dir", e.dirName(), "genesis", gen)
		return nil
	}
	if stored != gen || storedSep != e.sep {
		return fmt.Errorf("executor: data dir %s belongs to the chain with genesis root %v and EIP-712 domain separator %v, "+
			"but the chain settings give %v and %v", e.dirName(), stored, storedSep, gen, e.sep)
	}
	head, hasHead, err := e.db.head()
	if err != nil {
		return err
	}
	want := gen
	if hasHead {
		r, ok, err := e.db.root(head)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("executor: corrupt database in %s: no state root for head block %d", e.dirName(), head)
		}
		want = r
	}
	start := time.Now()
	mem, err := e.db.loadMemory()
	if err != nil {
		return err
	}
	if got := mem.Root(); got != want {
		what := "genesis"
		if hasHead {
			what = fmt.Sprintf("head block %d", head)
		}
		return fmt.Errorf("executor: the state in %s is corrupt: its pages hash to %v, but the root of %s is %v; "+
			"remove the data dir to re-execute the chain from genesis", e.dirName(), got, what, want)
	}
	e.state = mem
	if hasHead {
		e.next = head + 1
	}
	e.publish(hasHead, head, want)
	e.log.Info("Executor state loaded", "dir", e.dirName(), "head", headString(hasHead, head), "root", want,
		"pages", mem.PageCount(), "elapsed", time.Since(start))
	return nil
}

func (e *Executor) dirName() string {
	if e.cfg.DataDir == "" {
		return "(memory)"
	}
	return e.cfg.DataDir
}

func headString(ok bool, n uint64) string {
	if !ok {
		return "none"
	}
	return fmt.Sprint(n)
}

// publish makes the head state visible to RPC readers.
func (e *Executor) publish(hasHead bool, head uint64, root common.Hash) {
	view := e.state.Snapshot()
	e.mu.Lock()
	e.view, e.hasHead, e.head, e.headRoot = view, hasHead, head, root
	e.mu.Unlock()
	if hasHead {
		e.m.head.Set(float64(head))
	}
}

// Head returns the last applied block and its state root; ok is false before the first block.
func (e *Executor) Head() (n uint64, root common.Hash, ok bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head, e.headRoot, e.hasHead
}

// Start starts the RPC server, the metrics server (if configured) and the follow loop.
func (e *Executor) Start(ctx context.Context) error {
	if !e.started.CompareAndSwap(false, true) {
		return errors.New("executor: already started")
	}
	if sk, ok := e.src.(Seeker); ok {
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
	}
	e.rpcSrv = oprpc.NewServer(e.cfg.RPCHost, e.cfg.RPCPort, e.cfg.Version, oprpc.WithLogger(e.log))
	e.rpcSrv.AddAPI(rpc.API{Namespace: api.Namespace, Service: &computeAPI{e: e}})
	e.rpcSrv.AddAPI(rpc.API{Namespace: "eth", Service: &ethAPI{chainID: e.chain.Cfg.Domain.ChainID}})
	if err := e.rpcSrv.Start(); err != nil {
		return fmt.Errorf("executor: start RPC server: %w", err)
	}
	if e.cfg.MetricsPort > 0 {
		srv, err := opmetrics.StartServer(e.m.reg, e.cfg.MetricsHost, e.cfg.MetricsPort)
		if err != nil {
			_ = e.rpcSrv.Stop()
			return fmt.Errorf("executor: start metrics server: %w", err)
		}
		e.metricsSrv = srv
		e.log.Info("Executor metrics", "endpoint", srv.HTTPEndpoint()+"/metrics")
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	e.cancel, e.done = cancel, make(chan struct{})
	e.log.Info("Executor started", "rpc", e.RPCEndpoint(), "workers", e.run.Workers(), "next", e.next)
	go e.follow(loopCtx)
	return nil
}

// RPCEndpoint is the JSON-RPC server's URL (after Start).
func (e *Executor) RPCEndpoint() string {
	if e.rpcSrv == nil {
		return ""
	}
	return "http://" + e.rpcSrv.Endpoint()
}

// Registry is the executor's Prometheus registry.
func (e *Executor) Registry() *prometheus.Registry { return e.m.reg }

// Stop stops the follow loop (a block being applied is abandoned; it is applied again after a
// restart), the servers and the database.
func (e *Executor) Stop(ctx context.Context) error {
	if !e.stopped.CompareAndSwap(false, true) {
		return nil
	}
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
	if loopDone {
		// Only close the database once the loop is surely done with it.
		errs = append(errs, e.db.close())
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
		var fatal *blockError
		if errors.As(err, &fatal) {
			e.loopErr = err
			e.log.Error("Executor stopped following: a block cannot be applied", "err", err)
			return
		}
		switch {
		case err != nil && !unreachable:
			e.log.Warn("Executor cannot reach the sequencer; retrying", "err", err, "every", e.cfg.PollInterval)
		case err != nil:
			e.log.Debug("Executor cannot reach the sequencer", "err", err)
		case unreachable:
			e.log.Info("Executor reaches the sequencer again")
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

// catchUp applies every block the source has beyond the head.
func (e *Executor) catchUp(ctx context.Context) error {
	top, err := e.src.BlockNumber(ctx)
	if err != nil {
		err = notFound(err)
	}
	if errors.Is(err, ErrNoBlock) {
		return nil
	}
	if err != nil {
		return err
	}
	e.m.source.Set(float64(top))
	for e.next <= top {
		b, err := e.src.Block(ctx, e.next)
		if errors.Is(err, ErrNoBlock) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := e.ApplyBlock(ctx, b); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return &blockError{n: e.next, err: err}
		}
	}
	return nil
}

// ApplyBlock applies b, which must be the next block, and persists the result. The follow loop
// calls it; call it directly only on an Executor that was not started.
func (e *Executor) ApplyBlock(ctx context.Context, b *api.Block) error {
	start := time.Now()
	n := uint64(b.Number)
	if n != e.next {
		return fmt.Errorf("executor: got block %d, the next block is %d", n, e.next)
	}
	if ws, ok := e.src.(WholeBatchSource); ok {
		if wb, ok := ws.WholeBatch(n); ok {
			return e.applyWholeBatch(ctx, start, b, wb)
		}
	}
	p, err := batch.Decode(b.Payload)
	if err != nil {
		return fmt.Errorf("executor: block %d: %w", n, err)
	}
	if len(p.Blocks) != 1 || p.Number != n || p.Blocks[0].Timestamp != uint64(b.Timestamp) || p.Blocks[0].Delayed != uint64(b.Delayed) {
		return fmt.Errorf("executor: block %d: the payload is not the block's one-block batch (number %d, %d blocks)", n, p.Number, len(p.Blocks))
	}
	blk := p.Blocks[0]
	work := e.state.Snapshot()
	g, err := enterBatch(work, n, uint64(b.Batch))
	if err != nil {
		return err
	}
	oracle, err := delayedOracle(n, g, b)
	if err != nil {
		return err
	}

	jobs := e.run.Prepare(ctx, work, p.Msgs)
	_, err = stf.ApplyBlock(ctx, e.chain.Cfg, oracle, work, blk, p.Msgs, jobs)
	jobs.Close()
	if err != nil {
		return fmt.Errorf("executor: block %d: %w", n, err)
	}
	root := work.Root()

	u := e.db.newUpdate()
	fail := func(err error) error {
		u.abort()
		return fmt.Errorf("executor: block %d: persist: %w", n, err)
	}
	if err := work.Diff(e.state, u.page); err != nil {
		return fail(err)
	}
	if err := u.block(n, root, uint64(b.Batch)); err != nil {
		return fail(err)
	}
	for j, o := range jobs.Outputs() {
		if err := u.output(j, o); err != nil {
			return fail(err)
		}
	}
	statuses, err := e.messages(work, g.Messages, n, root, p.Msgs, b.Hashes)
	if err != nil {
		return fail(err)
	}
	for i := range statuses {
		if err := u.message(&statuses[i].job); err != nil {
			return fail(err)
		}
	}
	if err := u.commit(); err != nil {
		return fmt.Errorf("executor: block %d: persist: %w", n, err)
	}
	e.state, e.next = work, n+1
	e.publish(true, n, root)

	// Metrics and log.
	prerun, hits, inline := jobs.Stats()
	e.m.blocks.Inc()
	e.m.blockTime.Observe(time.Since(start).Seconds())
	e.m.prerunHits.Add(float64(hits))
	ts := time.Unix(int64(blk.Timestamp), 0)
	executed := 0
	for _, s := range statuses {
		if s.finished != "" {
			executed++
			e.m.jobs.WithLabelValues(s.finished).Inc()
			e.m.latency.Observe(time.Since(ts).Seconds())
		}
	}
	e.log.Info("Block applied", "block", n, "messages", len(p.Msgs), "jobs", executed, "parallel", hits,
		"inline", inline, "prerun", prerun, "root", root, "elapsed", time.Since(start))
	return nil
}

// enterBatch readies work, the state after block n−1, for block n of batch b: the first block of
// the next batch seals the previous one (the END step counts it), and any other batch number is
// out of order. It returns the globals block n starts from.
func enterBatch(work *memory.Memory, n, b uint64) (layout.Globals, error) {
	g, err := stf.ReadGlobals(work)
	if err != nil {
		return g, err
	}
	if b == g.Batches+1 && n > 0 {
		stf.SealBatch(work)
		g.Batches++
	}
	if b != g.Batches {
		return g, fmt.Errorf("executor: block %d is in batch %d, the state is in batch %d", n, b, g.Batches)
	}
	return g, nil
}

// delayedOracle is the chain machine's oracle for block n, which starts from globals g: the
// delayed messages the block carries, from the state's count up to the block's.
func delayedOracle(n uint64, g layout.Globals, b *api.Block) (*stf.MapOracle, error) {
	to := uint64(b.Delayed)
	if to < g.Delayed || to-g.Delayed != uint64(len(b.DelayedMessages)) {
		return nil, fmt.Errorf("executor: block %d consumes delayed messages %d to %d but carries %d", n, g.Delayed, to, len(b.DelayedMessages))
	}
	o := &stf.MapOracle{Msgs: make([][]byte, to)}
	for i, m := range b.DelayedMessages {
		o.Msgs[g.Delayed+uint64(i)] = m
	}
	return o, nil
}

// applyWholeBatch applies a block that stands for a whole L1 batch (a forced inclusion, or a
// payload the chain rejects) with the chain machine's batch path, which ends by counting the
// batch, and persists the result like a block's. Its messages, if any, get no status: the chain
// skips them with the payload.
func (e *Executor) applyWholeBatch(ctx context.Context, start time.Time, b *api.Block, wb *stf.Batch) error {
	n := uint64(b.Number)
	work := e.state.Snapshot()
	g, err := enterBatch(work, n, wb.Number)
	if err != nil {
		return err
	}
	oracle, err := delayedOracle(n, g, b)
	if err != nil {
		return err
	}
	oracle.Batches = map[uint64]*stf.Batch{wb.Number: wb}
	st, err := stf.ApplyBatch(ctx, e.chain.Cfg, oracle, work, e.run.inline)
	if err != nil {
		return fmt.Errorf("executor: block %d (batch %d): %w", n, wb.Number, err)
	}
	root := work.Root()
	u := e.db.newUpdate()
	if err := work.Diff(e.state, u.page); err != nil {
		u.abort()
		return err
	}
	if err := u.block(n, root, wb.Number); err != nil {
		u.abort()
		return err
	}
	if err := u.commit(); err != nil {
		return fmt.Errorf("executor: block %d: persist: %w", n, err)
	}
	e.state, e.next = work, n+1
	e.publish(true, n, root)
	e.m.blocks.Inc()
	e.m.blockTime.Observe(time.Since(start).Seconds())
	e.log.Warn("Whole batch applied: a forced inclusion or a rejected payload", "block", n, "batch", wb.Number,
		"forced", len(wb.BlobHashes) == 0, "rejected", st.Regs.Flags&stf.FlagRejected != 0, "delayed", uint64(b.Delayed), "root", root)
	return nil
}

// status is a message's status after its block, and for an applied job its final status.
type status struct {
	job      api.Job
	finished string // "halted" or "faulted" for an executed job, else ""
}

// messages builds the status of each message of block n from its receipt (receipts first..).
func (e *Executor) messages(mem *memory.Memory, first, n uint64, root common.Hash, msgs []batch.Message, hashes []common.Hash) ([]status, error) {
	out := make([]status, len(msgs))
	for i := range msgs {
		m := &msgs[i]
		rc, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(first + uint64(i))))
		if err != nil {
			return nil, fmt.Errorf("receipt of message %d: %w", i, err)
		}
		h, ok := e.digest(m)
		if len(hashes) == len(msgs) {
			if !ok {
				h, ok = hashes[i], true
			} else if h != hashes[i] {
				e.log.Warn("The sequencer names a message by another hash", "block", n, "index", i, "sequencer", hashes[i], "digest", h)
			}
		}
		if !ok {
			continue // no hash names it: compute_getJob cannot be asked about it
		}
		block, index := hexutil.Uint64(n), hexutil.Uint64(i)
		s := status{job: api.Job{Hash: h, Kind: msg.Kind(m.Kind), Account: hexutil.Uint64(m.Account), Status: api.StatusExecuted,
			Block: &block, Index: &index, Receipt: &api.Receipt{Skip: rc.Skip.String(), Index: hexutil.Uint64(rc.Index)}, StateRoot: &root}}
		if msg.Kind(m.Kind) == msg.KindJob && rc.Skip == layout.Applied {
			j := hexutil.Uint64(rc.Index)
			s.job.JobIndex = &j
			a := layout.JobAddr(rc.Index)
			rec, err := layout.DecodeJob([2]layout.Leaf{mem.ReadLeaf(a), mem.ReadLeaf(a + 32)})
			if err != nil {
				return nil, fmt.Errorf("record of job %d: %w", rc.Index, err)
			}
			s.finished = jobStatus(rec.Status)
		}
		out[i] = s
	}
	// Drop the messages no hash names.
	kept := out[:0]
	for _, s := range out {
		if s.job.Block != nil {
			kept = append(kept, s)
		}
	}
	return kept, nil
}

// digest is the message's hash (batch.Message.Hash), which names it in compute_getJob.
func (e *Executor) digest(m *batch.Message) (common.Hash, bool) { return m.Hash(), true }

func jobStatus(s layout.JobStatus) string {
	switch s {
	case layout.JobHalted:
		return "halted"
	case layout.JobFaulted:
		return "faulted"
	}
	return ""
}
