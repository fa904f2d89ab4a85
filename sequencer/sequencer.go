package sequencer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum/go-ethereum/common"
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

// ErrStopped is returned by Start after Stop: a sequencer runs once; reopen its DataDir with New.
var ErrStopped = errors.New("sequencer: stopped")

// walQueue is how many admitted messages may wait for the write-ahead log's writer; beyond it
// admission waits (the writer commits them in groups, one fsync each).
const walQueue = 4096

// Sequencer orders signed messages into blocks. See the package documentation.
type Sequencer struct {
	cfg     Config
	log     log.Logger
	chain   *genesis.Chain
	domain  msg.Domain
	db      *pebble.DB
	metrics *metrics

	// mu serializes admission and guards everything below it up to seq.
	mu         sync.Mutex
	pending    *memory.Memory           // the pending state: the blocks, then every admitted message
	queue      []*entry                 // admitted messages not yet in a block, in admission order
	byHash     map[common.Hash][]*entry // queued messages by hash (two senders' may share one)
	perAccount map[uint32]int           // queued messages by account hint
	nextSeq    uint64                   // the next WAL sequence number
	accounts   map[common.Address]uint32
	nAccounts  uint32 // accounts scanned into the map
	programs   map[common.Hash][]uint32
	nPrograms  uint32 // program records scanned into the map
	head       int64  // the latest block's number; -1 before the first
	lastTime   uint64 // the latest block's timestamp
	closed     bool   // Stop has begun: no more admissions

	// seq is the state after the latest block. Only the block producer (and New) use it.
	seq    *memory.Memory
	prodMu sync.Mutex // one block production at a time

	walCh       chan walRequest
	walDone     atomic.Uint64         // every WAL entry with seq below it is durable
	firstQueued atomic.Uint64         // seq of the first queued entry (nextSeq when none)
	failed      atomic.Pointer[error] // a write that failed: the memory state is ahead of the disk
	full        chan struct{}         // wakes the block producer when a full block is pending
	deposits    chan struct{}         // wakes the block producer when deposits were read from L1
	oracle      stf.Oracle            // the delayed messages (delayedOracle)

	// dmu guards delayed: every delayed message read from L1, by index. It is its own lock
	// because the chain machine reads it (through oracle) while s.mu is held.
	dmu     sync.RWMutex
	delayed [][]byte

	// The batch being filled. Written by the block producer with s.mu held; read with s.mu. Its
	// blocks are the last len(openParts) blocks, up to the head.
	batchNum   uint64         // the open batch's number (every earlier batch is sealed)
	openParts  []*batch.Batch // its blocks' one-block payloads, decoded
	postedNext uint64         // the next batch to look for on L1

	rpc    *oprpc.Server
	metSrv *httputil.HTTPServer // nil without a metrics port
	cancel context.CancelFunc   // stops the block producer
	wg     sync.WaitGroup       // the producer and the WAL writer
	life   sync.Mutex           // serializes Start and Stop
	state  atomic.Int32         // created, running, stopped
}

const (
	created int32 = iota
	running
	stopped
)

// walRequest asks the WAL writer to make an admitted entry durable; done receives the outcome.
type walRequest struct {
	e    *entry
	done chan error
}

