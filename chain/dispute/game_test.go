package dispute

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute/disputetest"
)

// adversary is a wrong trace and how its agent behaves.
type adversary struct {
	batch, step uint64 // where its one wrong step is (step is taken modulo the batch's steps)
	stall       bool   // asserts, then never moves
	junk        bool   // asserts the honest end with a commitment no trace has
	sybils      int    // level-1 top claims with junk commitments under each of its one-batch claims
	late        bool   // asserts only when the honest assertion is about to confirm
	openLate    bool   // makes its children as late as it can (T − 10 blocks after a dissection)
	eager       bool   // dissects its batch-level claims before anyone rivals them
	separate    bool   // answers with separate Opens and Dissects rather than Answer
	pastCovered bool   // goes on computing batches past the ones the assertions cover
}

type game struct {
	p        Params
	honestG  uint64 // the honest party acts every honestG blocks
	advs     []adversary
	seed     uint64
	honestAt uint64 // when the honest party asserts (0: at once)
	observe  func(*Model, Move)
	padded   bool // the assertions cover `covered` batches; the positions after are padding
	covered  uint64
}

type outcome struct {
	confirmedAt uint64
	moves       int
	m           *Model
	honestTop   Hash // the true assertion's claim (an adversary whose fault is past the covered batches makes it too)
}

const honestParty Party = "honest"

func (g game) play(t *testing.T) outcome {
	t.Helper()
	m0 := disputetest.Toy{N1: pow(g.p.K, g.p.Heights[1])}
	model, err := New(g.p, m0)
	if err != nil {
		t.Fatal(err)
	}
	if g.observe != nil {
		model.Observer = func(mv Move) { g.observe(model, mv) }
	}
	genesis := crypto.Keccak256Hash([]byte(fmt.Sprintf("genesis %d", g.seed)))
	origin := crypto.Keccak256Hash([]byte("parent assertion"))
	honest := &Agent{Who: honestParty, T: &disputetest.Trace{M: m0, Genesis: genesis, Padded: g.padded, Covered: g.covered}, Origin: origin}
	if g.padded {
		if err := model.Cover("rollup", origin, g.covered); err != nil {
			t.Fatal(err)
		}
	}
	type adv struct {
		a *Agent
		adversary
		done bool
	}
	var advs []*adv
	n0 := pow(g.p.K, g.p.Heights[0])
	for i, d := range g.advs {
		tr := &disputetest.Trace{M: m0, Genesis: genesis, BadBatch: d.batch % n0, Salt: uint64(i + 1), Padded: g.padded && !d.pastCovered, Covered: g.covered}
		steps := m0.Steps(tr.Boundary(tr.BadBatch))
		tr.BadStep = 1 + d.step%steps
		ag := &Agent{Who: Party(fmt.Sprintf("adversary %d", i)), T: tr, Origin: origin, Stall: d.stall, Eager: d.eager, Separate: d.separate}
		if d.openLate {
			ag.OpenLate = g.p.ChallengePeriod - 10
		}
		advs = append(advs, &adv{a: ag, adversary: d})
	}
	rng := rand.New(rand.NewPCG(g.seed, 7))
	top := honest.Top(g.p)
	honestTop := top.ID()
	limit := 4*g.p.ChallengePeriod + 1000
	out := outcome{m: model, honestTop: honestTop}
	for now := uint64(1); now < limit; now++ {
		model.Now = now
		order := rng.Perm(len(advs) + 1)
		for _, k := range order {
			if k == len(advs) {
				if now >= g.honestAt && now%g.honestG == 0 {
					out.moves += honest.Act(model)
				}
				continue
			}
			a := advs[k]
			if a.late && now+2 < g.honestAt+g.p.ChallengePeriod {
				continue
			}
			switch {
			case a.junk:
				if !a.done {
					c := a.a.Top(g.p)
					c.End = honest.Top(g.p).End
					c.Commit = crypto.Keccak256Hash([]byte("junk"), []byte(a.a.Who))
					_, err := model.Assert(a.a.Who, c)
					a.done = err == nil
				}
			default:
				a.a.Act(model)
				if a.sybils > 0 {
					sybils(t, model, a.a, a.sybils)
				}
			}
		}
		if r, ok := model.Claim(honestTop); ok && r.Status == Confirmed && out.confirmedAt == 0 {
			out.confirmedAt = now
		}
		if out.confirmedAt != 0 && model.heldBy(honestParty) == 0 {
			break
		}
	}
	return out
}

