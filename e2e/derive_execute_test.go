package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1dev"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestJobFromL1 follows one job from a wallet to a result using only what L1 holds: a deposit
// through the Bridge, a signed Job posted in a blob batch, derivation from logs and beacon blobs,
// then execution of the derived job in the fraud VM. The derived job must carry the depositor's
// signature and account, its input must graft to the root it signed, and running it must give
// exactly the state the job gives when run from the original input.
//
// What is not here yet (later issues): the chain phases that apply the batch inside the machine,
// the sequencer and executor services.
func TestJobFromL1(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	l1, err := l1dev.New(l1dev.Config{BlockTime: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer l1.Stop(context.Background())
	client, err := ethclient.DialContext(ctx, l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	keys := l1dev.DevKeys(3)
	deployer, batcherKey, user := keys[0], keys[1], keys[2]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	addrs, err := deploy.Deploy(ctx, client, bind.NewKeyedTransactor(deployer, l1.ChainID()),
		deploy.Config{Batcher: crypto.PubkeyToAddress(batcherKey.PublicKey), ForceInclusionDelay: 3600})
	if err != nil {
		t.Fatal(err)
	}

	// Deposit: the Bridge assigns the account index.
	br := bindings.NewBridge()
	opts := bind.NewKeyedTransactor(user, l1.ChainID())
	opts.Context, opts.Value = ctx, big.NewInt(params.Ether)
	tx, err := bind.Transact(br.Instance(client, addrs.Bridge), opts, br.PackDeposit(userAddr))
	if err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	var account uint32
	found := false
	for _, lg := range r.Logs {
		if ev, err := br.UnpackDepositEvent(lg); err == nil {
			account, found = ev.Index, true
		}
	}
	if !found {
		t.Fatal("no Deposit event")
	}

	// The signed job, in a batch.
	p := examples.CNN()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	h := batch.DataHeight(len(input))
	scratch := memory.New()
	scratch.Write(0, input)
	j := &msg.Job{Program: p.Root(), Input: scratch.NodeHash(0, uint(h)), InputSize: uint64(len(input)),
		MaxSteps: p.Steps(), MaxFee: uint256.NewInt(params.GWei), Nonce: 0}
	domain := msg.Domain{ChainID: 42069, VerifyingContract: addrs.Inbox}
	signed, err := msg.NewSigned(j, domain, user, account)
	if err != nil {
		t.Fatal(err)
	}
	body, err := signed.Body()
	if err != nil {
		t.Fatal(err)
	}
	b := &batch.Batch{Number: 0, Delayed: 1, Blocks: []batch.Block{{Timestamp: 1, Messages: 1}},
		Msgs: []batch.Message{{Kind: uint8(msg.KindJob), Account: account, Body: body, Data: input}}}
	posted, err := batcher.PostOnce(ctx, client, addrs.Inbox, batcherKey, b)
	if err != nil {
		t.Fatal(err)
	}

	// Derivation from L1 alone.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1.HTTPEndpoint(), BeaconURL: l1.BeaconEndpoint(), Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	batches, err := src.Batches(ctx, 0, posted.Receipt.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].Err != nil || batches[0].Decoded == nil {
		t.Fatalf("derived %d batches (%+v)", len(batches), batches)
	}
	deposits, err := src.DelayedMessages(ctx, 0, batches[0].DelayedCount)
	if err != nil || len(deposits) != 1 || deposits[0].Deposit.Index != account || deposits[0].Deposit.To != userAddr {
		t.Fatalf("derived deposits %+v, %v", deposits, err)
	}
	m := batches[0].Decoded.Msgs[0]
	back, err := msg.ParseBody(msg.Kind(m.Kind), m.Account, m.Body)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := msg.Recover(back.Message, domain, back.Signature)
	if err != nil || signer != deposits[0].Deposit.To || back.AccountHint != deposits[0].Deposit.Index {
		t.Fatalf("derived job signed by %s (account %d), deposit was %s (account %d): %v", signer, back.AccountHint, deposits[0].Deposit.To, deposits[0].Deposit.Index, err)
	}
	dj := back.Message.(*msg.Job)

	// Execution of the derived job: its data grafted at the input region must hash to the input
	// root it signed, and running it must equal running the original.
	programs := map[[32]byte]*program.Program{p.Root(): p} // stands in for the upload registry
	dp, ok := programs[dj.Program]
	if !ok {
		t.Fatalf("derived job names unknown program %s", dj.Program)
	}
	got, err := job.New(dp, m.Data)
	if err != nil {
		t.Fatal(err)
	}
	if root := got.NodeHash(isa.RegionInput.Base(), uint(batch.DataHeight(len(m.Data)))); root != dj.Input {
		t.Fatalf("derived input grafts to %s, the job signed %s", root, dj.Input)
	}
	want, err := job.New(p, input)
	if err != nil {
		t.Fatal(err)
	}
	run := func(mem *memory.Memory) vm.State {
		m := vm.NewJob(mem)
		if err := m.RunBulk(ctx, bulk.NewCPU(0), nil); err != nil {
			t.Fatal(err)
		}
		return m.State()
	}
	if g, w := run(got), run(want); g != w || g.Status != vm.StatusHalted {
		t.Fatalf("derived job reached %v, the original %v", g, w)
	}
	if job.OutputRoot(got) != job.OutputRoot(want) {
		t.Fatal("output roots differ")
	}
}
