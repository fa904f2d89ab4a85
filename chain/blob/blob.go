// Package blob is crollup's EIP-4844 blob encoding of a batch payload, and the Go half of proving
// one 32-byte payload word against a blob's versioned hash on L1 (contracts/src/lib/BlobWord.sol
// is the Solidity half; the fraudvm's batch-load step uses both).
//
// # Packing
//
// A blob is 4096 field elements of 32 bytes, each a big-endian integer that must be below the
// BLS12-381 scalar modulus. crollup keeps the first byte of every element zero, so any content is
// a valid element, and puts 31 payload bytes in the other 31 ("data bytes"). Payload bytes fill
// the data bytes in order, element after element, blob after blob:
//
//	payload byte p  →  blob b = p / 126976,  element i = (p mod 126976) / 31,
//	                   blob byte 32·i + 1 + (p mod 126976) mod 31
//
// so a blob carries 126,976 payload bytes and a batch (at most 6 blobs) 761,856. The bytes after
// the payload in the last blob are zero. The blobs do not record the payload length: the batch
// header does, and readers trim (UnpackN).
//
// # Words
//
// The fraudvm loads the payload one 32-byte word at a time (word w is payload bytes 32w..32w+31).
// 126976 = 32·3968, so a blob holds exactly 3968 words and no word crosses a blob. Inside a blob,
// word j starts in element e = j + ⌊j/31⌋ at data byte k = j mod 31 and always spans exactly two
// elements: data bytes k..30 of element e (31−k bytes), then data bytes 0..k of element e+1 (k+1
// bytes). With y_e the element as a 256-bit integer,
//
//	word = (y_e << 8(k+1)) mod 2^256  |  y_{e+1} >> 8(30−k)
//
// Proving a word on its own therefore takes two point evaluations on L1 (LocateWord,
// WordFromElements, Sidecar.ProveWord), and no encoding can take fewer: a word carries 256 bits,
// one evaluation reveals one element, less than 255 bits.
//
// It implements docs/spec/chain.md §3.2 (blob packing).
package blob

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

const (
	// ElementSize is the size in bytes of one field element of a blob.
	ElementSize = 32
	// DataBytesPerElement is the number of payload bytes in one element: all but the first byte,
	// which is always zero so that the element is below the BLS modulus.
	DataBytesPerElement = ElementSize - 1
	// ElementsPerBlob is EIP-4844's FIELD_ELEMENTS_PER_BLOB.
	ElementsPerBlob = 4096
	// PayloadBytesPerBlob is the number of payload bytes one blob carries (126,976).
	PayloadBytesPerBlob = DataBytesPerElement * ElementsPerBlob
	// MaxBlobsPerBatch is the most blobs one batch (one L1 blob transaction) carries.
	MaxBlobsPerBatch = 6
	// MaxPayloadSize is the largest batch payload in bytes (761,856).
	MaxPayloadSize = MaxBlobsPerBatch * PayloadBytesPerBlob

	// WordSize is the size of the unit the fraudvm loads and proves.
	WordSize = 32
	// WordsPerBlob is the number of payload words in one blob (3968): PayloadBytesPerBlob is a
	// multiple of WordSize, so no word crosses a blob boundary.
	WordsPerBlob = PayloadBytesPerBlob / WordSize
	// MaxWords is the number of words in the largest batch payload (23,808).
	MaxWords = MaxBlobsPerBatch * WordsPerBlob
)

var (
	// ErrEmptyPayload is returned by Pack for an empty payload: a blob transaction carries at
	// least one blob, and a batch payload at least its header.
	ErrEmptyPayload = errors.New("blob: empty payload")
	// ErrPayloadTooLarge is returned by Pack for a payload of more than MaxPayloadSize bytes.
	ErrPayloadTooLarge = errors.New("blob: payload too large")
	// ErrBlobCount is returned for a batch of no blobs or more than MaxBlobsPerBatch.
	ErrBlobCount = errors.New("blob: bad blob count")
	// ErrOutOfRange is returned for an offset, length, word or element index outside the batch.
	ErrOutOfRange = errors.New("blob: out of range")
	// ErrNonCanonical is returned (wrapped in a *NonCanonicalError) for an element whose first
	// byte is not zero: such a blob was not written by Pack and does not decode.
	ErrNonCanonical = errors.New("blob: element's first byte is not zero")
)

// NonCanonicalError reports the first element, in payload order, whose first byte is not zero.
type NonCanonicalError struct {
	Blob, Element int
}

func (e *NonCanonicalError) Error() string {
	return fmt.Sprintf("%v: blob %d element %d", ErrNonCanonical, e.Blob, e.Element)
}

// Unwrap lets errors.Is(err, ErrNonCanonical) match.
func (e *NonCanonicalError) Unwrap() error { return ErrNonCanonical }

