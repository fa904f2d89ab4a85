package blob

import (
	"math/big"
	"testing"
)

func TestBitrev12(t *testing.T) {
	for _, c := range [][2]int{{0, 0}, {1, 2048}, {2, 1024}, {3, 3072}, {2048, 1}, {4095, 4095}, {0b000000111001, 0b100111000000}} {
		if got := bitrev12(c[0]); got != c[1] {
			t.Errorf("bitrev12(%#b) = %#b, want %#b", c[0], got, c[1])
		}
	}
	for i := 0; i < ElementsPerBlob; i++ {
		if bitrev12(bitrev12(i)) != i {
			t.Fatalf("bitrev12 is not an involution at %d", i)
		}
	}
}

// TestRootOfUnity checks ω against EIP-4844 independently of KZG: ω is a primitive 4096th root of
// unity (ω^4096 = 1, ω^2048 = −1), and it is the constant c-kzg-4844 and the consensus specs use.
func TestRootOfUnity(t *testing.T) {
	one := big.NewInt(1)
	minusOne := new(big.Int).Sub(blsModulus, one)
	if got := new(big.Int).Exp(rootOfUnity, big.NewInt(ElementsPerBlob), blsModulus); got.Cmp(one) != 0 {
		t.Errorf("ω^4096 = %v, want 1", got)
	}
	if got := new(big.Int).Exp(rootOfUnity, big.NewInt(ElementsPerBlob/2), blsModulus); got.Cmp(minusOne) != 0 {
		t.Errorf("ω^2048 = %v, want r−1", got)
	}
	want, _ := new(big.Int).SetString("39033254847818212395286706435128746857159659164139250548781411570340225835782", 10)
	if rootOfUnity.Cmp(want) != 0 {
		t.Errorf("ω = %v, want %v", rootOfUnity, want)
	}
}

// TestEvalPointDomain: the 4096 points are distinct 4096th roots of unity, element 0 at 1 and
// element 1 at −1 (bit-reversed order: ω^2048), not at ω.
func TestEvalPointDomain(t *testing.T) {
	seen := make(map[[32]byte]int, ElementsPerBlob)
	for i := 0; i < ElementsPerBlob; i++ {
		z := EvalPoint(i)
		zi := new(big.Int).SetBytes(z[:])
		if zi.Cmp(blsModulus) >= 0 {
			t.Fatalf("EvalPoint(%d) is not below the modulus", i)
		}
		if prev, dup := seen[z]; dup {
			t.Fatalf("EvalPoint(%d) = EvalPoint(%d)", i, prev)
		}
		seen[z] = i
		if new(big.Int).Exp(zi, big.NewInt(ElementsPerBlob), blsModulus).Cmp(big.NewInt(1)) != 0 {
			t.Fatalf("EvalPoint(%d)^4096 != 1", i)
		}
	}
	z0, z1 := EvalPoint(0), EvalPoint(1)
	if new(big.Int).SetBytes(z0[:]).Cmp(big.NewInt(1)) != 0 {
		t.Errorf("EvalPoint(0) = %x, want 1", z0)
	}
	if new(big.Int).SetBytes(z1[:]).Cmp(new(big.Int).Sub(blsModulus, big.NewInt(1))) != 0 {
		t.Errorf("EvalPoint(1) = %x, want r−1", z1)
	}
}

func TestEvalPointPanicsOutOfRange(t *testing.T) {
	for _, i := range []int{-1, ElementsPerBlob} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("EvalPoint(%d) did not panic", i)
				}
			}()
			EvalPoint(i)
		}()
	}
}
