package sequencer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
)

// The sequencer's Pebble database. Keys start with one byte naming the table; integers are
// big-endian so that keys sort by number.
//
//	"g"                 genesis: root (32) ‖ chain id u64 ‖ Inbox (20); written once, checked on open
//	"b" ‖ block u64     block: timestamp u64 ‖ delayed u64 ‖ batch u64 ‖ message count u32 ‖ hashes (32 each) ‖
//	                    payload
//	"d" ‖ index u64     delayed message (a deposit) read from L1, before any block includes it
//	"s" ‖ batch u64     sealed batch: its last block u64
//	"p" ‖ batch u64     batch posted on L1: tx hash (32) ‖ L1 block u64 ‖ blob versioned hashes (32 each)
//	"h" ‖ hash ‖ account u32
//	                    where a sequenced message is: block u64 ‖ index u32 ‖ kind u8 ‖ account u32 ‖
//	                    receipt index u64. The hash is batch.Message.Hash (kind, account hint,
//	                    program hint and body); the account hint in the key lets compute_getJob
//	                    filter by sender.
//	"w" ‖ seq u64       write-ahead log of admitted messages not yet in a block: an entry (encodeEntry)
//
// A block, its messages' index entries and the deletion of their WAL entries are one Sync batch, so
// a message is always either in the WAL or in exactly one block.
const (
	tableGenesis = 'g'
	tableBlock   = 'b'
	tableHash    = 'h'
	tableWAL     = 'w'
	tableDelayed = 'd'
	tableSealed  = 's'
	tablePosted  = 'p'
)

func u64Key(table byte, n uint64) []byte {
	k := make([]byte, 9)
	k[0] = table
	binary.BigEndian.PutUint64(k[1:], n)
	return k
}

func hashKey(h common.Hash, account uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte{tableHash}, h[:]...), account)
}

// hashBounds are the iterator bounds of every index entry of a hash.
func hashBounds(h common.Hash) *pebble.IterOptions {
	return &pebble.IterOptions{LowerBound: hashKey(h, 0), UpperBound: append(hashKey(h, 0)[:33], 0xff, 0xff, 0xff, 0xff, 0xff)}
}

// tableBounds returns the iterator bounds of a table.
func tableBounds(table byte) *pebble.IterOptions {
	return &pebble.IterOptions{LowerBound: []byte{table}, UpperBound: []byte{table + 1}}
}

// entry is an admitted message: what the WAL holds, and what the mempool keeps in memory.
type entry struct {
	seq     uint64      // WAL sequence number (admission order)
	hash    common.Hash // batch.Message.Hash
	msg     batch.Message
	receipt uint64 // the receipt's index (job, program or withdrawal index) when admitted
	bound   int    // an upper bound of the bytes the message adds to a block payload
	// rec is admission's recovery of the signer (stf.Authenticate under this chain's domain), so
	// that the block producer does not recover it again; nil when unknown (an entry read back
	// from the write-ahead log). It is not written to the log.
	rec *stf.Recovered
}

// kind is the message's kind.
func (e *entry) kind() msg.Kind { return msg.Kind(e.msg.Kind) }

// encodeEntry: hash (32) ‖ kind u8 ‖ account u32 ‖ program u32 ‖ receipt index u64 ‖ body length u16 ‖
// body ‖ data.
func encodeEntry(e *entry) []byte {
	out := make([]byte, 0, 32+1+4+4+8+2+len(e.msg.Body)+len(e.msg.Data))
	out = append(out, e.hash[:]...)
	out = append(out, e.msg.Kind)
	out = binary.BigEndian.AppendUint32(out, e.msg.Account)
	out = binary.BigEndian.AppendUint32(out, e.msg.Program)
	out = binary.BigEndian.AppendUint64(out, e.receipt)
	out = binary.BigEndian.AppendUint16(out, uint16(len(e.msg.Body)))
	out = append(out, e.msg.Body...)
	return append(out, e.msg.Data...)
}

func decodeEntry(seq uint64, b []byte) (*entry, error) {
	const fixed = 32 + 1 + 4 + 4 + 8 + 2
	if len(b) < fixed {
		return nil, fmt.Errorf("write-ahead log entry %d: %d bytes", seq, len(b))
	}
	e := &entry{seq: seq, hash: common.BytesToHash(b[:32]), receipt: binary.BigEndian.Uint64(b[41:])}
	e.msg.Kind = b[32]
	e.msg.Account = binary.BigEndian.Uint32(b[33:])
	e.msg.Program = binary.BigEndian.Uint32(b[37:])
	n := int(binary.BigEndian.Uint16(b[49:]))
	if len(b) < fixed+n {
		return nil, fmt.Errorf("write-ahead log entry %d: body of %d bytes past the end", seq, n)
	}
	e.msg.Body = bytes.Clone(b[fixed : fixed+n])
	if len(b) > fixed+n {
		e.msg.Data = bytes.Clone(b[fixed+n:])
	}
	e.bound = payloadBound(&e.msg)
	return e, nil
}

// location is where a sequenced message is ("h" table).
type location struct {
	Block   uint64
	Index   uint32
	Kind    msg.Kind
	Account uint32
	Receipt uint64
}

func encodeLocation(l location) []byte {
	out := make([]byte, 0, 8+4+1+4+8)
	out = binary.BigEndian.AppendUint64(out, l.Block)
	out = binary.BigEndian.AppendUint32(out, l.Index)
	out = append(out, byte(l.Kind))
	out = binary.BigEndian.AppendUint32(out, l.Account)
	return binary.BigEndian.AppendUint64(out, l.Receipt)
}

