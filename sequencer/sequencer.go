package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/health"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/rpcserver"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ErrStopped is returned by Start after Stop: a sequencer runs once; reopen its DataDir with New.
var ErrStopped = errors.New("sequencer: stopped")

// The Sequencer implements op-service's service life cycle.
var _ cliapp.Lifecycle = (*Sequencer)(nil)

// Sequencer orders signed messages into blocks. It implements cliapp.Lifecycle: New, then Start
// and Stop. See the package documentation.
type Sequencer struct {
	cfg     Config
	log     log.Logger
	chain   *genesis.Chain
	domain  msg.Domain
	db      *pebble.DB
	metrics *metrics

	// The parts. Each owns its lock and calls nothing while holding it, so the Sequencer's own
	// locks always come first: life (Start, Stop), prodMu (the block producer), mu (the pending
	// state), then at most one part's.
	pool    *mempool      // admitted messages not yet in a block
	wal     *walWriter    // makes them durable before they are acknowledged
	batches *batchTracker // the open batch, seals, batches on L1, and so the head
	delayed *delayedLog   // deposits read from L1; also the chain machine's oracle

	// mu guards the pending state: admission holds it from its first check until the message
	// is in the mempool and queued in the WAL; the block producer holds it while it moves
	// messages from the mempool into a block.
	mu        sync.Mutex
	pending   *memory.Memory // the state after the blocks, then every queued message
	accounts  map[common.Address]uint32
	nAccounts uint32 // accounts scanned into the map
	programs  map[common.Hash][]uint32
	nPrograms uint32 // program records scanned into the map
	closed    bool   // Stop has begun: no more admissions

	// dirMu guards accounts and addrs for the readers outside mu (admission's early checks):
	// their writers hold mu and dirMu, so a reader that holds mu needs no dirMu.
	dirMu    sync.RWMutex
	addrs    []common.Address // the address of account i, i < nAccounts (zero if unreadable)
	sep      common.Hash      // the EIP-712 domain separator
	stopping atomic.Bool      // closed, readable outside mu
	// lockedChecks runs every check of an admission inside mu, as before the early checks
	// (admit.go): a test hook, for the tests and benchmarks that compare the two.
	lockedChecks bool

	// prodMu makes block production one at a time (the loop, or a test calling produce) and
	// guards the producer's own state.
	prodMu   sync.Mutex
	seq      *memory.Memory // the state after the latest block
	lastTime uint64         // the latest block's timestamp

	// fastSends counts the requests of send calls answered by interceptSends (not go-ethereum's
	// server): tests check which path a request took.
	fastSends atomic.Uint64

	failed  atomic.Pointer[error]  // a write that failed: the memory state is ahead of the disk
	rewound atomic.Pointer[string] // why L1 no longer holds deposits the chain applied (checkDeposits)
	hashes  *blockHashes           // every block's hash, for followers
	// rewoundSince is when the L1 reader first found L1 without deposits the chain applied (zero
	// while it holds them): re-sequencing waits ResequenceAfter from there. The L1 reader's.
	rewoundSince time.Time
	l1Health     l1Health      // the L1 reader's successes and failures, for Health
	differs      string        // the last L1 batch found differing from its sealed batch (the L1 reader's)
	full         chan struct{} // wakes the block producer when a full block is durable
	deposits     chan struct{} // wakes the block producer when deposits were read from L1

	life   sync.Mutex   // serializes Start and Stop
	state  atomic.Int32 // created, running, stopped
	rpc    *rpcserver.Server
	metSrv *httputil.HTTPServer // nil without a metrics port
	cancel context.CancelFunc   // stops the block producer and the L1 reader
	wg     sync.WaitGroup       // the producer, the WAL writer and the L1 reader
}

const (
	created int32 = iota
	running
	stopped
)

// New opens the sequencer's database in cfg.DataDir (creating it for a new chain), checks that it
// belongs to chain, and rebuilds the pending state: chain's genesis, every stored block, then the
// admitted messages of the write-ahead log, in order. It serves nothing until Start. Call Stop to
// release the database even if Start is never called.
func New(cfg Config, lg log.Logger, chain *genesis.Chain) (*Sequencer, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("sequencer: config: %w", err)
	}
	cfg = cfg.withDefaults()
	if lg == nil {
		lg = log.Root()
	}
	db, err := openDB(cfg.DataDir, lg, cfg.fs)
	if err != nil {
		return nil, fmt.Errorf("sequencer: database: %w", err)
	}
	s := &Sequencer{
		cfg: cfg, log: lg, chain: chain, domain: chain.Cfg.Domain, sep: chain.Cfg.Domain.Separator(), db: db, metrics: newMetrics(),
		pool:    newMempool(cfg.MempoolPerAccount, cfg.MempoolTotal),
		batches: newBatchTracker(cfg.MaxBatchBytes, cfg.BatchAge),
		delayed: &delayedLog{}, hashes: &blockHashes{genesis: chain.Root()}, accounts: map[common.Address]uint32{}, programs: map[common.Hash][]uint32{},
		full: make(chan struct{}, 1), deposits: make(chan struct{}, 1),
	}
	if err := s.open(); err != nil {
		db.Close()
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	return s, nil
}

