// Package challenger watches assertions on L1 and disputes a wrong one. It re-executes the chain
// from L1 data keeping every batch-boundary state since the last confirmed assertion (Chain), and
// plays the dispute protocol's honest strategy (chain/dispute.Agent) from that trace
// (AssertionTrace): batch boundaries, then one batch's machine steps, down to one ChainVM step.
package challenger
