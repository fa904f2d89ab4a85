// Package tracetest holds any trace.TraceProvider to the contract the challenger relies on, so the
// job machine's provider and the chain machine's are tested by one set of rules.
package tracetest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/trace"
)

// Check queries p at each index in at (indices past the end included) and fails t unless:
//   - HashAt(i) is hash(StateAt(i));
//   - WitnessAt(i) commits to the pre-state HashAt(i);
//   - when verify is not nil (a verifier of one step: the Go model of the L1 contract), the
//     witness of step i leads to HashAt(i+1);
//   - every index at or past Steps() answers the final state.
//
// It checks the provider against itself; the caller compares HashAt with stepping.
func Check[S any, W trace.Witness](t testing.TB, p trace.TraceProvider[S, W], hash func(S) common.Hash,
	verify func(pre common.Hash, w W) (common.Hash, error), at []uint64) {
	t.Helper()
	ctx := context.Background()
	n := p.Steps()
	final := hash(p.Final())
	for _, i := range at {
		h, err := p.HashAt(ctx, i)
		if err != nil {
			t.Fatalf("HashAt(%d): %v", i, err)
		}
		s, err := p.StateAt(ctx, i)
		if err != nil {
			t.Fatalf("StateAt(%d): %v", i, err)
		}
		if got := hash(s); got != h {
			t.Fatalf("StateAt(%d) hashes to %x, HashAt gives %x", i, got, h)
		}
		if i >= n && h != final {
			t.Fatalf("HashAt(%d) past the end (%d steps) is %x, the final state %x", i, n, h, final)
		}
		w, err := p.WitnessAt(ctx, i)
		if err != nil {
			t.Fatalf("WitnessAt(%d): %v", i, err)
		}
		if w.StateHash() != h {
			t.Fatalf("WitnessAt(%d) commits to %x, HashAt gives %x", i, w.StateHash(), h)
		}
		if verify == nil {
			continue
		}
		post, err := verify(h, w)
		if err != nil {
			t.Fatalf("witness of step %d does not verify: %v", i, err)
		}
		next, err := p.HashAt(ctx, i+1)
		if err != nil {
			t.Fatalf("HashAt(%d): %v", i+1, err)
		}
		if post != next {
			t.Fatalf("witness of step %d leads to %x, HashAt(%d) gives %x", i, post, i+1, next)
		}
	}
}
