package challenger

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftrace"
)

// AssertionTrace is the honest account of an assertion covering the n batches after `from` of a
// Chain, as the dispute Agent plays it (a dispute.Trace and a dispute.Prover): the level-0 state
// at position p is the start-state hash of the root after from + min(p, n) batches (positions
// past n repeat the last, as the Rollup pads them); the level-1 states of the batch at position
// p are its machine states step by step, padded with its done state; a step's proof is its
// witness's proof data (the ChainMachine's step takes it). A batch's trace is built the first time
// a query lands in it.
type AssertionTrace struct {
	ctx     context.Context
	c       *Chain
	from, n uint64

	mu      sync.Mutex
	batches map[uint64]*batchTrace
	// proofs are the step proofs made (a LOAD step's carries a KZG opening): the agent asks for
	// the same one each round until its proof lands.
	proofs map[[2]uint64][]byte
	err    error
}

type batchTrace struct {
	prov   *stftrace.Provider
	hashes []common.Hash // after 0 … N steps, N the step that reaches done
}

// NewAssertionTrace returns the honest trace of the assertion over batches [from, from+n). The
// chain must hold the states after from to from+n batches.
func NewAssertionTrace(ctx context.Context, c *Chain, from, n uint64) (*AssertionTrace, error) {
	for p := from; p <= from+n; p++ {
		if _, ok := c.Root(p); !ok {
			return nil, fmt.Errorf("challenger: the state after %d batches is not known", p)
		}
	}
	return &AssertionTrace{ctx: ctx, c: c, from: from, n: n, batches: map[uint64]*batchTrace{}, proofs: map[[2]uint64][]byte{}}, nil
}

// Err is the first error a query met (dispute.Trace's methods cannot return one): a batch that
// could not be traced again. Its queries answered zero hashes, which no honest claim holds.
func (t *AssertionTrace) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

func (t *AssertionTrace) fail(err error) {
	if t.err == nil {
		t.err = err
	}
}

// Boundary implements dispute.Trace.
func (t *AssertionTrace) Boundary(p uint64) dispute.Hash {
	r, ok := t.c.Root(t.from + min(p, t.n))
	if !ok {
		t.mu.Lock()
		t.fail(fmt.Errorf("challenger: no root after %d batches", t.from+min(p, t.n)))
		t.mu.Unlock()
		return dispute.Hash{}
	}
	return stf.StartHash(r)
}

// batch returns the trace of the batch at position p (p < n), building it once.
func (t *AssertionTrace) batch(p uint64) *batchTrace {
	t.mu.Lock()
	defer t.mu.Unlock()
	if b, ok := t.batches[p]; ok {
		return b
	}
	if p >= t.n {
		t.fail(fmt.Errorf("challenger: position %d is past the assertion's %d batches", p, t.n))
		return nil
	}
	hashes, err := t.c.Hashes(t.ctx, t.from+p)
	if err != nil {
		t.fail(err)
		return nil
	}
	prov, err := t.c.Trace(t.ctx, t.from+p, stftrace.Options{})
	if err != nil {
		t.fail(err)
		return nil
	}
	b := &batchTrace{prov: prov, hashes: hashes}
	t.batches[p] = b
	return b
}

// Steps is the number of steps batch position p takes to reach done (0 on error).
func (t *AssertionTrace) Steps(p uint64) uint64 {
	b := t.batch(p)
	if b == nil {
		return 0
	}
	return uint64(len(b.hashes) - 1)
}

// State implements dispute.Trace.
func (t *AssertionTrace) State(p, q uint64) (dispute.Hash, []byte) {
	b := t.batch(p)
	if b == nil {
		return dispute.Hash{}, nil
	}
	i := min(q, uint64(len(b.hashes)-1))
	st, err := b.prov.StateAt(t.ctx, i)
	if err != nil {
		t.mu.Lock()
		t.fail(err)
		t.mu.Unlock()
		return dispute.Hash{}, nil
	}
	enc := st.Encode()
	return b.hashes[i], enc[:]
}

// StateHash implements dispute.Hashes: the hash of step q's state, without rebuilding it.
func (t *AssertionTrace) StateHash(p, q uint64) dispute.Hash {
	b := t.batch(p)
	if b == nil {
		return dispute.Hash{}
	}
	return b.hashes[min(q, uint64(len(b.hashes)-1))]
}

// StepProof implements dispute.Prover: the witness of step q's proof data; none from the done
// state, where a step changes nothing.
func (t *AssertionTrace) StepProof(p, q uint64) []byte {
	b := t.batch(p)
	if b == nil || q >= uint64(len(b.hashes)-1) {
		return nil
	}
	key := [2]uint64{p, q}
	t.mu.Lock()
	if proof, ok := t.proofs[key]; ok {
		t.mu.Unlock()
		return proof
	}
	t.mu.Unlock()
	w, err := b.prov.WitnessAt(t.ctx, q)
	if err != nil {
		t.mu.Lock()
		t.fail(err)
		t.mu.Unlock()
		return nil
	}
	proof := w.ProofData()
	t.mu.Lock()
	t.proofs[key] = proof
	t.mu.Unlock()
	return proof
}

var (
	_ dispute.Trace  = (*AssertionTrace)(nil)
	_ dispute.Prover = (*AssertionTrace)(nil)
	_ dispute.Hashes = (*AssertionTrace)(nil)
)
