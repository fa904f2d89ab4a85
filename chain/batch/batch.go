// Package batch is the payload format of a crollup batch: the bytes the batcher packs into blobs
// (chain/blob) and the fraud VM loads, word by word, into its batch region. The layout is fixed and
// 32-byte aligned so that the machine finds every field at a computed address, each message body is
// one aligned subtree it can hash in one step, and each job input or upload chunk is an aligned
// subtree it can graft.
//
// Layout (big-endian fields, offsets in bytes from the start of the payload):
//
//	word 0              header: "CRBT", version 1, zero[3], batch number u64, payload length u32,
//	                    block count u32, message count u32, zero[4]
//	word 1              delayed messages consumed after this batch (u64), zero[24]
//	words 2 … 2+b−1     blocks: timestamp u64, first message u32, message count u32, delayed
//	                    messages consumed once the block is applied u64, zero[8]
//	then m words        messages: kind u8, zero[3], account hint u32, body offset u32, body
//	                    length u32, data offset u32, data length u32, data height u8, zero[3],
//	                    program hint u32
//	then                bodies, each at a multiple of BodyAlign (512 bytes: a height-4 subtree)
//	then                data, each piece at a multiple of its own padded size 32·2^height
//
// Everything not covered by a field or a piece is zero. Decode is strict: it accepts exactly the
// payloads Encode produces for some batch, so a payload has one meaning.
//
// It implements docs/spec/chain.md §3.3 (the batch payload).
package batch

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/memory"
)

const (
	// Magic opens every payload.
	Magic = "CRBT"
	// Version is the payload format version.
	Version = 1
	// WordSize is the machine's load unit and the alignment of every field.
	WordSize = 32
	// BodyAlign is the alignment and the largest size of a message body: 16 words, one subtree of
	// height 4, so the machine hashes a body from one proof.
	BodyAlign = 512
	// MaxBodyWords bounds a body (the largest message, EIP-712 fields then r, s, v, has 9).
	MaxBodyWords = BodyAlign / WordSize
	// MaxPayload is the largest payload: six blobs of 126,976 bytes (chain/blob).
	MaxPayload = 761856
	// MaxDataHeight bounds a data piece to 32·2^14 = 512 KiB.
	MaxDataHeight = 14
	headerWords   = 2
)

// ErrInvalid is wrapped by every Decode error.
var ErrInvalid = errors.New("invalid batch payload")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// Block is a sequencer block: a timestamp, the delayed messages (deposits) it includes, and a
// run of consecutive messages. The chain applies a block's delayed messages before its messages,
// so the sequencer, not the batcher, decides when a deposit takes effect, and a block has the
// same effect whichever batch carries it.
type Block struct {
	Timestamp uint64
	Messages  uint32 // number of messages, taken in order from the batch's message list
	Delayed   uint64 // delayed messages consumed once this block is applied (a running total)
}

// Message is one entry of the batch: a kind (chain/msg's Kind), the sender's account index hint,
// the program's index hint (jobs and uploads name a program by root; the chain looks it up at this
// index and checks the root), a body of whole words (for signed messages: the EIP-712 encodeData
// words, then r, s, v) and an optional data piece (a job input or an upload chunk, in memory
// form).
type Message struct {
	Kind    uint8
	Account uint32
	Program uint32
	Body    []byte
	Data    []byte
}

// Batch is a decoded payload.
type Batch struct {
	Number  uint64
	Delayed uint64 // delayed messages consumed once this batch is applied (a running total)
	Blocks  []Block
	Msgs    []Message
}

// DataHeight is the height of the smallest aligned subtree holding n bytes (n ≥ 1).
func DataHeight(n int) uint8 {
	leaves := (uint64(n) + WordSize - 1) / WordSize
	if leaves <= 1 {
		return 0
	}
	return uint8(bits.Len64(leaves - 1))
}

// DataRoot is the root of a data piece as the chain sees it: the node of the aligned subtree of
// height DataHeight(len(data)) holding data zero-padded. A Job's input root and an Upload's chunk
// root are this value.
func DataRoot(data []byte) common.Hash {
	m := memory.New()
	m.Write(0, data)
	return m.NodeHash(0, uint(DataHeight(len(data))))
}

func alignUp(x, a uint64) uint64 { return (x + a - 1) / a * a }

// layout computes every offset; Encode writes it and Decode checks a payload against it.
type layout struct {
	length     uint64
	bodyOff    []uint64
	dataOff    []uint64
	dataHeight []uint8
}

