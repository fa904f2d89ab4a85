package challenger

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftrace"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Chain is the chain as a challenger re-executes it from L1 data, batch by batch with the chain
// machine's batch path (stf.ApplyBatch: exactly what ChainVM verifies), keeping the state at every
// batch boundary since Base as a copy-on-write snapshot: any of those batches can be traced again
// (Trace) for the steps level of a dispute, however far the chain has moved on. Prune drops the
// boundaries a confirmed assertion put beyond dispute.
type Chain struct {
	cfg     stf.Config
	oracle  stf.Oracle
	backend vm.Backend

	mu    sync.Mutex
	base  uint64           // the batch count of snaps[0]
	snaps []*memory.Memory // the state after base+i batches (frozen: only snapshots of it are written)
	roots []common.Hash
}

// NewChain starts a chain at state (the state after `batches` batches: the genesis state and 0,
// or a confirmed state) reading batches and delayed messages from oracle.
func NewChain(cfg stf.Config, oracle stf.Oracle, state *memory.Memory, batches uint64, backend vm.Backend) *Chain {
	s := state.Snapshot()
	return &Chain{cfg: cfg, oracle: oracle, backend: backend, base: batches, snaps: []*memory.Memory{s}, roots: []common.Hash{s.Root()}}
}

// Batches is the batch count of the newest state.
func (c *Chain) Batches() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.base + uint64(len(c.snaps)) - 1
}

// Extend applies batches until the state after `to` batches is known; the oracle must hold them.
func (c *Chain) Extend(ctx context.Context, to uint64) error {
	for {
		c.mu.Lock()
		top := c.base + uint64(len(c.snaps)) - 1
		prev := c.snaps[len(c.snaps)-1]
		c.mu.Unlock()
		if top >= to {
			return nil
		}
		work := prev.Snapshot()
		if _, err := stf.ApplyBatch(ctx, c.cfg, c.oracle, work, c.backend); err != nil {
			return fmt.Errorf("challenger: batch %d: %w", top, err)
		}
		root := work.Root()
		c.mu.Lock()
		c.snaps, c.roots = append(c.snaps, work), append(c.roots, root)
		c.mu.Unlock()
	}
}

// Root is the state root after p batches, if known.
func (c *Chain) Root(p uint64) (common.Hash, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p < c.base || p-c.base >= uint64(len(c.roots)) {
		return common.Hash{}, false
	}
	return c.roots[p-c.base], true
}

// Trace prepares the trace provider of batch p (from the state after p batches to its done
// state).
func (c *Chain) Trace(ctx context.Context, p uint64, opts stftrace.Options) (*stftrace.Provider, error) {
	c.mu.Lock()
	if p < c.base || p-c.base+1 >= uint64(len(c.snaps)) {
		c.mu.Unlock()
		return nil, fmt.Errorf("challenger: batch %d is not applied (states after %d to %d batches kept)", p, c.base, c.base+uint64(len(c.snaps))-1)
	}
	pre := c.snaps[p-c.base]
	c.mu.Unlock()
	return stftrace.Prepare(ctx, c.cfg, c.oracle, pre.Snapshot(), opts)
}

// Config is the chain machine's configuration.
func (c *Chain) Config() stf.Config { return c.cfg }

// Oracle is where the chain reads batches and delayed messages.
func (c *Chain) Oracle() stf.Oracle { return c.oracle }

// Backend is what the chain runs jobs on.
func (c *Chain) Backend() vm.Backend { return c.backend }

// State is a copy of the state after p batches (to run, or to change, without touching the
// chain's).
func (c *Chain) State(p uint64) (*memory.Memory, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p < c.base || p-c.base >= uint64(len(c.snaps)) {
		return nil, fmt.Errorf("challenger: the state after %d batches is not kept (states after %d to %d batches are)", p, c.base,
			c.base+uint64(len(c.snaps))-1)
	}
	return c.snaps[p-c.base].Snapshot(), nil
}

// Prune forgets the states before p batches (a confirmed assertion's boundary: nothing before it
// can be disputed).
func (c *Chain) Prune(p uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p <= c.base {
		return
	}
	drop := min(p-c.base, uint64(len(c.snaps))-1)
	c.snaps, c.roots, c.base = c.snaps[drop:], c.roots[drop:], c.base+drop
}

// Hashes runs batch p step by step from the state after p batches and returns the state hash
// after every step, from 0 to the done state: the steps level's states for a dispute over the
// batch. It holds them all (32 bytes a step): fine for batches of millions of steps; a batch of
// 2^32 needs a streaming commitment instead.
func (c *Chain) Hashes(ctx context.Context, p uint64) ([]common.Hash, error) {
	c.mu.Lock()
	if p < c.base || p-c.base+1 >= uint64(len(c.snaps)) {
		c.mu.Unlock()
		return nil, fmt.Errorf("challenger: batch %d is not applied", p)
	}
	pre := c.snaps[p-c.base]
	c.mu.Unlock()
	m := stf.New(c.cfg, c.oracle, pre.Snapshot())
	var out []common.Hash
	for n := 0; ; n++ {
		if n&0x3FF == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		st := m.State()
		out = append(out, st.Hash())
		if m.Done() {
			return out, nil
		}
		if _, err := m.Step(false); err != nil {
			return nil, fmt.Errorf("challenger: batch %d, step %d: %w", p, n, err)
		}
	}
}
