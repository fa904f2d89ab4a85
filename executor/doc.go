// Package executor runs the chain: it follows the sequencer's blocks (or derives them from L1),
// applies them with the chain machine's fast paths, owns the resulting state in Pebble and serves
// state roots and job results with Merkle proofs, behind a cliapp.Lifecycle (New, Start, Stop).
// It implements docs/spec/chain.md §9, Execution paths; docs/executor.md describes it.
package executor
