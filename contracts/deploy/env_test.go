package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet/l1dev"
)

// chainID is the embedded L1's chain id.
var chainID = big.NewInt(l1dev.DefaultChainID)

// autoMine seals a block after every transaction it sends, so that bind.WaitMined finds each
// receipt at its first poll and every transaction gets its own block. The L1 is l1dev, not
// go-ethereum's simulated backend: the simulated beacon's Commit waits for a payload-build
// broadcast that, on a loaded machine, can come before it waits and never again (it hung this
// package about once in 20 runs under load); l1dev builds each block synchronously.
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

// account is a funded test key.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t *testing.T, seed string) account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// env is an embedded L1 (Osaka, chain id 1337, blocks on demand) with the contracts deployed.
type env struct {
	t        *testing.T
	ctx      context.Context
	l1       *l1dev.L1
	client   autoMine
	deployer account
	batcher  account
	user     account
	addrs    *deploy.Addresses
	inbox    *bind.BoundContract
	bridge   *bind.BoundContract
	inboxB   *bindings.Inbox
	bridgeB  *bindings.Bridge
	errs     []*abi.ABI // the contracts' ABIs, to decode custom errors
}

func newEnv(t *testing.T, delay uint64) *env {
	t.Helper()
	e := &env{t: t, ctx: t.Context(), deployer: newAccount(t, "deployer"), batcher: newAccount(t, "batcher"), user: newAccount(t, "user")}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	l1, err := l1dev.New(l1dev.Config{Prefund: map[common.Address]*big.Int{e.deployer.addr: funds, e.batcher.addr: funds, e.user.addr: funds}})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(e.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l1.Stop(context.Background()) })
	c, err := ethclient.DialContext(e.ctx, l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	e.l1, e.client = l1, autoMine{Client: c, l1: l1}

	auth := e.opts(e.deployer)
	addrs, err := deploy.Deploy(e.ctx, e.client, auth, deploy.Config{Batcher: e.batcher.addr, ForceInclusionDelay: delay, ChainID: 1, GenesisRoot: common.Hash{1}})
	if err != nil {
		t.Fatal(err)
	}
	if auth.Nonce != nil {
		t.Fatal("Deploy modified auth.Nonce")
	}
	e.addrs = addrs
	e.inboxB, e.bridgeB = bindings.NewInbox(), bindings.NewBridge()
	e.inbox = e.inboxB.Instance(e.client, addrs.Inbox)
	e.bridge = e.bridgeB.Instance(e.client, addrs.Bridge)
	for _, md := range []*bind.MetaData{&bindings.InboxMetaData, &bindings.BridgeMetaData} {
		parsed, err := md.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		e.errs = append(e.errs, parsed)
	}
	return e
}

func (e *env) opts(a account) *bind.TransactOpts {
	auth := bind.NewKeyedTransactor(a.key, chainID)
	auth.Context = e.ctx
	return auth
}

