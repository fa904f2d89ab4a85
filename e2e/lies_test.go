package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/sequencer"
)

// newWatch is a challenger.Watch of the devnet: the chain derived from L1 alone, the Rollup
// mirrored from L1 blocks.
func newWatch(ctx context.Context, t *testing.T, d *devnet.Devnet) *challenger.Watch {
	t.Helper()
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(), Inbox: d.Addrs.Inbox,
		Bridge: d.Addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(src.Close)
	w, err := challenger.NewWatch(ctx, src, d.Chain.Cfg, d.Chain.Mem, bulk.NewCPU(0), d.Client, d.Addrs.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// party is a service over w sending from key.
func party(t *testing.T, d *devnet.Devnet, w *challenger.Watch, key *ecdsa.PrivateKey, name string) *challenger.Service {
	t.Helper()
	lg := harness.TestLog(t).New("svc", name)
	tm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), key, 1, 100*time.Millisecond, lg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tm.Close)
	return w.Service(lg, tm)
}

// depositUser deposits 1 ETH for the devnet's user through the Bridge and returns its signer once
// the sequencer has the balance.
func depositUser(ctx context.Context, t *testing.T, d *devnet.Devnet) *client.Signer {
	t.Helper()
	dep, err := d.Deposit(ctx, devnet.KeyUser, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "the deposit at the sequencer", func() bool {
		a, err := d.Seq.Account(d.Address(devnet.KeyUser))
		return err == nil && a.Balance.ToInt().Sign() > 0
	})
	return &client.Signer{Key: d.Keys[devnet.KeyUser], Account: dep.Account, Domain: d.Chain.Cfg.Domain}
}

// The withdrawal lieTraffic makes: withdrawal 0.
var withdrawTo = common.HexToAddress("0xdead")

const withdrawAmount = 1000

// lieTraffic sends what every lie needs in its batches: a deposit (account 0, the fee
// recipient), a small program's upload, a job on it and a withdrawal; it returns once the last is
// batched on L1.
func lieTraffic(ctx context.Context, t *testing.T, d *devnet.Devnet) {
	t.Helper()
	signer := depositUser(ctx, t, d)
	p, input, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	_, nonce := sendUploadAndJob(t, d, signer, p, input)
	w, err := signer.Withdraw(withdrawTo, uint256.NewInt(withdrawAmount), uint256.NewInt(stftest.FlatPrice), nonce)
	if err != nil {
		t.Fatal(err)
	}
	last, err := d.Seq.Send(w.Kind, api.Send{Message: w})
	if err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "the withdrawal batched", func() bool {
		j, err := d.Seq.Job(last, nil)
		return err == nil && j.Status == api.StatusBatched
	})
}

