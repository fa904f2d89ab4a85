package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/health"
	"github.com/crollup/crollup/contracts/bindings"
)

// Source is where the batcher reads the sequencer's sealed batches and their blocks:
// *chain/client.Client over the sequencer's JSON-RPC API implements it. A batch the sequencer
// has not sealed yet is an error for which client.NotFound is true (or a batch not Sealed).
type Source interface {
	GetBatch(ctx context.Context, n uint64) (*api.Batch, error)
	GetBlock(ctx context.Context, n uint64) (*api.Block, error)
}

// L1 is what the batcher reads from L1 besides what its transaction manager does:
// *ethclient.Client implements it.
type L1 interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	// NonceAt and PendingNonceAt tell whether the batcher's address has transactions in the
	// mempool that this process did not send (a previous run's): see settledEarlierRun.
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	// TransactionByHash gives a reverted batch transaction back, to replay it for its error.
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Posted describes a batch the batcher got into L1, for logs, metrics and measurements.
type Posted struct {
	Number        uint64
	Blocks        int
	Messages      int
	PayloadBytes  int
	Blobs         int
	Tx            common.Hash
	L1Block       uint64
	GasUsed       uint64
	BlobGasUsed   uint64
	EffectiveGas  *big.Int // wei per gas paid
	BlobGasPrice  *big.Int // wei per blob gas paid
	SealedToL1    time.Duration
	FirstBlockAge time.Duration // from the batch's first block's timestamp to L1 inclusion
}

// Fill is the share of the blobs' payload capacity the batch uses.
func (p *Posted) Fill() float64 {
	return float64(p.PayloadBytes) / float64(p.Blobs*blob.PayloadBytesPerBlob)
}

var (
	_ cliapp.Lifecycle = (*Batcher)(nil)
	_ Source           = (*client.Client)(nil)
)

// Batcher posts every sealed batch of the sequencer to the Inbox, in order, one blob
// transaction per batch, through its own op-service transaction manager (fee bumping, nonce
// management, confirmation depth).
//
// It keeps no state across restarts: what to post is decided by a plan (plan.go) from
// Inbox.batchCount(), read at the L1 head whenever nothing is in flight. After a restart it
// resumes from there (no gap, and nothing posted twice); when an L1 reorg drops a posted batch,
// the count goes back and the batch is posted again.
type Batcher struct {
	cfg   Config
	log   log.Logger
	src   Source
	l1    L1
	tm    txmgr.TxManager // guard, around the transaction manager built
	guard *staleGuard
	inbox *bindings.Inbox
	// inboxABI names the Inbox's custom errors (a reverted batch transaction's, replayed).
	inboxABI *abi.ABI
	m        *metrics

	mu     sync.Mutex
	posted []Posted // every batch posted by this process, in order

	health stuckHealth // what the loop tells Health

	life    sync.Mutex // guards the fields below and the start/stop transitions
	cancel  context.CancelFunc
	done    chan struct{} // not nil once started
	metSrv  *httputil.HTTPServer
	stopped atomic.Bool
}

// txMgrMaker builds the batcher's transaction manager, reporting to m.
type txMgrMaker func(m txmetrics.TxMetricer) (txmgr.TxManager, error)

// New returns a batcher posting src's batches to cfg.Inbox. It checks cfg, builds the
// batcher's metrics, then its transaction manager from cfg.TxMgr (whose metrics,
// crollup_batcher_txmgr_*, go to the same registry), and checks that the key is the Inbox's
// batcher, since the contract refuses any other sender. If anything fails after the transaction
// manager is built, New closes it; otherwise Stop does.
func New(ctx context.Context, cfg Config, lg log.Logger, src Source, l1 L1) (*Batcher, error) {
	if lg == nil {
		lg = log.Root()
	}
	return build(ctx, cfg, lg, src, l1, func(m txmetrics.TxMetricer) (txmgr.TxManager, error) {
		return newTxManager(cfg.TxMgr, lg, m)
	})
}

