// Package sequencer will order users' jobs: it serves the JSON-RPC endpoint that accepts EIP-712
// signed messages, checks signatures, nonces and fees, and produces ordered blocks for soft
// confirmation, which it feeds to executors and hands to the batcher.
package sequencer
