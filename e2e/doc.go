// Package e2e holds crollup's end-to-end tests: the system in one process against the in-process
// go-ethereum L1 (devnet/l1dev). Today: a job from a wallet through a deposit, a blob batch and
// derivation from L1 to its execution in the fraud VM; services join as they are built.
package e2e
