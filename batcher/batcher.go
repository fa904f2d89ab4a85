package batcher

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/contracts/bindings"
)

// Source is where the batcher reads the sequencer's batches and blocks: *sequencer.Sequencer in
// the same process, or RPCSource over its JSON-RPC API.
type Source interface {
	Batch(ctx context.Context, n uint64) (*api.Batch, error)
	Block(ctx context.Context, n uint64) (*api.Block, error)
}

// L1 is what the batcher reads from L1 besides what its transaction manager does:
// *ethclient.Client implements it.
type L1 interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Config configures a Batcher.
type Config struct {
	// Inbox is the Inbox contract batches are posted to.
	Inbox common.Address
	// PollInterval is how often the batcher looks for a sealed batch when it has none to post.
	PollInterval time.Duration
	// GasLimit is the gas of an addBatch transaction (it costs about 80,000; blob gas is apart).
	GasLimit uint64
	// MaxPending is how many batch transactions may be in flight at once; 0 means
	// DefaultMaxPending. 1 waits for each batch's confirmations before sending the next.
	MaxPending int
	// MetricsHost and MetricsPort serve Prometheus metrics; port 0 disables the server.
	MetricsHost string
	MetricsPort int
}

// DefaultGasLimit is Config.GasLimit when it is 0.
const DefaultGasLimit = 200_000

// DefaultMaxPending is Config.MaxPending when it is 0.
const DefaultMaxPending = 1

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

// Batcher posts every sealed batch of the sequencer to the Inbox, in order, one blob
// transaction per batch, through an op-service transaction manager (fee bumping, nonce
// management, confirmation depth).
//
// It keeps no state of its own: whenever no transaction is in flight, the next batch to post is
// Inbox.batchCount() at the L1 head. After a restart it resumes from there (no gap, and nothing
// posted twice: a batch already in the Inbox is not sent again). When an L1 reorg drops a posted
// batch, the count goes back and the batch is posted again. Up to MaxPending transactions are in
// flight, with consecutive nonces; the count is never read while one is, so a batch sent but not
// yet included is never sent twice.
type Batcher struct {
	cfg   Config
	log   log.Logger
	src   Source
	l1    L1
	tm    txmgr.TxManager
	inbox *bindings.Inbox
	m     *metrics

	mu     sync.Mutex
	posted []Posted // every batch posted by this process, in order

	cancel  context.CancelFunc
	done    chan struct{}
	metSrv  *httputil.HTTPServer
	stopped atomic.Bool
}

// New returns a batcher posting src's batches through tm. It checks that tm's sender is the
// Inbox's batcher, since any other address is refused by the contract.
func New(ctx context.Context, cfg Config, lg log.Logger, src Source, l1 L1, tm txmgr.TxManager) (*Batcher, error) {
	if cfg.Inbox == (common.Address{}) {
		return nil, errors.New("batcher: the Inbox address is required")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	if cfg.MetricsHost == "" {
		cfg.MetricsHost = "127.0.0.1"
	}
	if lg == nil {
		lg = log.Root()
	}
	b := &Batcher{cfg: cfg, log: lg, src: src, l1: l1, tm: tm, inbox: bindings.NewInbox(), m: newMetrics()}
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &cfg.Inbox, Data: b.inbox.PackBatcher()}, nil)
	if err != nil {
		return nil, fmt.Errorf("batcher: Inbox %s: batcher(): %w", cfg.Inbox, err)
	}
	want, err := b.inbox.UnpackBatcher(out)
	if err != nil {
		return nil, fmt.Errorf("batcher: Inbox %s: batcher(): %w", cfg.Inbox, err)
	}
	if from := tm.From(); from != want {
		return nil, fmt.Errorf("batcher: the Inbox %s accepts batches from %s only; this batcher's key is %s's", cfg.Inbox, want, from)
	}
	return b, nil
}

// Registry is the Prometheus registry of the batcher's metrics (the transaction manager's
// included when it was built by NewTxManager with it).
func (b *Batcher) Registry() *prometheus.Registry { return b.m.reg }