// New opens the sequencer's database in cfg.DataDir (creating it for a new chain), checks that it
// belongs to chain, and rebuilds the pending state: chain's genesis, every stored block, then the
// admitted messages of the write-ahead log, in order. It serves nothing until Start. Call Stop to
// release the database even if Start is never called.
func New(cfg Config, lg log.Logger, chain *genesis.Chain) (*Sequencer, error) {
	if err := cfg.check(); err != nil {
		return nil, fmt.Errorf("sequencer: config: %w", err)
	}
	if lg == nil {
		lg = log.Root()
	}
	db, err := openDB(cfg.DataDir, lg)
	if err != nil {
		return nil, fmt.Errorf("sequencer: database: %w", err)
	}
	s := &Sequencer{
		cfg: cfg, log: lg, chain: chain, domain: chain.Cfg.Domain, db: db, metrics: newMetrics(),
		byHash: map[common.Hash][]*entry{}, perAccount: map[uint32]int{}, accounts: map[common.Address]uint32{},
		programs: map[common.Hash][]uint32{}, head: -1, walCh: make(chan walRequest, walQueue),
		full: make(chan struct{}, 1), deposits: make(chan struct{}, 1),
	}
	s.oracle = delayedOracle{s}
	if err := s.open(); err != nil {
		db.Close()
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	return s, nil
}

// open replays the database into memory.
func (s *Sequencer) open() error {
	if err := checkGenesis(s.db, s.chain.Root(), s.domain); err != nil {
		return err
	}
	t0 := time.Now()
	if err := s.loadDelayed(); err != nil {
		return err
	}
	s.seq = s.chain.Mem.Snapshot()
	it, err := s.db.NewIter(tableBounds(tableBlock))
	if err != nil {
		return err
	}
	var msgs int
	for it.First(); it.Valid(); it.Next() {
		n := uint64(s.head + 1)
		if got := string(it.Key()); got != string(u64Key(tableBlock, n)) {
			it.Close()
			return fmt.Errorf("block %d is missing from the database (found key %x)", n, got)
		}
		b, err := decodeBlock(n, it.Value())
		if err == nil {
			err = s.replayBlock(b)
		}
		if err != nil {
			it.Close()
			return err
		}
		s.head, s.lastTime = int64(n), b.Timestamp
		msgs += len(b.Hashes)
	}
	if err := it.Close(); err != nil {
		return err
	}
	// A batch sealed for its age has no block of the next batch yet.
	if v, err := get(s.db, u64Key(tableSealed, s.batchNum)); err != nil {
		return err
	} else if v != nil {
		stf.SealBatch(s.seq)
		s.batchNum, s.openParts = s.batchNum+1, nil
	}
	if err := s.loadPosted(); err != nil {
		return err
	}
	s.pending = s.seq.Snapshot()
	it, err = s.db.NewIter(tableBounds(tableWAL))
	if err != nil {
		return err
	}
	for it.First(); it.Valid(); it.Next() {
		seq := be64(it.Key()[1:])
		e, err := decodeEntry(seq, it.Value())
		if err != nil {
			it.Close()
			return err
		}
		if err := s.reapply(s.pending, e); err != nil {
			it.Close()
			return err
		}
		s.enqueue(e)
		s.nextSeq = seq + 1
	}
	if err := it.Close(); err != nil {
		return err
	}
	s.walDone.Store(s.nextSeq)
	s.firstQueued.Store(s.nextSeq)
	if len(s.queue) > 0 {
		s.firstQueued.Store(s.queue[0].seq)
	}
	s.scanRecords()
	s.metrics.head.Set(float64(s.head))
	s.metrics.mempool.Set(float64(len(s.queue)))
	if s.head >= 0 || len(s.queue) > 0 {
		s.log.Info("sequencer state restored", "blocks", s.head+1, "messages", msgs, "pending", len(s.queue), "took", time.Since(t0).Round(time.Millisecond))
	}
	return nil
}

// replayBlock applies a stored block to s.seq, sealing the open batch first if the block starts
// the next one, and adds it to the open batch.
func (s *Sequencer) replayBlock(b *storedBlock) error {
	p, err := batch.Decode(b.Payload)
	if err != nil {
		return fmt.Errorf("block %d: %w", b.Number, err)
	}
	if len(p.Blocks) != 1 || p.Number != b.Number || len(p.Msgs) != len(b.Hashes) || p.Blocks[0].Delayed != b.Delayed {
		return fmt.Errorf("block %d: the stored payload is not its one-block batch", b.Number)
	}
	switch b.Batch {
	case s.batchNum:
	case s.batchNum + 1:
		stf.SealBatch(s.seq)
		s.batchNum, s.openParts = b.Batch, nil
	default:
		return fmt.Errorf("block %d: in batch %d, after a block of batch %d", b.Number, b.Batch, s.batchNum)
	}
	if _, err := stf.ApplyBlock(context.Background(), s.chain.Cfg, s.oracle, s.seq, p.Blocks[0], p.Msgs, stf.SkipJobs{}); err != nil {
		return fmt.Errorf("block %d: %w", b.Number, err)
	}
	s.openParts = append(s.openParts, p)
	return nil
}

// reapply applies an entry admitted earlier to mem (a restart, or a rebuild of the pending state)
// and records its receipt. A message that no longer applies is kept (the chain will skip it) and
// logged: it means the pending state had diverged from the blocks, which admission rules out.
func (s *Sequencer) reapply(mem *memory.Memory, e *entry) error {
	rc, err := s.applyOne(mem, &e.msg)
	if err != nil {
		return fmt.Errorf("message %s: %w", e.hash, err)
	}
	if rc.Skip != layout.Applied {
		s.log.Error("an admitted message no longer applies; it stays queued and the chain will skip it", "hash", e.hash, "reason", rc.Skip)
	}
	e.receipt = rc.Index
	return nil
}

// applyOne applies m alone as a block to mem (accounting mode) and returns its receipt.
func (s *Sequencer) applyOne(mem *memory.Memory, m *batch.Message) (layout.Receipt, error) {
	g, err := stf.ReadGlobals(mem)
	if err != nil {
		return layout.Receipt{}, err
	}
	// Delayed: g.Delayed consumes no delayed message (a block's count is a running total).
	if _, err := stf.ApplyBlock(context.Background(), s.chain.Cfg, s.oracle, mem, batch.Block{Delayed: g.Delayed}, []batch.Message{*m}, stf.SkipJobs{}); err != nil {
		return layout.Receipt{}, err
	}
	return layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages)))
}

