// Package trace answers "what is the machine state after i steps?" for any i without stepping
// from 0. The challenger asks this at every bisection round; the answer must equal stepping
// exactly, and it must come fast even for traces of 2^32 steps and more.
//
// How: one preparatory bulk run records where each instruction starts (its step index) and keeps
// copy-on-write memory checkpoints at instruction boundaries, spaced so that at most a bounded
// amount of bulk work separates any instruction from the checkpoint before it; an instruction
// whose own work exceeds the spacing gets checkpoints on both sides. A query then
//
//  1. bulk-runs from the nearest checkpoint to the start of the instruction holding step i
//     (memory P), steps its FETCH and DECL steps,
//  2. if i is inside the instruction's micro-steps, takes the memory after the whole instruction
//     (F, from a checkpoint or one more bulk run) and builds the memory at i as P with the bytes
//     below the address of the first unwritten destination element taken from F — every
//     instruction writes its destination in increasing address order and reads nothing it writes,
//     so this is exactly the stepped memory. Whole aligned subtrees are grafted from F (sharing
//     pages and their cached hashes), so only the boundary path is rehashed;
//  3. sets the cursor registers to the first micro-step of the current element and steps the few
//     remaining micro-steps (a MATMUL element's chunks) with the reference interpreter.
//
// It implements docs/spec/fraudvm.md §8 (execution paths: the trace provider).
package trace

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// DefaultSpacing is the default bulk work (in machine steps) between checkpoints.
const DefaultSpacing = 1 << 26

// Options tune a Provider.
type Options struct {
	// Spacing is the number of steps of bulk work after which a checkpoint is kept (0: default).
	Spacing uint64
	// Progress, if set, is called during preparation with the step index reached.
	Progress vm.Progress
	// Start is the machine state at step 0 (its MemRoot is ignored); the zero value is a job's
	// START, with no step limit.
	Start vm.State
}

// instrStart records where an instruction begins.
type instrStart struct {
	step uint64 // step index of its FETCH
	ckpt int    // index of the nearest checkpoint at or before it
}

type checkpoint struct {
	pc   uint32 // the instruction whose FETCH is next
	regs vm.State
	mem  *memory.Memory // never written: queries work on snapshots of it
}

// Provider serves states of one job's trace.
type Provider struct {
	backend vm.Backend
	start   checkpoint // the state at step 0 (START)
	instrs  []instrStart
	ckpts   []checkpoint
	final   vm.State
}

// Prepare runs the job at mem (its START state; mem is not modified) to the end with backend and
// keeps what queries need.
func Prepare(ctx context.Context, mem *memory.Memory, backend vm.Backend, opts Options) (*Provider, error) {
	spacing := opts.Spacing
	if spacing == 0 {
		spacing = DefaultSpacing
	}
	p := &Provider{backend: backend}
	mem.Root()
	p.start = checkpoint{regs: opts.Start, mem: mem.Snapshot()}
	m := vm.New(p.start.regs, p.start.mem.Snapshot())
	if p.start.regs.Phase != vm.PhaseStart {
		return nil, fmt.Errorf("trace: the start state is in phase %s, not START", p.start.regs.Phase)
	}
	if _, err := m.Step(false); err != nil { // START
		return nil, fmt.Errorf("trace: %w", err)
	}
	var sinceCkpt uint64 = spacing // force a checkpoint at instruction 0
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		regs := m.Registers()
		if regs.Halted() {
			break
		}
		if regs.Phase != vm.PhaseFetch {
			return nil, fmt.Errorf("trace: expected FETCH at step %d, found %s", regs.Step, regs.Phase)
		}
		// Look ahead at the instruction's cost to decide on a checkpoint before it.
		cost, err := instrCost(m)
		if err != nil {
			return nil, fmt.Errorf("trace: instruction %d: %w", regs.PC, err)
		}
		if sinceCkpt+cost > spacing || len(p.ckpts) == 0 {
			// Hash before snapshotting: a snapshot shares only clean hashes, and a dirty
			// subtree would otherwise be rehashed by every query that uses the checkpoint.
			m.Memory().Root()
			p.ckpts = append(p.ckpts, checkpoint{pc: regs.PC, regs: regs, mem: m.Memory().Snapshot()})
			sinceCkpt = 0
		}
		p.instrs = append(p.instrs, instrStart{step: regs.Step, ckpt: len(p.ckpts) - 1})
		if err := runInstruction(ctx, m, backend); err != nil {
			return nil, fmt.Errorf("trace: %w", err)
		}
		sinceCkpt += cost
		if opts.Progress != nil {
			opts.Progress(m.Registers().Step)
		}
		if m.Registers().Halted() {
			break
		}
	}
	p.final = m.State()
	return p, nil
}

