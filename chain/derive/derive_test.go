package derive_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet/l1dev"
)

// testTimeout bounds the chain interactions; it is a hang guard, not a timing assertion.
const testTimeout = 2 * time.Minute

// autoMine mines a block after every transaction sent through it, so that deploy.Deploy and
// bind.Transact, which wait for receipts, work on an on-demand L1.
type autoMine struct {
	*ethclient.Client
	l1 *l1dev.L1
}

func (a autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err := a.l1.Mine(ctx)
	return err
}

// wantBatch is what a batch was posted as.
type wantBatch struct {
	tx      *types.Transaction
	block   *types.Header
	length  uint32
	delayed uint64
	payload []byte       // nil: forced, or blobs that do not unpack
	decoded *batch.Batch // nil: forced or invalid
	errIs   error        // what Err must wrap, nil if valid
}

// world is an L1 with the contracts, deposits and batches of every kind, and what was sent.
type world struct {
	t        *testing.T
	ctx      context.Context
	l1       *l1dev.L1
	client   *ethclient.Client
	send     autoMine
	plain    *ecdsa.PrivateKey // deployer, depositor, forcer: plain transactions only
	batcher  *ecdsa.PrivateKey // blob transactions only: the pool reserves an account per kind
	nonce    uint64            // the batcher's next nonce
	addrs    *deploy.Addresses
	inbox    *bindings.Inbox
	bridge   *bindings.Bridge
	deposits []derive.Delayed
	batches  []wantBatch
}

func (w *world) opts() *bind.TransactOpts {
	auth := bind.NewKeyedTransactor(w.plain, w.l1.ChainID())
	auth.Context = w.ctx
	return auth
}

