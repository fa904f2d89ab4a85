package executor

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Pebble keys. Integers are big-endian so that pages and blocks iterate in order.
//
//	"g"              the chain the data dir belongs to: genesis state root ‖ EIP-712 domain separator
//	"h"              head: the number of the last applied block
//	"p" ‖ addr u64   a present memory page (4 KiB) of the head state
//	"r" ‖ block u64  the block's state root ‖ its batch u64
//	"o" ‖ job u64    the job's output: 0x00 ‖ bytes, or 0x01 ‖ size u64 when beyond MaxOutput
//	"m" ‖ hash       the message's status (api.Job, JSON)
//	"s" ‖ batches u64 the checkpoint of the state after that many batches (withdrawal.go)
var (
	keyGenesis = []byte("g")
	keyHead    = []byte("h")
)

const (
	prefixPage    = 'p'
	prefixRoot    = 'r'
	prefixOutput  = 'o'
	prefixMessage = 'm'
	prefixSealed  = 's'
)

func key64(prefix byte, v uint64) []byte {
	k := make([]byte, 9)
	k[0] = prefix
	binary.BigEndian.PutUint64(k[1:], v)
	return k
}

func keyMessage(h common.Hash) []byte { return append([]byte{prefixMessage}, h[:]...) }

// store is the executor's Pebble database.
type store struct{ db *pebble.DB }

// pebbleLogger sends Pebble's messages to the service log.
type pebbleLogger struct{ log log.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.log.Debug("Pebble", "detail", fmt.Sprintf(format, args...))
}

func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Error("Pebble error", "detail", fmt.Sprintf(format, args...))
}

func (l pebbleLogger) Fatalf(format string, args ...any) {
	l.log.Crit("Pebble fatal error", "detail", fmt.Sprintf(format, args...))
}