// open replays the database into memory: the deposits, the blocks into the state after them
// (and the batch tracker), then the write-ahead log into the pending state and the mempool.
func (s *Sequencer) open() error {
	if err := checkGenesis(s.db, s.chain.Root(), s.domain); err != nil {
		return err
	}
	t0 := time.Now()
	if err := s.loadDelayed(); err != nil {
		return err
	}
	if err := s.loadChain(); err != nil {
		return err
	}
	s.pending = s.seq.Snapshot()
	wal, err := loadWAL(s.db)
	if err != nil {
		return err
	}
	for _, e := range wal {
		if e.receipt, err = s.reapply(s.pending, e); err != nil {
			return err
		}
		s.pool.restore(e)
	}
	s.wal = newWALWriter(s.db, s.pool.nextSeq(), s.walCommitted)
	s.scanRecords()
	head := s.batches.head()
	s.metrics.head.Set(float64(head))
	s.metrics.mempool.Set(float64(len(wal)))
	if head >= 0 || len(wal) > 0 {
		s.log.Info("Sequencer state restored", "blocks", head+1, "pending", len(wal),
			"elapsed", time.Since(t0).Round(time.Millisecond))
	}
	return nil
}

// loadChain rebuilds, from genesis and the stored blocks, the state after the blocks (s.seq),
// the batch tracker, the block hashes and where L1 holds the batches. The delayed messages must
// be loaded. The chain is rebuilt aside and then replaces the old one, so that a reader racing a
// re-sequencing sees one chain or the other, never a head going down and up again.
func (s *Sequencer) loadChain() error {
	r := &replay{seq: s.chain.Mem.Snapshot(), batches: newBatchTracker(s.cfg.MaxBatchBytes, s.cfg.BatchAge),
		hashes: &blockHashes{genesis: s.chain.Root()}}
	if err := s.replayBlocks(r); err != nil {
		return err
	}
	// A batch sealed for its age has no block of the next batch yet.
	if v, err := get(s.db, u64Key(tableSealed, r.batches.open().Number)); err != nil {
		return err
	} else if v != nil {
		stf.SealBatch(r.seq)
		r.batches.seal()
	}
	s.seq, s.lastTime = r.seq, r.lastTime
	s.hashes.assign(r.hashes)
	s.batches.assign(r.batches)
	return s.loadPosted()
}

// replay is a chain being rebuilt from the stored blocks (loadChain).
type replay struct {
	seq      *memory.Memory // the state after the blocks replayed
	lastTime uint64         // the last block's timestamp
	batches  *batchTracker
	hashes   *blockHashes
}

// replayBlocks applies the stored blocks to r, in order.
func (s *Sequencer) replayBlocks(r *replay) error {
	it, err := s.db.NewIter(tableBounds(tableBlock))
	if err != nil {
		return err
	}
	for it.First(); it.Valid(); it.Next() {
		n := uint64(r.batches.head() + 1)
		if got := string(it.Key()); got != string(u64Key(tableBlock, n)) {
			it.Close()
			return fmt.Errorf("block %d is missing from the database (found key %x)", n, got)
		}
		b, err := decodeBlock(n, it.Value())
		if err == nil {
			err = s.replayBlock(r, b)
		}
		if err != nil {
			it.Close()
			return err
		}
		r.lastTime = b.Timestamp
	}
	return it.Close()
}

