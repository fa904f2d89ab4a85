package l1dev_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"go.uber.org/goleak"

	"github.com/crollup/crollup/devnet/l1dev"
)

// devKey0Address pins DevKeys(1)[0]: keccak256("crollup/l1dev/dev-key/0") as a secp256k1 key.
const devKey0Address = "0xdB1d022944A9BAF4Cb38AccC70b69D657cf1386F"

// testTimeout bounds every test's chain interactions; it is a hang guard, not a timing assertion.
const testTimeout = 60 * time.Second

func startL1(t *testing.T, cfg l1dev.Config) *l1dev.L1 {
	t.Helper()
	l, err := l1dev.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := l.Start(context.Background()); err != nil {
		_ = l.Stop(context.Background())
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := l.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return l
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

func addr(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// signedTx signs a dynamic-fee transaction with fees any block here accepts (base fee starts at 1 gwei).
func signedTx(t *testing.T, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(50e9),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	return tx
}

func send(t *testing.T, ctx context.Context, c *ethclient.Client, tx *types.Transaction) {
	t.Helper()
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send tx %s: %v", tx.Hash(), err)
	}
}

func receipt(t *testing.T, ctx context.Context, c *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r, err := c.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed (block %d)", tx.Hash(), r.BlockNumber)
	}
	return r
}

func mine(t *testing.T, ctx context.Context, l *l1dev.L1) *types.Block {
	t.Helper()
	b, err := l.Mine(ctx)
	if err != nil {
		t.Fatalf("Mine: %v", err)
	}
	return b
}

// randomBlobs returns n blobs of seeded random field elements (the top byte of each element zero, so every
// element is canonical).
func randomBlobs(seed uint64, n int) []kzg4844.Blob {
	rng := rand.New(rand.NewPCG(seed, 0x6c3164657621))
	blobs := make([]kzg4844.Blob, n)
	for i := range blobs {
		for j := range blobs[i] {
			if j%32 != 0 {
				blobs[i][j] = byte(rng.Uint32())
			}
		}
	}
	return blobs
}

// blobTx builds an Osaka blob transaction: a version-1 sidecar with cell proofs (the pool refuses version 0).
func blobTx(t *testing.T, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, blobs []kzg4844.Blob) *types.Transaction {
	t.Helper()
	var commitments []kzg4844.Commitment
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			t.Fatalf("commitment: %v", err)
		}
		p, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			t.Fatalf("cell proofs: %v", err)
		}
		commitments = append(commitments, c)
		proofs = append(proofs, p...)
	}
	sidecar := types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, proofs)
	to := common.HexToAddress("0x000000000000000000000000000000000000b10b")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID:    uint256.MustFromBig(chainID),
		Nonce:      nonce,
		GasTipCap:  uint256.NewInt(1e9),
		GasFeeCap:  uint256.NewInt(50e9),
		Gas:        21_000,
		To:         to,
		BlobFeeCap: uint256.NewInt(1e9),
		BlobHashes: sidecar.BlobHashes(),
		Sidecar:    sidecar,
	})
	if err != nil {
		t.Fatalf("sign blob tx: %v", err)
	}
	return tx
}

func beaconClient(l *l1dev.L1) *sources.L1BeaconClient {
	lg := log.NewLogger(log.DiscardHandler())
	return sources.NewL1BeaconClient(
		sources.NewBeaconHTTPClient(client.NewBasicHTTPClient(l.BeaconEndpoint(), lg)),
		sources.L1BeaconClientConfig{})
}

// checkBlobsServed fetches a block's blobs the way crollup's derivation will (op-service's L1BeaconClient, by the
// block's time and the versioned hashes) and compares them byte for byte with what was sent.
func checkBlobsServed(t *testing.T, ctx context.Context, l *l1dev.L1, blockTime uint64, hashes []common.Hash, want []kzg4844.Blob) {
	t.Helper()
	got, err := beaconClient(l).GetBlobsByHash(ctx, blockTime, hashes)
	if err != nil {
		t.Fatalf("GetBlobsByHash: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d blobs, want %d", len(got), len(want))
	}
	for i := range want {
		if !bytes.Equal(got[i][:], want[i][:]) {
			t.Fatalf("blob %d differs from the one sent", i)
		}
	}
}

