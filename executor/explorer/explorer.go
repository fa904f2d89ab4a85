package explorer

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

//go:embed static
var static embed.FS

// maxRequest bounds a proxied JSON-RPC request body: the page only reads.
const maxRequest = 64 << 10

// Config says where the page's data comes from.
type Config struct {
	// ExecutorRPC is the executor's JSON-RPC URL (required).
	ExecutorRPC string
	// SequencerRPC is the sequencer's; "" when the executor derives from L1 alone (the page
	// then shows what the executor knows: no pending or batched status).
	SequencerRPC string
	// Settlement, if set, shows the assertion chain and its disputes (/api/settlement).
	Settlement *SettlementConfig
}

// Handler serves the page at / and the proxies at /rpc/executor and /rpc/sequencer.
func Handler(cfg Config) (http.Handler, error) {
	mux := http.NewServeMux()
	sub, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	files := http.FileServer(http.FS(sub))
	mux.Handle("GET /", noCache(files))
	exe, err := proxy("executor", cfg.ExecutorRPC)
	if err != nil {
		return nil, err
	}
	mux.Handle("POST /rpc/executor", exe)
	if cfg.SequencerRPC != "" {
		seq, err := proxy("sequencer", cfg.SequencerRPC)
		if err != nil {
			return nil, err
		}
		mux.Handle("POST /rpc/sequencer", seq)
	} else {
		mux.HandleFunc("POST /rpc/sequencer", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "this executor follows no sequencer", http.StatusNotFound)
		})
	}
	if cfg.Settlement != nil {
		mux.Handle("GET /api/settlement", &settlement{cfg: *cfg.Settlement})
	}
	mux.HandleFunc("GET /config.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]bool{"sequencer": cfg.SequencerRPC != "", "settlement": cfg.Settlement != nil})
	})
	return mux, nil
}

// noCache makes the browser revalidate the page: a new binary serves new assets.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		h.ServeHTTP(w, r)
	})
}

// readOnly reports whether a JSON-RPC method only reads: the page must not become a way to
// send messages from a browser that happens to reach the explorer.
func readOnly(method string) bool {
	return strings.HasPrefix(method, "compute_get") || method == "compute_blockNumber" || method == "compute_chainConfig"
}

// proxy forwards read-only JSON-RPC requests (single or batched) to target.
func proxy(name, target string) (http.Handler, error) {
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("explorer: %s RPC URL %q: want http(s)://host:port", name, target)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.Director = func(r *http.Request) {
		r.URL.Scheme, r.URL.Host, r.URL.Path, r.Host = u.Scheme, u.Host, u.Path, u.Host
		r.Header.Del("Origin") // the services' JSON-RPC servers refuse cross-origin browsers
		r.Header.Del("Cookie")
	}
	rp.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, err error) {
		writeRPCError(w, fmt.Sprintf("the %s is unreachable: %v", name, err))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxRequest+1))
		if err != nil || len(body) > maxRequest {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		if err := checkMethods(body); err != nil {
			writeRPCError(w, err.Error())
			return
		}
		r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		r.Header.Set("Content-Type", "application/json")
		rp.ServeHTTP(w, r)
	}), nil
}

// checkMethods accepts a request, or a batch of requests, whose methods all only read.
func checkMethods(body []byte) error {
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &calls); err != nil {
			return fmt.Errorf("not a JSON-RPC batch: %v", err)
		}
	} else {
		var c call
		if err := json.Unmarshal(trimmed, &c); err != nil {
			return fmt.Errorf("not a JSON-RPC request: %v", err)
		}
		calls = []call{c}
	}
	for _, c := range calls {
		if !readOnly(c.Method) {
			return fmt.Errorf("method %q is not served to the explorer (read-only methods only)", c.Method)
		}
	}
	return nil
}

func writeRPCError(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": nil,
		"error": map[string]any{"code": -32601, "message": msg}})
}
