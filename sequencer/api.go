package sequencer

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
)

// The read side of the sequencer, as Go methods (the JSON-RPC methods below call them, and an
// executor in the same process can use the Sequencer as its block source).

func unknown(format string, args ...any) *Error {
	return refuse(api.CodeUnknown, "unknown", format, args...)
}

// Job returns where a message is: sequenced (block, index) or pending (admitted, durable). For
// a job, JobIndex is its job record's index, already fixed at admission.
//
// The hash is batch.Message.Hash (kind, account hint, program hint and body, signature
// included), so it names the sender already; account, if not nil, is a filter on the sender's
// account index. Otherwise the earliest message with the hash is returned.
func (s *Sequencer) Job(h common.Hash, account *uint32) (*api.Job, error) {
	// A block is written to the index before its messages leave the mempool, so a message missed
	// in both looks was moved between them: the second round finds it in the index.
	for range 2 {
		if j, err := s.sequencedJob(h, account); j != nil || err != nil {
			return j, err
		}
		if j := s.pendingJob(h, account); j != nil {
			return j, nil
		}
	}
	return nil, unknown("no message %s (the sequencer has not admitted it)", h)
}

// sequencedJob finds h in the message index. A block is indexed before it is published as the
// head (Block, BlockNumber and the batch tracker read the head), so a location past the head read
// first is not reported yet: the message is still in the mempool, or about to leave it.
func (s *Sequencer) sequencedJob(h common.Hash, account *uint32) (*api.Job, error) {
	head := s.batches.head()
	locs, err := s.locateAll(h)
	if err != nil {
		return nil, refuse(codeUnavailable, "unavailable", "message index: %v", err)
	}
	slices.SortFunc(locs, func(a, b location) int {
		return cmp.Or(cmp.Compare(a.Block, b.Block), cmp.Compare(a.Index, b.Index))
	})
	for _, loc := range locs {
		if account != nil && loc.Account != *account || int64(loc.Block) > head {
			continue
		}
		j := &api.Job{Hash: h, Kind: loc.Kind, Account: hexutil.Uint64(loc.Account), Status: api.StatusSequenced,
			Block: u64p(loc.Block), Index: u64p(uint64(loc.Index))}
		if loc.Kind == msg.KindJob {
			j.JobIndex = u64p(loc.Receipt)
		}
		if err := s.addBatch(j, loc.Block); err != nil {
			return nil, refuse(codeUnavailable, "unavailable", "block %d: %v", loc.Block, err)
		}
		return j, nil
	}
	return nil, nil
}

func (s *Sequencer) pendingJob(h common.Hash, account *uint32) *api.Job {
	e, ok := s.pool.find(h, account)
	if !ok {
		return nil
	}
	j := &api.Job{Hash: h, Kind: e.kind(), Account: hexutil.Uint64(e.msg.Account), Status: api.StatusPending}
	if e.kind() == msg.KindJob {
		j.JobIndex = u64p(e.receipt)
	}
	return j
}

func u64p(v uint64) *hexutil.Uint64 { x := hexutil.Uint64(v); return &x }

// Account returns the account of addr in the pending state.
func (s *Sequencer) Account(addr common.Address) (*api.Account, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.accounts[addr]
	if !ok {
		return nil, unknown("no account for %s (accounts are created by deposits)", addr)
	}
	a, _ := readAccount(s.pending, i)
	return &api.Account{Index: hexutil.Uint64(i), Address: a.Address, Nonce: hexutil.Uint64(a.Nonce), Balance: (*hexutil.Big)(a.Balance.ToBig())}, nil
}

// Program returns the registry entry of the program with root in the pending state: a ready
// one if there is one, else the latest registered; state "none" with the next free index if the
// root is not registered.
func (s *Sequencer) Program(root common.Hash) (*api.Program, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	idx := s.programs[root]
	if len(idx) == 0 {
		return &api.Program{Root: root, Index: hexutil.Uint64(s.nPrograms), State: "none"}, nil
	}
	pick := idx[len(idx)-1]
	var rec layout.Program
	for _, i := range idx {
		if r, ok := readProgram(s.pending, i); ok && r.State == layout.ProgramReady {
			pick = i
			break
		}
	}
	rec, _ = readProgram(s.pending, pick)
	state := "uploading"
	if rec.State == layout.ProgramReady {
		state = "ready"
	}
	return &api.Program{Root: root, Index: hexutil.Uint64(pick), State: state, Size: hexutil.Uint64(rec.Size), Steps: hexutil.Uint64(rec.Steps)}, nil
}

// BlockNumber returns the latest block's number; before the first block it is an *Error with
// api.CodeUnknown (blocks are numbered from 0).
func (s *Sequencer) BlockNumber(context.Context) (uint64, error) {
	head := s.batches.head()
	if head < 0 {
		return 0, unknown("no block yet")
	}
	return uint64(head), nil
}

