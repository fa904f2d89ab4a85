package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
)

// The send fast path. go-ethereum's server runs the calls of a JSON-RPC batch one after the
// other, each through its reflection-based dispatcher: a batch of 64 jobs would recover 64
// signatures on one core, take the admission lock 64 times and wait for 64 fsyncs in a row. A
// request whose calls are all well-formed send calls (compute_sendJob, compute_sendUpload,
// compute_sendWithdraw) is answered here instead: its messages are decoded and their signers
// recovered in parallel, outside the admission lock; they are admitted in the batch's order
// under the lock taken once; the admitted ones go to the write-ahead log as one submission, so
// one commit and one fsync cover them all; and every answer is sent after that fsync. Each call
// is still admitted or refused on its own, with the answer and error it would get alone.
//
// Anything else (another method, a notification, a response, params that are not one value, a
// batch over rpc-batch-limit or one whose results could pass rpc-batch-response-bytes, a body
// that is not JSON) goes to go-ethereum's server untouched, which answers it as before: this
// path only ever answers requests that server would have run call by call, with the same
// results. A single send call (not in a batch) takes the same path: it skips the dispatcher,
// and its answer is the one object go-ethereum would give.

// sendResultBytes is the size go-ethereum counts for a send call's result against
// rpc-batch-response-bytes: {"hash":"0x…"} with 64 hex digits.
const sendResultBytes = len(`{"hash":"0x`) + 64 + len(`"}`)

