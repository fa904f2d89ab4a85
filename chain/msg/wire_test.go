package msg

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func randSigned(t testing.TB, rng *rand.Rand, k Kind) *Signed {
	t.Helper()
	m := randMessage(rng, k)
	var sig Signature
	if rng.IntN(2) == 0 {
		var err error
		if sig, err = Sign(m, testDomain, testKey(t, byte(1+rng.IntN(200)))); err != nil {
			t.Fatal(err)
		}
	} else {
		// Arbitrary r and s: the wire form carries them whether or not they are valid.
		r, s := randHash(rng), randHash(rng)
		copy(sig[0:32], r[:])
		copy(sig[32:64], s[:])
		sig[64] = byte(27 + rng.IntN(2))
	}
	return &Signed{Kind: k, Message: m, Signature: sig, AccountHint: rng.Uint32()}
}

// refEncode is the wire layout written out word by word from the doc comment.
func refEncode(s *Signed) []byte {
	header := make([]byte, 32)
	header[0] = byte(s.Kind)
	binary.BigEndian.PutUint32(header[1:5], s.AccountHint)
	vWord := make([]byte, 32)
	vWord[31] = s.Signature[64]
	return bytes.Join([][]byte{header, s.Message.EncodeData(), s.Signature[0:32], s.Signature[32:64], vWord}, nil)
}

func sameSigned(a, b *Signed) bool {
	return a.Kind == b.Kind && a.AccountHint == b.AccountHint && a.Signature == b.Signature &&
		a.Message.Kind() == b.Message.Kind() && bytes.Equal(a.Message.EncodeData(), b.Message.EncodeData())
}

func TestWireRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, k := range allKinds {
		for range 50 {
			s := randSigned(t, rng, k)
			enc, err := s.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if len(enc) != k.WireSize() || len(enc)%32 != 0 {
				t.Fatalf("%v: %d bytes, want %d", k, len(enc), k.WireSize())
			}
			if want := refEncode(s); !bytes.Equal(enc, want) {
				t.Fatalf("%v: encoding\n got %x\nwant %x", k, enc, want)
			}
			var got Signed
			if err := got.UnmarshalBinary(enc); err != nil {
				t.Fatalf("%v: %v", k, err)
			}
			if !sameSigned(&got, s) {
				t.Fatalf("%v: round trip gives %+v, want %+v", k, got, s)
			}
		}
	}
}

// freeBytes marks the bytes of kind k's wire form that may hold any value: the account hint,
// the significant bytes of each field, r and s. Every other byte (kind, reserved header bytes,
// padding of narrow fields, the v word) has exactly one acceptable value.
func freeBytes(k Kind) []bool {
	free := make([]bool, k.WireSize())
	for i := 1; i < 5; i++ {
		free[i] = true
	}
	for f, typ := range apitypesFields[k] {
		start := 32 * (1 + f)
		width := map[string]int{"bytes32": 32, "uint256": 32, "uint64": 8, "address": 20}[typ.Type]
		if width == 0 {
			panic(typ.Type)
		}
		for i := start + 32 - width; i < start+32; i++ {
			free[i] = true
		}
	}
	sig := 32 * (1 + k.BodyWords())
	for i := sig; i < sig+64; i++ {
		free[i] = true
	}
	return free
}

// TestWireEveryByte flips each bit of each byte of a valid encoding: the decoder must accept
// exactly the flips in free bytes, and re-encode an accepted input to the same bytes. This is the
// strictness of the decoder checked against the field list, independently of its code.
func TestWireEveryByte(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, k := range allKinds {
		s := randSigned(t, rng, k)
		enc, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		free := freeBytes(k)
		for i := range enc {
			for bit := range 8 {
				mod := bytes.Clone(enc)
				mod[i] ^= 1 << bit
				var got Signed
				err := got.UnmarshalBinary(mod)
				if free[i] != (err == nil) {
					t.Fatalf("%v: byte %d bit %d: accepted=%v, want %v (%v)", k, i, bit, err == nil, free[i], err)
				}
				if err != nil {
					if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUnknownKind) {
						t.Fatalf("%v: byte %d: error %v wraps neither sentinel", k, i, err)
					}
					if got.Message != nil {
						t.Fatalf("%v: byte %d: failed decode wrote the receiver", k, i)
					}
					continue
				}
				re, err := got.MarshalBinary()
				if err != nil || !bytes.Equal(re, mod) {
					t.Fatalf("%v: byte %d bit %d: re-encoding differs (%v)", k, i, bit, err)
				}
			}
		}
	}
}

