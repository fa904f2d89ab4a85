package bulk

import "github.com/crollup/crollup/fraudvm/memory"

// Tests run on the real memory, so that "identical" means the same Merkle root.
type testMem = *memory.Memory

func newTestMem() testMem { return memory.New() }

// sameMemory compares whole memories by their roots.
func sameMemory(a, b testMem) bool { return a.Root() == b.Root() }