// instrCost is the number of steps of the instruction at the FETCH the machine is at, read
// without changing the machine: a throwaway interpreter steps FETCH and DECL on copies of the
// registers. It shares m's memory rather than a snapshot of it because those steps only read
// (without proofs they neither write nor hash), and because a snapshot would give m a new
// ownership token: every page the previous instruction wrote and left unhashed would then be
// shared with the probe, and the next checkpoint's Root would clone each of them (8 KiB apiece,
// 128 MiB for one large MATMUL) before hashing it, to protect a probe that is long gone.
func instrCost(m *vm.VM) (uint64, error) {
	probe := vm.New(m.Registers(), m.Memory())
	if _, err := probe.Step(false); err != nil {
		return 0, err
	}
	for probe.Registers().Phase == vm.PhaseDecl {
		if _, err := probe.Step(false); err != nil {
			return 0, err
		}
	}
	r := probe.Registers()
	if r.Halted() {
		return 1, nil
	}
	in := isa.DecodeInstr(r.Insn)
	var t [isa.NumSlots]isa.Tensor
	for s := range t {
		t[s] = isa.DecodeTensor(r.Decl[s])
	}
	return isa.InstrSteps(&in, &t)
}

// runInstruction runs one instruction from its FETCH to the next FETCH (or the halt).
func runInstruction(ctx context.Context, m *vm.VM, b vm.Backend) error {
	pc := m.Registers().PC
	for {
		r := m.Registers()
		if r.Halted() || (r.PC != pc && r.Phase == vm.PhaseFetch) {
			return nil
		}
		if r.Phase == vm.PhaseExec {
			if err := m.ExecInstruction(ctx, b); err != nil {
				return err
			}
			continue
		}
		if _, err := m.Step(false); err != nil {
			return err
		}
	}
}

// Steps is the trace length: the number of steps until the machine halts (the halting step
// included). States at indices ≥ Steps are the final state.
func (p *Provider) Steps() uint64 { return p.final.Step }

// Final is the halted state.
func (p *Provider) Final() vm.State { return p.final }

// Checkpoints is the number of memory checkpoints kept.
func (p *Provider) Checkpoints() int { return len(p.ckpts) }

// StateAt returns the state after i steps.
func (p *Provider) StateAt(ctx context.Context, i uint64) (vm.State, error) {
	m, err := p.machineAt(ctx, i)
	if err != nil {
		return vm.State{}, err
	}
	return m.State(), nil
}

// HashAt returns the state hash after i steps.
func (p *Provider) HashAt(ctx context.Context, i uint64) (common.Hash, error) {
	s, err := p.StateAt(ctx, i)
	if err != nil {
		return common.Hash{}, err
	}
	return s.Hash(), nil
}

// WitnessAt returns the witness of step i: the proof, for a verifier holding HashAt(i), that the
// step leads to HashAt(i+1).
func (p *Provider) WitnessAt(ctx context.Context, i uint64) (*vm.Witness, error) {
	m, err := p.machineAt(ctx, i)
	if err != nil {
		return nil, err
	}
	w, err := m.Step(true)
	if err != nil {
		return nil, fmt.Errorf("trace: step %d: %w", i, err)
	}
	return w, nil
}

