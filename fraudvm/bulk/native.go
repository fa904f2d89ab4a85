package bulk

import "encoding/binary"

// nativeLE reports whether int32s sit in memory as the machine's little-endian words do
// (amd64, arm64, …): then a []int32 of results is byte for byte the memory's encoding and can be
// written without re-encoding.
func nativeLE() bool { return binary.NativeEndian.Uint16([]byte{1, 0}) == 1 }
