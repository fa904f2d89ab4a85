package blob

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// kzgFixture is built once per test binary and shared by every test that needs real KZG: the
// first KZG operation in a process loads the trusted setup, which takes seconds.
type kzgFixture struct {
	payload []byte   // fixturePayloadSize random bytes
	batch   *Sidecar // Pack(payload): three blobs, the last partly filled
	// raw is one blob of random field elements over the whole range below the modulus, most with
	// a nonzero first byte: a blob Pack never writes (malformed for crollup, valid for EIP-4844).
	// Elements 0 and 2 are canonical, element 1 is not.
	raw *Sidecar

	mu     sync.Mutex
	words  map[int]*WordProof       // ProveWord results, by payload word
	elems  map[[2]int]*ElementProof // ProveElement results, by (sidecar 0 = batch / 1 = raw, index) of blob 0
	proofs int                      // KZG proofs computed, for the log
}

// fixturePayloadSize: two full blobs and 1250 words of a third.
const fixturePayloadSize = 2*PayloadBytesPerBlob + 1250*WordSize

var (
	fixtureOnce sync.Once
	fixture     *kzgFixture
	fixtureErr  error
)

func kzgFix(t testing.TB) *kzgFixture {
	t.Helper()
	fixtureOnce.Do(func() { fixture, fixtureErr = newKZGFixture() })
	if fixtureErr != nil {
		t.Fatalf("KZG fixture: %v", fixtureErr)
	}
	return fixture
}

func newKZGFixture() (*kzgFixture, error) {
	rng := rand.New(rand.NewPCG(7, 8))
	f := &kzgFixture{
		payload: randomBytes(rng, fixturePayloadSize),
		words:   make(map[int]*WordProof),
		elems:   make(map[[2]int]*ElementProof),
	}
	blobs, err := Pack(f.payload)
	if err != nil {
		return nil, err
	}
	if f.batch, err = NewSidecar(blobs); err != nil {
		return nil, err
	}
	raw := make([]kzg4844.Blob, 1)
	for i := 0; i < ElementsPerBlob; i++ {
		new(big.Int).Mod(new(big.Int).SetBytes(randomBytes(rng, ElementSize)), blsModulus).FillBytes(raw[0][i*ElementSize : (i+1)*ElementSize])
	}
	// Fix the first bytes of elements 0 to 2 (canonical, malformed, canonical) for the
	// non-canonical cases; 0x01 keeps element 1 below the modulus.
	raw[0][0*ElementSize], raw[0][1*ElementSize], raw[0][2*ElementSize] = 0, 0x01, 0
	if f.raw, err = NewSidecar(raw); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *kzgFixture) word(t testing.TB, w int) *WordProof {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.words[w]; ok {
		return p
	}
	p, err := f.batch.ProveWord(w)
	if err != nil {
		t.Fatalf("ProveWord(%d): %v", w, err)
	}
	f.words[w] = p
	f.proofs += 2
	return p
}

// element proves element index of blob 0 of the batch (raw false) or of the raw blob (raw true).
func (f *kzgFixture) element(t testing.TB, raw bool, index int) *ElementProof {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	key := [2]int{0, index}
	s := f.batch
	if raw {
		key[0], s = 1, f.raw
	}
	if p, ok := f.elems[key]; ok {
		return p
	}
	p, err := s.ProveElement(0, index)
	if err != nil {
		t.Fatalf("ProveElement(raw %v, %d): %v", raw, index, err)
	}
	f.elems[key] = p
	f.proofs++
	return p
}

// payloadWord is payload word w as the fixture wrote it.
func (f *kzgFixture) payloadWord(w int) [WordSize]byte {
	return [WordSize]byte(f.payload[w*WordSize:])
}

// domainIndices are element indices that set and clear every one of the 12 index bits, plus both
// ends: enough to tell any other ordering of the evaluation domain from the bit-reversed one.
func domainIndices() []int {
	idx := []int{0, 1, 2, 3, 4094, 4095, 0x555, 0xaaa, 1234}
	for b := 0; b < logElementsPerBlob; b++ {
		idx = append(idx, 1<<b, (ElementsPerBlob-1)^(1<<b))
	}
	return idx
}

