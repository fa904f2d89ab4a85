package sequencer

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// The JSON-RPC limits (Config.RPCBatchLimit, RPCBatchResponseBytes, RPCBodyBytes; chain/rpcserver
// enforces them), seen from a client over HTTP. The calls are compute_sendWithdraw: whether a
// call ran shows in the mempool.

// sendCalls are compute_sendWithdraw calls of the messages, ids 1, 2, ….
func sendCalls(t *testing.T, ms []*msg.Signed) []string {
	t.Helper()
	out := make([]string, len(ms))
	for i, m := range ms {
		p, err := json.Marshal(api.Send{Message: m})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = rpctest.Call(i+1, "compute_sendWithdraw", string(p))
	}
	return out
}

// withdrawals signs n withdrawals of user 0, nonces from the next.
func (e *env) withdrawals(n int) []*msg.Signed {
	out := make([]*msg.Signed, n)
	for i := range out {
		out[i] = e.withdraw(0, 1)
	}
	return out
}

// TestRPCBatchLimit: with the default limits, a batch of one call more than the limit (100) is
// answered with one -32600 "batch too large" and admits none of its messages; the same calls
// less one, a batch at the limit, are all admitted. Then an oversized batch of 3000
// compute_getBlock calls (what once took the sequencer to gigabytes) is refused, and a batch of
// 100 is cut by the response limit, the heap logged around each.
func TestRPCBatchLimit(t *testing.T) {
	e := newEnv(t, testConfig(), 1e18)
	url, limit := e.seq.RPCEndpoint(), e.cfg.RPCBatchLimit
	if limit != 100 {
		t.Fatalf("default rpc-batch-limit %d, want 100", limit)
	}
	calls := sendCalls(t, e.withdrawals(limit+1))

	as := rpctest.Batch(t, url, calls)
	if n := e.seq.mempoolDepth(); n != 0 {
		t.Fatalf("an oversized batch admitted %d messages", n)
	}
	if len(as) != 1 || as[0].Error == nil || as[0].Error.Code != -32600 || as[0].Error.Message != "batch too large" ||
		string(as[0].ID) != "1" {
		t.Fatalf("oversized batch answered %+v, want one -32600 batch too large with the first id", as)
	}

	as = rpctest.Batch(t, url, calls[:limit])
	if n := e.seq.mempoolDepth(); n != limit {
		t.Fatalf("a batch at the limit admitted %d of its %d messages", n, limit)
	}
	if len(as) != limit {
		t.Fatalf("%d answers to %d calls", len(as), limit)
	}
	for i, a := range as {
		if a.Error != nil || a.Result == nil {
			t.Fatalf("answer %d: %+v", i, a)
		}
	}

	e.produce() // block 0: the 100 withdrawals
	getBlock := make([]string, 3000)
	for i := range getBlock {
		getBlock[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"compute_getBlock","params":["0x0"]}`, i+1)
	}
	var one []rpctest.Answer
	rpctest.LogHeap(t, fmt.Sprintf("a batch of %d compute_getBlock calls", len(getBlock)), func() { one = rpctest.Batch(t, url, getBlock) })
	if len(one) != 1 || one[0].Error == nil || one[0].Error.Code != -32600 {
		t.Fatalf("3000 calls answered %d answers, the first %+v", len(one), one[0])
	}
	rpctest.LogHeap(t, fmt.Sprintf("a batch of %d compute_getBlock calls", limit), func() { as = rpctest.Batch(t, url, getBlock[:limit]) })
	if len(as) != limit || as[0].Error != nil {
		t.Fatalf("%d calls answered %d answers, the first %+v", limit, len(as), as[0])
	}
	// Block 0 is about 100 KB of JSON: the default rpc-batch-response-bytes (10 MiB) stops
	// the batch before its end.
	size := len(as[0].Result)
	ran := min(limit, e.cfg.RPCBatchResponseBytes/size+1)
	for i, a := range as {
		if (i < ran) != (a.Error == nil) || a.Error != nil && a.Error.Code != -32003 {
			t.Fatalf("answer %d of a batch of %d blocks of %d bytes: %+v, want %d results then -32003", i, limit, size, a, ran)
		}
	}
	t.Logf("block 0 is %d bytes of JSON: %d of %d calls ran, %d bytes of results", size, ran, limit, ran*size)
}

// TestRPCBatchResponseLimit: once a batch's results pass rpc-batch-response-bytes, its
// remaining calls are not run (their messages are not admitted) and are answered -32003.
func TestRPCBatchResponseLimit(t *testing.T) {
	cfg := testConfig()
	cfg.RPCBatchResponseBytes = 200
	e := newEnv(t, cfg, 1e18)

	as := rpctest.Batch(t, e.seq.RPCEndpoint(), sendCalls(t, e.withdrawals(6)))
	if len(as) != 6 || as[0].Error != nil {
		t.Fatalf("answers %+v", as)
	}
	ran := cfg.RPCBatchResponseBytes/len(as[0].Result) + 1 // the call that passes the limit runs
	if ran >= 6 {
		t.Fatalf("results of %d bytes: the test wants a limit that stops the batch", len(as[0].Result))
	}
	if n := e.seq.mempoolDepth(); n != ran {
		t.Fatalf("admitted %d messages, want %d (results of %d bytes, limit %d)", n, ran, len(as[0].Result), cfg.RPCBatchResponseBytes)
	}
	for i, a := range as {
		switch {
		case i < ran && (a.Error != nil || a.Result == nil):
			t.Fatalf("answer %d: %+v, want a hash", i, a)
		case i >= ran && (a.Error == nil || a.Error.Code != -32003 || a.Error.Message != "response too large"):
			t.Fatalf("answer %d: %+v, want -32003 response too large", i, a)
		}
	}
}

// TestRPCBodyLimit: a body one byte over rpc-body-bytes gets HTTP 413 and its message is not
// admitted, whether the body has a Content-Length or comes chunked (which once got -32700
// "parse error", the body cut at the limit); a body at the limit is served either way.
func TestRPCBodyLimit(t *testing.T) {
	cfg := testConfig()
	cfg.MaxBlockBytes, cfg.MaxBatchBytes = 2048, 2048
	cfg.RPCBodyBytes = 2*cfg.MaxBlockBytes + 64<<10 // the least Check allows
	e := newEnv(t, cfg, 1e18)
	url := e.seq.RPCEndpoint()

	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%t", chunked), func(t *testing.T) {
			call := sendCalls(t, e.withdrawals(1))[0]
			atLimit := strings.Repeat(" ", cfg.RPCBodyBytes-len(call)) + call
			over := " " + atLimit
			before := e.seq.mempoolDepth()

			code, out := rpctest.Post(t, url, over, chunked)
			if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(out), "content length too large") {
				t.Fatalf("a body of %d bytes (limit %d): HTTP %d %.200s, want 413", len(over), cfg.RPCBodyBytes, code, out)
			}
			if e.seq.mempoolDepth() != before {
				t.Fatal("the message of a refused body was admitted")
			}

			code, out = rpctest.Post(t, url, atLimit, chunked)
			var a rpctest.Answer
			if code != http.StatusOK || json.Unmarshal(out, &a) != nil || a.Error != nil || a.Result == nil {
				t.Fatalf("a body at the limit: HTTP %d %.300s", code, out)
			}
			if e.seq.mempoolDepth() != before+1 {
				t.Fatal("the message of a body at the limit was not admitted")
			}
		})
	}
}