func (w *world) receipt(tx *types.Transaction) *types.Receipt {
	w.t.Helper()
	r, err := w.client.TransactionReceipt(w.ctx, tx.Hash())
	if err != nil {
		w.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

func (w *world) header(r *types.Receipt) *types.Header {
	w.t.Helper()
	h, err := w.client.HeaderByHash(w.ctx, r.BlockHash)
	if err != nil {
		w.t.Fatal(err)
	}
	return h
}

func (w *world) deposit(to common.Address, amount uint64) {
	w.t.Helper()
	opts := w.opts()
	opts.Value = new(big.Int).SetUint64(amount)
	tx, err := bind.Transact(w.bridge.Instance(w.send, w.addrs.Bridge), opts, w.bridge.PackDeposit(to))
	if err != nil {
		w.t.Fatalf("deposit: %v", err)
	}
	r := w.receipt(tx)
	// The account index is the Bridge's rule (one index per address, in order of first deposit);
	// the test restates it rather than reading it back from the event under test.
	seen := make(map[common.Address]uint32)
	for _, d := range w.deposits {
		seen[d.Deposit.To] = d.Deposit.Index
	}
	index, ok := seen[to]
	if !ok {
		index = uint32(len(seen))
	}
	dep := &l1data.Deposit{Index: index, To: to, Amount: *uint256.NewInt(amount)}
	w.deposits = append(w.deposits, derive.Delayed{Index: uint64(len(w.deposits)), Hash: dep.Hash(), Deposit: dep, L1Block: r.BlockNumber.Uint64()})
}

// acc is the accumulator after the first n deposits.
func (w *world) acc(n uint64) common.Hash {
	var acc common.Hash
	for _, d := range w.deposits[:n] {
		acc = l1data.NextAcc(acc, d.Hash)
	}
	return acc
}

// blobTx signs the batcher's addBatch transaction for the given blobs.
func (w *world) blobTx(number uint64, length uint32, delayed uint64, blobs []kzg4844.Blob) *types.Transaction {
	w.t.Helper()
	tx, err := (&derive.BlobTx{
		ChainID:    w.l1.ChainID(),
		Nonce:      w.nonce,
		To:         w.addrs.Inbox,
		Data:       w.inbox.PackAddBatch(number, length, delayed),
		Gas:        500_000,
		GasTipCap:  big.NewInt(1e9),
		GasFeeCap:  big.NewInt(50e9),
		BlobFeeCap: big.NewInt(1e9),
		Blobs:      blobs,
	}).Sign(w.batcher)
	if err != nil {
		w.t.Fatal(err)
	}
	w.nonce++
	if err := w.client.SendTransaction(w.ctx, tx); err != nil {
		w.t.Fatalf("send blob tx: %v", err)
	}
	return tx
}

// post queues batch number with the given blobs and remembers what derivation must return.
// The caller mines.
func (w *world) post(length uint32, delayed uint64, blobs []kzg4844.Blob, payload []byte, decoded *batch.Batch, errIs error) {
	w.t.Helper()
	tx := w.blobTx(uint64(len(w.batches)), length, delayed, blobs)
	w.batches = append(w.batches, wantBatch{tx: tx, length: length, delayed: delayed, payload: payload, decoded: decoded, errIs: errIs})
}

// postBatch encodes and packs b and queues it.
func (w *world) postBatch(b *batch.Batch, errIs error) {
	w.t.Helper()
	payload, err := b.Encode()
	if err != nil {
		w.t.Fatal(err)
	}
	blobs, err := blob.Pack(payload)
	if err != nil {
		w.t.Fatal(err)
	}
	decoded := b
	if errIs != nil {
		decoded = nil
	}
	w.post(uint32(len(payload)), b.Delayed, blobs, payload, decoded, errIs)
}

// mine mines the queued transactions into one block and records it for the batches they post.
func (w *world) mine() {
	w.t.Helper()
	if _, err := w.l1.Mine(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	for i := range w.batches {
		if w.batches[i].block == nil {
			w.batches[i].block = w.header(w.receipt(w.batches[i].tx))
		}
	}
}

func words(rng *rand.Rand, n int) []byte {
	b := make([]byte, n*32)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// newWorld builds the chain every test reads:
//
//	deposits 0, 1 (alice, bob)
//	batch 0   1 blob, 3 messages in 2 blocks, consumes deposits 0–1
//	deposit 2 (alice again: same account index)
//	batch 1   forced (forceInclude, delay 0), consumes deposit 2
//	batch 2   2 blobs (two 64 KiB data pieces), consumes nothing new
//	batch 3   valid blob, garbage payload          → Err wraps batch.ErrInvalid
//	batch 4   an element with a non-zero first byte → Err wraps blob.ErrNonCanonical
//	batch 5   a batch whose header says number 99  → Err wraps derive.ErrHeaderMismatch
//	batch 6   valid, in the same L1 block as batch 5
func newWorld(t *testing.T) *world {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	l1, err := l1dev.New(l1dev.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(ctx); err != nil {
		_ = l1.Stop(context.Background())
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l1.Stop(context.Background()); err != nil {
			t.Errorf("stop L1: %v", err)
		}
	})
	c, err := ethclient.DialContext(ctx, l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	keys := l1dev.DevKeys(2)
	w := &world{t: t, ctx: ctx, l1: l1, client: c, send: autoMine{Client: c, l1: l1}, plain: keys[0], batcher: keys[1],
		inbox: bindings.NewInbox(), bridge: bindings.NewBridge()}
	w.addrs, err = deploy.Deploy(ctx, w.send, w.opts(), deploy.Config{Batcher: crypto.PubkeyToAddress(w.batcher.PublicKey), ForceInclusionDelay: 0, ChainID: 1, GenesisRoot: common.Hash{1}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")

	w.deposit(alice, 5)
	w.deposit(bob, 6)
	w.postBatch(&batch.Batch{
		Number: 0, Delayed: 2,
		Blocks: []batch.Block{{Timestamp: 1000, Messages: 2}, {Timestamp: 1002, Messages: 1}},
		Msgs: []batch.Message{
			{Kind: 1, Account: 0, Body: words(rng, 9), Data: words(rng, 3)},
			{Kind: 2, Account: 1, Body: words(rng, 8)},
			{Kind: 3, Account: 0, Body: words(rng, 7), Data: words(rng, 1)},
		},
	}, nil)
	w.mine()

	w.deposit(alice, 7)
	tx, err := bind.Transact(w.inbox.Instance(w.send, w.addrs.Inbox), w.opts(), w.inbox.PackForceInclude(3))
	if err != nil {
		t.Fatalf("forceInclude: %v", err)
	}
	r := w.receipt(tx)
	w.batches = append(w.batches, wantBatch{tx: tx, block: w.header(r), delayed: 3})

	w.postBatch(&batch.Batch{
		Number: 2, Delayed: 3,
		Blocks: []batch.Block{{Timestamp: 1010, Messages: 2}},
		Msgs: []batch.Message{ // 64 KiB pieces at 64 KiB and 128 KiB: the payload needs two blobs
			{Kind: 1, Account: 1, Body: words(rng, 9), Data: words(rng, 2048)},
			{Kind: 1, Account: 0, Body: words(rng, 9), Data: words(rng, 2000)},
		},
	}, nil)
	if n := len(w.batches[2].tx.BlobHashes()); n != 2 {
		t.Fatalf("batch 2 has %d blobs, want 2", n)
	}
	w.mine()

	garbage := words(rng, 40)
	blobs, err := blob.Pack(garbage)
	if err != nil {
		t.Fatal(err)
	}
	w.post(uint32(len(garbage)), 3, blobs, garbage, nil, batch.ErrInvalid)
	w.mine()

	var bad kzg4844.Blob
	copy(bad[1:], "CRBT")
	bad[32] = 1 // element 1 holds payload bytes 31–61: still a field element, not a canonical one
	w.post(64, 3, []kzg4844.Blob{bad}, nil, nil, blob.ErrNonCanonical)
	w.mine()

	w.postBatch(&batch.Batch{Number: 99, Delayed: 3, Blocks: []batch.Block{{Timestamp: 1020}}}, derive.ErrHeaderMismatch)
	w.postBatch(&batch.Batch{
		Number: 6, Delayed: 3,
		Blocks: []batch.Block{{Timestamp: 1030, Messages: 1}},
		Msgs:   []batch.Message{{Kind: 2, Account: 2, Body: words(rng, 6)}},
	}, nil)
	w.mine()
	if w.batches[5].block.Number.Cmp(w.batches[6].block.Number) != 0 {
		t.Fatalf("batches 5 and 6 in blocks %d and %d, want one block", w.batches[5].block.Number, w.batches[6].block.Number)
	}
	return w
}

func (w *world) beacon() *sources.L1BeaconClient {
	return sources.NewL1BeaconClient(
		sources.NewBeaconHTTPClient(client.NewBasicHTTPClient(w.l1.BeaconEndpoint(), log.NewLogger(log.DiscardHandler()))),
		sources.L1BeaconClientConfig{})
}

// source is a Source over the world's L1 through l1 (nil: the plain client).
func (w *world) source(l1 derive.L1, blobs derive.BlobFetcher, cfg derive.Config) *derive.Source {
	w.t.Helper()
	if l1 == nil {
		l1 = w.client
	}
	if blobs == nil {
		blobs = w.beacon()
	}
	cfg.Inbox, cfg.Bridge = w.addrs.Inbox, w.addrs.Bridge
	s, err := derive.New(w.ctx, l1, blobs, cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) head() uint64 {
	w.t.Helper()
	n, err := w.client.BlockNumber(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// checkBatch compares a derived batch with what was posted as batch n.
func (w *world) checkBatch(got derive.Batch, n uint64) {
	w.t.Helper()
	want := w.batches[n]
	wantHashes := want.tx.BlobHashes()
	if len(wantHashes) == 0 {
		wantHashes = nil
	}
	switch {
	case got.Number != n:
		w.t.Fatalf("batch %d: number %d", n, got.Number)
	case got.TxHash != want.tx.Hash() || got.L1Block != want.block.Number.Uint64() || got.L1Time != want.block.Time:
		w.t.Fatalf("batch %d: tx %s block %d time %d, want %s %d %d", n, got.TxHash, got.L1Block, got.L1Time, want.tx.Hash(), want.block.Number, want.block.Time)
	case !reflect.DeepEqual(got.BlobHashes, wantHashes):
		w.t.Fatalf("batch %d: blob hashes %v, want %v", n, got.BlobHashes, wantHashes)
	case got.PayloadLength != want.length || got.DelayedCount != want.delayed || got.DelayedAcc != w.acc(want.delayed):
		w.t.Fatalf("batch %d: length %d delayed %d acc %s, want %d %d %s", n, got.PayloadLength, got.DelayedCount, got.DelayedAcc, want.length, want.delayed, w.acc(want.delayed))
	case got.Forced() != (len(wantHashes) == 0):
		w.t.Fatalf("batch %d: Forced() = %t", n, got.Forced())
	case !bytes.Equal(got.Payload, want.payload) || (got.Payload == nil) != (want.payload == nil):
		w.t.Fatalf("batch %d: payload of %d bytes differs from the %d sent", n, len(got.Payload), len(want.payload))
	case !reflect.DeepEqual(got.Decoded, want.decoded):
		w.t.Fatalf("batch %d: decoded %+v, want %+v", n, got.Decoded, want.decoded)
	case want.errIs == nil && got.Err != nil:
		w.t.Fatalf("batch %d: Err %v, want a valid batch", n, got.Err)
	case want.errIs != nil && !errors.Is(got.Err, want.errIs):
		w.t.Fatalf("batch %d: Err %v, want %v", n, got.Err, want.errIs)
	}
}

func TestDerive(t *testing.T) {
	w := newWorld(t)
	head := w.head()
	src, err := derive.NewSource(w.ctx, derive.Config{L1RPC: w.l1.HTTPEndpoint(), BeaconURL: w.l1.BeaconEndpoint(), Inbox: w.addrs.Inbox, Bridge: w.addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()

	var all []derive.Batch
	t.Run("AllBatches", func(t *testing.T) {
		all, err = src.Batches(w.ctx, 0, head)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(w.batches) {
			t.Fatalf("%d batches, want %d", len(all), len(w.batches))
		}
		for i := range all {
			w.checkBatch(all[i], uint64(i))
		}
	})

	t.Run("Pages", func(t *testing.T) {
		// One block per log query and two batches per call: the same chain, read in pieces.
		paged := w.source(nil, nil, derive.Config{PageSize: 1, MaxBatches: 2})
		var got []derive.Batch
		for calls := 0; ; calls++ {
			next, err := paged.Batches(w.ctx, uint64(len(got)), head)
			if err != nil {
				t.Fatal(err)
			}
			if len(next) == 0 {
				break
			}
			if len(next) > 2 || calls > len(w.batches) {
				t.Fatalf("call %d returned %d batches", calls, len(next))
			}
			got = append(got, next...)
		}
		if len(got) != len(w.batches) {
			t.Fatalf("%d batches, want %d", len(got), len(w.batches))
		}
		for i := range got {
			w.checkBatch(got[i], uint64(i))
		}
	})

	t.Run("Ranges", func(t *testing.T) {
		// Batch 6 shares its block with batch 5, which must be skipped.
		got, err := src.Batches(w.ctx, 6, head)
		if err != nil || len(got) != 1 {
			t.Fatalf("Batches(6) = %d batches, %v", len(got), err)
		}
		w.checkBatch(got[0], 6)
		if got, err := src.Batches(w.ctx, uint64(len(w.batches)), head); err != nil || len(got) != 0 {
			t.Fatalf("Batches past the last = %d batches, %v", len(got), err)
		}
		// As of the block before batch 2, the chain has batches 0 and 1 only.
		before := w.batches[2].block.Number.Uint64() - 1
		got, err = src.Batches(w.ctx, 0, before)
		if err != nil || len(got) != 2 {
			t.Fatalf("Batches(0) at block %d = %d batches, %v", before, len(got), err)
		}
		w.checkBatch(got[0], 0)
		w.checkBatch(got[1], 1)
		if _, err := src.Batches(w.ctx, 0, head+100); err == nil {
			t.Fatal("Batches to a block past the head succeeded")
		}
	})

	t.Run("Delayed", func(t *testing.T) {
		got, err := src.DelayedMessages(w.ctx, 0, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, w.deposits) {
			t.Fatalf("delayed messages\n%+v\nwant\n%+v", got, w.deposits)
		}
		if got[2].Deposit.Index != got[0].Deposit.Index {
			t.Fatal("alice's second deposit has another account index") // restates the Bridge's rule
		}
		if got, err := src.DelayedMessages(w.ctx, 1, 3); err != nil || !reflect.DeepEqual(got, w.deposits[1:]) {
			t.Fatalf("DelayedMessages(1, 3) = %+v, %v", got, err)
		}
		if got, err := src.DelayedMessages(w.ctx, 3, 3); err != nil || len(got) != 0 {
			t.Fatalf("DelayedMessages(3, 3) = %+v, %v", got, err)
		}
		if _, err := src.DelayedMessages(w.ctx, 0, 4); !errors.Is(err, derive.ErrNotOnL1) {
			t.Fatalf("DelayedMessages(0, 4): %v, want ErrNotOnL1", err)
		}
		if _, err := src.DelayedMessages(w.ctx, 2, 1); err == nil {
			t.Fatal("DelayedMessages(2, 1) succeeded")
		}
	})

	t.Run("ExecutorLoop", func(t *testing.T) {
		// How a consumer walks the chain: each batch's delayed messages, from the previous
		// batch's running total to its own, extend the previous accumulator to its DelayedAcc.
		if len(all) == 0 {
			t.Skip("AllBatches failed")
		}
		var consumed uint64
		var acc common.Hash
		for _, b := range all {
			msgs, err := src.DelayedMessages(w.ctx, consumed, b.DelayedCount)
			if err != nil {
				t.Fatalf("batch %d: %v", b.Number, err)
			}
			for _, m := range msgs {
				acc = l1data.NextAcc(acc, m.Hash)
			}
			if acc != b.DelayedAcc {
				t.Fatalf("batch %d: messages %d to %d give accumulator %s, the batch says %s", b.Number, consumed, b.DelayedCount, acc, b.DelayedAcc)
			}
			consumed = b.DelayedCount
		}
		if consumed != 3 {
			t.Fatalf("the batches consume %d delayed messages, want 3", consumed)
		}
	})

	t.Run("Misconfigured", func(t *testing.T) {
		_, err := derive.New(w.ctx, w.client, w.beacon(), derive.Config{Inbox: w.addrs.Inbox, Bridge: w.addrs.Inbox})
		if err == nil {
			t.Fatal("a Source with the wrong Bridge was created")
		}
		_, err = derive.New(w.ctx, w.client, w.beacon(), derive.Config{Inbox: w.addrs.Bridge, Bridge: w.addrs.Bridge})
		if err == nil {
			t.Fatal("a Source with the Bridge as Inbox was created")
		}
	})

	t.Run("Tampered", func(t *testing.T) { testTampered(t, w, head) })
}

// tamperL1 passes every call through to the real node but rewrites eth_getLogs answers: a node
// (or a provider) that drops or alters logs.
type tamperL1 struct {
	*ethclient.Client
	edit func(l *types.Log) (keep bool)
}

func (c tamperL1) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	var out []types.Log
	for _, l := range logs {
		l.Data = bytes.Clone(l.Data)
		if c.edit(&l) {
			out = append(out, l)
		}
	}
	return out, err
}

// failingBlobs is a beacon node that is down.
type failingBlobs struct{}

var errBeaconDown = errors.New("beacon node down")

func (failingBlobs) GetBlobsByHash(context.Context, uint64, []common.Hash) ([]*eth.Blob, error) {
	return nil, errBeaconDown
}

func testTampered(t *testing.T, w *world, head uint64) {
	inboxABI, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	bridgeABI, err := bindings.BridgeMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	batchAdded := inboxABI.Events["BatchAdded"].ID
	delayedMsg := inboxABI.Events["DelayedMessage"].ID
	deposit := bridgeABI.Events["Deposit"].ID
	is := func(l *types.Log, topic common.Hash, indexed uint64) bool {
		return l.Topics[0] == topic && len(l.Topics) > 1 && new(big.Int).SetBytes(l.Topics[1][:]).Uint64() == indexed
	}
	// The Deposit event indexes the account, not the delayed index: word 1 of its data.
	isDeposit := func(l *types.Log, index uint64) bool {
		return l.Topics[0] == deposit && new(big.Int).SetBytes(l.Data[32:64]).Uint64() == index
	}

	for _, c := range []struct {
		name    string
		edit    func(l *types.Log) bool
		delayed bool // DelayedMessages(0, 3), else Batches(0, head)
		want    error
	}{
		{"MissingBatch", func(l *types.Log) bool { return !is(l, batchAdded, 2) }, false, derive.ErrGap},
		{"MissingLastBatch", func(l *types.Log) bool { return !is(l, batchAdded, 6) }, false, derive.ErrGap},
		{"AlteredAcc", func(l *types.Log) bool {
			if is(l, batchAdded, 0) {
				l.Data[2*32] ^= 1 // word 2: delayedAcc
			}
			return true
		}, false, derive.ErrCommitmentMismatch},
		{"AlteredPayloadLength", func(l *types.Log) bool {
			if is(l, batchAdded, 3) {
				l.Data[31]-- // word 0: payloadLength
			}
			return true
		}, false, derive.ErrCommitmentMismatch},
		{"RenumberedBatch", func(l *types.Log) bool {
			if is(l, batchAdded, 4) {
				l.Topics = []common.Hash{batchAdded, common.BigToHash(big.NewInt(5))}
			}
			return true
		}, false, derive.ErrGap},
		{"MissingDelayedMessage", func(l *types.Log) bool { return !is(l, delayedMsg, 1) }, true, derive.ErrGap},
		{"MissingDeposit", func(l *types.Log) bool { return !isDeposit(l, 2) }, true, derive.ErrGap},
		{"DepositMessageAltered", func(l *types.Log) bool {
			if isDeposit(l, 1) {
				l.Data[len(l.Data)-32+24] ^= 1 // the message's amount (57 bytes from word 4, padded to 64)
				l.Data[31] ^= 1                // and the event's amount, so the two still agree
			}
			return true
		}, true, derive.ErrBadLog},
		{"DepositFieldsContradictMessage", func(l *types.Log) bool {
			if isDeposit(l, 0) {
				l.Data[31] ^= 1 // the event's amount only
			}
			return true
		}, true, derive.ErrBadLog},
		{"ConsistentForgery", func(l *types.Log) bool {
			// A forged deposit whose message, fields and hash agree: only the accumulator catches it.
			switch {
			case isDeposit(l, 1):
				l.Data[len(l.Data)-32+24] ^= 1
				l.Data[31] ^= 1
			case is(l, delayedMsg, 1):
				forged := w.deposits[1].Deposit.Encode()
				forged[len(forged)-1] ^= 1
				copy(l.Data, crypto.Keccak256(forged))
			}
			return true
		}, true, derive.ErrAccumulatorMismatch},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := w.source(tamperL1{Client: w.client, edit: c.edit}, nil, derive.Config{PageSize: 3})
			var err error
			var n int
			if c.delayed {
				var got []derive.Delayed
				got, err = s.DelayedMessages(w.ctx, 0, 3)
				n = len(got)
			} else {
				var got []derive.Batch
				got, err = s.Batches(w.ctx, 0, head)
				n = len(got)
			}
			if !errors.Is(err, c.want) || n != 0 {
				t.Fatalf("%d results, error %v; want none and %v", n, err, c.want)
			}
		})
	}

	t.Run("BeaconDown", func(t *testing.T) {
		// An unreachable beacon node is derivation's failure, never an invalid batch.
		s := w.source(nil, failingBlobs{}, derive.Config{})
		got, err := s.Batches(w.ctx, 0, head)
		if !errors.Is(err, errBeaconDown) || got != nil {
			t.Fatalf("Batches with the beacon node down: %d batches, %v", len(got), err)
		}
		// A forced batch needs no blobs.
		if got, err := s.Batches(w.ctx, 1, w.batches[1].block.Number.Uint64()); err != nil || len(got) != 1 {
			t.Fatalf("forced batch with the beacon node down: %d batches, %v", len(got), err)
		}
	})
}

func TestBlobTxRejectsMissingFees(t *testing.T) {
	var b kzg4844.Blob
	_, err := (&derive.BlobTx{ChainID: big.NewInt(1), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Blobs: []kzg4844.Blob{b}}).Sign(l1dev.DevKeys(1)[0])
	if err == nil {
		t.Fatal("a blob tx without a blob fee cap was signed")
	}
	_, err = (&derive.BlobTx{ChainID: big.NewInt(1), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), BlobFeeCap: big.NewInt(1)}).Sign(l1dev.DevKeys(1)[0])
	if !errors.Is(err, blob.ErrBlobCount) {
		t.Fatalf("a blob tx without blobs: %v, want ErrBlobCount", err)
	}
}
