package msg

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// wordSize is the EIP-712 encodeData word, which is also the fraudvm's memory leaf.
const wordSize = 32

// Sentinel errors. Every error this package returns wraps one of them (or an error of the
// standard library's JSON and hex parsers), with the field or word it is about.
var (
	// ErrBadSignature: a signature is not one crollup accepts (v, r, s out of range, high s) or
	// recovery failed.
	ErrBadSignature = errors.New("bad signature")
	// ErrMalformed: a binary or JSON encoding is not the canonical encoding of any message.
	ErrMalformed = errors.New("malformed message")
	// ErrUnknownKind: a kind byte or name is not Job, Upload or Withdraw.
	ErrUnknownKind = errors.New("unknown message kind")
)

// wordWriter appends EIP-712 encodeData words. Values are left-padded big-endian, exactly as
// EIP-712 (and abi.encode) encode atomic types.
type wordWriter struct{ b []byte }

func newWordWriter(words int) *wordWriter {
	return &wordWriter{b: make([]byte, 0, words*wordSize)}
}

func (w *wordWriter) word() []byte {
	w.b = append(w.b, make([]byte, wordSize)...)
	return w.b[len(w.b)-wordSize:]
}

func (w *wordWriter) hash(h common.Hash) { copy(w.word(), h[:]) }

func (w *wordWriter) u64(v uint64) { binary.BigEndian.PutUint64(w.word()[wordSize-8:], v) }

func (w *wordWriter) address(a common.Address) { copy(w.word()[wordSize-common.AddressLength:], a[:]) }

// u256 writes v; nil encodes as zero so that a zero-value message struct is encodable.
func (w *wordWriter) u256(v *uint256.Int) {
	if v != nil {
		v.PutUint256(w.word())
	} else {
		w.word()
	}
}

// wordReader reads encodeData words and insists on the canonical encoding: a value must be the
// only encoding of itself, so that one message has one body and one hash on chain. The first
// error sticks; later reads return zero values.
type wordReader struct {
	b    []byte
	kind Kind
	err  error
}

func (r *wordReader) word(field string) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < wordSize {
		r.err = fmt.Errorf("%w: %v.%s: truncated word", ErrMalformed, r.kind, field)
		return nil
	}
	w := r.b[:wordSize]
	r.b = r.b[wordSize:]
	return w
}

// zeroPrefix checks that the first n bytes of word are zero (the padding of a narrow type).
func (r *wordReader) zeroPrefix(word []byte, n int, field, typ string) bool {
	for _, c := range word[:n] {
		if c != 0 {
			r.err = fmt.Errorf("%w: %v.%s: %s word %#x has non-zero high bytes", ErrMalformed, r.kind, field, typ, word)
			return false
		}
	}
	return true
}

func (r *wordReader) hash(field string) (h common.Hash) {
	if w := r.word(field); w != nil {
		copy(h[:], w)
	}
	return h
}

func (r *wordReader) u64(field string) uint64 {
	if w := r.word(field); w != nil && r.zeroPrefix(w, wordSize-8, field, "uint64") {
		return binary.BigEndian.Uint64(w[wordSize-8:])
	}
	return 0
}

func (r *wordReader) address(field string) (a common.Address) {
	if w := r.word(field); w != nil && r.zeroPrefix(w, wordSize-common.AddressLength, field, "address") {
		copy(a[:], w[wordSize-common.AddressLength:])
	}
	return a
}

func (r *wordReader) u256(field string) *uint256.Int {
	v := new(uint256.Int)
	if w := r.word(field); w != nil {
		v.SetBytes32(w)
	}
	return v
}

// done reports the first error, or an error if words are left over.
func (r *wordReader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: %v: %d trailing bytes", ErrMalformed, r.kind, len(r.b))
	}
	return r.err
}
