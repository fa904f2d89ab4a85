package sequencer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// batchAnswer is one answer of a batch, as compared between the two paths.
type batchAnswer struct {
	ID     json.RawMessage  `json:"id"`
	Result *api.SendResult  `json:"result"`
	Error  *json.RawMessage `json:"error"`
}

// sendCallJSON is a send call of s (or of raw params, when s is nil) with id.
func sendCallJSON(t *testing.T, id string, method string, s *msg.Signed, prog uint32, data []byte, raw string) string {
	t.Helper()
	p := raw
	if s != nil {
		b, err := json.Marshal(api.Send{Message: s, Program: 0, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		p = string(b)
	}
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"method":%q,"params":[%s]}`, id, method, p)
}

// TestBatchSendAsCallByCall: a JSON-RPC batch of send calls, answered by the sequencer's batch
// path (one lock, one fsync), gets exactly the answers go-ethereum's server gives when it runs
// the same calls one after the other (the same batch behind a call of another method, which
// sends it down that path): results, codes, messages and data, in order, with the ids echoed;
// and it leaves the same pending state. The batch mixes admissions with refusals before the
// chain's rules (duplicate, bad signature, wrong method, params that do not decode) and a
// refusal by them (a nonce gap) that forces the pending state to be rebuilt mid-batch, with
// admissions after it.
func TestBatchSendAsCallByCall(t *testing.T) {
	cfg := testConfig()
	cfg.DataDir = t.TempDir() // the WAL fsyncs
	fast := newEnv(t, cfg, 1e18, 1e18, 1e18)
	cfg.DataDir = t.TempDir()
	slow := newEnv(t, cfg, 1e18, 1e18, 1e18)

	w0, w1 := fast.withdraw(1, 1), fast.withdraw(1, 1)
	fast.nonces[1] = 10
	gap := fast.withdraw(1, 1) // nonce 10: the chain skips it
	fast.nonces[1] = 2
	w2 := fast.withdraw(1, 1)
	badSig := fast.withdraw(2, 1)
	badSig.Signature[5] ^= 1
	fast.nonces[2] = 0
	x0 := fast.withdraw(2, 1)
	x1 := fast.withdraw(2, 1)
	calls := []string{
		sendCallJSON(t, "1", api.MethodSendWithdraw, w0, 0, nil, ""),
		sendCallJSON(t, `"two"`, api.MethodSendWithdraw, w1, 0, nil, ""),
		sendCallJSON(t, "3", api.MethodSendWithdraw, w0, 0, nil, ""), // duplicate
		sendCallJSON(t, "4", api.MethodSendWithdraw, gap, 0, nil, ""),
		sendCallJSON(t, "5", api.MethodSendWithdraw, w2, 0, nil, ""),
		sendCallJSON(t, "6", api.MethodSendWithdraw, badSig, 0, nil, ""),
		sendCallJSON(t, "7", api.MethodSendJob, x0, 0, nil, ""), // a withdrawal sent as a job
		sendCallJSON(t, "8", api.MethodSendWithdraw, nil, 0, nil, `{"message":5}`),
		sendCallJSON(t, "9", api.MethodSendWithdraw, x0, 0, nil, ""),
		sendCallJSON(t, "10", api.MethodSendWithdraw, x1, 0, nil, ""),
	}
	before := fast.seq.fastSends.Load()
	got := postBatch(t, fast.seq.RPCEndpoint(), calls)
	if fast.seq.fastSends.Load() != before+1 {
		t.Fatal("the batch of send calls did not take the batch path")
	}
	beforeSlow := slow.seq.fastSends.Load()
	want := postBatch(t, slow.seq.RPCEndpoint(), append([]string{rpctest.Call(0, api.MethodChainConfig, "")}, calls...))[1:]
	if slow.seq.fastSends.Load() != beforeSlow {
		t.Fatal("a batch with another method took the batch path")
	}
	if len(got) != len(calls) || len(want) != len(calls) {
		t.Fatalf("%d and %d answers to %d calls", len(got), len(want), len(calls))
	}
	admitted := 0
	for i := range calls {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(want[i])
		if string(g) != string(w) {
			t.Errorf("call %d: batch path answered %s, call by call %s", i, g, w)
		}
		if got[i].Result != nil {
			admitted++
		}
	}
	if admitted != 5 {
		t.Errorf("%d calls admitted, want 5 (w0, w1, w2, x0, x1)", admitted)
	}
	for _, c := range []struct {
		errCode int
		i       int
	}{{4003, 2}, {4003, 3}, {-32602, 6}, {-32602, 7}} {
		var e struct{ Code int }
		if got[c.i].Error == nil || json.Unmarshal(*got[c.i].Error, &e) != nil || e.Code != c.errCode {
			t.Errorf("call %d: answer %+v, want code %d", c.i, got[c.i], c.errCode)
		}
	}
	if got[5].Error == nil {
		t.Error("the bad signature was admitted")
	}
	// The same pending state: nonces, and every admitted message pending under its hash.
	for _, u := range []int{1, 2} {
		a, err := fast.c.GetAccount(context.Background(), fast.users[u].Address())
		b, err2 := slow.c.GetAccount(context.Background(), slow.users[u].Address())
		if err != nil || err2 != nil || a.Nonce != b.Nonce || a.Balance.ToInt().Cmp(b.Balance.ToInt()) != 0 || uint64(a.Nonce) != 3-uint64(u-1) {
			t.Errorf("user %d: %+v %v, call by call %+v %v", u, a, err, b, err2)
		}
	}
	for i, a := range got {
		if a.Result == nil {
			continue
		}
		j, err := fast.c.GetJob(context.Background(), a.Result.Hash)
		if err != nil || j.Status != api.StatusPending {
			t.Errorf("call %d: %+v %v", i, j, err)
		}
	}
	// And they go into blocks, each once.
	fast.produce()
	for i, a := range got {
		if a.Result == nil {
			continue
		}
		if j, err := fast.c.GetJob(context.Background(), a.Result.Hash); err != nil || j.Status != api.StatusSequenced {
			t.Errorf("call %d after a block: %+v %v", i, j, err)
		}
	}
}

// postBatch posts calls as one batch and decodes the answers.
func postBatch(t *testing.T, url string, calls []string) []batchAnswer {
	t.Helper()
	code, out := rpctest.Post(t, url, "["+strings.Join(calls, ",")+"]", false)
	if code != http.StatusOK {
		t.Fatalf("HTTP %d: %.300s", code, out)
	}
	var as []batchAnswer
	if err := json.Unmarshal(out, &as); err != nil {
		t.Fatalf("not a batch answer: %v: %.300s", err, out)
	}
	return as
}

// TestBatchSendLimits: a batch of send calls over rpc-batch-limit runs none of them (go-ethereum's
// answer, batch too large), one whose results could pass rpc-batch-response-bytes is run by
// go-ethereum, which stops after the result that passes it, and anything but a well-formed send
// call is go-ethereum's to answer.
func TestBatchSendLimits(t *testing.T) {
	cfg := testConfig()
	cfg.RPCBatchLimit = 6
	cfg.RPCBatchResponseBytes = 3 * sendResultBytes
	e := newEnv(t, cfg, 1e18, 1e18)
	var calls []string
	for i := range 11 {
		calls = append(calls, sendCallJSON(t, fmt.Sprint(i), api.MethodSendWithdraw, e.withdraw(1, 1), 0, nil, ""))
	}
	before := e.seq.fastSends.Load()
	as := postBatch(t, e.seq.RPCEndpoint(), calls[:7])
	if len(as) != 1 || as[0].Error == nil || !strings.Contains(string(*as[0].Error), "batch too large") {
		t.Fatalf("batch of 7 over a limit of 6: %+v", as)
	}
	// 5 calls: within the call limit, but the results of the first four pass 3 results' bytes:
	// go-ethereum runs them one after the other and refuses the fifth.
	as = postBatch(t, e.seq.RPCEndpoint(), calls[:5])
	if len(as) != 5 || as[3].Result == nil || as[4].Error == nil || !strings.Contains(string(*as[4].Error), "response too large") {
		t.Fatalf("batch of 5 over the response limit: %+v", as)
	}
	if e.seq.fastSends.Load() != before {
		t.Fatal("a batch over a limit took the batch path")
	}
	if a, err := e.c.GetAccount(context.Background(), e.users[1].Address()); err != nil || a.Nonce != 4 {
		t.Fatalf("account after the batches: %+v %v, want nonce 4 (the too large batch ran none)", a, err)
	}
	// Within both limits: the batch path.
	as = postBatch(t, e.seq.RPCEndpoint(), calls[4:8])
	if len(as) != 4 || as[0].Result == nil || as[3].Result == nil || e.seq.fastSends.Load() != before+1 {
		t.Fatalf("batch of 4: %+v", as)
	}
	// Not send calls: go-ethereum's answers.
	for _, body := range []string{`[]`, `[1]`, `{"jsonrpc":"2.0","method":"compute_sendJob","params":[{}]}`,
		`[{"jsonrpc":"1.0","id":1,"method":"compute_sendJob","params":[{}]}]`, `[{"jsonrpc":"2.0","id":1,"method":"compute_sendJob","params":[{},{}]}]`,
		`[{"jsonrpc":"2.0","id":null,"method":"compute_sendJob","params":[{}]}]`, `[{"jsonrpc":"2.0","id":{},"method":"compute_sendJob","params":[{}]}]`} {
		before := e.seq.fastSends.Load()
		code, out := rpctest.Post(t, e.seq.RPCEndpoint(), body, false)
		if e.seq.fastSends.Load() != before {
			t.Errorf("%s took the batch path (HTTP %d %s)", body, code, out)
		}
	}
}

// FuzzSendBatch: whatever the body, parseSends neither panics nor accepts what is not a request
// of send calls within the limits, and its one-pass decoding agrees with the call-by-call one;
// posted to a running sequencer, the body gets a well-formed answer or a 4xx, and the sequencer
// then still admits an honest message.
func FuzzSendBatch(f *testing.F) {
	cfg := testConfig()
	cfg.MempoolPerAccount, cfg.MempoolTotal = 1<<20, 1<<20 // the honest withdrawals pile up
	e := newEnv(f, cfg, 1e18, 1e18, 1e18)
	s := e.withdraw(1, 1)
	b, _ := json.Marshal(api.Send{Message: s})
	one := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":%q,"params":[%s]}`, api.MethodSendWithdraw, b)
	for _, seed := range []string{one, "[" + one + "]", "[" + one + "," + one + "]", `[` + one + `,{"jsonrpc":"2.0","id":2,"method":"compute_chainConfig"}]`,
		`[{"jsonrpc":"2.0","id":"a","method":"compute_sendJob","params":[{"message":null}]}]`, `[]`, `{}`, `[[]]`, "  [" + one + "]  "} {
		f.Add([]byte(seed))
	}
	honest := 0
	f.Fuzz(func(t *testing.T, body []byte) {
		ids, items, batch, ok := parseSends(body, 100, 1<<20)
		if ok {
			if len(items) == 0 || len(items) > 100 || len(ids) != len(items) || !batch && len(items) != 1 {
				t.Fatalf("accepted %d items (batch %v) from %.300q", len(items), batch, body)
			}
			for i, it := range items {
				if _, isSend := sendKind(methodOf(it.kind)); !isSend || len(ids[i]) == 0 {
					t.Fatalf("item %d: kind %v, id %q", i, it.kind, ids[i])
				}
			}
		}
		code, out := rpctest.Post(t, e.seq.RPCEndpoint(), string(body), false)
		if code >= 500 {
			t.Fatalf("HTTP %d for %.200q: %.300s", code, body, out)
		}
		// (go-ethereum answers some bodies, an empty one, with 200 and nothing: its path is
		// FuzzRPC's.) A request of send calls gets one answer per call.
		if ok {
			var as []batchAnswer
			if batch {
				err := json.Unmarshal(out, &as)
				if err != nil || code != http.StatusOK || len(as) != len(items) {
					t.Fatalf("HTTP %d for a batch of %d send calls %.200q: %v: %.300s", code, len(items), body, err, out)
				}
			} else if code != http.StatusOK || !json.Valid(out) {
				t.Fatalf("HTTP %d for a send call %.200q: %.300s", code, body, out)
			}
		}
		// The sequencer still admits an honest withdrawal of a user the inputs cannot sign for.
		e.t = t
		if _, err := e.seq.Send(msg.KindWithdraw, api.Send{Message: e.withdraw(2, 1)}); err != nil {
			t.Fatalf("honest withdrawal %d refused after %.200q: %v", honest, body, err)
		}
		honest++
	})
}

