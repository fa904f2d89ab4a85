package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/contracts/bindings"
)

// fakeSequencer has sealed batches 0 … avail−1, each one empty block; it answers a batch not
// sealed yet as the sequencer's JSON-RPC API does through *client.Client.
type fakeSequencer struct{ avail atomic.Uint64 }

// Seal makes batches 0 … n−1 sealed.
func (f *fakeSequencer) Seal(n uint64) { f.avail.Store(n) }

func (f *fakeSequencer) GetBatch(_ context.Context, n uint64) (*api.Batch, error) {
	if n >= f.avail.Load() {
		return nil, &client.Error{Method: api.MethodGetBatch, Code: api.CodeUnknown, Message: fmt.Sprintf("no batch %d", n)}
	}
	last := hexutil.Uint64(n)
	return &api.Batch{Number: hexutil.Uint64(n), First: hexutil.Uint64(n), Last: &last, Sealed: true}, nil
}

func (f *fakeSequencer) GetBlock(_ context.Context, n uint64) (*api.Block, error) {
	p, err := (&batch.Batch{Number: n, Blocks: []batch.Block{{Timestamp: 1 + n}}}).Encode()
	if err != nil {
		return nil, err
	}
	return &api.Block{Number: hexutil.Uint64(n), Timestamp: hexutil.Uint64(1 + n), Batch: hexutil.Uint64(n), Payload: p}, nil
}

// fakeL1 is an L1 holding an Inbox in memory: it answers batcher() and batchCount() as the
// contract does, and includes an addBatch (one L1 block each) only if its number is the count
// and it carries blobs; otherwise the transaction reverts, as WrongBatchNumber or NoBlobs do.
type fakeL1 struct {
	abi     *abi.ABI
	batcher common.Address

	mu      sync.Mutex
	count   uint64
	block   uint64
	callErr error                     // CallContract fails with it while set
	fail    map[uint64]error          // the transaction manager gives up on these batches, once each
	failAll error                     // the transaction manager gives up on every batch while set
	revert  bool                      // every transaction reverts while set
	before  func(f *fakeL1, n uint64) // called (locked) before batch n's transaction is applied
	sends   []uint64                  // the batch numbers sent, in order
	reverts []*types.Receipt
	txs     map[common.Hash]txmgr.TxCandidate // every transaction included, by hash
	nonce   uint64                            // transactions mined from the batcher's address
	earlier uint64                            // an earlier run's transactions still pending
}

func newFakeL1(t *testing.T, batcher common.Address) *fakeL1 {
	t.Helper()
	a, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return &fakeL1{abi: a, batcher: batcher, fail: map[uint64]error{}, txs: map[common.Hash]txmgr.TxCandidate{}}
}

func (f *fakeL1) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.callErr != nil {
		return nil, f.callErr
	}
	m, err := f.abi.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	switch m.Name {
	case "batcher":
		return m.Outputs.Pack(f.batcher)
	case "batchCount":
		return m.Outputs.Pack(f.count)
	case "addBatch":
		// A replay of a reverted transaction: the Inbox's error, as the node returns it.
		args, err := m.Inputs.Unpack(msg.Data[4:])
		if err != nil {
			return nil, err
		}
		e := f.abi.Errors["WrongBatchNumber"]
		data, err := e.Inputs.Pack(f.count, args[0].(uint64))
		if err != nil {
			return nil, err
		}
		return nil, revertError{hexutil.Encode(append(append([]byte{}, e.ID[:4]...), data...))}
	}
	return nil, fmt.Errorf("fake L1: no %s", m.Name)
}

// revertError is a node's error for a reverted call, with its data (rpc.DataError).
type revertError struct{ data string }

func (e revertError) Error() string          { return "execution reverted" }
func (e revertError) ErrorData() interface{} { return e.data }

func (f *fakeL1) TransactionByHash(_ context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.txs[hash]
	if !ok {
		return nil, false, ethereum.NotFound
	}
	return types.NewTx(&types.DynamicFeeTx{To: c.To, Data: c.TxData, Gas: 1_000_000}), false, nil
}

func (f *fakeL1) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.nonce, nil
}

func (f *fakeL1) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.nonce + f.earlier, nil
}

func (f *fakeL1) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	return &types.Header{Number: n, Time: 100 + n.Uint64()}, nil
}

