// Package batcher posts the chain to Ethereum: each batch the sequencer seals, joined from its
// blocks and packed into EIP-4844 blobs, goes to Inbox.addBatch in one blob transaction through
// op-service's transaction manager; the next batch is always the Inbox's count (docs/batcher.md).
package batcher
