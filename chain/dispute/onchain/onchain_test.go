package onchain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/disputetest"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/contracts"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
)

func address(p dispute.Party) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(p))[12:])
}

// TestEncoderPlaysRollupGame plays an honest executor against one with a wrong step through the
// Rollup model, sending every move the model makes or refuses as the Encoder encodes it to
// Rollup.sol and its ChallengeManager (over the toy machine and a real Inbox of 8 batches): each
// succeeds or reverts with the error ErrorName names, and afterwards every claim's status and
// every assertion's are the model's. A mirror, a second model that only sees the contracts'
// successful transactions (Decode, Apply), ends in the same state as the model that played.
func TestEncoderPlaysRollupGame(t *testing.T) {
	const batches = 8
	p := dispute.Params{K: 4, Heights: [2]uint8{2, 3}, ChallengePeriod: 300, Stakes: [2]uint64{0, 100}, Reward: 60}
	mach := disputetest.Toy{N1: 64}
	m, err := dispute.New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	genesis := crypto.Keccak256Hash([]byte("genesis"))
	r, err := dispute.NewRollup(m, genesis, func(root dispute.Hash) dispute.Hash { return root }, func() uint64 { return batches }, 1000)
	if err != nil {
		t.Fatal(err)
	}

	e, err := evm.New()
	if err != nil {
		t.Fatal(err)
	}
	load := func(name string) *contracts.Artifact {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	batcher := address("batcher")
	inbox, err := e.DeployArgs(load("Inbox"), batcher, address("bridge"), uint64(0))
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(0); n < batches; n++ {
		e.SetBlobHashes([]common.Hash{crypto.Keccak256Hash([]byte{byte(n)})})
		if res, err := inbox.CallFrom(batcher, nil, bindings.NewInbox().PackAddBatch(n, 1, 0)); err != nil || res.Revert != nil {
			t.Fatalf("batch %d: %v %v", n, err, res.Revert)
		}
	}
	e.SetBlobHashes(nil)
	toy, err := e.DeployArgs(load("ToyMachine"), uint64(64))
	if err != nil {
		t.Fatal(err)
	}
	ro, err := e.DeployArgs(load("Rollup"), inbox.Address, toy.Address, genesis, big.NewInt(1000), address("receiver"), big.NewInt(4),
		uint8(2), uint8(3), uint64(300), big.NewInt(100), big.NewInt(60), []common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	rb := bindings.NewRollup()
	res, err := ro.Call(rb.PackChallengeManager())
	if err != nil || res.Revert != nil {
		t.Fatal(err, res.Revert)
	}
	cmAddr, _ := rb.UnpackChallengeManager(res.Return)
	cm, err := e.At(load("ChallengeManager"), cmAddr)
	if err != nil {
		t.Fatal(err)
	}

	// The mirror: another model, fed only the transactions the contracts accepted.
	mm, err := dispute.New(p, mach)
	if err != nil {
		t.Fatal(err)
	}
	mr, err := dispute.NewRollup(mm, genesis, func(root dispute.Hash) dispute.Hash { return root }, func() uint64 { return batches }, 1000)
	if err != nil {
		t.Fatal(err)
	}
	mirrored := 0

	enc := &onchain.Encoder{M: m, Address: address}
	sent := map[string]int{}
	m.Observer = func(mv dispute.Move) {
		t.Helper()
		tx, err := enc.Encode(mv)
		if err != nil {
			t.Fatalf("%s: %v", mv.Kind, err)
		}
		to := map[onchain.Target]*evm.Contract{onchain.ChallengeManager: cm, onchain.Rollup: ro}[tx.To]
		e.SetBlockNumber(mv.Now)
		e.Fund(address(mv.Who), tx.Value)
		res, err := to.CallFrom(address(mv.Who), tx.Value, tx.Input)
		if err != nil {
			t.Fatalf("block %d, %s: %v", mv.Now, mv.Kind, err)
		}
		got := ""
		if res.Revert != nil {
			got = res.Revert.Name
		}
		want, ok := onchain.ErrorName(mv.Err)
		if !ok || got != want {
			t.Fatalf("block %d, %s by %s to the %s: reverts %q, the model refused with %q (%v)", mv.Now, mv.Kind, mv.Who, tx.To, got, want, mv.Err)
		}
		sent[mv.Kind]++
		if got == "" {
			dm, err := onchain.Decode(tx.To, tx.Input, address(mv.Who), mv.Now)
			if err != nil {
				t.Fatalf("decode %s: %v", mv.Kind, err)
			}
			if dm.Kind != mv.Kind {
				t.Fatalf("decoded %s as %s", mv.Kind, dm.Kind)
			}
			if err := onchain.Apply(mm, mr, dm); err != nil {
				t.Fatal(err)
			}
			mirrored++
		}
	}

	truth := &disputetest.Trace{M: mach, Genesis: genesis, Padded: true, Covered: batches}
	wrong := *truth
	wrong.BadBatch, wrong.BadStep, wrong.Salt = 5, 3, 9
	honest := &dispute.Agent{Who: "honest", T: truth, Origin: r.Genesis}
	adv := &dispute.Agent{Who: "adversary", T: &wrong, Origin: r.Genesis}
	for _, a := range []*dispute.Agent{honest, adv} {
		a := a
		a.AssertFn = func(c dispute.Claim) error {
			_, err := r.Assert(a.Who, dispute.Assertion{Parent: a.Origin, BatchEnd: batches, StateRoot: c.End, History: c.Commit})
			return err
		}
	}
	top := honest.Top(p)
	for m.Now = 1; m.Now < 3*p.ChallengePeriod; m.Now++ {
		honest.Act(m)
		adv.Act(m)
		if c, ok := m.Claim(top.ID()); ok && c.Status == dispute.Confirmed {
			break
		}
	}
	hid := (&dispute.Assertion{Parent: r.Genesis, BatchEnd: batches, StateRoot: top.End, History: top.Commit}).ID()
	if err := r.Confirm("honest", hid); err != nil {
		t.Fatal(err)
	}
	at := adv.Top(p)
	aid := (&dispute.Assertion{Parent: r.Genesis, BatchEnd: batches, StateRoot: at.End, History: at.Commit}).ID()
	if err := r.Reject("honest", aid); err != nil {
		t.Fatal(err)
	}
	if err := r.Slash("honest", "adversary"); err != nil {
		t.Fatal(err)
	}
	if err := r.Reject("honest", hid); err == nil {
		t.Fatal("the confirmed assertion rejected")
	}

	cb := bindings.NewChallengeManager()
	for _, id := range m.Claims() {
		c, _ := m.Claim(id)
		res, err := cm.Call(cb.PackClaims(id))
		if err != nil || res.Revert != nil {
			t.Fatal(err, res.Revert)
		}
		got, _ := cb.UnpackClaims(res.Return)
		if want := map[dispute.Status]uint8{dispute.Pending: 1, dispute.Confirmed: 2, dispute.Refuted: 3}[c.Status]; got.Status != want {
			t.Fatalf("claim %s: contract status %d, model %d", id.TerminalString(), got.Status, want)
		}
	}
	for id, want := range map[dispute.Hash]uint8{hid: 2, aid: 3} {
		res, _ := ro.Call(rb.PackAssertionState(id))
		st, _ := rb.UnpackAssertionState(res.Return)
		if st.Status != want {
			t.Fatalf("assertion %s: status %d, want %d", id.TerminalString(), st.Status, want)
		}
	}
	for _, k := range []string{"RollupAssert", "Dissect", "OpenLevel", "ProveStep", "RollupConfirm", "RollupReject", "Slash"} {
		if sent[k] == 0 {
			t.Errorf("no %s sent", k)
		}
	}
	// The mirror holds what the model that played holds.
	if got, want := len(mm.Claims()), len(m.Claims()); got != want || mirrored == 0 {
		t.Fatalf("the mirror has %d claims, the model %d (%d moves mirrored)", got, want, mirrored)
	}
	for _, id := range m.Claims() {
		c, _ := m.Claim(id)
		mc, ok := mm.Claim(id)
		if !ok || mc.Status != c.Status || mc.Created != c.Created || mc.Dissected != c.Dissected || mc.DissectAt != c.DissectAt {
			t.Fatalf("claim %s: mirror %+v (%v), model %+v", id.TerminalString(), mc, ok, c)
		}
	}
	for _, id := range []dispute.Hash{hid, aid} {
		a, _ := r.Assertion(id)
		ma, ok := mr.Assertion(id)
		if !ok || ma.Status != a.Status {
			t.Fatalf("assertion %s: mirror %+v, model %+v", id.TerminalString(), ma, a)
		}
	}
	for _, who := range []dispute.Party{"honest", "adversary"} {
		if got, want := mr.Received[onchain.Party(address(who))], r.Received[who]; got != want {
			t.Fatalf("%s received %d in the mirror, %d in the model", who, got, want)
		}
		if got, want := mm.Received[onchain.Party(address(who))], m.Received[who]; got != want {
			t.Fatalf("%s's stakes: %d in the mirror, %d in the model", who, got, want)
		}
	}
	t.Logf("moves sent, made or refused: %v; %d mirrored", sent, mirrored)
}

// FuzzDecode: arbitrary calldata to either contract decodes to a move or fails with an error,
// never a panic; a selector the contracts do not have is refused.
func FuzzDecode(f *testing.F) {
	cb, rb := bindings.NewChallengeManager(), bindings.NewRollup()
	c := bindings.ChallengeManagerClaim{Height: 2, Origin: [32]byte{1}}
	f.Add(false, cb.PackDissect(c, make([][32]byte, 8)))
	f.Add(false, cb.PackConfirmByTime(c, []bindings.ChallengeManagerUp{{Parent: c, Node: make([][32]byte, 8), Index: big.NewInt(1)}}))
	f.Add(false, cb.PackConfirmAll([]bindings.ChallengeManagerConf{{C: c, By: 2, Lower: c}}))
	f.Add(true, rb.PackAssertState(bindings.RollupAssertion{BatchEnd: 3}))
	f.Add(true, rb.PackSlash(common.Address{9}))
	f.Add(false, []byte{0xde, 0xad, 0xbe, 0xef})
	f.Fuzz(func(t *testing.T, rollup bool, input []byte) {
		to := onchain.ChallengeManager
		if rollup {
			to = onchain.Rollup
		}
		mv, err := onchain.Decode(to, input, common.Address{1}, 7)
		if err == nil && (mv.Kind == "" || mv.Now != 7) {
			t.Fatalf("decoded %+v", mv)
		}
	})
}

// TestAgentOnMirrorCopies plays the honest agent the way a challenger will on L1: it decides its
// moves on a copy of a mirror (Model.Clone), and only then are they applied to the mirror (as L1
// would accept them; Apply), the adversary moving on the mirror directly. The honest assertion
// is confirmed and the wrong one is not, with one agent for the whole game and with a new agent
// every block, as after a restart that kept nothing but the mirror.
func TestAgentOnMirrorCopies(t *testing.T) {
	for _, fresh := range []bool{false, true} {
		t.Run(map[bool]string{false: "one agent", true: "a new agent every block"}[fresh], func(t *testing.T) {
			p := dispute.Params{K: 4, Heights: [2]uint8{2, 3}, ChallengePeriod: 300, Stakes: [2]uint64{1000, 100}, Reward: 60}
			mach := disputetest.Toy{N1: 64}
			m, err := dispute.New(p, mach)
			if err != nil {
				t.Fatal(err)
			}
			origin := crypto.Keccak256Hash([]byte("parent"))
			if err := m.Cover("rollup", origin, 16); err != nil {
				t.Fatal(err)
			}
			truth := &disputetest.Trace{M: mach, Genesis: crypto.Keccak256Hash([]byte("genesis"))}
			wrong := *truth
			wrong.BadBatch, wrong.BadStep, wrong.Salt = 9, 17, 3
			adv := &dispute.Agent{Who: "adversary", T: &wrong, Origin: origin}
			var good *dispute.Agent
			top := (&dispute.Agent{Who: "honest", T: truth, Origin: origin}).Top(p)
			applied := 0
			for m.Now = 1; m.Now < 3*p.ChallengePeriod; m.Now++ {
				if good == nil || fresh {
					good = &dispute.Agent{Who: "honest", T: truth, Origin: origin}
				}
				c := m.Clone()
				var moves []dispute.Move
				c.Observer = func(mv dispute.Move) {
					if mv.Err == nil {
						moves = append(moves, mv)
					}
				}
				good.Act(c)
				for _, mv := range moves {
					if err := onchain.Apply(m, nil, mv); err != nil {
						t.Fatalf("block %d: %v", m.Now, err)
					}
					applied++
				}
				adv.Act(m)
				if r, ok := m.Claim(top.ID()); ok && r.Status == dispute.Confirmed {
					break
				}
			}
			if r, ok := m.Claim(top.ID()); !ok || r.Status != dispute.Confirmed {
				t.Fatalf("the honest assertion is not confirmed by block %d", m.Now)
			}
			at := adv.Top(p)
			if r, _ := m.Claim(at.ID()); r.Status == dispute.Confirmed {
				t.Fatal("the wrong assertion is confirmed")
			}
			if bound := 2*p.ChallengePeriod + uint64(p.Heights[0]+p.Heights[1]+4); m.Now > bound {
				t.Fatalf("confirmed at block %d, beyond the bound %d", m.Now, bound)
			}
			t.Logf("confirmed at block %d, %d honest moves applied from copies", m.Now, applied)
		})
	}
}
