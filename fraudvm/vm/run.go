package vm

import (
	"context"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Backend executes whole instructions: everything the EXEC micro-steps of one instruction do to
// memory, at once. fraudvm/bulk provides the CPU backend; every backend must leave memory exactly
// as stepping would.
type Backend interface {
	Name() string
	Exec(ctx context.Context, mem *memory.Memory, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error
}

// Progress is called by the run loops every so often with the step index reached.
type Progress func(step uint64)

// RunSteps steps until the machine halts or maxSteps steps have run (0 = no limit). It checks
// ctx between steps.
func (v *VM) RunSteps(ctx context.Context, maxSteps uint64, progress Progress) error {
	for n := uint64(0); !v.st.Halted() && (maxSteps == 0 || n < maxSteps); n++ {
		if n&0xFFFF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if progress != nil {
				progress(v.st.Step)
			}
		}
		if _, err := v.Step(false); err != nil {
			return err
		}
	}
	return nil
}

// ExecInstruction runs the rest of the current instruction's EXEC phase. At the start of the
// phase (e = q = 0) it hands the whole instruction to the backend and advances the registers as
// the micro-steps would have. In the middle of an instruction, or for an instruction a backend
// cannot run exactly as the micro-steps do (see bulkSafe: only invalid programs have those, and
// they fault), it steps to the instruction's end.
func (v *VM) ExecInstruction(ctx context.Context, b Backend) error {
	if v.st.Phase != PhaseExec || v.st.Status != StatusRunning {
		return fmt.Errorf("%w: not at an instruction's EXEC phase (%s)", ErrNoStep, v.st.Phase)
	}
	if v.st.E == 0 && v.st.Q == 0 {
		ok, err := v.execBulk(ctx, b)
		if ok || err != nil {
			return err
		}
	}
	pc := v.st.PC
	for n := 0; v.st.PC == pc && v.st.Status == StatusRunning; n++ {
		if n&0xFFFF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if _, err := v.Step(false); err != nil {
			return err
		}
	}
	return nil
}

// execBulk runs the whole instruction on the backend if that is exact; ok reports whether it did.
func (v *VM) execBulk(ctx context.Context, b Backend) (ok bool, err error) {
	in, t, steps, exact := v.bulkPlan()
	if !exact {
		return false, nil // stepped instead: it faults, or the step limit falls inside it
	}
	if err := b.Exec(ctx, v.mem, &in.Instr, &t); err != nil {
		return false, fmt.Errorf("instruction %d (%s) on %s: %w", v.st.PC, in.Op, b.Name(), err)
	}
	v.st.Step += steps
	v.st.retire()
	return true, nil
}

// bulkPlan decodes the instruction at the start of its EXEC phase and says whether a backend may
// run it whole (see bulkSafe), with its operand declarations and EXEC step count.
func (v *VM) bulkPlan() (in *instr, t [isa.NumSlots]isa.Tensor, steps uint64, exact bool) {
	if v.st.Phase != PhaseExec || v.st.Status != StatusRunning || v.st.E != 0 || v.st.Q != 0 {
		return nil, t, 0, false
	}
	in, err := decodeInstr(&v.st)
	if err != nil {
		return nil, t, 0, false
	}
	// Unused slots decode to the zero operand, as the backend expects.
	t[isa.SlotDst], t[isa.SlotA], t[isa.SlotB], t[isa.SlotC] = in.d.Tensor, in.a.Tensor, in.b.Tensor, in.c.Tensor
	steps, err = isa.ExecSteps(&in.Instr, &t)
	if err != nil || (v.st.Limit != 0 && (v.st.Step >= v.st.Limit || steps > v.st.Limit-v.st.Step)) {
		return nil, t, 0, false
	}
	return in, t, steps, v.bulkSafe(&v.st, in) == nil
}

// RunBulk runs to the end of the program, stepping through START, FETCH and DECL and handing
// each instruction's EXEC phase to the backend. Its final state equals RunSteps's.
func (v *VM) RunBulk(ctx context.Context, b Backend, progress Progress) error {
	for !v.st.Halted() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if v.st.Phase == PhaseExec {
			if err := v.ExecInstruction(ctx, b); err != nil {
				return err
			}
			if progress != nil {
				progress(v.st.Step)
			}
			continue
		}
		if _, err := v.Step(false); err != nil {
			return err
		}
	}
	return nil
}

// Exact reports whether the instruction whose EXEC phase the machine is at the start of would be
// run by a backend (rather than stepped): its micro-steps cannot fault, and they write the
// destination in increasing address order without reading it. The trace provider relies on the
// second property to rebuild partial instructions.
func (v *VM) Exact() bool {
	_, _, _, exact := v.bulkPlan()
	return exact
}
