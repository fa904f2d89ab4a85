package blob

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

func randomBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// refPack is the packing written the slow way, one payload byte at a time through ElementOf: the
// reference Pack is checked against, and ElementOf with it.
func refPack(t *testing.T, payload []byte) []kzg4844.Blob {
	t.Helper()
	blobs := make([]kzg4844.Blob, (len(payload)+PayloadBytesPerBlob-1)/PayloadBytesPerBlob)
	for p, v := range payload {
		loc, err := ElementOf(p)
		if err != nil {
			t.Fatalf("ElementOf(%d): %v", p, err)
		}
		blobs[loc.Blob][loc.Element*ElementSize+loc.Byte] = v
	}
	return blobs
}

func TestConstants(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"PayloadBytesPerBlob", PayloadBytesPerBlob, 126976},
		{"MaxPayloadSize", MaxPayloadSize, 761856},
		{"WordsPerBlob", WordsPerBlob, 3968},
		{"MaxWords", MaxWords, 23808},
		{"BlobSize", len(kzg4844.Blob{}), ElementSize * ElementsPerBlob},
		{"PayloadBytesPerBlob % WordSize", PayloadBytesPerBlob % WordSize, 0},
		{"1 << logElementsPerBlob", 1 << logElementsPerBlob, ElementsPerBlob},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
}

func TestPackMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 30, 31, 32, 62, 1000, PayloadBytesPerBlob - 1, PayloadBytesPerBlob, PayloadBytesPerBlob + 1, 2*PayloadBytesPerBlob + 12345, MaxPayloadSize} {
		payload := randomBytes(rng, n)
		blobs, err := Pack(payload)
		if err != nil {
			t.Fatalf("Pack(%d bytes): %v", n, err)
		}
		want := refPack(t, payload)
		if len(blobs) != len(want) {
			t.Fatalf("Pack(%d bytes): %d blobs, want %d", n, len(blobs), len(want))
		}
		for b := range blobs {
			if blobs[b] != want[b] {
				t.Fatalf("Pack(%d bytes): blob %d differs from the byte-by-byte reference", n, b)
			}
			for i := 0; i < ElementsPerBlob; i++ {
				if blobs[b][i*ElementSize] != 0 {
					t.Fatalf("Pack(%d bytes): blob %d element %d has first byte %#x", n, b, i, blobs[b][i*ElementSize])
				}
			}
		}
	}
}

func TestPackUnpackRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 31, 32, 4096, PayloadBytesPerBlob, PayloadBytesPerBlob + 32, 3*PayloadBytesPerBlob - 7, MaxPayloadSize} {
		payload := randomBytes(rng, n)
		blobs, err := Pack(payload)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnpackN(blobs, n)
		if err != nil || !bytes.Equal(got, payload) {
			t.Fatalf("UnpackN(Pack(%d bytes), %d): equal %v, err %v", n, n, bytes.Equal(got, payload), err)
		}
		all, err := Unpack(blobs)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(blobs)*PayloadBytesPerBlob || !bytes.Equal(all[:n], payload) || !allZero(all[n:]) {
			t.Fatalf("Unpack(Pack(%d bytes)): %d bytes, not the payload then zeros", n, len(all))
		}
	}
}

func allZero(b []byte) bool {
	for _, v := range b {
		if v != 0 {
			return false
		}
	}
	return true
}

func TestPackRejects(t *testing.T) {
	if _, err := Pack(nil); !errors.Is(err, ErrEmptyPayload) {
		t.Errorf("Pack(nil): %v, want ErrEmptyPayload", err)
	}
	if _, err := Pack(make([]byte, MaxPayloadSize+1)); !errors.Is(err, ErrPayloadTooLarge) {
		t.Errorf("Pack(MaxPayloadSize+1): %v, want ErrPayloadTooLarge", err)
	}
}