// rpcCall is one JSON-RPC message as go-ethereum's server reads it (rpc.jsonrpcMessage).
type rpcCall struct {
	Version string          `json:"jsonrpc,omitempty"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
}

// rpcAnswer is the answer to one call, as go-ethereum writes it.
type rpcAnswer struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  *api.SendResult `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// sendKind is the message kind of a send method; ok is false for any other method.
func sendKind(method string) (msg.Kind, bool) {
	switch method {
	case api.MethodSendJob:
		return msg.KindJob, true
	case api.MethodSendUpload:
		return msg.KindUpload, true
	case api.MethodSendWithdraw:
		return msg.KindWithdraw, true
	}
	return 0, false
}

// sendItem is one send call of a request: its parameter undecoded, and then its outcome.
type sendItem struct {
	kind msg.Kind
	raw  json.RawMessage // the call's one parameter (api.Send), undecoded
	req  *api.Send       // or the parameter decoded already (SendBatch)
	ent  *entry          // prepare's
	sg   *msg.Signed
	err  error
}

// sendCall is rpcCall with its params decoded as a send method's: what a well-formed request
// of send calls decodes into in one pass.
type sendCall struct {
	Version string          `json:"jsonrpc,omitempty"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  []api.Send      `json:"params,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
}

// parseSends reads body as a batch of send calls (batch true) or a single one. ok is false
// when the request is anything else, for go-ethereum's server: a body that is not one JSON value,
// an empty batch or one over maxItems calls, one whose results could pass maxResultBytes, or a
// message that is not a call of a send method with exactly one parameter and a valid id
// (number or string; null is left to go-ethereum too). ids are the calls' ids.
//
// The body is first decoded in one pass, every parameter as an api.Send: JSON decoding is a
// large share of a job's admission, and the common request decodes whole. Only if that fails is
// it read again call by call, so that a parameter that does not decode is that call's refusal
// (decodeSend's error, as go-ethereum's path gives it) and not the whole request's.
func parseSends(body []byte, maxItems, maxResultBytes int) (ids []json.RawMessage, items []sendItem, batch, ok bool) {
	body = bytes.TrimLeft(body, " \t\r\n")
	if len(body) == 0 || body[0] != '[' && body[0] != '{' {
		return nil, nil, false, false
	}
	batch = body[0] == '['
	if ids, items, ok := parseTyped(body, batch, maxItems, maxResultBytes); ok {
		return ids, items, batch, true
	}
	calls, ok := unmarshalCalls[rpcCall](body, batch, maxItems, maxResultBytes)
	if !ok {
		return nil, nil, false, false
	}
	ids, items = make([]json.RawMessage, len(calls)), make([]sendItem, len(calls))
	for i := range calls {
		c := &calls[i]
		k, isSend := sendKind(c.Method)
		var params []json.RawMessage
		if !isSend || !validCall(c.Version, c.ID, c.Error, c.Result) || json.Unmarshal(c.Params, &params) != nil || len(params) != 1 {
			return nil, nil, false, false
		}
		ids[i], items[i] = c.ID, sendItem{kind: k, raw: params[0]}
	}
	return ids, items, batch, true
}

// parseTyped is parseSends' one pass; ok is false when it does not decode so or is not a request
// of send calls.
func parseTyped(body []byte, batch bool, maxItems, maxResultBytes int) ([]json.RawMessage, []sendItem, bool) {
	calls, ok := unmarshalCalls[sendCall](body, batch, maxItems, maxResultBytes)
	if !ok {
		return nil, nil, false
	}
	ids, items := make([]json.RawMessage, len(calls)), make([]sendItem, len(calls))
	for i := range calls {
		c := &calls[i]
		k, isSend := sendKind(c.Method)
		if !isSend || !validCall(c.Version, c.ID, c.Error, c.Result) || len(c.Params) != 1 {
			return nil, nil, false
		}
		ids[i], items[i] = c.ID, sendItem{kind: k, req: &c.Params[0]}
	}
	return ids, items, true
}

// unmarshalCalls decodes body as a batch of calls (batch true) or as one call; ok is false when
// it does not decode so, or is a batch that batchFits refuses.
func unmarshalCalls[T any](body []byte, batch bool, maxItems, maxResultBytes int) ([]T, bool) {
	if !batch {
		calls := make([]T, 1)
		return calls, json.Unmarshal(body, &calls[0]) == nil
	}
	var calls []T
	if json.Unmarshal(body, &calls) != nil || !batchFits(len(calls), maxItems, maxResultBytes) {
		return nil, false
	}
	return calls, true
}

// batchFits says whether a batch of n send calls is one go-ethereum would run whole, whatever
// the calls' outcomes: not empty, within the batch limit, and the results of all but the last
// within the response limit even if every call succeeds (go-ethereum stops the calls after the
// one whose result passes the limit; an error counts no bytes).
func batchFits(n, maxItems, maxResultBytes int) bool {
	return n > 0 && n <= maxItems && n-1 <= maxResultBytes/sendResultBytes
}

// validCall is go-ethereum's test of a call (rpc.jsonrpcMessage.isCall, less the method),
// stricter on one point: a null id is left to go-ethereum.
func validCall(version string, id, errField, result json.RawMessage) bool {
	return version == "2.0" && len(id) > 0 && id[0] != '{' && id[0] != '[' && string(id) != "null" && len(errField) == 0 && len(result) == 0
}

// acceptedContentType is go-ethereum's check of a JSON-RPC request's content type.
func acceptedContentType(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("content-type"))
	return err == nil && (mt == "application/json" || mt == "application/json-rpc" || mt == "application/jsonrequest")
}

// interceptSends is the rpcserver's Intercept: it answers requests of send calls (a batch or a
// single call) with admitSends and hands every other request to next. The body was read whole
// by the server, within rpc-body-bytes.
func (s *Sequencer) interceptSends(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !acceptedContentType(r) {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "reading the request body: "+err.Error(), http.StatusBadRequest)
			return
		}
		ids, items, isBatch, ok := parseSends(body, s.cfg.RPCBatchLimit, s.cfg.RPCBatchResponseBytes)
		if !ok {
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
			return
		}
		s.fastSends.Add(1)
		s.admitSends(r.Context(), items)
		answers := make([]rpcAnswer, len(items))
		for i, it := range items {
			answers[i] = rpcAnswer{Version: "2.0", ID: ids[i]}
			if it.err != nil {
				answers[i].Error = rpcErrorOf(it.err)
			} else {
				answers[i].Result = &api.SendResult{Hash: it.ent.hash}
			}
		}
		var out []byte
		if isBatch {
			out, err = json.Marshal(answers)
		} else {
			out, err = json.Marshal(answers[0])
		}
		if err != nil { // unreachable: the answers hold only marshalable values
			http.Error(w, "encoding the answer: "+err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(append(out, '\n'))
	})
}

