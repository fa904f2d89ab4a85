// Package batcher posts the chain's blocks to Ethereum: batches packed into EIP-4844 blobs (31
// data bytes per field element), sent to Inbox.addBatch in blob transactions. Today it has the
// posting step (PostOnce); the service (txmgr fee bumping, resume from the Inbox, reorgs) is next.
package batcher
