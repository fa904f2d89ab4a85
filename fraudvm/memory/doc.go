// Package memory is the fraudvm's sparse Merkle memory: 2^40 zero-initialised bytes committed by a
// fixed-depth (35) binary keccak256 tree over 32-byte leaves (docs/spec/fraudvm.md §1). It owns the
// bytes, the tree's hashes, leaf and interior-node proofs, grafting of aligned subtrees, and cheap
// copy-on-write snapshots. Everything that executes the machine (Step, the bulk backends, the trace
// provider) reads and writes state through it, so it is written for exactness first and speed second,
// and both are tested: the tests compare it with a naive recomputation from a map of leaves.
//
// # Representation
//
// Memory is a persistent radix tree. Its leaves are pages of 4 KiB (128 Merkle leaves, a height-7
// subtree); above the pages, interior nodes of fan-out 16 cover four Merkle levels each, so seven of
// them span heights 7..35. Every node caches the Merkle hashes inside it (a page the 127 inner nodes of
// its subtree, an interior node the 15 inner nodes above its 16 children) with one valid bit per hash.
// Absent children are zero subtrees, whose hashes are the precomputed ZeroHash table, so memory costs
// nothing where nothing was written. A present page costs 8 KiB (its data and its cached hashes, which
// fill Go's 8 KiB size class exactly); an interior node 768 bytes.
//
// A write invalidates the hashes on its path (7 in the page, 4 per interior node); Root, NodeHash and
// the proofs recompute only invalid hashes. The invariant that makes this cheap: an invalid hash has
// only invalid ancestors, so a valid hash vouches for its whole subtree and hashing stops there. When a
// root needs much rehashing (a bulk write of tensors, thousands of scattered writes), the dirty pages
// and then each level of dirty interior nodes, bottom-up, are hashed on GOMAXPROCS goroutines, each
// with its own reused keccak state. Keccak dominates everything else, so such hashing goes a Merkle
// level at a time and gives the level's nodes to fraudvm/keccak together, which hashes 8 (AVX-512) or
// 4 (AVX2) nodes per permutation: about 0.05 µs per node instead of 0.4 with one keccak state, and a
// 64 MiB region (2^21 leaves) costs about 2^21 hashes. Single nodes (one leaf's path, proofs) are
// hashed one at a time as before.
//
// # Why a tree of pages, and copy-on-write
//
// The trace provider keeps a snapshot at every instruction boundary, and job setup grafts programs and
// inputs (aligned subtrees of up to 2^36 bytes) into scratch, then resets scratch by grafting the zero
// subtree. With a tree, each of these is O(depth): Snapshot shares the root; Graft shares the source
// subtree's nodes, cached hashes included, so a grafted program is never rehashed; Zero drops a
// pointer. The obvious alternative, a map of pages plus a map of upper hashes keyed by generalized
// index, copies both maps on every snapshot (measured here: 1.4 ms and several MB for a 200 MiB memory
// with 51,200 pages), must visit every page to zero or graft a region, and must re-key or rehash the
// upper levels of a grafted region.
//
// Sharing is made safe by ownership: every node carries the owner token of the Memory that may modify
// it in place. Snapshot gives both memories new tokens, and Graft gives the source a new one, so every
// node reachable from two memories belongs to nobody and is never modified again, hash caches
// included. A Memory that needs to change such a node (a write, or a hash to fill in) first clones it
// and the path above it, which it then owns. Pages that become entirely zero through Zero (or through a
// whole-page write of zeros) are deleted, and interior nodes that lose their last page are pruned, so
// a memory that was zeroed has the same representation as a new one.
//
// # Errors and concurrency
//
// Addresses, heights and ranges are checked on entry: an address that is out of range (≥ 2^40) or not
// aligned to its node (32·2^height bytes), a height above 35 or a range past the end of memory is a
// programmer error (the interpreter checks addresses before it calls in) and panics with a message
// naming the method and the value.
//
// A Memory is not safe for concurrent use. The methods that only read content (Read, Bytes,
// ReadLeaf, PageCount, ForEachPage) do not modify it and may run concurrently with each other; every other
// method, including Root, NodeHash and the proofs (which fill hash caches) and Snapshot and being the
// source of a Graft (which change ownership tokens), needs exclusive access. Distinct memories that
// share nodes (snapshots, graft sources and destinations) may be used from different goroutines at the
// same time, because shared nodes are immutable. Root may use goroutines internally. One kind of
// write is concurrent: OpenRegion does the tree work for a range up front, on one goroutine, and
// the Region it returns lets several goroutines write disjoint bytes of the range at once (while
// others read bytes outside it), which is how a bulk instruction's workers store its result.
package memory