// sendUploadAndJob sends, from signer's first nonce, p's upload in chunks of its own height and
// a job on it with input; it returns the job's hash and the next nonce.
func sendUploadAndJob(t *testing.T, d *devnet.Devnet, signer *client.Signer, p *program.Program, input []byte) (common.Hash, uint64) {
	t.Helper()
	info, err := d.Seq.Program(batch.DataRoot(p.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	h := batch.DataHeight(int(p.Size()))
	chunks, err := signer.Upload(p.Bytes(), h, uint256.NewInt(stftest.UploadFee(h)), 0)
	if err != nil {
		t.Fatal(err)
	}
	nonce := uint64(0)
	for _, c := range chunks {
		if _, err := d.Seq.Send(c.Signed.Kind, api.Send{Message: c.Signed, Program: hexU64(uint32(info.Index)), Data: c.Data}); err != nil {
			t.Fatal(err)
		}
		nonce++
	}
	job, err := signer.Job(p.Root(), p.Steps(), input, uint256.NewInt(stftest.JobFee(p, len(input))), nonce)
	if err != nil {
		t.Fatal(err)
	}
	hash, err := d.Seq.Send(job.Kind, api.Send{Message: job, Program: hexU64(uint32(info.Index)), Data: input})
	if err != nil {
		t.Fatal(err)
	}
	return hash, nonce + 1
}

// rollupCall calls the Rollup at the head.
func rollupCall(ctx context.Context, t *testing.T, d *devnet.Devnet, data []byte) []byte {
	out, err := d.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Addrs.Rollup, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// beatenOnL1 reports whether a's latest assertion is rejected and its bond gone.
func beatenOnL1(ctx context.Context, t *testing.T, d *devnet.Devnet, a common.Address) bool {
	rb := bindings.NewRollup()
	bonded, _ := rb.UnpackBonded(rollupCall(ctx, t, d, rb.PackBonded(a)))
	latest, _ := rb.UnpackLatest(rollupCall(ctx, t, d, rb.PackLatest(a)))
	st, _ := rb.UnpackAssertionState(rollupCall(ctx, t, d, rb.PackAssertionState(latest)))
	return latest != [32]byte{} && st.Status == 3 && !bonded
}

// confirmedOnL1 reports whether a's latest assertion is confirmed and is not a child of genesis
// (the assertion over no batch that starts a chain).
func confirmedOnL1(ctx context.Context, t *testing.T, d *devnet.Devnet, a common.Address) bool {
	rb := bindings.NewRollup()
	latest, _ := rb.UnpackLatest(rollupCall(ctx, t, d, rb.PackLatest(a)))
	st, _ := rb.UnpackAssertionState(rollupCall(ctx, t, d, rb.PackAssertionState(latest)))
	rec, _ := rb.UnpackAssertions(rollupCall(ctx, t, d, rb.PackAssertions(latest)))
	genesis, _ := rb.UnpackGenesis(rollupCall(ctx, t, d, rb.PackGenesis()))
	return st.Status == 2 && rec.Parent != genesis
}

// checkClaims checks every claim of the games under parent's children against the honest trace
// of the batches they cover: a confirmed claim's end is the truth, a refuted claim's is not (so
// no liar's claim won by time: every honest answer came in time). Claims are shared: a liar's
// claim over a prefix it agrees on is true and may be confirmed.
func checkClaims(ctx context.Context, t *testing.T, m *dispute.Model, chain *challenger.Chain, parent *dispute.AssertionRecord) {
	t.Helper()
	tr, err := challenger.NewAssertionTrace(ctx, chain, parent.BatchEnd, parent.NextInbox-parent.BatchEnd)
	if err != nil {
		t.Fatal(err)
	}
	batchOf := map[dispute.Hash]uint64{} // level-1 origin (a one-batch claim's mutual) → position
	for _, id := range m.Claims() {
		if c, _ := m.Claim(id); c.Level == dispute.LevelBatches && c.Height == 0 {
			batchOf[c.Mutual()] = c.Pos
		}
	}
	span := func(h uint8) uint64 {
		n := uint64(1)
		for range h {
			n *= uint64(m.P.K)
		}
		return n
	}
	confirmed, refuted := 0, 0
	for _, id := range m.Claims() {
		c, _ := m.Claim(id)
		if c.Level == dispute.LevelBatches && c.Origin != parent.ID() {
			continue
		}
		var truth dispute.Hash
		if c.Level == dispute.LevelBatches {
			truth = tr.Boundary(c.Pos + span(c.Height))
		} else {
			p, ok := batchOf[c.Origin]
			if !ok {
				continue
			}
			truth, _ = tr.State(p, c.Pos+span(c.Height))
		}
		switch {
		case c.Status == dispute.Confirmed && c.End != truth:
			t.Errorf("a false claim of %s was confirmed: %v", c.Staker, &c.Claim)
		case c.Status == dispute.Refuted && c.End == truth:
			t.Errorf("a true claim of %s was refuted: %v", c.Staker, &c.Claim)
		case c.Status == dispute.Confirmed:
			confirmed++
		case c.Status == dispute.Refuted:
			refuted++
		}
	}
	if err := tr.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("claims checked against the honest trace: %d confirmed, all true; %d refuted, all false", confirmed, refuted)
}

// playAll runs each service in a goroutine of its own, a round every 200 ms (as separate
// processes would), until done says so; then it stops them and waits.
func playAll(ctx context.Context, t *testing.T, what string, svcs []*challenger.Service, done func() bool) {
	t.Helper()
	pctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, s := range svcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pctx.Err() == nil {
				if err := s.Step(pctx); err != nil && pctx.Err() == nil {
					t.Logf("step: %v", err)
				}
				select {
				case <-pctx.Done():
				case <-time.After(200 * time.Millisecond):
				}
			}
		}()
	}
	defer func() { cancel(); wg.Wait() }()
	harness.WaitFor(ctx, t, what, done)
}

// TestChallengerBeatsEveryLie: sixteen wrong assertions rival the honest one at once, under the
// same parent. Five come from liars that each get one step wrong and defend the result with the
// trace that follows from it (challenger/fault: a tampered job output, wrong fee accounting, a
// wrong batch-load word, a skipped deposit, a forged withdrawal record); eleven from liars that
// assert a wrong root and never answer. One challenger plays them all. For each lie (a subtest)
// the liar's assertion is rejected and its bond slashed, and the challenger proved, through
// ChainVM on L1, the very step the lie is about (the one-step proof's pre-state is in the lie's
// phase). The honest assertion is confirmed; no liar's claim is confirmed (every honest move was
// in time); and the honest side's transactions, counted, stay within 2·⌈log_k T⌉ + 4 per wrong
// assertion (T the positions of a top claim over both levels).
func TestChallengerBeatsEveryLie(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	// 4 minutes, three times what it takes: a game that stalls fails here, with its log, rather
	// than at the package's 10-minute timeout, with none (it happened once in a full run).
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	// Six parties play at once, each in its own goroutine, the liars against each other too.
	const period = 40
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: period})
	lieTraffic(ctx, t, d)

	honestW, liarW := newWatch(ctx, t, d), newWatch(ctx, t, d) // liarW: the liars' judgement of the traffic
	svc := party(t, d, honestW, d.Keys[devnet.KeyProposer], "challenger")
	var mu sync.Mutex // guards proved and gas, which the challenger's goroutine writes
	var proved []stf.Phase
	gas := uint64(0)
	svc.OnMove = func(mv dispute.Move, rc *types.Receipt) {
		mu.Lock()
		defer mu.Unlock()
		gas += rc.GasUsed
		if mv.Kind == "ProveStep" {
			st, err := stf.DecodeState(mv.Data)
			if err != nil {
				t.Errorf("a proof from an undecodable state: %v", err)
			}
			proved = append(proved, st.Regs.Phase)
		}
	}
	// The honest assertion over no batch (the genesis one's children cover none): it fixes the
	// batches the disputed assertions cover, all the traffic's.
	a1, err := svc.Assert(ctx, honestW.Mirror.R.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := honestW.Mirror.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	rec, ok := honestW.Mirror.R.Assertion(a1)
	if !ok {
		t.Fatal("the honest assertion is not on the Rollup")
	}
	t.Logf("the disputed assertions cover batches %d to %d", rec.BatchEnd, rec.NextInbox-1)

	// The liars: keys 3–9 and 11–19 of the devnet's twenty (0 deploys, 1 batches, 2 is the user,
	// 10 the challenger).
	var keys []int
	for k := 3; k < 20; k++ {
		if k != devnet.KeyProposer {
			keys = append(keys, k)
		}
	}
	params := func() dispute.Params { return liarW.Mirror.M.P }
	type liar struct {
		kind  fault.Kind
		addr  common.Address
		svc   *challenger.Service
		trace *fault.Trace
	}
	var liars []*liar
	var players []*challenger.Service
	if err := liarW.Feed.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	for i, k := range fault.Kinds() {
		tr, err := fault.NewTrace(ctx, liarW.Chain, rec.BatchEnd, rec.NextInbox-rec.BatchEnd, k)
		if err != nil {
			t.Fatalf("%s: %v", k.Name, err)
		}
		w := newWatch(ctx, t, d) // each liar plays alone, in a goroutine of its own
		l := &liar{kind: k, addr: d.Address(keys[i]), svc: party(t, d, w, d.Keys[keys[i]], "liar-"+k.Name), trace: tr}
		fault.Liar(l.svc, w.Chain, k, func() dispute.Params { return w.Mirror.M.P })
		if _, err := l.svc.Assert(ctx, a1); err != nil {
			t.Fatalf("%s: %v", k.Name, err)
		}
		t.Logf("%s: batch %d, step %d (%v)", k.Name, tr.Bad, tr.Step, k.Phase)
		liars, players = append(liars, l), append(players, l.svc)
	}
	for i := len(liars); i < len(keys); i++ {
		s := party(t, d, liarW, d.Keys[keys[i]], fmt.Sprintf("staller-%d", i))
		bit := byte(i)
		s.Child = func(parent *dispute.AssertionRecord) (dispute.Assertion, bool) {
			a, ok := s.HonestChild(parent)
			if !ok {
				return a, false
			}
			var roots []common.Hash
			for n := parent.BatchEnd; n <= a.BatchEnd; n++ {
				r, _ := liarW.Chain.Root(n)
				roots = append(roots, r)
			}
			roots[len(roots)-1][0] ^= bit
			p := params()
			a.StateRoot, a.History = roots[len(roots)-1], onchain.History(p.K, p.Heights[0], roots)
			return a, true
		}
		if _, err := s.Assert(ctx, a1); err != nil {
			t.Fatalf("staller %d: %v", i, err)
		}
		liars = append(liars, &liar{addr: d.Address(keys[i])})
	}

	beaten := func(a common.Address) bool { return beatenOnL1(ctx, t, d, a) }
	start := time.Now()
	playAll(ctx, t, "every liar rejected and slashed, the honest assertion confirmed", append([]*challenger.Service{svc}, players...), func() bool {
		for _, l := range liars {
			if !beaten(l.addr) {
				return false
			}
		}
		return confirmedOnL1(ctx, t, d, d.Address(devnet.KeyProposer))
	})
	if err := svc.Step(ctx); err != nil { // the mirror up to the last block
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	m := honestW.Mirror.M
	checkClaims(ctx, t, m, honestW.Chain, rec)
	for _, l := range liars[:len(fault.Kinds())] {
		t.Run(l.kind.Name, func(t *testing.T) {
			if !beaten(l.addr) {
				t.Fatal("the liar is not rejected and slashed")
			}
			if !slices.Contains(proved, l.kind.Phase) {
				t.Fatalf("no one-step proof of a %v step (proved: %v)", l.kind.Phase, proved)
			}
		})
	}
	p := m.P
	bound := 2*int(p.Heights[0]+p.Heights[1]) + 4 // ⌈log_k K^(H0+H1)⌉ = H0 + H1
	t.Logf("%d wrong assertions beaten in %v: the challenger sent %d transactions (%.1f per wrong assertion, bound %d), %d gas; one-step proofs of %v",
		len(liars), time.Since(start).Round(time.Second), svc.Sent(), float64(svc.Sent())/float64(len(liars)), bound, gas, proved)
	if svc.Sent() > bound*len(liars) {
		t.Fatalf("the challenger sent %d transactions for %d wrong assertions, more than %d each", svc.Sent(), len(liars), bound)
	}
}
