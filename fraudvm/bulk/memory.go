package bulk

import (
	"context"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Backend executes whole instructions: everything the EXEC micro-steps of one instruction do to
// memory, at once. It is the interface fraudvm/vm declares (the same method set).
type Backend interface {
	Name() string
	// Exec performs everything the EXEC micro-steps of in do, on mem: it reads the source
	// tensors and writes the destination tensor (only its element bytes, never row padding).
	// t[s] is the decoded declaration of slot s (zero value for unused slots).
	Exec(ctx context.Context, mem *memory.Memory, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error
}

var _ Backend = (*CPU)(nil)

// Exec runs one instruction's EXEC phase on mem. The result is bit-identical to the micro-steps
// of spec §4: same bytes written, nothing else touched, so the same memory root.
//
// Operands must have the shapes §4 gives the opcode (the program validator's rules) and valid
// shifts; otherwise Exec returns an error before writing anything. When the destination overlaps
// a source in a way that lets an element read what an earlier element wrote (which the validator
// rejects), Exec runs the elements one by one in the micro-steps' order instead of in bulk, and
// fails where the micro-steps would. If ctx is cancelled mid-instruction, Exec returns its error
// with the destination partly written: the instruction must be executed again from its start.
func (c *CPU) Exec(ctx context.Context, mem *memory.Memory, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	return c.exec(ctx, mem, in, t)
}
