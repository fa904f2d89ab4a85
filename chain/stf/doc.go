// Package stf is crollup's state transition function as machine steps: the chain phases (batch
// begin and load, delayed messages, message checks, job setup and finish, uploads, withdrawals,
// batch end) around the job machine of fraudvm/vm, with witnesses for one-step proofs.
//
// Owns: the chain register file and its state hash, the Oracle (L1 data a step brings in), the
// reference Step, and ApplyBatch, the executors' fast path that must reach the same roots.
// The normative text is docs/spec/chain.md.
package stf
