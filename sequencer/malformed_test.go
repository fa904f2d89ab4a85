package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// malformedRequests are requests no honest client sends: a body over the configured limit, bytes
// that are not JSON, a batch over the batch limit, JSON nested ten thousand deep, an unknown
// method, and each send method with params of the wrong shape. Each must get a clear refusal.
func malformedRequests(cfg Config) []string {
	var calls []string
	for range cfg.RPCBatchLimit + 1 {
		calls = append(calls, rpctest.Call(1, api.MethodChainConfig, ""))
	}
	return []string{
		`{"jsonrpc":"2.0","id":1,"method":"compute_chainConfig","params":["` + strings.Repeat("a", cfg.RPCBodyBytes) + `"]}`,
		`{"jsonrpc":"2.0","id":1,"method":` + "\xff\xfe",
		"[" + strings.Join(calls, ",") + "]",
		strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000),
		rpctest.Call(1, "compute_noSuchMethod", `"x"`),
		rpctest.Call(1, api.MethodSendJob, `{"message":{"kind":"job","body":"0xzz"}}`),
		rpctest.Call(1, api.MethodSendUpload, `{"message":null,"program":"0x1","data":"0x`+strings.Repeat("00", 1<<16)+`"}`),
		rpctest.Call(1, api.MethodSendWithdraw, `{"message":{"kind":"withdraw","account":"0xffffffffff"}}`),
		rpctest.Call(1, api.MethodGetJob, `"0x1234"`),
	}
}

// TestHonestServedUnderMalformedRequests runs honest senders twice for a second, alone and while
// four connections send malformed requests without pause. Every honest withdrawal is admitted in
// both phases, and every malformed request gets a 4xx with a message or a JSON-RPC error, never a
// 5xx or a dropped connection. The honest latencies are reported (they are not asserted on: the
// machine is shared).
func TestHonestServedUnderMalformedRequests(t *testing.T) {
	cfg := testConfig()
	cfg.BlockTime = 200 * time.Millisecond
	cfg.MempoolPerAccount, cfg.MempoolTotal = 1<<20, 1<<20
	e := newEnv(t, cfg, 1<<60, 1<<60)
	url := e.seq.RPCEndpoint()
	bad := malformedRequests(cfg)
	client := &http.Client{Timeout: 10 * time.Second}
	honest := func(user int, d time.Duration) []time.Duration {
		var lat []time.Duration
		for end := time.Now().Add(d); time.Now().Before(end); {
			s := e.withdraw(user, 1)
			t0 := time.Now()
			if _, err := e.send(s, 0, nil); err != nil {
				t.Errorf("an honest withdrawal was refused: %v", err)
				return lat
			}
			lat = append(lat, time.Since(t0))
		}
		return lat
	}
	phase := func(junk bool) (lat []time.Duration, junkSent int) {
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		var mu sync.Mutex
		for j := 0; junk && j < 4; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := j; ctx.Err() == nil; i++ {
					body := bad[i%len(bad)]
					res, err := client.Post(url, "application/json", strings.NewReader(body))
					if err != nil {
						t.Errorf("no answer to a malformed request (%.60q…): %v", body, err)
						return
					}
					out, err := io.ReadAll(res.Body)
					res.Body.Close()
					if err != nil || res.StatusCode >= 500 || len(out) == 0 ||
						(res.StatusCode == http.StatusOK && !json.Valid(out)) ||
						(res.StatusCode == http.StatusOK && !bytes.Contains(out, []byte(`"error"`))) {
						t.Errorf("malformed request %.60q…: HTTP %d %.200s (%v)", body, res.StatusCode, out, err)
						return
					}
					mu.Lock()
					junkSent++
					mu.Unlock()
				}
			}()
		}
		var lats [2][]time.Duration
		var hw sync.WaitGroup
		for u := range 2 {
			hw.Add(1)
			go func() { defer hw.Done(); lats[u] = honest(u, time.Second) }()
		}
		hw.Wait()
		cancel()
		wg.Wait()
		return append(lats[0], lats[1]...), junkSent
	}
	pct := func(l []time.Duration, p int) time.Duration {
		if len(l) == 0 {
			return 0
		}
		s := slices.Clone(l)
		slices.Sort(s)
		return s[min(len(s)-1, len(s)*p/100)]
	}
	quiet, _ := phase(false)
	loaded, junkSent := phase(true)
	if len(quiet) == 0 || len(loaded) == 0 || junkSent == 0 {
		t.Fatalf("%d honest sends alone, %d under load with %d malformed requests", len(quiet), len(loaded), junkSent)
	}
	// Still serving.
	if _, err := e.c.ChainConfig(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Logf("honest withdrawals: alone %d (p50 %v, p99 %v); beside %d malformed requests %d (p50 %v, p99 %v)",
		len(quiet), pct(quiet, 50), pct(quiet, 99), junkSent, len(loaded), pct(loaded, 50), pct(loaded, 99))
}
