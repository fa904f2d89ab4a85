package msg

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Signed is a message with its kind, signature and the sender's account index.
//
// The binary form is whole 32-byte words, so that a batch can place it at an aligned offset and
// the fraudvm can read it as one subtree (docs/spec/chain.md §3.5):
//
//	word 0          header: [0] kind  [1:5] account hint, big-endian  [5:32] zero
//	words 1..k      the body, Message.EncodeData() (k = Kind.BodyWords(): 6, 6 or 4)
//	word k+1        r
//	word k+2        s
//	word k+3        v as a uint256 (27 or 28)
//
// so a Job or an Upload takes 10 words and a Withdraw 8 (Kind.WireSize).
type Signed struct {
	Kind      Kind
	Message   Message // *Job, *Upload or *Withdraw, matching Kind
	Signature Signature
	// AccountHint is the index of the sender's account. The chain trusts it only as far as the
	// account's address equals the recovered signer, which saves searching for the address.
	AccountHint uint32
}

// NewSigned signs m under d with key (see Sign) and wraps it with the sender's account index.
func NewSigned(m Message, d Domain, key *ecdsa.PrivateKey, accountHint uint32) (*Signed, error) {
	sig, err := Sign(m, d, key)
	if err != nil {
		return nil, err
	}
	return &Signed{Kind: m.Kind(), Message: m, Signature: sig, AccountHint: accountHint}, nil
}

// check reports whether s is consistent enough to encode.
func (s *Signed) check() error {
	if s.Message == nil {
		return fmt.Errorf("%w: nil message", ErrMalformed)
	}
	if !s.Kind.Valid() {
		return fmt.Errorf("%w: %d", ErrUnknownKind, uint8(s.Kind))
	}
	if s.Kind != s.Message.Kind() {
		return fmt.Errorf("%w: kind %v but message is a %v", ErrMalformed, s.Kind, s.Message.Kind())
	}
	return nil
}

// Signer checks that Kind matches the message and returns the address that signed it under d
// (see Recover).
func (s *Signed) Signer(d Domain) (common.Address, error) {
	if err := s.check(); err != nil {
		return common.Address{}, fmt.Errorf("msg: signer: %w", err)
	}
	return Recover(s.Message, d, s.Signature)
}

// MarshalBinary returns the word encoding of s. A signature with v ∈ {0, 1} is written with
// v = 27 or 28; any other v is an error, so the output always decodes. r and s are written as
// they are: whether they form a valid signature is for Recover to say, and the chain skips a
// message whose signature is invalid rather than rejecting the batch.
func (s Signed) MarshalBinary() ([]byte, error) {
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("msg: marshal: %w", err)
	}
	sig, err := s.Signature.Normalize()
	if err != nil {
		return nil, fmt.Errorf("msg: marshal %v: %w", s.Kind, err)
	}
	body := s.Message.EncodeData()
	out := make([]byte, wordSize, s.Kind.WireSize())
	out[0] = byte(s.Kind)
	binary.BigEndian.PutUint32(out[1:5], s.AccountHint)
	out = append(out, body...)
	out = append(out, sig[0:32]...)
	out = append(out, sig[32:64]...)
	var v [wordSize]byte
	v[wordSize-1] = sig[64]
	return append(out, v[:]...), nil
}

// UnmarshalBinary decodes the word encoding strictly: the length must be exactly the kind's
// WireSize, the header's unused bytes zero, every uint64 and address word canonical (zero
// padding), and the v word 27 or 28. It never accepts two encodings of one Signed. On error s is
// unchanged.
func (s *Signed) UnmarshalBinary(data []byte) error {
	if len(data) < wordSize {
		return fmt.Errorf("msg: unmarshal: %w: %d bytes, shorter than the header word", ErrMalformed, len(data))
	}
	kind := Kind(data[0])
	if !kind.Valid() {
		return fmt.Errorf("msg: unmarshal: %w: %d", ErrUnknownKind, data[0])
	}
	if len(data) != kind.WireSize() {
		return fmt.Errorf("msg: unmarshal %v: %w: %d bytes, want %d", kind, ErrMalformed, len(data), kind.WireSize())
	}
	for _, c := range data[5:wordSize] {
		if c != 0 {
			return fmt.Errorf("msg: unmarshal %v: %w: header word %#x has non-zero reserved bytes", kind, ErrMalformed, data[:wordSize])
		}
	}
	bodyEnd := wordSize * (1 + kind.BodyWords())
	m, err := decodeBody(kind, data[wordSize:bodyEnd])
	if err != nil {
		return fmt.Errorf("msg: unmarshal: %w", err)
	}
	sigPart := data[bodyEnd:]
	v := sigPart[2*wordSize : 3*wordSize]
	for _, c := range v[:wordSize-1] {
		if c != 0 {
			return fmt.Errorf("msg: unmarshal %v: %w: v word %#x is not 27 or 28", kind, ErrMalformed, v)
		}
	}
	if v[wordSize-1] != 27 && v[wordSize-1] != 28 {
		return fmt.Errorf("msg: unmarshal %v: %w: v word is %d, want 27 or 28", kind, ErrMalformed, v[wordSize-1])
	}
	var sig Signature
	copy(sig[0:32], sigPart[0:wordSize])
	copy(sig[32:64], sigPart[wordSize:2*wordSize])
	sig[64] = v[wordSize-1]
	*s = Signed{
		Kind:        kind,
		Message:     m,
		Signature:   sig,
		AccountHint: binary.BigEndian.Uint32(data[1:5]),
	}
	return nil
}

// Body is the wire encoding without its header word: the EIP-712 encodeData words, then r, s
// and v. A batch carries this as the message body, with the kind and account hint in its table.
func (s Signed) Body() ([]byte, error) {
	w, err := s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return w[wordSize:], nil
}

// ParseBody is the inverse of Body: it decodes a batch message from its kind, account hint and
// body, as strictly as UnmarshalBinary.
func ParseBody(kind Kind, accountHint uint32, body []byte) (*Signed, error) {
	w := make([]byte, wordSize, wordSize+len(body))
	w[0] = byte(kind)
	binary.BigEndian.PutUint32(w[1:5], accountHint)
	var s Signed
	if err := s.UnmarshalBinary(append(w, body...)); err != nil {
		return nil, err
	}
	return &s, nil
}