func openStore(dir string, lg log.Logger) (*store, error) {
	opts := &pebble.Options{Logger: pebbleLogger{lg}}
	if dir == "" {
		opts.FS = vfs.NewMem()
	}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("executor: open data dir %q: %w", dir, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

// get returns a copy of the value at k, or nil and false.
func (s *store) get(k []byte) ([]byte, bool, error) {
	v, c, err := s.db.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer c.Close()
	return append([]byte(nil), v...), true, nil
}

// head returns the last applied block, if any.
func (s *store) head() (uint64, bool, error) {
	v, ok, err := s.get(keyHead)
	if err != nil || !ok {
		return 0, ok, err
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("executor: corrupt database: head of %d bytes", len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// root returns the state root of an applied block.
func (s *store) root(block uint64) (common.Hash, bool, error) {
	root, _, ok, err := s.rootRecord(block)
	return root, ok, err
}

// rootRecord returns an applied block's state root and batch.
func (s *store) rootRecord(block uint64) (root common.Hash, batch uint64, ok bool, err error) {
	root, batch, _, ok, err = s.blockRecord(block)
	return root, batch, ok, err
}

// blockRecord returns an applied block's state root, batch and hash (api.Block.Hash; zero for a
// block derived from L1, which has none). The record is the root, the batch (8 bytes) and, for
// a block with a hash, the hash.
func (s *store) blockRecord(block uint64) (root common.Hash, batch uint64, hash common.Hash, ok bool, err error) {
	v, ok, err := s.get(key64(prefixRoot, block))
	if err != nil || !ok {
		return root, 0, hash, ok, err
	}
	if len(v) != common.HashLength+8 && len(v) != 2*common.HashLength+8 {
		return root, 0, hash, false, fmt.Errorf("executor: corrupt database: root record of block %d has %d bytes", block, len(v))
	}
	if len(v) > 40 {
		hash = common.Hash(v[40:])
	}
	return common.Hash(v[:32]), binary.BigEndian.Uint64(v[32:]), hash, true, nil
}

// batchStart returns the batch of applied block head and the batch's first block, walking back
// over the root records (a batch holds a few dozen blocks at most; this runs once, at start).
func (s *store) batchStart(head uint64) (batch, first uint64, err error) {
	_, batch, ok, err := s.rootRecord(head)
	if err == nil && !ok {
		err = fmt.Errorf("executor: corrupt database: no root record for block %d", head)
	}
	if err != nil {
		return 0, 0, err
	}
	for first = head; first > 0; first-- {
		_, b, ok, err := s.rootRecord(first - 1)
		if err != nil {
			return 0, 0, err
		}
		if !ok || b != batch {
			break
		}
	}
	return batch, first, nil
}

// loadMemory rebuilds the head state from its pages.
func (s *store) loadMemory() (*memory.Memory, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixPage}, UpperBound: []byte{prefixPage + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	mem := memory.New()
	for it.First(); it.Valid(); it.Next() {
		k, v := it.Key(), it.Value()
		if len(k) != 9 || len(v) != memory.PageSize {
			return nil, fmt.Errorf("executor: corrupt database: page key %x with %d bytes", k, len(v))
		}
		mem.Write(binary.BigEndian.Uint64(k[1:]), v)
	}
	return mem, it.Error()
}

func (s *store) output(job uint64) (Output, bool, error) {
	v, ok, err := s.get(key64(prefixOutput, job))
	if err != nil || !ok {
		return Output{}, ok, err
	}
	switch {
	case len(v) >= 1 && v[0] == 0:
		return Output{Bytes: v[1:]}, true, nil
	case len(v) == 9 && v[0] == 1:
		return Output{TooLarge: binary.BigEndian.Uint64(v[1:])}, true, nil
	}
	return Output{}, false, fmt.Errorf("executor: corrupt database: output of job %d", job)
}

func (s *store) message(h common.Hash) (*api.Job, bool, error) {
	v, ok, err := s.get(keyMessage(h))
	if err != nil || !ok {
		return nil, ok, err
	}
	var j api.Job
	if err := json.Unmarshal(v, &j); err != nil {
		return nil, false, fmt.Errorf("executor: corrupt database: message %v: %w", h, err)
	}
	return &j, true, nil
}

// blockWrite is everything an applied block changes in the database.
type blockWrite struct {
	number, batch uint64
	state         *memory.Memory // the state after the block
	root          common.Hash    // state's root
	hash          common.Hash    // the block's hash (api.Block.Hash), zero if it has none
	outputs       map[uint64]Output
	messages      []status
	// sealed are the checkpoints of the batches this block seals: the previous batch when the
	// block starts a new one, and a whole batch the block stands for.
	sealed []*checkpoint
}

// writeBlock persists w, applied to prev (the state the database holds), in one synced batch:
// the pages that differ from prev's, the block's root record, the head, the outputs of its
// jobs and the statuses of its messages. Either all of it is written or none.
func (s *store) writeBlock(prev *memory.Memory, w *blockWrite) error {
	u := s.newUpdate()
	if err := u.putBlock(prev, w); err != nil {
		u.abort()
		return err
	}
	return u.commit()
}

// update is one atomic write: everything a block (or genesis) changes.
type update struct{ b *pebble.Batch }

func (s *store) newUpdate() *update { return &update{b: s.db.NewBatch()} }

func (u *update) page(addr uint64, data *[memory.PageSize]byte) error {
	if data == nil {
		return u.b.Delete(key64(prefixPage, addr), nil)
	}
	return u.b.Set(key64(prefixPage, addr), data[:], nil)
}

func (u *update) genesis(root, sep common.Hash) error {
	return u.b.Set(keyGenesis, append(root[:], sep[:]...), nil)
}

// clear deletes every key but the genesis record ("g", the least key): the head, pages, roots,
// outputs, statuses and checkpoints.
func (u *update) clear() error {
	return u.b.DeleteRange(append(bytesClone(keyGenesis), 0), []byte{0xff}, nil)
}

func bytesClone(b []byte) []byte { return append([]byte(nil), b...) }

// genesis returns the chain the database belongs to, if it was initialised.
func (s *store) genesis() (root, sep common.Hash, ok bool, err error) {
	v, ok, err := s.get(keyGenesis)
	if err != nil || !ok {
		return root, sep, ok, err
	}
	if len(v) != 64 {
		return root, sep, false, fmt.Errorf("executor: corrupt database: chain key of %d bytes", len(v))
	}
	return common.Hash(v[:32]), common.Hash(v[32:]), true, nil
}

func (u *update) block(n uint64, root common.Hash, batch uint64, hash common.Hash) error {
	rec := binary.BigEndian.AppendUint64(root[:], batch)
	if hash != (common.Hash{}) {
		rec = append(rec, hash[:]...)
	}
	if err := u.b.Set(key64(prefixRoot, n), rec, nil); err != nil {
		return err
	}
	return u.b.Set(keyHead, key64(0, n)[1:], nil)
}

func (u *update) putBlock(prev *memory.Memory, w *blockWrite) error {
	if err := w.state.Diff(prev, u.page); err != nil {
		return err
	}
	if err := u.block(w.number, w.root, w.batch, w.hash); err != nil {
		return err
	}
	for j, o := range w.outputs {
		if err := u.output(j, o); err != nil {
			return err
		}
	}
	for i := range w.messages {
		if err := u.message(&w.messages[i].job); err != nil {
			return err
		}
	}
	for _, c := range w.sealed {
		if err := u.b.Set(key64(prefixSealed, c.batches), c.encode(), nil); err != nil {
			return err
		}
	}
	return nil
}

// putCheckpoint writes c alone, synced.
func (s *store) putCheckpoint(c *checkpoint) error {
	return s.db.Set(key64(prefixSealed, c.batches), c.encode(), pebble.Sync)
}

// checkpoint returns the checkpoint of the state after `batches` batches, if that batch is
// sealed.
func (s *store) checkpoint(batches uint64) (*checkpoint, bool, error) {
	v, ok, err := s.get(key64(prefixSealed, batches))
	if err != nil || !ok {
		return nil, ok, err
	}
	c, err := decodeCheckpoint(batches, v)
	return c, err == nil, err
}

func (u *update) output(job uint64, o Output) error {
	var v []byte
	if o.TooLarge != 0 {
		v = key64(1, o.TooLarge)
	} else {
		v = append([]byte{0}, o.Bytes...)
	}
	return u.b.Set(key64(prefixOutput, job), v, nil)
}

func (u *update) message(j *api.Job) error {
	v, err := json.Marshal(j)
	if err != nil {
		return err
	}
	return u.b.Set(keyMessage(j.Hash), v, nil)
}

// commit writes the update durably (fsync) and releases it.
func (u *update) commit() error {
	defer u.b.Close()
	return u.b.Commit(pebble.Sync)
}

func (u *update) abort() { _ = u.b.Close() }
