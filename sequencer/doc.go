// Package sequencer orders users' signed messages into blocks. It owns the admission of messages
// (served over chain/api's JSON-RPC, accepted only if the chain would apply them, durable before
// answered), the blocks made of them with L1's deposits, and their grouping into sealed batches.
//
// Specification: docs/spec/chain.md §9 "Execution paths" (ApplyBlock, SealBatch and the batch
// boundaries of a followed chain); docs/sequencer.md describes the service.
package sequencer
