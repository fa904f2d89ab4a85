package deploy_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
)

const delay = 3600 // force-inclusion delay used by the tests, in seconds

func TestDeploy(t *testing.T) {
	e := newEnv(t, delay)
	for name, addr := range map[string]common.Address{"Inbox": e.addrs.Inbox, "Bridge": e.addrs.Bridge} {
		code, err := e.client.CodeAt(e.ctx, addr, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s: %d code bytes, %v", name, addr, len(code), err)
		}
	}
	// The six contracts come from the deployer's first six nonces.
	for i, addr := range []common.Address{e.addrs.Inbox, e.addrs.Bridge, e.addrs.FraudVM, e.addrs.ChainVM, e.addrs.ChainMachine, e.addrs.Rollup} {
		if want := crypto.CreateAddress(e.deployer.addr, uint64(i)); addr != want {
			t.Errorf("contract %d at %s, want %s", i, addr, want)
		}
		if code, err := e.client.CodeAt(e.ctx, addr, nil); err != nil || len(code) == 0 {
			t.Errorf("contract %d at %s: %d code bytes, %v", i, addr, len(code), err)
		}
	}
	if got := call(e, e.bridge, e.bridgeB.PackRollup(), e.bridgeB.UnpackRollup); got != e.addrs.Rollup {
		t.Errorf("rollup() = %s", got)
	}
	rb := bindings.NewRollup()
	rollup := rb.Instance(e.client, e.addrs.Rollup)
	if got := call(e, rollup, rb.PackInbox(), rb.UnpackInbox); got != e.addrs.Inbox {
		t.Errorf("Rollup.inbox() = %s", got)
	}
	if got := call(e, rollup, rb.PackMachine(), rb.UnpackMachine); got != e.addrs.ChainMachine {
		t.Errorf("Rollup.machine() = %s", got)
	}
	if got := call(e, rollup, rb.PackBond(), rb.UnpackBond); got.Cmp(deploy.DefaultSettlement().Bond) != 0 {
		t.Errorf("Rollup.bond() = %v", got)
	}
	if got := call(e, e.inbox, e.inboxB.PackBatcher(), e.inboxB.UnpackBatcher); got != e.batcher.addr {
		t.Errorf("batcher() = %s", got)
	}
	if got := call(e, e.inbox, e.inboxB.PackBridge(), e.inboxB.UnpackBridge); got != e.addrs.Bridge {
		t.Errorf("bridge() = %s", got)
	}
	if got := call(e, e.inbox, e.inboxB.PackForceInclusionDelay(), e.inboxB.UnpackForceInclusionDelay); got != delay {
		t.Errorf("forceInclusionDelay() = %d", got)
	}
	if got := call(e, e.bridge, e.bridgeB.PackInbox(), e.bridgeB.UnpackInbox); got != e.addrs.Inbox {
		t.Errorf("inbox() = %s", got)
	}
	if n := call(e, e.inbox, e.inboxB.PackBatchCount(), e.inboxB.UnpackBatchCount); n != 0 {
		t.Errorf("batchCount() = %d", n)
	}
	if acc := call(e, e.inbox, e.inboxB.PackDelayedAcc(0), e.inboxB.UnpackDelayedAcc); acc != [32]byte{} {
		t.Errorf("delayedAcc(0) = %x", acc)
	}
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackBatchCommitment(0), nil), "NoSuchBatch", uint64(0))
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackDelayedAcc(1), nil), "NoSuchDelayedMessage", uint64(1))
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackDelayedTime(0), nil), "NoSuchDelayedMessage", uint64(0))

	// A second deployment from an explicit nonce lands at that nonce's addresses.
	auth := e.opts(e.deployer)
	auth.Nonce = big.NewInt(6)
	again, err := deploy.Deploy(e.ctx, e.client, auth, deploy.Config{Batcher: e.batcher.addr, ForceInclusionDelay: 1, ChainID: 1, GenesisRoot: common.Hash{1}})
	if err != nil {
		t.Fatal(err)
	}
	if again.Inbox != crypto.CreateAddress(e.deployer.addr, 6) || again.Rollup != crypto.CreateAddress(e.deployer.addr, 11) {
		t.Errorf("second deployment at %+v", again)
	}
	if auth.Nonce.Int64() != 6 {
		t.Error("Deploy modified auth.Nonce")
	}
	for name, cfg := range map[string]deploy.Config{
		"no batcher":      {ChainID: 1, GenesisRoot: common.Hash{1}},
		"no chain id":     {Batcher: e.batcher.addr, GenesisRoot: common.Hash{1}},
		"no genesis root": {Batcher: e.batcher.addr, ChainID: 1},
		"arity 1":         {Batcher: e.batcher.addr, ChainID: 1, GenesisRoot: common.Hash{1}, Settlement: deploy.Settlement{K: 1}},
		"2^80 steps":      {Batcher: e.batcher.addr, ChainID: 1, GenesisRoot: common.Hash{1}, Settlement: deploy.Settlement{Height1: 20}},
	} {
		if _, err := deploy.Deploy(e.ctx, e.client, e.opts(e.deployer), cfg); err == nil {
			t.Errorf("Deploy with %s succeeded", name)
		}
	}
}

