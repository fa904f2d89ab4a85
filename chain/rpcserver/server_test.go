package rpcserver

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// probe is a test API that counts the calls it runs.
type probe struct {
	calls   atomic.Int64
	started chan struct{} // Slow sends on it as it starts, if not nil
}

// Count is probe_count: it counts itself and returns the count.
func (p *probe) Count() int64 { return p.calls.Add(1) }

// Blob is probe_blob: a string of n bytes.
func (p *probe) Blob(n int) string { p.calls.Add(1); return strings.Repeat("x", n) }

// Slow is probe_slow: it takes 50 ms, or less if its context ends first.
func (p *probe) Slow(ctx context.Context) error {
	p.calls.Add(1)
	if p.started != nil {
		p.started <- struct{}{}
	}
	select {
	case <-time.After(50 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// start serves a probe on a free port with the given limits.
func start(t *testing.T, l Limits) (*probe, string) {
	t.Helper()
	p := &probe{}
	s, err := New(Config{Host: "127.0.0.1", Version: "v-test", Limits: l, Log: log.NewLogger(log.DiscardHandler()),
		APIs: []rpc.API{{Namespace: "probe", Service: p}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Error(err)
		}
	})
	return p, "http://" + s.Endpoint()
}

// batch is n calls of method with params, ids 1..n.
func batch(n int, method string, params string) []string {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = rpctest.Call(i+1, method, params)
	}
	return calls
}

// body is the calls as one batch request's body.
func body(calls []string) string { return "[" + strings.Join(calls, ",") + "]" }

// TestBatchItemLimit: a batch of limit+1 calls runs none of them and is answered with one
// -32600 "batch too large" carrying its first call's id; a batch of limit calls runs them all.
func TestBatchItemLimit(t *testing.T) {
	l := DefaultLimits()
	p, url := start(t, l)

	as := rpctest.Batch(t, url, batch(l.BatchItems+1, "probe_count", ""))
	if n := p.calls.Load(); n != 0 {
		t.Fatalf("an oversized batch ran %d calls", n)
	}
	if len(as) != 1 || as[0].Error == nil || as[0].Error.Code != -32600 || as[0].Error.Message != "batch too large" ||
		string(as[0].ID) != "1" {
		t.Fatalf("oversized batch answered %+v, want one -32600 batch too large with id 1", as)
	}

	as = rpctest.Batch(t, url, batch(l.BatchItems, "probe_count", ""))
	if n := p.calls.Load(); n != int64(l.BatchItems) {
		t.Fatalf("a batch at the limit ran %d of its %d calls", n, l.BatchItems)
	}
	if len(as) != l.BatchItems {
		t.Fatalf("%d answers to %d calls", len(as), l.BatchItems)
	}
	for i, a := range as {
		if a.Error != nil || a.Result == nil {
			t.Fatalf("answer %d: %+v", i, a)
		}
	}
}

// TestBatchResponseLimit: once a batch's results pass the limit, its remaining calls do not
// run and are answered -32003 "response too large".
func TestBatchResponseLimit(t *testing.T) {
	l := DefaultLimits()
	l.BatchResponseBytes = 1000
	p, url := start(t, l)

	as := rpctest.Batch(t, url, batch(10, "probe_blob", "298")) // each result is 300 bytes, quotes included
	// 300, 600, 900, 1200: the fourth call passes the limit, the six after it do not run.
	if n := p.calls.Load(); n != 4 {
		t.Fatalf("ran %d calls, want 4", n)
	}
	if len(as) != 10 {
		t.Fatalf("%d answers to 10 calls", len(as))
	}
	for i, a := range as {
		switch {
		case i < 4 && (a.Error != nil || len(a.Result) != 300):
			t.Fatalf("answer %d: %+v, want a 300-byte result", i, a)
		case i >= 4 && (a.Error == nil || a.Error.Code != -32003 || a.Error.Message != "response too large"):
			t.Fatalf("answer %d: %+v, want -32003 response too large", i, a)
		}
	}

	// A single call is not a batch: its result is not bounded.
	code, out := rpctest.Post(t, url, `{"jsonrpc":"2.0","id":1,"method":"probe_blob","params":[5000]}`, false)
	if code != http.StatusOK || !strings.Contains(string(out), strings.Repeat("x", 5000)) {
		t.Fatalf("single call: HTTP %d %.200s", code, out)
	}
}

// TestBodyLimit: a body beyond the limit gets 413, with or without a Content-Length; a body at
// the limit, sized or chunked, is served.
func TestBodyLimit(t *testing.T) {
	l := DefaultLimits()
	l.BodyBytes = 1024
	p, url := start(t, l)
	call := `{"jsonrpc":"2.0","id":7,"method":"probe_count","params":[]}`
	atLimit := strings.Repeat(" ", l.BodyBytes-len(call)) + call
	over := " " + atLimit // cut at the limit, it would not parse

	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%t", chunked), func(t *testing.T) {
			before := p.calls.Load()
			code, out := rpctest.Post(t, url, over, chunked)
			if code != http.StatusRequestEntityTooLarge {
				t.Fatalf("body of %d bytes (limit %d): HTTP %d %s, want 413", len(over), l.BodyBytes, code, out)
			}
			if !strings.Contains(string(out), "content length too large") {
				t.Errorf("413 says %q", out)
			}
			if p.calls.Load() != before {
				t.Fatal("the call of a refused body ran")
			}
			// A body far over the limit: the server stops reading it and closes the
			// connection, yet the client gets the 413.
			if code, out = rpctest.Post(t, url, strings.Repeat(" ", 8<<20)+call, chunked); code != http.StatusRequestEntityTooLarge {
				t.Fatalf("body of 8 MiB: HTTP %d %.200s, want 413", code, out)
			}
			code, out = rpctest.Post(t, url, atLimit, chunked)
			var a rpctest.Answer
			if code != http.StatusOK || json.Unmarshal(out, &a) != nil || a.Error != nil || string(a.ID) != "7" {
				t.Fatalf("body at the limit: HTTP %d %s", code, out)
			}
			if p.calls.Load() != before+1 {
				t.Fatal("the call of a body at the limit did not run")
			}
		})
	}
}

