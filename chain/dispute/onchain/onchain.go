// Package onchain turns the dispute model's moves into the transactions the L1 contracts take:
// the ChallengeManager's and the Rollup's calldata, with the ETH a move sends, and names the
// custom error the contracts answer for each of the model's errors (docs/spec/dispute.md §7). A
// party that decides its moves on a model of the game (chain/dispute.Agent) sends them with it.
package onchain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/contracts/bindings"
)

// Target is the contract a move is sent to.
type Target uint8

const (
	ChallengeManager Target = iota
	Rollup
)

func (t Target) String() string {
	if t == Rollup {
		return "Rollup"
	}
	return "ChallengeManager"
}

// Tx is a move as a transaction.
type Tx struct {
	To    Target
	Input []byte
	Value *big.Int
}

// Claim is c as the contracts' ABI takes it.
func Claim(c dispute.Claim) bindings.ChallengeManagerClaim {
	return bindings.ChallengeManagerClaim{Level: c.Level, Origin: c.Origin, Pos: c.Pos, Height: c.Height, StartCtx: c.StartCtx,
		Start: c.Start, End: c.End, Commit: c.Commit}
}

// Node is a dissection as the ABI takes it: the K ends, then the K inner commitments.
func Node(n *dispute.Node) [][32]byte {
	var out [][32]byte
	for _, e := range n.Ends {
		out = append(out, e)
	}
	for _, c := range n.Inners {
		out = append(out, c)
	}
	return out
}

// Encoder encodes the moves of one model. Address maps a party to its L1 address (Slash names
// a staker).
type Encoder struct {
	M       *dispute.Model
	Address func(dispute.Party) common.Address
}

var (
	cmABI = bindings.NewChallengeManager()
	roABI = bindings.NewRollup()
)

// content is the ABI claim of a claim the model knows; an unknown one is sent as a claim with
// only its origin set, which the contract does not know either.
func (e *Encoder) content(id dispute.Hash) bindings.ChallengeManagerClaim {
	if r, ok := e.M.Claim(id); ok {
		return Claim(r.Claim)
	}
	return bindings.ChallengeManagerClaim{Origin: id}
}

// node is a claim's dissection, if it has one.
func (e *Encoder) node(id dispute.Hash) [][32]byte {
	if r, ok := e.M.Claim(id); ok && r.Dissected {
		return Node(r.Node)
	}
	return nil
}

// path turns the model's ancestor IDs into the contract's proofs: each parent's content and, but
// for the crossing from a steps-level top claim, its dissection and the child's index in it.
func (e *Encoder) path(id dispute.Hash, ids []dispute.Hash) []bindings.ChallengeManagerUp {
	var ups []bindings.ChallengeManagerUp
	child := id
	for _, a := range ids {
		p, ok := e.M.Claim(a)
		if !ok {
			ups = append(ups, bindings.ChallengeManagerUp{Index: new(big.Int)})
			continue
		}
		up := bindings.ChallengeManagerUp{Parent: Claim(p.Claim), Index: new(big.Int)}
		if p.Dissected {
			up.Node = Node(p.Node)
			for i, c := range p.Children() {
				if c == child {
					up.Index.SetInt64(int64(i))
				}
			}
		}
		ups = append(ups, up)
		child = a
	}
	return ups
}