func TestUnpackRejects(t *testing.T) {
	if _, err := Unpack(nil); !errors.Is(err, ErrBlobCount) {
		t.Errorf("Unpack(no blobs): %v, want ErrBlobCount", err)
	}
	if _, err := Unpack(make([]kzg4844.Blob, MaxBlobsPerBatch+1)); !errors.Is(err, ErrBlobCount) {
		t.Errorf("Unpack(7 blobs): %v, want ErrBlobCount", err)
	}
	two := make([]kzg4844.Blob, 2)
	for _, n := range []int{-1, 2*PayloadBytesPerBlob + 1} {
		if _, err := UnpackN(two, n); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("UnpackN(2 blobs, %d): %v, want ErrOutOfRange", n, err)
		}
	}

	// A nonzero first byte: rejected wherever it is for Unpack, and by UnpackN only inside the
	// elements that hold the first n bytes.
	for _, c := range []struct{ blob, element int }{{0, 0}, {0, 4095}, {1, 0}, {1, 1234}, {1, 4095}} {
		bad := make([]kzg4844.Blob, 2)
		bad[c.blob][c.element*ElementSize] = 0x01
		_, err := Unpack(bad)
		var nc *NonCanonicalError
		if !errors.As(err, &nc) || !errors.Is(err, ErrNonCanonical) || nc.Blob != c.blob || nc.Element != c.element {
			t.Errorf("Unpack with blob %d element %d non-canonical: %v", c.blob, c.element, err)
		}
		// The element holds payload bytes first..first+30.
		first := c.blob*PayloadBytesPerBlob + c.element*DataBytesPerElement
		if _, err := UnpackN(bad, first+1); !errors.As(err, &nc) {
			t.Errorf("UnpackN up to the element's first byte: %v, want NonCanonicalError", err)
		}
		if got, err := UnpackN(bad, first); err != nil || len(got) != first {
			t.Errorf("UnpackN up to just before the element: %d bytes, %v", len(got), err)
		}
	}
	// Data bytes may be anything, 0xff included.
	var full [1]kzg4844.Blob
	for i := range full[0] {
		if i%ElementSize != 0 {
			full[0][i] = 0xff
		}
	}
	if got, err := Unpack(full[:]); err != nil || !bytes.Equal(got, bytes.Repeat([]byte{0xff}, PayloadBytesPerBlob)) {
		t.Errorf("Unpack of all-0xff data bytes: %v", err)
	}
}

func TestElementOf(t *testing.T) {
	for _, c := range []struct {
		offset int
		want   ByteLoc
	}{
		{0, ByteLoc{0, 0, 1}},
		{30, ByteLoc{0, 0, 31}},
		{31, ByteLoc{0, 1, 1}},
		{PayloadBytesPerBlob - 1, ByteLoc{0, 4095, 31}},
		{PayloadBytesPerBlob, ByteLoc{1, 0, 1}},
		{MaxPayloadSize - 1, ByteLoc{5, 4095, 31}},
	} {
		got, err := ElementOf(c.offset)
		if err != nil || got != c.want {
			t.Errorf("ElementOf(%d) = %+v, %v; want %+v", c.offset, got, err, c.want)
		}
	}
	for _, off := range []int{-1, MaxPayloadSize} {
		if _, err := ElementOf(off); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("ElementOf(%d): %v, want ErrOutOfRange", off, err)
		}
	}
}

// TestWordMapping checks LocateWord and WordFromElements against the packing itself: every word of
// a random full batch assembles, from the two elements LocateWord names, to the payload bytes
// 32w..32w+31.
func TestWordMapping(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	payload := randomBytes(rng, MaxPayloadSize)
	blobs, err := Pack(payload)
	if err != nil {
		t.Fatal(err)
	}
	element := func(b, i int) (y [ElementSize]byte) {
		copy(y[:], blobs[b][i*ElementSize:])
		return y
	}
	for w := 0; w < MaxWords; w++ {
		loc, err := LocateWord(w)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := ElementOf(w * WordSize)
		last, _ := ElementOf(w*WordSize + WordSize - 1)
		if loc.Blob != first.Blob || loc.Blob != last.Blob || loc.Element != first.Element ||
			last.Element != loc.Element+1 || loc.Split != first.Byte-1 || loc.InBlob != w%WordsPerBlob {
			t.Fatalf("LocateWord(%d) = %+v; its first byte is at %+v, its last at %+v", w, loc, first, last)
		}
		got := WordFromElements(element(loc.Blob, loc.Element), element(loc.Blob, loc.Element+1), loc.Split)
		if !bytes.Equal(got[:], payload[w*WordSize:(w+1)*WordSize]) {
			t.Fatalf("word %d (%+v): assembled %x, payload %x", w, loc, got, payload[w*WordSize:(w+1)*WordSize])
		}
	}
	for _, w := range []int{-1, MaxWords} {
		if _, err := LocateWord(w); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("LocateWord(%d): %v, want ErrOutOfRange", w, err)
		}
	}
}

