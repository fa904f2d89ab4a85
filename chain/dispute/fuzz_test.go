package dispute

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute/disputetest"
)

// FuzzMoves makes arbitrary moves (any kind, on any claim, with right or wrong nodes, paths and
// preimages, at any pace) from three parties on a small game, and checks after each the
// invariants no sequence of moves may break: a refused move changes nothing, a mutual has at
// most one confirmed claim and only its winner is confirmed, a refuted claim is a wrong one-step
// claim, no claim is created in the future, and the ledger is solvent.
//
//	go test ./chain/dispute/ -run '^$' -fuzz FuzzMoves -fuzztime 60s
func FuzzMoves(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte{0, 0, 1, 1, 2, 0, 3, 1, 4, 0, 5, 1, 6, 0, 7, 1, 8, 2, 9, 0, 200, 3, 10, 1})
	f.Add([]byte{1, 0, 0, 1, 1, 1, 2, 1, 2, 2, 2, 2, 3, 1, 0, 3, 2, 1, 250, 5, 5, 1, 250, 6, 6, 2, 250, 7, 7, 1})
	f.Fuzz(fuzzMoves)
}

// fuzzMoves is FuzzMoves's body: data is read three bytes a move (kind, party, claim).
func fuzzMoves(t *testing.T, data []byte) {
	if len(data) > 240 { // 80 moves: long enough for a whole game, short enough to fuzz fast
		data = data[:240]
	}
	p := Params{K: 2, Heights: [2]uint8{2, 1}, ChallengePeriod: 30, Stakes: [2]uint64{1000, 100}, Reward: 10}
	mach := disputetest.Toy{N1: 2}
	m, err := New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	genesis := crypto.Keccak256Hash([]byte("fuzz"))
	origin := crypto.Keccak256Hash([]byte("parent"))
	agents := []*Agent{
		{Who: "h", T: &disputetest.Trace{M: mach, Genesis: genesis}, Origin: origin},
		{Who: "a", T: &disputetest.Trace{M: mach, Genesis: genesis, BadBatch: 1, BadStep: 1, Salt: 5}, Origin: origin},
		{Who: "b", T: &disputetest.Trace{M: mach, Genesis: genesis, BadBatch: 3, BadStep: 1, Salt: 6}, Origin: origin},
	}
	for _, a := range agents {
		a.Act(m) // initializes the agent's bookkeeping and asserts
	}
	pick := func(b byte) (Hash, *Record) {
		ids := m.Claims()
		id := ids[int(b)%len(ids)]
		r, _ := m.Claim(id)
		return id, r
	}
	for len(data) >= 3 {
		op, x, y := data[0], data[1], data[2]
		data = data[3:]
		if op >= 200 { // let time pass
			m.Now += uint64(op - 199)
			continue
		}
		a := agents[int(x)%len(agents)]
		id, r := pick(y)
		before := fingerprint(m)
		var err error
		switch op % 10 {
		case 0: // the agent's own turn
			a.Act(m)
			continue
		case 1: // dissect with the party's node (wrong for another's claim)
			if r.Height > 0 {
				err = m.Dissect(a.Who, id, a.node(p, &r.Claim))
			}
		case 2:
			_, err = m.Open(a.Who, id, int(x)%3)
		case 3:
			_, pre := a.T.State(0, r.Pos)
			err = m.ProveStep(a.Who, id, pre, nil)
		case 4:
			err = m.ConfirmByTime(a.Who, id, pathOf(m, id, int(x)))
		case 5:
			err = m.ConfirmByChildren(a.Who, id, pathOf(m, id, int(x)))
		case 6:
			lid, _ := pick(x)
			err = m.ConfirmByLevel(a.Who, id, lid)
		case 7:
			_, endPre := a.T.State(r.Pos, 2)
			_, err = m.OpenLevel(a.Who, id, endPre, crypto.Keccak256Hash([]byte{x, y}))
		case 8:
			err = m.Settle(a.Who, id)
		case 9:
			rid, _ := pick(x)
			err = m.Answer(a.Who, id, rid, int(y)%2, nil)
		}
		if err != nil && fingerprint(m) != before {
			t.Fatalf("move %d on %s refused (%v) but changed the model", op%10, id.TerminalString(), err)
		}
		invariants(t, m)
	}
}

// pathOf is a path of up to n of id's ancestors, found among the claims: the first parent of each.
func pathOf(m *Model, id Hash, n int) []Hash {
	var path []Hash
	child, _ := m.Claim(id)
	for len(path) < n%4 {
		found := false
		for _, pid := range m.Claims() {
			if p, _ := m.Claim(pid); m.isParent(p, child) {
				path, child, found = append(path, pid), p, true
				break
			}
		}
		if !found {
			break
		}
	}
	return path
}

// invariants checks what no sequence of moves may break.
func invariants(t *testing.T, m *Model) {
	t.Helper()
	for mid, mu := range m.mutuals {
		confirmed := 0
		for _, id := range mu.claims {
			r, _ := m.Claim(id)
			if r.Mutual() != mid {
				t.Fatalf("claim %s filed under another mutual", id.TerminalString())
			}
			if r.Created > m.Now {
				t.Fatalf("claim %s created at %d, now %d", id.TerminalString(), r.Created, m.Now)
			}
			switch r.Status {
			case Confirmed:
				confirmed++
				if mu.confirmed != id {
					t.Fatalf("claim %s confirmed, its mutual won by %s", id.TerminalString(), mu.confirmed.TerminalString())
				}
			case Refuted:
				if r.Level != LevelSteps || r.Height != 0 {
					t.Fatalf("a refuted claim that is not one-step: %s", r.Claim.String())
				}
			}
		}
		if confirmed > 1 {
			t.Fatalf("mutual %s has %d confirmed claims", mid.TerminalString(), confirmed)
		}
	}
	var paid, received uint64
	for _, v := range m.Paid {
		paid += v
	}
	for _, v := range m.Received {
		received += v
	}
	if paid != m.Held+received+m.Receiver {
		t.Fatalf("insolvent: paid %d, held %d, paid out %d, receiver %d", paid, m.Held, received, m.Receiver)
	}
}
