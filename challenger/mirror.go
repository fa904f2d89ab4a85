package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/contracts/bindings"
)

// MirrorL1 is what a Mirror reads from L1 (ethclient.Client has it all).
type MirrorL1 interface {
	ethereum.ChainReader
	ethereum.TransactionReader
	ethereum.ContractCaller
	ethereum.BlockNumberReader
	ChainID(ctx context.Context) (*big.Int, error)
}

// Mirror is the dispute model of a Rollup and its ChallengeManager, fed only by the transactions
// L1 accepted (onchain.Decode, onchain.Apply): the contracts' state as the model holds it, which
// the honest Agent decides on (on a Clone). It reads every block's transactions sent directly to
// the two contracts; a move made through another contract is not seen.
type Mirror struct {
	l1         MirrorL1
	rollup, cm common.Address
	signer     types.Signer
	M          *dispute.Model
	R          *dispute.Rollup
	from       uint64      // the block the mirror started at
	next       uint64      // the next block to read
	lastHash   common.Hash // the hash of block next−1 as read
	// Reorgs counts the times L1 no longer held the last block read (a reorg or a rewind): the
	// mirror was then built again from its first block.
	Reorgs int
	// OnApply, if set, is told every move the mirror applies, with its transaction and receipt;
	// OnReset, when the mirror starts again from its first block (a reorg): the moves it was told
	// of are then told again as L1 now holds them.
	OnApply               func(mv dispute.Move, tx *types.Transaction, rc *types.Receipt)
	OnReset               func()
	inboxCount            uint64 // the batch count the Rollup fixed for the assertion being applied (R.Inbox)
	verdict               uint8  // the claim's status after the proveStep being applied
	verdictEnd, wrongPost dispute.Hash
}

// NewMirror reads the Rollup's parameters and starts a mirror at the Rollup's deployment block
// (from): the genesis assertion confirmed, the batches it fixed from the Inbox's count there.
func NewMirror(ctx context.Context, l1 MirrorL1, rollup common.Address, from uint64) (*Mirror, error) {
	mi := &Mirror{l1: l1, rollup: rollup, from: from}
	if err := mi.init(ctx); err != nil {
		return nil, err
	}
	return mi, nil
}

// init (re)starts the mirror at its first block. The model's closures (the Rollup's batch count,
// the machine's verdict) read mi itself: a mirror is rebuilt in place, never copied.
func (mi *Mirror) init(ctx context.Context) error {
	l1, rollup := mi.l1, mi.rollup
	mi.next, mi.lastHash, mi.verdict = mi.from, common.Hash{}, 0
	if mi.OnReset != nil {
		mi.OnReset()
	}
	rb, cb := bindings.NewRollup(), bindings.NewChallengeManager()
	var err error
	get := func(to common.Address, data []byte) []byte {
		if err != nil {
			return nil
		}
		var out []byte
		out, err = l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		return out
	}
	cmAddr, _ := rb.UnpackChallengeManager(get(rollup, rb.PackChallengeManager()))
	bond, _ := rb.UnpackBond(get(rollup, rb.PackBond()))
	genesis, _ := rb.UnpackGenesis(get(rollup, rb.PackGenesis()))
	gs, _ := rb.UnpackAssertionState(get(rollup, rb.PackAssertionState(genesis)))
	k, _ := cb.UnpackK(get(cmAddr, cb.PackK()))
	h0, _ := cb.UnpackHeight0(get(cmAddr, cb.PackHeight0()))
	h1, _ := cb.UnpackHeight1(get(cmAddr, cb.PackHeight1()))
	period, _ := cb.UnpackChallengePeriod(get(cmAddr, cb.PackChallengePeriod()))
	s0, _ := cb.UnpackStake0(get(cmAddr, cb.PackStake0()))
	s1, _ := cb.UnpackStake1(get(cmAddr, cb.PackStake1()))
	reward, _ := cb.UnpackReward(get(cmAddr, cb.PackReward()))
	if err != nil {
		return fmt.Errorf("challenger: Rollup %s: %w", rollup, err)
	}
	for _, v := range []*big.Int{k, bond, s0, s1, reward} {
		if v == nil || !v.IsUint64() {
			return fmt.Errorf("challenger: Rollup %s: a parameter beyond 64 bits", rollup)
		}
	}
	chainID, err := l1.ChainID(ctx)
	if err != nil {
		return err
	}
	mi.cm, mi.signer = cmAddr, types.LatestSignerForChainID(chainID)
	mi.wrongPost = crypto.Keccak256Hash([]byte("refuted by the contract"))
	mach := ChainMachine{StepFn: func(_, _ []byte) (dispute.Hash, error) {
		if mi.verdict == 2 {
			return mi.verdictEnd, nil
		}
		return mi.wrongPost, nil
	}}
	p := dispute.Params{K: int(k.Uint64()), Heights: [2]uint8{h0, h1}, ChallengePeriod: period, Stakes: [2]uint64{s0.Uint64(), s1.Uint64()},
		Reward: reward.Uint64()}
	if mi.M, err = dispute.New(p, mach); err != nil {
		return err
	}
	if mi.inboxCount, err = mi.nextInbox(ctx, genesis, nil); err != nil {
		return err
	}
	if mi.R, err = dispute.NewRollup(mi.M, gs.StateRoot, stf.StartHash, func() uint64 { return mi.inboxCount }, bond.Uint64()); err != nil {
		return err
	}
	if mi.R.Genesis != genesis {
		return fmt.Errorf("challenger: the mirror's genesis assertion %s is not the Rollup's %x", mi.R.Genesis, genesis)
	}
	return nil
}