// Pack encodes a batch payload into ⌈len(payload)/PayloadBytesPerBlob⌉ blobs, 31 payload bytes per
// element with each element's first byte zero. The last blob is zero after the payload.
func Pack(payload []byte) ([]kzg4844.Blob, error) {
	switch {
	case len(payload) == 0:
		return nil, ErrEmptyPayload
	case len(payload) > MaxPayloadSize:
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(payload), MaxPayloadSize)
	}
	blobs := make([]kzg4844.Blob, (len(payload)+PayloadBytesPerBlob-1)/PayloadBytesPerBlob)
	for b := range blobs {
		rest := payload[b*PayloadBytesPerBlob : min((b+1)*PayloadBytesPerBlob, len(payload))]
		for off := 1; len(rest) > 0; off += ElementSize {
			rest = rest[copy(blobs[b][off:off+DataBytesPerElement], rest):]
		}
	}
	return blobs, nil
}

// Unpack decodes every payload byte the blobs can hold (len(blobs)·PayloadBytesPerBlob bytes,
// including the padding after the payload). It rejects a blob with any element whose first byte
// is not zero, anywhere in the blob.
//
// Derivation should use UnpackN with the length from the batch header instead: the L1 step only
// ever sees the elements that hold payload words, so only those may decide a batch's validity.
func Unpack(blobs []kzg4844.Blob) ([]byte, error) {
	return UnpackN(blobs, len(blobs)*PayloadBytesPerBlob)
}

// UnpackN decodes the first n payload bytes of the blobs. It rejects the blobs if any element that
// holds one of those bytes has a nonzero first byte, and looks at nothing after them: for a
// 32-byte-aligned n these are exactly the elements the L1 step proves when it loads words 0 to
// n/32−1 (WordFromElements).
func UnpackN(blobs []kzg4844.Blob, n int) ([]byte, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerBatch {
		return nil, fmt.Errorf("%w: %d blobs, want 1 to %d", ErrBlobCount, len(blobs), MaxBlobsPerBatch)
	}
	if n < 0 || n > len(blobs)*PayloadBytesPerBlob {
		return nil, fmt.Errorf("%w: payload length %d with %d blobs", ErrOutOfRange, n, len(blobs))
	}
	out := make([]byte, n)
	for p, b := 0, 0; p < n; b++ {
		blob := &blobs[b]
		for i := 0; i < ElementsPerBlob && p < n; i++ {
			if blob[i*ElementSize] != 0 {
				return nil, &NonCanonicalError{Blob: b, Element: i}
			}
			p += copy(out[p:], blob[i*ElementSize+1:(i+1)*ElementSize])
		}
	}
	return out, nil
}

// ByteLoc is where a payload byte lives: byte Byte (1 to 31) of element Element of blob Blob.
type ByteLoc struct {
	Blob, Element, Byte int
}

// ElementOf locates payload byte offset, 0 ≤ offset < MaxPayloadSize.
func ElementOf(offset int) (ByteLoc, error) {
	if offset < 0 || offset >= MaxPayloadSize {
		return ByteLoc{}, fmt.Errorf("%w: payload offset %d", ErrOutOfRange, offset)
	}
	q := offset % PayloadBytesPerBlob
	return ByteLoc{
		Blob:    offset / PayloadBytesPerBlob,
		Element: q / DataBytesPerElement,
		Byte:    1 + q%DataBytesPerElement,
	}, nil
}

// WordLoc is where a payload word lives: word InBlob of blob Blob, made of data bytes Split..30 of
// element Element followed by data bytes 0..Split of element Element+1.
type WordLoc struct {
	Blob   int // blob index in the batch, 0 to MaxBlobsPerBatch−1
	InBlob int // word index in the blob, 0 to WordsPerBlob−1: what BlobWord.readWord takes
	// Element is the element holding the word's first byte; Element+1 (≤ 4095) holds its last.
	Element int
	// Split (0 to 30) is the data byte of Element the word starts at; Element+1 gives Split+1 bytes.
	Split int
}

// LocateWord locates payload word w (payload bytes 32w to 32w+31), 0 ≤ w < MaxWords.
func LocateWord(w int) (WordLoc, error) {
	if w < 0 || w >= MaxWords {
		return WordLoc{}, fmt.Errorf("%w: payload word %d", ErrOutOfRange, w)
	}
	j := w % WordsPerBlob
	return WordLoc{
		Blob:    w / WordsPerBlob,
		InBlob:  j,
		Element: j + j/DataBytesPerElement, // ⌊32j/31⌋
		Split:   j % DataBytesPerElement,   // 32j mod 31
	}, nil
}

// WordFromElements assembles the payload word that starts at data byte split (0 to 30) of element
// y0 and ends in the next element y1: y0's data bytes split..30, then y1's data bytes 0..split.
// The elements' first bytes are not looked at; callers check them (BlobWord.readWord does).
// It panics if split is out of range, as indexing would.
func WordFromElements(y0, y1 [ElementSize]byte, split int) (w [WordSize]byte) {
	if split < 0 || split >= DataBytesPerElement {
		panic(fmt.Sprintf("blob: word split %d out of range [0, %d)", split, DataBytesPerElement))
	}
	n := copy(w[:], y0[1+split:])
	copy(w[n:], y1[1:])
	return w
}
