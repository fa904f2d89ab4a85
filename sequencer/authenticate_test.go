package sequencer

import (
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/api/apitest"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/rpcserver"
	"github.com/crollup/crollup/chain/stf/stftest"
)

// junkCases are messages the chain refuses for their signature or signer, and neighbours that
// the early checks must leave to the state (a hint of no account, a malformed entry), each with
// the data and program it is sent with. u is a sequencer's test env; users 1 and 2 exist,
// user 1's mempool holds MempoolPerAccount messages (full).
func junkCases(t *testing.T, e *env) []struct {
	name string
	s    *msg.Signed
	data []byte
} {
	stranger, _ := crypto.ToECDSA(crypto.Keccak256([]byte("a key without an account")))
	w := func(i int, hint uint32, mut func(s *msg.Signed)) *msg.Signed {
		s, err := e.users[i].Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1), uint256.NewInt(stftest.FlatPrice), e.nonces[i])
		if err != nil {
			t.Fatal(err)
		}
		s.AccountHint = hint
		if mut != nil {
			mut(s)
		}
		return s
	}
	otherChain := e.keys.Cfg.Domain
	otherChain.ChainID++
	var zero [32]byte
	return []struct {
		name string
		s    *msg.Signed
		data []byte
	}{
		{"flipped bit in r", w(2, 2, func(s *msg.Signed) { s.Signature[5] ^= 1 }), nil},
		{"flipped bit in s", w(2, 2, func(s *msg.Signed) { s.Signature[40] ^= 1 }), nil},
		{"high s", highS(w(2, 2, nil)), nil},
		{"zero r", w(2, 2, func(s *msg.Signed) { copy(s.Signature[:32], zero[:]) }), nil},
		{"zero s", w(2, 2, func(s *msg.Signed) { copy(s.Signature[32:64], zero[:]) }), nil},
		{"r above n", w(2, 2, func(s *msg.Signed) {
			for i := range 32 {
				s.Signature[i] = 0xff
			}
		}), nil},
		{"another domain", signOver(t, w(2, 2, nil).Message, msg.DomainName, msg.DomainVersion, otherChain, e.keys.Keys[2], 2), nil},
		{"a key without an account", signOver(t, w(2, 2, nil).Message, msg.DomainName, msg.DomainVersion, e.keys.Cfg.Domain, stranger, 2), nil},
		{"another account's key", w(3, 2, nil), nil},
		{"hint of no account", w(2, 99, func(s *msg.Signed) { s.Signature[5] ^= 1 }), nil},
		{"malformed (a withdrawal with data), bad signature", w(2, 2, func(s *msg.Signed) { s.Signature[5] ^= 1 }), []byte{1}},
		{"full mempool, bad signature", w(1, 1, func(s *msg.Signed) { s.Signature[5] ^= 1 }), nil},
		{"honest", w(2, 2, nil), nil},
	}
}

// TestEarlyChecksAnswerAsLocked: every junk case gets the same answer — code, reason, message,
// or admission — from a sequencer that checks outside its lock as from one that runs every
// check inside (lockedChecks, the path before the early checks), and the two end in the same
// state.
func TestEarlyChecksAnswerAsLocked(t *testing.T) {
	cfg := testConfig()
	cfg.MempoolPerAccount = 2
	balances := []uint64{0, 1 << 40, 1 << 40, 1 << 40}
	early, locked := newEnv(t, cfg, balances...), newEnv(t, cfg, balances...)
	locked.seq.lockedChecks = true
	for _, e := range []*env{early, locked} {
		e.mustSend(e.withdraw(1, 1), 0, nil)
		e.mustSend(e.withdraw(1, 1), 0, nil)
	}
	a, b := junkCases(t, early), junkCases(t, locked)
	refusedEarly := 0
	for i := range a {
		_, errA := early.seq.Send(a[i].s.Kind, api.Send{Message: a[i].s, Data: a[i].data})
		_, errB := locked.seq.Send(b[i].s.Kind, api.Send{Message: b[i].s, Data: b[i].data})
		var ea, eb *Error
		switch {
		case errA == nil && errB == nil:
			continue
		case !errors.As(errA, &ea) || !errors.As(errB, &eb) || *ea != *eb:
			t.Errorf("%s: early checks answer %v, locked checks %v", a[i].name, errA, errB)
		}
		if ea != nil && (ea.Reason == "signature" || ea.Reason == "account") {
			refusedEarly++
		}
		t.Logf("%s: %d %s: %s", a[i].name, ea.Code, ea.Reason, ea.Message)
	}
	if refusedEarly < 8 {
		t.Errorf("%d cases refused for their signature or signer, want at least 8", refusedEarly)
	}
	early.produce()
	locked.produce()
	ba, bb := early.replay(), locked.replay()
	if len(ba) != len(bb) || len(ba) == 0 || ba[len(ba)-1].Payload.String() != bb[len(bb)-1].Payload.String() {
		t.Fatalf("the two sequencers made different blocks")
	}
}

