package batcher_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet/l1dev"
)

// chain is an on-demand L1 mined every 200 ms unless paused, with the contracts deployed.
type chain struct {
	l1     *l1dev.L1
	client *ethclient.Client
	addrs  *deploy.Addresses
	pause  sync.Mutex // held: no mining
	stop   chan struct{}
	wg     sync.WaitGroup
}

func startChain(t *testing.T, ctx context.Context) *chain {
	t.Helper()
	l1, err := l1dev.New(l1dev.Config{FinalityDepth: 16})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	c := &chain{l1: l1, stop: make(chan struct{})}
	t.Cleanup(func() {
		close(c.stop)
		c.wg.Wait()
		if c.client != nil {
			c.client.Close()
		}
		_ = l1.Stop(context.Background())
	})
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		for {
			select {
			case <-c.stop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			c.pause.Lock()
			_, _ = l1.Mine(ctx)
			c.pause.Unlock()
		}
	}()
	if c.client, err = ethclient.DialContext(ctx, l1.HTTPEndpoint()); err != nil {
		t.Fatal(err)
	}
	keys := l1dev.DevKeys(2)
	if c.addrs, err = deploy.Deploy(ctx, c.client, bind.NewKeyedTransactor(keys[0], l1.ChainID()),
		deploy.Config{Batcher: crypto.PubkeyToAddress(keys[1].PublicKey), ForceInclusionDelay: 3600, ChainID: 1, GenesisRoot: common.Hash{1}}); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *chain) batchCount(ctx context.Context) (uint64, error) {
	in := bindings.NewInbox()
	return bind.Call(in.Instance(c.client, c.addrs.Inbox), &bind.CallOpts{Context: ctx}, in.PackBatchCount(), in.UnpackBatchCount)
}

func quiet() log.Logger { return log.NewLogger(log.DiscardHandler()) }

func newBatcher(t *testing.T, ctx context.Context, c *chain, key int, src batcher.Source) (*batcher.Batcher, error) {
	return newBatcherPending(t, ctx, c, key, src, 1)
}

func newBatcherPending(_ *testing.T, ctx context.Context, c *chain, key int, src batcher.Source, maxPending int) (*batcher.Batcher, error) {
	cfg := batcher.DefaultConfig()
	cfg.Inbox, cfg.PollInterval, cfg.MaxPending = c.addrs.Inbox, 100*time.Millisecond, maxPending
	cfg.TxMgr.L1RPC, cfg.TxMgr.Key, cfg.TxMgr.ReceiptPoll = c.l1.HTTPEndpoint(), l1dev.DevKeys(key + 1)[key], 100*time.Millisecond
	return batcher.New(ctx, cfg, quiet(), src, c.client)
}