// machineAt materialises an interpreter positioned after i steps, on memory of its own.
func (p *Provider) machineAt(ctx context.Context, i uint64) (*vm.VM, error) {
	if i >= p.final.Step {
		// The halted state; stepping it is a no-op. Rebuild it from the last instruction so the
		// interpreter has a memory (needed for witnesses).
		i = p.final.Step
	}
	if len(p.instrs) == 0 || i < p.instrs[0].step {
		m := vm.New(p.start.regs, p.start.mem.Snapshot())
		if i > 0 {
			if _, err := m.Step(false); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	j := sort.Search(len(p.instrs), func(k int) bool { return p.instrs[k].step > i }) - 1
	ck := p.ckpts[p.instrs[j].ckpt]
	m := vm.New(ck.regs, ck.mem.Snapshot())
	// Bulk-run whole instructions from the checkpoint up to instruction j (programs have no
	// control flow: the j-th instruction started is pc j).
	for m.Registers().PC < uint32(j) && !m.Registers().Halted() {
		if err := runInstruction(ctx, m, p.backend); err != nil {
			return nil, err
		}
	}
	// FETCH and DECL steps.
	for m.Registers().Step < i && m.Registers().Phase != vm.PhaseExec {
		if _, err := m.Step(false); err != nil {
			return nil, err
		}
	}
	r := m.Registers()
	if r.Step == i || r.Halted() {
		return m, nil
	}
	return p.inside(ctx, m, j, i)
}

// inside positions m, which is at the first micro-step of instruction j, at step i within it.
func (p *Provider) inside(ctx context.Context, m *vm.VM, j int, i uint64) (*vm.VM, error) {
	if !m.Exact() {
		// Only an invalid program has such an instruction (it faults or reaches the step limit
		// inside it): step to i.
		for m.Registers().Step < i && !m.Registers().Halted() {
			if _, err := m.Step(false); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	r := m.Registers()
	in := isa.DecodeInstr(r.Insn)
	var t [isa.NumSlots]isa.Tensor
	for s := range t {
		t[s] = isa.DecodeTensor(r.Decl[s])
	}
	per, err := stepsPerElement(&in, &t)
	if err != nil {
		return nil, err
	}
	off := i - r.Step
	e, q := off/per, off%per
	if e > 0 {
		// The memory after the whole instruction: a checkpoint if one follows it directly,
		// otherwise one more bulk run of the instruction.
		var after *memory.Memory
		if j+1 < len(p.instrs) && p.ckpts[p.instrs[j+1].ckpt].pc == uint32(j+1) {
			after = p.ckpts[p.instrs[j+1].ckpt].mem
		} else {
			f := vm.New(r, m.Memory().Snapshot())
			if err := f.ExecInstruction(ctx, p.backend); err != nil {
				return nil, err
			}
			after = f.Memory()
		}
		dst := &t[isa.SlotDst]
		// The first unwritten element: element e of the destination (for ARGMAX, whose
		// destination is [R,1], the same formula gives row e).
		boundary := dst.ElemAddr(e/uint64(dst.Cols), e%uint64(dst.Cols))
		splice(m.Memory(), after, dst.Addr(), boundary)
	}
	r.E, r.Q, r.Acc, r.Acc2 = e, 0, 0, 0
	r.Step += e * per
	m = vm.New(r, m.Memory())
	for k := uint64(0); k < q; k++ {
		if _, err := m.Step(false); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// stepsPerElement is the number of micro-steps per destination element (per row for ARGMAX).
func stepsPerElement(in *isa.Instr, t *[isa.NumSlots]isa.Tensor) (uint64, error) {
	switch in.Op {
	case isa.OpMatMul:
		return isa.Chunks(uint64(t[isa.SlotA].Cols)) + 1, nil
	case isa.OpMaxPool:
		w := isa.WindowImm(in)
		return uint64(w.KH)*uint64(w.KW) + 1, nil
	case isa.OpArgMax:
		return uint64(t[isa.SlotA].Cols) + 1, nil
	case isa.OpRequant, isa.OpAdd, isa.OpLUT8, isa.OpIm2Col, isa.OpCopy:
		return 1, nil
	}
	return 0, fmt.Errorf("trace: %s has no micro-steps", in.Op)
}

// splice makes dst's bytes in [lo, hi) equal to src's, grafting whole aligned subtrees (which
// shares src's pages and cached hashes) and copying the bytes of a final partial leaf.
func splice(dst, src *memory.Memory, lo, hi uint64) {
	addr := lo
	for addr+isa.LeafSize <= hi {
		h := uint(0)
		for h < isa.TreeDepth {
			size := uint64(isa.LeafSize) << (h + 1)
			if addr%size != 0 || addr+size > hi {
				break
			}
			h++
		}
		dst.Graft(addr, src, addr, h)
		addr += uint64(isa.LeafSize) << h
	}
	if addr < hi {
		buf := make([]byte, hi-addr)
		src.Read(addr, buf)
		dst.Write(addr, buf)
	}
}
