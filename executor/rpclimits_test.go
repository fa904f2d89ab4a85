package executor

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// The JSON-RPC limits (Config.RPCBatchLimit, RPCBatchResponseBytes, RPCBodyBytes; chain/rpcserver
// enforces them), seen from a client over HTTP. The executor's methods only read, so whether the
// calls of a batch ran shows in a probe registered on the executor's own server beside them.

// probeAPI counts its calls: probe_count.
type probeAPI struct{ calls atomic.Int64 }

func (p *probeAPI) Count() int64 { return p.calls.Add(1) }

// startProbed starts an executor on cfg that has applied two empty blocks, with a probe on its
// RPC server.
func startProbed(t *testing.T, cfg Config) (*Executor, *probeAPI) {
	t.Helper()
	f := newFixture(t, 2)
	e := startExecutor(t, f, cfg, source(t, [][]batch.Message{{}, {}}))
	waitHead(t, e, 1)
	p := &probeAPI{}
	if err := e.rpcSrv.AddAPI(rpc.API{Namespace: "probe", Service: p}); err != nil {
		t.Fatal(err)
	}
	return e, p
}

// calls are JSON-RPC calls of the methods, ids 1, 2, …; "compute_getStateRoot" gets block 1.
func calls(methods ...string) []string {
	out := make([]string, len(methods))
	for i, m := range methods {
		params := ""
		if m == "compute_getStateRoot" {
			params = `"0x1"`
		}
		out[i] = rpctest.Call(i+1, m, params)
	}
	return out
}

// repeat is n times m.
func repeat(m string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = m
	}
	return out
}

// TestRPCBatchLimit: with the default limits, a batch of 101 calls (100 is the limit) runs
// none of them and is answered with one -32600 "batch too large"; a batch of 100 runs them all.
// The heap is logged around an oversized batch of 3000 calls.
func TestRPCBatchLimit(t *testing.T) {
	e, p := startProbed(t, testConfig(""))
	url, limit := e.RPCEndpoint(), e.cfg.RPCBatchLimit
	if limit != 100 {
		t.Fatalf("default rpc-batch-limit %d, want 100", limit)
	}

	as := rpctest.Batch(t, url, calls(append(repeat("compute_getStateRoot", limit), "probe_count")...))
	if n := p.calls.Load(); n != 0 {
		t.Fatalf("an oversized batch ran its probe call (%d)", n)
	}
	if len(as) != 1 || as[0].Error == nil || as[0].Error.Code != -32600 || as[0].Error.Message != "batch too large" ||
		string(as[0].ID) != "1" {
		t.Fatalf("oversized batch answered %+v, want one -32600 batch too large with the first id", as)
	}

	as = rpctest.Batch(t, url, calls(append(repeat("compute_getStateRoot", limit-1), "probe_count")...))
	if n := p.calls.Load(); n != 1 {
		t.Fatalf("a batch at the limit ran its probe call %d times, want 1", n)
	}
	if len(as) != limit {
		t.Fatalf("%d answers to %d calls", len(as), limit)
	}
	for i, a := range as {
		if a.Error != nil || a.Result == nil {
			t.Fatalf("answer %d: %+v", i, a)
		}
	}

	rpctest.LogHeap(t, "a batch of 3000 compute_getStateRoot calls", func() {
		as = rpctest.Batch(t, url, calls(repeat("compute_getStateRoot", 3000)...))
	})
	if len(as) != 1 || as[0].Error == nil || as[0].Error.Code != -32600 {
		t.Fatalf("3000 calls answered %d answers, the first %+v", len(as), as[0])
	}
}

// TestRPCResponseAndBodyLimits: once a batch's results pass rpc-batch-response-bytes, its
// remaining calls do not run and are answered -32003; a body one byte over rpc-body-bytes gets
// HTTP 413 and does not run, whether it has a Content-Length or comes chunked; a body at the
// limit is served either way.
func TestRPCResponseAndBodyLimits(t *testing.T) {
	cfg := testConfig("")
	cfg.RPCBatchResponseBytes, cfg.RPCBodyBytes = 50, 1024
	e, p := startProbed(t, cfg)
	url := e.RPCEndpoint()

	as := rpctest.Batch(t, url, calls("compute_getStateRoot", "probe_count", "probe_count"))
	if len(as[0].Result) <= cfg.RPCBatchResponseBytes {
		t.Fatalf("a state root of %d bytes does not pass the limit %d", len(as[0].Result), cfg.RPCBatchResponseBytes)
	}
	if n := p.calls.Load(); n != 0 {
		t.Fatalf("%d calls ran after the results passed the limit", n)
	}
	for i, a := range as[1:] {
		if a.Error == nil || a.Error.Code != -32003 || a.Error.Message != "response too large" {
			t.Fatalf("answer %d: %+v, want -32003 response too large", i+1, a)
		}
	}

	call := calls("probe_count")[0]
	atLimit := strings.Repeat(" ", cfg.RPCBodyBytes-len(call)) + call
	over := " " + atLimit
	for _, chunked := range []bool{false, true} {
		before := p.calls.Load()
		code, out := rpctest.Post(t, url, over, chunked)
		if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(out), "content length too large") {
			t.Fatalf("chunked=%t: a body of %d bytes (limit %d): HTTP %d %.200s, want 413", chunked, len(over), cfg.RPCBodyBytes, code, out)
		}
		if p.calls.Load() != before {
			t.Fatalf("chunked=%t: the call of a refused body ran", chunked)
		}
		code, out = rpctest.Post(t, url, atLimit, chunked)
		var a rpctest.Answer
		if code != http.StatusOK || json.Unmarshal(out, &a) != nil || a.Error != nil || p.calls.Load() != before+1 {
			t.Fatalf("chunked=%t: a body at the limit: HTTP %d %.300s", chunked, code, out)
		}
	}
}