// TestBridgeChecksInbox: the Bridge cannot be deployed against an address without code, an
// Inbox that names another bridge, or no Rollup.
func TestBridgeChecksInbox(t *testing.T) {
	e := newEnv(t, delay)
	create := func(inbox, rollup common.Address) ethereum.CallMsg {
		code := append(common.FromHex(bindings.BridgeMetaData.Bin), e.bridgeB.PackConstructor(inbox, rollup)...)
		return ethereum.CallMsg{From: e.deployer.addr, Data: code}
	}
	e.wantRevert(create(e.user.addr, e.addrs.Rollup), "InboxHasNoCode", e.user.addr)
	// The deployed Inbox names the deployed Bridge, not whatever this creation would produce.
	e.wantRevert(create(e.addrs.Inbox, e.addrs.Rollup), "InboxBridgeMismatch", e.addrs.Bridge)
}

// deposit sends a deposit of amount wei for to from the user and returns the receipt and the
// Deposit event.
func (e *env) deposit(to common.Address, amount int64) (*types.Receipt, *bindings.BridgeDeposit) {
	e.t.Helper()
	r := e.transact(e.user, e.bridge, e.bridgeB.PackDeposit(to), big.NewInt(amount))
	var ev *bindings.BridgeDeposit
	var delayed *bindings.InboxDelayedMessage
	for _, l := range r.Logs {
		switch {
		case l.Address == e.addrs.Bridge:
			d, err := e.bridgeB.UnpackDepositEvent(l)
			if err != nil {
				e.t.Fatal(err)
			}
			ev = d
		case l.Address == e.addrs.Inbox:
			d, err := e.inboxB.UnpackDelayedMessageEvent(l)
			if err != nil {
				e.t.Fatal(err)
			}
			delayed = d
		}
	}
	if ev == nil || delayed == nil {
		e.t.Fatalf("deposit emitted %d logs, want Deposit and DelayedMessage", len(r.Logs))
	}
	if delayed.Index != ev.DelayedIndex || delayed.MessageHash != crypto.Keccak256Hash(ev.Message) {
		e.t.Fatalf("DelayedMessage %+v does not match Deposit %+v", delayed, ev)
	}
	return r, ev
}

