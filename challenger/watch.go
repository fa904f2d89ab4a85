package challenger

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Watch is what a challenger reads L1 through: the chain derived from L1 alone (Feed, Chain)
// and the mirror of the Rollup. Services that step in turn may share one.
type Watch struct {
	Feed   *Feed
	Chain  *Chain
	Mirror *Mirror
	rollup common.Address
}

// NewWatch starts a watch at genesis: the batches and deposits src derives, applied to the
// genesis state on backend with the chain machine's configuration cfg, and the Rollup mirrored
// from L1 block from (its deployment). It refuses a genesis that is not the Rollup's: the chain
// settings would be another chain's, and every honest assertion would look wrong.
func NewWatch(ctx context.Context, src *derive.Source, cfg stf.Config, genesis *memory.Memory, backend vm.Backend, l1 MirrorL1,
	rollup common.Address, from uint64) (*Watch, error) {
	mirror, err := NewMirror(ctx, l1, rollup, from)
	if err != nil {
		return nil, err
	}
	if g, ok := mirror.R.Assertion(mirror.R.Genesis); !ok || g.StateRoot != genesis.Root() {
		return nil, fmt.Errorf("challenger: the chain settings give the genesis root %s, but the Rollup %s starts from %s",
			genesis.Root(), rollup, g.StateRoot)
	}
	oracle := &stf.MapOracle{Batches: map[uint64]*stf.Batch{}}
	chain := NewChain(cfg, oracle, genesis, 0, backend)
	return &Watch{Feed: NewFeed(src, oracle, chain), Chain: chain, Mirror: mirror, rollup: rollup}, nil
}

// Service returns a challenger over w sending through tx.
func (w *Watch) Service(lg log.Logger, tx Sender) *Service {
	return NewService(lg, w.Feed, w.Chain, w.Mirror, tx, w.rollup)
}