func (b *Batch) layout() (*layout, error) {
	var total uint64
	for _, blk := range b.Blocks {
		total += uint64(blk.Messages)
	}
	if total != uint64(len(b.Msgs)) {
		return nil, fmt.Errorf("batch: blocks hold %d messages, the batch has %d", total, len(b.Msgs))
	}
	for i, blk := range b.Blocks {
		if blk.Delayed > b.Delayed || (i > 0 && blk.Delayed < b.Blocks[i-1].Delayed) {
			return nil, fmt.Errorf("batch: block %d consumes %d delayed messages: not between the previous block's and the batch's %d", i, blk.Delayed, b.Delayed)
		}
	}
	l := &layout{bodyOff: make([]uint64, len(b.Msgs)), dataOff: make([]uint64, len(b.Msgs)), dataHeight: make([]uint8, len(b.Msgs))}
	off := uint64(headerWords+len(b.Blocks)+len(b.Msgs)) * WordSize
	for i, m := range b.Msgs {
		if len(m.Body) == 0 || len(m.Body)%WordSize != 0 || len(m.Body) > BodyAlign {
			return nil, fmt.Errorf("batch: message %d: body of %d bytes (want 1…%d whole words)", i, len(m.Body), MaxBodyWords)
		}
		off = alignUp(off, BodyAlign)
		l.bodyOff[i] = off
		off += BodyAlign
	}
	// Data pieces, largest first, so alignment wastes as little as possible; ties in message order.
	order := make([]int, 0, len(b.Msgs))
	for i, m := range b.Msgs {
		if len(m.Data) > 0 {
			h := DataHeight(len(m.Data))
			if h > MaxDataHeight {
				return nil, fmt.Errorf("batch: message %d: data of %d bytes exceeds %d", i, len(m.Data), WordSize<<MaxDataHeight)
			}
			l.dataHeight[i] = h
			order = append(order, i)
		}
	}
	for h := MaxDataHeight; h >= 0; h-- {
		for _, i := range order {
			if int(l.dataHeight[i]) == h {
				size := uint64(WordSize) << h
				off = alignUp(off, size)
				l.dataOff[i] = off
				off += size
			}
		}
	}
	// The payload ends after the last byte in use (trailing padding of the last piece is cut).
	end := uint64(headerWords+len(b.Blocks)+len(b.Msgs)) * WordSize
	for i, m := range b.Msgs {
		end = max(end, l.bodyOff[i]+uint64(len(m.Body)))
		if len(m.Data) > 0 {
			end = max(end, l.dataOff[i]+alignUp(uint64(len(m.Data)), WordSize))
		}
	}
	if end > MaxPayload {
		return nil, fmt.Errorf("batch: payload of %d bytes exceeds %d", end, MaxPayload)
	}
	l.length = end
	return l, nil
}

// Encode lays the batch out as a payload.
func (b *Batch) Encode() ([]byte, error) {
	l, err := b.layout()
	if err != nil {
		return nil, err
	}
	out := make([]byte, l.length)
	copy(out, Magic)
	out[4] = Version
	binary.BigEndian.PutUint64(out[8:], b.Number)
	binary.BigEndian.PutUint32(out[16:], uint32(l.length))
	binary.BigEndian.PutUint32(out[20:], uint32(len(b.Blocks)))
	binary.BigEndian.PutUint32(out[24:], uint32(len(b.Msgs)))
	binary.BigEndian.PutUint64(out[32:], b.Delayed)
	first := uint32(0)
	for i, blk := range b.Blocks {
		w := out[(headerWords+i)*WordSize:]
		binary.BigEndian.PutUint64(w[0:], blk.Timestamp)
		binary.BigEndian.PutUint32(w[8:], first)
		binary.BigEndian.PutUint32(w[12:], blk.Messages)
		binary.BigEndian.PutUint64(w[16:], blk.Delayed)
		first += blk.Messages
	}
	for i, m := range b.Msgs {
		w := out[(headerWords+len(b.Blocks)+i)*WordSize:]
		w[0] = m.Kind
		binary.BigEndian.PutUint32(w[4:], m.Account)
		binary.BigEndian.PutUint32(w[8:], uint32(l.bodyOff[i]))
		binary.BigEndian.PutUint32(w[12:], uint32(len(m.Body)))
		binary.BigEndian.PutUint32(w[28:], m.Program)
		copy(out[l.bodyOff[i]:], m.Body)
		if len(m.Data) > 0 {
			binary.BigEndian.PutUint32(w[16:], uint32(l.dataOff[i]))
			binary.BigEndian.PutUint32(w[20:], uint32(len(m.Data)))
			w[24] = l.dataHeight[i]
			copy(out[l.dataOff[i]:], m.Data)
		}
	}
	return out, nil
}

