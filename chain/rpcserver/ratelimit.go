package rpcserver

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// CodeRateLimited is the JSON-RPC error code of a request refused by the per-client rate limit
// (EIP-1474's "limit exceeded"); the answer is HTTP 429 with a Retry-After header.
const CodeRateLimited = -32005

// RateLimit bounds the HTTP requests (a batch is one request) each client may make, a client
// being the remote IP address of the connection: PerSecond requests a second on average, with
// bursts of Burst. PerSecond 0 switches the limit off. Behind a proxy every client has the
// proxy's address, so the limit is then the proxy's: rate-limit there instead.
type RateLimit struct {
	PerSecond float64
	Burst     int
}

func (l RateLimit) check() error {
	switch {
	case l.PerSecond < 0 || math.IsNaN(l.PerSecond) || math.IsInf(l.PerSecond, 0):
		return fmt.Errorf("rate limit %v requests/s: want 0 (off) or more", l.PerSecond)
	case l.PerSecond > 0 && l.Burst < 1:
		return fmt.Errorf("rate limit burst %d: want 1 or more", l.Burst)
	}
	return nil
}

// ipLimiter keeps one token bucket per remote IP. Buckets that have refilled are dropped when
// the table is swept (every minute, or when it holds more than maxIPs): a full bucket is what
// a new client gets anyway.
type ipLimiter struct {
	limit RateLimit
	now   func() time.Time

	mu    sync.Mutex
	ips   map[string]*rate.Limiter
	swept time.Time
}

const maxIPs = 1 << 16

func newIPLimiter(l RateLimit) *ipLimiter {
	return &ipLimiter{limit: l, now: time.Now, ips: map[string]*rate.Limiter{}}
}

// allow takes a token from ip's bucket; if there is none, it returns false and how long until
// there is one.
func (il *ipLimiter) allow(ip string) (bool, time.Duration) {
	now := il.now()
	il.mu.Lock()
	defer il.mu.Unlock()
	if now.Sub(il.swept) > time.Minute || len(il.ips) > maxIPs {
		for k, l := range il.ips {
			if l.TokensAt(now) >= float64(il.limit.Burst) {
				delete(il.ips, k)
			}
		}
		il.swept = now
	}
	l, ok := il.ips[ip]
	if !ok {
		l = rate.NewLimiter(rate.Limit(il.limit.PerSecond), il.limit.Burst)
		il.ips[ip] = l
	}
	r := l.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// middleware answers a request beyond its client's rate 429, without reading its body, with a
// JSON-RPC error (CodeRateLimited) as the body and Retry-After in whole seconds.
func (il *ipLimiter) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			ip = r.RemoteAddr
		}
		if ok, wait := il.allow(ip); !ok {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":null,"error":{"code":%d,"message":"rate limit exceeded: at most %g requests/s (burst %d) per client address; retry in %s"}}`+"\n",
				CodeRateLimited, il.limit.PerSecond, il.limit.Burst, wait.Round(time.Millisecond))
			return
		}
		next.ServeHTTP(w, r)
	})
}
