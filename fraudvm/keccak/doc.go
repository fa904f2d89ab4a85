// Package keccak hashes many independent 64-byte messages at once with Ethereum's keccak256 (legacy
// 0x01…0x80 padding, rate 136): the Merkle node of fraudvm/memory, two 32-byte children in, one digest
// out. It owns the multi-lane keccak-f[1600] kernels (AVX-512, AVX2, pure Go) and their selection.
package keccak