// rpcErrorOf is the JSON-RPC error go-ethereum's server would answer for err: its code and data
// when it has them (rpc.Error, rpc.DataError), else -32000.
func rpcErrorOf(err error) *rpcError {
	e := &rpcError{Code: -32000, Message: err.Error()}
	var se *Error
	if errors.As(err, &se) {
		e.Code, e.Data = se.ErrorCode(), se.ErrorData()
	}
	return e
}

// admitSends admits items in their order and sets each one's outcome: its entry (admitted and
// durable) or its refusal, the same as compute_send* called with each alone, one after the
// other. Decoding and signer recovery run on up to GOMAXPROCS goroutines, outside s.mu; the
// admission lock is taken once; the admitted entries are submitted to the write-ahead log
// together and this returns once the one commit that holds them all is done (fsync'd) or failed.
// If ctx ends before the lock is taken (the client hung up), nothing is admitted.
func (s *Sequencer) admitSends(ctx context.Context, items []sendItem) {
	t0 := time.Now()
	s.prepareAll(items)
	admitted := make([]*entry, 0, len(items))
	var done <-chan error
	pass := false // some item passed prepare: only then is s.mu taken, so junk never waits for it
	for i := range items {
		pass = pass || items[i].err == nil
	}
	switch err := ctx.Err(); {
	case !pass: // prepare refused every item
	case err != nil:
		for i := range items {
			if items[i].err == nil {
				items[i].err = refuse(codeUnavailable, "unavailable", "the request was canceled before admission: %v", err)
			}
		}
	default:
		s.mu.Lock()
		admitted = s.admitHeldAll(items)
		if len(admitted) > 0 {
			var err error
			if done, err = s.wal.submitAll(admitted); err != nil {
				// Unreachable: Stop closes the WAL with s.mu held, after setting s.closed.
				done = nil
				for i := range items {
					if items[i].err == nil {
						items[i].err = refuse(codeUnavailable, "unavailable", "the sequencer is stopping: %v", err)
					}
				}
			}
		}
		s.mu.Unlock()
	}
	if done != nil {
		if err := <-done; err != nil {
			for i := range items {
				if items[i].err == nil {
					items[i].err = notDurable(err)
				}
			}
		}
	}
	el := time.Since(t0).Seconds()
	for i := range items {
		s.metrics.latency.Observe(el)
		if items[i].err != nil {
			s.refused(items[i].kind, items[i].err)
		} else {
			s.metrics.admitted.WithLabelValues(items[i].kind.String()).Inc()
		}
	}
}