// Encode returns mv as a transaction. It reads the model for the claims mv names, so it must be
// called when the move is made (the model's Observer), before later moves change them.
func (e *Encoder) Encode(mv dispute.Move) (Tx, error) {
	tx := Tx{To: ChallengeManager, Value: new(big.Int)}
	switch mv.Kind {
	case "Assert":
		tx.Input = cmABI.PackAssertClaim(Claim(mv.Claim))
		tx.Value.SetUint64(e.M.P.Stakes[0])
	case "Dissect":
		tx.Input = cmABI.PackDissect(e.content(mv.ID), Node(mv.Node))
	case "Open":
		tx.Input = cmABI.PackOpen(e.content(mv.ID), e.node(mv.ID), big.NewInt(int64(mv.Index)))
	case "OpenLevel":
		tx.Input = cmABI.PackOpenLevel(e.content(mv.ID), mv.Data, mv.Commit)
		tx.Value.SetUint64(e.M.P.Stakes[1])
	case "ProveStep":
		tx.Input = cmABI.PackProveStep(e.content(mv.ID), mv.Data, mv.Proof)
	case "ConfirmByTime":
		tx.Input = cmABI.PackConfirmByTime(e.content(mv.ID), e.path(mv.ID, mv.Path))
	case "ConfirmByChildren":
		tx.Input = cmABI.PackConfirmByChildren(e.content(mv.ID), e.node(mv.ID), e.path(mv.ID, mv.Path))
	case "ConfirmByLevel":
		tx.Input = cmABI.PackConfirmByLevel(e.content(mv.ID), e.content(mv.Lower))
	case "Settle":
		tx.Input = cmABI.PackSettle(mv.ID)
	case "Cover":
		tx.Input = cmABI.PackCover(mv.ID, uint64(mv.Index))
	case "ConfirmPadding":
		tx.Input = cmABI.PackConfirmPadding(e.content(mv.ID))
	case "ConfirmAll":
		var cs []bindings.ChallengeManagerConf
		for _, c := range mv.Confs {
			f := bindings.ChallengeManagerConf{C: e.content(c.ID), Path: e.path(c.ID, c.Path)}
			switch c.By {
			case "time":
			case "children":
				f.By, f.Node = 1, e.node(c.ID)
			case "level":
				f.By, f.Lower, f.Path = 2, e.content(c.Lower), nil
			default:
				return Tx{}, fmt.Errorf("onchain: ConfirmAll: confirmation by %q", c.By)
			}
			cs = append(cs, f)
		}
		tx.Input = cmABI.PackConfirmAll(cs)
	case "Answer":
		var child [][32]byte
		if mv.Node != nil {
			child = Node(mv.Node)
		}
		tx.Input = cmABI.PackAnswer(e.content(mv.ID), e.node(mv.ID), e.content(mv.Rival), e.node(mv.Rival), big.NewInt(int64(mv.Index)), child)
	case "RollupAssert":
		a := mv.Assertion
		tx.To, tx.Input = Rollup, roABI.PackAssertState(bindings.RollupAssertion{Parent: a.Parent, BatchEnd: a.BatchEnd, StateRoot: a.StateRoot,
			History: a.History})
		tx.Value.SetUint64(mv.Value)
	case "RollupConfirm":
		tx.To, tx.Input = Rollup, roABI.PackConfirm(mv.ID)
	case "RollupReject":
		tx.To, tx.Input = Rollup, roABI.PackReject(mv.ID)
	case "ReturnBond":
		tx.To, tx.Input = Rollup, roABI.PackReturnBond()
	case "Slash":
		if e.Address == nil {
			return Tx{}, errors.New("onchain: Slash needs Encoder.Address")
		}
		tx.To, tx.Input = Rollup, roABI.PackSlash(e.Address(mv.Staker))
	default:
		return Tx{}, fmt.Errorf("onchain: unknown move %q", mv.Kind)
	}
	return tx, nil
}

// errorNames are the contracts' custom errors for the model's errors.
var errorNames = []struct {
	err  error
	name string
}{
	{dispute.ErrUnknownClaim, "UnknownClaim"}, {dispute.ErrClaimExists, "ClaimExists"}, {dispute.ErrBadClaim, "BadClaim"},
	{dispute.ErrOneStep, "OneStep"}, {dispute.ErrBadNode, "BadNode"}, {dispute.ErrNotDissected, "NotDissected"},
	{dispute.ErrDecided, "Decided"}, {dispute.ErrRefuted, "Refuted"}, {dispute.ErrNotChild, "NotChild"},
	{dispute.ErrTooEarly, "TooEarly"}, {dispute.ErrChildPending, "ChildPending"}, {dispute.ErrWrongLevel, "WrongLevel"},
	{dispute.ErrWrongPreState, "WrongPreState"}, {dispute.ErrBadLink, "BadLink"}, {dispute.ErrLevelNotOpened, "LevelNotOpened"},
	{dispute.ErrNotRivaled, "NotRivaled"}, {dispute.ErrUndecided, "Undecided"}, {dispute.ErrNoStake, "NoStake"},
	{dispute.ErrPadding, "Padding"}, {dispute.ErrNotPadding, "NotPadding"}, {dispute.ErrCovered, "Covered"},
	{dispute.ErrUnknownAssertion, "UnknownAssertion"}, {dispute.ErrAssertionExists, "AssertionExists"},
	{dispute.ErrRejected, "Rejected"}, {dispute.ErrBatchRange, "BatchRange"}, {dispute.ErrBondElsewhere, "BondElsewhere"},
	{dispute.ErrParentPending, "ParentPending"}, {dispute.ErrNotConfirmed, "NotConfirmed"}, {dispute.ErrNotRejected, "NotRejected"},
	{dispute.ErrAssertionDecided, "AssertionDecided"}, {dispute.ErrBondLocked, "BondLocked"}, {dispute.ErrNoBond, "NoBond"},
	{dispute.ErrNotProposer, "NotProposer"},
}

// ErrorName is the custom error the contracts revert with for a move the model refused with
// err ("" for nil; "" and false for an error the contracts have no name for).
func ErrorName(err error) (string, bool) {
	if err == nil {
		return "", true
	}
	for _, e := range errorNames {
		if errors.Is(err, e.err) {
			return e.name, true
		}
	}
	return "", false
}

// History is the level-0 history commitment of an assertion whose batch-boundary state roots
// are roots (the parent's first, then the root after each batch it covers): the start-state
// hashes of those roots (stf.StartHash, ChainMachine.boundary), padded with the last up to
// K^height0 positions. It is what an honest assertion's history is.
func History(k int, height0 uint8, roots []common.Hash) common.Hash {
	return dispute.Commitment{K: k, State: func(p uint64) dispute.Hash {
		return stf.StartHash(roots[min(p, uint64(len(roots)-1))])
	}}.Commit(0, height0)
}