func waitCount(t *testing.T, ctx context.Context, c *chain, want uint64) {
	t.Helper()
	for {
		n, err := c.batchCount(ctx)
		if err == nil && n == want {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("Inbox batch count %d (%v), want %d", n, err, want)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestRepostAfterReorg posts two batches, then an L1 reorg drops the block holding batch 1 and
// a conflicting transaction takes its nonce, so it cannot come back: the batcher must see the
// Inbox's count fall back and post batch 1 again, then go on with batch 2.
func TestRepostAfterReorg(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startChain(t, ctx)
	src := &batcher.FakeSequencer{}
	src.Seal(2)
	b, err := newBatcher(t, ctx, c, 1, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer b.Stop(context.Background())
	waitCount(t, ctx, c, 2)
	for len(b.Posted()) < 2 && ctx.Err() == nil {
		time.Sleep(50 * time.Millisecond) // Send returns once batch 1 has its confirmation
	}
	posted := b.Posted()
	if len(posted) != 2 || posted[0].Number != 0 || posted[1].Number != 1 {
		t.Fatalf("posted %+v", posted)
	}
	c.pause.Lock()
	tx, _, err := c.client.TransactionByHash(ctx, posted[1].Tx)
	if err != nil {
		c.pause.Unlock()
		t.Fatal(err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		c.pause.Unlock()
		t.Fatal(err)
	}
	key := l1dev.DevKeys(2)[1]
	self := crypto.PubkeyToAddress(key.PublicKey)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei))
	conflict, err := types.SignNewTx(key, types.LatestSignerForChainID(c.l1.ChainID()), &types.DynamicFeeTx{ChainID: c.l1.ChainID(),
		Nonce: tx.Nonce(), GasTipCap: big.NewInt(params.GWei), GasFeeCap: fee, Gas: 21_000, To: &self, Value: big.NewInt(0)})
	if err != nil {
		c.pause.Unlock()
		t.Fatal(err)
	}
	_, err = c.l1.Reorg(ctx, head.Number.Uint64()-posted[1].L1Block+1, []*types.Transaction{conflict})
	c.pause.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if n, err := c.batchCount(ctx); err != nil || n != 1 {
		t.Fatalf("after the reorg the Inbox holds %d batches (%v), want 1", n, err)
	}
	src.Seal(3)
	waitCount(t, ctx, c, 3)
	var ones int
	for _, p := range b.Posted() {
		if p.Number == 1 {
			ones++
		}
	}
	if ones != 2 {
		t.Fatalf("batch 1 posted %d times, want 2 (once dropped by the reorg): %+v", ones, b.Posted())
	}
	if _, err := c.client.TransactionReceipt(ctx, posted[1].Tx); err == nil {
		t.Fatal("the dropped batch transaction still has a receipt")
	}
}

// TestWrongKey: a batcher whose key is not the Inbox's batcher is refused at New, naming both.
func TestWrongKey(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startChain(t, ctx)
	_, err := newBatcher(t, ctx, c, 3, &batcher.FakeSequencer{})
	want := fmt.Sprintf("accepts batches from %s only", crypto.PubkeyToAddress(l1dev.DevKeys(2)[1].PublicKey))
	if err == nil || !containsStr(err.Error(), want) {
		t.Fatalf("New with another key: %v, want an error containing %q", err, want)
	}
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestPipelined posts with three transactions in flight: every batch lands once, in order, and
// a restarted batcher (a new process) resumes at the Inbox's count without reposting.
func TestPipelined(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startChain(t, ctx)
	src := &batcher.FakeSequencer{}
	src.Seal(7)
	b, err := newBatcherPending(t, ctx, c, 1, src, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitCount(t, ctx, c, 7)
	for len(b.Posted()) < 7 && ctx.Err() == nil {
		time.Sleep(50 * time.Millisecond)
	}
	if err := b.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	blocks := map[uint64]bool{}
	for i, p := range b.Posted() {
		if p.Number != uint64(i) {
			t.Fatalf("posted %d-th: batch %d (%+v)", i, p.Number, b.Posted())
		}
		blocks[p.L1Block] = true
	}
	t.Logf("7 batches in %d L1 blocks", len(blocks))
	b2, err := newBatcherPending(t, ctx, c, 1, src, 3)
	if err != nil {
		t.Fatal(err)
	}
	src.Seal(8)
	if err := b2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer b2.Stop(context.Background())
	waitCount(t, ctx, c, 8)
	for len(b2.Posted()) < 1 && ctx.Err() == nil {
		time.Sleep(50 * time.Millisecond)
	}
	if p := b2.Posted(); len(p) != 1 || p[0].Number != 7 {
		t.Fatalf("the restarted batcher posted %+v, want batch 7 only", p)
	}
}

// TestMetricsDocumented: the registry of a batcher built by New holds every metric
// docs/batcher.md lists, the transaction manager's (crollup_batcher_txmgr_*) included.
func TestMetricsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/batcher.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(doc), "\n## Metrics\n")
	if !ok {
		t.Fatal("docs/batcher.md has no Metrics section")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	var names []string
	for _, m := range regexp.MustCompile("`(crollup_batcher_[a-z0-9_]+\\*?)`").FindAllStringSubmatch(sec, -1) {
		names = append(names, m[1])
	}
	if len(names) < 10 {
		t.Fatalf("docs/batcher.md lists %d metrics: %v", len(names), names)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startChain(t, ctx)
	b, err := newBatcher(t, ctx, c, 1, &batcher.FakeSequencer{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Stop(context.Background())
	fams, err := b.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fams {
		got = append(got, f.GetName())
	}
	for _, name := range names {
		prefix, wild := strings.CutSuffix(name, "*")
		if !slices.ContainsFunc(got, func(n string) bool { return n == name || wild && strings.HasPrefix(n, prefix) }) {
			t.Errorf("docs/batcher.md lists %s; the registry has no such metric", name)
		}
	}
}
