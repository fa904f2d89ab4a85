// Package batcher owns getting the chain onto L1: it joins each batch the sequencer seals, packs
// it into blobs and posts it to Inbox.addBatch, one blob transaction per batch through its own
// op-service transaction manager, always as the Inbox's next batch (docs/batcher.md).
//
// It implements docs/spec/chain.md §3.1 (addBatch), §3.2 (blob packing) and §3.3 (the payload).
package batcher