// Decode parses a payload. It accepts exactly what Encode produces: any other byte string —
// a wrong field, a misplaced piece, a non-zero padding byte — is rejected with a reason.
func Decode(p []byte) (*Batch, error) {
	if len(p) < headerWords*WordSize {
		return nil, invalid("%d bytes, shorter than the header", len(p))
	}
	if len(p) > MaxPayload || len(p)%WordSize != 0 {
		return nil, invalid("length %d (want a multiple of 32, at most %d)", len(p), MaxPayload)
	}
	if string(p[:4]) != Magic || p[4] != Version {
		return nil, invalid("bad magic or version")
	}
	if length := binary.BigEndian.Uint32(p[16:]); uint64(length) != uint64(len(p)) {
		return nil, invalid("header says %d bytes, payload has %d", length, len(p))
	}
	nb, nm := uint64(binary.BigEndian.Uint32(p[20:])), uint64(binary.BigEndian.Uint32(p[24:]))
	if (headerWords+nb+nm)*WordSize > uint64(len(p)) {
		return nil, invalid("%d blocks and %d messages do not fit in %d bytes", nb, nm, len(p))
	}
	b := &Batch{Number: binary.BigEndian.Uint64(p[8:]), Delayed: binary.BigEndian.Uint64(p[32:])}
	var first uint64
	for i := uint64(0); i < nb; i++ {
		w := p[(headerWords+i)*WordSize:]
		if binary.BigEndian.Uint32(w[8:]) != uint32(first) {
			return nil, invalid("block %d: first message %d, want %d", i, binary.BigEndian.Uint32(w[8:]), first)
		}
		blk := Block{Timestamp: binary.BigEndian.Uint64(w[0:]), Messages: binary.BigEndian.Uint32(w[12:]), Delayed: binary.BigEndian.Uint64(w[16:])}
		if blk.Delayed > b.Delayed || (i > 0 && blk.Delayed < b.Blocks[i-1].Delayed) {
			return nil, invalid("block %d: delayed count %d out of order (batch %d)", i, blk.Delayed, b.Delayed)
		}
		first += uint64(blk.Messages)
		b.Blocks = append(b.Blocks, blk)
	}
	if first != nm {
		return nil, invalid("blocks hold %d messages, header says %d", first, nm)
	}
	for i := uint64(0); i < nm; i++ {
		w := p[(headerWords+nb+i)*WordSize:]
		m := Message{Kind: w[0], Account: binary.BigEndian.Uint32(w[4:]), Program: binary.BigEndian.Uint32(w[28:])}
		bo, bl := uint64(binary.BigEndian.Uint32(w[8:])), uint64(binary.BigEndian.Uint32(w[12:]))
		do, dl, dh := uint64(binary.BigEndian.Uint32(w[16:])), uint64(binary.BigEndian.Uint32(w[20:])), w[24]
		if bo+bl > uint64(len(p)) || do+dl > uint64(len(p)) {
			return nil, invalid("message %d: body or data past the end", i)
		}
		m.Body = append([]byte(nil), p[bo:bo+bl]...)
		if dl > 0 {
			m.Data = append([]byte(nil), p[do:do+dl]...)
		} else if do != 0 || dh != 0 {
			return nil, invalid("message %d: data offset or height without data", i)
		}
		b.Msgs = append(b.Msgs, m)
	}
	// Canonical: re-encoding must give the same bytes (offsets, alignment, zero padding).
	again, err := b.Encode()
	if err != nil {
		return nil, invalid("%v", err)
	}
	if string(again) != string(p) {
		for i := range p {
			if p[i] != again[i] {
				return nil, invalid("byte %d is %d, the canonical layout has %d", i, p[i], again[i])
			}
		}
	}
	return b, nil
}

// FromSigned is the batch entry of a signed message: its kind and account hint go to the message
// table, its body (EIP-712 encodeData words, then r, s, v) to the body area. program is the
// program's index hint (jobs and uploads; zero for withdrawals) and data the job input or upload
// chunk.
func FromSigned(s *msg.Signed, program uint32, data []byte) (Message, error) {
	body, err := s.Body()
	if err != nil {
		return Message{}, fmt.Errorf("batch: %w", err)
	}
	return Message{Kind: uint8(s.Kind), Account: s.AccountHint, Program: program, Body: body, Data: data}, nil
}

// Signed parses the entry's body back into a signed message (strictly, see msg.ParseBody).
func (m *Message) Signed() (*msg.Signed, error) {
	return msg.ParseBody(msg.Kind(m.Kind), m.Account, m.Body)
}

// Hash names a message across the system (compute_getJob, receipts in the services):
// keccak256(kind ‖ account hint u32 ‖ program hint u32 ‖ body). The body holds the signature,
// so two senders' identical messages, which share an EIP-712 digest, have different hashes; one
// sender cannot have two applied messages with one hash, as the nonce is in the body.
func (m *Message) Hash() common.Hash {
	var h [9]byte
	h[0] = m.Kind
	binary.BigEndian.PutUint32(h[1:], m.Account)
	binary.BigEndian.PutUint32(h[5:], m.Program)
	return crypto.Keccak256Hash(h[:], m.Body)
}

// Join returns batch number n made of parts, in order: their blocks and messages concatenated,
// and Delayed the last part's (every block's Delayed is a running total). The sequencer stores
// each block as a one-block batch; the batcher joins a run of them into the batch it posts, and
// the chain applies the result exactly as it applies the blocks one by one
// (chain/stf ApplyBlock then SealBatch ≡ ApplyBatch). With no parts, Delayed is 0.
func Join(n uint64, parts ...*Batch) *Batch {
	out := &Batch{Number: n}
	for _, p := range parts {
		out.Blocks = append(out.Blocks, p.Blocks...)
		out.Msgs = append(out.Msgs, p.Msgs...)
		out.Delayed = p.Delayed
	}
	return out
}
