package rpcserver

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
)

// fromIP is an HTTP client whose connections come from the loopback address ip (Linux routes
// all of 127.0.0.0/8 to lo), so that one test can be several clients.
func fromIP(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
}

func postFrom(t *testing.T, c *http.Client, url, body string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := c.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// TestRateLimitPerIP: a client gets its burst, then 429 with a JSON-RPC error -32005 and
// Retry-After, and the refused requests do not run; another address is served meanwhile, and
// /healthz is not limited.
func TestRateLimitPerIP(t *testing.T) {
	p := &probe{}
	s, err := New(Config{Host: "127.0.0.1", Version: "v-test", Limits: DefaultLimits(), RateLimit: RateLimit{PerSecond: 0.001, Burst: 3},
		Log: log.NewLogger(log.DiscardHandler()), APIs: []rpc.API{{Namespace: "probe", Service: p}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	url := "http://" + s.Endpoint() + "/"
	call := `{"jsonrpc":"2.0","id":1,"method":"probe_count","params":[]}`
	a, b := fromIP("127.0.0.1"), fromIP("127.0.0.2")
	for i := range 3 {
		if code, _, body := postFrom(t, a, url, call); code != http.StatusOK {
			t.Fatalf("request %d within the burst: HTTP %d %s", i, code, body)
		}
	}
	code, h, body := postFrom(t, a, url, call)
	if code != http.StatusTooManyRequests || h.Get("Retry-After") == "" {
		t.Fatalf("request beyond the burst: HTTP %d, Retry-After %q, %s", code, h.Get("Retry-After"), body)
	}
	var ans struct {
		Error *rpc.JsonError `json:"error"`
	}
	if err := json.Unmarshal(body, &ans); err != nil || ans.Error == nil || ans.Error.Code != CodeRateLimited ||
		!strings.HasPrefix(ans.Error.Message, "rate limit exceeded") {
		t.Fatalf("429 body %s (%v): want a JSON-RPC error %d", body, err, CodeRateLimited)
	}
	if n := p.calls.Load(); n != 3 {
		t.Fatalf("%d calls ran, want the 3 within the burst", n)
	}
	if code, _, body := postFrom(t, b, url, call); code != http.StatusOK {
		t.Fatalf("another address: HTTP %d %s", code, body)
	}
	if resp, err := a.Get("http://" + s.Endpoint() + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("/healthz of a limited client: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
}

// TestIPLimiterRefills: a bucket refills at the rate, and the sweep drops full buckets only.
func TestIPLimiterRefills(t *testing.T) {
	now := time.Unix(1000, 0)
	il := newIPLimiter(RateLimit{PerSecond: 2, Burst: 2})
	il.now = func() time.Time { return now }
	for i, want := range []bool{true, true, false} {
		if ok, _ := il.allow("a"); ok != want {
			t.Fatalf("request %d: allowed %v, want %v", i, ok, want)
		}
	}
	if ok, wait := il.allow("a"); ok || wait <= 0 || wait > 500*time.Millisecond {
		t.Fatalf("empty bucket: allowed %v, wait %s, want a refusal and at most 500ms", ok, wait)
	}
	now = now.Add(500 * time.Millisecond)
	if ok, _ := il.allow("a"); !ok {
		t.Fatal("refused after one token's time")
	}
	if ok, _ := il.allow("b"); !ok {
		t.Fatal("another address refused")
	}
	now = now.Add(2 * time.Minute)
	il.allow("c") // sweeps: a and b are full again
	if _, ok := il.ips["a"]; ok || len(il.ips) != 1 {
		t.Fatalf("after the sweep: %d buckets, want only c's", len(il.ips))
	}
}

// TestNewRefusesBadRateLimit: a negative rate or a rate without a burst is refused.
func TestNewRefusesBadRateLimit(t *testing.T) {
	for _, l := range []RateLimit{{PerSecond: -1}, {PerSecond: 5, Burst: 0}} {
		if _, err := New(Config{Limits: DefaultLimits(), RateLimit: l}); err == nil || !strings.Contains(err.Error(), "rate limit") {
			t.Errorf("New with %+v: %v, want a rate limit error", l, err)
		}
	}
	if _, err := New(Config{Limits: DefaultLimits(), RateLimit: RateLimit{Burst: 0}}); err != nil {
		t.Errorf("New with no rate limit: %v", err)
	}
}
