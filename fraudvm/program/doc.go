// Package program is the fraudvm program object (docs/spec/fraudvm.md §3): its encoding, the
// validator that decides which objects may ever be sequenced, a Builder for writing programs in
// Go, and a disassembler.
//
// An object is a byte string of 32-byte leaves:
//
//	leaf 0          header: "CRVM", version 1, n, t, steps, size, input and output tensor indices
//	leaves 1…n      instructions (isa.Instr), the last one HALT
//	leaves n+1…n+t  tensor declarations (isa.Tensor)
//	after           data: the program-region tensors (weights, biases, REQUANT params, tables)
//
// Its root (Program.Root) is the Merkle root of the bytes zero-padded to a power of two, hashed
// exactly as memory is, so job setup grafts the object at offset 0 of the program region with
// one interior-node proof.
//
// Decode is the only way to obtain a *Program, and it validates everything a running machine
// would otherwise have to reject mid-job: encodings, regions and bounds, operand dtypes and
// shapes, REQUANT params and ADD immediates, source/destination overlap, and the step count in
// the header (a job's fee is fixed by it at admission, so it must equal spec §6's count). The
// interpreter and the bulk backends may therefore assume every instruction of a decoded program
// is well formed. Errors wrap ErrInvalidProgram and name the instruction, opcode, slot and
// tensor involved.
//
// Package program/examples holds the reference programs (an MLP and a CNN for 28×28 digits)
// and a generator of random valid programs for property tests.
package program