// TestJunkSkipsAdmissionLock: with the admission lock held (as a long admission or a block
// being cut holds it), junk — a bad signature, another domain, another key — is refused, over
// JSON-RPC as in process; the same junk on the locked path waits for the lock, which shows the
// test can tell the two apart.
func TestJunkSkipsAdmissionLock(t *testing.T) {
	cfg := testConfig()
	cfg.MempoolPerAccount = 2
	e := newEnv(t, cfg, 0, 1<<40, 1<<40, 1<<40)
	e.mustSend(e.withdraw(1, 1), 0, nil)
	e.mustSend(e.withdraw(1, 1), 0, nil)
	var junk []*msg.Signed
	for _, c := range junkCases(t, e) {
		if strings.HasPrefix(c.name, "flipped") || strings.HasPrefix(c.name, "another") || c.name == "high s" || c.name == "a key without an account" {
			junk = append(junk, c.s)
		}
	}
	e.seq.mu.Lock()
	done := make(chan error, 2*len(junk))
	for _, s := range junk {
		go func() { _, err := e.seq.Send(s.Kind, api.Send{Message: s}); done <- err }()
		go func() { _, err := e.send(s, 0, nil); done <- err }()
	}
	for range 2 * len(junk) {
		select {
		case err := <-done:
			if !refusedJunk(err) {
				t.Errorf("junk answered %v, want a signature or account refusal", err)
			}
		case <-time.After(30 * time.Second):
			e.seq.mu.Unlock()
			t.Fatal("junk is not refused while the admission lock is held: it waits for the lock")
		}
	}

	// The locked path (before the early checks) waits for the lock.
	e.seq.mu.Unlock()
	e.seq.mu.Lock()
	e.seq.lockedChecks = true
	go func() { _, err := e.seq.Send(junk[0].Kind, api.Send{Message: junk[0]}); done <- err }()
	select {
	case err := <-done:
		e.seq.mu.Unlock()
		t.Fatalf("on the locked path, junk was answered (%v) while the lock was held", err)
	case <-time.After(200 * time.Millisecond):
	}
	e.seq.mu.Unlock()
	if err := <-done; !refusedJunk(err) {
		t.Fatalf("on the locked path, junk answered %v once the lock was free", err)
	}
}

// refusedJunk says whether err is a signature or account refusal.
func refusedJunk(err error) bool {
	c, _ := apitest.Code(err)
	return c == api.SkipCode(layout.SkipSignature) || c == api.SkipCode(layout.SkipAccount)
}

// TestRPCRateLimit: with rpc-rate-per-ip set, a client address gets its burst of sends, then
// HTTP 429 with JSON-RPC error -32005, while another address is still served (and admitted).
func TestRPCRateLimit(t *testing.T) {
	cfg := testConfig()
	cfg.RPCRatePerIP, cfg.RPCRateBurst = 1, 4
	e := newEnv(t, cfg, 0, 1<<40, 1<<40)
	e.c.Close() // its dial may have used a token: use fresh clients
	e.c = nil
	dial := func(ip string) *rpc.Client {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
		c, err := rpc.DialOptions(t.Context(), e.seq.RPCEndpoint(),
			rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{DialContext: d.DialContext}}))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	send := func(c *rpc.Client, s *msg.Signed) error {
		var out api.SendResult
		return c.CallContext(t.Context(), &out, api.MethodSendWithdraw, api.Send{Message: s})
	}
	a, b := dial("127.0.0.3"), dial("127.0.0.4")
	for i := range 4 {
		if err := send(a, e.withdraw(1, 1)); err != nil {
			t.Fatalf("send %d within the burst: %v", i, err)
		}
	}
	err := send(a, e.withdraw(1, 1))
	var he rpc.HTTPError
	if !errors.As(err, &he) || he.StatusCode != http.StatusTooManyRequests || !strings.Contains(string(he.Body), "-32005") {
		t.Fatalf("send beyond the burst: %v, want HTTP 429 with error %d", err, rpcserver.CodeRateLimited)
	}
	if err := send(b, e.withdraw(2, 1)); err != nil {
		t.Fatalf("another address: %v", err)
	}
	if n := e.seq.pool.len(); n != 5 {
		t.Fatalf("%d messages pending, want 5 (4 + the other address's 1)", n)
	}
}
