// Package tests holds the cross-language differential tests of the fraudvm step: the Go
// interpreter (fraudvm/vm), the Go witness verifier (fraudvm/verify) and the Solidity verifier
// (contracts/src/FraudVM.sol, run in an in-process EVM) must agree on every step — the same
// post-state hash for a valid witness, a rejection for an invalid one — and golden vectors pin
// the agreed results for other implementations. gas_test.go measures the contract per step kind.
//
// It has no non-test code: everything lives in _test.go files.
//
// It tests docs/spec/fraudvm.md §7 and §9.
package tests