// enqueue adds an admitted entry to the mempool. s.mu must be held (or s not yet shared).
func (s *Sequencer) enqueue(e *entry) {
	s.queue = append(s.queue, e)
	s.byHash[e.hash] = append(s.byHash[e.hash], e)
	s.perAccount[e.msg.Account]++
}

// scanRecords adds accounts and programs created since the last scan to the lookup maps (by
// address, by root). s.mu must be held.
func (s *Sequencer) scanRecords() {
	g, err := stf.ReadGlobals(s.pending)
	if err != nil {
		return
	}
	for ; s.nAccounts < g.Accounts; s.nAccounts++ {
		if a, ok := readAccount(s.pending, s.nAccounts); ok {
			if _, dup := s.accounts[a.Address]; !dup {
				s.accounts[a.Address] = s.nAccounts
			}
		}
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
	srv := oprpc.NewServer(s.cfg.RPCHost, s.cfg.RPCPort, s.cfg.Version, oprpc.WithLogger(s.log),
		oprpc.WithHealthzHandler(http.HandlerFunc(s.healthz)))
	srv.AddAPI(rpc.API{Namespace: api.Namespace, Service: &computeAPI{s}})
	srv.AddAPI(rpc.API{Namespace: "eth", Service: &ethAPI{s.domain.ChainID}})
	if err := srv.Start(); err != nil {
		return fmt.Errorf("sequencer: rpc server: %w", err)
	}
	s.rpc = srv
	if s.cfg.MetricsPort > 0 {
		m, err := opmetrics.StartServer(s.metrics.reg, s.cfg.MetricsHost, s.cfg.MetricsPort)
		if err != nil {
			_ = srv.Stop()
			return fmt.Errorf("sequencer: metrics server: %w", err)
		}
		s.metSrv = m
		s.log.Info("serving metrics", "endpoint", "http://"+m.Addr().String()+"/metrics")
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(2)
	go s.walWriter()
	go s.produceLoop(loopCtx)
	if s.cfg.L1 != nil {
		s.wg.Add(1)
		go s.l1Loop(loopCtx)
	}
	s.state.Store(running)
	if ip := net.ParseIP(s.cfg.RPCHost); ip == nil || !ip.IsLoopback() {
		s.log.Warn("the JSON-RPC server listens beyond this host", "host", s.cfg.RPCHost)
	}
	s.log.Info("sequencer started", "rpc", s.RPCEndpoint(), "chain", s.domain.ChainID, "head", s.head, "pending", s.mempoolDepth(),
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
	s.mu.Lock()
	s.closed = true
	close(s.walCh)
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
		s.mu.Lock()
		head, pending := s.head, len(s.queue)
		s.mu.Unlock()
		s.log.Info("sequencer stopped", "head", head, "pending", pending)
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

// healthz answers GET /healthz: 200 and the version while the sequencer admits messages and
// produces blocks, 503 once a database write has failed (it then needs a restart).
func (s *Sequencer) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	res := struct {
		Version string `json:"version"`
		Error   string `json:"error,omitempty"`
	}{Version: s.cfg.Version}
	if p := s.failed.Load(); p != nil {
		res.Error = (*p).Error()
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(&res)
}

// Registry is the Prometheus registry of the sequencer's metrics.
func (s *Sequencer) Registry() *prometheus.Registry { return s.metrics.reg }

func (s *Sequencer) mempoolDepth() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// walWriter makes admitted messages durable in admission order, committing whatever is queued
// as one Sync batch (group commit), and wakes the block producer when a full block is durable.
func (s *Sequencer) walWriter() {
	defer s.wg.Done()
	for req := range s.walCh {
		reqs := []walRequest{req}
	more:
		for len(reqs) < 1024 {
			select {
			case r, ok := <-s.walCh:
				if !ok {
					break more
				}
				reqs = append(reqs, r)
			default:
				break more
			}
		}
		b := s.db.NewBatch()
		for _, r := range reqs {
			_ = b.Set(u64Key(tableWAL, r.e.seq), encodeEntry(r.e), nil) // only fails on a closed batch
		}
		err := b.Commit(pebble.Sync)
		_ = b.Close()
		if err != nil {
			err = fmt.Errorf("write-ahead log: %w", err)
			s.fail(err)
		} else {
			s.walDone.Store(reqs[len(reqs)-1].e.seq + 1)
		}
		for _, r := range reqs {
			r.done <- err
		}
		if err == nil && s.durablePending() >= s.cfg.MaxBlockMessages {
			s.wake()
		}
	}
}

// durablePending is the number of durable messages not yet in a block. Queued entries have
// consecutive sequence numbers, so no lock is needed (the WAL writer must not take s.mu, which an
// admission holds while it waits for room in s.walCh).
func (s *Sequencer) durablePending() int {
	done, first := s.walDone.Load(), s.firstQueued.Load()
	if done <= first {
		return 0
	}
	return int(done - first)
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
		s.log.Error("the sequencer cannot write its database: it refuses messages and stops producing blocks until restarted", "err", err)
	}
}

func be64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 | uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}
