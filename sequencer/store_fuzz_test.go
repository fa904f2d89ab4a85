package sequencer

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzRecords feeds arbitrary bytes to the database record decoders: they must refuse or
// decode without panicking, and what they decode must encode back to the same bytes.
func FuzzRecords(f *testing.F) {
	f.Add(encodeBlock(&storedBlock{Timestamp: 7, Delayed: 2, Batch: 1, Hashes: []common.Hash{{1}}, Payload: []byte{9, 9}}))
	f.Add(encodePosted(&posted{Tx: common.Hash{3}, L1Block: 5, BlobHashes: []common.Hash{{4}, {5}}}))
	f.Add(encodeLocation(location{Block: 1, Index: 2, Kind: 3, Account: 4, Receipt: 5}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if b, err := decodeBlock(3, data); err == nil {
			if got := encodeBlock(b); !bytes.Equal(got, data) {
				t.Fatalf("block record %x decodes and encodes to %x", data, got)
			}
		}
		if p, err := decodePosted(data); err == nil {
			if got := encodePosted(p); !bytes.Equal(got, data) {
				t.Fatalf("posted record %x decodes and encodes to %x", data, got)
			}
		}
		if e, err := decodeEntry(1, data); err == nil && len(e.msg.Body) < 1<<16 {
			if got := encodeEntry(e); !bytes.Equal(got, data) {
				t.Fatalf("WAL entry %x decodes and encodes to %x", data, got)
			}
		}
		if l, err := decodeLocation(data); err == nil {
			if got := encodeLocation(l); !bytes.Equal(got, data) {
				t.Fatalf("location %x decodes and encodes to %x", data, got)
			}
		}
	})
}
