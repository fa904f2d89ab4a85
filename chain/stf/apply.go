package stf

import (
	"context"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Genesis writes the chain's initial state into an empty memory: the globals, and accounts
// 0 … len(accounts)−1 (g.Accounts is set to their number). On a chain with an L1 Bridge,
// accounts are created by deposits and genesis has none; a chain without one (a sequencer and
// executors run alone) funds its users here.
func Genesis(mem *memory.Memory, g layout.Globals, accounts ...layout.Account) error {
	seen := make(map[common.Address]bool, len(accounts))
	for i := range accounts {
		if seen[accounts[i].Address] || accounts[i].Address == (common.Address{}) {
			return fmt.Errorf("stf: genesis: account %d: address %s is zero or funded twice (one address, one index)", i, accounts[i].Address)
		}
		seen[accounts[i].Address] = true
	}
	if g.FeeRecipient >= MaxRecords {
		return fmt.Errorf("stf: genesis: fee recipient %d is not an account index (< %d)", g.FeeRecipient, MaxRecords)
	}
	if len(accounts) >= MaxRecords {
		return fmt.Errorf("stf: genesis: %d accounts", len(accounts))
	}
	g.Accounts = uint32(len(accounts))
	l := g.Encode()
	for i := range l {
		mem.WriteLeaf(globalsAddr(i), l[i])
	}
	for i := range accounts {
		a := accounts[i].Encode()
		mem.WriteLeaf(layout.AccountAddr(uint32(i)), a[0])
		mem.WriteLeaf(layout.AccountAddr(uint32(i))+32, a[1])
	}
	return nil
}

// ReadGlobals decodes the globals from a memory.
func ReadGlobals(mem *memory.Memory) (layout.Globals, error) {
	var l [layout.GlobalsLeaves]layout.Leaf
	for i := range l {
		l[i] = mem.ReadLeaf(globalsAddr(i))
	}
	return layout.DecodeGlobals(l)
}

// ApplyBatch is the executors' fast path: it applies the next batch (the one the globals' batch
// counter names) to mem, which must be at a batch boundary, and returns the final state. Its
// memory and final state equal stepping the same batch with Step, which the tests enforce: the
// chain phases run as the same code without witnesses, the payload is written in one go instead
// of a word per step, and every job runs with whole instructions on backend (vm.RunBulk).
func ApplyBatch(ctx context.Context, cfg Config, oracle Oracle, mem *memory.Memory, backend vm.Backend) (State, error) {
	m := New(cfg, oracle, mem)
	if err := m.RunFast(ctx, backend); err != nil {
		return State{}, err
	}
	return m.State(), nil
}

// RunFast runs the machine to the end of the batch the way ApplyBatch does.
func (m *Machine) RunFast(ctx context.Context, backend vm.Backend) error {
	for n := 0; !m.Done(); n++ {
		if n&0x3FF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		switch m.r.Phase {
		case PhaseLoad:
			if err := m.LoadWords(math.MaxUint64); err != nil {
				return err
			}
		case PhaseJobRun:
			if err := m.RunJob(ctx, backend, nil); err != nil {
				return err
			}
		default:
			if _, err := m.Step(false); err != nil {
				return err
			}
		}
	}
	return nil
}

// The two fast-path pieces of RunFast, bounded and exported for the batch trace provider
// (chain/stf/stftrace), which must stop at checkpoints inside the LOAD phase and at each job's
// start and end.

// LoadWords does what the next n LOAD steps do (fewer if the phase ends sooner), the way RunFast
// does: the canonical words at once, the step count of stepping them, and the rejection if one
// of those steps meets a non-canonical word. The machine must be in the LOAD phase.
func (m *Machine) LoadWords(n uint64) error {
	if m.r.Status != StatusRunning || m.r.Phase != PhaseLoad {
		return fmt.Errorf("%w: LoadWords in phase %s (status %d)", ErrNoStep, m.r.Phase, m.r.Status)
	}
	b, err := m.oracleBatch()
	if err != nil {
		return err
	}
	start, end := m.r.Cursor, m.r.Count
	if uint64(end-start) > n {
		end = start + uint32(n)
	}
	buf := make([]byte, 0, 32*int(end-start))
	w := start
	for ; w < end; w++ {
		word, canonical, _, err := b.word(w)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrNoStep, err)
		}
		if !canonical {
			break
		}
		buf = append(buf, word[:]...)
	}
	if len(buf) > 0 {
		m.mem.Write(layout.BatchBase+32*uint64(start), buf)
	}
	m.r.Step += uint64(w - start)
	m.r.Cursor = w
	switch {
	case w < end: // the step of word w finds it non-canonical
		m.reject()
		m.r.Step++
	case w == m.r.Count:
		m.r.Cursor, m.r.Phase = 0, PhaseHeader
	}
	return nil
}

// RunJob runs the rest of the current job (the JOB_RUN phase) the way RunFast does: whole
// instructions on backend (vm.RunBulk), the chain step counter advanced by the job steps. The
// machine is then at JOB_FINISH. progress, if set, gets chain step indices.
func (m *Machine) RunJob(ctx context.Context, backend vm.Backend, progress vm.Progress) error {
	if m.r.Status != StatusRunning || m.r.Phase != PhaseJobRun {
		return fmt.Errorf("%w: RunJob in phase %s (status %d)", ErrNoStep, m.r.Phase, m.r.Status)
	}
	before := m.job.Registers().Step
	var jp vm.Progress
	if progress != nil {
		base := m.r.Step - before
		jp = func(s uint64) { progress(base + s) }
	}
	if err := m.job.RunBulk(ctx, backend, jp); err != nil {
		return fmt.Errorf("stf: job %d: %w", m.r.Index, err)
	}
	m.r.Step += m.job.Registers().Step - before
	m.r.Phase = PhaseJobFinish
	return nil
}
