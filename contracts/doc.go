// Package contracts will hold crollup's L1 contracts and their Go bindings: Inbox (batches,
// delayed messages, forced inclusion), Bridge, Rollup (assertions), ChallengeManager and the
// FraudVM one-step verifier, compiled by a pinned solc into committed artifacts.
package contracts
