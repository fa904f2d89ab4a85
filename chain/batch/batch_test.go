package batch

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/msg"
)

func randomBatch(r *rand.Rand) *Batch {
	b := &Batch{Number: r.Uint64(), Delayed: r.Uint64()}
	var delayed uint64
	for i := 0; i < r.IntN(4)+1; i++ {
		delayed += uint64(r.IntN(3))
		blk := Block{Timestamp: r.Uint64(), Messages: uint32(r.IntN(4)), Delayed: min(delayed, b.Delayed)}
		for j := uint32(0); j < blk.Messages; j++ {
			m := Message{Kind: uint8(r.IntN(3) + 1), Account: r.Uint32(), Body: make([]byte, WordSize*(r.IntN(MaxBodyWords)+1))}
			for k := range m.Body {
				m.Body[k] = byte(r.Uint32())
			}
			if r.IntN(2) == 0 {
				m.Data = make([]byte, r.IntN(5000)+1)
				for k := range m.Data {
					m.Data[k] = byte(r.Uint32())
				}
			}
			b.Msgs = append(b.Msgs, m)
		}
		b.Blocks = append(b.Blocks, blk)
	}
	return b
}

func TestRoundTripAndAlignment(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		b := randomBatch(r)
		p, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		l, _ := b.layout()
		for j, m := range b.Msgs {
			if l.bodyOff[j]%BodyAlign != 0 {
				t.Fatalf("body %d at %d not aligned", j, l.bodyOff[j])
			}
			if len(m.Data) > 0 {
				size := uint64(WordSize) << l.dataHeight[j]
				if l.dataOff[j]%size != 0 || uint64(len(m.Data)) > size {
					t.Fatalf("data %d: offset %d, %d bytes, height %d", j, l.dataOff[j], len(m.Data), l.dataHeight[j])
				}
			}
		}
		got, err := Decode(p)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		again, _ := got.Encode()
		if !bytes.Equal(again, p) {
			t.Fatal("decode/encode changed the payload")
		}
	}
}

func TestDecodeRejectsEveryByteFlip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	b := randomBatch(r)
	p, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	// Flipping a byte of a header field, a table entry or any padding must be rejected. (Body and
	// data bytes are content: a flip there is a different, valid batch.)
	l, _ := b.layout()
	content := make([]bool, len(p))
	for j, m := range b.Msgs {
		for k := range m.Body {
			content[l.bodyOff[j]+uint64(k)] = true
		}
		for k := range m.Data {
			content[l.dataOff[j]+uint64(k)] = true
		}
	}
	// Bytes that must be zero: reserved bytes of the header, block and message words, and the
	// padding between pieces. Every other byte is a field or content, where a flip may give another
	// valid batch (then it must re-encode to exactly the flipped bytes).
	reserved := make([]bool, len(p))
	mark := func(from, to int) {
		for i := from; i < to; i++ {
			reserved[i] = true
		}
	}
	mark(5, 8)
	mark(28, 32)
	mark(40, 64)
	nb, nm := len(b.Blocks), len(b.Msgs)
	for i := 0; i < nb; i++ {
		mark((headerWords+i)*WordSize+24, (headerWords+i+1)*WordSize)
	}
	for i := 0; i < nm; i++ {
		w := (headerWords + nb + i) * WordSize
		mark(w+1, w+4)
		mark(w+25, w+28)
	}
	tableEnd := (headerWords + nb + nm) * WordSize
	for i := tableEnd; i < len(p); i++ {
		if !content[i] {
			reserved[i] = true
		}
	}
	rejected := 0
	for i := range p {
		q := append([]byte(nil), p...)
		q[i] ^= 0x01
		got, err := Decode(q)
		if reserved[i] {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("reserved or padding byte %d flipped: accepted", i)
			}
			rejected++
			continue
		}
		if err == nil {
			again, _ := got.Encode()
			if !bytes.Equal(again, q) {
				t.Fatalf("byte %d flipped: accepted, but re-encodes differently", i)
			}
		}
	}
	if rejected == 0 {
		t.Fatal("no reserved byte tested")
	}
}

func TestEncodeRejects(t *testing.T) {
	cases := map[string]*Batch{
		"block count mismatch": {Blocks: []Block{{Messages: 2}}, Msgs: []Message{{Kind: 1, Body: make([]byte, 32)}}},
		"empty body":           {Blocks: []Block{{Messages: 1}}, Msgs: []Message{{Kind: 1}}},
		"ragged body":          {Blocks: []Block{{Messages: 1}}, Msgs: []Message{{Kind: 1, Body: make([]byte, 33)}}},
		"body too long":        {Blocks: []Block{{Messages: 1}}, Msgs: []Message{{Kind: 1, Body: make([]byte, BodyAlign+32)}}},
		"data too big":         {Blocks: []Block{{Messages: 1}}, Msgs: []Message{{Kind: 1, Body: make([]byte, 32), Data: make([]byte, WordSize<<MaxDataHeight+1)}}},
	}
	for name, b := range cases {
		if _, err := b.Encode(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// A batch over six blobs.
	var big Batch
	for i := 0; i < 3; i++ {
		big.Msgs = append(big.Msgs, Message{Kind: 1, Body: make([]byte, 32), Data: make([]byte, WordSize<<MaxDataHeight)})
	}
	big.Blocks = []Block{{Messages: 3}}
	if _, err := big.Encode(); err == nil {
		t.Error("oversized payload accepted")
	}
}

func TestDataHeight(t *testing.T) {
	for _, c := range []struct {
		n    int
		want uint8
	}{{1, 0}, {32, 0}, {33, 1}, {64, 1}, {65, 2}, {784, 5}, {1024, 5}, {1025, 6}} {
		if got := DataHeight(c.n); got != c.want {
			t.Errorf("DataHeight(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 4; i++ {
		p, _ := randomBatch(r).Encode()
		f.Add(p)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, p []byte) {
		b, err := Decode(p)
		if err != nil {
			return
		}
		again, err := b.Encode()
		if err != nil || !bytes.Equal(again, p) {
			t.Fatalf("accepted payload does not re-encode to itself: %v", err)
		}
	})
}

func TestFromSignedRoundTrip(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := msg.Domain{ChainID: 7, VerifyingContract: common.HexToAddress("0x42")}
	s, err := msg.NewSigned(&msg.Withdraw{To: common.HexToAddress("0x99"), Amount: uint256.NewInt(5), MaxFee: uint256.NewInt(1), Nonce: 3}, d, key, 12)
	if err != nil {
		t.Fatal(err)
	}
	m, err := FromSigned(s, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := &Batch{Number: 1, Blocks: []Block{{Messages: 1}}, Msgs: []Message{m}}
	p, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := back.Msgs[0].Signed()
	if err != nil {
		t.Fatal(err)
	}
	signer, err := got.Signer(d)
	if err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) || got.AccountHint != 12 {
		t.Fatalf("signer %v (%v), hint %d", signer, err, got.AccountHint)
	}
	back.Msgs[0].Body[5] ^= 1 // inside the address word's zero padding
	if _, err := back.Msgs[0].Signed(); err == nil {
		t.Fatal("a non-canonical body parsed")
	}
}