// addBatch sets the batch of j's block and, once L1 holds that batch, where (status batched).
func (s *Sequencer) addBatch(j *api.Job, block uint64) error {
	b, err := s.storedBlock(block)
	if err != nil {
		return err
	}
	j.Batch = u64p(b.Batch)
	p, err := s.postedOf(b.Batch)
	if err != nil || p == nil {
		return err
	}
	tx := p.Tx
	j.Status, j.L1Tx, j.L1Block, j.BlobHashes = api.StatusBatched, &tx, u64p(p.L1Block), p.BlobHashes
	return nil
}

// storedBlock reads block n's record.
func (s *Sequencer) storedBlock(n uint64) (*storedBlock, error) {
	v, err := get(s.db, u64Key(tableBlock, n))
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, fmt.Errorf("block %d is not in the database", n)
	}
	return decodeBlock(n, v)
}

// Batch returns batch n: its blocks, whether it is sealed, and where L1 holds it. The open batch
// (the one blocks are joining) is returned with Sealed false; a later one is unknown.
func (s *Sequencer) Batch(_ context.Context, n uint64) (*api.Batch, error) {
	o := s.batches.open()
	switch {
	case n > o.Number:
		return nil, unknown("no batch %d: the open batch is %d", n, o.Number)
	case n == o.Number:
		b := &api.Batch{Number: hexutil.Uint64(n), First: hexutil.Uint64(o.First)}
		if last, ok := o.Last(); ok {
			b.Last = u64p(last)
			blk, err := s.storedBlock(last)
			if err != nil {
				return nil, refuse(codeUnavailable, "unavailable", "%v", err)
			}
			b.Delayed = hexutil.Uint64(blk.Delayed)
		}
		return b, nil
	}
	first64, last64, err := s.sealedRange(n)
	if err != nil {
		return nil, refuse(codeUnavailable, "unavailable", "batch %d: %v", n, err)
	}
	// While L1 lacks deposits the chain applied, a batch not on L1 may be built on them: posted,
	// it would be refused, or executed on L1 with other deposits. It waits for L1 to hold them
	// again or for re-sequencing.
	if from, _ := s.batches.posted(); n >= from {
		if why := s.rewound.Load(); why != nil {
			return nil, refuse(codeUnavailable, "unavailable", "batch %d: L1 no longer holds deposits the chain applied (%s); waiting for them or for re-sequencing", n, *why)
		}
	}
	last, err := s.storedBlock(last64)
	if err != nil {
		return nil, refuse(codeUnavailable, "unavailable", "%v", err)
	}
	b := &api.Batch{Number: hexutil.Uint64(n), First: hexutil.Uint64(first64), Last: u64p(last64), Sealed: true, Delayed: hexutil.Uint64(last.Delayed)}
	p, err := s.postedOf(n)
	if err != nil {
		return nil, refuse(codeUnavailable, "unavailable", "batch %d: %v", n, err)
	}
	if p != nil {
		b.Posted = &api.Posted{L1Tx: p.Tx, L1Block: hexutil.Uint64(p.L1Block), BlobHashes: p.BlobHashes}
	}
	return b, nil
}

// Block returns block n.
func (s *Sequencer) Block(_ context.Context, n uint64) (*api.Block, error) {
	head := s.batches.head()
	if int64(n) > head || int64(n) < 0 {
		if head < 0 {
			return nil, unknown("no block %d: no block yet", n)
		}
		return nil, unknown("no block %d: the latest is %d", n, head)
	}
	b, err := s.storedBlock(n)
	if err != nil {
		return nil, refuse(codeUnavailable, "unavailable", "%v", err)
	}
	out := &api.Block{Number: hexutil.Uint64(n), Timestamp: hexutil.Uint64(b.Timestamp), Delayed: hexutil.Uint64(b.Delayed),
		Batch: hexutil.Uint64(b.Batch), Hashes: b.Hashes, Payload: b.Payload}
	// A block read while re-sequencing drops it may be gone from the hashes or the delayed log:
	// unavailable, and the caller asks again.
	hash, _, ok := s.hashes.at(n)
	parent, pok := s.hashes.parent(n)
	prev := uint64(0)
	if n > 0 {
		_, prev, _ = s.hashes.at(n - 1)
	}
	ds, dok := s.delayed.span(prev, b.Delayed)
	if !ok || !pok || !dok {
		return nil, refuse(codeUnavailable, "unavailable", "block %d: being sequenced again", n)
	}
	for _, m := range ds {
		out.DelayedMessages = append(out.DelayedMessages, m)
	}
	out.Hash, out.Parent = hash, parent
	if out.ComputeHash() != hash {
		return nil, refuse(codeUnavailable, "unavailable", "block %d: being sequenced again", n)
	}
	return out, nil
}

