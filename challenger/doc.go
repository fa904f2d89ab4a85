// Package challenger watches assertions on L1 and disputes a wrong one. It re-executes the chain
// from L1 data (Feed, Chain), mirrors the Rollup and its ChallengeManager from L1 blocks (Mirror),
// and plays the dispute protocol's honest strategy (chain/dispute.Agent) from its trace of the
// real chain (AssertionTrace) on a copy of the mirror, sending the moves (Service).
package challenger
