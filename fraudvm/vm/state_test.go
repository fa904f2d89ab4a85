package vm

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func randomState(r *rand.Rand) State {
	s := State{
		Status: Status(r.IntN(2)), Phase: Phase(r.IntN(int(numPhases))), Slot: uint8(r.IntN(5)),
		PC: r.Uint32(), Step: r.Uint64(), E: r.Uint64(), Q: r.Uint32(),
		Acc: int32(r.Uint32()), Acc2: int32(r.Uint32()), TBase: r.Uint32(),
	}
	for i := range s.Insn {
		s.Insn[i] = byte(r.Uint32())
	}
	for i := range s.Decl {
		for j := range s.Decl[i] {
			s.Decl[i][j] = byte(r.Uint32())
		}
	}
	for i := range s.MemRoot {
		s.MemRoot[i] = byte(r.Uint32())
	}
	return s
}

func TestStateRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 1000; i++ {
		s := randomState(r)
		enc := s.Encode()
		got, err := DecodeState(enc[:])
		if err != nil {
			t.Fatalf("decode %v: %v", s, err)
		}
		if got != s {
			t.Fatalf("round trip: got %v want %v", got, s)
		}
	}
}

func TestStateHashTopByteIsStatus(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100; i++ {
		s := randomState(r)
		h := s.Hash()
		enc := s.Encode()
		full := crypto.Keccak256Hash(enc[:])
		if h[0] != byte(s.Status) || !bytes.Equal(h[1:], full[1:]) {
			t.Fatalf("hash %x: want status %d then keccak tail %x", h, s.Status, full[1:])
		}
	}
}

func TestStateEncodingLayout(t *testing.T) {
	// Spot-check the documented offsets (spec §5) so that the Solidity side can rely on them.
	s := State{Status: 1, Phase: PhaseExec, Slot: 3, PC: 0x01020304, Step: 0x05060708090a0b0c,
		E: 0x1112131415161718, Q: 0x191a1b1c, Acc: -2, Acc2: 7, TBase: 0x21222324}
	s.Insn[0], s.Decl[3][31], s.MemRoot[31] = 0xAA, 0xBB, 0xCC
	b := s.Encode()
	checks := []struct {
		off  int
		want []byte
	}{
		{0, []byte{1, 3, 3, 0}}, {4, []byte{1, 2, 3, 4}}, {8, []byte{5, 6, 7, 8, 9, 10, 11, 12}},
		{16, []byte{0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18}}, {24, []byte{0x19, 0x1a, 0x1b, 0x1c}},
		{28, []byte{0xff, 0xff, 0xff, 0xfe}}, {32, []byte{0, 0, 0, 7}}, {36, []byte{0x21, 0x22, 0x23, 0x24}},
		{64, []byte{0xAA}}, {223, []byte{0xBB}}, {255, []byte{0xCC}},
	}
	for _, c := range checks {
		if !bytes.Equal(b[c.off:c.off+len(c.want)], c.want) {
			t.Errorf("offset %d: got %x want %x", c.off, b[c.off:c.off+len(c.want)], c.want)
		}
	}
}

func TestDecodeStateRejects(t *testing.T) {
	good := (&State{Phase: PhaseFetch}).Encode()
	cases := map[string]func(b []byte) []byte{
		"short":     func(b []byte) []byte { return b[:255] },
		"long":      func(b []byte) []byte { return append(b, 0) },
		"status":    func(b []byte) []byte { b[0] = 2; return b },
		"phase":     func(b []byte) []byte { b[1] = 4; return b },
		"slot":      func(b []byte) []byte { b[2] = 5; return b },
		"reserved3": func(b []byte) []byte { b[3] = 1; return b },
		"reserved":  func(b []byte) []byte { b[50] = 1; return b },
	}
	for name, mut := range cases {
		b := mut(append([]byte(nil), good[:]...))
		if _, err := DecodeState(b); !errors.Is(err, ErrInvalidState) {
			t.Errorf("%s: got %v, want ErrInvalidState", name, err)
		}
	}
}

func FuzzDecodeState(f *testing.F) {
	good := (&State{Phase: PhaseExec, PC: 3}).Encode()
	f.Add(good[:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeState(b)
		if err != nil {
			return
		}
		enc := s.Encode()
		if !bytes.Equal(enc[:], b) {
			t.Fatalf("accepted state does not re-encode to its bytes")
		}
	})
}
