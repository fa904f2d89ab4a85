// Package devnet runs a whole crollup network in one process: the in-process L1, the Inbox and
// Bridge, the sequencer, executors (following it, and from L1 alone) and the batcher. It is what
// `crollup devnet`, the end-to-end tests and bench/l1 start, so all three use the same wiring.
package devnet