// TestEvalPointMatchesKZG is the test that catches an evaluation-domain bug like the one Optimism
// shipped: go-kzg's own evaluation of the blob polynomial at EvalPoint(i) must be element i, for
// indices exercising every bit, on a blob of full-range field elements.
func TestEvalPointMatchesKZG(t *testing.T) {
	f := kzgFix(t)
	blob := &f.raw.Blobs[0]
	for _, i := range domainIndices() {
		z := EvalPoint(i)
		proof, y, err := kzg4844.ComputeProof(blob, z)
		if err != nil {
			t.Fatalf("ComputeProof at element %d's point: %v", i, err)
		}
		if !bytes.Equal(y[:], blob[i*ElementSize:(i+1)*ElementSize]) {
			t.Fatalf("the blob polynomial at EvalPoint(%d) is %x, element %d is %x", i, y, i, blob[i*ElementSize:(i+1)*ElementSize])
		}
		if err := kzg4844.VerifyProof(f.raw.Commitments[0], z, y, proof); err != nil {
			t.Fatalf("VerifyProof at element %d: %v", i, err)
		}
	}
}

// TestNaturalOrderIsWrong shows that TestEvalPointMatchesKZG can fail: the natural-order point ω^i
// (the bug) evaluates to another value wherever bitrev12(i) != i.
func TestNaturalOrderIsWrong(t *testing.T) {
	f := kzgFix(t)
	blob := &f.raw.Blobs[0]
	for _, i := range []int{1, 2, 4094} {
		var z kzg4844.Point
		new(big.Int).Exp(rootOfUnity, big.NewInt(int64(i)), blsModulus).FillBytes(z[:])
		_, y, err := kzg4844.ComputeProof(blob, z)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(y[:], blob[i*ElementSize:(i+1)*ElementSize]) {
			t.Errorf("the blob polynomial at ω^%d is element %d: the test data cannot tell the orders apart", i, i)
		}
	}
}

func TestNewSidecar(t *testing.T) {
	f := kzgFix(t)
	for b := range f.batch.Blobs {
		if f.batch.Hashes[b][0] != 0x01 || !kzg4844.IsValidVersionedHash(f.batch.Hashes[b][:]) {
			t.Errorf("blob %d: versioned hash %v is not version 1", b, f.batch.Hashes[b])
		}
		if err := kzg4844.VerifyBlobProof(&f.batch.Blobs[b], f.batch.Commitments[b], mustBlobProof(t, f.batch, b)); err != nil {
			t.Errorf("blob %d: commitment does not match the blob: %v", b, err)
		}
	}
	if f.batch.Hashes[0] == f.batch.Hashes[1] {
		t.Error("two different blobs have the same versioned hash")
	}
	if _, err := NewSidecar(nil); !errors.Is(err, ErrBlobCount) {
		t.Errorf("NewSidecar(no blobs): %v", err)
	}
	if _, err := NewSidecar(make([]kzg4844.Blob, MaxBlobsPerBatch+1)); !errors.Is(err, ErrBlobCount) {
		t.Errorf("NewSidecar(7 blobs): %v", err)
	}
	var bad [1]kzg4844.Blob
	for i := range ElementSize {
		bad[0][i] = 0xff // element 0 ≥ r: no polynomial has it
	}
	if _, err := NewSidecar(bad[:]); err == nil {
		t.Error("NewSidecar accepted an element above the modulus")
	}
}

func mustBlobProof(t *testing.T, s *Sidecar, b int) kzg4844.Proof {
	t.Helper()
	p, err := kzg4844.ComputeBlobProof(&s.Blobs[b], s.Commitments[b])
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProveRejects(t *testing.T) {
	f := kzgFix(t)
	for _, c := range [][2]int{{-1, 0}, {3, 0}, {0, -1}, {0, ElementsPerBlob}} {
		if _, err := f.batch.ProveElement(c[0], c[1]); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("ProveElement(%d, %d): %v, want ErrOutOfRange", c[0], c[1], err)
		}
	}
	for _, w := range []int{-1, 3 * WordsPerBlob, MaxWords} {
		if _, err := f.batch.ProveWord(w); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("ProveWord(%d): %v, want ErrOutOfRange", w, err)
		}
	}
	var nc *NonCanonicalError
	if _, err := f.raw.ProveWord(0); !errors.As(err, &nc) || nc.Element != 1 {
		t.Errorf("ProveWord of a word spanning a malformed element: %v, want NonCanonicalError at element 1", err)
	}
}

