// Package vm is the fraudvm's reference interpreter: the register file and its state hash
// (docs/spec/fraudvm.md §5), the phases of a job's trace (§6) and Step, one step with the
// witness an L1 verifier re-executes (§7). Every faster path (bulk, trace) must equal it.
package vm
