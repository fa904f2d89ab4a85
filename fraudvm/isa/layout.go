package isa

// Memory geometry. The whole rollup state lives in one byte-addressed memory of 2^40 bytes,
// committed by a fixed-depth binary keccak256 Merkle tree whose leaves are 32-byte words.
const (
	MemoryBits = 40                      // log2 of the memory size in bytes
	LeafBits   = 5                       // log2 of the leaf size in bytes
	LeafSize   = 1 << LeafBits           // 32 bytes
	TreeDepth  = MemoryBits - LeafBits   // 35 levels of siblings in a leaf proof
	MemorySize = uint64(1) << MemoryBits // 1 TiB
)

// Job scratch: where a running job's program, input, output and intermediate tensors live.
// Scratch is the top quarter of memory; each sub-region is an aligned subtree of 2^RegionBits
// bytes so that a program, an input or the output is a single interior node of the tree
// (grafted in one step, reported as one root).
const (
	ScratchBase = uint64(0xC0_0000_0000)
	RegionBits  = 36
	RegionSize  = uint64(1) << RegionBits
)

// Region identifies a scratch sub-region in a tensor declaration.
type Region uint8

const (
	RegionProgram Region = 0 // the program object (read-only to instructions)
	RegionInput   Region = 1 // the job input (read-only to instructions)
	RegionOutput  Region = 2 // the job output; its subtree root is the job's output root
	RegionArena   Region = 3 // intermediate tensors
	NumRegions           = 4
)

func (r Region) String() string {
	switch r {
	case RegionProgram:
		return "program"
	case RegionInput:
		return "input"
	case RegionOutput:
		return "output"
	case RegionArena:
		return "arena"
	}
	return "region(" + itoa(uint64(r)) + ")"
}

// Base returns the absolute memory address of the region's first byte.
func (r Region) Base() uint64 { return ScratchBase + uint64(r)<<RegionBits }

func itoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}
