// Package client is the Go client of crollup's JSON-RPC API (chain/api): sending signed
// messages to a sequencer, following their status, reading accounts, programs and blocks, and
// fetching job results from an executor with the proofs that make them trustworthy
// (VerifyJobResult).
//
// It is the client side of docs/api.md.
package client

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
)

// Client talks to one crollup endpoint (a sequencer or an executor).
type Client struct{ c *rpc.Client }

// Dial connects to a JSON-RPC endpoint (http://, ws:// or an IPC path).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("client: dial %s: %w", url, err)
	}
	return &Client{c: c}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// Error is an error answered by the server, with its JSON-RPC code (chain/api's codes).
type Error struct {
	Method  string
	Code    int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s (code %d)", e.Method, e.Message, e.Code) }

// Skip returns the chain's skip reason for a rejected message, if the error is one.
func (e *Error) Skip() (layout.Skip, bool) {
	r := e.Code - api.CodeSkipBase
	if r > 0 && r <= int(layout.SkipMalformed) {
		return layout.Skip(r), true
	}
	return 0, false
}

// NotFound reports whether err is the endpoint's answer that it does not have what was asked
// (api.CodeUnknown) or not yet (api.CodeNotExecuted): a caller following a chain waits and asks
// again, where any other error is a failure.
func NotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Code == api.CodeUnknown || e.Code == api.CodeNotExecuted)
}

func (c *Client) call(ctx context.Context, out any, method string, args ...any) error {
	err := c.c.CallContext(ctx, out, method, args...)
	var re rpc.Error
	if errors.As(err, &re) {
		return &Error{Method: method, Code: re.ErrorCode(), Message: re.Error()}
	}
	if err != nil {
		return fmt.Errorf("client: %s: %w", method, err)
	}
	return nil
}

// ChainConfig returns the chain's configuration (EIP-712 domain, prices).
func (c *Client) ChainConfig(ctx context.Context) (*api.ChainConfig, error) {
	var out api.ChainConfig
	return &out, c.call(ctx, &out, api.MethodChainConfig)
}

// Send sends a signed message with its program index hint and data (job input or upload
// chunk), choosing the method by kind, and returns its hash once the sequencer has admitted it
// durably.
func (c *Client) Send(ctx context.Context, s *msg.Signed, program uint32, data []byte) (common.Hash, error) {
	method := sendMethod(s)
	if method == "" {
		return common.Hash{}, fmt.Errorf("client: send: %w: %d", msg.ErrUnknownKind, s.Kind)
	}
	var out api.SendResult
	err := c.call(ctx, &out, method, api.Send{Message: s, Program: hexutil.Uint64(program), Data: data})
	return out.Hash, err
}

// SendItem is one message for SendBatch: what Send takes.
type SendItem struct {
	Msg     *msg.Signed
	Program uint32
	Data    []byte
}

// MaxSendBatch is the most calls SendBatch puts in one JSON-RPC request: under the sequencer's
// default rpc-batch-limit (100), whose requests over it go unanswered.
const MaxSendBatch = 64

