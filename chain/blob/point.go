package blob

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// logElementsPerBlob is log2(ElementsPerBlob): the width of an element index in bits.
const logElementsPerBlob = 12

// Precomputed field constants (never mutated).
var (
	// blsModulus is the BLS12-381 scalar field modulus r, EIP-4844's BLS_MODULUS.
	blsModulus, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)
	// rootOfUnity is ω = 7^((r−1)/4096) mod r, the primitive 4096th root of unity EIP-4844's
	// compute_roots_of_unity derives from PRIMITIVE_ROOT_OF_UNITY = 7.
	rootOfUnity = new(big.Int).Exp(
		big.NewInt(7),
		new(big.Int).Rsh(new(big.Int).Sub(blsModulus, big.NewInt(1)), logElementsPerBlob),
		blsModulus,
	)
)

// bitrev12 reverses the low 12 bits of i.
func bitrev12(i int) int {
	return int(bits.Reverse16(uint16(i)) >> (16 - logElementsPerBlob))
}

// EvalPoint returns the KZG evaluation point of element index (0 to 4095):
// z = ω^bitrev12(index). EIP-4844 blobs are in evaluation form over the 4096th roots of unity
// in bit-reversed order (bit_reversal_permutation(compute_roots_of_unity(4096))), so the
// polynomial a blob commits to takes the value of element i at ω^bitrev12(i), not at ω^i.
// It panics if index is out of range, as indexing would.
func EvalPoint(index int) kzg4844.Point {
	if index < 0 || index >= ElementsPerBlob {
		panic(fmt.Sprintf("blob: element index %d out of range [0, %d)", index, ElementsPerBlob))
	}
	var z kzg4844.Point
	new(big.Int).Exp(rootOfUnity, big.NewInt(int64(bitrev12(index))), blsModulus).FillBytes(z[:])
	return z
}