// replayBlock applies a stored block to r.seq, sealing the open batch first if the block starts
// the next one, and adds it to the open batch and the hashes.
func (s *Sequencer) replayBlock(r *replay, b *storedBlock) error {
	p, err := batch.Decode(b.Payload)
	if err != nil {
		return fmt.Errorf("block %d: %w", b.Number, err)
	}
	if len(p.Blocks) != 1 || p.Number != b.Number || len(p.Msgs) != len(b.Hashes) || p.Blocks[0].Delayed != b.Delayed {
		return fmt.Errorf("block %d: the stored payload is not its one-block batch", b.Number)
	}
	seal, err := r.batches.startsNext(b.Batch)
	if err != nil {
		return err
	}
	if seal {
		stf.SealBatch(r.seq)
	}
	g, err := stf.ReadGlobals(r.seq)
	if err != nil {
		return err
	}
	if _, err := stf.ApplyBlock(context.Background(), s.chain.Cfg, s.delayed, r.seq, p.Blocks[0], p.Msgs, stf.SkipJobs{}); err != nil {
		return fmt.Errorf("block %d: %w", b.Number, err)
	}
	ds, ok := s.delayed.span(g.Delayed, b.Delayed)
	if !ok {
		return fmt.Errorf("block %d: delayed messages %d to %d not read", b.Number, g.Delayed, b.Delayed)
	}
	if err := r.hashes.push(b.Number, b.Payload, b.Delayed, ds); err != nil {
		return err
	}
	r.batches.add(p, seal)
	return nil
}

// reapply applies an entry admitted earlier to mem (a restart, or a rebuild of the pending state)
// and returns its receipt index. A message that no longer applies is kept (the chain will skip
// it) and logged: it means the pending state had diverged from the blocks, which admission rules
// out.
func (s *Sequencer) reapply(mem *memory.Memory, e *entry) (uint64, error) {
	rc, err := s.applyOne(mem, &e.msg, nil)
	if err != nil {
		return 0, fmt.Errorf("message %s: %w", e.hash, err)
	}
	if rc.Skip != layout.Applied {
		s.log.Error("Admitted message no longer applies, it stays queued and the chain will skip it", "hash", e.hash, "reason", rc.Skip)
	}
	return rc.Index, nil
}

// applyOne applies m alone as a block to mem (accounting mode) and returns its receipt. rec is
// m's signer as stf.Authenticate recovered it, or nil (the chain's code recovers it).
func (s *Sequencer) applyOne(mem *memory.Memory, m *batch.Message, rec *stf.Recovered) (layout.Receipt, error) {
	g, err := stf.ReadGlobals(mem)
	if err != nil {
		return layout.Receipt{}, err
	}
	// Delayed: g.Delayed consumes no delayed message (a block's count is a running total).
	if _, err := stf.ApplyBlockRecovered(context.Background(), s.chain.Cfg, s.delayed, mem, batch.Block{Delayed: g.Delayed}, []batch.Message{*m}, stf.SkipJobs{}, []*stf.Recovered{rec}); err != nil {
		return layout.Receipt{}, err
	}
	return layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages)))
}

// scanRecords adds accounts and programs created since the last scan to the lookup maps (by
// address, by root). s.mu must be held.
func (s *Sequencer) scanRecords() {
	g, err := stf.ReadGlobals(s.pending)
	if err != nil {
		return
	}
	if s.nAccounts < g.Accounts {
		s.dirMu.Lock()
		for ; s.nAccounts < g.Accounts; s.nAccounts++ {
			a, ok := readAccount(s.pending, s.nAccounts)
			if !ok {
				a.Address = common.Address{}
			}
			s.addrs = append(s.addrs, a.Address)
			if _, dup := s.accounts[a.Address]; ok && !dup {
				s.accounts[a.Address] = s.nAccounts
			}
		}
		s.dirMu.Unlock()
	}
	for ; s.nPrograms < g.Programs; s.nPrograms++ {
		if p, ok := readProgram(s.pending, s.nPrograms); ok {
			s.programs[p.Root] = append(s.programs[p.Root], s.nPrograms)
		}
	}
}

