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
	"time"
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

// Fuzz is the request path's fuzz target of a service at url that serves methods: each input
// is a method (picked by its first byte, or an unknown one), its params as raw bytes, and whether
// to send it alone or twice in a batch. Whatever the input, the service answers 200 with
// well-formed JSON-RPC, one answer per call (an error or a result), or refuses the body with a
// 4xx status and a message; never a 5xx, a dropped connection or a hang; and then still answers
// alive, an honest call that must succeed. Seeds are added for every method with empty, null,
// numeric, string and object params.
func Fuzz(f *testing.F, url string, methods []string, alive string) {
	for i := range methods {
		for _, p := range []string{"", "null", "0", `"0x0"`, `{"a":1}`, `"0x` + strings.Repeat("ab", 40) + `"`, "1,2,3"} {
			f.Add(byte(i), []byte(p), false)
		}
	}
	f.Add(byte(len(methods)), []byte(`"x"`), true)
	client := &http.Client{Timeout: 10 * time.Second}
	post := func(t *testing.T, body string) (int, []byte) {
		res, err := client.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatalf("no answer to %.200q: %v", body, err)
		}
		defer res.Body.Close()
		out, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatalf("answer to %.200q cut: %v", body, err)
		}
		return res.StatusCode, out
	}
	f.Fuzz(func(t *testing.T, m byte, params []byte, batch bool) {
		method := "compute_noSuchMethod"
		if int(m) < len(methods) {
			method = methods[m]
		}
		p, _ := json.Marshal(string(params)) // as a JSON string when the bytes are not JSON
		if json.Valid(params) || len(params) == 0 {
			p = params
		}
		call := fmt.Sprintf(`{"jsonrpc":"2.0","id":7,"method":%q,"params":[%s]}`, method, p)
		body := call
		if batch {
			body = "[" + call + "," + call + "]"
		}
		code, out := post(t, body)
		switch {
		case code >= 500:
			t.Fatalf("HTTP %d for %.200q: %.300s", code, body, out)
		case code != http.StatusOK:
			if len(out) == 0 {
				t.Fatalf("HTTP %d without a message for %.200q", code, body)
			}
		case batch:
			var as []Answer
			if err := json.Unmarshal(out, &as); err != nil || len(as) == 0 {
				t.Fatalf("not a batch answer (%v) for %.200q: %.300s", err, body, out)
			}
		default:
			var a Answer
			if err := json.Unmarshal(out, &a); err != nil || (a.Error == nil && a.Result == nil) {
				t.Fatalf("not an answer (%v) for %.200q: %.300s", err, body, out)
			}
		}
		code, out = post(t, alive)
		var a Answer
		if code != http.StatusOK || json.Unmarshal(out, &a) != nil || a.Error != nil {
			t.Fatalf("after %.200q the service no longer answers %s: HTTP %d %.300s", body, alive, code, out)
		}
	})
}
