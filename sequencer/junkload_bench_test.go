package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/msg"
)

// BenchmarkJunkLoad measures honest admissions under a junk load, side by side: the admission
// path before the early checks (lockedChecks: every check inside the admission lock) and after
// (signature and signer checked outside it), each without junk and with junk, and after with a
// per-IP rate limit. 8 honest clients, each from its own loopback address (127.0.0.10…), send
// withdrawals one after the other for 5 s; the junk is 250 or 1000 withdrawals/s with a flipped
// bit in the signature's r (well-formed; it recovers a random signer, refused 4002), from 16
// other connections of address 127.0.0.2. With rate=400, every address may send 400 requests/s
// (burst 400): the junk address is answered 429 beyond, the honest ones (about 300/s each on
// 2 cores) stay below. Database on disk (an fsync per group of answers), blocks
// every 200 ms. Each sub-benchmark runs once (b.N is ignored). Run:
//
//	go test ./sequencer -run '^$' -bench JunkLoad -benchtime 1x
func BenchmarkJunkLoad(b *testing.B) {
	for _, m := range []struct {
		name   string
		locked bool
		junk   int
		rate   int
	}{
		{"before/no-junk", true, 0, 0},
		{"before/junk=250", true, 250, 0},
		{"before/junk=1000", true, 1000, 0},
		{"after/no-junk", false, 0, 0},
		{"after/junk=250", false, 250, 0},
		{"after/junk=1000", false, 1000, 0},
		{"after+rate=400/junk=1000", false, 1000, 400},
	} {
		b.Run(m.name, func(b *testing.B) { benchJunkLoad(b, m.locked, m.junk, m.rate) })
	}
}

func benchJunkLoad(b *testing.B, locked bool, junkRate, ratePerIP int) {
	const honest, junkConns, per = 8, 16, 4000
	const dur = 5 * time.Second
	cfg := testConfig()
	cfg.DataDir = b.TempDir()
	cfg.BlockTime = 200 * time.Millisecond
	cfg.MempoolPerAccount, cfg.MempoolTotal = 1<<20, 1<<20
	if ratePerIP > 0 {
		cfg.RPCRatePerIP, cfg.RPCRateBurst = ratePerIP, ratePerIP
	}
	balances := make([]uint64, honest+2)
	for i := range balances {
		balances[i] = 1 << 60
	}
	e := newEnv(b, cfg, balances...)
	e.seq.lockedChecks = locked
	msgs := make([][]*msg.Signed, honest)
	for c := range msgs {
		for range per {
			msgs[c] = append(msgs[c], e.withdraw(c+1, 1))
		}
	}
	junk := e.withdraw(honest+1, 1)
	junk.Signature[7] ^= 1

	dial := func(ip string) *rpc.Client {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
		c, err := rpc.DialOptions(context.Background(), e.seq.RPCEndpoint(),
			rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 1}}))
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var wg sync.WaitGroup
	var junkSent, junkRefused, junk429 atomic.Int64
	for j := 0; junkRate > 0 && j < junkConns; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := dial("127.0.0.2")
			defer c.Close()
			tick := time.NewTicker(time.Second * junkConns / time.Duration(junkRate))
			defer tick.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				var out api.SendResult
				err := c.CallContext(context.Background(), &out, api.MethodSendWithdraw, api.Send{Message: junk})
				junkSent.Add(1)
				var he rpc.HTTPError
				switch {
				case err == nil:
					b.Error("junk admitted")
				case errors.As(err, &he) && he.StatusCode == http.StatusTooManyRequests:
					junk429.Add(1)
				default:
					junkRefused.Add(1)
				}
			}
		}()
	}
	lat := make([][]time.Duration, honest)
	var refusedHonest atomic.Int64
	t0 := time.Now()
	for c := range honest {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl := dial(fmt.Sprintf("127.0.0.%d", 10+c))
			defer cl.Close()
			for _, s := range msgs[c] {
				if ctx.Err() != nil {
					return
				}
				var out api.SendResult
				t := time.Now()
				if err := cl.CallContext(context.Background(), &out, api.MethodSendWithdraw, api.Send{Message: s}); err != nil {
					refusedHonest.Add(1)
					time.Sleep(10 * time.Millisecond)
					continue
				}
				lat[c] = append(lat[c], time.Since(t))
			}
			if ctx.Err() == nil {
				b.Errorf("honest client %d ran out of messages", c)
			}
		}()
	}
	wg.Wait()
	el := time.Since(t0)
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(len(all))/el.Seconds(), "honest/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(refusedHonest.Load())/el.Seconds(), "honest-refused/s")
	b.ReportMetric(float64(junkSent.Load())/el.Seconds(), "junk/s")
	b.ReportMetric(float64(junk429.Load())/el.Seconds(), "junk-429/s")
}