func decodeLocation(b []byte) (location, error) {
	if len(b) != 25 {
		return location{}, fmt.Errorf("message index entry of %d bytes", len(b))
	}
	return location{Block: binary.BigEndian.Uint64(b), Index: binary.BigEndian.Uint32(b[8:]), Kind: msg.Kind(b[12]),
		Account: binary.BigEndian.Uint32(b[13:]), Receipt: binary.BigEndian.Uint64(b[17:])}, nil
}

// storedBlock is a block as the "b" table holds it.
type storedBlock struct {
	Number    uint64
	Timestamp uint64
	Delayed   uint64
	Batch     uint64
	Hashes    []common.Hash
	Payload   []byte
}

func encodeBlock(b *storedBlock) []byte {
	out := make([]byte, 0, blockFixed+32*len(b.Hashes)+len(b.Payload))
	out = binary.BigEndian.AppendUint64(out, b.Timestamp)
	out = binary.BigEndian.AppendUint64(out, b.Delayed)
	out = binary.BigEndian.AppendUint64(out, b.Batch)
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.Hashes)))
	for _, h := range b.Hashes {
		out = append(out, h[:]...)
	}
	return append(out, b.Payload...)
}

// blockFixed is the size of a block record's fixed fields.
const blockFixed = 28

func decodeBlock(n uint64, v []byte) (*storedBlock, error) {
	if len(v) < blockFixed {
		return nil, fmt.Errorf("block %d: record of %d bytes", n, len(v))
	}
	b := &storedBlock{Number: n, Timestamp: binary.BigEndian.Uint64(v), Delayed: binary.BigEndian.Uint64(v[8:]),
		Batch: binary.BigEndian.Uint64(v[16:])}
	m := int(binary.BigEndian.Uint32(v[24:]))
	if len(v) < blockFixed+32*m {
		return nil, fmt.Errorf("block %d: %d hashes past the end of the record", n, m)
	}
	b.Hashes = make([]common.Hash, m)
	for i := range b.Hashes {
		b.Hashes[i] = common.BytesToHash(v[blockFixed+32*i : blockFixed+32+32*i])
	}
	b.Payload = bytes.Clone(v[blockFixed+32*m:])
	return b, nil
}

// posted is where L1 holds a batch ("p" table).
type posted struct {
	Tx         common.Hash
	L1Block    uint64
	BlobHashes []common.Hash
}

func encodePosted(p *posted) []byte {
	out := append(make([]byte, 0, 40+32*len(p.BlobHashes)), p.Tx[:]...)
	out = binary.BigEndian.AppendUint64(out, p.L1Block)
	for _, h := range p.BlobHashes {
		out = append(out, h[:]...)
	}
	return out
}

func decodePosted(v []byte) (*posted, error) {
	if len(v) < 40 || (len(v)-40)%32 != 0 {
		return nil, fmt.Errorf("posted-batch record of %d bytes", len(v))
	}
	p := &posted{Tx: common.BytesToHash(v[:32]), L1Block: binary.BigEndian.Uint64(v[32:])}
	for i := 40; i < len(v); i += 32 {
		p.BlobHashes = append(p.BlobHashes, common.BytesToHash(v[i:i+32]))
	}
	return p, nil
}

// get returns a copy of key's value, or nil if it is absent.
func get(db *pebble.DB, key []byte) ([]byte, error) {
	v, closer, err := db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

// openDB opens (or creates) the database in dir on fs (nil: the OS's); "" without fs keeps it in
// memory.
func openDB(dir string, lg log.Logger, fs vfs.FS) (*pebble.DB, error) {
	opts := &pebble.Options{Logger: pebbleLogger{lg}, FS: fs}
	if dir == "" && fs == nil {
		opts.FS = vfs.NewMem()
	}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("open %q: %w", dir, err)
	}
	return db, nil
}

// checkGenesis records the chain's identity in a new database, or checks that an existing one
// belongs to the same chain: a data dir never silently serves another chain's blocks.
func checkGenesis(db *pebble.DB, root common.Hash, d msg.Domain) error {
	want := make([]byte, 0, 60)
	want = append(want, root[:]...)
	want = binary.BigEndian.AppendUint64(want, d.ChainID)
	want = append(want, d.VerifyingContract[:]...)
	got, err := get(db, []byte{tableGenesis})
	if err != nil {
		return err
	}
	if got == nil {
		return db.Set([]byte{tableGenesis}, want, pebble.Sync)
	}
	if len(got) != len(want) {
		return fmt.Errorf("the data dir's genesis record is %d bytes, want %d: not a sequencer data dir of this version", len(got), len(want))
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("the data dir holds another chain (genesis root %x, chain id %d, Inbox %x; this chain: %s, %d, %s): "+
			"use another data dir or the chain settings it was created with", got[:32], binary.BigEndian.Uint64(got[32:]),
			got[40:], root, d.ChainID, d.VerifyingContract)
	}
	return nil
}

// pebbleLogger sends Pebble's messages to the sequencer's logger (at debug level: Pebble is
// chatty about compactions).
type pebbleLogger struct{ l log.Logger }

func (p pebbleLogger) Infof(format string, args ...any) {
	p.l.Debug("Pebble", "detail", fmt.Sprintf(format, args...))
}

func (p pebbleLogger) Fatalf(format string, args ...any) {
	p.l.Crit("Pebble failed", "err", fmt.Sprintf(format, args...))
}
