package keccak

import (
	"encoding/binary"
	"fmt"
)

// Sizes of a Sum64 message and digest.
const (
	MessageSize = 64
	DigestSize  = 32
)

// maxLanes is the most messages any kernel hashes in one permutation: the size of the block that a
// batch's leftover messages are padded to.
const maxLanes = 8

//go:generate go run gen.go

// kernel is one implementation of the permutation over lanes messages at a time.
type kernel struct {
	name  string
	lanes int
	// vector is the assembly kernel (sumBlocks hashes blocks of lanes messages with it), or
	// noVector for the pure-Go kernel, which hashes one message at a time.
	vector vectorKernel
	// minPad is the least number of leftover messages (fewer than lanes) worth padding into a full
	// block rather than hashing one by one in Go.
	minPad int
	// missing names the CPU feature the kernel needs when this CPU lacks it, for the tests' skip
	// message; the kernel must not be run then.
	missing string
}

// Sum64 writes to dst the keccak256 digests of the len(src)/64 messages of 64 bytes in src, in order:
// dst[32i:32i+32] = keccak256(src[64i:64i+64]). len(src) must be a multiple of 64 and dst must hold
// the digests; dst and src may be the same memory (each block of messages is read before any of its
// digests is written, and digest i never lies past message i), but must not otherwise overlap.
func Sum64(dst, src []byte) {
	if len(src)%MessageSize != 0 {
		panic(fmt.Sprintf("keccak: Sum64 of %d bytes, not a multiple of %d", len(src), MessageSize))
	}
	if n := len(src) / MessageSize; len(dst) < n*DigestSize {
		panic(fmt.Sprintf("keccak: Sum64 of %d messages into %d bytes", n, len(dst)))
	}
	sum64(best, dst, src)
}

// Kernel names the kernel Sum64 uses on this CPU ("avx512", "avx2" or "go"), for reports.
func Kernel() string { return best.name }

// sum64 is Sum64 with kernel k: whole blocks of k's lanes in assembly, then the leftover messages
// padded into one more block, or in Go when there are too few to pay for a block.
func sum64(k *kernel, dst, src []byte) {
	n := len(src) / MessageSize
	if k.vector != noVector {
		if blocks := n / k.lanes; blocks > 0 {
			sumBlocks(k.vector, &dst[0], &src[0], blocks)
			done := blocks * k.lanes
			dst, src, n = dst[done*DigestSize:], src[done*MessageSize:], n-done
		}
		if n > 0 && n >= k.minPad {
			var in [maxLanes * MessageSize]byte
			var out [maxLanes * DigestSize]byte
			copy(in[:], src)
			sumBlocks(k.vector, &out[0], &in[0], 1)
			copy(dst, out[:n*DigestSize])
			return
		}
	}
	for i := 0; i < n; i++ {
		sum64Go((*[DigestSize]byte)(dst[i*DigestSize:]), (*[MessageSize]byte)(src[i*MessageSize:]))
	}
}

// vectorKernel names an assembly kernel. sumBlocks switches on it rather than calling through a
// function value, which would make the tail's stack buffers escape to the heap.
type vectorKernel int

const (
	noVector vectorKernel = iota
	avx512x8
	avx2x4
)

// generic is the pure-Go kernel: the reference, and the fallback where no vector kernel runs.
var generic = kernel{name: "go", lanes: 1}

// sum64Go hashes one message with the pure-Go permutation.
func sum64Go(dst *[DigestSize]byte, src *[MessageSize]byte) {
	var a [25]uint64
	for i := 0; i < 8; i++ {
		a[i] = binary.LittleEndian.Uint64(src[8*i:])
	}
	a[8] = 0x01        // the first padding byte, right after the message
	a[16] = 0x80 << 56 // the last byte of the 136-byte rate block
	keccakF1600(&a)
	for i := 0; i < 4; i++ {
		binary.LittleEndian.PutUint64(dst[8*i:], a[i])
	}
}