func TestDeposits(t *testing.T) {
	e := newEnv(t, delay)
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	type dep struct {
		to    common.Address
		index uint32
	}
	// Alice gets index 0 and keeps it; Bob gets 1.
	deps := []dep{{alice, 0}, {alice, 0}, {bob, 1}, {alice, 0}}
	acc := common.Hash{}
	accs := []common.Hash{acc}
	total := new(big.Int)
	for k, d := range deps {
		amount := int64(1000*k + 7)
		r, ev := e.deposit(d.to, amount)
		t.Logf("deposit %d (%s account): %d gas", k, map[bool]string{true: "new", false: "existing"}[k == 0 || k == 2], r.GasUsed)
		want := l1data.Deposit{Index: d.index, To: d.to}
		want.Amount.SetUint64(uint64(amount))
		if ev.Index != d.index || ev.To != d.to || ev.Amount.Int64() != amount || ev.DelayedIndex != uint64(k) {
			t.Fatalf("deposit %d: event %+v", k, ev)
		}
		if !bytes.Equal(ev.Message, want.Encode()) {
			t.Fatalf("deposit %d: message %x, want %x", k, ev.Message, want.Encode())
		}
		decoded, err := l1data.DecodeDeposit(ev.Message)
		if err != nil || decoded.Index != d.index || decoded.To != d.to || decoded.Amount.Uint64() != uint64(amount) {
			t.Fatalf("deposit %d: decoded %+v, %v", k, decoded, err)
		}
		acc = l1data.NextAcc(acc, want.Hash())
		accs = append(accs, acc)
		if got := call(e, e.inbox, e.inboxB.PackDelayedTime(uint64(k)), e.inboxB.UnpackDelayedTime); got != e.header(r).Time {
			t.Errorf("delayedTime(%d) = %d, block time %d", k, got, e.header(r).Time)
		}
		total.Add(total, big.NewInt(amount))
	}
	for k, want := range accs {
		if got := call(e, e.inbox, e.inboxB.PackDelayedAcc(uint64(k)), e.inboxB.UnpackDelayedAcc); got != want {
			t.Errorf("delayedAcc(%d) = %x, Go computes %x", k, got, want)
		}
	}
	if n := call(e, e.inbox, e.inboxB.PackDelayedCount(), e.inboxB.UnpackDelayedCount); n != uint64(len(deps)) {
		t.Errorf("delayedCount() = %d", n)
	}
	if n := call(e, e.bridge, e.bridgeB.PackAccountCount(), e.bridgeB.UnpackAccountCount); n != 2 {
		t.Errorf("accountCount() = %d", n)
	}
	for addr, want := range map[common.Address]bindings.AccountIndexOutput{alice: {Exists: true, Index: 0}, bob: {Exists: true, Index: 1}, e.user.addr: {}} {
		if got := call(e, e.bridge, e.bridgeB.PackAccountIndex(addr), e.bridgeB.UnpackAccountIndex); got != want {
			t.Errorf("accountIndex(%s) = %+v, want %+v", addr, got, want)
		}
	}
	bal, err := e.client.BalanceAt(e.ctx, e.addrs.Bridge, nil)
	if err != nil || bal.Cmp(total) != 0 {
		t.Errorf("Bridge holds %v wei, want %v (%v)", bal, total, err)
	}

	// Rejections.
	bridgeCall := func(to common.Address, value int64) ethereum.CallMsg {
		return ethereum.CallMsg{From: e.user.addr, To: &e.addrs.Bridge, Data: e.bridgeB.PackDeposit(to), Value: big.NewInt(value)}
	}
	e.wantRevert(bridgeCall(alice, 0), "ZeroDeposit")
	e.wantRevert(bridgeCall(common.Address{}, 1), "ZeroRecipient")
	// Only the Bridge enqueues delayed messages.
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackEnqueueDelayed([32]byte{1}), nil), "NotBridge", e.user.addr)
	e.wantRevert(e.inboxCall(e.batcher.addr, e.inboxB.PackEnqueueDelayed([32]byte{1}), nil), "NotBridge", e.batcher.addr)
}

// batchEvent returns the BatchAdded event of a receipt.
func (e *env) batchEvent(r *types.Receipt) *bindings.InboxBatchAdded {
	e.t.Helper()
	var ev *bindings.InboxBatchAdded
	for _, l := range r.Logs {
		if l.Address != e.addrs.Inbox {
			continue
		}
		got, err := e.inboxB.UnpackBatchAddedEvent(l)
		if err != nil {
			e.t.Fatal(err)
		}
		if ev != nil {
			e.t.Fatal("two BatchAdded events in one receipt")
		}
		ev = got
	}
	if ev == nil {
		e.t.Fatal("no BatchAdded event")
	}
	return ev
}

// checkBatch checks that batch n's stored commitment and time, its event and the counters agree
// with a Go recomputation.
func (e *env) checkBatch(r *types.Receipt, n uint64, payloadLength uint32, delayedCount uint64, blobHashes []common.Hash) {
	e.t.Helper()
	acc := call(e, e.inbox, e.inboxB.PackDelayedAcc(delayedCount), e.inboxB.UnpackDelayedAcc)
	want := l1data.BatchCommitment(n, payloadLength, delayedCount, acc, blobHashes)
	if got := call(e, e.inbox, e.inboxB.PackBatchCommitment(n), e.inboxB.UnpackBatchCommitment); got != want {
		e.t.Fatalf("batchCommitment(%d) = %x, Go computes %x", n, got, want)
	}
	if got := call(e, e.inbox, e.inboxB.PackBatchTime(n), e.inboxB.UnpackBatchTime); got != e.header(r).Time {
		e.t.Errorf("batchTime(%d) = %d, block time %d", n, got, e.header(r).Time)
	}
	ev := e.batchEvent(r)
	if ev.Number != n || ev.PayloadLength != payloadLength || ev.DelayedCount != delayedCount || ev.DelayedAcc != acc || len(ev.BlobHashes) != len(blobHashes) {
		e.t.Fatalf("BatchAdded %+v", ev)
	}
	hashes := make([]common.Hash, len(ev.BlobHashes))
	for i, h := range ev.BlobHashes {
		if hashes[i] = h; hashes[i] != blobHashes[i] {
			e.t.Fatalf("BatchAdded blob hash %d = %x, want %x", i, h, blobHashes[i])
		}
	}
	// Derivation's view: the commitment rebuilt from the event alone.
	if l1data.BatchCommitment(ev.Number, ev.PayloadLength, ev.DelayedCount, ev.DelayedAcc, hashes) != want {
		e.t.Fatal("commitment rebuilt from the event differs")
	}
	if got := call(e, e.inbox, e.inboxB.PackBatchCount(), e.inboxB.UnpackBatchCount); got != n+1 {
		e.t.Errorf("batchCount() = %d, want %d", got, n+1)
	}
	if got := call(e, e.inbox, e.inboxB.PackDelayedConsumed(), e.inboxB.UnpackDelayedConsumed); got != delayedCount {
		e.t.Errorf("delayedConsumed() = %d, want %d", got, delayedCount)
	}
}

