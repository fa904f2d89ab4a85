// Package proposer asserts an executor's state roots on the Rollup (docs/spec/dispute.md §10,
// docs/executor.md "Proposer"): the honest assertion over the batches each assertion fixed, with
// its history commitment built from the executor's batch roots, on a cadence; it posts its bond
// once, confirms assertions whose challenge period passed unrivaled, and resumes after a restart
// from what the Rollup holds. Disputes are the challenger's (challenger/).
package proposer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/contracts/bindings"
)

// Roots gives the state root after a number of batches: an *executor.Executor, or a
// chain/client.Client on an executor's endpoint (compute_getBatchRoot). An error means not yet.
type Roots interface {
	BatchRoot(batches uint64) (*api.BatchRoot, error)
}

// L1 is what the proposer reads from L1 (ethclient.Client has it all).
type L1 interface {
	bind.ContractCaller
	ethereum.LogFilterer
	ethereum.ChainReader
	ethereum.BlockNumberReader
}

// Sender sends one transaction and waits for its receipt (op-service txmgr.TxManager).
type Sender interface {
	Send(ctx context.Context, candidate txmgr.TxCandidate) (*types.Receipt, error)
	From() common.Address
}

// Config configures a proposer.
type Config struct {
	// Rollup is the Rollup contract.
	Rollup common.Address
	// MaxBatches and MaxAge are the cadence: the next assertion is made once MaxBatches batches
	// wait past the last one, or once at least one does and MaxAge has passed since the last
	// assertion was made (by its L1 block time).
	MaxBatches uint64
	MaxAge     time.Duration
	// PollInterval is how often the proposer looks at the Rollup and the executor.
	PollInterval time.Duration
	// FromBlock is the L1 block the Rollup's logs are read from (its deployment block, or 0).
	FromBlock uint64
}

// DefaultConfig suits a production L1: an assertion every 64 batches or hour, whichever first,
// looked for every 12 seconds.
func DefaultConfig() Config {
	return Config{MaxBatches: 64, MaxAge: time.Hour, PollInterval: 12 * time.Second}
}

// Check reports the first invalid setting.
func (c Config) Check() error {
	switch {
	case c.Rollup == (common.Address{}):
		return errors.New("proposer: no Rollup address")
	case c.MaxBatches == 0:
		return errors.New("proposer: MaxBatches is 0")
	case c.MaxAge <= 0 || c.PollInterval <= 0:
		return errors.New("proposer: MaxAge and PollInterval must be positive")
	}
	return nil
}

// Assertion is an assertion the proposer knows of, from the Rollup's logs.
type Assertion struct {
	ID     common.Hash
	A      bindings.RollupAssertion
	Staker common.Address
	Block  uint64 // the L1 block it was made in
	Time   uint64 // that block's timestamp
}

// Proposer makes and confirms assertions. Its state is the Rollup's: it keeps nothing on disk.
type Proposer struct {
	cfg   Config
	log   log.Logger
	roots Roots
	l1    L1
	tx    Sender
	m     *Metrics

	rb  *bindings.Rollup
	cb  *bindings.ChallengeManager
	ib  *bindings.Inbox
	abi abi.ABI

	// Read once from the Rollup.
	cm, inbox   common.Address
	genesis     common.Hash
	genesisRoot common.Hash
	k           uint64
	height0     uint8
	period      uint64
	bond        *big.Int

	// Owned by the loop (Step).
	known    map[common.Hash]*Assertion // every assertion the logs showed
	scanned  uint64                     // logs read up to this block
	scannedH common.Hash                // that block's hash, when read before its logs
	children map[common.Hash]*bindings.RollupAssertion
	// chain is the honest chain walked so far, from genesis; confirmedIdx its newest element
	// known confirmed. Both only grow: an honest assertion stays on the chain.
	chain        []*Assertion
	confirmedIdx int
	lastWait     string

	mu             sync.Mutex // guards tip and confirmed, which Tip reads
	tip, confirmed Assertion

	failures atomic.Int64
	stopped  atomic.Bool
	cancel   context.CancelFunc
	done     chan struct{}
}