// sybils makes n level-1 top claims with junk commitments under each of a's rivaled one-batch
// claims that has its own steps level (each is a rival of the true level-1 claim).
func sybils(t *testing.T, m *Model, a *Agent, n int) {
	for id := range a.levels {
		r, _ := m.Claim(id)
		_, endPre := a.T.State(r.Pos, pow(m.P.K, m.P.Heights[1]))
		for k := 0; k < n; k++ {
			junk := crypto.Keccak256Hash([]byte(fmt.Sprintf("sybil %s %d", a.Who, k)))
			if _, err := m.OpenLevel(a.Who, id, endPre, junk); err != nil && !errors.Is(err, ErrClaimExists) && !errors.Is(err, ErrDecided) {
				t.Fatalf("sybil level-1 claim: %v", err)
			}
		}
	}
}

// heldBy is the stake a party has in pending claims.
func (m *Model) heldBy(p Party) uint64 {
	var s uint64
	for _, r := range m.claims {
		if r.Staker == p && !r.Settled {
			s += r.Stake
		}
	}
	return s
}

// check asserts what must hold after every game: the honest assertion is confirmed within the
// bound, no other assertion is, the honest party got back every stake it paid, and the
// protocol is solvent.
func (g game) check(t *testing.T, o outcome) {
	t.Helper()
	m := o.m
	// The bound (dispute.md §5): the honest assertion confirms within 2T + grace of the block
	// the honest party arrives at (honestAt; the first assertion is never later), grace =
	// (H0 + H1 + 4)·G for an honest party that answers within G blocks.
	grace := uint64(g.p.Heights[0]+g.p.Heights[1]+4) * g.honestG
	bound := g.honestAt + 2*g.p.ChallengePeriod + grace
	if o.confirmedAt == 0 || o.confirmedAt > bound {
		t.Fatalf("seed %d: the honest assertion confirmed at block %d, the bound is %d (T %d, grace %d)", g.seed, o.confirmedAt, bound, g.p.ChallengePeriod, grace)
	}
	for _, id := range m.Claims() {
		r, _ := m.Claim(id)
		if r.Level == LevelBatches && r.Height == g.p.Heights[0] && id != o.honestTop && r.Status == Confirmed {
			t.Fatalf("seed %d: %s's wrong assertion was confirmed", g.seed, r.Staker)
		}
	}
	if m.Received[honestParty] < m.Paid[honestParty] {
		t.Fatalf("seed %d: the honest party paid %d in stakes and got back %d", g.seed, m.Paid[honestParty], m.Received[honestParty])
	}
	var paid, received uint64
	for _, v := range m.Paid {
		paid += v
	}
	for _, v := range m.Received {
		received += v
	}
	if paid != m.Held+received+m.Receiver {
		t.Fatalf("seed %d: insolvent: paid %d, held %d + paid out %d + receiver %d", g.seed, paid, m.Held, received, m.Receiver)
	}
}

var testParams = Params{K: 4, Heights: [2]uint8{2, 3}, ChallengePeriod: 400, Stakes: [2]uint64{1000, 100}, Reward: 60}

type matrixCase struct {
	name string
	g    game
}

// adversaryMatrix is the adversaries the honest strategy is played against, one game each.
func adversaryMatrix() []matrixCase {
	n0, n1 := pow(testParams.K, testParams.Heights[0]), pow(testParams.K, testParams.Heights[1])
	matrix := []matrixCase{
		{"no adversary", game{}},
		{"wrong first step", game{advs: []adversary{{batch: 0, step: 0}}}},
		{"wrong first step, answered move by move", game{advs: []adversary{{batch: 0, step: 0, separate: true}}}},
		{"wrong last step of the last batch", game{advs: []adversary{{batch: n0 - 1, step: n1}}}},
		{"copies the honest trace and diverges late", game{advs: []adversary{{batch: n0 - 2, step: n1 - 2}}}},
		{"staller", game{advs: []adversary{{batch: 3, stall: true}}}},
		{"junk commitment with the honest end", game{advs: []adversary{{junk: true}}}},
		{"level-1 sybils", game{advs: []adversary{{batch: 5, step: 3, sybils: 8}}}},
		{"late rival", game{advs: []adversary{{batch: 7, step: 1, late: true}}}},
		{"makes its children as late as it can", game{advs: []adversary{{batch: 6, step: 2, openLate: true}}}},
		{"dissects before anyone answers", game{honestAt: 150, advs: []adversary{{batch: 6, step: 2, eager: true}}}},
		{"honest party answers every 4 blocks", game{honestG: 4, advs: []adversary{{batch: 9, step: 5}}}},
		{"adversary asserts first", game{honestAt: 50, advs: []adversary{{batch: 2, step: 2}}}},
		{"goes on past the covered batches", game{padded: true, covered: 10, advs: []adversary{{batch: 15, step: 1, pastCovered: true}}}},
		{"wrong step, then padding", game{padded: true, covered: 12, advs: []adversary{{batch: 5, step: 2}}}},
		{"no batches covered", game{padded: true, covered: 0, advs: []adversary{{batch: 0, step: 1, pastCovered: true}}}},
		{"honest party asserts just before the wrong assertion would confirm", game{honestAt: testParams.ChallengePeriod - 20, advs: []adversary{{batch: 2, step: 2}}}},
	}
	var all []adversary
	for i := 0; i < 16; i++ {
		all = append(all, adversary{batch: uint64(i * 3), step: uint64(i * 7), stall: i%5 == 4, sybils: i % 3, late: i%7 == 6, separate: i%2 == 1})
	}
	all = append(all, adversary{junk: true})
	matrix = append(matrix, matrixCase{"17 at once", game{advs: all}})
	return matrix
}