// include applies an addBatch transaction: its receipt, or the transaction manager's error.
func (f *fakeL1) include(c txmgr.TxCandidate) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, err := f.abi.MethodById(c.TxData)
	if err != nil || m.Name != "addBatch" {
		return nil, fmt.Errorf("fake L1: not addBatch: %v", err)
	}
	args, err := m.Inputs.Unpack(c.TxData[4:])
	if err != nil {
		return nil, err
	}
	n := args[0].(uint64)
	f.sends = append(f.sends, n)
	if err := f.fail[n]; err != nil {
		delete(f.fail, n)
		return nil, err
	}
	if f.failAll != nil {
		return nil, f.failAll
	}
	if f.before != nil {
		f.before(f, n)
	}
	f.block++
	r := &types.Receipt{Status: types.ReceiptStatusFailed, BlockNumber: new(big.Int).SetUint64(f.block), GasUsed: 80_000,
		EffectiveGasPrice: big.NewInt(1), BlobGasPrice: big.NewInt(1),
		TxHash: crypto.Keccak256Hash(c.TxData, new(big.Int).SetUint64(f.block).Bytes())}
	f.txs[r.TxHash] = c
	if n == f.count && len(c.Blobs) > 0 && !f.revert {
		f.count++
		r.Status, r.BlobGasUsed = types.ReceiptStatusSuccessful, uint64(len(c.Blobs))*131_072
	} else {
		f.reverts = append(f.reverts, r)
	}
	return r, nil
}

func (f *fakeL1) setCount(n uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.count = n
}

func (f *fakeL1) sent() []uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.sends)
}

// fakeTxMgr is a transaction manager that includes each transaction on a fakeL1 at once. The
// batcher calls only the methods defined here; the embedded nil interface panics on any other.
type fakeTxMgr struct {
	txmgr.TxManager
	from   common.Address
	l1     *fakeL1
	closed atomic.Int32 // how many times Close was called
}

func (m *fakeTxMgr) From() common.Address { return m.from }
func (m *fakeTxMgr) Close()               { m.closed.Add(1) }
func (m *fakeTxMgr) IsClosed() bool       { return m.closed.Load() > 0 }

func (m *fakeTxMgr) SendAsync(_ context.Context, c txmgr.TxCandidate, ch chan txmgr.SendResponse) {
	r, err := m.l1.include(c)
	ch <- txmgr.SendResponse{Receipt: r, Err: err}
}

// fakes is a batcher's fake surroundings.
type fakes struct {
	key *ecdsa.PrivateKey
	seq *fakeSequencer
	l1  *fakeL1
	tm  *fakeTxMgr
	log *capture
}

// newFakes returns fakes where the key is the Inbox's batcher.
func newFakes(t *testing.T) *fakes {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	l1 := newFakeL1(t, from)
	return &fakes{key: key, seq: &fakeSequencer{}, l1: l1, tm: &fakeTxMgr{from: from, l1: l1}, log: &capture{}}
}

func (f *fakes) config() Config {
	cfg := DefaultConfig()
	cfg.Inbox = common.HexToAddress("0x1b0c")
	cfg.PollInterval = 10 * time.Millisecond
	cfg.TxMgr.Key = f.key
	return cfg
}

// build builds a batcher on the fakes, with the transaction manager made by mk (nil: f.tm).
func (f *fakes) build(ctx context.Context, cfg Config, mk txMgrMaker) (*Batcher, error) {
	if mk == nil {
		mk = func(txmetrics.TxMetricer) (txmgr.TxManager, error) { return f.tm, nil }
	}
	return build(ctx, cfg, log.NewLogger(f.log), f.seq, f.l1, mk)
}

// capture is a log handler keeping every record.
type capture struct {
	mu    sync.Mutex
	recs  []slog.Record
	attrs []slog.Attr
	root  *capture
}

func (c *capture) Enabled(context.Context, slog.Level) bool { return true }
func (c *capture) WithGroup(string) slog.Handler            { return c }

func (c *capture) WithAttrs(as []slog.Attr) slog.Handler {
	return &capture{attrs: append(slices.Clone(c.attrs), as...), root: c.top()}
}

func (c *capture) top() *capture {
	if c.root != nil {
		return c.root
	}
	return c
}

func (c *capture) Handle(_ context.Context, r slog.Record) error {
	r = r.Clone()
	r.AddAttrs(c.attrs...)
	t := c.top()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.recs = append(t.recs, r)
	return nil
}

// find returns the attributes of the records with message msg.
func (c *capture) find(msg string) []map[string]any {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []map[string]any
	for _, r := range c.recs {
		if r.Message != msg {
			continue
		}
		m := map[string]any{}
		r.Attrs(func(a slog.Attr) bool { m[a.Key] = a.Value.Any(); return true })
		out = append(out, m)
	}
	return out
}

// eventually fails t unless cond holds within 10 seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

var errBoom = errors.New("boom")
