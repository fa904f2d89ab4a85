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
// phase (e = q = 0) it hands the whole instruction to the backend and advances the registers
// as the micro-steps would have; in the middle of an instruction it steps to its end.
func (v *VM) ExecInstruction(ctx context.Context, b Backend) error {
	if v.st.Phase != PhaseExec || v.st.Status != StatusRunning {
		return fmt.Errorf("%w: not at an instruction's EXEC phase (%s)", ErrNoStep, v.st.Phase)
	}
	if v.st.E != 0 || v.st.Q != 0 {
		pc := v.st.PC
		for v.st.PC == pc && v.st.Phase == PhaseExec {
			if _, err := v.Step(false); err != nil {
				return err
			}
		}
		return nil
	}
	in, err := decodeInstr(&v.st)
	if err != nil {
		return fmt.Errorf("%w at step %d: %v", ErrNoStep, v.st.Step, err)
	}
	var t [isa.NumSlots]isa.Tensor
	for _, o := range []struct {
		slot int
		op   *operand
	}{{isa.SlotDst, &in.d}, {isa.SlotA, &in.a}, {isa.SlotB, &in.b}, {isa.SlotC, &in.c}} {
		if in.Slots[o.slot] != isa.NoTensor {
			t[o.slot] = o.op.Tensor
		}
	}
	steps, err := isa.ExecSteps(&in.Instr, &t)
	if err != nil {
		return fmt.Errorf("%w at step %d: %v", ErrNoStep, v.st.Step, err)
	}
	if err := b.Exec(ctx, v.mem, &in.Instr, &t); err != nil {
		return fmt.Errorf("instruction %d (%s) on %s: %w", v.st.PC, in.Op, b.Name(), err)
	}
	v.st.Step += steps
	v.st.retire()
	return nil
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
