// Package challenger is what a watcher runs (`crollup challenger`): it re-executes the chain from
// L1 (Feed, Chain), mirrors the Rollup from L1 blocks (Mirror), plays the honest dispute Agent
// on the real chain's trace and sends its moves, journaled in Pebble (Service, Journal, Runner).
package challenger
