// Package e2e holds crollup's end-to-end tests: the services together against the in-process L1,
// crash recovery of real processes, L1 rewinds, the chaos test (TestChaos: every process killed,
// L1 reorged and unreachable, under load), the CLI and a Node.js wallet client.
package e2e
