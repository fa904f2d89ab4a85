package executor

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Withdrawal proofs against old state roots (docs/spec/dispute.md §10).
//
// Bridge.finalizeWithdrawal checks a withdrawal against the state root of a confirmed
// assertion: the state after some batch, often many batches behind the head. The executor keeps
// only the head state, but it need not keep old states to prove a withdrawal in them:
//
//   - the withdrawals region is append-only (record w is written once, at slot w mod 2^30, and
//     while the chain holds at most 2^30 withdrawals no slot is reused), so the region as it was
//     when the chain held c withdrawals is the head's region with the records from c on zeroed.
//     A proof's 30 siblings inside the region are head nodes wholly below c, zero subtrees wholly
//     at or above c, and at most one node per height that straddles c, recomputed from its
//     children (histNode);
//   - the 4 siblings above the region and globals leaf 0 with its 35 siblings change with every
//     batch; they are what a checkpoint keeps for each sealed batch (1,312 bytes).
//
// A batch is sealed when the state machine's END step counts it: for a batch of sequencer
// blocks, when the first block of the next batch arrives (enterBatch); for a whole batch
// (forced or rejected), when it is applied. So the state after the newest batch is not provable
// until the next batch begins, which an assertion, made from L1 data, never needs sooner.

// withdrawalsHeight is the height of the withdrawals region's node (2^36 bytes); recordHeight is
// a record's.
const withdrawalsHeight = layout.RegionBits - 5

// checkpoint is what the state after a sealed batch contributes to withdrawal proofs.
type checkpoint struct {
	batches  uint64      // the batch count (the globals' batches field)
	root     common.Hash // the state root
	globals0 common.Hash // globals leaf 0
	gproof   [isa.TreeDepth]common.Hash
	top      [isa.TreeDepth - withdrawalsHeight]common.Hash // the siblings of the withdrawals region
}

// newCheckpoint records sealed, the state after a batch's END.
func newCheckpoint(sealed *memory.Memory) (*checkpoint, error) {
	g, err := stf.ReadGlobals(sealed)
	if err != nil {
		return nil, err
	}
	cp := &checkpoint{batches: g.Batches, root: sealed.Root(), globals0: sealed.ReadLeaf(layout.GlobalsBase),
		gproof: sealed.ProveLeaf(layout.GlobalsBase)}
	copy(cp.top[:], sealed.ProveNode(layout.WithdrawalsBase, withdrawalsHeight))
	return cp, nil
}

const checkpointSize = 2*common.HashLength + common.HashLength*(isa.TreeDepth+isa.TreeDepth-withdrawalsHeight)

func (c *checkpoint) encode() []byte {
	out := make([]byte, 0, checkpointSize)
	out = append(out, c.root[:]...)
	out = append(out, c.globals0[:]...)
	for _, h := range c.gproof {
		out = append(out, h[:]...)
	}
	for _, h := range c.top {
		out = append(out, h[:]...)
	}
	return out
}

func decodeCheckpoint(batches uint64, v []byte) (*checkpoint, error) {
	if len(v) != checkpointSize {
		return nil, fmt.Errorf("executor: corrupt database: checkpoint of batch count %d has %d bytes", batches, len(v))
	}
	c := &checkpoint{batches: batches}
	hash := func() (h common.Hash) { h, v = common.Hash(v[:32]), v[32:]; return }
	c.root, c.globals0 = hash(), hash()
	for i := range c.gproof {
		c.gproof[i] = hash()
	}
	for i := range c.top {
		c.top[i] = hash()
	}
	return c, nil
}

// BatchRoot returns the state root after `batches` batches: the genesis root for 0, else the
// root its checkpoint holds once the batch is sealed.
func (e *Executor) BatchRoot(batches uint64) (*api.BatchRoot, error) {
	if batches == 0 {
		return &api.BatchRoot{StateRoot: e.chain.Root()}, nil
	}
	cp, ok, err := e.db.checkpoint(batches)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, rpcErr(api.CodeNotExecuted, "the state after %d batches is not reached yet: the executor seals a batch when the next one begins", batches)
	}
	return &api.BatchRoot{Batches: hexutil.Uint64(batches), StateRoot: cp.root}, nil
}