// errKind is how a word or element check ends; each maps to one Go sentinel error and one
// BlobWord custom error.
type errKind int

const (
	accept errKind = iota
	outOfRange
	badWitness
	nonCanonical
	invalidProof
)

func (k errKind) goErr() error {
	return [...]error{nil, ErrOutOfRange, ErrBadWitness, ErrNonCanonical, ErrInvalidProof}[k]
}

// solError is BlobWord's custom error for the kind; word selects the word or the element variant.
func (k errKind) solError(word bool) string {
	if k == outOfRange && word {
		return "WordIndexOutOfRange"
	}
	return [...]string{"", "ElementIndexOutOfRange", "BadWitnessLength", "NonCanonicalElement", "PointEvaluationFailed"}[k]
}

// wordCase is a call of readWord / VerifyWord and how it must end.
type wordCase struct {
	name          string
	versionedHash common.Hash
	inBlob        int
	witness       []byte
	want          errKind
	word          [WordSize]byte // if want == accept
	errArg        int64          // the revert's first argument, if want is nonCanonical or invalidProof
}

// Words the accepting cases read: first element, splits 15, 30 (1 byte from the first element)
// and 0 (31 bytes), last element 4095, the second and third blob, and the payload's last word.
var acceptWords = []int{0, 15, 30, 31, 3967, WordsPerBlob + 100, 2*WordsPerBlob + 7, fixturePayloadSize/WordSize - 1}

