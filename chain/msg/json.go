package msg

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// The JSON forms are for the RPC. Field names are the EIP-712 field names; every value is a hex
// string: bytes32 and address as 0x-prefixed fixed-length hex, integers as hex quantities
// ("0x0", "0x1a", no leading zeros). Decoding is strict: every field is required, unknown
// fields are rejected, and integers must fit their EIP-712 type.

// strictUnmarshal decodes one JSON object into v, rejecting unknown fields.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// field is a JSON field name and whether the input set it.
type field struct {
	name string
	set  bool
}

// missing returns an error naming the first field the input did not set.
func missing(fields ...field) error {
	for _, f := range fields {
		if !f.set {
			return fmt.Errorf("%w: missing field %q", ErrMalformed, f.name)
		}
	}
	return nil
}

// u256JSON is a uint256 as a strict hex quantity. hexutil.Big gives the strictness (no empty
// string, no leading zeros, at most 256 bits); hexutil.U256 would take "" as zero.
func u256JSON(v *uint256.Int) *hexutil.Big {
	if v == nil {
		return (*hexutil.Big)(new(big.Int))
	}
	return (*hexutil.Big)(v.ToBig())
}

func u256FromJSON(b *hexutil.Big) *uint256.Int {
	// hexutil.Big accepts at most 256 bits and no sign, so this cannot overflow.
	v, _ := uint256.FromBig((*big.Int)(b))
	return v
}

type jobJSON struct {
	Program   *common.Hash    `json:"program"`
	Input     *common.Hash    `json:"input"`
	InputSize *hexutil.Uint64 `json:"inputSize"`
	MaxSteps  *hexutil.Uint64 `json:"maxSteps"`
	MaxFee    *hexutil.Big    `json:"maxFee"`
	Nonce     *hexutil.Uint64 `json:"nonce"`
}

// MarshalJSON encodes m as {"program", "input", "inputSize", "maxSteps", "maxFee", "nonce"}.
func (m Job) MarshalJSON() ([]byte, error) {
	return json.Marshal(jobJSON{
		Program:   &m.Program,
		Input:     &m.Input,
		InputSize: (*hexutil.Uint64)(&m.InputSize),
		MaxSteps:  (*hexutil.Uint64)(&m.MaxSteps),
		MaxFee:    u256JSON(m.MaxFee),
		Nonce:     (*hexutil.Uint64)(&m.Nonce),
	})
}

// UnmarshalJSON decodes the form MarshalJSON produces, strictly.
func (m *Job) UnmarshalJSON(data []byte) error {
	var j jobJSON
	if err := strictUnmarshal(data, &j); err != nil {
		return fmt.Errorf("msg: Job JSON: %w", err)
	}
	if err := missing(field{"program", j.Program != nil}, field{"input", j.Input != nil},
		field{"inputSize", j.InputSize != nil}, field{"maxSteps", j.MaxSteps != nil},
		field{"maxFee", j.MaxFee != nil}, field{"nonce", j.Nonce != nil}); err != nil {
		return fmt.Errorf("msg: Job JSON: %w", err)
	}
	*m = Job{
		Program:   *j.Program,
		Input:     *j.Input,
		InputSize: uint64(*j.InputSize),
		MaxSteps:  uint64(*j.MaxSteps),
		MaxFee:    u256FromJSON(j.MaxFee),
		Nonce:     uint64(*j.Nonce),
	}
	return nil
}

type uploadJSON struct {
	Program *common.Hash    `json:"program"`
	Size    *hexutil.Uint64 `json:"size"`
	Offset  *hexutil.Uint64 `json:"offset"`
	Chunk   *common.Hash    `json:"chunk"`
	MaxFee  *hexutil.Big    `json:"maxFee"`
	Nonce   *hexutil.Uint64 `json:"nonce"`
}

// MarshalJSON encodes m as {"program", "size", "offset", "chunk", "maxFee", "nonce"}.
func (m Upload) MarshalJSON() ([]byte, error) {
	return json.Marshal(uploadJSON{
		Program: &m.Program,
		Size:    (*hexutil.Uint64)(&m.Size),
		Offset:  (*hexutil.Uint64)(&m.Offset),
		Chunk:   &m.Chunk,
		MaxFee:  u256JSON(m.MaxFee),
		Nonce:   (*hexutil.Uint64)(&m.Nonce),
	})
}

