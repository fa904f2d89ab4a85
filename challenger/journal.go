package challenger

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Outcome is what became of a journaled move.
type Outcome uint8

const (
	// Sending: written before its transaction left; no receipt seen yet. After a crash, an entry
	// still Sending is one whose fate only L1 knows.
	Sending  Outcome = iota
	Landed           // its transaction succeeded
	Reverted         // its transaction was included and reverted
	Settled          // found Sending after a restart; L1 settled it (landed or dropped) before anything new was decided
)

func (o Outcome) String() string {
	switch o {
	case Sending:
		return "sending"
	case Landed:
		return "landed"
	case Reverted:
		return "reverted"
	case Settled:
		return "settled after a restart"
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// Entry is one move the challenger sent.
type Entry struct {
	Seq     uint64         `json:"seq"`
	Kind    string         `json:"kind"`
	To      common.Address `json:"to"`
	Input   common.Hash    `json:"input"` // keccak256 of the calldata
	Claim   common.Hash    `json:"claim,omitempty"`
	Outcome Outcome        `json:"outcome"`
	Tx      common.Hash    `json:"tx,omitempty"`
	Block   uint64         `json:"block,omitempty"`
	Gas     uint64         `json:"gas,omitempty"`
}

// Journal is the challenger's record, in Pebble, of the moves it sends: each is written (and
// synced) before its transaction leaves and marked with its receipt after. The games themselves
// are L1's (the Mirror rebuilds them from blocks), so the journal is not needed to know what to
// play; it is what makes a restart after kill -9 neither send a move twice nor lose one: a move
// still Sending when the process died may be in the L1 node's pool, and deciding again before
// it lands would send it again. So a restarted Service first waits until L1 has settled its
// account (no transaction of its own pending), then marks those entries Settled, and only then
// decides: what landed is in the mirror, what was dropped is decided again.
type Journal struct {
	db   *pebble.DB
	next uint64
}

var journalPrefix = []byte("m")

func journalKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), journalPrefix...), seq)
}

// OpenJournal opens (or creates) the journal in dir.
func OpenJournal(dir string) (*Journal, error) {
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		return nil, fmt.Errorf("challenger: journal %s: %w", dir, err)
	}
	j := &Journal{db: db}
	es, err := j.Entries()
	if err != nil {
		db.Close()
		return nil, err
	}
	if len(es) > 0 {
		j.next = es[len(es)-1].Seq + 1
	}
	return j, nil
}

// Close closes the database.
func (j *Journal) Close() error { return j.db.Close() }

func (j *Journal) put(e *Entry) error {
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := j.db.Set(journalKey(e.Seq), v, pebble.Sync); err != nil {
		return fmt.Errorf("challenger: journal: %w", err)
	}
	return nil
}

// Begin records a move about to be sent and returns its entry.
func (j *Journal) Begin(kind string, to common.Address, input []byte, claim common.Hash) (*Entry, error) {
	e := &Entry{Seq: j.next, Kind: kind, To: to, Input: crypto.Keccak256Hash(input), Claim: claim}
	if err := j.put(e); err != nil {
		return nil, err
	}
	j.next++
	return e, nil
}

// End records e's receipt.
func (j *Journal) End(e *Entry, rc *types.Receipt) error {
	e.Outcome, e.Tx, e.Block, e.Gas = Reverted, rc.TxHash, rc.BlockNumber.Uint64(), rc.GasUsed
	if rc.Status == types.ReceiptStatusSuccessful {
		e.Outcome = Landed
	}
	return j.put(e)
}

// Settle marks every entry still Sending as Settled (L1 holds its fate) and returns them.
func (j *Journal) Settle() ([]Entry, error) {
	es, err := j.Entries()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for i := range es {
		if es[i].Outcome == Sending {
			es[i].Outcome = Settled
			if err := j.put(&es[i]); err != nil {
				return nil, err
			}
			out = append(out, es[i])
		}
	}
	return out, nil
}

// Entries are every entry, in the order the moves were sent.
func (j *Journal) Entries() ([]Entry, error) {
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: journalPrefix, UpperBound: []byte("n")})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Entry
	for it.First(); it.Valid(); it.Next() {
		var e Entry
		if err := json.Unmarshal(it.Value(), &e); err != nil {
			return nil, fmt.Errorf("challenger: journal entry %x: %w", it.Key(), err)
		}
		out = append(out, e)
	}
	return out, errors.Join(it.Error())
}
