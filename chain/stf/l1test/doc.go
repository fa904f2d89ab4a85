// Package l1test holds the differential tests of the chain machine's L1 verifier: every step of
// chains built with chain/stf/stftest is stepped by the Go reference (stf.Machine.Step, with
// proofs) and by contracts/src/ChainVM.sol in an in-process EVM, next to the real Inbox (holding
// the chains' batches and delayed messages) and FraudVM (the job steps); both must reach the same
// post-state hash, and tampered witnesses must be rejected. The gas of each chain phase is
// reported.
//
// It has no non-test code: everything lives in _test.go files.
//
// It tests docs/spec/chain.md §8 (the L1 verifier).
package l1test