// TestClientGoneStopsBatch: when the client hangs up, the request's context ends and the
// batch's remaining calls do not run.
func TestClientGoneStopsBatch(t *testing.T) {
	p, url := start(t, DefaultLimits())
	p.started = make(chan struct{}, 100)
	const n = 40 // 40 × 50 ms: 2 s if nothing stops it
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body(batch(n, "probe_slow", ""))))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	done := make(chan error, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			res.Body.Close()
		}
		done <- err
	}()
	<-p.started
	cancel() // the client goes away during the first call
	if err := <-done; err == nil {
		t.Fatal("the request finished although the client gave up")
	}
	time.Sleep(500 * time.Millisecond) // 10 more calls if the batch went on
	if got := p.calls.Load(); got > 2 {
		t.Fatalf("the batch ran %d of its %d calls after its client left", got, n)
	}
}

// TestHeapOversizedBatch logs the heap around an oversized batch, and around a batch at the
// item limit whose results are large (3 MB each, like a full block), to show that what one
// request makes the server hold is bounded by the limits. It asserts only what the calls
// did, not memory or time.
func TestHeapOversizedBatch(t *testing.T) {
	l := DefaultLimits()
	p, url := start(t, l)
	measure := func(name, body string) {
		rpctest.LogHeap(t, fmt.Sprintf("%s (%d bytes)", name, len(body)), func() {
			code, out := rpctest.Post(t, url, body, false)
			t.Logf("%s: HTTP %d, %d bytes answered", name, code, len(out))
		})
	}
	measure("3000 calls", body(batch(3000, "probe_blob", "3000000")))
	if n := p.calls.Load(); n != 0 {
		t.Fatalf("the oversized batch ran %d calls", n)
	}
	measure(fmt.Sprintf("%d calls", l.BatchItems), body(batch(l.BatchItems, "probe_blob", "3000000")))
	if n, want := p.calls.Load(), int64(l.BatchResponseBytes/3_000_000+1); n != want {
		t.Fatalf("the batch at the item limit ran %d calls, want %d (the response limit)", n, want)
	}
}

// TestRoutes: GET /healthz reports the version, health_status too, an empty GET / is a health
// check (go-ethereum's), and other paths are 404.
func TestRoutes(t *testing.T) {
	_, url := start(t, DefaultLimits())
	for _, path := range []string{"/healthz", "/healthz/"} {
		res, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || strings.TrimSpace(string(body)) != `{"version":"v-test"}` {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
		}
	}
	for path, want := range map[string]int{"/": http.StatusOK, "/other": http.StatusNotFound, "/healthz/x": http.StatusNotFound} {
		res, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Fatalf("GET %s: %d, want %d", path, res.StatusCode, want)
		}
	}
	code, out := rpctest.Post(t, url, `{"jsonrpc":"2.0","id":1,"method":"health_status","params":[]}`, true)
	if code != http.StatusOK || !strings.Contains(string(out), `"result":"v-test"`) {
		t.Fatalf("health_status: %d %s", code, out)
	}

	s, err := New(Config{Host: "127.0.0.1", Healthz: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}), Limits: DefaultLimits()})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	res, err := http.Get("http://" + s.Endpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("custom /healthz: %d", res.StatusCode)
	}
}

// TestNewRefusesNoLimit: a limit of 0 would switch go-ethereum's limit off; New refuses it.
func TestNewRefusesNoLimit(t *testing.T) {
	for _, change := range []func(*Limits){
		func(l *Limits) { l.BatchItems = 0 },
		func(l *Limits) { l.BatchResponseBytes = 0 },
		func(l *Limits) { l.BodyBytes = -1 },
	} {
		l := DefaultLimits()
		change(&l)
		if _, err := New(Config{Limits: l}); err == nil {
			t.Errorf("New with %+v: no error", l)
		}
	}
}
