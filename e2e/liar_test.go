package e2e

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/challenger"
)

// flip is a lying state root: the true one with its last bit changed (lyingRoots does the same).
func flip(r common.Hash) common.Hash { r[31] ^= 1; return r }

// lyingChild is the liar's assertion under parent: the honest one's batches, with every root
// after the first batch flipped, and the history of those boundaries.
func lyingChild(s *challenger.Service, chain *challenger.Chain, k int, h0 uint8) func(*dispute.AssertionRecord) (dispute.Assertion, bool) {
	return func(parent *dispute.AssertionRecord) (dispute.Assertion, bool) {
		a, ok := s.HonestChild(parent)
		if !ok {
			return a, false
		}
		root := func(n uint64) common.Hash {
			r, _ := chain.Root(n)
			if n > 0 {
				r = flip(r)
			}
			return r
		}
		var roots []common.Hash
		for n := parent.BatchEnd; n <= a.BatchEnd; n++ {
			roots = append(roots, root(n))
		}
		a.StateRoot, a.History = roots[len(roots)-1], onchain.History(k, h0, roots)
		return a, true
	}
}

// lyingTrace is the liar's account of an assertion whose first batch it lies about: the honest
// states up to step bad of that batch, salted ones after, and a done state with the flipped
// root, which every later boundary repeats.
type lyingTrace struct {
	honest *challenger.AssertionTrace
	from   uint64
	bad    uint64
}

func (l *lyingTrace) done() []byte {
	_, pre := l.honest.State(0, l.honest.Steps(0))
	d := append([]byte(nil), pre...)
	d[len(d)-1] ^= 1
	return d
}

func (l *lyingTrace) Boundary(p uint64) dispute.Hash {
	if l.from == 0 && p == 0 {
		return l.honest.Boundary(0)
	}
	st, _ := stf.DecodeState(l.done())
	return stf.StartHash(st.Job.MemRoot)
}

func (l *lyingTrace) State(p, q uint64) (dispute.Hash, []byte) {
	if q < l.bad {
		return l.honest.State(p, q)
	}
	if q >= l.honest.Steps(p) {
		d := l.done()
		return stf.HashPacked(d), d
	}
	return crypto.Keccak256Hash([]byte("a lie"), binary.BigEndian.AppendUint64(nil, q)), nil
}

// Steps is the honest batch's length: the lie pads from there too.
func (l *lyingTrace) Steps(p uint64) uint64 { return l.honest.Steps(p) }

var (
	_ dispute.Trace   = (*lyingTrace)(nil)
	_ dispute.Lengths = (*lyingTrace)(nil)
)

// playBoth steps the challenger and the liar until done says so.
func playBoth(ctx context.Context, t *testing.T, what string, svcs []*challenger.Service, done func() bool) {
	t.Helper()
	waitFor(ctx, t, what, func() bool {
		for _, s := range svcs {
			if err := s.Step(ctx); err != nil {
				t.Logf("step: %v", err)
			}
		}
		time.Sleep(200 * time.Millisecond)
		return done()
	})
}