func TestWireRejectsLength(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, k := range allKinds {
		enc, err := randSigned(t, rng, k).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 31, 32, len(enc) - 32, len(enc) - 1, len(enc) + 1, len(enc) + 32} {
			in := make([]byte, n)
			copy(in, enc)
			prev := Signed{Kind: KindJob, Message: knownJob(), AccountHint: 9}
			got := prev
			if err := got.UnmarshalBinary(in); !errors.Is(err, ErrMalformed) {
				t.Errorf("%v: %d of %d bytes: error %v, want ErrMalformed", k, n, len(enc), err)
			}
			if !sameSigned(&got, &prev) {
				t.Errorf("%v: %d bytes: failed decode changed the receiver", k, n)
			}
		}
	}
	// A Withdraw's bytes relabelled as a Job are two words short.
	w, _ := randSigned(t, rng, KindWithdraw).MarshalBinary()
	w[0] = byte(KindJob)
	if err := new(Signed).UnmarshalBinary(w); !errors.Is(err, ErrMalformed) {
		t.Errorf("relabelled Withdraw: %v", err)
	}
	if err := new(Signed).UnmarshalBinary(make([]byte, 320)); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("zero header: %v", err)
	}
}

func TestMarshalBinaryErrors(t *testing.T) {
	good := Signed{Kind: KindJob, Message: knownJob(), Signature: withRS(secp256k1HalfN, secp256k1HalfN, 27)}
	for _, c := range []struct {
		name string
		s    Signed
		want error
	}{
		{"nil message", Signed{Kind: KindJob}, ErrMalformed},
		{"kind mismatch", Signed{Kind: KindUpload, Message: knownJob(), Signature: good.Signature}, ErrMalformed},
		{"undefined kind", Signed{Kind: 9, Message: knownJob(), Signature: good.Signature}, ErrUnknownKind},
		{"bad v", Signed{Kind: KindJob, Message: knownJob(), Signature: withRS(secp256k1HalfN, secp256k1HalfN, 3)}, ErrBadSignature},
	} {
		if _, err := c.s.MarshalBinary(); !errors.Is(err, c.want) {
			t.Errorf("%s: MarshalBinary = %v, want %v", c.name, err, c.want)
		}
		if _, err := c.s.MarshalJSON(); !errors.Is(err, c.want) {
			t.Errorf("%s: MarshalJSON = %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := good.MarshalBinary(); err != nil {
		t.Fatalf("control: %v", err)
	}
}

func TestNewSignedSigner(t *testing.T) {
	key := testKey(t, 3)
	s, err := NewSigned(knownJob(), testDomain, key, 12)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Signer(testDomain); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("Signer = %v, %v", got, err)
	}
	s.Kind = KindWithdraw
	if _, err := s.Signer(testDomain); !errors.Is(err, ErrMalformed) {
		t.Fatalf("Signer with mismatched kind = %v", err)
	}
	if _, err := Sign(nil, testDomain, key); err == nil {
		t.Fatal("Sign(nil) succeeded")
	}
	if _, err := Recover(nil, testDomain, Signature{}); err == nil {
		t.Fatal("Recover(nil) succeeded")
	}
}

// FuzzUnmarshal: the decoder never panics; whatever it accepts re-encodes to the same bytes
// (binary and through JSON), and Recover on it either succeeds or wraps ErrBadSignature.
func FuzzUnmarshal(f *testing.F) {
	rng := rand.New(rand.NewPCG(15, 16))
	for _, k := range allKinds {
		for range 3 {
			enc, err := randSigned(f, rng, k).MarshalBinary()
			if err != nil {
				f.Fatal(err)
			}
			f.Add(enc)
			bad := bytes.Clone(enc)
			bad[32*2] = 1 // high byte of word 2: padding for Job.inputSize and Upload.size
			f.Add(bad)
		}
	}
	f.Add([]byte{})
	f.Add(make([]byte, 320))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Signed
		if err := s.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUnknownKind) {
				t.Fatalf("error %v wraps neither sentinel", err)
			}
			return
		}
		enc, err := s.MarshalBinary()
		if err != nil {
			t.Fatalf("accepted input does not re-encode: %v", err)
		}
		if !bytes.Equal(enc, data) {
			t.Fatalf("decode(encode) differs:\n in %x\nout %x", data, enc)
		}
		js, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Signed
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatalf("JSON %s: %v", js, err)
		}
		if enc2, err := back.MarshalBinary(); err != nil || !bytes.Equal(enc2, data) {
			t.Fatalf("JSON round trip changed the message (%v): %s", err, js)
		}
		if a, err := s.Signer(testDomain); err != nil && !errors.Is(err, ErrBadSignature) {
			t.Fatalf("Signer error %v does not wrap ErrBadSignature", err)
		} else if err == nil && a == (common.Address{}) {
			t.Fatal("recovered the zero address")
		}
	})
}