func wordCases(t testing.TB, f *kzgFixture) []wordCase {
	t.Helper()
	var cases []wordCase
	for _, w := range acceptWords {
		p := f.word(t, w)
		cases = append(cases, wordCase{
			name: "word " + itoa(w), versionedHash: p.VersionedHash, inBlob: p.Loc.InBlob,
			witness: p.Witness(), want: accept, word: f.payloadWord(w),
		})
	}

	p := f.word(t, 15) // elements 15 and 16 of blob 0
	tamper := func(edit func(w []byte)) []byte {
		w := p.Witness()
		edit(w)
		return w
	}
	other := f.word(t, WordsPerBlob+15) // the same word position in blob 1
	otherElem := f.element(t, false, 17)
	wrongVersion := p.VersionedHash
	wrongVersion[0] = 0x00
	cases = append(cases,
		wordCase{name: "wrong y0", versionedHash: p.VersionedHash, inBlob: 15, want: invalidProof, errArg: 15,
			witness: tamper(func(w []byte) { w[31] ^= 1 })},
		wordCase{name: "wrong y1", versionedHash: p.VersionedHash, inBlob: 15, want: invalidProof, errArg: 16,
			witness: tamper(func(w []byte) { w[63] ^= 1 })},
		wordCase{name: "wrong index", versionedHash: p.VersionedHash, inBlob: 16, want: invalidProof, errArg: 16,
			witness: p.Witness()},
		wordCase{name: "proof of another element", versionedHash: p.VersionedHash, inBlob: 15, want: invalidProof, errArg: 16,
			witness: tamper(func(w []byte) { copy(w[160:], otherElem.Proof[:]) })},
		wordCase{name: "proofs swapped", versionedHash: p.VersionedHash, inBlob: 15, want: invalidProof, errArg: 15,
			witness: tamper(func(w []byte) { copy(w[112:], p.Proof1[:]); copy(w[160:], p.Proof0[:]) })},
		wordCase{name: "versioned hash of another blob", versionedHash: other.VersionedHash, inBlob: 15, want: invalidProof, errArg: 15,
			witness: p.Witness()},
		wordCase{name: "versioned hash with version 0", versionedHash: wrongVersion, inBlob: 15, want: invalidProof, errArg: 15,
			witness: p.Witness()},
		wordCase{name: "another blob's commitment and hash", versionedHash: other.VersionedHash, inBlob: 15, want: invalidProof, errArg: 15,
			witness: tamper(func(w []byte) { copy(w[64:], other.Commitment[:]) })},
		wordCase{name: "another blob's witness", versionedHash: p.VersionedHash, inBlob: 15, want: invalidProof, errArg: 15,
			witness: other.Witness()},
		wordCase{name: "short witness", versionedHash: p.VersionedHash, inBlob: 15, want: badWitness,
			witness: p.Witness()[:WordWitnessSize-1]},
		wordCase{name: "long witness", versionedHash: p.VersionedHash, inBlob: 15, want: badWitness,
			witness: append(p.Witness(), 0)},
		wordCase{name: "word index out of range", versionedHash: p.VersionedHash, inBlob: WordsPerBlob, want: outOfRange,
			witness: p.Witness()},
	)

	// Valid proofs of malformed elements: only the first-byte check can reject them. In the raw
	// blob, word 0 spans elements 0 (canonical) and 1 (malformed), word 1 elements 1 and 2
	// (canonical).
	for _, c := range []struct {
		name   string
		inBlob int
		bad    int
	}{{"non-canonical y1", 0, 1}, {"non-canonical y0", 1, 1}} {
		e := c.inBlob + c.inBlob/DataBytesPerElement
		y0, y1 := f.element(t, true, e), f.element(t, true, e+1)
		w := append(append(append(append(append([]byte{}, y0.Y[:]...), y1.Y[:]...), y0.Commitment[:]...), y0.Proof[:]...), y1.Proof[:]...)
		cases = append(cases, wordCase{name: c.name, versionedHash: f.raw.Hashes[0], inBlob: c.inBlob, want: nonCanonical,
			errArg: int64(c.bad), witness: w})
	}
	return cases
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// TestVerifyWord runs every word case through the Go twin (TestReadWordEVM runs them on the EVM).
func TestVerifyWord(t *testing.T) {
	f := kzgFix(t)
	for _, c := range wordCases(t, f) {
		got, err := VerifyWord(c.versionedHash, c.inBlob, c.witness)
		if c.want == accept {
			if err != nil || got != c.word {
				t.Errorf("%s: VerifyWord = %x, %v; want %x", c.name, got, err, c.word)
			}
			continue
		}
		if !errors.Is(err, c.want.goErr()) {
			t.Errorf("%s: VerifyWord error %v, want %v", c.name, err, c.want.goErr())
		}
	}
	t.Logf("%d KZG proofs computed so far", f.proofs)
}

// elementCase is a call of verifyElement / VerifyElement and how it must end.
type elementCase struct {
	name          string
	versionedHash common.Hash
	index         int
	y             [ElementSize]byte
	witness       []byte
	want          errKind
}

func elementCases(t testing.TB, f *kzgFixture) []elementCase {
	t.Helper()
	good := f.element(t, false, 4095)
	malformed := f.element(t, true, 1)
	wrongY := good.Y
	wrongY[31] ^= 0x80
	var r [ElementSize]byte
	blsModulus.FillBytes(r[:])
	yPlusR := new(big.Int).Add(new(big.Int).SetBytes(good.Y[:]), blsModulus) // same value mod r, not canonical
	var yr [ElementSize]byte
	yPlusR.FillBytes(yr[:])
	return []elementCase{
		{"last element", good.VersionedHash, 4095, good.Y, good.Witness(), accept},
		{"malformed element (first byte nonzero) is still provable", malformed.VersionedHash, malformed.Index, malformed.Y, malformed.Witness(), accept},
		{"wrong y", good.VersionedHash, 4095, wrongY, good.Witness(), invalidProof},
		{"y = r", good.VersionedHash, 4095, r, good.Witness(), invalidProof},
		{"y + r", good.VersionedHash, 4095, yr, good.Witness(), invalidProof},
		{"wrong index", good.VersionedHash, 4094, good.Y, good.Witness(), invalidProof},
		{"wrong versioned hash", f.batch.Hashes[1], 4095, good.Y, good.Witness(), invalidProof},
		{"index out of range", good.VersionedHash, ElementsPerBlob, good.Y, good.Witness(), outOfRange},
		{"short witness", good.VersionedHash, 4095, good.Y, good.Witness()[:ElementWitnessSize-1], badWitness},
		{"short witness and index out of range", good.VersionedHash, ElementsPerBlob, good.Y, good.Witness()[:ElementWitnessSize-1], badWitness},
	}
}

// TestVerifyElement runs every element case through the Go twin.
func TestVerifyElement(t *testing.T) {
	f := kzgFix(t)
	for _, c := range elementCases(t, f) {
		err := VerifyElement(c.versionedHash, c.index, c.y, c.witness)
		if !errors.Is(err, c.want.goErr()) || (c.want == accept) != (err == nil) {
			t.Errorf("%s: VerifyElement error %v, want %v", c.name, err, c.want.goErr())
		}
	}
}
