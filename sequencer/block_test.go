package sequencer

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

func hexU(n int) hexutil.Uint64 { return hexutil.Uint64(n) }

func packMLP(p *program.Program) ([]byte, error) {
	return program.Pack(p.InputTensor(), examples.SampleInput())
}

// testutilCount reads a counter of s's registry (with one label value, or none).
func testutilCount(t testing.TB, s *Sequencer, name, label string) float64 {
	t.Helper()
	mfs, err := s.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if label != "" && (len(m.GetLabel()) != 1 || m.GetLabel()[0].GetValue() != label) {
				continue
			}
			switch {
			case m.GetCounter() != nil:
				total += m.GetCounter().GetValue()
			case m.GetGauge() != nil:
				total += m.GetGauge().GetValue()
			case m.GetHistogram() != nil:
				total += float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	return total
}

// checkPendingIsSequenced checks, with the mempool empty, that the pending state (built one
// admitted message at a time) is the state after the blocks (built a block at a time).
func (e *env) checkPendingIsSequenced() {
	e.t.Helper()
	s := e.seq
	s.prodMu.Lock()
	defer s.prodMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := s.pool.len(); n != 0 {
		e.t.Fatalf("%d messages pending", n)
	}
	if p, q := s.pending.Root(), s.seq.Root(); p != q {
		e.t.Fatalf("pending state %s, state after the blocks %s", p, q)
	}
}

// TestNonceSequencing: a sender's consecutive nonces are admitted back to back, before any block;
// a gap is refused and fills in later.
func TestNonceSequencing(t *testing.T) {
	e := newEnv(t, testConfig(), 0, 1_000_000_000)
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.mustSend(e.withdraw(1, 2), 0, nil)
	e.nonces[1]++
	_, err := e.send(e.withdraw(1, 4), 0, nil)
	if code(err) != api.SkipCode(3) || !strings.Contains(err.Error(), "expects nonce 2, the message has nonce 3") {
		t.Fatalf("gap: %v", err)
	}
	e.nonces[1] = 2
	e.mustSend(e.withdraw(1, 3), 0, nil)
	e.mustSend(e.withdraw(1, 4), 0, nil)
	e.produce()
	if b := e.replay(); len(b) != 1 || len(b[0].Hashes) != 4 {
		t.Fatalf("blocks: %+v", b)
	}
}

// TestMempoolLimits: per-account and total limits on messages waiting for a block.
func TestMempoolLimits(t *testing.T) {
	cfg := testConfig()
	cfg.MempoolPerAccount, cfg.MempoolTotal = 3, 5
	e := newEnv(t, cfg, 0, 1e9, 1e9, 1e9)
	for range 3 {
		e.mustSend(e.withdraw(1, 1), 0, nil)
	}
	if _, err := e.send(e.withdraw(1, 1), 0, nil); code(err) != api.CodeMempoolFull || !strings.Contains(err.Error(), "account 1 has 3 messages") {
		t.Fatalf("4th of account 1: %v", err)
	}
	e.nonces[1]--
	e.mustSend(e.withdraw(2, 1), 0, nil)
	e.mustSend(e.withdraw(2, 1), 0, nil)
	if _, err := e.send(e.withdraw(3, 1), 0, nil); code(err) != api.CodeMempoolFull || !strings.Contains(err.Error(), "the mempool is full") {
		t.Fatalf("6th in all: %v", err)
	}
	e.nonces[3]--
	if got := testutilCount(t, e.seq, "crollup_sequencer_mempool_depth", ""); got != 5 {
		t.Fatalf("mempool depth metric %v", got)
	}
	e.produce()
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.mustSend(e.withdraw(3, 1), 0, nil)
	if got := testutilCount(t, e.seq, "crollup_sequencer_admissions_rejected_total", "mempool_full"); got != 2 {
		t.Fatalf("mempool_full rejections: %v", got)
	}
}

// TestBlockLimits: blocks hold at most MaxBlockMessages messages and MaxBlockBytes of payload; a
// full block is produced at once; a message too big for any block is refused.
func TestBlockLimits(t *testing.T) {
	t.Run("messages", func(t *testing.T) {
		cfg := testConfig()
		cfg.MaxBlockMessages = 3
		e := newEnv(t, cfg, 0, 1e9)
		for range 7 {
			e.mustSend(e.withdraw(1, 1), 0, nil)
		}
		e.waitBlocks(1) // two full blocks, without waiting for the block time
		e.produce()
		var sizes []int
		for _, b := range e.replay() {
			sizes = append(sizes, len(b.Hashes))
		}
		if fmt.Sprint(sizes) != "[3 3 1]" {
			t.Fatalf("block sizes %v", sizes)
		}
		e.checkPendingIsSequenced()
	})
	t.Run("bytes", func(t *testing.T) {
		cfg := testConfig()
		cfg.MaxBlockBytes = 4096
		e := newEnv(t, cfg, 0, 1e9)
		for range 14 {
			e.mustSend(e.withdraw(1, 1), 0, nil)
		}
		big := make([]byte, 4096)
		j, _ := e.users[1].Job(common.Hash{1}, 1, big, nil, e.nonces[1])
		if _, err := e.send(j, 0, big); code(err) != api.CodeTooLarge || !strings.Contains(err.Error(), "at most 4096") {
			t.Fatalf("a message larger than a block: %v", err)
		}
		e.produce()
		n := 0
		blocks := e.replay()
		for _, b := range blocks {
			if len(b.Payload) > 4096 || len(b.Hashes) < 2 {
				t.Fatalf("block %d: %d messages, %d bytes", b.Number, len(b.Hashes), len(b.Payload))
			}
			n += len(b.Hashes)
		}
		if n != 14 || len(blocks) < 2 {
			t.Fatalf("%d messages in %d blocks", n, len(blocks))
		}
	})
	t.Run("block time", func(t *testing.T) {
		cfg := testConfig()
		cfg.BlockTime = 50 * time.Millisecond
		e := newEnv(t, cfg, 0, 1e9)
		h := e.mustSend(e.withdraw(1, 1), 0, nil)
		e.waitBlocks(0)
		if j, err := e.c.GetJob(context.Background(), h); err != nil || j.Status != api.StatusSequenced {
			t.Fatalf("after a block time: %+v %v", j, err)
		}
	})
}

// TestFeeRecipientSpendsFeesOfItsBlock: the fee recipient spends fees that another message paid
// just before. Admitted one at a time that works, but a block pays its fees at its end, so the
// block is cut before the spending message, which opens the next block.
func TestFeeRecipientSpendsFeesOfItsBlock(t *testing.T) {
	e := newEnv(t, testConfig(), 0, 1e9)
	a := e.mustSend(e.withdraw(1, 7), 0, nil)
	b := e.mustSend(e.withdraw(0, 0), 0, nil) // the fee: exactly what the first message paid
	e.produce()
	blocks := e.replay()
	if len(blocks) != 2 || blocks[0].Hashes[0] != a || blocks[1].Hashes[0] != b {
		t.Fatalf("blocks %+v", blocks)
	}
	e.checkPendingIsSequenced()
}

// TestRestart closes and reopens the data dir: blocks and pending messages survive, the pending
// state is the same, numbering and admission continue, nothing is lost or duplicated.
func TestRestart(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	cfg.DataDir = t.TempDir()
	cfg.MaxBlockMessages = 4
	e := newEnv(t, cfg, 0, 1e12, 1e12)
	p, prog, input := e.mlp(1) // four chunks: a full block
	e.waitBlocks(0)
	var sent []common.Hash
	sent = append(sent, e.mustSend(e.job(1, p, input), prog, input), e.mustSend(e.job(2, p, input), prog, input))
	resend := e.withdraw(2, 5)
	sent = append(sent, e.mustSend(resend, 0, nil))
	before := map[common.Hash]*api.Job{}
	for _, h := range sent {
		j, err := e.c.GetJob(ctx, h)
		if err != nil || j.Status != api.StatusPending {
			t.Fatalf("%s: %+v %v", h, j, err)
		}
		before[h] = j
	}
	acc1, _ := e.c.GetAccount(ctx, e.users[2].Address())
	e.seq.mu.Lock()
	root := e.seq.pending.Root()
	e.seq.mu.Unlock()
	e.stop()

	// Another chain's settings do not open this data dir.
	other, _ := genesis.New(genesis.Config{ChainID: 7, Inbox: common.HexToAddress(testInbox)})
	if _, err := New(cfg, testLogger(t), other); err == nil || !strings.Contains(err.Error(), "another chain") {
		t.Fatalf("opened with another chain: %v", err)
	}

	e.start()
	if n, err := e.c.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("head after restart: %d %v", n, err)
	}
	for _, h := range sent {
		j, err := e.c.GetJob(ctx, h)
		if err != nil || fmt.Sprint(j) != fmt.Sprint(before[h]) {
			t.Fatalf("%s after restart: %+v %v, before %+v", h, j, err, before[h])
		}
	}
	if acc2, _ := e.c.GetAccount(ctx, e.users[2].Address()); fmt.Sprint(acc2) != fmt.Sprint(acc1) {
		t.Fatalf("account after restart %+v, before %+v", acc2, acc1)
	}
	e.seq.mu.Lock()
	if r := e.seq.pending.Root(); r != root {
		t.Fatalf("pending state after restart %s, before %s", r, root)
	}
	e.seq.mu.Unlock()
	// A resend of a message pending across the restart is a duplicate.
	if _, err := e.send(resend, 0, nil); code(err) != api.SkipCode(3) || !strings.Contains(err.Error(), "already admitted") {
		t.Fatalf("resend: %v", err)
	}
	sent = append(sent, e.mustSend(e.withdraw(1, 9), 0, nil)) // the fourth: a full block
	e.waitBlocks(1)
	blocks := e.replay()
	seen := map[common.Hash]int{}
	for _, b := range blocks {
		for _, h := range b.Hashes {
			seen[h]++
		}
	}
	if len(blocks) != 2 || len(blocks[1].Hashes) != 4 || len(seen) != 8 {
		t.Fatalf("%d blocks, %d distinct messages", len(blocks), len(seen))
	}
	for _, h := range sent {
		if seen[h] != 1 {
			t.Fatalf("message %s is in %d blocks", h, seen[h])
		}
	}
	if _, err := e.send(resend, 0, nil); code(err) != api.SkipCode(3) || !strings.Contains(err.Error(), "already sequenced (block 1, index 2)") {
		t.Fatalf("resend of a sequenced message: %v", err)
	}
	if _, err := e.send(e.job(1, p, input), prog, input); err != nil {
		t.Fatal(err)
	}
	e.stop()
	e.start()
	e.produce()
	if blocks := e.replay(); len(blocks) != 3 || len(blocks[2].Hashes) != 1 {
		t.Fatalf("after the second restart: %d blocks", len(blocks))
	}
	e.checkPendingIsSequenced()
}

