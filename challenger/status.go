package challenger

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
)

// Side is an assertion's or a claim's side as the challenger judges it from its own chain.
type Side int8

const (
	Unknown Side = iota // the chain has not reached the batches it covers
	Honest
	Wrong
)

func (s Side) String() string {
	switch s {
	case Honest:
		return "honest"
	case Wrong:
		return "wrong"
	}
	return "unknown"
}

// AssertionView is an assertion as the challenger sees it.
type AssertionView struct {
	dispute.AssertionRecord
	ID   dispute.Hash
	Side Side
	// Rivals is the number of other assertions under the same parent.
	Rivals int
	// Claims is the number of claims in the games under its top claim's mutual (every level),
	// Ours those staked by this challenger.
	Claims, Ours int
	// ClockLeft is, in L1 blocks, the least time before a wrong claim in its game confirms by
	// time unless answered: T less the path time of the most urgent wrong claim nobody rivaled
	// (an unchallenged wrong assertion's top claim, or a child of a rival's dissection that
	// differs from ours). -1 when there is none.
	ClockLeft int64
}

// View is what the challenger knows at the last L1 block it read.
type View struct {
	Block      uint64 // the last L1 block the mirror read
	Batches    uint64 // the batches the chain applied
	Period     uint64 // the challenge period, in blocks
	Assertions []AssertionView
	// WrongUnchallenged counts wrong pending assertions with no honest rival yet.
	WrongUnchallenged int
	// AtRisk is what this challenger has staked on pending claims and assertions (wei), Paid and
	// Received its ledger so far (bonds and stakes in, stakes and rewards out).
	AtRisk, Paid, Received uint64
}

// View reports the games as the mirror has them after the last Step.
func (s *Service) View() View {
	m, r := s.mirror.M, s.mirror.R
	v := View{Block: m.Now, Batches: s.chain.Batches(), Period: m.P.ChallengePeriod, Paid: m.Paid[s.me] + r.Paid[s.me],
		Received: m.Received[s.me] + r.Received[s.me]}
	parents := map[dispute.Hash]*dispute.Record{}
	lower := map[dispute.Hash][]dispute.Hash{} // level-1 top claims by the mutual they refine
	for _, id := range m.Claims() {
		c, _ := m.Claim(id)
		for _, ch := range c.Children() {
			parents[ch] = c
		}
		if c.Level == dispute.LevelSteps && c.Pos == 0 && c.Height == m.P.Heights[1] {
			lower[c.Origin] = append(lower[c.Origin], id)
		}
		if c.Staker == s.me && c.Status == dispute.Pending {
			v.AtRisk += c.Stake
		}
	}
	pathTime := func(id dispute.Hash) uint64 {
		t := uint64(0)
		for c, ok := m.Claim(id); ok; c, ok = parents[c.ID()], parents[c.ID()] != nil {
			t += m.Unrivaled(c.ID())
		}
		return t
	}
	for _, id := range r.Assertions() {
		a, _ := r.Assertion(id)
		av := AssertionView{AssertionRecord: *a, ID: id, ClockLeft: -1}
		if id == r.Genesis {
			av.Side = Honest // the root the Rollup was deployed with
		} else {
			if p, ok := r.Assertion(a.Parent); ok {
				if h, ok := s.Child(p); ok {
					av.Side = Wrong
					if h.ID() == id {
						av.Side = Honest
					}
				}
				for _, o := range r.Assertions() {
					if oa, _ := r.Assertion(o); o != id && oa.Parent == a.Parent {
						av.Rivals++
					}
				}
			}
		}
		if av.Staker == s.me && a.Status == dispute.AssertionPending {
			v.AtRisk += r.Bond
		}
		v.Assertions = append(v.Assertions, av)
	}
	for i := range v.Assertions {
		av := &v.Assertions[i]
		if av.ID == r.Genesis {
			continue
		}
		pending := av.Status == dispute.AssertionPending
		top, ok := m.Claim(av.Top)
		if !ok {
			continue
		}
		honestRival := false
		for _, o := range v.Assertions {
			if o.Parent == av.Parent && o.Side == Honest {
				honestRival = true
			}
		}
		urgent := func(id dispute.Hash) {
			if !pending {
				return
			}
			left := int64(m.P.ChallengePeriod) - int64(pathTime(id))
			if av.ClockLeft < 0 || left < av.ClockLeft {
				av.ClockLeft = max(left, 0)
			}
		}
		if pending && av.Side == Wrong && !honestRival {
			v.WrongUnchallenged++
			urgent(av.Top)
		}
		// The games under the top claim's mutual: every claim reached from it through
		// dissections and the steps level.
		seen := map[dispute.Hash]bool{}
		queue := slices.Clone(m.Rivals(&top.Claim))
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			if seen[id] {
				continue
			}
			seen[id] = true
			c, ok := m.Claim(id)
			if !ok {
				continue
			}
			av.Claims++
			if c.Staker == s.me {
				av.Ours++
			}
			for _, ch := range c.Children() {
				if cc, ok := m.Claim(ch); ok {
					queue = append(queue, m.Rivals(&cc.Claim)...)
				}
			}
			queue = append(queue, lower[c.Mutual()]...)
			// A claim of ours with a rival that dissected differently: each child of the rival's
			// that differs from ours and that nobody rivals is a wrong claim running its clock.
			if c.Staker != s.me || c.Status != dispute.Pending {
				continue
			}
			for _, rid := range m.Rivals(&c.Claim) {
				rv, _ := m.Claim(rid)
				if rid == id || rv.Status != dispute.Pending {
					continue
				}
				mine := c.Children()
				for j, ch := range rv.Children() {
					cc, ok := m.Claim(ch)
					if !ok || (j < len(mine) && mine[j] == ch) || cc.Status != dispute.Pending {
						continue
					}
					if len(m.Rivals(&cc.Claim)) == 1 {
						urgent(ch)
					}
				}
			}
		}
	}
	return v
}

