// Package sequencer orders users' signed messages into blocks. It serves the JSON-RPC API of
// chain/api (every method but the executor's compute_getJobResult and compute_getStateRoot),
// admits a message only if the chain would apply it, makes it durable before answering, and
// produces a block of admitted messages every block time, which executors follow and the batcher
// posts.
//
// Admission uses the chain's own rules, never a copy of them: the sequencer keeps a pending state
// (genesis, every block, then every admitted message) in the chain machine's accounting mode
// (stf.ApplyBlock with stf.SkipJobs: exact accounts, nonces, programs and receipts, no job
// results), applies each new message alone as a block to a snapshot of it and reads the
// message's receipt. A skipped message is refused with the skip reason's code
// (api.SkipCode); an applied one is written to a Pebble write-ahead log (fsync, grouped across
// concurrent admissions) and only then answered with its hash (its EIP-712 digest). The upload
// chunk that completes a program is refused if the program validator rejects the object.
//
// A block takes the oldest durable admitted messages, is stored as its canonical one-block batch
// payload (chain/batch) together with where each message went, and drops them from the
// write-ahead log in the same atomic write; only then is it served. On restart the pending state
// is rebuilt from genesis, the blocks and the write-ahead log.
//
// Blocks are grouped into batches (sealed on size or age) that the batcher posts to L1; with an
// L1 the sequencer includes deposits from the Inbox in its blocks and marks the messages of the
// batches it finds on L1 as batched. docs/sequencer.md describes the service for operators.
package sequencer