// TestAdversaries plays the honest strategy against each adversary of the matrix, alone and
// all together.
func TestAdversaries(t *testing.T) {
	for _, tc := range adversaryMatrix() {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.g
			g.p, g.seed = testParams, 1
			if g.honestG == 0 {
				g.honestG = 1
			}
			o := g.play(t)
			g.check(t, o)
			t.Logf("confirmed at block %d (T = %d), %d honest moves, %d claims", o.confirmedAt, g.p.ChallengePeriod, o.moves, len(o.m.claims))
		})
	}
}

// gameRNG is the random source of random games: a seed drawn at random, or DISPUTE_SEED's, logged.
func gameRNG(t *testing.T) *rand.Rand {
	seed := rand.Uint64()
	if s := os.Getenv("DISPUTE_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("DISPUTE_SEED: %v", err)
		}
	}
	t.Logf("seed %d (DISPUTE_SEED=%d replays it)", seed, seed)
	return rand.New(rand.NewPCG(seed, 1))
}

// randomGame draws a game: arity, heights, the honest party's pace and arrival, the challenge
// period (above the soundness margin of dispute.md §5.2), 1 to 9 adversaries of every behaviour.
func randomGame(rng *rand.Rand) game {
	p := Params{K: 2 + rng.IntN(4), Heights: [2]uint8{uint8(1 + rng.IntN(3)), uint8(1 + rng.IntN(3))}, Stakes: [2]uint64{1000, 100}, Reward: uint64(rng.IntN(200))}
	g := game{p: p, honestG: 1 + uint64(rng.IntN(3)), seed: rng.Uint64()}
	d := uint64(p.Heights[0]) + uint64(p.Heights[1]) + 2
	g.p.ChallengePeriod = (d+1)*(d+2)/2*g.honestG + uint64(50+rng.IntN(200))
	if rng.IntN(4) == 0 {
		g.honestAt = uint64(rng.IntN(40))
	}
	if rng.IntN(2) == 0 {
		g.padded, g.covered = true, uint64(rng.IntN(int(pow(p.K, p.Heights[0]))+1))
	}
	for i := rng.IntN(9); i >= 0; i-- {
		g.advs = append(g.advs, adversary{batch: rng.Uint64(), step: rng.Uint64(), stall: rng.IntN(5) == 0,
			junk: rng.IntN(8) == 0, sybils: rng.IntN(3), late: rng.IntN(6) == 0, openLate: rng.IntN(6) == 0, eager: rng.IntN(6) == 0, separate: rng.IntN(2) == 0, pastCovered: rng.IntN(4) == 0})
	}
	return g
}

// TestRandomGames plays random adversaries (their faults, behaviours, numbers) against the
// honest strategy with random parameters; the seed of a failing game is in its message.
func TestRandomGames(t *testing.T) {
	games := 60
	if testing.Short() {
		games = 15
	}
	rng := gameRNG(t)
	for k := 0; k < games; k++ {
		g := randomGame(rng)
		o := g.play(t)
		if t.Failed() {
			return
		}
		t.Run(fmt.Sprintf("game %d", k), func(t *testing.T) {
			defer func() {
				if t.Failed() {
					t.Logf("game %d: %+v", k, g)
				}
			}()
			g.check(t, o)
		})
	}
}