// SendBatch sends messages as JSON-RPC batches of at most MaxSendBatch send calls, one request
// at a time, in order. The sequencer admits a batch's messages together (their signatures
// checked in parallel, one fsync for all) and answers each call as it would answer Send: hashes[i]
// and errs[i] are message i's hash and error (an *Error when the sequencer refused it). err
// reports a failed request (transport, context); the messages not answered then have it as
// their errs entry, and may or may not have been admitted.
func (c *Client) SendBatch(ctx context.Context, items []SendItem) (hashes []common.Hash, errs []error, err error) {
	hashes, errs = make([]common.Hash, len(items)), make([]error, len(items))
	for i0 := 0; i0 < len(items); i0 += MaxSendBatch {
		chunk := items[i0:min(i0+MaxSendBatch, len(items))]
		elems := make([]rpc.BatchElem, 0, len(chunk))
		results := make([]api.SendResult, len(chunk))
		idx := make([]int, 0, len(chunk))
		for k, it := range chunk {
			method := sendMethod(it.Msg)
			if method == "" {
				errs[i0+k] = fmt.Errorf("client: send: %w", msg.ErrUnknownKind)
				continue
			}
			elems = append(elems, rpc.BatchElem{
				Method: method,
				Args:   []any{api.Send{Message: it.Msg, Program: hexutil.Uint64(it.Program), Data: it.Data}},
				Result: &results[k],
			})
			idx = append(idx, k)
		}
		if len(elems) == 0 {
			continue
		}
		if err := c.c.BatchCallContext(ctx, elems); err != nil {
			err = fmt.Errorf("client: send batch: %w", err)
			for i := i0; i < len(items); i++ {
				if errs[i] == nil {
					errs[i] = err
				}
			}
			return hashes, errs, err
		}
		for e, k := range idx {
			var re rpc.Error
			switch {
			case errors.As(elems[e].Error, &re):
				errs[i0+k] = &Error{Method: elems[e].Method, Code: re.ErrorCode(), Message: re.Error()}
			case elems[e].Error != nil:
				errs[i0+k] = fmt.Errorf("client: %s: %w", elems[e].Method, elems[e].Error)
			default:
				hashes[i0+k] = results[k].Hash
			}
		}
	}
	return hashes, errs, nil
}

// sendMethod is the send method for a message's kind ("" for an unknown kind).
func sendMethod(s *msg.Signed) string {
	if s == nil {
		return ""
	}
	return map[msg.Kind]string{msg.KindJob: api.MethodSendJob, msg.KindUpload: api.MethodSendUpload, msg.KindWithdraw: api.MethodSendWithdraw}[s.Kind]
}

// GetJob returns where a message is (by hash).
func (c *Client) GetJob(ctx context.Context, hash common.Hash) (*api.Job, error) {
	var out api.Job
	return &out, c.call(ctx, &out, api.MethodGetJob, hash)
}

// GetAccount returns an account by address.
func (c *Client) GetAccount(ctx context.Context, addr common.Address) (*api.Account, error) {
	var out api.Account
	return &out, c.call(ctx, &out, api.MethodGetAccount, addr)
}

// GetProgram returns a program's registry entry by root.
func (c *Client) GetProgram(ctx context.Context, root common.Hash) (*api.Program, error) {
	var out api.Program
	return &out, c.call(ctx, &out, api.MethodGetProgram, root)
}

// BlockNumber returns the latest block number the endpoint has.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var out hexutil.Uint64
	err := c.call(ctx, &out, api.MethodBlockNumber)
	return uint64(out), err
}

// GetBlock returns block n; an endpoint that does not have it yet answers an error for which
// NotFound is true.
func (c *Client) GetBlock(ctx context.Context, n uint64) (*api.Block, error) {
	var out *api.Block
	if err := c.call(ctx, &out, api.MethodGetBlock, hexutil.Uint64(n)); err != nil {
		return nil, err
	}
	if out == nil {
		return nil, &Error{Method: api.MethodGetBlock, Code: api.CodeUnknown, Message: fmt.Sprintf("no block %d", n)}
	}
	return out, nil
}

// GetBatch returns batch n as the sequencer sealed it and, once L1 holds it, where; a batch not
// sealed yet is an error for which NotFound is true.
func (c *Client) GetBatch(ctx context.Context, n uint64) (*api.Batch, error) {
	var out *api.Batch
	if err := c.call(ctx, &out, api.MethodGetBatch, hexutil.Uint64(n)); err != nil {
		return nil, err
	}
	if out == nil {
		return nil, &Error{Method: api.MethodGetBatch, Code: api.CodeUnknown, Message: fmt.Sprintf("no batch %d", n)}
	}
	return out, nil
}

// GetStateRoot returns an executor's state root after block n.
func (c *Client) GetStateRoot(ctx context.Context, n uint64) (*api.StateRoot, error) {
	var out api.StateRoot
	return &out, c.call(ctx, &out, api.MethodGetStateRoot, hexutil.Uint64(n))
}