// Posted returns the batches this process posted, in order.
func (b *Batcher) Posted() []Posted {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Posted(nil), b.posted...)
}

// Start starts the posting loop (and the metrics server if a port is set).
func (b *Batcher) Start(_ context.Context) error {
	if b.cfg.MetricsPort > 0 {
		srv, err := opmetrics.StartServer(b.m.reg, b.cfg.MetricsHost, b.cfg.MetricsPort)
		if err != nil {
			return fmt.Errorf("batcher: metrics server: %w", err)
		}
		b.metSrv = srv
	}
	ctx, cancel := context.WithCancel(context.Background())
	b.cancel, b.done = cancel, make(chan struct{})
	go b.loop(ctx)
	b.log.Info("batcher started", "inbox", b.cfg.Inbox, "from", b.tm.From())
	return nil
}

// Stop stops posting: a transaction in flight is abandoned by the transaction manager (it may
// still be included; the next start reads the Inbox and does not post it twice).
func (b *Batcher) Stop(ctx context.Context) error {
	if b.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if b.cancel != nil {
		b.cancel()
		select {
		case <-b.done:
		case <-ctx.Done():
			errs = append(errs, ctx.Err())
		}
	}
	b.tm.Close()
	if b.metSrv != nil {
		errs = append(errs, b.metSrv.Stop(ctx))
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (b *Batcher) Stopped() bool { return b.stopped.Load() }

// inflight is a batch whose transaction was handed to the transaction manager.
type inflight struct {
	p     Posted // filled as far as known before the receipt
	first uint64 // the batch's first block's timestamp
	sent  time.Time
}

// loop posts batches until ctx ends. Up to MaxPending transactions are in flight, in batch order
// (the transaction manager gives them consecutive nonces, so they are mined in order). The next
// batch is the Inbox's count whenever nothing is in flight; a failed or reverted transaction
// stops new sends until the ones in flight are settled, and posting resumes from the count.
func (b *Batcher) loop(ctx context.Context) {
	defer close(b.done)
	q := txmgr.NewQueue[uint64](ctx, b.tm, uint64(b.cfg.MaxPending))
	receipts := make(chan txmgr.TxReceipt[uint64], b.cfg.MaxPending)
	pending := map[uint64]*inflight{}
	var next uint64
	broken, failing := false, false
	for {
		var err error
		if len(pending) == 0 {
			broken = false
			next, err = b.inboxCount(ctx)
		}
		for err == nil && !broken && len(pending) < b.cfg.MaxPending {
			var f *inflight
			var cand *txmgr.TxCandidate
			if f, cand, err = b.prepare(ctx, next); err != nil || f == nil {
				break
			}
			pending[next] = f
			b.log.Info("posting batch", "batch", next, "blocks", f.p.Blocks, "payload", f.p.PayloadBytes, "blobs", f.p.Blobs, "in_flight", len(pending))
			q.Send(next, *cand, receipts)
			next++
		}
		if ctx.Err() != nil {
			return
		}
		switch {
		case err != nil && !failing:
			b.log.Warn("batcher: cannot post; retrying", "err", err, "every", b.cfg.PollInterval)
		case err != nil:
			b.log.Debug("batcher: cannot post", "err", err)
		case failing:
			b.log.Info("batcher: posting again")
		}
		failing = err != nil
		select {
		case <-ctx.Done():
			return
		case r := <-receipts:
			if !b.settle(ctx, pending, r) {
				broken = true
			}
		case <-time.After(b.cfg.PollInterval):
		}
	}
}

// settle records the outcome of batch r.ID's transaction and reports whether it is on L1.
func (b *Batcher) settle(ctx context.Context, pending map[uint64]*inflight, r txmgr.TxReceipt[uint64]) bool {
	f := pending[r.ID]
	delete(pending, r.ID)
	if f == nil {
		return false
	}
	switch {
	case r.Err != nil:
		b.log.Warn("batcher: batch not posted; posting resumes from the Inbox's count", "batch", r.ID, "err", r.Err)
		return false
	case r.Receipt.Status != types.ReceiptStatusSuccessful:
		// Another batch took number r.ID first (a forced inclusion, another batcher, a reorg
		// that re-included an earlier transaction), or the batch before it failed.
		b.log.Warn("batcher: batch transaction reverted; posting resumes from the Inbox's count", "batch", r.ID, "tx", r.Receipt.TxHash)
		return false
	}
	rc := r.Receipt
	p := f.p
	p.Tx, p.L1Block, p.GasUsed, p.BlobGasUsed, p.EffectiveGas, p.BlobGasPrice = rc.TxHash, rc.BlockNumber.Uint64(), rc.GasUsed,
		rc.BlobGasUsed, rc.EffectiveGasPrice, rc.BlobGasPrice
	p.SealedToL1 = time.Since(f.sent)
	if h, err := b.l1.HeaderByNumber(ctx, rc.BlockNumber); err == nil {
		p.FirstBlockAge = time.Duration(int64(h.Time)-int64(f.first)) * time.Second
	}
	b.mu.Lock()
	b.posted = append(b.posted, p)
	b.mu.Unlock()
	b.m.record(&p)
	b.log.Info("batch on L1", "batch", p.Number, "tx", p.Tx, "l1_block", p.L1Block, "blobs", p.Blobs,
		"fill", fmt.Sprintf("%.1f%%", 100*p.Fill()), "gas", p.GasUsed, "blob_gas", p.BlobGasUsed, "took", p.SealedToL1.Round(time.Millisecond))
	return true
}

// inboxCount reads Inbox.batchCount() at the L1 head: the next batch to post.
func (b *Batcher) inboxCount(ctx context.Context) (uint64, error) {
	out, err := b.l1.CallContract(ctx, ethereum.CallMsg{To: &b.cfg.Inbox, Data: b.inbox.PackBatchCount()}, nil)
	if err != nil {
		return 0, fmt.Errorf("batcher: Inbox.batchCount(): %w", err)
	}
	n, err := b.inbox.UnpackBatchCount(out)
	if err != nil {
		return 0, fmt.Errorf("batcher: Inbox.batchCount(): %w", err)
	}
	b.m.l1Batches.Set(float64(n))
	return n, nil
}

// prepare builds the transaction of batch n if the sequencer has sealed it (nil if not yet).
func (b *Batcher) prepare(ctx context.Context, n uint64) (*inflight, *txmgr.TxCandidate, error) {
	info, err := b.src.Batch(ctx, n)
	if err != nil {
		var re rpc.Error
		if errors.As(err, &re) && re.ErrorCode() == api.CodeUnknown {
			return nil, nil, nil // the sequencer has not reached it
		}
		return nil, nil, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	if !info.Sealed || info.Last == nil {
		return nil, nil, nil
	}
	payload, parts, err := b.join(ctx, info)
	if err != nil {
		return nil, nil, err
	}
	blobs, err := blob.Pack(payload)
	if err != nil {
		return nil, nil, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	cand := &txmgr.TxCandidate{To: &b.cfg.Inbox, GasLimit: b.cfg.GasLimit,
		TxData: b.inbox.PackAddBatch(n, uint32(len(payload)), uint64(info.Delayed)), Blobs: make([]*eth.Blob, len(blobs))}
	for i := range blobs {
		eb := eth.Blob(blobs[i])
		cand.Blobs[i] = &eb
	}
	f := &inflight{p: Posted{Number: n, Blocks: len(parts), PayloadBytes: len(payload), Blobs: len(blobs)},
		first: parts[0].Blocks[0].Timestamp, sent: time.Now()}
	for _, pt := range parts {
		f.p.Messages += len(pt.Msgs)
	}
	return f, cand, nil
}

// join fetches the blocks of a sealed batch (at least one) and joins them into its payload. It
// returns the payload and the blocks.
func (b *Batcher) join(ctx context.Context, info *api.Batch) ([]byte, []*batch.Batch, error) {
	n := uint64(info.Number)
	var parts []*batch.Batch
	for k := uint64(info.First); k <= uint64(*info.Last); k++ {
		blk, err := b.src.Block(ctx, k)
		if err != nil {
			return nil, nil, fmt.Errorf("batcher: batch %d: block %d: %w", n, k, err)
		}
		if uint64(blk.Batch) != n {
			return nil, nil, fmt.Errorf("batcher: block %d is in batch %d, not %d", k, blk.Batch, n)
		}
		p, err := batch.Decode(blk.Payload)
		if err != nil {
			return nil, nil, fmt.Errorf("batcher: block %d: %w", k, err)
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return nil, nil, fmt.Errorf("batcher: batch %d has no block (first %d, last %d)", n, info.First, *info.Last)
	}
	joined := batch.Join(n, parts...)
	if joined.Delayed != uint64(info.Delayed) {
		return nil, nil, fmt.Errorf("batcher: batch %d: its blocks consume %d delayed messages, the sequencer says %d", n, joined.Delayed, info.Delayed)
	}
	payload, err := joined.Encode()
	if err != nil {
		return nil, nil, fmt.Errorf("batcher: batch %d: %w", n, err)
	}
	return payload, parts, nil
}

// TxManagerConfig configures NewTxManager.
type TxManagerConfig struct {
	L1RPC string
	Key   *ecdsa.PrivateKey
	// Confirmations is how many L1 blocks deep a batch transaction must be to count as posted.
	Confirmations uint64
	// ReceiptPoll is how often the receipt is polled; 0 means a second.
	ReceiptPoll time.Duration
	// ResubmitAfter is how long a transaction may wait for inclusion before its fees are bumped;
	// 0 means op-service's batcher default (48 s).
	ResubmitAfter time.Duration
}

// NewTxManager returns an op-service transaction manager for the batcher's blob transactions.
// Cell proofs (EIP-7594) are on from genesis: Osaka's transaction pool refuses the older blob
// proofs. Its metrics go to the batcher's registry when reg is not nil.
func NewTxManager(cfg TxManagerConfig, lg log.Logger, reg *prometheus.Registry) (*txmgr.SimpleTxManager, error) {
	c := txmgr.NewCLIConfig(cfg.L1RPC, txmgr.DefaultBatcherFlagValues)
	c.PrivateKey = hex.EncodeToString(crypto.FromECDSA(cfg.Key))
	c.NumConfirmations = max(cfg.Confirmations, 1)
	c.CellProofTime = 0
	c.ReceiptQueryInterval = time.Second
	if cfg.ReceiptPoll > 0 {
		c.ReceiptQueryInterval = cfg.ReceiptPoll
	}
	if cfg.ResubmitAfter > 0 {
		c.ResubmissionTimeout = cfg.ResubmitAfter
	}
	var m txmetrics.TxMetricer = &txmetrics.NoopTxMetrics{}
	if reg != nil {
		tm := txmetrics.MakeTxMetrics(metricsNamespace, opmetrics.With(reg))
		m = &tm
	}
	tm, err := txmgr.NewSimpleTxManager("batcher", lg, m, c)
	if err != nil {
		return nil, fmt.Errorf("batcher: transaction manager: %w", err)
	}
	return tm, nil
}

// RPCSource is a Source over the sequencer's JSON-RPC API.
type RPCSource struct{ c *rpc.Client }

// DialSource connects to the sequencer at url.
func DialSource(ctx context.Context, url string) (*RPCSource, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("batcher: dial sequencer %s: %w", url, err)
	}
	return &RPCSource{c: c}, nil
}

// Close closes the connection.
func (s *RPCSource) Close() { s.c.Close() }

// Batch implements Source.
func (s *RPCSource) Batch(ctx context.Context, n uint64) (*api.Batch, error) {
	var b api.Batch
	if err := s.c.CallContext(ctx, &b, api.MethodGetBatch, hexUint(n)); err != nil {
		return nil, err
	}
	return &b, nil
}

// Block implements Source.
func (s *RPCSource) Block(ctx context.Context, n uint64) (*api.Block, error) {
	var b api.Block
	if err := s.c.CallContext(ctx, &b, api.MethodGetBlock, hexUint(n)); err != nil {
		return nil, err
	}
	return &b, nil
}

func hexUint(n uint64) string { return fmt.Sprintf("0x%x", n) }
