package explorer

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/challenger"
)

// SettlementConfig lets the explorer show the assertion chain and its disputes: it mirrors the
// Rollup and its ChallengeManager from L1 (challenger.Mirror: the contracts' state rebuilt from
// the transactions L1 accepted, the same view a challenger decides on).
type SettlementConfig struct {
	L1     challenger.MirrorL1
	Rollup common.Address
	// From is the L1 block the Rollup was deployed in (or any block before its first assertion).
	From uint64
}

// Settlement is what /api/settlement answers: the assertions and every claim of their
// disputes, at L1 block L1Block.
type Settlement struct {
	L1Block         uint64       `json:"l1Block"`
	ChallengePeriod uint64       `json:"challengePeriod"` // in L1 blocks
	K               int          `json:"k"`               // dissection arity
	Heights         [2]uint8     `json:"heights"`
	Genesis         common.Hash  `json:"genesis"`
	Bond            string       `json:"bond"` // an assertion's bond, wei
	Assertions      []Assertion  `json:"assertions"`
	Claims          []ClaimState `json:"claims"`
	Moves           []MoveView   `json:"moves"` // in the order L1 applied them
}

// MoveView is one move L1 accepted: a transaction to the Rollup or the ChallengeManager.
type MoveView struct {
	L1Block uint64      `json:"l1Block"`
	Tx      common.Hash `json:"tx"`
	From    string      `json:"from"`
	Kind    string      `json:"kind"` // the contract method (dispute.Move.Kind)
	ID      common.Hash `json:"id"`   // the claim or assertion it moved on
	Gas     uint64      `json:"gas"`
	// Step is, for a one-step proof, the step the chain machine executed on L1: its index in the
	// batch's trace and its phase (docs/spec/chain.md).
	Step string `json:"step,omitempty"`
}

// Assertion is an assertion as the page shows it.
type Assertion struct {
	ID        common.Hash `json:"id"`
	Parent    common.Hash `json:"parent"`
	BatchEnd  uint64      `json:"batchEnd"`
	StateRoot common.Hash `json:"stateRoot"`
	Status    string      `json:"status"` // pending, confirmed, rejected
	Staker    string      `json:"staker"`
	Top       common.Hash `json:"top"`       // its level-0 top claim
	Unrivaled uint64      `json:"unrivaled"` // L1 blocks its top claim has been unrivaled
	Rivals    int         `json:"rivals"`    // other assertions on the same parent and range
}

// ClaimState is one claim of a dispute.
type ClaimState struct {
	ID        common.Hash   `json:"id"`
	Level     uint8         `json:"level"`
	Origin    common.Hash   `json:"origin"`
	Mutual    common.Hash   `json:"mutual"`
	Pos       uint64        `json:"pos"`
	Height    uint8         `json:"height"` // spans K^height positions
	Start     common.Hash   `json:"start"`
	End       common.Hash   `json:"end"`
	Status    string        `json:"status"` // pending, confirmed, refuted
	Staker    string        `json:"staker"`
	Stake     uint64        `json:"stake"`
	Created   uint64        `json:"created"`
	Unrivaled uint64        `json:"unrivaled"`
	Rivals    []common.Hash `json:"rivals"`
	Dissected bool          `json:"dissected"`
	Children  []common.Hash `json:"children"`
}

// settlement serves /api/settlement from a mirror synced at most once a second.
type settlement struct {
	cfg    SettlementConfig
	mu     sync.Mutex
	mirror *challenger.Mirror
	moves  []MoveView
	last   time.Time
	view   []byte
}

func (s *settlement) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, err := s.get(r.Context())
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadGateway)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": "reading the Rollup from L1: " + err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

func (s *settlement) get(ctx context.Context) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.view != nil && time.Since(s.last) < time.Second {
		return s.view, nil
	}
	if s.mirror == nil {
		m, err := challenger.NewMirror(ctx, s.cfg.L1, s.cfg.Rollup, s.cfg.From)
		if err != nil {
			return nil, err
		}
		m.OnReset = func() { s.moves = nil }
		m.OnApply = func(mv dispute.Move, tx *types.Transaction, rc *types.Receipt) {
			v := MoveView{L1Block: mv.Now, Tx: tx.Hash(), From: string(mv.Who), Kind: mv.Kind, ID: mv.ID, Gas: rc.GasUsed}
			if mv.Kind == "RollupAssert" {
				v.ID = mv.Assertion.ID()
			}
			if mv.Kind == "ProveStep" {
				if st, err := stf.DecodeState(mv.Data); err == nil {
					v.Step = fmt.Sprintf("step %d (%v)", st.Regs.Step, st.Regs.Phase)
				}
			}
			s.moves = append(s.moves, v)
		}
		s.mirror = m
	}
	if _, err := s.mirror.Sync(ctx); err != nil {
		return nil, err
	}
	v := view(s.mirror.M, s.mirror.R)
	v.Moves = append([]MoveView{}, s.moves...)
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	s.view, s.last = b, time.Now()
	return b, nil
}

// view is the model as the page shows it, in a fixed order: assertions by batch end then ID,
// claims by level, position and ID.
func view(m *dispute.Model, r *dispute.Rollup) *Settlement {
	out := &Settlement{L1Block: m.Now, ChallengePeriod: m.P.ChallengePeriod, K: m.P.K, Heights: m.P.Heights, Genesis: r.Genesis,
		Bond: fmt.Sprint(r.Bond), Assertions: []Assertion{}, Claims: []ClaimState{}}
	for _, id := range r.Assertions() {
		a, _ := r.Assertion(id)
		as := Assertion{ID: id, Parent: a.Parent, BatchEnd: a.BatchEnd, StateRoot: a.StateRoot, Status: a.Status.String(),
			Staker: string(a.Staker), Top: a.Top}
		if c, ok := m.Claim(a.Top); ok && a.Top != (common.Hash{}) {
			as.Unrivaled = m.Unrivaled(a.Top)
			as.Rivals = len(m.Rivals(&c.Claim)) - 1
		}
		out.Assertions = append(out.Assertions, as)
	}
	slices.SortFunc(out.Assertions, func(a, b Assertion) int {
		return cmp.Or(cmp.Compare(a.BatchEnd, b.BatchEnd), a.ID.Cmp(b.ID))
	})
	for _, id := range m.Claims() {
		c, _ := m.Claim(id)
		var rivals []common.Hash
		for _, x := range m.Rivals(&c.Claim) {
			if x != id {
				rivals = append(rivals, x)
			}
		}
		out.Claims = append(out.Claims, ClaimState{ID: id, Level: c.Level, Origin: c.Origin, Mutual: c.Mutual(), Pos: c.Pos,
			Height: c.Height, Start: c.Start, End: c.End, Status: c.Status.String(), Staker: string(c.Staker), Stake: c.Stake,
			Created: c.Created, Unrivaled: m.Unrivaled(id), Rivals: rivals, Dissected: c.Dissected, Children: c.Children()})
	}
	slices.SortFunc(out.Claims, func(a, b ClaimState) int {
		return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.Pos, b.Pos), cmp.Compare(b.Height, a.Height), a.ID.Cmp(b.ID))
	})
	return out
}
