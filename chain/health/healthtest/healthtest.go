// Package healthtest reads a service's GET /healthz (chain/health) in tests: the answer, and
// whether it says what a test expects, so every service's health is checked by one rule.
package healthtest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/crollup/crollup/chain/api"
)

// Get GETs base + "/healthz" and returns the HTTP status and the decoded answer.
func Get(t testing.TB, base string) (int, map[string]any) {
	t.Helper()
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("healthz body: %v", err)
	}
	return res.StatusCode, out
}

// says reports whether an answer with HTTP status got is code, with the status that goes with it
// ("ok" or "unhealthy"), this build's version, and a reason containing reason ("" for none).
func says(got int, out map[string]any, code int, reason string) bool {
	status := "ok"
	if code != http.StatusOK {
		status = "unhealthy"
	}
	r, _ := out["reason"].(string)
	return got == code && out["status"] == status && out["version"] == api.Version() &&
		(reason == "") == (r == "") && strings.Contains(r, reason)
}

// Want fails t unless base's /healthz answers code with a reason containing reason ("" for
// none) now, and returns the answer.
func Want(t testing.TB, base string, code int, reason string) map[string]any {
	t.Helper()
	got, out := Get(t, base)
	if !says(got, out, code, reason) {
		t.Fatalf("healthz: %d %v, want %d with reason %q", got, out, code, reason)
	}
	return out
}

// Wait polls base's /healthz until it answers code with a reason containing reason ("" for
// none), for at most 20 s, and returns the answer.
func Wait(t testing.TB, base string, code int, reason string) map[string]any {
	t.Helper()
	var got int
	var out map[string]any
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		if got, out = Get(t, base); says(got, out, code, reason) {
			return out
		}
	}
	t.Fatalf("healthz: %d %v, want %d with reason %q", got, out, code, reason)
	return nil
}

// MetricsPaths fails t unless the metrics server at base serves /metrics and answers 404 on any
// other path (op-service's own server serves metrics everywhere; chain/health's does not).
func MetricsPaths(t testing.TB, base string) {
	t.Helper()
	for _, pc := range []struct {
		path string
		code int
	}{{"/metrics", http.StatusOK}, {"/", http.StatusNotFound}, {"/metricsx", http.StatusNotFound}, {"/other", http.StatusNotFound}} {
		res, err := http.Get(base + pc.path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != pc.code {
			t.Errorf("metrics server GET %s: %d, want %d", pc.path, res.StatusCode, pc.code)
		}
	}
}
