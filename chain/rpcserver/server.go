package rpcserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// The default limits: go-ethereum's request body limit (5 MiB), which the services had before
// they set any, and bounds on batches far below go-ethereum's node defaults (1000 calls, 25 MB)
// but well above what a client of these APIs needs.
const (
	DefaultBatchItems         = 100
	DefaultBatchResponseBytes = 10 << 20
	DefaultBodyBytes          = 5 << 20
)

// Limits bound what one HTTP request can make the server do and hold. Each is at least 1: none
// can be switched off.
type Limits struct {
	// BatchItems is the most calls in one batch request. A larger batch runs none of its calls;
	// it is answered with a batch of one error, -32600 "batch too large", carrying the id of the
	// batch's first call (go-ethereum's answer).
	BatchItems int
	// BatchResponseBytes is the most bytes of results one batch answer carries. The calls of a
	// batch run one after the other; once their results pass this many bytes, the calls left
	// do not run and each is answered -32003 "response too large" (go-ethereum's answer).
	BatchResponseBytes int
	// BodyBytes is the most bytes of a request body, sized (Content-Length) or chunked: a larger
	// body is answered HTTP 413 without being parsed.
	BodyBytes int
}

// DefaultLimits are the limits a service has unless its configuration says otherwise.
func DefaultLimits() Limits {
	return Limits{BatchItems: DefaultBatchItems, BatchResponseBytes: DefaultBatchResponseBytes, BodyBytes: DefaultBodyBytes}
}

func (l Limits) check() error {
	switch {
	case l.BatchItems < 1:
		return fmt.Errorf("batch item limit %d: want 1 or more", l.BatchItems)
	case l.BatchResponseBytes < 1:
		return fmt.Errorf("batch response limit %d: want 1 or more", l.BatchResponseBytes)
	case l.BodyBytes < 1:
		return fmt.Errorf("body limit %d: want 1 or more", l.BodyBytes)
	}
	return nil
}

// Config says where a Server listens, what it serves and its limits.
type Config struct {
	// Host and Port are where the server listens; port 0 picks a free one (Endpoint tells which).
	Host string
	Port int
	// Version is what health_status, and GET /healthz unless Healthz is set, report.
	Version string
	Limits  Limits
	// RateLimit bounds the JSON-RPC requests per client address (HTTP 429 beyond); the zero
	// value is no limit. GET /healthz is not limited.
	RateLimit RateLimit
	// Healthz answers GET /healthz; nil answers {"version": Version}.
	Healthz http.Handler
	// APIs are registered before New returns; AddAPI adds more.
	APIs []rpc.API
	// Intercept, if not nil, wraps the JSON-RPC handler: it sees each JSON-RPC request after its
	// body was read whole within Limits.BodyBytes (r.Body is then that body in memory; read it,
	// and set it back if next is to read it) and before go-ethereum's server, and may answer it
	// itself or hand it to next. The sequencer answers batches of send calls this way, admitting
	// them together (one lock, one fsync) instead of one after the other; it must then keep
	// Limits, as go-ethereum would.
	Intercept func(next http.Handler) http.Handler
	// Log is the server's logger; nil means log.Root().
	Log log.Logger
}

// Server serves JSON-RPC over HTTP POST on "/" (CORS and virtual hosts open, as op-service's
// server has them by default), GET /healthz, and 404 on any other path. It is not started by New.
//
// It is op-service's rpc.Server (v1.19.6) rebuilt from the same parts: that server makes its
// go-ethereum rpc.Server inside and offers no way to call SetBatchLimits or SetHTTPBodyLimit on
// it, and a middleware (its WithMiddleware) sees the HTTP request but not the batch loop, so it
// could count a batch's items but not stop a batch whose results grow. Here the go-ethereum
// server is ours to configure, behind go-ethereum's node HTTP stack (CORS, virtual hosts, gzip),
// op-service's logging middleware and op-service's HTTP server (its timeouts). What op-service's
// server has and the services never used is left out: websockets, JWT, more routes, metrics.
type Server struct {
	rpc    *rpc.Server
	http   *httputil.HTTPServer
	log    log.Logger
	limits Limits
}