// nextInbox is the batch count the Rollup fixed for the children of assertion id when it made
// it (the Inbox's count at that moment of its block, which the block's end may not show), as the
// Rollup recorded it; at block `at` (nil: the head).
func (mi *Mirror) nextInbox(ctx context.Context, id [32]byte, at *big.Int) (uint64, error) {
	rb := bindings.NewRollup()
	out, err := mi.l1.CallContract(ctx, ethereum.CallMsg{To: &mi.rollup, Data: rb.PackAssertions(id)}, at)
	if err != nil {
		return 0, fmt.Errorf("challenger: Rollup.assertions(%x): %w", id, err)
	}
	rec, err := rb.UnpackAssertions(out)
	if err != nil {
		return 0, err
	}
	return rec.NextInbox, nil
}

// Sync reads the blocks up to the L1 head and applies every successful transaction sent to the
// Rollup or the ChallengeManager. It returns how many it applied. If L1 no longer holds the last
// block it read (a reorg or a rewind), the mirror is built again from its first block (Reorgs).
func (mi *Mirror) Sync(ctx context.Context) (int, error) {
	head, err := mi.l1.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	if mi.next > mi.from {
		last, err := mi.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(mi.next-1))
		if err != nil {
			return 0, fmt.Errorf("challenger: L1 block %d: %w", mi.next-1, err)
		}
		if last.Hash() != mi.lastHash {
			// L1 took back blocks the mirror applied: what they held may be elsewhere now, or
			// gone. The model cannot undo moves, so it is built again from the first block.
			mi.Reorgs++
			if err := mi.init(ctx); err != nil {
				return 0, err
			}
		}
	}
	applied := 0
	for ; mi.next <= head; mi.next++ {
		b, err := mi.l1.BlockByNumber(ctx, new(big.Int).SetUint64(mi.next))
		if err != nil {
			return applied, fmt.Errorf("challenger: L1 block %d: %w", mi.next, err)
		}
		if mi.next > mi.from && b.ParentHash() != mi.lastHash {
			return applied, fmt.Errorf("challenger: L1 block %d does not extend the block read before it (a reorg while reading): the next round reads again", mi.next)
		}
		mi.lastHash = b.Hash()
		for _, tx := range b.Transactions() {
			if tx.To() == nil || (*tx.To() != mi.rollup && *tx.To() != mi.cm) {
				continue
			}
			n, err := mi.apply(ctx, b, tx)
			if err != nil {
				return applied, err
			}
			applied += n
		}
		mi.M.Now = mi.next
	}
	return applied, nil
}

// apply applies one transaction of block b, if it succeeded.
func (mi *Mirror) apply(ctx context.Context, b *types.Block, tx *types.Transaction) (int, error) {
	r, err := mi.l1.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return 0, fmt.Errorf("challenger: receipt of %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return 0, nil
	}
	from, err := types.Sender(mi.signer, tx)
	if err != nil {
		return 0, err
	}
	to := onchain.ChallengeManager
	if *tx.To() == mi.rollup {
		to = onchain.Rollup
	}
	mv, err := onchain.Decode(to, tx.Data(), from, b.NumberU64())
	if err != nil {
		return 0, fmt.Errorf("challenger: transaction %s: %w", tx.Hash(), err)
	}
	if mv.Kind == "RollupAssert" {
		// The Rollup fixed the new assertion's children's batches from the Inbox's count as it
		// ran, which the block's end may not show: take what it recorded.
		if mi.inboxCount, err = mi.nextInbox(ctx, mv.Assertion.ID(), b.Number()); err != nil {
			return 0, err
		}
	}
	if mv.Kind == "ProveStep" {
		if err := mi.readVerdict(ctx, mv.ID, b.NumberU64()); err != nil {
			return 0, err
		}
	}
	if err := onchain.Apply(mi.M, mi.R, mv); err != nil {
		return 0, fmt.Errorf("challenger: transaction %s at block %d: %w", tx.Hash(), b.NumberU64(), err)
	}
	if mi.OnApply != nil {
		mi.OnApply(mv, tx, r)
	}
	return 1, nil
}

// readVerdict reads what the ChallengeManager decided about the claim a proveStep moved on: the
// mirror's step returns the claim's end if it was confirmed (ChainVM ran the step; the mirror
// does not run it again).
func (mi *Mirror) readVerdict(ctx context.Context, id dispute.Hash, block uint64) error {
	r, ok := mi.M.Claim(id)
	if !ok {
		return errors.New("challenger: a proveStep on a claim the mirror does not have")
	}
	cb := bindings.NewChallengeManager()
	out, err := mi.l1.CallContract(ctx, ethereum.CallMsg{To: &mi.cm, Data: cb.PackClaims(id)}, new(big.Int).SetUint64(block))
	if err != nil {
		return err
	}
	c, err := cb.UnpackClaims(out)
	if err != nil {
		return err
	}
	mi.verdict, mi.verdictEnd = c.Status, r.End
	return nil
}