func payload(n int) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(i*7 + i>>8)
	}
	return p
}

func TestAddBatch(t *testing.T) {
	e := newEnv(t, delay)
	e.deposit(common.HexToAddress("0xa11ce"), 5)
	e.deposit(common.HexToAddress("0xb0b"), 6)

	one := sidecar(t, payload(1000))
	two := sidecar(t, payload(blob.PayloadBytesPerBlob+1))
	if len(one.Blobs) != 1 || len(two.Blobs) != 2 {
		t.Fatalf("sidecars of %d and %d blobs", len(one.Blobs), len(two.Blobs))
	}
	add := func(n uint64, length uint32, delayed uint64) []byte { return e.inboxB.PackAddBatch(n, length, delayed) }

	// Rejections before any batch, each as the batcher's blob transaction would run.
	e.wantRevert(e.inboxCall(e.user.addr, add(0, 1000, 0), one.BlobHashes()), "NotBatcher", e.user.addr)
	e.wantRevert(e.inboxCall(e.batcher.addr, add(1, 1000, 0), one.BlobHashes()), "WrongBatchNumber", uint64(0), uint64(1))
	e.wantRevert(e.inboxCall(e.batcher.addr, add(0, 1000, 3), one.BlobHashes()), "DelayedCountBeyondQueue", uint64(3), uint64(2))
	e.wantRevert(e.inboxCall(e.batcher.addr, add(0, 1000, 0), nil), "NoBlobs")
	for _, c := range []struct {
		length uint32
		blobs  []common.Hash
	}{
		{0, one.BlobHashes()},
		{blob.PayloadBytesPerBlob + 1, one.BlobHashes()},                              // needs two blobs
		{blob.PayloadBytesPerBlob, two.BlobHashes()},                                  // fits in one: the second is empty
		{2*blob.PayloadBytesPerBlob + 1, two.BlobHashes()},                            // needs three
		{blob.MaxPayloadSize + 1, two.BlobHashes()},                                   // beyond any batch
		{^uint32(0), one.BlobHashes()},                                                // far beyond
		{blob.PayloadBytesPerBlob - 1, append(two.BlobHashes(), two.BlobHashes()[0])}, // three blobs
	} {
		e.wantRevert(e.inboxCall(e.batcher.addr, add(0, c.length, 0), c.blobs), "BadPayloadLength", c.length, big.NewInt(int64(len(c.blobs))))
	}
	// A plain (blob-less) transaction from the batcher is mined and reverts.
	opts := e.opts(e.batcher)
	opts.GasLimit = 200_000
	tx, err := bind.Transact(e.inbox, opts, add(0, 1000, 0))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(e.ctx, e.client, tx.Hash()); err != nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("plain addBatch transaction: receipt %+v, %v", r, err)
	}

	// Batch 0: one blob, consumes one delayed message.
	r := e.sendBlobTx(e.batcher, add(0, 1000, 1), one, 0)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("batch 0 reverted")
	}
	t.Logf("addBatch, 1 blob: %d gas (blob gas %d)", r.GasUsed, r.BlobGasUsed)
	e.checkBatch(r, 0, 1000, 1, one.BlobHashes())

	// Batch 1: two blobs, the largest payload two blobs may carry, consumes the second message.
	r = e.sendBlobTx(e.batcher, add(1, 2*blob.PayloadBytesPerBlob, 2), two, 0)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("batch 1 reverted")
	}
	t.Logf("addBatch, 2 blobs: %d gas (blob gas %d)", r.GasUsed, r.BlobGasUsed)
	e.checkBatch(r, 1, 2*blob.PayloadBytesPerBlob, 2, two.BlobHashes())
	if c0, c1 := call(e, e.inbox, e.inboxB.PackBatchCommitment(0), e.inboxB.UnpackBatchCommitment), call(e, e.inbox, e.inboxB.PackBatchCommitment(1), e.inboxB.UnpackBatchCommitment); c0 == c1 {
		t.Fatal("batches 0 and 1 have the same commitment")
	}

	// Duplicates and gaps, delayed count going backwards.
	e.wantRevert(e.inboxCall(e.batcher.addr, add(1, 1000, 2), one.BlobHashes()), "WrongBatchNumber", uint64(2), uint64(1))
	e.wantRevert(e.inboxCall(e.batcher.addr, add(3, 1000, 2), one.BlobHashes()), "WrongBatchNumber", uint64(2), uint64(3))
	e.wantRevert(e.inboxCall(e.batcher.addr, add(2, 1000, 1), one.BlobHashes()), "DelayedCountDecreased", uint64(1), uint64(2))
	// A real duplicate blob transaction is mined and reverts, leaving the count at 2.
	if r := e.sendBlobTx(e.batcher, add(1, 1000, 2), one, 300_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("duplicate batch 1 did not revert")
	}
	if got := call(e, e.inbox, e.inboxB.PackBatchCount(), e.inboxB.UnpackBatchCount); got != 2 {
		t.Fatalf("batchCount() = %d after a failed duplicate", got)
	}
	// A batch may consume no new delayed message.
	r = e.sendBlobTx(e.batcher, add(2, 1, 2), one, 0)
	e.checkBatch(r, 2, 1, 2, one.BlobHashes())
}