// Start serves the JSON-RPC API (and metrics when a port is set) and starts producing blocks.
// The RPC server is up when Start returns.
func (s *Sequencer) Start(ctx context.Context) error {
	s.life.Lock()
	defer s.life.Unlock()
	switch s.state.Load() {
	case running:
		return errors.New("sequencer: already started")
	case stopped:
		return ErrStopped
	}
	s.l1Health.start(time.Now())
	srv, err := rpcserver.New(rpcserver.Config{Host: s.cfg.RPCHost, Port: s.cfg.RPCPort, Version: api.Version(),
		Limits: s.cfg.rpcLimits(), RateLimit: s.cfg.rpcRateLimit(), Healthz: health.Handler(s.Health), Log: s.log,
		Intercept: s.interceptSends,
		APIs:      []rpc.API{{Namespace: api.Namespace, Service: &computeAPI{s}}, {Namespace: "eth", Service: &ethAPI{s.domain.ChainID}}}})
	if err != nil {
		return fmt.Errorf("sequencer: rpc server: %w", err)
	}
	if err := srv.Start(); err != nil {
		return fmt.Errorf("sequencer: rpc server: %w", err)
	}
	s.rpc = srv
	if s.cfg.MetricsPort > 0 {
		m, err := health.StartMetricsServer(s.metrics.reg, s.cfg.MetricsHost, s.cfg.MetricsPort, health.Handler(s.Health))
		if err != nil {
			_ = srv.Stop()
			return fmt.Errorf("sequencer: metrics server: %w", err)
		}
		s.metSrv = m
		s.log.Info("Serving metrics", "endpoint", "http://"+m.Addr().String()+"/metrics")
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		s.wal.run()
	}()
	go s.produceLoop(loopCtx)
	if s.cfg.L1 != nil {
		s.wg.Add(1)
		go s.l1Loop(loopCtx)
	}
	s.state.Store(running)
	if ip := net.ParseIP(s.cfg.RPCHost); ip == nil || !ip.IsLoopback() {
		s.log.Warn("JSON-RPC server listens beyond this host", "host", s.cfg.RPCHost)
	}
	s.log.Info("Sequencer started", "rpc", s.RPCEndpoint(), "chain_id", s.domain.ChainID, "head", s.batches.head(), "pending", s.mempoolDepth(),
		"block_time", s.cfg.BlockTime)
	return nil
}

// Stop stops serving, lets admissions in flight finish (each is durable or refused), stops the
// block producer and closes the database. Admitted messages not yet in a block stay in the
// write-ahead log for the next New. Stop may be called more than once, and without Start; the
// Go methods that read blocks, messages and state must not be called after it.
func (s *Sequencer) Stop(ctx context.Context) error {
	s.life.Lock()
	defer s.life.Unlock()
	prev := s.state.Swap(stopped)
	if prev == stopped {
		return nil
	}
	var errs []error
	if prev == running {
		if err := s.rpc.Stop(); err != nil {
			errs = append(errs, err)
		}
		if s.metSrv != nil {
			if err := s.metSrv.Stop(ctx); err != nil {
				errs = append(errs, err)
			}
		}
		s.cancel()
	}
	// Admissions hold s.mu from their first check until their message is queued in the WAL:
	// once it is closed under s.mu, every admission has either queued its message (the writer
	// commits it before it returns) or sees s.closed.
	s.mu.Lock()
	s.closed = true
	s.stopping.Store(true)
	s.wal.close()
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("sequencer: stop: %w", ctx.Err()))
		<-done // the database must not close under the writer
	}
	if err := s.db.Close(); err != nil {
		errs = append(errs, fmt.Errorf("sequencer: close database: %w", err))
	}
	if prev == running {
		s.log.Info("Sequencer stopped", "head", s.batches.head(), "pending", s.mempoolDepth())
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop has been called.
func (s *Sequencer) Stopped() bool { return s.state.Load() == stopped }

// RPCEndpoint is the JSON-RPC server's URL (http://host:port), "" when it is not running.
func (s *Sequencer) RPCEndpoint() string {
	if s.state.Load() != running {
		return ""
	}
	return "http://" + s.rpc.Endpoint()
}

// Registry is the Prometheus registry of the sequencer's metrics.
func (s *Sequencer) Registry() *prometheus.Registry { return s.metrics.reg }

// mempoolDepth is the number of admitted messages not yet in a block.
func (s *Sequencer) mempoolDepth() int { return s.pool.len() }

// durablePending is the number of durable messages not yet in a block.
func (s *Sequencer) durablePending() int { return s.pool.durable(s.wal.durable()) }

// walCommitted is the WAL writer's report after each commit: a failed write stops the
// sequencer (fail); a full block's worth of durable messages wakes the block producer.
func (s *Sequencer) walCommitted(done uint64, err error) {
	if err != nil {
		s.fail(err)
		return
	}
	if s.pool.durable(done) >= s.cfg.MaxBlockMessages {
		s.wake()
	}
}

func (s *Sequencer) wake() {
	select {
	case s.full <- struct{}{}:
	default:
	}
}

// fail records a write that did not reach the disk. The sequencer then refuses every message and
// produces no block: its memory is ahead of its database, and only a restart (which rebuilds the
// memory from the database) makes them agree again.
func (s *Sequencer) fail(err error) {
	if s.failed.CompareAndSwap(nil, &err) {
		s.log.Error("Sequencer cannot write its database, it refuses messages and produces no block until restarted", "err", err)
	}
}

func be64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 | uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}
