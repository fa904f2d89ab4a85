// Package fraudvm is crollup's state-transition machine: one step machine whose single steps an
// L1 contract re-executes. It owns the Merkle memory, the register file, the tensor instruction
// set, the program format and the execution paths (Step, bulk backends, trace provider).
package fraudvm