func TestForceInclusion(t *testing.T) {
	e := newEnv(t, delay)
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(1), nil), "DelayedCountBeyondQueue", uint64(1), uint64(0))
	e.deposit(common.HexToAddress("0xa11ce"), 5)
	t0 := call(e, e.inbox, e.inboxB.PackDelayedTime(0), e.inboxB.UnpackDelayedTime)
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(1), nil), "ForceInclusionTooEarly", uint64(1), new(big.Int).SetUint64(t0+delay))
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(0), nil), "NothingToForce", uint64(0), uint64(0))

	// One second short of the delay, still too early; message 1 arrives later.
	e.adjustTime((delay - 1) * time.Second)
	if h, err := e.client.HeaderByNumber(e.ctx, nil); err != nil || h.Time != t0+delay-1 {
		t.Fatalf("head time %v, want %d (%v)", h, t0+delay-1, err)
	}
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(1), nil), "ForceInclusionTooEarly", uint64(1), new(big.Int).SetUint64(t0+delay))
	r, _ := e.deposit(common.HexToAddress("0xb0b"), 6) // the next block, at t0+delay exactly
	if h := e.header(r); h.Time != t0+delay {
		t.Fatalf("deposit block at %d, want %d", h.Time, t0+delay)
	}
	// eth_call runs at the head block's time: exactly at the boundary, forcing is allowed.
	if _, err := e.client.CallContract(e.ctx, e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(1), nil), nil); err != nil {
		t.Fatalf("forceInclude(1) at exactly the delay: %v", err)
	}
	t1 := call(e, e.inbox, e.inboxB.PackDelayedTime(1), e.inboxB.UnpackDelayedTime)
	// Message 1 has just arrived: forcing through it is too early, through message 0 is not.
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(2), nil), "ForceInclusionTooEarly", uint64(2), new(big.Int).SetUint64(t1+delay))
	r = e.transact(e.user, e.inbox, e.inboxB.PackForceInclude(1), nil)
	t.Logf("forceInclude: %d gas", r.GasUsed)
	e.checkBatch(r, 0, 0, 1, nil)

	// The batcher resumes at batch 1 and must consume at least what was forced.
	one := sidecar(t, payload(100))
	e.wantRevert(e.inboxCall(e.batcher.addr, e.inboxB.PackAddBatch(0, 100, 1), one.BlobHashes()), "WrongBatchNumber", uint64(1), uint64(0))
	e.wantRevert(e.inboxCall(e.batcher.addr, e.inboxB.PackAddBatch(1, 100, 0), one.BlobHashes()), "DelayedCountDecreased", uint64(0), uint64(1))
	e.wantRevert(e.inboxCall(e.user.addr, e.inboxB.PackForceInclude(1), nil), "NothingToForce", uint64(1), uint64(1))

	// After the delay, message 1 is forceable too.
	e.adjustTime(delay * time.Second)
	r = e.transact(e.user, e.inbox, e.inboxB.PackForceInclude(2), nil)
	e.checkBatch(r, 1, 0, 2, nil)
	r = e.sendBlobTx(e.batcher, e.inboxB.PackAddBatch(2, 100, 2), one, 0)
	e.checkBatch(r, 2, 100, 2, one.BlobHashes())
}
