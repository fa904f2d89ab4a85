package executor

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/isa"
)

// Error is an answer with a chain/api error code; the RPC server sends the code. The executor
// answers (docs/api.md, "Errors"):
//
//   - api.CodeNotExecuted (4105) for what it has not reached yet and will: a block beyond its
//     head, a job index at or beyond its head state's job count, anything before its first
//     block, and a message whose status is written but whose block is not yet the head;
//   - api.CodeUnknown (4104) for a hash of no message it has executed, and for a job whose
//     record a later job reused. The executor learns of a message only by executing its block,
//     so a message the sequencer has but the executor has not reached is unknown to it too (the
//     sequencer's compute_getJob says where it is);
//   - api.CodeTooLarge (4101) for a job output beyond MaxOutput;
//   - -32000 (the RPC server's code for any other error) when its database fails it.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string  { return e.Message }
func (e *Error) ErrorCode() int { return e.Code }

func rpcErr(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// recordHeight is the height of a job record's node (two leaves).
const recordHeight = 1

// StateRoot returns block n's state root.
func (e *Executor) StateRoot(n uint64) (*api.StateRoot, error) {
	head, _, ok := e.Head()
	if !ok || n > head {
		return nil, rpcErr(api.CodeNotExecuted, "block %d is not executed yet (head %s)", n, headString(ok, head))
	}
	r, found, err := e.db.root(n)
	if err != nil {
		return nil, err
	}
	if !found {
		// Every applied block's root is written with it: the database is damaged.
		return nil, fmt.Errorf("executor: corrupt database: no state root for block %d (head %d)", n, head)
	}
	return &api.StateRoot{Block: hexutil.Uint64(n), StateRoot: r}, nil
}

// JobResult returns job j's record with its proof against the head state root, and its output.
func (e *Executor) JobResult(j uint64) (*api.JobResult, error) {
	e.mu.Lock()
	if !e.hasHead {
		e.mu.Unlock()
		return nil, rpcErr(api.CodeNotExecuted, "job %d is not executed yet (no block applied)", j)
	}
	head, root, view := e.head, e.headRoot, e.view
	g, err := stf.ReadGlobals(view)
	if err != nil {
		e.mu.Unlock()
		return nil, err
	}
	if j >= g.Jobs {
		e.mu.Unlock()
		return nil, rpcErr(api.CodeNotExecuted, "job %d is not executed yet: the state at block %d has %d jobs", j, head, g.Jobs)
	}
	if g.Jobs-j > stf.MaxRecords {
		e.mu.Unlock()
		return nil, rpcErr(api.CodeUnknown, "job %d: its record was reused by job %d", j, j+stf.MaxRecords)
	}
	a := layout.JobAddr(j)
	l0, l1 := view.ReadLeaf(a), view.ReadLeaf(a+isa.LeafSize)
	proof := view.ProveNode(a, recordHeight)
	rec, err := layout.DecodeJob([2]layout.Leaf{l0, l1})
	var prog layout.Program
	if err == nil {
		pa := layout.ProgramAddr(rec.Program)
		prog, _ = layout.DecodeProgram([2]layout.Leaf{view.ReadLeaf(pa), view.ReadLeaf(pa + isa.LeafSize)})
	}
	e.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("job %d: %w", j, err)
	}
	st := jobStatus(rec.Status)
	if st == "" {
		return nil, rpcErr(api.CodeNotExecuted, "job %d is reserved but not run", j)
	}
	out, found, err := e.db.output(j)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("job %d: the executor has no output for it", j)
	}
	if out.TooLarge != 0 {
		return nil, rpcErr(api.CodeTooLarge, "job %d: its output region holds %d bytes, beyond the %d the executor serves", j, out.TooLarge, MaxOutput)
	}
	return &api.JobResult{JobIndex: hexutil.Uint64(j), Block: hexutil.Uint64(head), StateRoot: root,
		Record: []hexutil.Bytes{l0[:], l1[:]}, Proof: proof, Status: st, Fault: rec.Fault, OutputRoot: rec.Output,
		Output: out.Bytes, ProgramRoot: prog.Root, Steps: hexutil.Uint64(prog.Steps)}, nil
}

// Job returns the status of the message with hash h (batch.Message.Hash: keccak256 of kind,
// account hint, program hint and body), once its block is executed.
//
// A block's statuses are written with the block, before the block becomes the head that
// JobResult and StateRoot read; a status past the head read first is answered "not executed
// yet" (api.CodeNotExecuted), so that no client sees "executed" and then "not executed yet" for
// the same job.
func (e *Executor) Job(h common.Hash) (*api.Job, error) {
	head, _, hasHead := e.Head()
	j, found, err := e.db.message(h)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, rpcErr(api.CodeUnknown, "no executed message with hash %v (head %s; the executor knows a message once it has executed its block: the sequencer's %s says where it is)",
			h, headString(hasHead, head), api.MethodGetJob)
	}
	if !hasHead || j.Block != nil && uint64(*j.Block) > head {
		return nil, rpcErr(api.CodeNotExecuted, "message %v: its block is not executed yet", h)
	}
	return j, nil
}

// computeAPI is the "compute" namespace the executor serves.
type computeAPI struct{ e *Executor }

// BlockNumber is compute_blockNumber: the last block the executor applied.
func (a *computeAPI) BlockNumber(context.Context) (hexutil.Uint64, error) {
	n, _, ok := a.e.Head()
	if !ok {
		return 0, rpcErr(api.CodeNotExecuted, "no block executed yet")
	}
	return hexutil.Uint64(n), nil
}

// GetStateRoot is compute_getStateRoot.
func (a *computeAPI) GetStateRoot(_ context.Context, block hexutil.Uint64) (*api.StateRoot, error) {
	return a.e.StateRoot(uint64(block))
}

// GetJobResult is compute_getJobResult.
func (a *computeAPI) GetJobResult(_ context.Context, job hexutil.Uint64) (*api.JobResult, error) {
	return a.e.JobResult(uint64(job))
}

// GetBatchRoot is compute_getBatchRoot.
func (a *computeAPI) GetBatchRoot(_ context.Context, batches hexutil.Uint64) (*api.BatchRoot, error) {
	return a.e.BatchRoot(uint64(batches))
}

// GetWithdrawal is compute_getWithdrawal.
func (a *computeAPI) GetWithdrawal(_ context.Context, w, batches hexutil.Uint64) (*api.Withdrawal, error) {
	return a.e.Withdrawal(uint64(w), uint64(batches))
}

// GetJob is compute_getJob.
func (a *computeAPI) GetJob(_ context.Context, hash common.Hash) (*api.Job, error) {
	return a.e.Job(hash)
}

// ethAPI serves eth_chainId.
type ethAPI struct{ chainID uint64 }

// ChainId is eth_chainId.
func (a *ethAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(a.chainID) } //nolint:revive // JSON-RPC name
