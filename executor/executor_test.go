package executor

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
)

func startExecutor(t testing.TB, f *fixture, cfg Config, src BlockSource) *Executor {
	t.Helper()
	e, err := New(cfg, quietLog(), f.gen, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Stop(context.Background()) })
	return e
}

func rpcCode(err error) int {
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode()
	}
	return 0
}

// TestFollowAndServe follows an in-memory source and checks everything the RPC API serves:
// the head, every block's state root (against a sequential run), every job's result (it
// verifies; a flipped output or proof byte does not), and messages by hash.
func TestFollowAndServe(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 21)
	want, _ := f.reference(t, blocks)
	e := startExecutor(t, f, testConfig(""), source(t, blocks))
	last := uint64(len(blocks) - 1)
	waitHead(t, e, last)

	ctx := context.Background()
	c, err := rpc.DialContext(ctx, e.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, api.MethodBlockNumber); err != nil || uint64(head) != last {
		t.Fatalf("blockNumber %d (%v), want %d", head, err, last)
	}
	var chainID hexutil.Uint64
	if err := c.CallContext(ctx, &chainID, api.MethodChainID); err != nil || uint64(chainID) != f.cc.ChainID {
		t.Fatalf("chain id %d (%v)", chainID, err)
	}
	for n := range blocks {
		var sr api.StateRoot
		if err := c.CallContext(ctx, &sr, api.MethodGetStateRoot, hexutil.Uint64(n)); err != nil {
			t.Fatal(err)
		}
		if uint64(sr.Block) != uint64(n) || sr.StateRoot != want[n] {
			t.Fatalf("block %d: state root %v, sequential run %v", n, sr.StateRoot, want[n])
		}
	}
	var sr api.StateRoot
	if err := c.CallContext(ctx, &sr, api.MethodGetStateRoot, hexutil.Uint64(last+1)); rpcCode(err) != api.CodeNotExecuted {
		t.Fatalf("state root of a future block: %v", err)
	}

	// Job results, through the Go client (which verifies them).
	cl, err := client.Dial(ctx, e.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	e.mu.Lock()
	g, err := stf.ReadGlobals(e.view)
	e.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[string]int{}
	var sample *api.JobResult
	for j := range g.Jobs {
		r, err := cl.GetJobResult(ctx, j)
		if err != nil {
			t.Fatalf("job %d: %v", j, err)
		}
		if err := VerifyJobResult(r); err != nil {
			t.Fatal(err)
		}
		if r.StateRoot != want[last] || uint64(r.Block) != last {
			t.Fatalf("job %d: proof against block %d root %v", j, r.Block, r.StateRoot)
		}
		statuses[r.Status]++
		if j == 0 {
			sample = r
		}
	}
	if statuses["halted"] == 0 || statuses["faulted"] == 0 {
		t.Fatalf("statuses %v", statuses)
	}
	if _, err := cl.GetJobResult(ctx, g.Jobs); !isCode(err, api.CodeNotExecuted) {
		t.Fatalf("a job not yet executed: %v", err)
	}
	if len(sample.Output) == 0 {
		t.Fatal("job 0 has no output")
	}
	for name, mod := range map[string]func(r *api.JobResult){
		"output byte": func(r *api.JobResult) { r.Output = bytes.Clone(r.Output); r.Output[0] ^= 1 },
		"proof byte":  func(r *api.JobResult) { r.Proof = append(r.Proof[:0:0], r.Proof...); r.Proof[20][31] ^= 1 },
		"state root":  func(r *api.JobResult) { r.StateRoot = want[0] },
	} {
		bad := *sample
		mod(&bad)
		if err := VerifyJobResult(&bad); !errors.Is(err, client.ErrBadResult) {
			t.Errorf("%s flipped: %v", name, err)
		}
	}

	// Messages by hash: block 2's first message is an applied job, its third a job skipped
	// for its fee.
	b2, _ := batch.Decode(mustBlock(t, blocks, 2).Payload)
	for i, wantSkip := range map[int]layout.Skip{0: layout.Applied, 2: layout.SkipFee} {
		m := b2.Msgs[i]
		h := m.Hash()
		got, err := cl.GetJob(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash != h || got.Status != api.StatusExecuted || got.Block == nil || *got.Block != 2 || got.Index == nil ||
			*got.Index != hexutil.Uint64(i) || got.Receipt == nil || got.Receipt.Skip != wantSkip.String() ||
			got.StateRoot == nil || *got.StateRoot != want[2] || got.Kind != msg.KindJob || (got.JobIndex != nil) != (wantSkip == layout.Applied) {
			t.Fatalf("message %d of block 2: %+v", i, got)
		}
	}
	if _, err := cl.GetJob(ctx, common.Hash{1}); !isCode(err, api.CodeUnknown) {
		t.Fatalf("unknown hash: %v", err)
	}

	// Health and metrics.
	resp, err := http.Get(e.RPCEndpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d %s", resp.StatusCode, body)
	}
	mf, err := e.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]float64{}
	for _, m := range mf {
		for _, x := range m.Metric {
			switch {
			case x.Counter != nil:
				seen[m.GetName()] += x.Counter.GetValue()
			case x.Gauge != nil:
				seen[m.GetName()] = x.Gauge.GetValue()
			case x.Histogram != nil:
				seen[m.GetName()] += float64(x.Histogram.GetSampleCount())
			}
		}
	}
	for name, v := range map[string]float64{"crollup_executor_blocks_applied_total": float64(len(blocks)),
		"crollup_executor_head_block": float64(last), "crollup_executor_jobs_executed_total": float64(g.Jobs),
		"crollup_executor_job_latency_seconds": float64(g.Jobs)} {
		if seen[name] != v {
			t.Errorf("metric %s = %v, want %v", name, seen[name], v)
		}
	}
	if seen["crollup_executor_backend_busy_seconds_total"] <= 0 || seen["crollup_executor_jobs_parallel_total"] <= 0 {
		t.Errorf("metrics %v", seen)
	}
}

