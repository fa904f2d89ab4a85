// Package harness is what the end-to-end tests share: the crollup binary built and run as
// processes (killed with SIGKILL, restarted), waiting on conditions and endpoints, and the check of
// an executor's roots against a replay of the sequencer's blocks from genesis.
package harness