// mine waits for tx's receipt (already sealed by autoCommit) and fails the test unless it
// succeeded.
func (e *env) mine(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	r, err := bind.WaitMined(e.ctx, e.client, tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

// transact sends a plain transaction calling c and returns its successful receipt.
func (e *env) transact(from account, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	opts := e.opts(from)
	opts.Value = value
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		e.t.Fatalf("transact: %v", err)
	}
	return e.mine(tx)
}

// call runs a view and unpacks its result.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

// revert runs msg as an eth_call that must revert with a custom error of the contracts' ABIs,
// and returns the error's name and arguments.
func (e *env) revert(msg ethereum.CallMsg) (string, []any) {
	e.t.Helper()
	_, err := e.client.CallContract(e.ctx, msg, nil)
	if err == nil {
		e.t.Fatal("call succeeded, want a revert")
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		e.t.Fatalf("call failed without revert data: %v", err)
	}
	hexData, _ := de.ErrorData().(string)
	data, derr := hexutil.Decode(hexData)
	if derr != nil || len(data) < 4 {
		e.t.Fatalf("revert data %q: %v (call error: %v)", hexData, derr, err)
	}
	for _, parsed := range e.errs {
		if ae, err := parsed.ErrorByID([4]byte(data[:4])); err == nil {
			args, err := ae.Inputs.Unpack(data[4:])
			if err != nil {
				e.t.Fatalf("revert %s: %v", ae.Name, err)
			}
			return ae.Name, args
		}
	}
	e.t.Fatalf("revert data %x is no known custom error", data)
	return "", nil
}

// wantRevert checks that msg reverts with the named error and, if args are given, those
// arguments (compared as their ABI-decoded Go values).
func (e *env) wantRevert(msg ethereum.CallMsg, name string, args ...any) {
	e.t.Helper()
	got, gotArgs := e.revert(msg)
	if got != name {
		e.t.Fatalf("reverted with %s%v, want %s", got, gotArgs, name)
	}
	if len(args) == 0 {
		return
	}
	if len(args) != len(gotArgs) {
		e.t.Fatalf("%s has %d arguments, want %d", name, len(gotArgs), len(args))
	}
	for i := range args {
		if !equalArg(args[i], gotArgs[i]) {
			e.t.Fatalf("%s argument %d = %v, want %v", name, i, gotArgs[i], args[i])
		}
	}
}

func equalArg(want, got any) bool {
	if w, ok := want.(*big.Int); ok {
		g, ok := got.(*big.Int)
		return ok && w.Cmp(g) == 0
	}
	return want == got
}

// header returns the block of a receipt.
func (e *env) header(r *types.Receipt) *types.Header {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// adjustTime seals an empty block d after the head.
func (e *env) adjustTime(d time.Duration) {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.l1.MineAt(e.ctx, h.Time+uint64(d/time.Second)); err != nil {
		e.t.Fatal(err)
	}
}

// sidecar packs payload into blobs (chain/blob) with a version-1 sidecar (cell proofs), which
// is what Osaka's pool accepts.
func sidecar(t *testing.T, payload []byte) *types.BlobTxSidecar {
	t.Helper()
	blobs, err := blob.Pack(payload)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := blob.NewSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	var proofs []kzg4844.Proof
	for i := range blobs {
		p, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		proofs = append(proofs, p...)
	}
	out := types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, sc.Commitments, proofs)
	for i, h := range out.BlobHashes() {
		if h != sc.Hashes[i] {
			t.Fatalf("blob %d: versioned hash %s, chain/blob says %s", i, h, sc.Hashes[i])
		}
	}
	return out
}

// sendBlobTx sends a blob transaction from a to the Inbox. gas 0 estimates it (and fails the
// test if the call would revert).
func (e *env) sendBlobTx(a account, data []byte, sc *types.BlobTxSidecar, gas uint64) *types.Receipt {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	nonce, err := e.client.PendingNonceAt(e.ctx, a.addr)
	if err != nil {
		e.t.Fatal(err)
	}
	tip := big.NewInt(2 * params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	blobFeeCap := big.NewInt(params.GWei)
	if gas == 0 {
		gas, err = e.client.EstimateGas(e.ctx, ethereum.CallMsg{
			From: a.addr, To: &e.addrs.Inbox, Data: data, GasFeeCap: feeCap, GasTipCap: tip,
			BlobGasFeeCap: blobFeeCap, BlobHashes: sc.BlobHashes(),
		})
		if err != nil {
			e.t.Fatalf("estimate blob tx: %v", err)
		}
	}
	tx := types.MustSignNewTx(a.key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID:    uint256.MustFromBig(chainID),
		Nonce:      nonce,
		GasTipCap:  uint256.MustFromBig(tip),
		GasFeeCap:  uint256.MustFromBig(feeCap),
		Gas:        gas,
		To:         e.addrs.Inbox,
		Data:       data,
		BlobFeeCap: uint256.MustFromBig(blobFeeCap),
		BlobHashes: sc.BlobHashes(),
		Sidecar:    sc,
	})
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatalf("send blob tx: %v", err)
	}
	r, err := bind.WaitMined(e.ctx, e.client, tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if len(r.Logs) == 0 && r.Status == types.ReceiptStatusSuccessful {
		e.t.Fatal("blob tx succeeded without logs")
	}
	return r
}

// inboxCall is an eth_call message to the Inbox.
func (e *env) inboxCall(from common.Address, data []byte, blobHashes []common.Hash) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &e.addrs.Inbox, Data: data, BlobHashes: blobHashes}
}
