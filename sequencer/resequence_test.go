package sequencer

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/health/healthtest"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
)

// TestResequence: L1 takes back a deposit the chain applied and holds another in its place. Once
// resequence-after has passed, the sequencer drops the blocks from the one that consumed it,
// applies L1's deposit instead, and sequences the dropped blocks' messages again: each sent
// message is in exactly one block, the block hashes chain from the genesis root, the message
// that needed the lost deposit is sequenced (and skipped by the chain), the reopened batch is
// sealed again, and a restart finds the same chain.
func TestResequence(t *testing.T) {
	l1 := &fakeL1{}
	cfg := testConfig()
	cfg.DataDir = t.TempDir()
	cfg.L1 = l1
	cfg.L1PollInterval = 5 * time.Millisecond
	cfg.ResequenceAfter = 300 * time.Millisecond
	e := newEnv(t, cfg, 1e12, 1e12)
	defer e.stop()
	g, err := stf.ReadGlobals(e.gen.Mem)
	if err != nil {
		t.Fatal(err)
	}
	deposit := func(index uint32, to common.Address, amount uint64) []byte {
		return (&l1data.Deposit{Index: index, To: to, Amount: *uint256.NewInt(amount)}).Encode()
	}
	produce := func() { t.Helper(); produceAll(t, e) }
	var sent []common.Hash
	send := func(s *msg.Signed) {
		t.Helper()
		sent = append(sent, e.mustSend(s, 0, nil))
		produce()
	}
	applied := func(n uint64) {
		t.Helper()
		eventually(t, fmt.Sprintf("a block with %d deposits", n), func() bool {
			head := e.seq.batches.head()
			_, d, ok := e.seq.hashes.at(uint64(head))
			return head >= 0 && ok && d == n
		})
	}

	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	lost, other := crypto.PubkeyToAddress(key.PublicKey), common.HexToAddress("0xc0ffee")
	send(e.withdraw(0, 1))
	l1.addDeposit(deposit(g.Accounts, common.HexToAddress("0xb0b"), 1000)) // kept
	applied(1)
	send(e.withdraw(1, 1))
	sealOpen(t, e)                                   // batch 0: kept whole
	l1.addDeposit(deposit(g.Accounts+1, lost, 1e12)) // to be lost
	applied(2)
	firstDropped := uint64(e.seq.batches.head()) // the block that consumed it, the first of batch 1
	send(e.withdraw(0, 1))
	needsLost := &client.Signer{Key: key, Account: g.Accounts + 1, Domain: e.keys.Cfg.Domain}
	w, err := needsLost.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1), uint256.NewInt(stftest.FlatPrice), 0)
	if err != nil {
		t.Fatal(err)
	}
	send(w)
	send(e.withdraw(1, 1))
	sealOpen(t, e) // batch 1: reopened
	before, _, _ := e.seq.hashes.at(firstDropped)

	l1.mu.Lock()
	l1.deposits[1] = deposit(g.Accounts+1, other, 500)
	l1.mu.Unlock()
	eventually(t, "re-sequencing", func() bool { return testutilCount(t, e.seq, "crollup_sequencer_resequences_total", "") == 1 })
	if n := testutilCount(t, e.seq, "crollup_sequencer_resequenced_messages_total", ""); n != 3 {
		t.Errorf("resequenced_messages_total %v, want the 3 messages sent after the lost deposit", n)
	}
	applied(2)
	produce()
	if _, err := e.seq.Account(other); err != nil {
		t.Errorf("L1's deposit in place of the lost one: %v", err)
	}
	if _, err := e.seq.Account(lost); err == nil {
		t.Error("the lost deposit's account is still there")
	}
	healthtest.Want(t, e.seq.RPCEndpoint(), http.StatusOK, "")
	if after, _, _ := e.seq.hashes.at(firstDropped); after == before {
		t.Errorf("block %d has the same hash after re-sequencing", firstDropped)
	}
	if o := e.seq.batches.open(); o.Number != 1 || o.First != firstDropped {
		t.Errorf("open batch %d from block %d after re-sequencing, want batch 1 reopened from block %d", o.Number, o.First, firstDropped)
	}
	sealOpen(t, e)
	chain := checkChain(t, e, sent)

	e.stop()
	e.start()
	if again := checkChain(t, e, sent); len(again) != len(chain) {
		t.Fatalf("%d blocks after a restart, %d before", len(again), len(chain))
	} else {
		for i := range chain {
			if again[i] != chain[i] {
				t.Fatalf("block %d: hash %s after a restart, %s before", i, again[i], chain[i])
			}
		}
	}
}