// UnmarshalJSON decodes the form MarshalJSON produces, strictly.
func (m *Upload) UnmarshalJSON(data []byte) error {
	var j uploadJSON
	if err := strictUnmarshal(data, &j); err != nil {
		return fmt.Errorf("msg: Upload JSON: %w", err)
	}
	if err := missing(field{"program", j.Program != nil}, field{"size", j.Size != nil},
		field{"offset", j.Offset != nil}, field{"chunk", j.Chunk != nil},
		field{"maxFee", j.MaxFee != nil}, field{"nonce", j.Nonce != nil}); err != nil {
		return fmt.Errorf("msg: Upload JSON: %w", err)
	}
	*m = Upload{
		Program: *j.Program,
		Size:    uint64(*j.Size),
		Offset:  uint64(*j.Offset),
		Chunk:   *j.Chunk,
		MaxFee:  u256FromJSON(j.MaxFee),
		Nonce:   uint64(*j.Nonce),
	}
	return nil
}

type withdrawJSON struct {
	To     *common.Address `json:"to"`
	Amount *hexutil.Big    `json:"amount"`
	MaxFee *hexutil.Big    `json:"maxFee"`
	Nonce  *hexutil.Uint64 `json:"nonce"`
}

// MarshalJSON encodes m as {"to", "amount", "maxFee", "nonce"}.
func (m Withdraw) MarshalJSON() ([]byte, error) {
	return json.Marshal(withdrawJSON{
		To:     &m.To,
		Amount: u256JSON(m.Amount),
		MaxFee: u256JSON(m.MaxFee),
		Nonce:  (*hexutil.Uint64)(&m.Nonce),
	})
}

// UnmarshalJSON decodes the form MarshalJSON produces, strictly. The address may be in any
// case; its EIP-55 checksum is not checked.
func (m *Withdraw) UnmarshalJSON(data []byte) error {
	var j withdrawJSON
	if err := strictUnmarshal(data, &j); err != nil {
		return fmt.Errorf("msg: Withdraw JSON: %w", err)
	}
	if err := missing(field{"to", j.To != nil}, field{"amount", j.Amount != nil},
		field{"maxFee", j.MaxFee != nil}, field{"nonce", j.Nonce != nil}); err != nil {
		return fmt.Errorf("msg: Withdraw JSON: %w", err)
	}
	*m = Withdraw{
		To:     *j.To,
		Amount: u256FromJSON(j.Amount),
		MaxFee: u256FromJSON(j.MaxFee),
		Nonce:  uint64(*j.Nonce),
	}
	return nil
}

type signedJSON struct {
	Kind        *Kind           `json:"kind"`
	Message     json.RawMessage `json:"message"`
	Signature   *Signature      `json:"signature"`
	AccountHint *hexutil.Uint64 `json:"accountHint"`
}

// MarshalJSON encodes s as {"kind": "Job"|"Upload"|"Withdraw", "message": {...}, "signature":
// "0x<65 bytes>", "accountHint": "0x<quantity>"}. v is written as 27 or 28.
func (s Signed) MarshalJSON() ([]byte, error) {
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("msg: marshal JSON: %w", err)
	}
	sig, err := s.Signature.Normalize()
	if err != nil {
		return nil, fmt.Errorf("msg: marshal JSON %v: %w", s.Kind, err)
	}
	m, err := json.Marshal(s.Message)
	if err != nil {
		return nil, fmt.Errorf("msg: marshal JSON %v: %w", s.Kind, err)
	}
	hint := hexutil.Uint64(s.AccountHint)
	return json.Marshal(signedJSON{Kind: &s.Kind, Message: m, Signature: &sig, AccountHint: &hint})
}

// UnmarshalJSON decodes the form MarshalJSON produces, strictly; a signature with v ∈ {0, 1}
// is accepted and normalized to 27 or 28.
func (s *Signed) UnmarshalJSON(data []byte) error {
	var j signedJSON
	if err := strictUnmarshal(data, &j); err != nil {
		return fmt.Errorf("msg: Signed JSON: %w", err)
	}
	if err := missing(field{"kind", j.Kind != nil}, field{"message", j.Message != nil},
		field{"signature", j.Signature != nil}, field{"accountHint", j.AccountHint != nil}); err != nil {
		return fmt.Errorf("msg: Signed JSON: %w", err)
	}
	if *j.AccountHint > math.MaxUint32 {
		return fmt.Errorf("msg: Signed JSON: %w: accountHint %#x exceeds uint32", ErrMalformed, uint64(*j.AccountHint))
	}
	m := newMessage(*j.Kind)
	// Call the message's decoder directly: json.Unmarshal would take a null message as a zero
	// one without asking it.
	if err := m.(json.Unmarshaler).UnmarshalJSON(j.Message); err != nil { // asserted below
		return err // already says "msg: <Kind> JSON: ..."
	}
	*s = Signed{Kind: *j.Kind, Message: m, Signature: *j.Signature, AccountHint: uint32(*j.AccountHint)}
	return nil
}

// Signed.UnmarshalJSON relies on every Message decoding its own JSON form.
var (
	_ json.Unmarshaler = (*Job)(nil)
	_ json.Unmarshaler = (*Upload)(nil)
	_ json.Unmarshaler = (*Withdraw)(nil)
)