func TestDevKeys(t *testing.T) {
	a, b := l1dev.DevKeys(l1dev.DevAccounts), l1dev.DevKeys(3)
	seen := make(map[common.Address]bool)
	for i, k := range a {
		if seen[addr(k)] {
			t.Fatalf("dev key %d repeats an address", i)
		}
		seen[addr(k)] = true
		if i < len(b) && !k.Equal(b[i]) {
			t.Fatalf("dev key %d differs between calls", i)
		}
	}
	// Pinned: the keys are part of the devnet's interface (wallet imports, scripts).
	if got, want := addr(a[0]), common.HexToAddress(devKey0Address); got != want {
		t.Fatalf("dev key 0 is %s, want %s", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("DevKeys(DevAccounts+1) did not panic")
		}
	}()
	l1dev.DevKeys(l1dev.DevAccounts + 1)
}

func TestConfigRejected(t *testing.T) {
	for _, cfg := range []l1dev.Config{
		{BlockTime: 1500 * time.Millisecond},
		{BlockTime: -time.Second},
		{GasLimit: 1000},
		{HTTPPort: 70000},
		{Prefund: map[common.Address]*big.Int{{1}: big.NewInt(-1)}},
	} {
		if l, err := l1dev.New(cfg); err == nil {
			_ = l.Stop(context.Background())
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

func TestLifecycle(t *testing.T) {
	ctx := testContext(t)
	l, err := l1dev.New(l1dev.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Mine(ctx); !errors.Is(err, l1dev.ErrNotStarted) {
		t.Fatalf("Mine before Start: %v, want ErrNotStarted", err)
	}
	if l.HTTPEndpoint() != "" || l.BeaconEndpoint() != "" {
		t.Fatal("endpoints before Start")
	}
	if err := l.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := l.Start(ctx); err == nil {
		t.Fatal("second Start accepted")
	}
	for _, u := range []string{l.HTTPEndpoint(), l.WSEndpoint(), l.BeaconEndpoint()} {
		if !strings.Contains(u, "://127.0.0.1:") {
			t.Fatalf("endpoint %q not on loopback", u)
		}
	}
	if err := l.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := l.Stop(ctx); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := l.Mine(ctx); !errors.Is(err, l1dev.ErrStopped) {
		t.Fatalf("Mine after Stop: %v, want ErrStopped", err)
	}
	if err := l.Start(ctx); !errors.Is(err, l1dev.ErrStopped) {
		t.Fatalf("Start after Stop: %v, want ErrStopped", err)
	}
	// Stop without Start releases the chain too.
	l2, err := l1dev.New(l1dev.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := l2.Stop(ctx); err != nil {
		t.Fatalf("Stop without Start: %v", err)
	}
}

func TestMineTransfer(t *testing.T) {
	ctx := testContext(t)
	extra := common.HexToAddress("0x00000000000000000000000000000000000e47a1")
	l := startL1(t, l1dev.Config{ChainID: 901, Prefund: map[common.Address]*big.Int{extra: big.NewInt(12345)}})
	c := dial(t, l.HTTPEndpoint())

	id, err := c.ChainID(ctx)
	if err != nil || id.Cmp(l.ChainID()) != 0 || id.Uint64() != 901 {
		t.Fatalf("eth_chainId %v (%v), L1 says %v, want 901", id, err, l.ChainID())
	}
	for i, k := range l1dev.DevKeys(l1dev.DevAccounts) {
		bal, err := c.BalanceAt(ctx, addr(k), nil)
		if err != nil || bal.Cmp(l1dev.DevBalance()) != 0 {
			t.Fatalf("dev account %d balance %v (%v), want %v", i, bal, err, l1dev.DevBalance())
		}
	}
	if bal, err := c.BalanceAt(ctx, extra, nil); err != nil || bal.Int64() != 12345 {
		t.Fatalf("prefunded balance %v (%v), want 12345", bal, err)
	}

	keys := l1dev.DevKeys(2)
	to := addr(keys[1])
	value := big.NewInt(1_000_000_007)
	tx := signedTx(t, l.ChainID(), keys[0], 0, &to, value, 21_000, nil)
	send(t, ctx, c, tx)
	block := mine(t, ctx, l)
	if block.NumberU64() != 1 || len(block.Transactions()) != 1 || block.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("block %d has %d txs, want block 1 with the transfer", block.NumberU64(), len(block.Transactions()))
	}
	if r := receipt(t, ctx, c, tx); r.BlockHash != block.Hash() {
		t.Fatalf("receipt in block %s, mined %s", r.BlockHash, block.Hash())
	}
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil || new(big.Int).Sub(bal, l1dev.DevBalance()).Cmp(value) != 0 {
		t.Fatalf("recipient balance %v (%v), want DevBalance + %v", bal, err, value)
	}

	// An empty Mine still moves the chain, one slot later at least.
	empty := mine(t, ctx, l)
	if empty.NumberU64() != 2 || len(empty.Transactions()) != 0 || empty.Time() <= block.Time() || empty.ParentHash() != block.Hash() {
		t.Fatalf("second block: number %d, %d txs, time %d after %d", empty.NumberU64(), len(empty.Transactions()), empty.Time(), block.Time())
	}
	if head, err := c.BlockNumber(ctx); err != nil || head != 2 {
		t.Fatalf("eth_blockNumber %d (%v), want 2", head, err)
	}
	// MineAt warps time: a block at the given timestamp, then one slot after it; not backwards.
	warp, err := l.MineAt(ctx, empty.Time()+3600)
	if err != nil || warp.Time() != empty.Time()+3600 || warp.NumberU64() != 3 {
		t.Fatalf("MineAt: %v (%v), want block 3 at %d", warp, err, empty.Time()+3600)
	}
	if next := mine(t, ctx, l); next.Time() != warp.Time()+1 {
		t.Fatalf("the block after a warp at %d, want %d", next.Time(), warp.Time()+1)
	}
	if _, err := l.MineAt(ctx, warp.Time()); err == nil {
		t.Fatal("MineAt a past timestamp succeeded")
	}
	empty = warp
	fin, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil || fin.Number.Uint64() != 4 {
		t.Fatalf("finalized block %v (%v), want the head (FinalityDepth 0)", fin, err)
	}
}

func TestTimedBlocks(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{BlockTime: time.Second})
	ws := dial(t, l.WSEndpoint())
	heads := make(chan *types.Header, 64)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer sub.Unsubscribe()

	keys := l1dev.DevKeys(1)
	to := common.HexToAddress("0x0000000000000000000000000000000000001234")
	tx := signedTx(t, l.ChainID(), keys[0], 0, &to, big.NewInt(1), 21_000, nil)
	send(t, ctx, ws, tx)

	// The loop alone must include the transaction (no Mine), and keep going after it.
	var prev *types.Header
	var included uint64
	for included == 0 || prev.Number.Uint64() < included+1 {
		select {
		case h := <-heads:
			if prev != nil && (h.Number.Uint64() != prev.Number.Uint64()+1 || h.Time <= prev.Time) {
				t.Fatalf("head %d at %d after head %d at %d", h.Number, h.Time, prev.Number, prev.Time)
			}
			if (h.Time-l.GenesisTime())%l.SecondsPerSlot() != 0 {
				t.Fatalf("block %d at %d is not on a slot boundary", h.Number, h.Time)
			}
			prev = h
			if included == 0 {
				if r, err := ws.TransactionReceipt(ctx, tx.Hash()); err == nil {
					included = r.BlockNumber.Uint64()
				}
			}
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-ctx.Done():
			t.Fatalf("transfer not included by the block loop (head %v)", prev)
		}
	}
	receipt(t, ctx, ws, tx)
}

func TestBlobRoundTrip(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{})
	c := dial(t, l.HTTPEndpoint())
	key := l1dev.DevKeys(1)[0]

	first := mine(t, ctx, l) // a blob-less block first, so the blobs are not in slot 1 by accident
	blobs := randomBlobs(1, 2)
	tx := blobTx(t, l.ChainID(), key, 0, blobs)
	send(t, ctx, c, tx)
	block := mine(t, ctx, l)
	if len(block.Transactions()) != 1 || block.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("block %d does not hold the blob tx alone", block.NumberU64())
	}
	receipt(t, ctx, c, tx)
	if got := *block.BlobGasUsed(); got != 2*131072 {
		t.Fatalf("blob gas used %d, want two blobs' worth", got)
	}

	hashes := tx.BlobHashes()
	checkBlobsServed(t, ctx, l, block.Time(), hashes, blobs)
	// Order follows the request, as op-service guarantees.
	checkBlobsServed(t, ctx, l, block.Time(), []common.Hash{hashes[1], hashes[0]}, []kzg4844.Blob{blobs[1], blobs[0]})

	slot := (block.Time() - l.GenesisTime()) / l.SecondsPerSlot()
	base := l.BeaconEndpoint()
	var all struct{ Data []string }
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d", base, slot), http.StatusOK, &all)
	if len(all.Data) != 2 || all.Data[0] != "0x"+fmt.Sprintf("%x", blobs[0][:]) || all.Data[1] != "0x"+fmt.Sprintf("%x", blobs[1][:]) {
		t.Fatalf("unfiltered blobs route returned %d blobs, want both in block order", len(all.Data))
	}
	var one struct{ Data []string }
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d?versioned_hashes=%s", base, slot, hashes[1].Hex()), http.StatusOK, &one)
	if len(one.Data) != 1 || one.Data[0] != "0x"+fmt.Sprintf("%x", blobs[1][:]) {
		t.Fatalf("filtered blobs route returned %d blobs, want blob 1", len(one.Data))
	}
	var none struct{ Data []string }
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d", base, (first.Time()-l.GenesisTime())/l.SecondsPerSlot()), http.StatusOK, &none)
	if none.Data == nil || len(none.Data) != 0 {
		t.Fatalf("blob-less block: %v, want an empty list", none.Data)
	}
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d", base, slot+1000), http.StatusNotFound, nil)
	getJSON(t, base+"/eth/v1/beacon/blobs/0xabc", http.StatusBadRequest, nil)
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d?versioned_hashes=0x12", base, slot), http.StatusBadRequest, nil)
	var genesis struct {
		Data struct {
			GenesisTime string `json:"genesis_time"`
		}
	}
	getJSON(t, base+"/eth/v1/beacon/genesis", http.StatusOK, &genesis)
	if genesis.Data.GenesisTime != fmt.Sprint(l.GenesisTime()) {
		t.Fatalf("genesis_time %q, want %d", genesis.Data.GenesisTime, l.GenesisTime())
	}
	// A slot past the head is not there yet: op-service sees ethereum.NotFound.
	if _, err := beaconClient(l).GetBlobsByHash(ctx, block.Time()+1, hashes); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("blobs of a future slot: %v, want NotFound", err)
	}
}