// produceAll produces blocks until the mempool is empty.
func produceAll(t *testing.T, e *env) {
	t.Helper()
	for e.seq.mempoolDepth() > 0 {
		if _, err := e.seq.produce(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

// sealOpen seals the open batch, as its age would.
func sealOpen(t *testing.T, e *env) {
	t.Helper()
	if err := e.seq.sealAged(time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// checkChain checks the sequencer's blocks: each hash is api.BlockHash of its parent (the
// genesis root for block 0), payload and deposits; each sent message is in exactly one block
// and nothing else is. It returns the block hashes.
func checkChain(t *testing.T, e *env, sent []common.Hash) []common.Hash {
	t.Helper()
	ctx := context.Background()
	head, err := e.seq.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Hash]int{}
	parent := e.gen.Root()
	var hashes []common.Hash
	for n := range head + 1 {
		b, err := e.seq.Block(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if b.Parent != parent || b.ComputeHash() != b.Hash {
			t.Fatalf("block %d: parent %s (want %s), hash %s (computed %s)", n, b.Parent, parent, b.Hash, b.ComputeHash())
		}
		parent = b.Hash
		hashes = append(hashes, b.Hash)
		for _, h := range b.Hashes {
			seen[h]++
		}
	}
	for _, h := range sent {
		if seen[h] != 1 {
			t.Errorf("message %s in %d blocks", h, seen[h])
		}
		j, err := e.seq.Job(h, nil)
		if err != nil || j.Status == api.StatusPending {
			t.Errorf("message %s: %+v, %v", h, j, err)
		}
		delete(seen, h)
	}
	if len(seen) > 0 {
		t.Errorf("%d messages in blocks that were not sent", len(seen))
	}
	return hashes
}

// TestAdoptL1Batch: L1 holds, under the number of the sequencer's second batch, a batch the
// sequencer did not seal (another batcher's, or one sent before a deep reorg): it holds one of
// the sequencer's messages and one it never saw. The sequencer puts it in place of its own,
// sealed and posted, with the receipt index of each message; the message of its own batch that
// L1's does not hold is sequenced again after it; each message is in exactly one block, the hash
// chain holds, and a restart finds the same chain.
func TestAdoptL1Batch(t *testing.T) {
	ctx := context.Background()
	l1 := &fakeL1{}
	cfg := testConfig()
	cfg.DataDir = t.TempDir()
	cfg.L1 = l1
	cfg.L1PollInterval = 5 * time.Millisecond
	e := newEnv(t, cfg, 1e12, 1e12)
	defer e.stop()
	produce := func() { t.Helper(); produceAll(t, e) }
	seal := func() { t.Helper(); sealOpen(t, e) }
	var sent []common.Hash
	send := func(s *msg.Signed) batch.Message {
		t.Helper()
		sent = append(sent, e.mustSend(s, 0, nil))
		produce()
		m, err := batch.FromSigned(s, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	send(e.withdraw(0, 1)) // block 0, batch 0: on L1 as sealed
	seal()
	own := send(e.withdraw(0, 2))    // block 1, batch 1: not in L1's batch 1
	shared := send(e.withdraw(1, 3)) // block 2, batch 1: in L1's batch 1 too
	seal()
	foreign, err := batch.FromSigned(e.withdraw(1, 4), 0, nil) // never sent to the sequencer
	if err != nil {
		t.Fatal(err)
	}

	mine, err := e.seq.batchPayload(0)
	if err != nil {
		t.Fatal(err)
	}
	theirs := &batch.Batch{Number: 1, Blocks: []batch.Block{{Timestamp: 7, Messages: 2}}, Msgs: []batch.Message{shared, foreign}}
	payload, err := theirs.Encode()
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := batch.Decode(payload)
	if err != nil {
		t.Fatal(err)
	}
	blob := common.Hash{0x01, 0xb1}
	l1.setBatches(
		derive.Batch{Number: 0, TxHash: common.Hash{0xa0}, L1Block: 5, BlobHashes: []common.Hash{blob}, Payload: mine},
		derive.Batch{Number: 1, TxHash: common.Hash{0xa1}, L1Block: 6, BlobHashes: []common.Hash{blob}, Payload: payload, Decoded: decoded})
	eventually(t, "L1's batch 1 adopted", func() bool {
		return testutilCount(t, e.seq, "crollup_sequencer_l1_batches_adopted_total", "") == 1
	})
	produce()
	if n := testutilCount(t, e.seq, "crollup_sequencer_resequenced_messages_total", ""); n != 1 {
		t.Errorf("resequenced_messages_total %v, want 1 (the message L1's batch does not hold)", n)
	}
	for _, tc := range []struct {
		name          string
		h             common.Hash
		account       uint32
		block, rcpt   uint64
		batch, posted bool
	}{
		{"shared", shared.Hash(), 1, 1, 1, true, true},
		{"foreign", foreign.Hash(), 1, 1, 2, true, true},
		{"own, again", own.Hash(), 0, 2, 3, false, false},
	} {
		l, err := e.seq.locate(tc.h, tc.account)
		if err != nil || l == nil || l.Block != tc.block || l.Receipt != tc.rcpt {
			t.Errorf("%s: location %+v (%v), want block %d receipt %d", tc.name, l, err, tc.block, tc.rcpt)
		}
		j, err := e.seq.Job(tc.h, nil)
		if err != nil || (j.L1Tx != nil) != tc.posted {
			t.Errorf("%s: %+v (%v), posted %v", tc.name, j, err, tc.posted)
		}
	}
	if b, err := e.seq.Batch(ctx, 1); err != nil || !b.Sealed || b.Posted == nil || b.Posted.L1Tx != (common.Hash{0xa1}) {
		t.Errorf("batch 1: %+v (%v), want sealed and posted in tx 0xa1", b, err)
	}
	chain := checkChain(t, e, append(sent, foreign.Hash()))
	e.stop()
	e.start()
	if again := checkChain(t, e, append(sent, foreign.Hash())); fmt.Sprint(again) != fmt.Sprint(chain) {
		t.Fatalf("after a restart the hashes are %v, before %v", again, chain)
	}
}