// GetJobResult returns a job's result from an executor, verified (VerifyJobResult).
func (c *Client) GetJobResult(ctx context.Context, job uint64) (*api.JobResult, error) {
	var out api.JobResult
	if err := c.call(ctx, &out, api.MethodGetJobResult, hexutil.Uint64(job)); err != nil {
		return nil, err
	}
	if err := VerifyJobResult(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetBatchRoot returns the state root after `batches` batches (an assertion's batchEnd).
func (c *Client) GetBatchRoot(ctx context.Context, batches uint64) (*api.BatchRoot, error) {
	var out api.BatchRoot
	return &out, c.call(ctx, &out, api.MethodGetBatchRoot, hexutil.Uint64(batches))
}

// GetWithdrawal returns withdrawal w's record and proofs against the state after `batches`
// batches (an assertion's batchEnd), checked with VerifyWithdrawal.
func (c *Client) GetWithdrawal(ctx context.Context, w, batches uint64) (*api.Withdrawal, error) {
	var out api.Withdrawal
	if err := c.call(ctx, &out, api.MethodGetWithdrawal, hexutil.Uint64(w), hexutil.Uint64(batches)); err != nil {
		return nil, err
	}
	if uint64(out.Index) != w || uint64(out.Batches) != batches {
		return nil, fmt.Errorf("%w: asked for withdrawal %d after %d batches, got %d after %d", ErrBadResult, w, batches,
			uint64(out.Index), uint64(out.Batches))
	}
	if err := VerifyWithdrawal(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Signer signs messages for one key on one chain.
type Signer struct {
	Key     *ecdsa.PrivateKey
	Account uint32
	Domain  msg.Domain
}

// Address is the signer's address.
func (s *Signer) Address() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// Job signs a job on the program with root and step count steps, paying at most maxFee, with
// input in memory form.
func (s *Signer) Job(root common.Hash, steps uint64, input []byte, maxFee *uint256.Int, nonce uint64) (*msg.Signed, error) {
	return msg.NewSigned(&msg.Job{Program: root, Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: steps,
		MaxFee: maxFee, Nonce: nonce}, s.Domain, s.Key, s.Account)
}

// Chunk is one signed upload of a program object, with its data.
type Chunk struct {
	Signed *msg.Signed
	Data   []byte
}

// Upload signs the upload of obj (a program object) in chunks of 32·2^height bytes, with
// consecutive nonces from nonce; each chunk pays at most maxFee.
func (s *Signer) Upload(obj []byte, height uint8, maxFee *uint256.Int, nonce uint64) ([]Chunk, error) {
	if len(obj) == 0 || len(obj)%32 != 0 {
		return nil, fmt.Errorf("client: upload: object of %d bytes (want a positive multiple of 32)", len(obj))
	}
	if height > batch.MaxDataHeight {
		return nil, fmt.Errorf("client: upload: chunk height %d above %d", height, batch.MaxDataHeight)
	}
	root := batch.DataRoot(obj)
	size := 32 << height
	var out []Chunk
	for off := 0; off < len(obj); off += size {
		data := obj[off:min(off+size, len(obj))]
		sg, err := msg.NewSigned(&msg.Upload{Program: root, Size: uint64(len(obj)), Offset: uint64(off), Chunk: batch.DataRoot(data),
			MaxFee: maxFee, Nonce: nonce + uint64(len(out))}, s.Domain, s.Key, s.Account)
		if err != nil {
			return nil, err
		}
		out = append(out, Chunk{Signed: sg, Data: data})
	}
	return out, nil
}

// Withdraw signs a withdrawal of amount wei to to.
func (s *Signer) Withdraw(to common.Address, amount, maxFee *uint256.Int, nonce uint64) (*msg.Signed, error) {
	return msg.NewSigned(&msg.Withdraw{To: to, Amount: amount, MaxFee: maxFee, Nonce: nonce}, s.Domain, s.Key, s.Account)
}