func isCode(err error, code int) bool {
	var ce *client.Error
	return errors.As(err, &ce) && ce.Code == code
}

func mustBlock(t *testing.T, blocks [][]batch.Message, n int) *api.Block {
	b, err := NewBlock(uint64(n), uint64(n), 0, blocks[n], nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRestart stops an executor in the middle of the chain and starts another on its data dir:
// it continues at the next block and reaches the roots of an uninterrupted run, and what the
// first one executed is still served.
func TestRestart(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 14)
	want, _ := f.reference(t, blocks)
	dir := t.TempDir()
	const cut = 3

	e1, err := New(testConfig(dir), quietLog(), f.gen, source(t, blocks[:cut]))
	if err != nil {
		t.Fatal(err)
	}
	if err := e1.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitHead(t, e1, cut-1)
	if err := e1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	e2 := startExecutor(t, f, testConfig(dir), source(t, blocks))
	if h, root, ok := e2.Head(); !ok || h != cut-1 || root != want[cut-1] {
		t.Fatalf("reopened at head %d root %v (%v), want %d %v", h, root, ok, cut-1, want[cut-1])
	}
	waitHead(t, e2, uint64(len(blocks)-1))
	for n := range blocks {
		sr, err := e2.StateRoot(uint64(n))
		if err != nil || sr.StateRoot != want[n] {
			t.Fatalf("block %d: %v (%v), want %v", n, sr, err, want[n])
		}
	}
	m := blocks[1][0] // an upload of the CNN, applied in block 1
	j, err := e2.Job(m.Hash())
	if err != nil || *j.Block != 1 || j.Receipt.Skip != "applied" {
		t.Fatalf("message of block 1 after restart: %+v, %v", j, err)
	}
	r, err := e2.JobResult(0)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyJobResult(r); err != nil {
		t.Fatal(err)
	}

	// Between a block's write and its publication as the head, its statuses are in the
	// database but JobResult still reads the previous head: Job must not report them yet.
	head, root, _ := e2.Head()
	e2.publish(true, 0, want[0])
	var notYet *Error
	if _, err := e2.Job(m.Hash()); !errors.As(err, &notYet) || notYet.Code != api.CodeNotExecuted {
		t.Fatalf("message of block 1 with the head at block 0: %v, want code %d", err, api.CodeNotExecuted)
	}
	e2.publish(true, head, root)
	if _, err := e2.Job(m.Hash()); err != nil {
		t.Fatalf("message of block 1 with the head back at block %d: %v", head, err)
	}
}

// TestRefuseCorruptState checks that a data dir whose pages do not hash to its head root, or
// that belongs to another chain, is refused with a clear error.
func TestRefuseCorruptState(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 7)[:2]
	dir := t.TempDir()
	e, err := New(testConfig(dir), quietLog(), f.gen, source(t, blocks))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range source(t, blocks).blocks {
		if err := e.ApplyBlock(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	// Another chain's settings.
	other := f.cc
	other.ChainID++
	g2, err := genesis.New(other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(testConfig(dir), quietLog(), g2, &MemorySource{}); err == nil || !strings.Contains(err.Error(), "belongs to the chain") {
		t.Fatalf("another chain: %v", err)
	}

	// A flipped byte in a page.
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := key64(prefixPage, layout.ProgramsBase)
	v, closer, err := db.Get(k)
	if err != nil {
		t.Fatal(err)
	}
	page := bytes.Clone(v)
	closer.Close()
	page[40] ^= 1
	if err := db.Set(k, page, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := New(testConfig(dir), quietLog(), f.gen, &MemorySource{}); err == nil || !strings.Contains(err.Error(), "corrupt") ||
		!strings.Contains(err.Error(), "head block 1") {
		t.Fatalf("corrupt page: %v", err)
	}
}

// TestAbandonedBlock interrupts a block in the middle of its jobs: nothing of it is kept, and
// applying it again gives the root of an uninterrupted run.
func TestAbandonedBlock(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 14)[:3]
	want, _ := f.reference(t, blocks)
	e, err := New(testConfig(""), quietLog(), f.gen, &MemorySource{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Stop(context.Background())
	src := source(t, blocks)
	for n := range 2 {
		if err := e.ApplyBlock(context.Background(), src.blocks[n]); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := e.ApplyBlock(ctx, src.blocks[2]); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled block: %v", err)
	}
	if h, root, _ := e.Head(); h != 1 || root != want[1] || e.state.Root() != want[1] {
		t.Fatalf("after an abandoned block: head %d root %v", h, root)
	}
	if err := e.ApplyBlock(context.Background(), src.blocks[2]); err != nil {
		t.Fatal(err)
	}
	if _, root, _ := e.Head(); root != want[2] {
		t.Fatalf("block 2 root %v, want %v", root, want[2])
	}
	if err := e.ApplyBlock(context.Background(), src.blocks[1]); err == nil {
		t.Fatal("applied block 1 twice")
	}
}

// fakeSequencer serves compute_blockNumber and compute_getBlock from a MemorySource, as the
// sequencer does.
type fakeSequencer struct{ src *MemorySource }

func (s *fakeSequencer) BlockNumber(ctx context.Context) (hexutil.Uint64, error) {
	n, err := s.src.BlockNumber(ctx)
	if err != nil {
		return 0, &Error{Code: api.CodeUnknown, Message: "no block"}
	}
	return hexutil.Uint64(n), nil
}

func (s *fakeSequencer) GetBlock(ctx context.Context, n hexutil.Uint64) (*api.Block, error) {
	b, err := s.src.Block(ctx, uint64(n))
	if err != nil {
		return nil, &Error{Code: api.CodeUnknown, Message: err.Error()}
	}
	return b, nil
}

// TestFollowRPC follows a sequencer over JSON-RPC (New dials Config.Sequencer), including
// blocks that appear while it runs.
func TestFollowRPC(t *testing.T) {
	f := newFixture(t, 5)
	blocks := f.workload(t, 7)
	want, _ := f.reference(t, blocks)
	feed := &MemorySource{}
	srv := rpc.NewServer()
	if err := srv.RegisterName(api.Namespace, &fakeSequencer{src: feed}); err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv}
	ln := listen(t)
	go hs.Serve(ln)
	defer hs.Close()

	cfg := testConfig("")
	cfg.Sequencer = "http://" + ln.Addr().String()
	e := startExecutor(t, f, cfg, nil)
	time.Sleep(20 * time.Millisecond) // a few polls of an empty sequencer
	if _, _, ok := e.Head(); ok {
		t.Fatal("a head without blocks")
	}
	all := source(t, blocks)
	for n := range blocks {
		feed.Append(all.blocks[n])
		if n%2 == 1 || n == len(blocks)-1 {
			waitHead(t, e, uint64(n))
		}
	}
	if _, root, _ := e.Head(); root != want[len(blocks)-1] {
		t.Fatalf("root %v, want %v", root, want[len(blocks)-1])
	}
}

func listen(t *testing.T) net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}
