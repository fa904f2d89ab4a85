package derive

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/l1data"
)

// Delayed is one delayed message: today always a Bridge deposit.
type Delayed struct {
	Index   uint64      // position in the Inbox's delayed queue
	Hash    common.Hash // keccak256 of the message: what the Inbox accumulated
	Deposit *l1data.Deposit
	L1Block uint64 // the block that enqueued it
}

// Message returns the message bytes the Inbox accumulated the hash of (the chain machine's
// delayed-message oracle data).
func (d *Delayed) Message() []byte { return d.Deposit.Encode() }

// DelayedMessages returns delayed messages fromIndex to toIndex−1 (toIndex is a count, like a
// batch's DelayedCount), as of the L1 head. It fails with ErrNotOnL1 if the Inbox holds fewer
// than toIndex messages, and checks the messages against the Inbox's accumulators
// delayedAcc(fromIndex) and delayedAcc(toIndex).
func (s *Source) DelayedMessages(ctx context.Context, fromIndex, toIndex uint64) ([]Delayed, error) {
	if toIndex < fromIndex {
		return nil, fmt.Errorf("derive: delayed messages %d to %d: empty range reversed", fromIndex, toIndex)
	}
	if toIndex == fromIndex {
		return nil, nil
	}
	head, err := s.header(ctx, nil)
	if err != nil {
		return nil, err
	}
	count, err := inboxView(ctx, s, head, "delayedCount()", s.inboxABI.PackDelayedCount(), s.inboxABI.UnpackDelayedCount)
	if err != nil {
		return nil, err
	}
	if toIndex > count {
		return nil, fmt.Errorf("%w: delayed messages up to %d wanted, the Inbox holds %d at block %d", ErrNotOnL1, toIndex, count, head.Number)
	}
	accFrom, err := inboxView(ctx, s, head, fmt.Sprintf("delayedAcc(%d)", fromIndex), s.inboxABI.PackDelayedAcc(fromIndex), s.inboxABI.UnpackDelayedAcc)
	if err != nil {
		return nil, err
	}
	accTo, err := inboxView(ctx, s, head, fmt.Sprintf("delayedAcc(%d)", toIndex), s.inboxABI.PackDelayedAcc(toIndex), s.inboxABI.UnpackDelayedAcc)
	if err != nil {
		return nil, err
	}
	t, err := inboxView(ctx, s, head, fmt.Sprintf("delayedTime(%d)", fromIndex), s.inboxABI.PackDelayedTime(fromIndex), s.inboxABI.UnpackDelayedTime)
	if err != nil {
		return nil, err
	}
	start, err := s.blockAtTime(ctx, t, head)
	if err != nil {
		return nil, fmt.Errorf("derive: block of delayed message %d: %w", fromIndex, err)
	}

	// The Bridge's deposit() emits the Inbox's DelayedMessage (the hash) and then its own
	// Deposit (the message): collect both for every index in range, in one scan.
	n := toIndex - fromIndex
	out := make([]Delayed, n)
	haveHash, haveDeposit := make([]bool, n), make([]bool, n)
	filled := uint64(0) // slots with both halves
	q := ethereum.FilterQuery{
		Addresses: []common.Address{s.inbox, s.bridge},
		Topics:    [][]common.Hash{{s.topics.delayedMessage, s.topics.deposit}},
	}
	err = s.scanLogs(ctx, q, start, head.Number.Uint64(), func(l *types.Log) (bool, error) {
		index, isHash, err := s.delayedHalf(l, out, fromIndex, toIndex)
		if err != nil || index < fromIndex || index >= toIndex {
			return false, err
		}
		i := index - fromIndex
		have := haveDeposit
		if isHash {
			have = haveHash
		}
		if have[i] {
			return false, fmt.Errorf("%w: delayed message %d appears twice (block %d)", ErrGap, index, l.BlockNumber)
		}
		have[i] = true
		if haveHash[i] && haveDeposit[i] {
			filled++
		}
		return filled == n, nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		if !haveHash[i] || !haveDeposit[i] {
			return nil, fmt.Errorf("%w: delayed message %d: DelayedMessage found %t, Deposit found %t, up to block %d",
				ErrGap, fromIndex+uint64(i), haveHash[i], haveDeposit[i], head.Number)
		}
	}

	acc := common.Hash(accFrom)
	for i := range out {
		if h := out[i].Deposit.Hash(); h != out[i].Hash {
			return nil, fmt.Errorf("%w: delayed message %d: Deposit message hashes to %s, DelayedMessage says %s", ErrBadLog, out[i].Index, h, out[i].Hash)
		}
		acc = l1data.NextAcc(acc, out[i].Hash)
	}
	if acc != accTo {
		return nil, fmt.Errorf("%w: messages %d to %d extend %s to %s, the Inbox has %s",
			ErrAccumulatorMismatch, fromIndex, toIndex-1, common.Hash(accFrom), acc, common.Hash(accTo))
	}
	s.log.Debug("Derived delayed messages", "from", fromIndex, "to", toIndex-1)
	return out, nil
}

// delayedHalf parses a DelayedMessage or Deposit log and, if its index is in [from, to), stores
// its half of the message in out. It returns the index and which half the log was.
func (s *Source) delayedHalf(l *types.Log, out []Delayed, from, to uint64) (index uint64, isHash bool, err error) {
	switch {
	case l.Address == s.inbox && len(l.Topics) > 0 && l.Topics[0] == s.topics.delayedMessage:
		ev, err := s.inboxABI.UnpackDelayedMessageEvent(l)
		if err != nil {
			return 0, false, fmt.Errorf("%w: DelayedMessage in tx %s: %v", ErrBadLog, l.TxHash, err)
		}
		if ev.Index >= from && ev.Index < to {
			d := &out[ev.Index-from]
			d.Index, d.Hash, d.L1Block = ev.Index, ev.MessageHash, l.BlockNumber
		}
		return ev.Index, true, nil
	case l.Address == s.bridge && len(l.Topics) > 0 && l.Topics[0] == s.topics.deposit:
		ev, err := s.bridgeABI.UnpackDepositEvent(l)
		if err != nil {
			return 0, false, fmt.Errorf("%w: Deposit in tx %s: %v", ErrBadLog, l.TxHash, err)
		}
		if ev.DelayedIndex < from || ev.DelayedIndex >= to {
			return ev.DelayedIndex, false, nil
		}
		dep, err := l1data.DecodeDeposit(ev.Message)
		if err != nil {
			return 0, false, fmt.Errorf("%w: Deposit in tx %s: %v", ErrBadLog, l.TxHash, err)
		}
		// The event's fields are indexed for filtering; the message is what the chain applies.
		// They must agree, or the log is not what the Bridge emitted.
		amount, overflow := uint256.FromBig(ev.Amount)
		if overflow || dep.Index != ev.Index || dep.To != ev.To || !dep.Amount.Eq(amount) {
			return 0, false, fmt.Errorf("%w: Deposit in tx %s: message %x contradicts the event's fields", ErrBadLog, l.TxHash, ev.Message)
		}
		out[ev.DelayedIndex-from].Deposit = &dep
		return ev.DelayedIndex, false, nil
	}
	return 0, false, fmt.Errorf("%w: unexpected log from %s in tx %s", ErrBadLog, l.Address, l.TxHash)
}
