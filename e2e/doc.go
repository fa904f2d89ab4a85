// Package e2e will hold crollup's end-to-end tests: every service in one process against an
// in-process go-ethereum L1, from signed jobs through batches and assertions to a challenge
// decided by a one-step proof. It has no tests yet; it compiles, so `go test ./...` covers it.
package e2e