// New builds a Server: go-ethereum's rpc.Server with cfg's batch and body limits, the "health"
// namespace (health_status, op-service's), and cfg.APIs.
func New(cfg Config) (*Server, error) {
	if err := cfg.Limits.check(); err != nil {
		return nil, fmt.Errorf("rpcserver: %w", err)
	}
	if err := cfg.RateLimit.check(); err != nil {
		return nil, fmt.Errorf("rpcserver: %w", err)
	}
	lg := cfg.Log
	if lg == nil {
		lg = log.Root()
	}
	srv := rpc.NewServer()
	srv.SetBatchLimits(cfg.Limits.BatchItems, cfg.Limits.BatchResponseBytes)
	srv.SetHTTPBodyLimit(cfg.Limits.BodyBytes)
	s := &Server{rpc: srv, log: lg, limits: cfg.Limits}
	apis := append([]rpc.API{{Namespace: "health", Service: &healthAPI{cfg.Version}}}, cfg.APIs...)
	for _, api := range apis {
		if err := s.AddAPI(api); err != nil {
			return nil, err
		}
	}
	healthz := cfg.Healthz
	if healthz == nil {
		healthz = versionHandler(cfg.Version)
	}
	open := []string{"*"}
	mux := http.NewServeMux()
	var inner http.Handler = srv
	if cfg.Intercept != nil {
		inner = cfg.Intercept(srv)
	}
	var rpcHandler http.Handler = limitBody(inner, cfg.Limits.BodyBytes)
	if cfg.RateLimit.PerSecond > 0 {
		rpcHandler = newIPLimiter(cfg.RateLimit).middleware(rpcHandler)
	}
	mux.Handle("/{$}", node.NewHTTPHandlerStack(rpcHandler, open, open, nil))
	mux.Handle("/healthz", healthz)
	mux.Handle("/healthz/{$}", healthz)
	endpoint := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
	s.http = httputil.NewHTTPServer(endpoint, oplog.NewLoggingMiddleware(lg, mux))
	return s, nil
}

// AddAPI registers api's methods, as namespace_method.
func (s *Server) AddAPI(api rpc.API) error {
	if err := s.rpc.RegisterName(api.Namespace, api.Service); err != nil {
		return fmt.Errorf("rpcserver: register namespace %q: %w", api.Namespace, err)
	}
	return nil
}

// Start listens and serves; the server is up when it returns.
func (s *Server) Start() error {
	if err := s.http.Start(); err != nil {
		return err
	}
	s.log.Info("Started RPC server", "endpoint", s.http.HTTPEndpoint(), "batch_items", s.limits.BatchItems,
		"batch_response_bytes", s.limits.BatchResponseBytes, "body_bytes", s.limits.BodyBytes)
	return nil
}

// Stop stops listening, gives the requests in flight 5 s to finish (then closes their
// connections, which cancels their contexts), and stops the RPC server.
func (s *Server) Stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := s.http.Stop(ctx)
	s.rpc.Stop()
	s.log.Info("Stopped RPC server")
	return err
}

// Endpoint is the address the server listens on, host:port (no scheme); "" when not started.
func (s *Server) Endpoint() string {
	if a := s.http.Addr(); a != nil {
		return a.String()
	}
	return ""
}

// limitBody reads the whole request body, at most limit bytes, before next sees it. A body
// beyond the limit is answered 413 whether it declares its length or comes chunked:
// go-ethereum refuses only a Content-Length beyond its limit and cuts a chunked body short,
// which then fails to parse (-32700 "parse error"). A body read to its end also lets net/http
// notice a client that hangs up and cancel the request's context, which go-ethereum checks
// between the calls of a batch.
func limitBody(next http.Handler, limit int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > int64(limit) {
			tooLarge(w, fmt.Sprintf("content length too large (%d>%d)", r.ContentLength, limit))
			return
		}
		var buf bytes.Buffer
		if r.ContentLength > 0 {
			buf.Grow(int(r.ContentLength) + bytes.MinRead) // ReadFrom wants MinRead free to read
		}
		_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, int64(limit)))
		if mb := (*http.MaxBytesError)(nil); errors.As(err, &mb) {
			tooLarge(w, fmt.Sprintf("content length too large (more than %d)", limit))
			return
		}
		if err != nil {
			http.Error(w, "reading the request body: "+err.Error(), http.StatusBadRequest)
			return
		}
		r.Body, r.ContentLength, r.TransferEncoding = http.NoBody, 0, nil
		if buf.Len() > 0 {
			r.Body, r.ContentLength = readCloser{bytes.NewReader(buf.Bytes())}, int64(buf.Len())
		}
		next.ServeHTTP(w, r)
	})
}

// tooLarge answers 413 and closes the connection (the rest of the body is not read).
func tooLarge(w http.ResponseWriter, msg string) {
	w.Header().Set("Connection", "close")
	http.Error(w, msg, http.StatusRequestEntityTooLarge)
}

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

// healthAPI is the "health" namespace: health_status reports the version, as op-service's
// server does.
type healthAPI struct{ version string }

// Status is health_status.
func (h *healthAPI) Status() string { return h.version }

func versionHandler(version string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(struct {
			Version string `json:"version"`
		}{version})
	})
}
