package blob

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

const (
	// ElementWitnessSize is the size of BlobWord.verifyElement's commitmentAndProof:
	// commitment (48) ‖ proof (48).
	ElementWitnessSize = 48 + 48
	// WordWitnessSize is the size of BlobWord.readWord's witness:
	// y0 (32) ‖ y1 (32) ‖ commitment (48) ‖ proof0 (48) ‖ proof1 (48).
	WordWitnessSize = 2*ElementSize + 48 + 2*48
)

var (
	// ErrBadWitness is returned for a witness of the wrong size.
	ErrBadWitness = errors.New("blob: bad witness size")
	// ErrInvalidProof is returned when a commitment does not match the versioned hash or a KZG
	// proof does not verify: where BlobWord reverts with PointEvaluationFailed.
	ErrInvalidProof = errors.New("blob: invalid point-evaluation proof")
)

// Sidecar is a batch's blobs with their KZG commitments and versioned hashes: what the batcher
// posts, and all a challenger needs to prove any word of the payload.
type Sidecar struct {
	Blobs       []kzg4844.Blob
	Commitments []kzg4844.Commitment
	// Hashes are the versioned hashes (what L1's BLOBHASH returns and the Inbox records), in
	// blob order.
	Hashes []common.Hash
}

// NewSidecar commits to 1 to MaxBlobsPerBatch blobs.
func NewSidecar(blobs []kzg4844.Blob) (*Sidecar, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerBatch {
		return nil, fmt.Errorf("%w: %d blobs, want 1 to %d", ErrBlobCount, len(blobs), MaxBlobsPerBatch)
	}
	s := &Sidecar{
		Blobs:       blobs,
		Commitments: make([]kzg4844.Commitment, len(blobs)),
		Hashes:      make([]common.Hash, len(blobs)),
	}
	hasher := sha256.New()
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob: commit to blob %d: %w", i, err)
		}
		s.Commitments[i] = c
		s.Hashes[i] = kzg4844.CalcBlobHashV1(hasher, &c)
	}
	return s, nil
}

// ElementProof proves the value of one element of a blob: the arguments of BlobWord.verifyElement.
type ElementProof struct {
	VersionedHash common.Hash
	Index         int           // element index in the blob, 0 to 4095
	Y             kzg4844.Claim // the element: the blob polynomial's value at EvalPoint(Index)
	Commitment    kzg4844.Commitment
	Proof         kzg4844.Proof
}

// Witness returns commitment ‖ proof, BlobWord.verifyElement's commitmentAndProof.
func (p *ElementProof) Witness() []byte {
	return append(append(make([]byte, 0, ElementWitnessSize), p.Commitment[:]...), p.Proof[:]...)
}

// ProveElement proves element index of blob b. The element may have a nonzero first byte: this is
// also how a challenger shows on L1 that a blob is malformed.
func (s *Sidecar) ProveElement(b, index int) (*ElementProof, error) {
	if b < 0 || b >= len(s.Blobs) || index < 0 || index >= ElementsPerBlob {
		return nil, fmt.Errorf("%w: blob %d element %d of %d blobs", ErrOutOfRange, b, index, len(s.Blobs))
	}
	proof, y, err := kzg4844.ComputeProof(&s.Blobs[b], EvalPoint(index))
	if err != nil {
		return nil, fmt.Errorf("blob: prove blob %d element %d: %w", b, index, err)
	}
	// The evaluation at a domain point is the element itself. Checking it here means a wrong
	// evaluation domain (the point order) fails loudly in Go instead of as a lost challenge on L1.
	if !bytes.Equal(y[:], s.Blobs[b][index*ElementSize:(index+1)*ElementSize]) {
		return nil, fmt.Errorf("blob: evaluation of blob %d at point %d is not element %d", b, index, index)
	}
	return &ElementProof{
		VersionedHash: s.Hashes[b],
		Index:         index,
		Y:             y,
		Commitment:    s.Commitments[b],
		Proof:         proof,
	}, nil
}

// WordProof proves one payload word: the arguments of BlobWord.readWord and the word it returns.
type WordProof struct {
	Loc           WordLoc
	VersionedHash common.Hash // of blob Loc.Blob
	Word          [WordSize]byte
	Y0, Y1        kzg4844.Claim // elements Loc.Element and Loc.Element+1
	Commitment    kzg4844.Commitment
	Proof0        kzg4844.Proof // for Y0
	Proof1        kzg4844.Proof // for Y1
}