func getJSON(t *testing.T, url string, wantStatus int, into any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s: status %d, want %d: %.200s", url, resp.StatusCode, wantStatus, body)
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("GET %s: decode: %v", url, err)
		}
	}
}

// emitterInitCode deploys a contract that logs its calldata: LOG1(data = calldata, topic0 = emitterTopic).
//
//	init:    PUSH1 0x29 PUSH1 0x0a PUSH0 CODECOPY PUSH1 0x29 PUSH0 RETURN      (copy and return the runtime)
//	runtime: CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY PUSH32 topic CALLDATASIZE PUSH0 LOG1 STOP
func emitterInitCode(topic common.Hash) []byte {
	code := common.FromHex("0x6029600a5f3960295ff3" + "365f5f37" + "7f")
	code = append(code, topic[:]...)
	return append(code, common.FromHex("0x365fa100")...)
}

func TestGetLogs(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{})
	c := dial(t, l.HTTPEndpoint())
	key := l1dev.DevKeys(1)[0]
	topic := crypto.Keccak256Hash([]byte("Ping(bytes)"))

	deploy := signedTx(t, l.ChainID(), key, 0, nil, nil, 200_000, emitterInitCode(topic))
	send(t, ctx, c, deploy)
	mine(t, ctx, l)
	contract := receipt(t, ctx, c, deploy).ContractAddress
	if code, err := c.CodeAt(ctx, contract, nil); err != nil || len(code) != 0x29 {
		t.Fatalf("deployed code: %d bytes (%v), want 41", len(code), err)
	}

	payload := []byte("crollup l1dev says hello to eth_getLogs")
	call := signedTx(t, l.ChainID(), key, 1, &contract, nil, 100_000, payload)
	send(t, ctx, c, call)
	mine(t, ctx, l) // block 2
	mine(t, ctx, l) // block 3, so the query spans blocks without logs too
	r := receipt(t, ctx, c, call)

	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Addresses: []common.Address{contract},
		Topics:    [][]common.Hash{{topic}},
	})
	if err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
	if len(logs) != 1 {
		t.Fatalf("eth_getLogs returned %d logs, want 1", len(logs))
	}
	lg := logs[0]
	if lg.Address != contract || lg.Topics[0] != topic || !bytes.Equal(lg.Data, payload) || lg.TxHash != call.Hash() || lg.BlockNumber != r.BlockNumber.Uint64() {
		t.Fatalf("log %+v does not match the call", lg)
	}
	other, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte("Pong()"))}}})
	if err != nil || len(other) != 0 {
		t.Fatalf("query for an unused topic: %d logs (%v), want none", len(other), err)
	}
}

