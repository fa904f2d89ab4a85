// Package chaos holds the chaos test: every crollup process, the L1 included, run as a real
// process under load, killed, its L1 reorged, rewound and unreachable, then every invariant checked
// (docs/reliability.md). A package of its own: its own time budget beside the other e2e tests.
package chaos
