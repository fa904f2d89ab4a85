// Package contracts holds crollup's L1 contracts (docs/spec/fraudvm.md §9, docs/spec/chain.md §3,
// §8, docs/spec/dispute.md): the one-step verifiers FraudVM and ChainVM, the Inbox, the Bridge,
// the Rollup with its ChallengeManager and ChainMachine; artifacts and Go bindings (`just contracts`).
package contracts