// GetBatch is compute_getBatch.
func (a *computeAPI) GetBatch(ctx context.Context, n hexutil.Uint64) (*api.Batch, error) {
	return a.s.Batch(ctx, uint64(n))
}

// ChainConfig is what a client needs to sign and price messages for this chain.
func (s *Sequencer) ChainConfig() *api.ChainConfig {
	g := s.chain.Globals
	return &api.ChainConfig{ChainID: hexutil.Uint64(s.domain.ChainID), VerifyingContract: s.domain.VerifyingContract,
		DomainName: msg.DomainName, DomainVersion: msg.DomainVersion, StepPrice: hexutil.Uint64(g.StepPrice),
		BytePrice: hexutil.Uint64(g.BytePrice), FlatPrice: hexutil.Uint64(g.FlatPrice), HeapPrice: hexutil.Uint64(g.HeapPrice),
		FeeRecipient: hexutil.Uint64(g.FeeRecipient)}
}

// computeAPI is the "compute" namespace (chain/api): everything but the executor's methods.
type computeAPI struct{ s *Sequencer }

// The send methods take their parameter undecoded and decode it themselves (decodeSend): the RPC
// server would answer any decoding error with invalid params (-32602), and a signature that
// does not decode must have the code of one the chain finds invalid (4001).
func (a *computeAPI) send(k msg.Kind, raw json.RawMessage) (*api.SendResult, error) {
	req, err := decodeSend(raw)
	if err != nil {
		a.s.refused(k, err)
		return nil, err
	}
	h, err := a.s.Send(k, req)
	if err != nil {
		return nil, err
	}
	return &api.SendResult{Hash: h}, nil
}

// decodeSend decodes a send method's parameter (api.Send). A signature that does not decode is
// refused as badSignature says; anything else that does not decode is invalid params, with the
// message the RPC server gives.
func decodeSend(raw json.RawMessage) (api.Send, error) {
	var req api.Send
	err := json.Unmarshal(raw, &req)
	if err == nil {
		return req, nil
	}
	// Look at the signature alone (loosely: the error may be anywhere else).
	var loose struct {
		Message *struct {
			Signature json.RawMessage `json:"signature"`
		} `json:"message"`
	}
	if json.Unmarshal(raw, &loose) == nil && loose.Message != nil && len(loose.Message.Signature) > 0 &&
		string(loose.Message.Signature) != "null" {
		var sig msg.Signature
		if serr := json.Unmarshal(loose.Message.Signature, &sig); serr != nil {
			return api.Send{}, badSignature(serr)
		}
	}
	return api.Send{}, invalid("invalid argument 0: %v", err)
}

// SendJob is compute_sendJob.
func (a *computeAPI) SendJob(req json.RawMessage) (*api.SendResult, error) {
	return a.send(msg.KindJob, req)
}

// SendUpload is compute_sendUpload.
func (a *computeAPI) SendUpload(req json.RawMessage) (*api.SendResult, error) {
	return a.send(msg.KindUpload, req)
}

// SendWithdraw is compute_sendWithdraw.
func (a *computeAPI) SendWithdraw(req json.RawMessage) (*api.SendResult, error) {
	return a.send(msg.KindWithdraw, req)
}

// GetJob is compute_getJob. The optional second parameter, an account index, picks among
// several senders' identical messages (see Sequencer.Job).
func (a *computeAPI) GetJob(h common.Hash, account *hexutil.Uint64) (*api.Job, error) {
	if account == nil {
		return a.s.Job(h, nil)
	}
	if uint64(*account) > math.MaxUint32 {
		return nil, invalid("account %d: above 2^32-1", uint64(*account))
	}
	acc := uint32(*account)
	return a.s.Job(h, &acc)
}

// GetAccount is compute_getAccount.
func (a *computeAPI) GetAccount(addr common.Address) (*api.Account, error) { return a.s.Account(addr) }

// GetProgram is compute_getProgram.
func (a *computeAPI) GetProgram(root common.Hash) (*api.Program, error) { return a.s.Program(root) }

// GetBlock is compute_getBlock.
func (a *computeAPI) GetBlock(ctx context.Context, n hexutil.Uint64) (*api.Block, error) {
	return a.s.Block(ctx, uint64(n))
}

// BlockNumber is compute_blockNumber.
func (a *computeAPI) BlockNumber(ctx context.Context) (hexutil.Uint64, error) {
	n, err := a.s.BlockNumber(ctx)
	return hexutil.Uint64(n), err
}

// ChainConfig is compute_chainConfig.
func (a *computeAPI) ChainConfig() *api.ChainConfig { return a.s.ChainConfig() }

// ethAPI serves eth_chainId, so that generic Ethereum tooling can tell which chain it talks to.
type ethAPI struct{ id uint64 }

// ChainId is eth_chainId.
func (e *ethAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(e.id) } //nolint:revive // the JSON-RPC name
