package msg

import "fmt"

// Kind identifies a message type. It is the first byte of a message's header word on the wire
// and in the batch's message table, so the values are fixed forever.
type Kind uint8

// The message kinds. Zero is deliberately not a kind, so a zeroed header never decodes.
const (
	KindJob      Kind = 1
	KindUpload   Kind = 2
	KindWithdraw Kind = 3
)

// kindInfo holds, per kind, its EIP-712 primary type name and the number of encodeData words.
var kindInfo = [...]struct {
	name  string
	words int
}{
	KindJob:      {"Job", 6},
	KindUpload:   {"Upload", 6},
	KindWithdraw: {"Withdraw", 4},
}

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool { return k >= KindJob && k <= KindWithdraw }

// String returns the EIP-712 primary type name of k ("Job", "Upload", "Withdraw"), or
// "Kind(n)" for an undefined kind.
func (k Kind) String() string {
	if k.Valid() {
		return kindInfo[k].name
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// BodyWords returns the number of 32-byte words of k's EIP-712 encodeData (the message body
// without the signature), or 0 for an undefined kind.
func (k Kind) BodyWords() int {
	if k.Valid() {
		return kindInfo[k].words
	}
	return 0
}

// WireSize returns the length in bytes of a Signed of kind k in binary form (header word, body
// words, three signature words), or 0 for an undefined kind.
func (k Kind) WireSize() int {
	if k.Valid() {
		return (1 + kindInfo[k].words + sigWords) * wordSize
	}
	return 0
}

// MarshalText encodes k as its primary type name, which is how the JSON forms name it.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("msg: marshal kind: %w: %d", ErrUnknownKind, uint8(k))
	}
	return []byte(kindInfo[k].name), nil
}

// UnmarshalText parses a primary type name ("Job", "Upload", "Withdraw"; case-sensitive, as in
// EIP-712).
func (k *Kind) UnmarshalText(text []byte) error {
	for i := KindJob; i <= KindWithdraw; i++ {
		if string(text) == kindInfo[i].name {
			*k = i
			return nil
		}
	}
	return fmt.Errorf("msg: unmarshal kind: %w: %q", ErrUnknownKind, text)
}

// newMessage returns a zero message of kind k, or nil for an undefined kind.
func newMessage(k Kind) Message {
	switch k {
	case KindJob:
		return new(Job)
	case KindUpload:
		return new(Upload)
	case KindWithdraw:
		return new(Withdraw)
	}
	return nil
}
