package stf

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
)

// Batch is what L1 holds for one batch: the fields of its Inbox commitment and its blobs.
type Batch struct {
	Number        uint64
	PayloadLength uint32
	DelayedCount  uint64      // delayed messages consumed once the batch is applied
	DelayedAcc    common.Hash // the Inbox accumulator after DelayedCount messages
	BlobHashes    []common.Hash
	Blobs         []kzg4844.Blob // in order; len(Blobs) == len(BlobHashes)

	mu      sync.Mutex    // guards sidecar: provers may share one Batch
	sidecar *blob.Sidecar // built on the first proving load step
}

// Commitment is the Inbox's commitment to b (chain/l1data.BatchCommitment).
func (b *Batch) Commitment() common.Hash {
	return l1data.BatchCommitment(b.Number, b.PayloadLength, b.DelayedCount, b.DelayedAcc, b.BlobHashes)
}

// Preimage is the byte string the commitment hashes; a BEGIN or LOAD witness carries it.
func (b *Batch) Preimage() []byte {
	buf := make([]byte, 0, 53+32*len(b.BlobHashes))
	buf = binary.BigEndian.AppendUint64(buf, b.Number)
	buf = binary.BigEndian.AppendUint32(buf, b.PayloadLength)
	buf = binary.BigEndian.AppendUint64(buf, b.DelayedCount)
	buf = append(buf, b.DelayedAcc[:]...)
	buf = append(buf, byte(len(b.BlobHashes)))
	for _, h := range b.BlobHashes {
		buf = append(buf, h[:]...)
	}
	return buf
}

// word returns payload word w and whether both field elements it spans are canonical (first
// byte zero). A word in a blob the batch does not have reads as zero and canonical.
func (b *Batch) word(w uint32) (word [32]byte, canonical bool, loc blob.WordLoc, err error) {
	loc, err = blob.LocateWord(int(w))
	if err != nil {
		return word, false, loc, err
	}
	if loc.Blob >= len(b.Blobs) {
		return word, true, loc, fmt.Errorf("stf: batch %d: payload word %d is in blob %d of %d", b.Number, w, loc.Blob, len(b.Blobs))
	}
	bl := &b.Blobs[loc.Blob]
	e0, e1 := bl[loc.Element*blob.ElementSize:][:blob.ElementSize], bl[(loc.Element+1)*blob.ElementSize:][:blob.ElementSize]
	return blob.WordFromElements([blob.ElementSize]byte(e0), [blob.ElementSize]byte(e1), loc.Split), e0[0] == 0 && e1[0] == 0, loc, nil
}

// wordWitness returns y0 ‖ y1 ‖ commitment ‖ proof0 ‖ proof1 for payload word w: BlobWord's
// word witness, also for a word whose elements are not canonical.
func (b *Batch) wordWitness(loc blob.WordLoc) ([]byte, error) {
	b.mu.Lock()
	if b.sidecar == nil {
		sc, err := blob.NewSidecar(b.Blobs)
		if err != nil {
			b.mu.Unlock()
			return nil, fmt.Errorf("stf: batch %d: %w", b.Number, err)
		}
		b.sidecar = sc
	}
	sc := b.sidecar
	b.mu.Unlock()
	p0, err := sc.ProveElement(loc.Blob, loc.Element)
	if err != nil {
		return nil, err
	}
	p1, err := sc.ProveElement(loc.Blob, loc.Element+1)
	if err != nil {
		return nil, err
	}
	w := make([]byte, 0, blob.WordWitnessSize)
	w = append(w, p0.Y[:]...)
	w = append(w, p1.Y[:]...)
	w = append(w, sc.Commitments[loc.Blob][:]...)
	w = append(w, p0.Proof[:]...)
	return append(w, p1.Proof[:]...), nil
}

// Oracle gives the steps that bring L1 data into the machine what L1 holds. A proof of such a
// step carries the data; the verifier checks it against the Inbox (docs/spec/chain.md §3).
type Oracle interface {
	// Batch returns batch n as the Inbox committed to it.
	Batch(n uint64) (*Batch, error)
	// Delayed returns delayed message k (the bytes whose keccak256 the Inbox accumulated).
	Delayed(k uint64) ([]byte, error)
}

// MapOracle is an Oracle over data held in memory (tests, and executors that derived it).
type MapOracle struct {
	Batches map[uint64]*Batch
	Msgs    [][]byte
}

// Batch implements Oracle.
func (o *MapOracle) Batch(n uint64) (*Batch, error) {
	b, ok := o.Batches[n]
	if !ok {
		return nil, fmt.Errorf("stf: oracle: no batch %d", n)
	}
	return b, nil
}

// Delayed implements Oracle.
func (o *MapOracle) Delayed(k uint64) ([]byte, error) {
	if k >= uint64(len(o.Msgs)) {
		return nil, fmt.Errorf("stf: oracle: no delayed message %d (have %d)", k, len(o.Msgs))
	}
	return o.Msgs[k], nil
}
