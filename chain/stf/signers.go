package stf

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
)

// Signers recovered alongside the machine. The message check (msgAuth) recovers each message's
// signer with ecrecover, ~40 µs of CPU, one message after another: in a block of small jobs that
// is a large share of ApplyBlock's time. Authenticate is a pure function of the domain
// separator, the kind and the signed words, so the fast path recovers every message of the
// block on other goroutines, in block order, while the machine runs; msgAuth then waits for its
// message's result instead of computing it. The lookup is keyed by exactly what Authenticate
// reads, so a hit returns what the call would have: the machine's results, and its roots, cannot
// differ (TestSignersAhead checks both against Authenticate and against recovering in line).

// authResult is one Authenticate result.
type authResult struct {
	signer common.Address
	skip   layout.Skip
}

// signers are the results being recovered for one block's messages.
type signers struct {
	index map[string]int  // authKey → the first message with it
	res   []authResult    // by message
	ok    []bool          // res[i] was computed (not skipped after a stop)
	done  []chan struct{} // closed once message i is settled
	stop  atomic.Bool     // set by close: settle the rest without computing
	wg    sync.WaitGroup
}

// authKey is what Authenticate reads of a body of kind k: the kind and the encodeData and
// signature words. ok is false when the body is too short for its kind (Authenticate answers
// SkipMalformed without recovering anything) or the kind is not a message kind.
func authKey(k msg.Kind, body []byte) (string, bool) {
	if !k.Valid() {
		return "", false
	}
	_, n, _ := bodyShape(k)
	if len(body) < 32*(n+3) {
		return "", false
	}
	key := make([]byte, 1+32*(n+3))
	key[0] = byte(k)
	copy(key[1:], body[:32*(n+3)])
	return string(key), true
}

// startSigners starts recovering msgs' signers on workers goroutines, in block order. It
// returns nil when workers < 1 or there is nothing to recover. close must be called.
func startSigners(ctx context.Context, sep common.Hash, msgs []batch.Message, workers int) *signers {
	if workers < 1 || len(msgs) == 0 {
		return nil
	}
	s := &signers{index: make(map[string]int, len(msgs)), res: make([]authResult, len(msgs)),
		ok: make([]bool, len(msgs)), done: make([]chan struct{}, len(msgs))}
	keys := make([]string, len(msgs))
	for i, m := range msgs {
		s.done[i] = make(chan struct{})
		if key, ok := authKey(msg.Kind(m.Kind), m.Body); ok {
			keys[i] = key
			if _, dup := s.index[key]; !dup {
				s.index[key] = i
			}
		}
	}
	var next atomic.Int64
	for range min(workers, len(msgs)) {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(msgs) {
					return
				}
				if keys[i] != "" && !s.stop.Load() && ctx.Err() == nil {
					s.res[i].signer, s.res[i].skip = Authenticate(sep, msg.Kind(msgs[i].Kind), msgs[i].Body)
					s.ok[i] = true
				}
				close(s.done[i])
			}
		}()
	}
	return s
}

// lookup waits for key's result; ok is false when key is not one of the block's messages or
// its recovery was skipped (the caller then authenticates itself).
func (s *signers) lookup(key string) (authResult, bool) {
	i, ok := s.index[key]
	if !ok {
		return authResult{}, false
	}
	<-s.done[i]
	return s.res[i], s.ok[i]
}

// close stops the recovery and waits for its goroutines.
func (s *signers) close() {
	s.stop.Store(true)
	s.wg.Wait()
}

// defaultAuthWorkers is how many goroutines ApplyBlock recovers signers on.
func defaultAuthWorkers() int { return runtime.GOMAXPROCS(0) }

// authenticate is Authenticate, answered by the signers recovered alongside when they hold it.
func (m *Machine) authenticate(k msg.Kind, body []byte) (common.Address, layout.Skip) {
	if m.signers != nil {
		if key, ok := authKey(k, body); ok {
			if r, ok := m.signers.lookup(key); ok {
				return r.signer, r.skip
			}
		}
	}
	return Authenticate(m.sep, k, body)
}

// Recovered is a message's authentication as Authenticate computed it, under the chain's
// domain separator, by a caller that already needed it (the sequencer recovers the signer
// before admission, outside its lock): ApplyBlockRecovered takes it instead of recovering the
// signer a second time.
type Recovered struct {
	Signer common.Address
	Skip   layout.Skip
}

// settledSigners holds the callers' recoveries: rec[i] for msgs[i], nil where unknown (the
// machine then recovers that one itself).
func settledSigners(msgs []batch.Message, rec []*Recovered) *signers {
	s := &signers{index: make(map[string]int, len(msgs)), res: make([]authResult, len(msgs)),
		ok: make([]bool, len(msgs)), done: make([]chan struct{}, len(msgs))}
	settled := make(chan struct{})
	close(settled)
	for i, m := range msgs {
		s.done[i] = settled
		if key, ok := authKey(msg.Kind(m.Kind), m.Body); ok {
			if _, dup := s.index[key]; !dup {
				s.index[key] = i
			}
		}
		if i < len(rec) && rec[i] != nil {
			s.res[i], s.ok[i] = authResult{rec[i].Signer, rec[i].Skip}, true
		}
	}
	return s
}
