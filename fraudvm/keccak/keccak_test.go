package keccak

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// want returns the digests of src's 64-byte messages computed one at a time by go-ethereum.
func want(src []byte) []byte {
	out := make([]byte, 0, len(src)/2)
	for i := 0; i < len(src); i += MessageSize {
		out = append(out, crypto.Keccak256(src[i:i+MessageSize])...)
	}
	return out
}

func randomBytes(rng *rand.ChaCha8, n int) []byte {
	b := make([]byte, n)
	_, _ = rng.Read(b)
	return b
}

// runnable returns the kernels of this build, skipping (as a subtest) those this CPU lacks.
func forEachKernel(t *testing.T, fn func(t *testing.T, k *kernel)) {
	for _, k := range kernels {
		t.Run(k.name, func(t *testing.T) {
			if k.missing != "" {
				t.Skipf("this CPU lacks %s", k.missing)
			}
			fn(t, k)
		})
	}
}

// check hashes src with k, with a guard byte pattern after the digests, and compares with
// go-ethereum.
func check(t *testing.T, k *kernel, src []byte) {
	t.Helper()
	n := len(src) / MessageSize
	dst := bytes.Repeat([]byte{0xa5}, n*DigestSize+DigestSize)
	sum64(k, dst[:n*DigestSize], src)
	if w := want(src); !bytes.Equal(dst[:n*DigestSize], w) {
		for i := 0; i < n; i++ {
			if got := dst[i*DigestSize : (i+1)*DigestSize]; !bytes.Equal(got, w[i*DigestSize:(i+1)*DigestSize]) {
				t.Fatalf("%s, %d messages: digest %d = %x, want %x", k.name, n, i, got, w[i*DigestSize:(i+1)*DigestSize])
			}
		}
	}
	if !bytes.Equal(dst[n*DigestSize:], bytes.Repeat([]byte{0xa5}, DigestSize)) {
		t.Fatalf("%s, %d messages: wrote past the digests", k.name, n)
	}
}

func TestKnownAnswer(t *testing.T) {
	// keccak256 of 64 zero bytes: the height-1 zero node of fraudvm/memory's tree, and a value
	// independent of go-ethereum.
	const zero64 = "ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5"
	forEachKernel(t, func(t *testing.T, k *kernel) {
		dst := make([]byte, DigestSize*3)
		sum64(k, dst, make([]byte, MessageSize*3))
		for i := 0; i < 3; i++ {
			if got := fmt.Sprintf("%x", dst[i*DigestSize:(i+1)*DigestSize]); got != zero64 {
				t.Fatalf("digest %d of zeros = %s, want %s", i, got, zero64)
			}
		}
	})
}

func TestMatchesGoEthereum(t *testing.T) {
	rng := rand.NewChaCha8([32]byte{'k'})
	forEachKernel(t, func(t *testing.T, k *kernel) {
		for n := 0; n <= 17; n++ {
			check(t, k, randomBytes(rng, n*MessageSize))
			check(t, k, make([]byte, n*MessageSize))
			check(t, k, bytes.Repeat([]byte{0xff}, n*MessageSize))
		}
		for _, n := range []int{63, 64, 255, 1000, 4099} {
			check(t, k, randomBytes(rng, n*MessageSize))
		}
		// A single bit set anywhere in any lane of a block: each input bit reaches the output.
		for bit := 0; bit < 8*MessageSize; bit += 7 {
			src := make([]byte, 9*MessageSize)
			for m := 0; m < 9; m++ {
				b := (bit + 13*m) % (8 * MessageSize)
				src[m*MessageSize+b/8] |= 1 << (b % 8)
			}
			check(t, k, src)
		}
	})
}

// TestInPlace hashes messages into the memory that holds them, as Sum64 allows.
func TestInPlace(t *testing.T) {
	rng := rand.NewChaCha8([32]byte{'i'})
	forEachKernel(t, func(t *testing.T, k *kernel) {
		for _, n := range []int{1, 5, 8, 13, 64} {
			buf := randomBytes(rng, n*MessageSize)
			w := want(buf)
			sum64(k, buf[:n*DigestSize], buf)
			if !bytes.Equal(buf[:n*DigestSize], w) {
				t.Fatalf("%d messages in place: wrong digests", n)
			}
		}
	})
}

func TestSum64Panics(t *testing.T) {
	for _, c := range []struct {
		name     string
		dst, src int
	}{
		{"ragged source", 32, 63},
		{"short destination", 63, 128},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("no panic")
				}
			}()
			Sum64(make([]byte, c.dst), make([]byte, c.src))
		})
	}
}

// FuzzSum64 compares every kernel this CPU runs with go-ethereum on arbitrary batches (the input
// is cut to whole messages).
func FuzzSum64(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 64))
	f.Add(bytes.Repeat([]byte{0xff}, 9*64))
	f.Add(bytes.Repeat([]byte{1, 2, 3}, 200))
	f.Fuzz(func(t *testing.T, src []byte) {
		src = src[:len(src)/MessageSize*MessageSize]
		w := want(src)
		dst := make([]byte, len(w))
		for _, k := range kernels {
			if k.missing != "" {
				continue
			}
			clear(dst)
			sum64(k, dst, src)
			if !bytes.Equal(dst, w) {
				t.Fatalf("%s: %d messages: digests differ from go-ethereum", k.name, len(src)/MessageSize)
			}
		}
		clear(dst)
		Sum64(dst, src)
		if !bytes.Equal(dst, w) {
			t.Fatalf("Sum64 (%s): digests differ from go-ethereum", Kernel())
		}
	})
}

// BenchmarkSum64 compares, per 64-byte node, go-ethereum's single-hash keccak (what fraudvm/memory
// used for every node) with each kernel on batches of various sizes.
func BenchmarkSum64(b *testing.B) {
	rng := rand.NewChaCha8([32]byte{'b'})
	for _, n := range []int{1, 8, 64, 4096} {
		src := randomBytes(rng, n*MessageSize)
		dst := make([]byte, n*DigestSize)
		b.Run(fmt.Sprintf("n=%d/geth", n), func(b *testing.B) {
			st := crypto.NewKeccakState()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				for i := 0; i < n; i++ {
					st.Reset()
					st.Write(src[i*MessageSize : (i+1)*MessageSize])
					st.Read(dst[i*DigestSize : (i+1)*DigestSize])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/hash")
		})
		for _, k := range kernels {
			b.Run(fmt.Sprintf("n=%d/%s", n, k.name), func(b *testing.B) {
				if k.missing != "" {
					b.Skipf("this CPU lacks %s", k.missing)
				}
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					sum64(k, dst, src)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/hash")
			})
		}
	}
}
