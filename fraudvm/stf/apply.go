package stf

import (
	"context"
	"fmt"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Genesis writes the chain's initial globals into an empty memory and returns its state root.
func Genesis(mem *memory.Memory, g layout.Globals) error {
	if g.FeeRecipient >= MaxRecords {
		return fmt.Errorf("stf: genesis: fee recipient %d is not an account index (< %d)", g.FeeRecipient, MaxRecords)
	}
	l := g.Encode()
	for i := range l {
		mem.WriteLeaf(globalsAddr(i), l[i])
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
			if err := m.loadAll(); err != nil {
				return err
			}
		case PhaseJobRun:
			before := m.job.Registers().Step
			if err := m.job.RunBulk(ctx, backend, nil); err != nil {
				return fmt.Errorf("stf: job %d: %w", m.r.Index, err)
			}
			m.r.Step += m.job.Registers().Step - before
			m.r.Phase = PhaseJobFinish
		default:
			if _, err := m.Step(false); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadAll does what the remaining LOAD steps do: the words up to the first non-canonical one,
// written at once, and the step count of stepping them.
func (m *Machine) loadAll() error {
	b, err := m.oracleBatch()
	if err != nil {
		return err
	}
	start := m.r.Cursor
	buf := make([]byte, 0, 32*int(m.r.Count-start))
	w := start
	for ; w < m.r.Count; w++ {
		word, canonical, _, err := b.word(w)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrNoStep, err)
		}
		if !canonical {
			break
		}
		buf = append(buf, word[:]...)
	}
	m.mem.Write(layout.BatchBase+32*uint64(start), buf)
	m.r.Step += uint64(w - start)
	if w < m.r.Count {
		m.reject()
		m.r.Step++ // the LOAD step that found the non-canonical element
		return nil
	}
	m.r.Cursor, m.r.Phase = 0, PhaseHeader
	return nil
}
