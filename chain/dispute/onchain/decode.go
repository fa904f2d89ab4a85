package onchain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/contracts/bindings"
)

var (
	cmParsed = mustABI(bindings.ChallengeManagerMetaData.ParseABI())
	roParsed = mustABI(bindings.RollupMetaData.ParseABI())
)

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(fmt.Sprintf("onchain: the bindings' ABI does not parse: %v", err)) // generated code: unreachable
	}
	return a
}

// Party is the party an L1 address plays as in a mirror of the contracts (Decode, Apply).
func Party(a common.Address) dispute.Party { return dispute.Party(a.Hex()) }

// AddressOf is Party's inverse.
func AddressOf(p dispute.Party) common.Address { return common.HexToAddress(string(p)) }

// Decode is Encode's inverse: the move a successful transaction to `to` from `from` at block
// `now` made, as the model takes it. Replaying the contracts' successful transactions in order on
// a model with the same parameters (Apply) gives the model the contracts' state: a challenger's
// mirror of the game.
func Decode(to Target, input []byte, from common.Address, now uint64) (dispute.Move, error) {
	if len(input) < 4 {
		return dispute.Move{}, errors.New("onchain: calldata shorter than a selector")
	}
	a := cmParsed
	if to == Rollup {
		a = roParsed
	}
	method, err := a.MethodById(input[:4])
	if err != nil {
		return dispute.Move{}, fmt.Errorf("onchain: %s: %w", to, err)
	}
	args, err := method.Inputs.Unpack(input[4:])
	if err != nil {
		return dispute.Move{}, fmt.Errorf("onchain: %s.%s: %w", to, method.Name, err)
	}
	mv := dispute.Move{Who: Party(from), Now: now}
	claim := func(v any) dispute.Claim {
		c := *abi.ConvertType(v, new(bindings.ChallengeManagerClaim)).(*bindings.ChallengeManagerClaim)
		return dispute.Claim{Level: c.Level, Origin: c.Origin, Pos: c.Pos, Height: c.Height, StartCtx: c.StartCtx, Start: c.Start,
			End: c.End, Commit: c.Commit}
	}
	id := func(v any) dispute.Hash { c := claim(v); return c.ID() }
	node := func(v any) *dispute.Node {
		w := v.([][32]byte)
		if len(w) == 0 {
			return nil
		}
		k := len(w) / 2
		n := &dispute.Node{Ends: make([]dispute.Hash, k), Inners: make([]dispute.Hash, k)}
		for i := 0; i < k; i++ {
			n.Ends[i], n.Inners[i] = w[i], w[k+i]
		}
		return n
	}
	path := func(v any) []dispute.Hash {
		ups := *abi.ConvertType(v, new([]bindings.ChallengeManagerUp)).(*[]bindings.ChallengeManagerUp)
		out := make([]dispute.Hash, len(ups))
		for i, u := range ups {
			out[i] = id(u.Parent)
		}
		return out
	}
	switch method.Name {
	case "assertClaim":
		mv.Kind, mv.Claim = "Assert", claim(args[0])
	case "dissect":
		mv.Kind, mv.ID, mv.Node = "Dissect", id(args[0]), node(args[1])
	case "open":
		mv.Kind, mv.ID, mv.Index = "Open", id(args[0]), int(args[2].(*big.Int).Int64())
	case "openLevel":
		mv.Kind, mv.ID, mv.Data, mv.Commit = "OpenLevel", id(args[0]), args[1].([]byte), args[2].([32]byte)
	case "proveStep":
		mv.Kind, mv.ID, mv.Data, mv.Proof = "ProveStep", id(args[0]), args[1].([]byte), args[2].([]byte)
	case "confirmByTime":
		mv.Kind, mv.ID, mv.Path = "ConfirmByTime", id(args[0]), path(args[1])
	case "confirmByChildren":
		mv.Kind, mv.ID, mv.Path = "ConfirmByChildren", id(args[0]), path(args[2])
	case "confirmByLevel":
		mv.Kind, mv.ID, mv.Lower = "ConfirmByLevel", id(args[0]), id(args[1])
	case "settle":
		mv.Kind, mv.ID = "Settle", args[0].([32]byte)
	case "cover":
		mv.Kind, mv.ID, mv.Index = "Cover", args[0].([32]byte), int(args[1].(uint64))
	case "confirmPadding":
		mv.Kind, mv.ID = "ConfirmPadding", id(args[0])
	case "answer":
		mv.Kind, mv.ID, mv.Rival, mv.Index, mv.Node = "Answer", id(args[0]), id(args[2]), int(args[4].(*big.Int).Int64()), node(args[5])
	case "confirmAll":
		confs := *abi.ConvertType(args[0], new([]bindings.ChallengeManagerConf)).(*[]bindings.ChallengeManagerConf)
		mv.Kind = "ConfirmAll"
		for _, f := range confs {
			c := dispute.Confirmation{ID: id(f.C), Path: path(f.Path)}
			switch f.By {
			case 0:
				c.By = "time"
			case 1:
				c.By = "children"
			case 2:
				c.By, c.Lower = "level", id(f.Lower)
			default:
				return dispute.Move{}, fmt.Errorf("onchain: confirmAll: confirmation by %d", f.By)
			}
			mv.Confs = append(mv.Confs, c)
		}
	case "assertState":
		as := *abi.ConvertType(args[0], new(bindings.RollupAssertion)).(*bindings.RollupAssertion)
		mv.Kind, mv.Assertion = "RollupAssert", dispute.Assertion{Parent: as.Parent, BatchEnd: as.BatchEnd, StateRoot: as.StateRoot, History: as.History}
	case "confirm":
		mv.Kind, mv.ID = "RollupConfirm", args[0].([32]byte)
	case "reject":
		mv.Kind, mv.ID = "RollupReject", args[0].([32]byte)
	case "returnBond":
		mv.Kind = "ReturnBond"
	case "slash":
		mv.Kind, mv.Staker = "Slash", Party(args[0].(common.Address))
	default:
		return dispute.Move{}, fmt.Errorf("onchain: %s.%s is not a move", to, method.Name)
	}
	return mv, nil
}

