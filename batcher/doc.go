// Package batcher will post the sequencer's blocks to Ethereum: it packs them into batches of
// EIP-4844 blobs (31 data bytes per field element) and sends each batch to Inbox.addBatch in a
// blob transaction through op-service's txmgr.
package batcher
