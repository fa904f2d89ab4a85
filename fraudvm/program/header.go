package program

import (
	"encoding/binary"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Object-format constants (docs/spec/fraudvm.md §3).
const (
	// Magic opens every program object.
	Magic = "CRVM"
	// Version is the only object version v1 machines run.
	Version = 1
	// HeaderSize is the encoded size of the header: leaf 0 of the object.
	HeaderSize = isa.LeafSize
)

// Header is leaf 0 of a program object. Encoding (big-endian):
//
//	[0:4] magic "CRVM"  [4] version  [5:8] zero  [8:12] n  [12:16] t  [16:24] steps
//	[24:28] size  [28:30] input tensor index  [30:32] output tensor index
type Header struct {
	Magic      [4]byte
	Version    uint8
	NumInstrs  uint32 // n: instructions, leaves 1…n
	NumTensors uint32 // t: tensor declarations, leaves n+1…n+t
	Steps      uint64 // the job's total trace length (spec §6)
	Size       uint32 // object size in bytes, a multiple of 32
	Input      uint16 // index of the input tensor
	Output     uint16 // index of the output tensor
}

// Encode returns the header leaf. Reserved bytes are zero.
func (h *Header) Encode() [HeaderSize]byte {
	var b [HeaderSize]byte
	copy(b[0:4], h.Magic[:])
	b[4] = h.Version
	binary.BigEndian.PutUint32(b[8:], h.NumInstrs)
	binary.BigEndian.PutUint32(b[12:], h.NumTensors)
	binary.BigEndian.PutUint64(b[16:], h.Steps)
	binary.BigEndian.PutUint32(b[24:], h.Size)
	binary.BigEndian.PutUint16(b[28:], h.Input)
	binary.BigEndian.PutUint16(b[30:], h.Output)
	return b
}

// DecodeHeader decodes a header leaf. Like isa.DecodeInstr it never fails: the reserved bytes
// are dropped and every field is taken as is; Decode is where a header is judged.
func DecodeHeader(b [HeaderSize]byte) Header {
	var h Header
	copy(h.Magic[:], b[0:4])
	h.Version = b[4]
	h.NumInstrs = binary.BigEndian.Uint32(b[8:])
	h.NumTensors = binary.BigEndian.Uint32(b[12:])
	h.Steps = binary.BigEndian.Uint64(b[16:])
	h.Size = binary.BigEndian.Uint32(b[24:])
	h.Input = binary.BigEndian.Uint16(b[28:])
	h.Output = binary.BigEndian.Uint16(b[30:])
	return h
}

// dataStart is the byte offset of the data part: the first byte after the declarations.
func (h *Header) dataStart() uint64 {
	return (1 + uint64(h.NumInstrs) + uint64(h.NumTensors)) * isa.LeafSize
}