// Apply makes mv on the model m (and the Rollup model r, for the Rollup's moves; nil without
// one) at mv.Now. A move the contract accepted must be accepted here too: an error means the
// mirror and the contracts disagree.
func Apply(m *dispute.Model, r *dispute.Rollup, mv dispute.Move) error {
	m.Now = mv.Now
	var err error
	switch mv.Kind {
	case "Assert":
		_, err = m.Assert(mv.Who, mv.Claim)
	case "Dissect":
		err = m.Dissect(mv.Who, mv.ID, mv.Node)
	case "Open":
		_, err = m.Open(mv.Who, mv.ID, mv.Index)
	case "OpenLevel":
		_, err = m.OpenLevel(mv.Who, mv.ID, mv.Data, mv.Commit)
	case "ProveStep":
		err = m.ProveStep(mv.Who, mv.ID, mv.Data, mv.Proof)
	case "ConfirmByTime":
		err = m.ConfirmByTime(mv.Who, mv.ID, mv.Path)
	case "ConfirmByChildren":
		err = m.ConfirmByChildren(mv.Who, mv.ID, mv.Path)
	case "ConfirmByLevel":
		err = m.ConfirmByLevel(mv.Who, mv.ID, mv.Lower)
	case "Settle":
		err = m.Settle(mv.Who, mv.ID)
	case "Cover":
		err = m.Cover(mv.Who, mv.ID, uint64(mv.Index))
	case "ConfirmPadding":
		err = m.ConfirmPadding(mv.Who, mv.ID)
	case "Answer":
		err = m.Answer(mv.Who, mv.ID, mv.Rival, mv.Index, mv.Node)
	case "ConfirmAll":
		err = m.ConfirmAll(mv.Who, mv.Confs)
	case "RollupAssert", "RollupConfirm", "RollupReject", "ReturnBond", "Slash":
		if r == nil {
			return fmt.Errorf("onchain: %s without a Rollup model", mv.Kind)
		}
		switch mv.Kind {
		case "RollupAssert":
			_, err = r.Assert(mv.Who, mv.Assertion)
		case "RollupConfirm":
			err = r.Confirm(mv.Who, mv.ID)
		case "RollupReject":
			err = r.Reject(mv.Who, mv.ID)
		case "ReturnBond":
			err = r.ReturnBond(mv.Who)
		case "Slash":
			err = r.Slash(mv.Who, mv.Staker)
		}
	default:
		return fmt.Errorf("onchain: unknown move %q", mv.Kind)
	}
	if err != nil {
		return fmt.Errorf("onchain: the mirror refuses %s by %s at block %d, which the contract took: %w", mv.Kind, mv.Who, mv.Now, err)
	}
	return nil
}