// TestBatchSendCrash: every message acknowledged before a crash is there after it, once. Clients
// send batches of withdrawals (and single ones) concurrently to a sequencer whose database is on
// a file system that keeps only what was synced (pebble's strict in-memory FS); at some point
// syncs stop reaching the disk (the crash: whatever is written later is lost), the answers
// received until then are the acknowledged ones, and the sequencer is reopened on what was
// synced. Every acknowledged message is in the write-ahead log or in a block, and no message is
// in them twice. (With the log committed without fsync, this test fails.)
func TestBatchSendCrash(t *testing.T) {
	fs := vfs.NewStrictMem()
	// The data dir itself, made durable as an operator's would be (the strict FS loses a
	// directory whose parent was not synced).
	if err := fs.MkdirAll("seq", 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := fs.OpenDir("")
	if err != nil {
		t.Fatal(err)
	}
	if err := root.Sync(); err != nil {
		t.Fatal(err)
	}
	root.Close()
	cfg := testConfig()
	cfg.DataDir, cfg.fs = "seq", fs
	cfg.BlockTime = 20 * time.Millisecond
	const senders, batches, per = 4, 12, 8
	balances := make([]uint64, senders+1)
	for i := range balances {
		balances[i] = 1e18
	}
	e := newEnv(t, cfg, balances...)
	signed := make([][]*msg.Signed, senders)
	for c := range senders {
		for range batches * per {
			signed[c] = append(signed[c], e.withdraw(c+1, 1))
		}
	}
	var mu sync.Mutex
	crashed := false
	var acked []common.Hash
	var wg sync.WaitGroup
	for c := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next := 0 // the sender's next message (nonce)
			for b := range batches {
				var calls []string
				n := per
				if b%3 == 2 {
					n = 1 // a single call now and then: the same path, not in a batch
				}
				for k := range n {
					calls = append(calls, sendCallJSON(t, fmt.Sprint(k), api.MethodSendWithdraw, signed[c][next], 0, nil, ""))
					next++
				}
				body := "[" + strings.Join(calls, ",") + "]"
				if n == 1 {
					body = calls[0]
				}
				res, err := http.Post(e.seq.RPCEndpoint(), "application/json", strings.NewReader(body))
				if err != nil {
					return // the sequencer is gone
				}
				var as []batchAnswer
				if n == 1 {
					as = make([]batchAnswer, 1)
					err = json.NewDecoder(res.Body).Decode(&as[0])
				} else {
					err = json.NewDecoder(res.Body).Decode(&as)
				}
				res.Body.Close()
				mu.Lock()
				if err == nil && !crashed {
					for _, a := range as {
						if a.Result != nil {
							acked = append(acked, a.Result.Hash)
						}
					}
				}
				stop := crashed
				mu.Unlock()
				if stop {
					return
				}
				// Nonces must stay in order: a refused batch (the sequencer stopping) ends this sender.
				for _, a := range as {
					if a.Result == nil {
						return
					}
				}
			}
		}()
	}
	// The crash, while the clients are sending (once a third of the messages are acknowledged):
	// from here on syncs are lost.
	total := senders * ((batches-batches/3)*per + batches/3)
	eventually(t, "a third of the messages acknowledged", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(acked) >= total/3
	})
	mu.Lock()
	crashed = true
	fs.SetIgnoreSyncs(true)
	mu.Unlock()
	wg.Wait()
	e.stop()
	fs.ResetToSyncedState()
	fs.SetIgnoreSyncs(false)
	if len(acked) == 0 {
		t.Fatal("nothing was acknowledged before the crash: the test checks nothing")
	}
	t.Logf("%d messages acknowledged before the crash", len(acked))

	s, err := New(cfg, testLogger(t), e.gen)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	seen := map[common.Hash]bool{}
	for _, h := range acked {
		if seen[h] {
			t.Fatalf("message %s acknowledged twice", h)
		}
		seen[h] = true
		j, err := s.Job(h, nil)
		if err != nil || j.Status != api.StatusPending && j.Status != api.StatusSequenced {
			t.Fatalf("acknowledged message %s after the crash: %+v %v", h, j, err)
		}
	}
	// Once each: every block's hashes and the pending ones hold no message twice.
	count := map[common.Hash]int{}
	for n := int64(0); n <= s.batches.head(); n++ {
		b, err := s.Block(context.Background(), uint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range b.Hashes {
			count[h]++
		}
	}
	wal, err := loadWAL(s.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wal {
		count[w.hash]++
	}
	for h, n := range count {
		if n != 1 {
			t.Fatalf("message %s is %d times in the blocks and the log", h, n)
		}
	}
}

// TestClientSendBatch sends through chain/client's SendBatch: more messages than one request
// holds (so two batch requests), with a duplicate and a bad signature among them. Every
// message gets its own answer in order, the good ones are admitted (the sequencer knows them),
// the bad ones come back as the server's refusals, and both requests took the batch path.
func TestClientSendBatch(t *testing.T) {
	e := newEnv(t, testConfig(), 1e18, 1e18)
	var items []client.SendItem
	for range client.MaxSendBatch + 6 {
		items = append(items, client.SendItem{Msg: e.withdraw(0, 1)})
	}
	dup := len(items)
	items = append(items, items[3])
	bad := e.withdraw(1, 1)
	bad.Signature[5] ^= 1
	badAt := len(items)
	items = append(items, client.SendItem{Msg: bad})

	before := e.seq.fastSends.Load()
	hashes, errs, err := e.c.SendBatch(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.seq.fastSends.Load() - before; got != 2 {
		t.Fatalf("%d requests took the batch path, want 2", got)
	}
	for i := range items {
		var se *client.Error
		switch i {
		case dup, badAt:
			if !errors.As(errs[i], &se) || hashes[i] != (common.Hash{}) {
				t.Fatalf("message %d: hash %s, error %v: want the server's refusal", i, hashes[i], errs[i])
			}
		default:
			if errs[i] != nil {
				t.Fatalf("message %d refused: %v", i, errs[i])
			}
			if _, err := e.c.GetJob(context.Background(), hashes[i]); err != nil {
				t.Fatalf("message %d (%s) admitted but unknown: %v", i, hashes[i], err)
			}
		}
	}
	if hashes[0] == hashes[1] {
		t.Fatal("two messages answered with one hash")
	}
}
