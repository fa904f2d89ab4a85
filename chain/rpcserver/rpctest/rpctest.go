// Package rpctest speaks raw JSON-RPC over HTTP to a crollup service in tests: bodies sized or
// chunked, batches and their answers, and the heap around a request, so the request limits of
// chain/rpcserver are tested the same way in the rpcserver, the sequencer and the executor.
package rpctest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
)

// Answer is one JSON-RPC answer.
type Answer struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Call is a JSON-RPC call of method with params (a JSON list's contents, "" for none).
func Call(id int, method, params string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":[%s]}`, id, method, params)
}

// Post sends body to url, with a Content-Length or chunked (without one), and returns the HTTP
// status and the answer's bytes.
func Post(t testing.TB, url, body string, chunked bool) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if chunked {
		req.ContentLength, req.TransferEncoding = -1, []string{"chunked"}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, out
}

// Batch posts the calls as one batch and decodes the batch answer; any HTTP status but 200
// fails t.
func Batch(t testing.TB, url string, calls []string) []Answer {
	t.Helper()
	code, out := Post(t, url, "["+strings.Join(calls, ",")+"]", false)
	if code != http.StatusOK {
		t.Fatalf("HTTP %d: %.300s", code, out)
	}
	var as []Answer
	if err := json.Unmarshal(out, &as); err != nil {
		t.Fatalf("not a batch answer: %v: %.300s", err, out)
	}
	return as
}

// LogHeap logs the process heap before and after fn, and what was allocated meanwhile: what a
// request cost, reported, not asserted.
func LogHeap(t testing.TB, name string, fn func()) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	t.Logf("%s: heap in use %.1f → %.1f MiB, %.1f MiB allocated meanwhile", name, float64(before.HeapInuse)/(1<<20),
		float64(after.HeapInuse)/(1<<20), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
}
