package challenger

import (
	"context"
	"fmt"

	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/stf"
)

// Feed keeps a Chain level with the batches L1 holds: it derives them (chain/derive: the Inbox's
// batches with their blobs, the deposits they consume) into the chain machine's oracle and
// applies them.
type Feed struct {
	src     *derive.Source
	oracle  *stf.MapOracle
	chain   *Chain
	delayed uint64 // delayed messages in the oracle
}

// NewFeed returns a feed from src into chain, whose oracle must be oracle and which must start
// at genesis (batch 0, no delayed message consumed).
func NewFeed(src *derive.Source, oracle *stf.MapOracle, chain *Chain) *Feed {
	return &Feed{src: src, oracle: oracle, chain: chain}
}

// Sync derives and applies the batches L1 holds at its head beyond the chain's.
func (f *Feed) Sync(ctx context.Context) error {
	c, err := f.src.CountsAt(ctx, nil, 0)
	if err != nil {
		return err
	}
	for next := f.chain.Batches(); next < c.Batches; next = f.chain.Batches() {
		bs, err := f.src.Batches(ctx, next, c.L1Block)
		if err != nil {
			return err
		}
		if len(bs) == 0 {
			return fmt.Errorf("challenger: L1 holds %d batches but derives none from %d", c.Batches, next)
		}
		for i := range bs {
			b := &bs[i]
			if b.DelayedCount > f.delayed {
				ds, err := f.src.DelayedMessages(ctx, f.delayed, b.DelayedCount)
				if err != nil {
					return err
				}
				for k := range ds {
					f.oracle.Msgs = append(f.oracle.Msgs, ds[k].Message())
				}
				f.delayed = b.DelayedCount
			}
			f.oracle.Batches[b.Number] = b.Machine()
		}
		if err := f.chain.Extend(ctx, bs[len(bs)-1].Number+1); err != nil {
			return err
		}
	}
	return nil
}
