// Package executor runs the chain: it follows the sequencer's blocks (or derives them from L1
// alone, L1Source), applies each one with the
// chain machine's fast path (chain/stf.ApplyBlock), running the block's jobs in parallel on
// the bulk backend, keeps the state in Pebble, and serves state roots and job results with the
// Merkle proofs that tie them to those roots (compute_getStateRoot, compute_getJobResult,
// compute_getJob, compute_blockNumber). docs/executor.md describes it.
//
// An Executor is a library with a New / Start / Stop life cycle, so that `crollup executor` runs
// it alone and tests and the devnet run it in one process with the sequencer.
//
// Later issues add GPU backends and assertions on the L1 Rollup contract.
package executor