// sealEnded writes the checkpoint of the head's batch as soon as the source says the head is
// its last block (BatchEnds), instead of when the next batch begins. The head state is not
// changed: the batch is sealed on a snapshot, which is what the next block's enterBatch will do
// again, to the same root.
func (e *Executor) sealEnded(ctx context.Context) error {
	be, ok := e.src.(BatchEnds)
	if !ok || e.next == 0 {
		return nil
	}
	head := e.next - 1
	_, b, ok, err := e.db.rootRecord(head)
	if err != nil || !ok || e.sealedEarly == b+1 {
		return err
	}
	work := e.state.Snapshot()
	g, err := stf.ReadGlobals(work)
	if err != nil {
		return err
	}
	if g.Batches != b {
		e.sealedEarly = b + 1 // a whole batch, sealed when applied
		return nil
	}
	last, ended, err := be.BatchEnd(ctx, b)
	if err != nil || !ended {
		return err
	}
	if last != head {
		if last < head {
			return fmt.Errorf("executor: the source says batch %d ended at block %d, the head %d is in it", b, last, head)
		}
		return nil
	}
	stf.SealBatch(work)
	cp, err := newCheckpoint(work)
	if err != nil {
		return err
	}
	if err := e.db.putCheckpoint(cp); err != nil {
		return fmt.Errorf("executor: checkpoint of batch %d: %w", b, err)
	}
	e.sealedEarly = b + 1
	e.log.Debug("Batch sealed at its last block", "batch", b, "block", head, "root", cp.root)
	return nil
}

// Withdrawal returns withdrawal w's record with the proofs Bridge.finalizeWithdrawal checks
// against the state root after `batches` batches.
func (e *Executor) Withdrawal(w, batches uint64) (*api.Withdrawal, error) {
	if batches == 0 {
		return nil, rpcErr(api.CodeUnknown, "withdrawal %d is not in the genesis state, which holds none", w)
	}
	cp, ok, err := e.db.checkpoint(batches)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, rpcErr(api.CodeNotExecuted, "the state after %d batches is not reached yet: the executor seals a batch when the next one begins", batches)
	}
	count := binary.BigEndian.Uint64(cp.globals0[24:])
	if w >= count {
		return nil, rpcErr(api.CodeUnknown, "withdrawal %d is not in the state after %d batches, which holds %d withdrawals", w, batches, count)
	}
	e.mu.Lock()
	view := e.view
	g, err := stf.ReadGlobals(view)
	if err != nil {
		e.mu.Unlock()
		return nil, err
	}
	if g.Withdrawals > client.MaxWithdrawals {
		e.mu.Unlock()
		return nil, rpcErr(api.CodeUnknown, "withdrawal proofs are served while the chain holds at most 2^30 withdrawals; it holds %d", g.Withdrawals)
	}
	proof := make([]common.Hash, 0, isa.TreeDepth-recordHeight)
	for h := uint(recordHeight); h < withdrawalsHeight; h++ {
		proof = append(proof, histNode(view, (w>>(h-recordHeight))^1, h, count))
	}
	a := layout.WithdrawalAddr(w)
	l0, l1 := view.ReadLeaf(a), view.ReadLeaf(a+isa.LeafSize)
	e.mu.Unlock()
	proof = append(proof, cp.top[:]...)

	rec, err := layout.DecodeWithdrawal([2]layout.Leaf{l0, l1})
	if err != nil {
		return nil, fmt.Errorf("withdrawal %d: %w", w, err)
	}
	out := &api.Withdrawal{Index: hexutil.Uint64(w), Batches: hexutil.Uint64(batches), StateRoot: cp.root, To: rec.To,
		Amount: (*hexutil.Big)(rec.Amount.ToBig()), Proof: proof, Globals0: cp.globals0, GlobalsProof: cp.gproof[:]}
	// The proof is rebuilt from the head and a checkpoint: check it as the Bridge will, so that a
	// bug here is an error, never a proof the Bridge refuses.
	if err := client.VerifyWithdrawal(out); err != nil {
		return nil, fmt.Errorf("executor: withdrawal %d after %d batches: %w", w, batches, err)
	}
	return out, nil
}

// histNode is the node at height h ≥ 1 of the withdrawals region, index i at that height (it
// covers records [i·2^(h−1), (i+1)·2^(h−1))), as it was when the chain held `count`
// withdrawals: the head's node when it lies wholly below count, a zero subtree when wholly at or
// above, else the hash of its two children so computed.
func histNode(head *memory.Memory, i uint64, h uint, count uint64) common.Hash {
	lo := i << (h - recordHeight)
	hi := lo + 1<<(h-recordHeight)
	switch {
	case hi <= count:
		return head.NodeHash(layout.WithdrawalsBase+lo*layout.RecordSize, h)
	case lo >= count:
		return memory.ZeroHash(h)
	}
	l, r := histNode(head, 2*i, h-1, count), histNode(head, 2*i+1, h-1, count)
	return crypto.Keccak256Hash(l[:], r[:])
}