// Witness returns y0 ‖ y1 ‖ commitment ‖ proof0 ‖ proof1, BlobWord.readWord's witness.
func (p *WordProof) Witness() []byte {
	w := make([]byte, 0, WordWitnessSize)
	w = append(w, p.Y0[:]...)
	w = append(w, p.Y1[:]...)
	w = append(w, p.Commitment[:]...)
	w = append(w, p.Proof0[:]...)
	return append(w, p.Proof1[:]...)
}

// ProveWord proves payload word w. It fails with a *NonCanonicalError if either element the word
// spans has a nonzero first byte (readWord would reject it); prove such an element with
// ProveElement instead.
func (s *Sidecar) ProveWord(w int) (*WordProof, error) {
	loc, err := LocateWord(w)
	if err != nil {
		return nil, err
	}
	if loc.Blob >= len(s.Blobs) {
		return nil, fmt.Errorf("%w: payload word %d is in blob %d of %d", ErrOutOfRange, w, loc.Blob, len(s.Blobs))
	}
	for _, i := range []int{loc.Element, loc.Element + 1} {
		if s.Blobs[loc.Blob][i*ElementSize] != 0 {
			return nil, &NonCanonicalError{Blob: loc.Blob, Element: i}
		}
	}
	p0, err := s.ProveElement(loc.Blob, loc.Element)
	if err != nil {
		return nil, err
	}
	p1, err := s.ProveElement(loc.Blob, loc.Element+1)
	if err != nil {
		return nil, err
	}
	return &WordProof{
		Loc:           loc,
		VersionedHash: s.Hashes[loc.Blob],
		Word:          WordFromElements(p0.Y, p1.Y, loc.Split),
		Y0:            p0.Y,
		Y1:            p1.Y,
		Commitment:    s.Commitments[loc.Blob],
		Proof0:        p0.Proof,
		Proof1:        p1.Proof,
	}, nil
}

// VerifyElement is the Go twin of BlobWord.verifyElement: it accepts exactly when the L1 call
// (and the point-evaluation precompile under it) does.
func VerifyElement(versionedHash common.Hash, index int, y [ElementSize]byte, commitmentAndProof []byte) error {
	// Checks in the order of the Solidity, so both fail with the same kind of error.
	if len(commitmentAndProof) != ElementWitnessSize {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadWitness, len(commitmentAndProof), ElementWitnessSize)
	}
	if index < 0 || index >= ElementsPerBlob {
		return fmt.Errorf("%w: element index %d", ErrOutOfRange, index)
	}
	return verifyElement(versionedHash, index, y, commitmentAndProof[:48], commitmentAndProof[48:])
}

func verifyElement(versionedHash common.Hash, index int, y [ElementSize]byte, commitment, proof []byte) error {
	c := kzg4844.Commitment(commitment)
	if kzg4844.CalcBlobHashV1(sha256.New(), &c) != versionedHash {
		return fmt.Errorf("%w: element %d: commitment does not match versioned hash %v", ErrInvalidProof, index, versionedHash)
	}
	if err := kzg4844.VerifyProof(c, EvalPoint(index), y, kzg4844.Proof(proof)); err != nil {
		return fmt.Errorf("%w: element %d: %w", ErrInvalidProof, index, err)
	}
	return nil
}

// VerifyWord is the Go twin of BlobWord.readWord: it returns the word inBlob (0 to
// WordsPerBlob−1) of the blob with versionedHash that witness proves, and fails exactly when the
// L1 call reverts, with the error matching the revert (checks in the same order).
func VerifyWord(versionedHash common.Hash, inBlob int, witness []byte) ([WordSize]byte, error) {
	if inBlob < 0 || inBlob >= WordsPerBlob {
		return [WordSize]byte{}, fmt.Errorf("%w: word %d in blob", ErrOutOfRange, inBlob)
	}
	if len(witness) != WordWitnessSize {
		return [WordSize]byte{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadWitness, len(witness), WordWitnessSize)
	}
	e, split := inBlob+inBlob/DataBytesPerElement, inBlob%DataBytesPerElement
	y0, y1 := [ElementSize]byte(witness[0:32]), [ElementSize]byte(witness[32:64])
	commitment, proof0, proof1 := witness[64:112], witness[112:160], witness[160:208]
	if y0[0] != 0 {
		return [WordSize]byte{}, fmt.Errorf("%w: element %d", ErrNonCanonical, e)
	}
	if y1[0] != 0 {
		return [WordSize]byte{}, fmt.Errorf("%w: element %d", ErrNonCanonical, e+1)
	}
	if err := verifyElement(versionedHash, e, y0, commitment, proof0); err != nil {
		return [WordSize]byte{}, err
	}
	if err := verifyElement(versionedHash, e+1, y1, commitment, proof1); err != nil {
		return [WordSize]byte{}, err
	}
	return WordFromElements(y0, y1, split), nil
}
