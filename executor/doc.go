// Package executor will run the chain: it derives blocks from the sequencer feed and from L1,
// executes their jobs on the fraudvm bulk backends (CPU, OpenCL GPUs), keeps state in Pebble, and
// asserts state roots on the L1 Rollup contract under a bond.
package executor