func TestDataDirRestart(t *testing.T) {
	ctx := testContext(t)
	dir := filepath.Join(t.TempDir(), "l1")
	cfg := l1dev.Config{DataDir: dir}
	to := common.HexToAddress("0x000000000000000000000000000000000000a11c")
	blobs := randomBlobs(2, 1)

	first, err := l1dev.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Start(ctx); err != nil {
		t.Fatal(err)
	}
	c := dial(t, first.HTTPEndpoint())
	keys := l1dev.DevKeys(2) // one account per pool: the tx pool reserves an account for blob or plain txs
	transfer := signedTx(t, first.ChainID(), keys[0], 0, &to, big.NewInt(77), 21_000, nil)
	send(t, ctx, c, transfer)
	bt := blobTx(t, first.ChainID(), keys[1], 0, blobs)
	send(t, ctx, c, bt)
	blobBlock := mine(t, ctx, first)
	if len(blobBlock.Transactions()) != 2 {
		t.Fatalf("block 1 holds %d txs, want the transfer and the blob tx", len(blobBlock.Transactions()))
	}
	receipt(t, ctx, c, transfer)
	receipt(t, ctx, c, bt)
	head := mine(t, ctx, first)
	genesisTime := first.GenesisTime()

	// The data dir is locked while in use.
	if l, err := l1dev.New(cfg); err == nil {
		_ = l.Stop(ctx)
		t.Fatal("a second L1 opened a data dir in use")
	}
	c.Close()
	if err := first.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// What cannot be honoured on a stored chain is refused.
	for _, bad := range []l1dev.Config{{DataDir: dir, BlockTime: 3 * time.Second}, {DataDir: dir, ChainID: 5}} {
		if l, err := l1dev.New(bad); err == nil {
			_ = l.Stop(ctx)
			t.Fatalf("reopen with %+v accepted", bad)
		}
	}

	second := startL1(t, cfg)
	c2 := dial(t, second.HTTPEndpoint())
	if second.GenesisTime() != genesisTime {
		t.Fatalf("genesis time %d after reopen, was %d", second.GenesisTime(), genesisTime)
	}
	got, err := c2.HeaderByNumber(ctx, nil)
	if err != nil || got.Hash() != head.Hash() {
		t.Fatalf("head after reopen %v (%v), want block %d %s", got, err, head.NumberU64(), head.Hash())
	}
	if bal, err := c2.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 77 {
		t.Fatalf("balance after reopen %v (%v), want 77", bal, err)
	}
	checkBlobsServed(t, ctx, second, blobBlock.Time(), bt.BlobHashes(), blobs)
	next := mine(t, ctx, second)
	if next.ParentHash() != head.Hash() || next.NumberU64() != head.NumberU64()+1 {
		t.Fatalf("block after reopen: number %d parent %s, want %d on %s", next.NumberU64(), next.ParentHash(), head.NumberU64()+1, head.Hash())
	}
}