// FuzzPack: Pack then UnpackN returns the payload, Unpack the payload and zeros, for any payload.
func FuzzPack(f *testing.F) {
	f.Add([]byte{0})
	f.Add(bytes.Repeat([]byte{0xff}, 31))
	f.Add(bytes.Repeat([]byte{0x80}, 33))
	f.Add(make([]byte, PayloadBytesPerBlob+1))
	f.Fuzz(func(t *testing.T, payload []byte) {
		blobs, err := Pack(payload)
		if len(payload) == 0 || len(payload) > MaxPayloadSize {
			if err == nil {
				t.Fatalf("Pack accepted %d bytes", len(payload))
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnpackN(blobs, len(payload))
		if err != nil || !bytes.Equal(got, payload) {
			t.Fatalf("UnpackN(Pack(p)) != p (err %v)", err)
		}
		all, err := Unpack(blobs)
		if err != nil || !bytes.Equal(all[:len(payload)], payload) || !allZero(all[len(payload):]) {
			t.Fatalf("Unpack(Pack(p)) is not p and zeros (err %v)", err)
		}
	})
}

// FuzzUnpack decodes arbitrary blob contents: it never panics, accepts exactly the blobs whose
// elements all start with a zero byte, and what it accepts re-packs to the same blobs.
func FuzzUnpack(f *testing.F) {
	f.Add(uint8(0), []byte{})
	f.Add(uint8(1), []byte{0, 1, 2, 3})
	f.Add(uint8(2), append(make([]byte, 32), 0x01))
	f.Add(uint8(6), bytes.Repeat([]byte{0xff}, 64))
	f.Add(uint8(7), []byte{0})
	f.Fuzz(func(t *testing.T, count uint8, data []byte) {
		blobs := make([]kzg4844.Blob, int(count)%(MaxBlobsPerBatch+2))
		for b := range blobs {
			// Spread the fuzz data over each blob's first and last elements.
			copy(blobs[b][:], data)
			copy(blobs[b][len(blobs[b])-min(len(data), len(blobs[b])):], data)
		}
		out, err := Unpack(blobs)
		if len(blobs) == 0 || len(blobs) > MaxBlobsPerBatch {
			if !errors.Is(err, ErrBlobCount) {
				t.Fatalf("%d blobs: %v, want ErrBlobCount", len(blobs), err)
			}
			return
		}
		canonical := true
		for b := range blobs {
			for i := 0; i < ElementsPerBlob; i++ {
				canonical = canonical && blobs[b][i*ElementSize] == 0
			}
		}
		if canonical != (err == nil) {
			t.Fatalf("canonical %v but Unpack error %v", canonical, err)
		}
		if err != nil {
			if !errors.Is(err, ErrNonCanonical) {
				t.Fatalf("Unpack: %v, want ErrNonCanonical", err)
			}
			return
		}
		again, err := Pack(out)
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != len(blobs) {
			t.Fatalf("re-packed into %d blobs, want %d", len(again), len(blobs))
		}
		for b := range blobs {
			if again[b] != blobs[b] {
				t.Fatalf("blob %d does not re-pack to itself", b)
			}
		}
		// UnpackN of any prefix agrees with Unpack.
		n := len(data) * 97 % (len(out) + 1)
		prefix, err := UnpackN(blobs, n)
		if err != nil || !bytes.Equal(prefix, out[:n]) {
			t.Fatalf("UnpackN(%d) disagrees with Unpack (err %v)", n, err)
		}
	})
}
