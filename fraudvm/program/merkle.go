package program

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/isa"
)

// The object root is hashed exactly as memory is (spec §1): a leaf's node value is its 32 raw
// bytes, an inner node is keccak256(left ‖ right), and the object is zero-padded to 2^Height
// leaves, so grafting the root at offset 0 of the program region changes the memory root as if
// the bytes had been written there. This is a standalone copy of that hashing (the memory
// package keeps its own, with caches); the tests check it against a naive recursion and the
// known zero-subtree hashes.

// merkleHeight returns the height of the smallest power-of-two tree of leaves holding size bytes
// (size > 0): 0 for one leaf.
func merkleHeight(size uint64) uint {
	leaves := (size + isa.LeafSize - 1) / isa.LeafSize
	h := uint(0)
	for uint64(1)<<h < leaves {
		h++
	}
	return h
}

// merkleRoot returns the root of b zero-padded to 2^merkleHeight(len(b)) leaves. len(b) must be
// a positive multiple of 32.
//
// Padding is never hashed leaf by leaf: a level with an odd number of nodes is completed with
// the zero subtree of that height, so the cost is that of the data alone.
func merkleRoot(b []byte) common.Hash {
	height := merkleHeight(uint64(len(b)))
	if height == 0 {
		return common.BytesToHash(b[:isa.LeafSize])
	}
	hasher := crypto.NewKeccakState()
	var buf [2 * isa.LeafSize]byte
	hash := func(l, r []byte) (out common.Hash) {
		copy(buf[:isa.LeafSize], l)
		copy(buf[isa.LeafSize:], r)
		hasher.Reset()
		hasher.Write(buf[:])
		hasher.Read(out[:])
		return out
	}

	var zero common.Hash // Z[h], advanced as the levels go up
	// Level 1 straight from the bytes: no copy of the leaves.
	nleaves := len(b) / isa.LeafSize
	level := make([]common.Hash, (nleaves+1)/2)
	for i := range level {
		l := b[2*i*isa.LeafSize : (2*i+1)*isa.LeafSize]
		r := zero[:]
		if 2*i+1 < nleaves {
			r = b[(2*i+1)*isa.LeafSize : (2*i+2)*isa.LeafSize]
		}
		level[i] = hash(l, r)
	}
	zero = hash(zero[:], zero[:])
	for h := uint(1); h < height; h++ {
		next := level[:(len(level)+1)/2]
		for i := range next {
			r := zero
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = hash(level[2*i][:], r[:])
		}
		level = next
		zero = hash(zero[:], zero[:])
	}
	return level[0]
}
