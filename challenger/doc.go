// Package challenger will watch assertions on L1, re-derive and re-execute the chain to check
// them, and dispute a wrong one: it bisects the execution trace in the ChallengeManager down to
// one step and has the FraudVM verifier contract execute that step.
package challenger
