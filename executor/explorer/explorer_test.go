package explorer

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// fakeRPC answers every request with its body echoed in the result, counting the calls.
func fakeRPC(t *testing.T, calls *atomic.Int64) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Header.Get("Origin") != "" || r.Header.Get("Cookie") != "" {
			t.Errorf("the proxy forwarded Origin %q / Cookie %q", r.Header.Get("Origin"), r.Header.Get("Cookie"))
		}
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": string(b)})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestProxyReadOnly(t *testing.T) {
	var exeCalls, seqCalls atomic.Int64
	h, err := Handler(Config{ExecutorRPC: fakeRPC(t, &exeCalls), SequencerRPC: fakeRPC(t, &seqCalls)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	post := func(path, body string) (int, string) {
		req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
		req.Header.Set("Origin", "http://evil.example")
		req.Header.Set("Cookie", "a=b")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, c := range []struct {
		path, body string
		forwarded  bool
	}{
		{"/rpc/executor", `{"jsonrpc":"2.0","id":1,"method":"compute_getJobResult","params":["0x0"]}`, true},
		{"/rpc/sequencer", `[{"jsonrpc":"2.0","id":1,"method":"compute_getBatch","params":["0x0"]},{"jsonrpc":"2.0","id":2,"method":"compute_blockNumber"}]`, true},
		{"/rpc/sequencer", `{"jsonrpc":"2.0","id":1,"method":"compute_sendJob","params":[{}]}`, false},
		{"/rpc/sequencer", `[{"jsonrpc":"2.0","id":1,"method":"compute_getBatch"},{"jsonrpc":"2.0","id":2,"method":"admin_stop"}]`, false},
		{"/rpc/executor", `not json`, false},
	} {
		before := exeCalls.Load() + seqCalls.Load()
		code, body := post(c.path, c.body)
		forwarded := exeCalls.Load()+seqCalls.Load() > before
		if forwarded != c.forwarded || code != http.StatusOK {
			t.Errorf("%s %s: HTTP %d, forwarded %v (want %v): %s", c.path, c.body, code, forwarded, c.forwarded, body)
		}
		if !c.forwarded && !strings.Contains(body, `"error"`) {
			t.Errorf("%s %s: refused without a JSON-RPC error: %s", c.path, c.body, body)
		}
	}
	if code, _ := post("/rpc/executor", strings.Repeat(" ", maxRequest+1)); code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized request: HTTP %d", code)
	}

	// The page and its scripts are served from the binary.
	for _, path := range []string{"/", "/app.js", "/keccak.js", "/proof.js", "/style.css", "/config.json"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || len(b) == 0 {
			t.Errorf("GET %s: HTTP %d, %d bytes", path, resp.StatusCode, len(b))
		}
	}
}

func TestHandlerConfig(t *testing.T) {
	if _, err := Handler(Config{ExecutorRPC: "ftp://x"}); err == nil {
		t.Error("an ftp executor URL was accepted")
	}
	var calls atomic.Int64
	h, err := Handler(Config{ExecutorRPC: fakeRPC(t, &calls)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/rpc/sequencer", "application/json", strings.NewReader(`{"method":"compute_blockNumber"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || calls.Load() != 0 {
		t.Errorf("no sequencer: HTTP %d, %d calls", resp.StatusCode, calls.Load())
	}
}