// admitHeldAll admits, with s.mu held, the items that passed prepare, in order, setting the
// others' err, and returns the admitted entries (in the mempool, to be submitted to the WAL
// before s.mu is released), as admitHeld on each in turn would.
//
// It applies the messages one after the other to a single snapshot of the pending state, where
// admitHeld takes one per message: every snapshot makes the next message copy each memory page
// it writes (globals, account, receipt, job record, batch region, scratch), which is as much as
// the rest of the message's application. That is only right while every message applies: a
// message the chain skips has written its receipt to the snapshot. Then the pending state is
// rebuilt from the one before the batch and the messages admitted so far (applied again, in the
// same order, on the same state: they apply again), and the rest go through admitHeld. So a batch
// with a refused message costs at most about twice its admission. Uploads always go through
// admitHeld, which checks a completed program against the state before its chunk.
func (s *Sequencer) admitHeldAll(items []sendItem) []*entry {
	admitted := make([]*entry, 0, len(items))
	base, cur := s.pending, s.pending.Snapshot()
	dirty := false // cur holds a message the chain skipped
	i := 0
	for ; i < len(items); i++ {
		it := &items[i]
		if it.err != nil {
			continue
		}
		if it.kind == msg.KindUpload {
			break
		}
		if it.err = s.admitChecks(it.ent); it.err != nil {
			continue
		}
		rc, err := s.applyOne(cur, &it.ent.msg, it.ent.rec)
		if err != nil || rc.Skip != layout.Applied {
			dirty = true
			break
		}
		it.ent.receipt = rc.Index
		s.pool.push(it.ent)
		admitted = append(admitted, it.ent)
	}
	if dirty {
		// A skip: rebuild the pending state without it, then one by one.
		cur = base.Snapshot()
		for _, ent := range admitted {
			if rc, err := s.applyOne(cur, &ent.msg, ent.rec); err != nil || rc.Skip != layout.Applied || rc.Index != ent.receipt {
				// Unreachable (the same messages on the same state); the block producer's cut
				// and rebuild would mend a pending state that departs from the chain.
				s.log.Error("Batch admission: a message did not apply again", "hash", ent.hash, "err", err, "skip", rc.Skip)
			}
		}
	}
	s.pending = cur
	s.scanRecords()
	for ; i < len(items); i++ {
		it := &items[i]
		if it.err != nil {
			continue
		}
		if it.err = s.admitHeld(it.ent, it.sg); it.err == nil {
			admitted = append(admitted, it.ent)
		}
	}
	s.metrics.mempool.Set(float64(s.pool.len()))
	return admitted
}

// prepareAll decodes every item's parameter and runs prepare on it, on up to GOMAXPROCS
// goroutines (the signer recoveries are most of the work), setting ent and sg, or err.
func (s *Sequencer) prepareAll(items []sendItem) {
	one := func(it *sendItem) {
		if it.req == nil {
			req, err := decodeSend(it.raw)
			if err != nil {
				it.err = err
				return
			}
			it.req = &req
		}
		it.sg = it.req.Message
		it.ent, it.err = s.prepare(it.kind, it.req)
	}
	workers := min(runtime.GOMAXPROCS(0), len(items))
	if workers <= 1 {
		for i := range items {
			one(&items[i])
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(items) {
					return
				}
				one(&items[i])
			}
		}()
	}
	wg.Wait()
}

// SendBatch admits signed messages as a JSON-RPC batch of send calls is admitted: each is
// checked, admitted or refused on its own, in order (a later message sees the earlier ones in
// the pending state, so an account can send nonces n, n+1, … in one batch), but the signers are
// recovered in parallel, the admission lock is taken once and one write-ahead log commit (one
// fsync) covers every admitted message. It returns when that commit is done: hashes[i] is
// message i's hash if errs[i] is nil (a refusal is an *Error, as Send's). kinds[i] is the kind
// of reqs[i] (the method it would be sent with). If ctx ends before the messages are admitted,
// none is.
func (s *Sequencer) SendBatch(ctx context.Context, kinds []msg.Kind, reqs []api.Send) ([]common.Hash, []error) {
	hashes, errs := make([]common.Hash, len(reqs)), make([]error, len(reqs))
	if len(kinds) != len(reqs) {
		for i := range errs {
			errs[i] = invalid("%d kinds for %d messages", len(kinds), len(reqs))
		}
		return hashes, errs
	}
	items := make([]sendItem, len(reqs))
	for i := range reqs {
		items[i] = sendItem{kind: kinds[i], req: &reqs[i]}
	}
	s.admitSends(ctx, items)
	for i, it := range items {
		if errs[i] = it.err; it.err == nil {
			hashes[i] = it.ent.hash
		}
	}
	return hashes, errs
}
