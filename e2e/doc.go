// Package e2e holds crollup's end-to-end tests: the services together against the in-process L1
// (devnet/l1dev): batches in blobs, L1-only derivation equal to the follower at every block,
// forced inclusion, crash recovery of real processes, the CLI and a Node.js wallet client.
package e2e
