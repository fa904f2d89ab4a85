package isa

import "fmt"

// Static step accounting. A job's trace is
//
//	START, then for each instruction: FETCH, one DECL per used operand slot, its micro-steps,
//
// ending with the FETCH of HALT, which halts the machine. There is no data-dependent control
// flow, so the length of the trace is a function of the program alone.

// MaxMatMulK is the validator's bound on a MATMUL's inner dimension.
const MaxMatMulK = 131071

// UsedSlots is the number of operand slots the instruction names (DECL steps it takes).
func (in *Instr) UsedSlots() int {
	n := 0
	for _, s := range in.Slots {
		if s != NoTensor {
			n++
		}
	}
	return n
}

// Chunks is the number of 32-byte chunks of a row of k int8 values: MATMUL's micro-steps per
// output element before its store step.
func Chunks(k uint64) uint64 { return (k + LeafSize - 1) / LeafSize }

// ExecSteps is the number of EXEC micro-steps of an instruction whose used slots are declared
// by t (t[s] is ignored for unused slots). It assumes shapes the validator accepted; it
// returns an error only where a count cannot be formed (a window that does not fit).
func ExecSteps(in *Instr, t *[NumSlots]Tensor) (uint64, error) {
	dst, a := &t[SlotDst], &t[SlotA]
	switch in.Op {
	case OpHalt:
		return 0, nil
	case OpMatMul:
		return dst.Elems() * (Chunks(uint64(a.Cols)) + 1), nil
	case OpRequant, OpAdd, OpLUT8, OpCopy, OpIm2Col:
		return dst.Elems(), nil
	case OpMaxPool:
		w := WindowImm(in)
		return dst.Elems() * (uint64(w.KH)*uint64(w.KW) + 1), nil
	case OpArgMax:
		return uint64(a.Rows) * (uint64(a.Cols) + 1), nil
	}
	return 0, fmt.Errorf("unknown opcode %s", in.Op)
}

// InstrSteps is the total number of steps an instruction takes: FETCH, its DECLs and its
// micro-steps (HALT: its FETCH only).
func InstrSteps(in *Instr, t *[NumSlots]Tensor) (uint64, error) {
	if in.Op == OpHalt {
		return 1, nil
	}
	ex, err := ExecSteps(in, t)
	if err != nil {
		return 0, err
	}
	return 1 + uint64(in.UsedSlots()) + ex, nil
}
