// Package health is what the services answer on GET /healthz, and the server their metrics
// and health are served on.
//
// A service is healthy (200, {"status":"ok","version":…,…details}) or unhealthy (503,
// {"status":"unhealthy","reason":…,"version":…,…details}): the reason says, in one sentence,
// what is wrong. The details are what the service wants an operator or a probe to see either
// way (its head, how far behind it is, …).
package health

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/crollup/crollup/chain/api"
)

// The values of "status".
const (
	StatusOK        = "ok"
	StatusUnhealthy = "unhealthy"
)

// Report is a service's health at one moment.
type Report struct {
	// Reason is why the service is unhealthy; "" means healthy.
	Reason string
	// Details are added to the answer's JSON object (a key status, reason or version is
	// overwritten).
	Details map[string]any
}

// Unhealthy returns a Report with the reason format makes.
func Unhealthy(details map[string]any, format string, args ...any) Report {
	return Report{Reason: fmt.Sprintf(format, args...), Details: details}
}

// OK reports whether r is healthy.
func (r Report) OK() bool { return r.Reason == "" }

// Handler answers GET /healthz with check's report: 200 when healthy, 503 when not, and the
// JSON object the package documentation describes. check is called once per request.
func Handler(check func() Report) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		r := check()
		out := make(map[string]any, len(r.Details)+3)
		for k, v := range r.Details {
			out[k] = v
		}
		out["version"] = api.Version()
		out["status"] = StatusOK
		code := http.StatusOK
		if !r.OK() {
			out["status"], out["reason"] = StatusUnhealthy, r.Reason
			code = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(out)
	})
}

// MetricsPath is where the metrics server serves the metrics.
const MetricsPath = "/metrics"

// StartMetricsServer serves reg's metrics on GET /metrics (as op-service's metrics server
// does, with promhttp's own request metrics) and healthz, when not nil, on /healthz; any other
// path is 404. op-service's StartServer serves the metrics on every path, which makes a typo
// in a probe's path look like a healthy answer. The server is listening when it returns.
func StartMetricsServer(reg *prometheus.Registry, host string, port int, healthz http.Handler) (*httputil.HTTPServer, error) {
	if reg == nil {
		return nil, errors.New("health: no registry")
	}
	mux := http.NewServeMux()
	mux.Handle(MetricsPath, promhttp.InstrumentMetricHandler(reg, promhttp.HandlerFor(reg, promhttp.HandlerOpts{})))
	if healthz != nil {
		mux.Handle("/healthz", healthz)
		mux.Handle("/healthz/{$}", healthz)
	}
	return httputil.StartHTTPServer(net.JoinHostPort(host, strconv.Itoa(port)), mux)
}