func short(h dispute.Hash) string { return h.Hex()[:10] }

// WriteAssertions prints v's assertions as a table.
func WriteAssertions(w io.Writer, v View) {
	fmt.Fprintf(w, "L1 block %d, %d batches applied, challenge period %d blocks\n", v.Block, v.Batches, v.Period)
	fmt.Fprintf(w, "%-10s  %-10s  %7s  %-10s  %-10s  %-9s  %-7s  %6s  %6s  %s\n", "ASSERTION", "PARENT", "BATCHES", "ROOT", "STAKER",
		"STATUS", "SIDE", "RIVALS", "CLAIMS", "CLOCK")
	for _, a := range v.Assertions {
		clock := "-"
		if a.ClockLeft >= 0 {
			clock = fmt.Sprintf("%d left", a.ClockLeft)
		}
		fmt.Fprintf(w, "%-10s  %-10s  %7d  %-10s  %-10s  %-9s  %-7s  %6d  %6d  %s\n", short(a.ID), short(a.Parent), a.BatchEnd,
			short(a.StateRoot), shortParty(a.Staker), a.Status.String(), a.Side, a.Rivals, a.Claims, clock)
	}
	if v.WrongUnchallenged > 0 {
		fmt.Fprintf(w, "ALERT: %d wrong assertion(s) with no honest rival\n", v.WrongUnchallenged)
	}
}