// build is New with the transaction manager made by mk (tests give a fake).
func build(ctx context.Context, cfg Config, lg log.Logger, src Source, l1 L1, mk txMgrMaker) (*Batcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("batcher: %w", err)
	}
	if cfg.Inbox == (common.Address{}) {
		return nil, errors.New("batcher: the Inbox address is required")
	}
	if cfg.TxMgr.Key == nil {
		return nil, errors.New("batcher: the batcher's key is required")
	}
	m := newMetrics()
	txm := txmetrics.MakeTxMetrics(metricsNamespace, opmetrics.With(m.reg))
	tm, err := mk(&txm)
	if err != nil {
		return nil, err
	}
	inboxABI, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		tm.Close()
		return nil, err
	}
	b := &Batcher{cfg: cfg, log: lg, src: src, l1: l1, inbox: bindings.NewInbox(), inboxABI: inboxABI, m: m}
	b.guard = newStaleGuard(tm, src, cfg.PollInterval, func(n uint64) {
		m.staleSends.Inc()
		lg.Warn("The sequencer no longer has the batch being sent (it sequenced its chain again): its transaction is called off", "batch", n)
	})
	b.tm = b.guard
	if err := b.checkSender(ctx); err != nil {
		tm.Close()
		return nil, err
	}
	return b, nil
}

// checkSender checks that the transaction manager's sender is the Inbox's batcher.
func (b *Batcher) checkSender(ctx context.Context) error {
	out, err := b.l1.CallContract(ctx, ethereum.CallMsg{To: &b.cfg.Inbox, Data: b.inbox.PackBatcher()}, nil)
	if err != nil {
		return fmt.Errorf("batcher: Inbox %s: batcher(): %w", b.cfg.Inbox, err)
	}
	want, err := b.inbox.UnpackBatcher(out)
	if err != nil {
		return fmt.Errorf("batcher: Inbox %s: batcher(): %w", b.cfg.Inbox, err)
	}
	if from := b.tm.From(); from != want {
		return fmt.Errorf("batcher: the Inbox %s accepts batches from %s only; this batcher's key is %s's", b.cfg.Inbox, want, from)
	}
	return nil
}

// From is the batcher's sender address (its key's).
func (b *Batcher) From() common.Address { return b.tm.From() }

// Registry is the Prometheus registry of the batcher's metrics, its transaction manager's
// included.
func (b *Batcher) Registry() *prometheus.Registry { return b.m.reg }

// Posted returns the batches this process posted, in order.
func (b *Batcher) Posted() []Posted {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Posted(nil), b.posted...)
}

// Start starts the posting loop (and, if a port is set, the metrics server, which serves
// /metrics and /healthz: Health). A batcher starts
// once: Start again, or after Stop, is an error.
func (b *Batcher) Start(_ context.Context) error {
	b.life.Lock()
	defer b.life.Unlock()
	switch {
	case b.stopped.Load():
		return errors.New("batcher: stopped; a stopped batcher does not start again")
	case b.done != nil:
		return errors.New("batcher: already started")
	}
	if b.cfg.MetricsPort > 0 {
		srv, err := health.StartMetricsServer(b.m.reg, b.cfg.MetricsHost, b.cfg.MetricsPort, health.Handler(b.Health))
		if err != nil {
			return fmt.Errorf("batcher: metrics server: %w", err)
		}
		b.metSrv = srv
		b.log.Info("Serving metrics and health", "metrics", srv.HTTPEndpoint()+health.MetricsPath, "health", srv.HTTPEndpoint()+"/healthz")
	}
	b.health.start(time.Now())
	ctx, cancel := context.WithCancel(context.Background())
	b.cancel, b.done = cancel, make(chan struct{})
	go b.loop(ctx)
	b.log.Info("Batcher started", "inbox", b.cfg.Inbox, "from", b.tm.From(), "max_pending", b.cfg.MaxPending)
	return nil
}

// Stop stops posting and closes the transaction manager; it may be called before Start, and
// again (it then does nothing). A transaction in flight is abandoned by the transaction manager
// (it may still be included; the next batcher reads the Inbox and does not post it twice).
func (b *Batcher) Stop(ctx context.Context) error {
	b.life.Lock()
	if b.stopped.Swap(true) {
		b.life.Unlock()
		return nil
	}
	cancel, done, srv := b.cancel, b.done, b.metSrv
	b.life.Unlock()
	var errs []error
	if cancel != nil {
		cancel()
		select {
		case <-done:
		case <-ctx.Done():
			errs = append(errs, fmt.Errorf("batcher: stop: %w", ctx.Err()))
		}
	}
	b.tm.Close()
	if srv != nil {
		errs = append(errs, srv.Stop(ctx))
	}
	b.log.Info("Batcher stopped", "posted", len(b.Posted()))
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (b *Batcher) Stopped() bool { return b.stopped.Load() }