// TestConcurrentSenders: many clients at once, each with its own account and one more pair
// racing the same message; every admitted message lands in a block once, in nonce order.
func TestConcurrentSenders(t *testing.T) {
	const users, each = 8, 30
	cfg := testConfig()
	cfg.BlockTime = 20 * time.Millisecond
	cfg.MaxBlockMessages = 50
	balances := make([]uint64, users+1)
	for i := range balances {
		balances[i] = 1e12
	}
	e := newEnv(t, cfg, balances...)
	msgs := make([][]*clientMsg, users+1)
	for u := 1; u <= users; u++ {
		for range each {
			msgs[u] = append(msgs[u], &clientMsg{s: e.withdraw(u, uint64(u))}) // distinct hashes
		}
	}
	dup := e.withdraw(0, 1000)
	var wg sync.WaitGroup
	errs := make(chan error, users+2)
	for u := 1; u <= users; u++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := client.Dial(context.Background(), e.seq.RPCEndpoint())
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			for _, m := range msgs[u] {
				if m.h, err = c.Send(context.Background(), m.s, 0, nil); err != nil {
					errs <- fmt.Errorf("user %d: %w", u, err)
					return
				}
			}
		}()
	}
	var dupOK sync.Map
	for r := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if h, err := e.c.Send(context.Background(), dup, 0, nil); err == nil {
				dupOK.Store(r, h)
			} else if code(err) != api.SkipCode(3) {
				errs <- fmt.Errorf("duplicate: %w", err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	n := 0
	dupOK.Range(func(any, any) bool { n++; return true })
	if n != 1 {
		t.Fatalf("the raced message was admitted %d times", n)
	}
	deadline := time.Now().Add(20 * time.Second)
	for e.seq.mempoolDepth() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	blocks := e.replay()
	pos := map[common.Hash]int{}
	i := 0
	for _, b := range blocks {
		for _, h := range b.Hashes {
			if _, ok := pos[h]; ok {
				t.Fatalf("message %s twice", h)
			}
			pos[h] = i
			i++
		}
	}
	if i != users*each+1 {
		t.Fatalf("%d messages in %d blocks, want %d", i, len(blocks), users*each+1)
	}
	for u := 1; u <= users; u++ {
		for k := 1; k < each; k++ {
			if pos[msgs[u][k].h] <= pos[msgs[u][k-1].h] {
				t.Fatalf("user %d: nonce %d before nonce %d", u, k, k-1)
			}
		}
	}
	e.checkPendingIsSequenced()
	if got := testutilCount(t, e.seq, "crollup_sequencer_blocks_total", ""); got != float64(len(blocks)) {
		t.Fatalf("blocks metric %v, %d blocks", got, len(blocks))
	}
	if got := testutilCount(t, e.seq, "crollup_sequencer_messages_admitted_total", "Withdraw"); got != float64(users*each+1) {
		t.Fatalf("admitted metric %v", got)
	}
}

type clientMsg struct {
	s *msg.Signed
	h common.Hash
}

// TestServiceLifecycle: Stop without Start, Start after Stop, the health endpoint, eth_chainId
// and the metrics server.
func TestServiceLifecycle(t *testing.T) {
	_, gen := testChain(t, 0)
	s, err := New(testConfig(), testLogger(t), gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil || !s.Stopped() {
		t.Fatalf("stop before start: %v", err)
	}
	if err := s.Start(context.Background()); err != ErrStopped {
		t.Fatalf("start after stop: %v", err)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cfg := testConfig()
	cfg.MetricsPort = port
	s, err = New(cfg, testLogger(t), gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	res, err := http.Get(s.RPCEndpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"version":"`+api.Version()+`"`) {
		t.Fatalf("healthz: %d %s", res.StatusCode, body)
	}
	c, err := rpc.Dial(s.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var id hexutil.Uint64
	if err := c.Call(&id, "eth_chainId"); err != nil || id != 42069 {
		t.Fatalf("eth_chainId: %v %v", id, err)
	}
	for _, m := range []string{api.MethodGetJobResult, api.MethodGetStateRoot} {
		if err := c.Call(nil, m, "0x0"); err == nil || !strings.Contains(err.Error(), "does not exist") {
			t.Fatalf("%s is the executor's: %v", m, err)
		}
	}
	res, err = http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", port))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "crollup_sequencer_mempool_depth") {
		t.Fatalf("metrics lack the mempool depth:\n%.500s", body)
	}
}

// TestSameMessageTwoSenders: two accounts' identical messages (same fields, same nonce) share
// an EIP-712 digest but not a hash (the hash covers the account and the signature): both are
// admitted, each is found by its own hash, and a resend of either is refused by its nonce.
func TestSameMessageTwoSenders(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, testConfig(), 0, 1e9, 1e9)
	w1, w2 := e.withdraw(1, 1), e.withdraw(2, 1)
	if d1, d2 := w1.Message.Digest(e.keys.Cfg.Domain), w2.Message.Digest(e.keys.Cfg.Domain); d1 != d2 {
		t.Fatalf("digests %s and %s: the test needs identical messages", d1, d2)
	}
	h1 := e.mustSend(w1, 0, nil)
	h2 := e.mustSend(w2, 0, nil)
	if h1 == h2 {
		t.Fatalf("two senders' messages share the hash %s", h1)
	}
	if _, err := e.send(w2, 0, nil); code(err) != api.SkipCode(3) {
		t.Fatalf("resend: %v", err)
	}
	raw, err := rpc.Dial(e.seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	check := func(h common.Hash, want api.Status, wantAccount hexutil.Uint64, wantIndex int) {
		t.Helper()
		var j api.Job
		if err := raw.CallContext(ctx, &j, api.MethodGetJob, h); err != nil {
			t.Fatal(err)
		}
		if j.Status != want || j.Account != wantAccount || (want == api.StatusSequenced && *j.Index != hexU(wantIndex)) {
			t.Fatalf("getJob(%s): %+v", h, j)
		}
	}
	check(h1, api.StatusPending, 1, 0)
	check(h2, api.StatusPending, 2, 0)
	e.produce()
	check(h1, api.StatusSequenced, 1, 0)
	check(h2, api.StatusSequenced, 2, 1)
	if _, err := e.send(w1, 0, nil); code(err) != api.SkipCode(3) {
		t.Fatalf("resend after the block: %v", err)
	}
	e.replay()
}

// TestWriteFailure: after a database write fails the sequencer refuses messages, produces no
// block and reports itself unhealthy, until a restart rebuilds it from what reached the disk.
func TestWriteFailure(t *testing.T) {
	e := newEnv(t, testConfig(), 0, 1e9)
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.seq.fail(fmt.Errorf("disk on fire"))
	if _, err := e.send(e.withdraw(1, 1), 0, nil); code(err) != codeUnavailable || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("send after a failed write: %v", err)
	}
	if more, err := e.seq.produce(context.Background()); more || err != nil || e.seq.durablePending() != 1 {
		t.Fatalf("produce after a failed write: %v %v", more, err)
	}
	res, err := http.Get(e.seq.RPCEndpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("healthz after a failed write: %d", res.StatusCode)
	}
}
