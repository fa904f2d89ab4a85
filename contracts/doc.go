// Package contracts holds crollup's L1 contracts (docs/spec/fraudvm.md §9, docs/spec/chain.md §3,
// §8, docs/spec/dispute.md): FraudVM and ChainVM, the one-step verifiers of the job and chain
// machines, the Inbox, the Bridge, the ChallengeManager and the ChainMachine it proves chain steps through; artifacts and Go bindings (generated
// by `just contracts`, checked fresh by a test).
package contracts