// TestStopLeavesNoGoroutines runs a timed L1 on a data dir with clients on both transports and checks that Stop
// ends every goroutine it started. The one exception is go-ethereum's: catalyst.NewConsensusAPI starts a heartbeat
// with no exit path (eth/catalyst/api.go), which Stop cannot end. Some goroutines end shortly after Stop rather
// than in it (goleveldb's pool drain, under the p2p node database, waits up to 1 s), longer than goleak's own
// retries, so the check polls for a bounded time.
func TestStopLeavesNoGoroutines(t *testing.T) {
	opts := []goleak.Option{
		goleak.IgnoreCurrent(),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/catalyst.(*ConsensusAPI).heartbeat"),
		// go-ethereum/core's process-wide sender-recovery workers, started once on first use, shared by every chain.
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
	}
	defer func() {
		deadline := time.Now().Add(10 * time.Second)
		for {
			err := goleak.Find(opts...)
			if err == nil {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("goroutines left after Stop: %v", err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	l, err := l1dev.New(l1dev.Config{BlockTime: time.Second, DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Start(ctx); err != nil {
		t.Fatal(err)
	}
	ws, err := ethclient.Dial(l.WSEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-heads:
	case <-ctx.Done():
		t.Fatal("no block")
	}
	hc, err := ethclient.Dial(l.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hc.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := beaconClient(l).GetBlobsByHash(ctx, l.GenesisTime(), []common.Hash{{1}}); err == nil {
		t.Fatal("blobs of the genesis slot served")
	}
	sub.Unsubscribe()
	ws.Close()
	hc.Close()
	if err := l.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestMineOnTimedChain(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{BlockTime: time.Second})
	var prev *types.Block
	for range 3 {
		b := mine(t, ctx, l)
		if prev != nil && (b.NumberU64() <= prev.NumberU64() || b.Time() <= prev.Time()) {
			t.Fatalf("block %d at %d after block %d at %d", b.NumberU64(), b.Time(), prev.NumberU64(), prev.Time())
		}
		if (b.Time()-l.GenesisTime())%l.SecondsPerSlot() != 0 {
			t.Fatalf("mined block %d at %d is not on a slot boundary", b.NumberU64(), b.Time())
		}
		prev = b
	}
	// Stop while Mines are waiting and running: each ends with a block or ErrStopped, none hangs.
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			_, err := l.Mine(ctx)
			errs <- err
		}()
	}
	if err := l.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	for range cap(errs) {
		if err := <-errs; err != nil && !errors.Is(err, l1dev.ErrStopped) {
			t.Fatalf("Mine racing Stop: %v", err)
		}
	}
}

// recordingHandler keeps the messages of every record it is given.
type recordingHandler struct {
	mu   sync.Mutex
	msgs []string
}

func (h *recordingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *recordingHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *recordingHandler) WithGroup(string) slog.Handler            { return h }
func (h *recordingHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.msgs = append(h.msgs, r.Message)
	return nil
}

func (h *recordingHandler) has(msg string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Contains(h.msgs, msg)
}

func TestLogRouting(t *testing.T) {
	ctx := testContext(t)
	h := &recordingHandler{}
	lg := log.NewLogger(h)
	l, err := l1dev.New(l1dev.Config{Log: lg})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if log.Root() != lg {
		t.Error("go-ethereum's global logger is not Config.Log while running")
	}
	if err := l.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if log.Root() == lg {
		t.Error("go-ethereum's global logger still points at Config.Log after Stop")
	}
	// One of go-ethereum's own messages (eth.New logs through the global) and one of ours.
	for _, msg := range []string{"Initialising Ethereum protocol", "L1 started", "L1 stopped"} {
		if !h.has(msg) {
			t.Errorf("log %q not seen", msg)
		}
	}
}

// TestReorg drops two blocks, one holding a transfer, for a block holding a conflicting
// transfer (same sender and nonce, another recipient): the first transfer is gone for good, the
// chain is one block shorter, and a reorg deeper than the finality depth is refused.
func TestReorg(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{FinalityDepth: 4})
	c := dial(t, l.HTTPEndpoint())
	keys := l1dev.DevKeys(3)
	a, b := addr(keys[1]), addr(keys[2])
	value := big.NewInt(777)
	mine(t, ctx, l) // block 1
	tx := signedTx(t, l.ChainID(), keys[0], 0, &a, value, 21_000, nil)
	send(t, ctx, c, tx)
	dropped := mine(t, ctx, l) // block 2 holds tx
	mine(t, ctx, l)            // block 3
	if _, err := l.Reorg(ctx, 5, nil); err == nil {
		t.Fatal("a reorg past the finalized block was accepted")
	}
	other := signedTx(t, l.ChainID(), keys[0], 0, &b, value, 21_000, nil)
	nb, err := l.Reorg(ctx, 2, []*types.Transaction{other})
	if err != nil {
		t.Fatal(err)
	}
	if nb.NumberU64() != 2 || nb.Hash() == dropped.Hash() || nb.Time() != dropped.Time() || len(nb.Transactions()) != 1 || nb.Transactions()[0].Hash() != other.Hash() {
		t.Fatalf("reorg block %d (%d txs, time %d; dropped block time %d)", nb.NumberU64(), len(nb.Transactions()), nb.Time(), dropped.Time())
	}
	if head, err := c.BlockNumber(ctx); err != nil || head != 2 {
		t.Fatalf("head %d (%v) after the reorg, want 2", head, err)
	}
	if _, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("the dropped transfer still has a receipt")
	}
	mine(t, ctx, l) // the pool must not bring the dropped transfer back: its nonce is used
	for who, want := range map[common.Address]int64{a: 0, b: 777} {
		bal, err := c.BalanceAt(ctx, who, nil)
		if err != nil || new(big.Int).Sub(bal, l1dev.DevBalance()).Int64() != want {
			t.Fatalf("balance of %s: %v (%v), want DevBalance + %d", who, bal, err, want)
		}
	}
}

// TestBeaconRoutes drives the beacon routes a standard client calls besides the blobs one
// (node version, headers, blob sidecars) over HTTP, decoding them into op-service's beacon API
// types, and checks each sidecar's KZG proof.
func TestBeaconRoutes(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{})
	c := dial(t, l.HTTPEndpoint())
	key := l1dev.DevKeys(1)[0]
	base := l.BeaconEndpoint()

	var ver struct {
		Data struct{ Version string }
	}
	getJSON(t, base+"/eth/v1/node/version", http.StatusOK, &ver)
	if !strings.HasPrefix(ver.Data.Version, "crollup-l1dev/") {
		t.Fatalf("node version %q", ver.Data.Version)
	}

	empty := mine(t, ctx, l)
	blobs := randomBlobs(7, 2)
	tx := blobTx(t, l.ChainID(), key, 0, blobs)
	send(t, ctx, c, tx)
	block := mine(t, ctx, l)
	receipt(t, ctx, c, tx)
	slot := (block.Time() - l.GenesisTime()) / l.SecondsPerSlot()

	type headerResponse struct {
		Finalized bool `json:"finalized"`
		Data      struct {
			Root      common.Hash                 `json:"root"`
			Canonical bool                        `json:"canonical"`
			Header    eth.SignedBeaconBlockHeader `json:"header"`
		} `json:"data"`
	}
	checkHeader := func(id string, want *types.Header) {
		t.Helper()
		var h headerResponse
		getJSON(t, base+"/eth/v1/beacon/headers/"+id, http.StatusOK, &h)
		m := h.Data.Header.Message
		if h.Data.Root != want.Hash() || !h.Data.Canonical || uint64(m.Slot) != (want.Time-l.GenesisTime())/l.SecondsPerSlot() ||
			common.Hash(m.ParentRoot) != want.ParentHash || common.Hash(m.StateRoot) != want.Root || common.Hash(m.BodyRoot) != want.TxHash ||
			len(h.Data.Header.Signature) != 96 {
			t.Fatalf("header %s: %+v, want block %d %s", id, h, want.Number, want.Hash())
		}
	}
	checkHeader(fmt.Sprint(slot), block.Header())
	checkHeader("head", block.Header())
	checkHeader(block.Hash().Hex(), block.Header())
	checkHeader(fmt.Sprint((empty.Time()-l.GenesisTime())/l.SecondsPerSlot()), empty.Header())
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/headers/%d", base, slot+1000), http.StatusNotFound, nil)
	getJSON(t, base+"/eth/v1/beacon/headers/"+common.Hash{1}.Hex(), http.StatusNotFound, nil)
	getJSON(t, base+"/eth/v1/beacon/headers/0x12", http.StatusBadRequest, nil)

	checkSidecars := func(query string, want ...int) {
		t.Helper()
		var res eth.APIGetBlobSidecarsResponse
		getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d%s", base, slot, query), http.StatusOK, &res)
		if len(res.Data) != len(want) {
			t.Fatalf("sidecars%s: %d, want %d", query, len(res.Data), len(want))
		}
		for k, sc := range res.Data {
			i := want[k]
			blob := kzg4844.Blob(sc.Blob)
			commitment, proof := kzg4844.Commitment(sc.KZGCommitment), kzg4844.Proof(sc.KZGProof)
			if uint64(sc.Index) != uint64(i) || blob != blobs[i] ||
				kzg4844.CalcBlobHashV1(sha256.New(), &commitment) != tx.BlobHashes()[i] {
				t.Fatalf("sidecar %d: index %d, or blob or commitment not blob %d's", k, sc.Index, i)
			}
			if err := kzg4844.VerifyBlobProof(&blob, commitment, proof); err != nil {
				t.Fatalf("sidecar %d: KZG proof: %v", i, err)
			}
			if uint64(sc.SignedBlockHeader.Message.Slot) != slot || len(sc.InclusionProof) != 17 {
				t.Fatalf("sidecar %d: header slot %d, %d-hash inclusion proof", i, sc.SignedBlockHeader.Message.Slot, len(sc.InclusionProof))
			}
		}
	}
	checkSidecars("", 0, 1)
	checkSidecars("?indices=1", 1)
	checkSidecars("?indices=0,1", 0, 1)
	var none eth.APIGetBlobSidecarsResponse
	getJSON(t, base+"/eth/v1/beacon/blob_sidecars/"+empty.Hash().Hex(), http.StatusOK, &none)
	if none.Data == nil || len(none.Data) != 0 {
		t.Fatalf("blob-less block: %v, want an empty list", none.Data)
	}
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d?indices=x", base, slot), http.StatusBadRequest, nil)
	getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d", base, slot+1000), http.StatusNotFound, nil)

	// op-service's client reads the same blobs through the blobs route.
	checkBlobsServed(t, ctx, l, block.Time(), tx.BlobHashes(), blobs)
}

// TestReorgRPC drives l1dev_reorg over JSON-RPC. With reinclude, the block that replaces two
// dropped blocks holds their transactions in chain order; without, it is empty and the dropped
// transactions go back to the pool, which the next block takes them from.
func TestReorgRPC(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{FinalityDepth: 4})
	c := dial(t, l.HTTPEndpoint())
	keys := l1dev.DevKeys(3)
	a := addr(keys[2])
	mine(t, ctx, l) // block 1
	tx1 := signedTx(t, l.ChainID(), keys[0], 0, &a, big.NewInt(1), 21_000, nil)
	send(t, ctx, c, tx1)
	mine(t, ctx, l) // block 2
	tx2 := signedTx(t, l.ChainID(), keys[1], 0, &a, big.NewInt(2), 21_000, nil)
	send(t, ctx, c, tx2)
	mine(t, ctx, l) // block 3
	reorg := func(depth uint64, reinclude bool) *types.Block {
		t.Helper()
		var n hexutil.Uint64
		if err := c.Client().CallContext(ctx, &n, "l1dev_reorg", hexutil.Uint64(depth), reinclude); err != nil {
			t.Fatal(err)
		}
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(uint64(n)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	hashes := func(b *types.Block) []common.Hash {
		var out []common.Hash
		for _, tx := range b.Transactions() {
			out = append(out, tx.Hash())
		}
		return out
	}
	b := reorg(2, true)
	if b.NumberU64() != 2 || !slices.Equal(hashes(b), []common.Hash{tx1.Hash(), tx2.Hash()}) {
		t.Fatalf("reorg with reinclude: block %d holds %v, want 2 holding %s, %s", b.NumberU64(), hashes(b), tx1.Hash(), tx2.Hash())
	}
	b = reorg(1, false)
	if b.NumberU64() != 2 || len(b.Transactions()) != 0 {
		t.Fatalf("reorg without reinclude: block %d holds %v, want 2, empty", b.NumberU64(), hashes(b))
	}
	next := mine(t, ctx, l)
	if got := hashes(next); len(got) != 2 || !slices.Contains(got, tx1.Hash()) || !slices.Contains(got, tx2.Hash()) {
		t.Fatalf("the block after: %v, want the two dropped transactions from the pool", got)
	}
	var n hexutil.Uint64
	if err := c.Client().CallContext(ctx, &n, "l1dev_reorg", hexutil.Uint64(9), false); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Fatalf("a reorg past the finalized block: %v", err)
	}
}

// TestReorgAgainLeavesOut: ReorgAgain leaves out of the new block a dropped transaction whose fee
// cap is under that block's base fee (it was included later, at a lower base fee), and the later
// transaction of the same sender (its nonce would not follow); both go back to the pool, and the
// next block takes them.
func TestReorgAgainLeavesOut(t *testing.T) {
	ctx := testContext(t)
	l := startL1(t, l1dev.Config{FinalityDepth: 8})
	c := dial(t, l.HTTPEndpoint())
	keys := l1dev.DevKeys(2)
	to := addr(keys[1])
	tx1 := signedTx(t, l.ChainID(), keys[1], 0, &to, big.NewInt(1), 21_000, nil)
	send(t, ctx, c, tx1)
	mine(t, ctx, l) // block 1: tx1, at the first block's base fee
	for range 3 {
		mine(t, ctx, l) // empty blocks: the base fee falls
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	next := eip1559.CalcBaseFee(params.AllDevChainProtocolChanges, head, head.Time+1)
	cheap, err := types.SignNewTx(keys[0], types.LatestSignerForChainID(l.ChainID()), &types.DynamicFeeTx{ChainID: l.ChainID(), Nonce: 0,
		GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(next, big.NewInt(1)), Gas: 21_000, To: &to, Value: big.NewInt(2)})
	if err != nil {
		t.Fatal(err)
	}
	after := signedTx(t, l.ChainID(), keys[0], 1, &to, big.NewInt(3), 21_000, nil)
	send(t, ctx, c, cheap)
	send(t, ctx, c, after)
	b5 := mine(t, ctx, l) // block 5: cheap and after, at a base fee under block 1's
	if len(b5.Transactions()) != 2 {
		t.Fatalf("block 5 holds %d transactions, want 2", len(b5.Transactions()))
	}
	nb, err := l.ReorgAgain(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if nb.NumberU64() != 1 || len(nb.Transactions()) != 1 || nb.Transactions()[0].Hash() != tx1.Hash() {
		t.Fatalf("the new block %d holds %d transactions, want 1 holding only %s", nb.NumberU64(), len(nb.Transactions()), tx1.Hash())
	}
	for range 3 {
		if _, err := c.TransactionReceipt(ctx, after.Hash()); err == nil {
			break
		}
		mine(t, ctx, l) // the base fee falls again, and the pool gives them back
	}
	for _, tx := range []*types.Transaction{cheap, after} {
		if _, err := c.TransactionReceipt(ctx, tx.Hash()); err != nil {
			t.Fatalf("transaction %s left out is not included again: %v", tx.Hash(), err)
		}
	}
}