// New returns a proposer for cfg.Rollup, asserting roots from roots and sending through tx.
func New(ctx context.Context, cfg Config, lg log.Logger, roots Roots, l1 L1, tx Sender, m *Metrics) (*Proposer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if lg == nil {
		lg = log.Root()
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	p := &Proposer{cfg: cfg, log: lg, roots: roots, l1: l1, tx: tx, m: m, rb: bindings.NewRollup(), cb: bindings.NewChallengeManager(),
		ib: bindings.NewInbox(), abi: *a, known: map[common.Hash]*Assertion{}, children: map[common.Hash]*bindings.RollupAssertion{}}
	if err := p.readParams(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// call runs a view call of contract `to` and unpacks it.
func call[T any](ctx context.Context, l1 L1, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

func (p *Proposer) readParams(ctx context.Context) error {
	r := p.cfg.Rollup
	var err error
	wrap := func(what string, e error) error {
		if e != nil && err == nil {
			err = fmt.Errorf("proposer: Rollup %s: %s: %w", r, what, e)
		}
		return err
	}
	p.cm, _ = call(ctx, p.l1, r, p.rb.PackChallengeManager(), p.rb.UnpackChallengeManager)
	g, e := call(ctx, p.l1, r, p.rb.PackGenesis(), p.rb.UnpackGenesis)
	wrap("genesis()", e)
	p.genesis = g
	p.inbox, e = call(ctx, p.l1, r, p.rb.PackInbox(), p.rb.UnpackInbox)
	wrap("inbox()", e)
	p.bond, e = call(ctx, p.l1, r, p.rb.PackBond(), p.rb.UnpackBond)
	wrap("bond()", e)
	gs, e := call(ctx, p.l1, r, p.rb.PackAssertionState(g), p.rb.UnpackAssertionState)
	wrap("assertionState(genesis)", e)
	p.genesisRoot = gs.StateRoot
	k, e := call(ctx, p.l1, p.cm, p.cb.PackK(), p.cb.UnpackK)
	wrap("k()", e)
	p.height0, e = call(ctx, p.l1, p.cm, p.cb.PackHeight0(), p.cb.UnpackHeight0)
	wrap("height0()", e)
	p.period, e = call(ctx, p.l1, p.cm, p.cb.PackChallengePeriod(), p.cb.UnpackChallengePeriod)
	wrap("challengePeriod()", e)
	if err != nil {
		return err
	}
	if k == nil || !k.IsUint64() || k.Uint64() < 2 {
		return fmt.Errorf("proposer: Rollup %s: arity %v", r, k)
	}
	p.k = k.Uint64()
	p.tip = Assertion{ID: g, A: bindings.RollupAssertion{StateRoot: p.genesisRoot}}
	p.confirmed = p.tip
	return nil
}

// Start runs the proposer until Stop.
func (p *Proposer) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	p.cancel, p.done = cancel, make(chan struct{})
	go p.loop(ctx)
	p.log.Info("Proposer started", "rollup", p.cfg.Rollup, "from", p.tx.From(), "max_batches", p.cfg.MaxBatches,
		"max_age", p.cfg.MaxAge, "challenge_period", p.period, "bond", p.bond)
	return nil
}

// Stop stops the proposer and waits for its loop; a transaction in flight is abandoned (a
// restart finds what the Rollup holds).
func (p *Proposer) Stop(ctx context.Context) error {
	p.stopped.Store(true)
	if p.cancel == nil {
		return nil
	}
	p.cancel()
	select {
	case <-p.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (p *Proposer) loop(ctx context.Context) {
	defer close(p.done)
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := p.Step(ctx); err != nil && ctx.Err() == nil {
			p.m.errors.Inc()
			p.failures.Add(1)
			p.log.Warn("Proposer step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Stopped reports whether Stop was called (cliapp.Lifecycle).
func (p *Proposer) Stopped() bool { return p.stopped.Load() }

// Failures is the number of steps that failed so far (each is retried on the next poll).
func (p *Proposer) Failures() int64 { return p.failures.Load() }

// Tip returns the newest assertion on the honest chain and the newest confirmed one.
func (p *Proposer) Tip() (tip, confirmed Assertion) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.tip, p.confirmed
}

// Step does at most one thing: it reads the Rollup's new logs, walks the honest chain (the
// assertions whose content is what this proposer would assert) from genesis, then sends the
// first transaction due, if any: a confirmation of the oldest pending assertion on the chain
// when one is due, else the next assertion when the cadence says so.
func (p *Proposer) Step(ctx context.Context) error {
	head, err := p.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("proposer: L1 head: %w", err)
	}
	if err := p.checkScanned(ctx, head); err != nil {
		return err
	}
	if err := p.scan(ctx, head); err != nil {
		return err
	}
	if err := p.checkTip(ctx, head); err != nil {
		return err
	}
	next, err := p.walk(ctx)
	if err != nil {
		return err
	}
	chain := p.chain
	tip := chain[len(chain)-1]
	// Confirmations first: the oldest pending assertion whose parent is confirmed.
	for i := p.confirmedIdx + 1; i < len(chain); i++ {
		st, err := p.status(ctx, chain[i].ID)
		if err != nil {
			return err
		}
		if st == statusConfirmed {
			p.confirmedIdx = i
			continue
		}
		if st != statusPending {
			break
		}
		p.publish(tip, chain[p.confirmedIdx])
		// Waiting for a confirmation must not hold back the next assertion: the chain grows
		// while its head's challenge period runs.
		if sent, err := p.confirm(ctx, head, chain[i-1], chain[i]); sent || err != nil {
			return err
		}
		break
	}
	p.publish(tip, chain[p.confirmedIdx])
	if next == nil {
		return nil
	}
	return p.assert(ctx, tip, next)
}

func (p *Proposer) publish(tip, confirmed *Assertion) {
	p.mu.Lock()
	p.tip, p.confirmed = *tip, *confirmed
	p.mu.Unlock()
	p.m.tip.Set(float64(tip.A.BatchEnd))
	p.m.confirmed.Set(float64(confirmed.A.BatchEnd))
}

// Assertion statuses in the Rollup.
const (
	statusPending   = 1
	statusConfirmed = 2
)

func (p *Proposer) status(ctx context.Context, id common.Hash) (uint8, error) {
	s, err := call(ctx, p.l1, p.cfg.Rollup, p.rb.PackAssertionState(id), p.rb.UnpackAssertionState)
	if err != nil {
		return 0, fmt.Errorf("proposer: assertionState(%s): %w", id, err)
	}
	return s.Status, nil
}

// scanChunk is the most blocks one log query spans: public L1 endpoints refuse wide ranges.
const scanChunk = 10_000

// scan reads the Rollup's AssertionMade logs up to head, scanChunk blocks a query.
func (p *Proposer) scan(ctx context.Context, head uint64) error {
	from := max(p.scanned+1, p.cfg.FromBlock)
	if p.scanned == 0 {
		from = p.cfg.FromBlock
	}
	for from <= head {
		to := min(head, from+scanChunk-1)
		// The hash first: a reorg during the scan then shows at the next checkScanned.
		h, err := p.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("proposer: L1 block %d: %w", to, err)
		}
		if err := p.scanRange(ctx, from, to); err != nil {
			return err
		}
		p.scanned, p.scannedH, from = to, h.Hash(), to+1
	}
	return nil
}

// checkScanned checks that L1 still holds the last block whose logs were read. A reorg, or a
// rewind, can replace blocks already read with blocks holding other logs: an assertion made
// again after a rewind lands at a block number the scan has passed, and the proposer would
// never see it (it would try to make it again, and be refused: AssertionExists). Then it
// forgets what it read and reads the Rollup again (reset).
func (p *Proposer) checkScanned(ctx context.Context, head uint64) error {
	if p.scanned == 0 || p.scannedH == (common.Hash{}) {
		return nil
	}
	if head >= p.scanned {
		h, err := p.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(p.scanned))
		if err != nil {
			return fmt.Errorf("proposer: L1 block %d: %w", p.scanned, err)
		}
		if h.Hash() == p.scannedH {
			return nil
		}
	}
	p.log.Warn("L1 no longer holds the last block whose Rollup logs were read: L1 reorged; reading the Rollup again",
		"l1_block", p.scanned, "hash", p.scannedH, "head", head)
	p.m.recordRewind()
	p.reset()
	return nil
}

// reset forgets everything read from the Rollup's logs and walked, to read it all again.
func (p *Proposer) reset() {
	p.known, p.children, p.chain, p.confirmedIdx, p.scanned, p.scannedH = map[common.Hash]*Assertion{}, map[common.Hash]*bindings.RollupAssertion{}, nil, 0, 0, common.Hash{}
}

// scanRange reads the AssertionMade logs of blocks from to to.
func (p *Proposer) scanRange(ctx context.Context, from, to uint64) error {
	made := p.abi.Events["AssertionMade"].ID
	logs, err := p.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{p.cfg.Rollup}, Topics: [][]common.Hash{{made}}})
	if err != nil {
		return fmt.Errorf("proposer: Rollup logs %d–%d: %w", from, to, err)
	}
	for i := range logs {
		ev, err := p.rb.UnpackAssertionMadeEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("proposer: AssertionMade in %s: %w", logs[i].TxHash, err)
		}
		h, err := p.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
		if err != nil {
			return fmt.Errorf("proposer: L1 block %d: %w", logs[i].BlockNumber, err)
		}
		p.known[ev.Id] = &Assertion{ID: ev.Id, A: ev.Assertion, Staker: ev.Staker, Block: logs[i].BlockNumber, Time: h.Time}
	}
	return nil
}

// checkTip checks that the Rollup still holds the newest assertion of the honest chain walked
// so far. An L1 reorg, or a rewind, can take it back with the blocks after it: then everything
// read from the logs past the common block is suspect, so the proposer forgets it all and reads
// the Rollup again from its deployment block (the honest chain is walked again, and what is
// missing asserted again).
func (p *Proposer) checkTip(ctx context.Context, head uint64) error {
	if len(p.chain) < 2 {
		return nil
	}
	tip := p.chain[len(p.chain)-1]
	st, err := p.status(ctx, tip.ID)
	if err != nil || st != 0 {
		return err
	}
	p.log.Warn("The Rollup no longer holds the newest assertion walked to: L1 took it back; reading the Rollup again",
		"assertion", tip.ID, "l1_block", tip.Block, "batches", tip.A.BatchEnd)
	p.m.recordRewind()
	p.reset()
	return p.scan(ctx, head)
}

// walk extends the honest chain (p.chain, from genesis on the first call): while the honest
// child of its tip exists, it is the next link. It returns the honest child of the tip, not yet
// made (nil while the executor has not reached the batches it covers).
func (p *Proposer) walk(ctx context.Context) (*bindings.RollupAssertion, error) {
	if len(p.chain) == 0 {
		p.chain = []*Assertion{{ID: p.genesis, A: bindings.RollupAssertion{StateRoot: p.genesisRoot}}}
	}
	for {
		tip := p.chain[len(p.chain)-1]
		child, err := p.child(ctx, tip)
		if err != nil || child == nil {
			return nil, err
		}
		// The Rollup's idOf (dispute.Assertion.ID is its twin).
		id := (&dispute.Assertion{Parent: child.Parent, BatchEnd: child.BatchEnd, StateRoot: child.StateRoot, History: child.History}).ID()
		a, ok := p.known[id]
		if !ok {
			return child, nil
		}
		p.chain = append(p.chain, a)
		delete(p.children, tip.ID)
	}
}

// child is the honest assertion under parent: it covers the batches parent fixed, asserts the
// executor's root after them, and commits to the batch-boundary states from parent's on (padded
// with the last). Nil while the executor has not sealed the last of those batches.
func (p *Proposer) child(ctx context.Context, parent *Assertion) (*bindings.RollupAssertion, error) {
	if c, ok := p.children[parent.ID]; ok {
		return c, nil
	}
	rec, err := call(ctx, p.l1, p.cfg.Rollup, p.rb.PackAssertions(parent.ID), p.rb.UnpackAssertions)
	if err != nil {
		return nil, fmt.Errorf("proposer: assertions(%s): %w", parent.ID, err)
	}
	from, end := parent.A.BatchEnd, rec.NextInbox
	roots := make([]common.Hash, 0, end-from+1)
	for n := from; n <= end; n++ {
		r, err := p.roots.BatchRoot(n)
		if err != nil {
			p.waiting(fmt.Sprintf("the executor's root after %d batches: %v", n, err))
			return nil, nil
		}
		roots = append(roots, r.StateRoot)
	}
	if roots[0] != parent.A.StateRoot {
		return nil, fmt.Errorf("proposer: the executor's root after %d batches is %s; assertion %s on the chain asserts %s: the executor follows another chain",
			from, roots[0], parent.ID, parent.A.StateRoot)
	}
	c := &bindings.RollupAssertion{Parent: parent.ID, BatchEnd: end, StateRoot: roots[len(roots)-1],
		History: onchain.History(int(p.k), p.height0, roots)}
	p.children[parent.ID] = c
	return c, nil
}

// waiting logs why nothing is asserted, once per reason.
func (p *Proposer) waiting(why string) {
	if why != p.lastWait {
		p.lastWait = why
		p.log.Debug("Proposer waiting", "for", why)
	}
}

// assert makes next, the honest child of tip, when the cadence says so and the bond allows.
func (p *Proposer) assert(ctx context.Context, tip *Assertion, next *bindings.RollupAssertion) error {
	count, err := call(ctx, p.l1, p.inbox, p.ib.PackBatchCount(), p.ib.UnpackBatchCount)
	if err != nil {
		return fmt.Errorf("proposer: Inbox.batchCount: %w", err)
	}
	waitingBatches := count - tip.A.BatchEnd
	if count <= tip.A.BatchEnd {
		p.waiting("a batch past the last assertion")
		return nil
	}
	if age := time.Since(time.Unix(int64(tip.Time), 0)); waitingBatches < p.cfg.MaxBatches && age < p.cfg.MaxAge {
		p.waiting(fmt.Sprintf("the cadence: %d batches waiting, %s since the last assertion", waitingBatches, age.Round(time.Second)))
		return nil
	}
	me := p.tx.From()
	bonded, err := call(ctx, p.l1, p.cfg.Rollup, p.rb.PackBonded(me), p.rb.UnpackBonded)
	if err != nil {
		return fmt.Errorf("proposer: bonded(%s): %w", me, err)
	}
	value := new(big.Int)
	if bonded {
		latest, err := call(ctx, p.l1, p.cfg.Rollup, p.rb.PackLatest(me), p.rb.UnpackLatest)
		if err != nil {
			return fmt.Errorf("proposer: latest(%s): %w", me, err)
		}
		if st, err := p.status(ctx, latest); err != nil {
			return err
		} else if common.Hash(latest) != tip.ID && st != statusConfirmed {
			p.waiting(fmt.Sprintf("our bond, on pending assertion %x off the tip", latest))
			return nil
		}
	} else {
		value.Set(p.bond)
	}
	r, err := p.tx.Send(ctx, txmgr.TxCandidate{To: &p.cfg.Rollup, TxData: p.rb.PackAssertState(*next), Value: value})
	if err != nil {
		return fmt.Errorf("proposer: assertState over batches %d–%d: %w", tip.A.BatchEnd, next.BatchEnd, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("proposer: assertState over batches %d–%d reverted (tx %s)", tip.A.BatchEnd, next.BatchEnd, r.TxHash)
	}
	p.m.assertions.Inc()
	if value.Sign() > 0 {
		p.m.bond.Set(1)
	}
	p.log.Info("Asserted", "batches", fmt.Sprintf("%d–%d", tip.A.BatchEnd, next.BatchEnd), "root", common.Hash(next.StateRoot),
		"parent", tip.ID, "bond", value, "tx", r.TxHash, "l1_block", r.BlockNumber, "gas", r.GasUsed)
	return nil
}

// confirm advances a's confirmation (its parent confirmed): the Rollup's confirm once its top
// claim is confirmed, else the claim's confirmByTime once its challenge period has passed
// unrivaled. A rivaled claim is left to the challenger.
func (p *Proposer) confirm(ctx context.Context, head uint64, parent, a *Assertion) (sent bool, err error) {
	rec, err := call(ctx, p.l1, p.cfg.Rollup, p.rb.PackAssertions(a.ID), p.rb.UnpackAssertions)
	if err != nil {
		return false, fmt.Errorf("proposer: assertions(%s): %w", a.ID, err)
	}
	cl, err := call(ctx, p.l1, p.cm, p.cb.PackClaims(rec.Top), p.cb.UnpackClaims)
	if err != nil {
		return false, fmt.Errorf("proposer: claims(%x): %w", rec.Top, err)
	}
	var data []byte
	what := "confirm"
	switch {
	case cl.Status == claimConfirmed:
		data = p.rb.PackConfirm(a.ID)
	case head < a.Block+p.period:
		p.waiting(fmt.Sprintf("assertion %s's challenge period (until L1 block %d)", a.ID, a.Block+p.period))
		return false, nil
	default:
		start := stf.StartHash(parent.A.StateRoot)
		top := bindings.ChallengeManagerClaim{Level: 0, Origin: parent.ID, Pos: 0, Height: p.height0,
			StartCtx: dispute.TopCtx(parent.ID, start), Start: start, End: stf.StartHash(a.A.StateRoot), Commit: a.A.History}
		data, what = p.cb.PackConfirmByTime(top, nil), "confirmByTime"
		// A rivaled claim cannot be confirmed by time: try the call first, send nothing if it fails.
		if _, err := p.l1.CallContract(ctx, ethereum.CallMsg{From: p.tx.From(), To: &p.cm, Data: data}, nil); err != nil {
			p.waiting(fmt.Sprintf("assertion %s: confirmByTime refused (%v): rivaled, the challenger's to settle", a.ID, err))
			return false, nil
		}
	}
	to := p.cfg.Rollup
	if what == "confirmByTime" {
		to = p.cm
	}
	r, err := p.tx.Send(ctx, txmgr.TxCandidate{To: &to, TxData: data})
	if err != nil {
		return true, fmt.Errorf("proposer: %s of %s: %w", what, a.ID, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return true, fmt.Errorf("proposer: %s of %s reverted (tx %s)", what, a.ID, r.TxHash)
	}
	if what == "confirm" {
		p.m.confirmations.Inc()
	}
	p.log.Info("Confirmed", "what", what, "assertion", a.ID, "batches", a.A.BatchEnd, "tx", r.TxHash, "gas", r.GasUsed)
	return true, nil
}

// claimConfirmed is a claim's status once confirmed (ChallengeManager).
const claimConfirmed = 2
