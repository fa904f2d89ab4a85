package fault_test

import (
	"context"
	"errors"
	"testing"

	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// chain is stftest.ThreeBatches, applied: deposits and an upload; a job and a withdrawal;
// another job and a withdrawal, with a fee recipient so that blocks pay fees.
func chain(t *testing.T) *challenger.Chain {
	t.Helper()
	c, err := stftest.ThreeBatches()
	if err != nil {
		t.Fatal(err)
	}
	ch := challenger.NewChain(c.Cfg, c.Oracle, c.Genesis, 0, bulk.NewCPU(0))
	if err := ch.Extend(context.Background(), 3); err != nil {
		t.Fatal(err)
	}
	return ch
}

// TestLies checks each lie against the honest chain: the liar's states are the honest ones up to
// and including the pre-state of the step it gets wrong, and differ from the post-state on, in
// the first batch that has a step of its kind; the roots it asserts agree before that batch and
// differ after it; the same lie computed twice is the same (no randomness, no clock).
func TestLies(t *testing.T) {
	ctx := context.Background()
	ch := chain(t)
	honest, err := challenger.NewAssertionTrace(ctx, ch, 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range fault.Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			tr, err := fault.NewTrace(ctx, ch, 0, 3, k)
			if err != nil {
				t.Fatal(err)
			}
			p := tr.Bad
			pre, _ := honest.State(p, tr.Step)
			lpre, lpreimage := tr.State(p, tr.Step)
			post, _ := honest.State(p, tr.Step+1)
			lpost, _ := tr.State(p, tr.Step+1)
			if pre != lpre || post == lpost || stf.HashPacked(lpreimage) != lpre {
				t.Fatalf("batch %d step %d: pre %s / %s, post %s / %s", p, tr.Step, pre, lpre, post, lpost)
			}
			st, err := stf.DecodeState(lpreimage)
			if err != nil || st.Regs.Phase != k.Phase {
				t.Fatalf("the wrong step is in phase %v (%v), want %v", st.Regs.Phase, err, k.Phase)
			}
			for q := uint64(0); q < tr.Step; q += max(tr.Step/50, 1) {
				h, _ := honest.State(p, q)
				if l, _ := tr.State(p, q); l != h {
					t.Fatalf("step %d before the lie differs", q)
				}
			}
			roots := tr.Roots()
			if len(roots) != 4 {
				t.Fatalf("%d roots for 3 batches", len(roots))
			}
			for b := uint64(0); b <= 3; b++ {
				r, _ := ch.Root(b)
				if (b <= p) != (roots[b] == r) {
					t.Fatalf("root after %d batches: honest %s, liar %s (the lie is in batch %d)", b, r, roots[b], p)
				}
				if tr.Boundary(b) != stf.StartHash(roots[b]) {
					t.Fatalf("boundary %d is not the liar's root's", b)
				}
			}
			_, done := tr.State(p, tr.Steps(p)+3)
			end, err := stf.DecodeState(done)
			if err != nil || end.Regs.Status != stf.StatusDone || end.Job.MemRoot != roots[p+1] {
				t.Fatalf("the wrong batch's padded last state is not done at the liar's root (%v)", err)
			}
			again, err := fault.NewTrace(ctx, ch, 0, 3, k)
			if err != nil || again.Bad != tr.Bad || again.Step != tr.Step || again.Roots()[3] != roots[3] {
				t.Fatal("the same lie computed twice differs")
			}
			if err := tr.Err(); err != nil {
				t.Fatal(err)
			}
		})
	}
	if _, err := fault.NewTrace(ctx, ch, 0, 1, fault.ForgedWithdrawal); !errors.Is(err, fault.ErrNoSuchStep) {
		t.Fatalf("a withdrawal lie over a batch without withdrawals: %v", err)
	}
}
