package msg

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// SignatureSize is the length of a signature: r (32) ‖ s (32) ‖ v (1).
const SignatureSize = 65

// sigWords is the number of words a signature takes in the wire form: r, s, v.
const sigWords = 3

// secp256k1 group order n and n/2 (rounded down), the bounds EIP-2 puts on r and s.
var (
	secp256k1N     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = new(uint256.Int).Rsh(secp256k1N, 1)
)

// Signature is a 65-byte secp256k1 signature r ‖ s ‖ v, as eth_signTypedData_v4 returns it.
// Signatures this package makes have v ∈ {27, 28}; Recover also accepts v ∈ {0, 1}, which some
// signers return, and Normalize maps those to 27 and 28.
type Signature [SignatureSize]byte

// R returns the signature's r.
func (s Signature) R() common.Hash { return common.BytesToHash(s[0:32]) }

// S returns the signature's s.
func (s Signature) S() common.Hash { return common.BytesToHash(s[32:64]) }

// V returns the signature's recovery byte as stored (0, 1, 27 or 28 if the signature is valid).
func (s Signature) V() byte { return s[64] }

// Normalize returns s with v ∈ {0, 1} rewritten to 27 or 28. It checks only v.
func (s Signature) Normalize() (Signature, error) {
	switch s[64] {
	case 0, 1:
		s[64] += 27
	case 27, 28:
	default:
		return s, fmt.Errorf("%w: v = %d, want 27 or 28 (or 0 or 1)", ErrBadSignature, s[64])
	}
	return s, nil
}

// Validate checks everything about s that can be checked without the message: v ∈ {0, 1, 27,
// 28}, 0 < r < n, 0 < s ≤ n/2. The bound on s (EIP-2) matters because ecrecover, on chain and in
// go-ethereum, accepts both s and n − s: without it every signature would have a second valid
// form, and a message's identity would not be fixed by its contents.
func (s Signature) Validate() error {
	if _, err := s.Normalize(); err != nil {
		return err
	}
	r, sv := new(uint256.Int).SetBytes32(s[0:32]), new(uint256.Int).SetBytes32(s[32:64])
	switch {
	case r.IsZero():
		return fmt.Errorf("%w: r is zero", ErrBadSignature)
	case !r.Lt(secp256k1N):
		return fmt.Errorf("%w: r = %#x is not below the curve order", ErrBadSignature, s[0:32])
	case sv.IsZero():
		return fmt.Errorf("%w: s is zero", ErrBadSignature)
	case sv.Gt(secp256k1HalfN):
		return fmt.Errorf("%w: s = %#x is above n/2 (EIP-2 high s)", ErrBadSignature, s[32:64])
	}
	return nil
}

// MarshalText encodes s as 0x-prefixed hex of its 65 bytes.
func (s Signature) MarshalText() ([]byte, error) {
	return hexutil.Bytes(s[:]).MarshalText()
}

// UnmarshalText parses 0x-prefixed hex of 65 bytes and normalizes v ∈ {0, 1} to 27 or 28; any
// other v is an error. r and s are not checked here (Validate and Recover do).
func (s *Signature) UnmarshalText(text []byte) error {
	var b hexutil.Bytes
	if err := b.UnmarshalText(text); err != nil {
		return fmt.Errorf("msg: signature: %w", err)
	}
	if len(b) != SignatureSize {
		return fmt.Errorf("msg: signature: %w: %d bytes, want %d", ErrBadSignature, len(b), SignatureSize)
	}
	n, err := Signature(b).Normalize()
	if err != nil {
		return fmt.Errorf("msg: signature: %w", err)
	}
	*s = n
	return nil
}

// String returns s as 0x-prefixed hex.
func (s Signature) String() string { return "0x" + hex.EncodeToString(s[:]) }

// Sign signs m's EIP-712 digest under d with key, as a wallet's eth_signTypedData_v4 would:
// low s, v ∈ {27, 28}.
func Sign(m Message, d Domain, key *ecdsa.PrivateKey) (Signature, error) {
	var sig Signature
	if m == nil {
		return sig, fmt.Errorf("msg: sign: nil message")
	}
	h := m.Digest(d)
	raw, err := crypto.Sign(h[:], key)
	if err != nil {
		return sig, fmt.Errorf("msg: sign %v: %w", m.Kind(), err)
	}
	copy(sig[:], raw)
	sig[64] += 27
	// crypto.Sign always produces low s; check anyway, since a signature Recover would reject
	// must never leave this function.
	if err := sig.Validate(); err != nil {
		return Signature{}, fmt.Errorf("msg: sign %v: produced an invalid signature: %w", m.Kind(), err)
	}
	return sig, nil
}

// Recover returns the address whose key signed m's EIP-712 digest under d. It rejects, with an
// error wrapping ErrBadSignature, what Validate rejects and signatures from which no key can be
// recovered. A valid signature by another key, or over another message or domain, recovers
// another address: callers compare the result with the sender's account address.
func Recover(m Message, d Domain, sig Signature) (common.Address, error) {
	if m == nil {
		return common.Address{}, fmt.Errorf("msg: recover: nil message")
	}
	if err := sig.Validate(); err != nil {
		return common.Address{}, fmt.Errorf("msg: recover %v signer: %w", m.Kind(), err)
	}
	rsv := sig
	if rsv[64] >= 27 {
		rsv[64] -= 27
	}
	h := m.Digest(d)
	pub, err := crypto.SigToPub(h[:], rsv[:])
	if err != nil {
		// r is not the x coordinate of a curve point: no key has this signature.
		return common.Address{}, fmt.Errorf("msg: recover %v signer: %w: %v", m.Kind(), ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