func shortParty(p dispute.Party) string {
	s := string(p)
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// WriteClaims prints the claim tree of the game an assertion's top claim is in: each mutual's
// claims (level, range, status, staker, unrivaled time and, while pending, the time left before
// it could confirm by time), then the mutuals of their children and of the steps level below.
// It reports false if the assertion is unknown.
func (s *Service) WriteClaims(w io.Writer, id dispute.Hash) bool {
	m, r := s.mirror.M, s.mirror.R
	a, ok := r.Assertion(id)
	if !ok {
		return false
	}
	top, ok := m.Claim(a.Top)
	if !ok {
		return false
	}
	lower := map[dispute.Hash][]dispute.Hash{}
	for _, cid := range m.Claims() {
		c, _ := m.Claim(cid)
		if c.Level == dispute.LevelSteps && c.Pos == 0 && c.Height == m.P.Heights[1] {
			lower[c.Origin] = append(lower[c.Origin], cid)
		}
	}
	fmt.Fprintf(w, "assertion %s: batches to %d, root %s, %s, staker %s (L1 block %d, K = %d, T = %d)\n", id.Hex(), a.BatchEnd, a.StateRoot.Hex(),
		a.Status.String(), a.Staker, m.Now, m.P.K, m.P.ChallengePeriod)
	done := map[dispute.Hash]bool{}
	var mutual func(ids []dispute.Hash, depth int)
	mutual = func(ids []dispute.Hash, depth int) {
		if len(ids) == 0 {
			return
		}
		c0, _ := m.Claim(ids[0])
		mu := c0.Mutual()
		if done[mu] {
			return
		}
		done[mu] = true
		pad := strings.Repeat("  ", depth)
		span := fmt.Sprintf("K^%d", c0.Height)
		fmt.Fprintf(w, "%slevel %d [%d, +%s) %d claim(s)\n", pad, c0.Level, c0.Pos, span, len(ids))
		var next [][]dispute.Hash
		for _, cid := range ids {
			c, _ := m.Claim(cid)
			clock, status := "", c.Status.String()
			if won, ok := m.Decided(&c.Claim); ok && won != cid {
				status = "lost" // its mutual is decided for a rival
			} else if c.Status == dispute.Pending {
				clock = fmt.Sprintf(", %d to confirm by time", max(int64(m.P.ChallengePeriod)-int64(m.Unrivaled(cid)), 0))
			}
			mark := ""
			if c.Staker == s.me {
				mark = " (ours)"
			}
			dis := ""
			if c.Dissected {
				dis = fmt.Sprintf(", dissected at %d", c.DissectAt)
			}
			fmt.Fprintf(w, "%s  %s %s → %s %s by %s%s, unrivaled %d%s%s\n", pad, short(cid), short(c.Start), short(c.End), status,
				shortParty(c.Staker), mark, m.Unrivaled(cid), clock, dis)
			for _, ch := range c.Children() {
				if cc, ok := m.Claim(ch); ok {
					next = append(next, m.Rivals(&cc.Claim))
				}
			}
			if l := lower[c.Mutual()]; len(l) > 0 {
				next = append(next, l)
			}
		}
		for _, n := range next {
			mutual(n, depth+1)
		}
	}
	mutual(m.Rivals(&top.Claim), 0)
	return true
}

// Describe is a line about a move the service sent (OnMove): what it did, on which claim (level,
// range, the claim's unrivaled time against the period), and its gas.
func (s *Service) Describe(mv dispute.Move, rc *types.Receipt) string {
	m, r := s.mirror.M, s.mirror.R
	on := func(id dispute.Hash) string {
		c, ok := m.Claim(id)
		if !ok {
			return short(id)
		}
		return fmt.Sprintf("level %d [%d, +%d^%d) %s→%s, unrivaled %d of %d blocks", c.Level, c.Pos, m.P.K, c.Height, short(c.Start),
			short(c.End), m.Unrivaled(id), m.P.ChallengePeriod)
	}
	var what string
	switch mv.Kind {
	case "RollupAssert":
		what = fmt.Sprintf("asserts the state after %d batches: root %s (bond %s wei)", mv.Assertion.BatchEnd, short(mv.Assertion.StateRoot),
			fmt.Sprint(mv.Value))
	case "Dissect":
		what = fmt.Sprintf("dissects %s into %d children", on(mv.ID), len(mv.Node.Ends))
	case "Answer":
		what = fmt.Sprintf("answers the rival dissection of %s: its own child %d, dissected", on(mv.ID), mv.Index)
	case "Open":
		what = fmt.Sprintf("opens child %d of %s", mv.Index, on(mv.ID))
	case "OpenLevel":
		what = fmt.Sprintf("opens the steps level under the one-batch claim %s", on(mv.ID))
	case "ProveStep":
		step := ""
		if st, err := stf.DecodeState(mv.Data); err == nil {
			step = fmt.Sprintf("step %d (%v) ", st.Regs.Step, st.Regs.Phase)
		}
		what = fmt.Sprintf("proves %sof %s through ChainVM", step, on(mv.ID))
	case "ConfirmByTime", "ConfirmByChildren", "ConfirmByLevel":
		what = fmt.Sprintf("confirms %s (%s)", on(mv.ID), strings.TrimPrefix(mv.Kind, "Confirm"))
	case "ConfirmAll":
		what = fmt.Sprintf("confirms %d claims in one transaction", len(mv.Confs))
	case "RollupConfirm", "RollupReject":
		verb := "confirms"
		if mv.Kind == "RollupReject" {
			verb = "rejects"
		}
		root := ""
		if a, ok := r.Assertion(mv.ID); ok {
			root = fmt.Sprintf(" (the state after %d batches, root %s, staker %s)", a.BatchEnd, short(a.StateRoot), shortParty(a.Staker))
		}
		what = fmt.Sprintf("%s assertion %s%s", verb, short(mv.ID), root)
	case "Settle":
		what = fmt.Sprintf("settles the stakes of the mutual of %s (decided: the winner's stake back with its reward, the losers' forfeited)", on(mv.ID))
	case "Slash":
		what = fmt.Sprintf("slashes the bond of %s (%d wei)", mv.Staker, r.Bond)
	default:
		what = mv.Kind
	}
	return fmt.Sprintf("%s: gas %d, L1 block %v", what, rc.GasUsed, rc.BlockNumber)
}
