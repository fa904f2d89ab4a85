package chaos

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/cmd/crollup/config"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/devnet/l1dev"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

var (
	chaosFor  = flag.Duration("chaos", 60*time.Second, "how long TestChaos puts the rollup through kills, reorgs and outages (just soak: 10m)")
	chaosSeed = flag.Uint64("chaos.seed", 0, "TestChaos's seed (0: from the clock); the schedule repeats, the moments within the system do not")
	chaosLogs = flag.String("chaos.logs", "", "a directory TestChaos copies every process's log to")
)

// TestChaos runs the whole rollup as real crollup processes — the L1 (devnet --l1-only), the
// sequencer, an executor following it, an executor deriving from L1 alone that also proposes,
// the batcher and the challenger — under load from four users (deposits on L1, an upload, jobs,
// withdrawals), and for -chaos (60 s by default) puts it through, at seeded random moments:
// SIGKILL of any process (the L1 included) and a restart on its data dir, L1 reorgs of 1 to 3
// blocks, the L1 JSON-RPC and beacon API unreachable for some seconds, and once, halfway, an L1
// rewind of 8 blocks (twice the services' confirmations) whose transactions the new block
// includes again, without the blob transactions. Meanwhile a liar in this process rivals one of
// the proposer's assertions with a forged withdrawal record and defends it.
//
// Then the load stops, everything settles, and the test checks: every message the sequencer
// acknowledged is in exactly one block; the batches on L1 are numbered without gap, each the
// join of the sequencer's blocks of that batch, the blocks covered once each; both executors'
// state roots equal a replay from genesis at every block; every honest assertion is confirmed,
// the last one covering every batch, and the lie rejected; withdrawals paid on L1 are paid once
// (a second finalize is refused); and every service answers /healthz with 200.
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the crollup binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), *chaosFor+8*time.Minute)
	defer cancel()
	seed := *chaosSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	rng := rand.New(rand.NewPCG(seed, 18))
	t.Logf("seed %d, chaos for %s", seed, *chaosFor)
	dir := t.TempDir()
	bin := harness.BuildCrollup(t, dir)
	keys := l1dev.DevKeys(l1dev.DevAccounts)
	keyFile := func(name string, k *ecdsa.PrivateKey) string {
		path := filepath.Join(dir, name+".key")
		if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}

	// The L1, with the contracts. The challenge period is what the honest side has to answer a
	// claim in: it must outlast the challenger's downtime here (kills, outages, catching up on a
	// loaded machine), as a week outlasts any outage on Ethereum. 20 blocks did not, once.
	const period = 60
	l1 := &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, "l1.log"), Args: []string{"devnet", "--l1-only", "--data-dir", filepath.Join(dir, "l1"),
		"--block-time", "1s", "--l1-finality-depth", "16", "--challenge-period", fmt.Sprint(period)}}
	l1.Start()
	var st struct {
		Addresses  deploy.Addresses `json:"addresses"`
		L1Port     int              `json:"l1Port"`
		BeaconPort int              `json:"beaconPort"`
	}
	harness.WaitFor(ctx, t, "the L1 and its contracts", func() bool {
		b, _ := os.ReadFile(l1.Log)
		if l1.Cmd.ProcessState != nil {
			t.Fatalf("the L1 exited:\n%s", b)
		}
		if !bytes.Contains(b, []byte("devnet L1 running")) {
			return false
		}
		j, err := os.ReadFile(filepath.Join(dir, "l1", "devnet.json"))
		return err == nil && json.Unmarshal(j, &st) == nil
	})
	l1URL, beaconURL := fmt.Sprintf("http://127.0.0.1:%d", st.L1Port), fmt.Sprintf("http://127.0.0.1:%d", st.BeaconPort)
	eth, err := ethclient.DialContext(ctx, l1URL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	l1Up := func() {
		harness.WaitFor(ctx, t, "the L1 serving", func() bool { _, err := eth.BlockNumber(ctx); return err == nil })
	}

	// The services reach L1 through proxies that an outage closes.
	rpcProxy, beaconProxy := newProxy(t, st.L1Port), newProxy(t, st.BeaconPort)
	addrs := st.Addresses
	onL1 := []string{"--l1-rpc", rpcProxy.url(), "--l1-beacon", beaconProxy.url(), "--l1-bridge", addrs.Bridge.Hex(), "--inbox", addrs.Inbox.Hex()}
	seqPort, exePort, l1ExePort := harness.FreePort(t), harness.FreePort(t), harness.FreePort(t)
	seqURL, exeURL, l1ExeURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", exePort), fmt.Sprintf("http://127.0.0.1:%d", l1ExePort)
	metricsPorts := map[string]int{}
	service := func(name string, args ...string) *harness.Proc {
		port := harness.FreePort(t)
		metricsPorts[name] = port
		return &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, name+".log"), Args: append(args, "--metrics-port", fmt.Sprint(port), "--log.level", "info")}
	}
	procs := map[string]*harness.Proc{
		"l1": l1,
		"sequencer": service("sequencer", append([]string{"sequencer", "--data-dir", filepath.Join(dir, "seq"), "--rpc-port", fmt.Sprint(seqPort),
			"--block-time", "300ms", "--batch-age", "2s", "--l1-confirmations", "4"}, onL1...)...),
		"executor": service("executor", "executor", "--data-dir", filepath.Join(dir, "exe"), "--rpc-port", fmt.Sprint(exePort),
			"--sequencer", seqURL, "--poll-interval", "200ms", "--inbox", addrs.Inbox.Hex()),
		"executor-l1": service("executor-l1", append([]string{"executor", "--source", "l1", "--data-dir", filepath.Join(dir, "exe-l1"),
			"--rpc-port", fmt.Sprint(l1ExePort), "--poll-interval", "500ms", "--l1-confirmations", "4", "--propose",
			"--proposer-key-file", keyFile("proposer", keys[devnet.KeyProposer]), "--proposer-max-batches", "4", "--proposer-max-age", "5s",
			"--proposer-poll-interval", "500ms"}, onL1...)...),
		"batcher": service("batcher", "batcher", "--sequencer", seqURL, "--key-file", keyFile("batcher", keys[devnet.KeyBatcher]),
			"--poll-interval", "500ms", "--inbox", addrs.Inbox.Hex(), "--l1-rpc", rpcProxy.url()),
		"challenger": service("challenger", append([]string{"challenger", "--data-dir", filepath.Join(dir, "challenger"),
			"--key-file", keyFile("challenger", keys[devnet.KeyChallenger]), "--poll-interval", "500ms", "--l1-confirmations", "4"}, onL1...)...),
	}
	names := []string{"l1", "sequencer", "executor", "executor-l1", "batcher", "challenger"}
	for _, n := range names[1:] {
		procs[n].Start()
	}
	defer func() {
		for _, n := range names {
			procs[n].Stop()
		}
		for _, n := range names {
			b, _ := os.ReadFile(procs[n].Log)
			if *chaosLogs != "" {
				if err := os.WriteFile(filepath.Join(*chaosLogs, n+".log"), b, 0o644); err != nil {
					t.Error(err)
				}
			}
			if t.Failed() {
				t.Logf("%s log (end):\n%s", n, b[max(0, len(b)-3000):])
			}
		}
	}()
	harness.WaitUp(ctx, t, seqURL, func(c *client.Client) error { _, err := c.ChainConfig(ctx); return err })
	gcfg, err := config.Default().Chain.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	gcfg.Accounts = nil
	gen, err := genesis.New(gcfg)
	if err != nil {
		t.Fatal(err)
	}
	gen.Cfg.Domain.VerifyingContract = addrs.Inbox

	// The load.
	const users = 4
	const withdrawAmount = 1000
	recipient := func(u int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("chaos withdrawal recipient %d", u))))
	}
	p := examples.MLP()
	input := make([]byte, 64)
	input[3] = 9
	var mu sync.Mutex
	acked := map[common.Hash]msg.Kind{}
	byUser := make([][]common.Hash, users)
	deposits := 0
	stop := make(chan struct{})
	stopped := func() bool {
		select {
		case <-stop:
			return true
		default:
			return false
		}
	}
	var wg sync.WaitGroup
	uploaded := make(chan struct{})
	for u := range users {
		wg.Add(1)
		go func(u int) {
			defer wg.Done()
			key := keys[devnet.KeyUser+u]
			// A deposit on L1 opens the account; more follow now and then.
			deposit := func(amount *big.Int) bool {
				dctx, c := context.WithTimeout(ctx, 30*time.Second)
				defer c()
				_, err := devnet.BridgeDeposit(dctx, eth, addrs.Bridge, key, amount)
				if err == nil {
					mu.Lock()
					deposits++
					mu.Unlock()
				}
				return err == nil
			}
			for !deposit(big.NewInt(params.Ether)) {
				if stopped() {
					return
				}
				time.Sleep(time.Second)
			}
			var c *client.Client
			defer func() {
				if c != nil {
					c.Close()
				}
			}()
			signer := &client.Signer{Key: key, Domain: gen.Cfg.Domain}
			nonce, known, opened := uint64(0), false, false
			for i := 0; !stopped(); i++ {
				time.Sleep(100 * time.Millisecond)
				if c == nil {
					if c, err = client.Dial(ctx, seqURL); err != nil {
						c = nil
						continue
					}
				}
				if !known {
					acc, err := c.GetAccount(ctx, signer.Address())
					if err != nil {
						var re *client.Error
						if !errors.As(err, &re) {
							c.Close()
							c = nil
						}
						time.Sleep(200 * time.Millisecond)
						continue
					}
					signer.Account, nonce, known, opened = uint32(acc.Index), uint64(acc.Nonce), true, true
				}
				if !opened {
					continue
				}
				// upload sends a program's chunks, false once one is not acknowledged (the nonce is
				// then read again, and the upload starts over).
				upload := func(prog []byte, height uint8) bool {
					chunks, err := signer.Upload(prog, height, uint256.NewInt(1<<50), nonce)
					if err != nil {
						t.Error(err)
						return false
					}
					for _, ch := range chunks {
						h, err := c.Send(ctx, ch.Signed, 0, ch.Data)
						if err != nil {
							known = false
							return false
						}
						mu.Lock()
						acked[h] = ch.Signed.Kind
						mu.Unlock()
						nonce++
					}
					return true
				}
				switch {
				case u == 0 && i == 0: // the MLP, which every user's jobs run
					if !upload(p.Bytes(), 14) {
						i = -1
						continue
					}
					close(uploaded)
					continue
				case u > 0 && i == 30: // and a small program of each other user's own
					rp, _, err := examples.Random(uint64(u), examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
					if err != nil {
						t.Error(err)
						return
					}
					if !upload(rp.Bytes(), batch.DataHeight(int(rp.Size()))) {
						i = 29
					}
					continue
				}
				if i%40 == 39 {
					deposit(big.NewInt(params.Ether / 100))
				}
				signed, serr := signer.Withdraw(recipient(u), uint256.NewInt(withdrawAmount), uint256.NewInt(1000), nonce)
				var data []byte
				if i%3 == 0 {
					select {
					case <-uploaded:
						signed, serr = signer.Job(p.Root(), p.Steps(), input, uint256.NewInt(1<<40), nonce)
						data = input
					default:
					}
				}
				if serr != nil {
					t.Error(serr)
					return
				}
				h, err := c.Send(ctx, signed, 0, data)
				if err != nil {
					var re *client.Error
					if !errors.As(err, &re) {
						c.Close()
						c = nil
					}
					known = false
					continue
				}
				mu.Lock()
				acked[h] = signed.Kind
				byUser[u] = append(byUser[u], h)
				mu.Unlock()
				nonce++
			}
		}(u)
	}

	// A liar (in this process, never killed) rivals one of the proposer's assertions with a
	// forged withdrawal record, and defends it move by move.
	lieSrc, err := derive.NewSource(ctx, derive.Config{L1RPC: l1URL, BeaconURL: beaconURL, Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer lieSrc.Close()
	w, err := challenger.NewWatch(ctx, lieSrc, gen.Cfg, gen.Mem, bulk.NewCPU(1), eth, addrs.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	liarLog := harness.TestLog(t).New("svc", "liar")
	liarTx, err := proposer.NewTxManager(l1URL, keys[devnet.KeyLiar], 1, 100*time.Millisecond, liarLog, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer liarTx.Close()
	liar := w.Service(liarLog, liarTx)
	fault.Liar(liar, w.Chain, fault.ForgedWithdrawal, func() dispute.Params { return w.Mirror.M.P })
	var lieMu sync.Mutex
	var lie dispute.Hash // the liar's assertion, once made
	liarStop := make(chan struct{})
	liarDone := make(chan struct{})
	defer func() { close(liarStop); <-liarDone }()
	go func() {
		defer close(liarDone)
		proposerParty := onchain.Party(crypto.PubkeyToAddress(keys[devnet.KeyProposer].PublicKey))
		for made := false; ; {
			select {
			case <-liarStop:
				return
			case <-time.After(time.Second):
			}
			if made {
				if err := liar.Step(ctx); err != nil {
					liarLog.Debug("Liar step", "err", err)
				}
				continue
			}
			// Under the newest assertion of the proposer that fixes batches past its own, once
			// the lie changes something there (a withdrawal in those batches).
			_ = liar.Sync(ctx)
			var parent *dispute.AssertionRecord
			for _, id := range w.Mirror.R.Assertions() {
				if a, _ := w.Mirror.R.Assertion(id); a.Staker == proposerParty && a.NextInbox > a.BatchEnd {
					parent = a
				}
			}
			if parent == nil {
				continue
			}
			honest, ok := liar.HonestChild(parent)
			if !ok {
				continue
			}
			id, err := liar.Assert(ctx, parent.ID())
			if err != nil || id == honest.ID() {
				continue
			}
			made = true
			lieMu.Lock()
			lie = id
			lieMu.Unlock()
			t.Logf("the liar asserted %s over batches %d to %d (the honest assertion is %s)", id, parent.BatchEnd, parent.NextInbox, honest.ID())
		}
	}()

	// The chaos.
	counts := map[string]int{}
	t0 := time.Now()
	event := func(format string, args ...any) {
		t.Logf("chaos %5.1fs: "+format, append([]any{time.Since(t0).Seconds()}, args...)...)
	}
	reorg := func(depth uint64, reinclude bool) error {
		var n hexutil.Uint64
		return eth.Client().CallContext(ctx, &n, "l1dev_reorg", hexutil.Uint64(depth), reinclude)
	}
	deep := false
	for time.Since(t0) < *chaosFor {
		time.Sleep(time.Duration(2000+rng.IntN(3000)) * time.Millisecond)
		if !deep && time.Since(t0) > *chaosFor/2 {
			deep = true
			err := reorg(8, true)
			event("L1 rewind of 8 blocks, their transactions included again without blobs: %v", errOrOK(err))
			if err == nil {
				counts["deep rewinds"]++
			}
			continue
		}
		switch k := rng.IntN(10); {
		case k < 6:
			name := names[rng.IntN(len(names))]
			pr := procs[name]
			pr.Kill()
			down := time.Duration(rng.IntN(1500)) * time.Millisecond
			event("SIGKILL %s, restart in %s", name, down)
			time.Sleep(down)
			pr.Start()
			if name == "l1" {
				l1Up()
			}
			counts["kills "+name]++
		case k < 8:
			depth := uint64(1 + rng.IntN(3))
			err := reorg(depth, false)
			event("L1 reorg of %d blocks: %v", depth, errOrOK(err))
			if err == nil {
				counts["reorgs"]++
			}
		default:
			d := time.Duration(3000+rng.IntN(3000)) * time.Millisecond
			event("L1 RPC and beacon API unreachable for %s", d)
			rpcProxy.setDown(true)
			beaconProxy.setDown(true)
			time.Sleep(d)
			rpcProxy.setDown(false)
			beaconProxy.setDown(false)
			counts["outages"]++
		}
	}
	close(stop)
	wg.Wait()
	mu.Lock()
	t.Logf("chaos over after %s: %v; %d messages acknowledged, %d deposits", time.Since(t0).Round(time.Second), counts, len(acked), deposits)
	mu.Unlock()

	// Everything settles: every block in a sealed batch on L1, both executors at the head.
	sc, ec, lc := harness.Dial(ctx, t, seqURL), harness.Dial(ctx, t, exeURL), harness.Dial(ctx, t, l1ExeURL)
	settleCtx, settleCancel := context.WithTimeout(ctx, 4*time.Minute)
	defer settleCancel()
	var head, batches uint64
	harness.WaitFor(settleCtx, t, "every block batched on L1 and applied by both executors", func() bool {
		time.Sleep(500 * time.Millisecond)
		h, err := sc.BlockNumber(ctx)
		if err != nil {
			return false
		}
		blk, err := sc.GetBlock(ctx, h)
		if err != nil {
			return false
		}
		b, err := sc.GetBatch(ctx, uint64(blk.Batch))
		if err != nil || !b.Sealed || b.Posted == nil || b.Last == nil || uint64(*b.Last) != h {
			return false
		}
		for _, e := range []*client.Client{ec, lc} {
			if n, err := e.BlockNumber(ctx); err != nil || n < h {
				return false
			}
		}
		head, batches = h, uint64(blk.Batch)+1
		return true
	})

	// Every acknowledged message in exactly one block; the roots of both executors.
	seen := harness.CheckRoots(ctx, t, gen, sc, head, ec, lc)
	harness.CheckAcked(t, seen, acked)

	// The batches on L1: numbered without gap, each the sequencer's, the blocks covered once.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1URL, BeaconURL: beaconURL, Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	c, err := src.CountsAt(ctx, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Batches != batches {
		t.Fatalf("the Inbox holds %d batches, the sequencer sealed %d", c.Batches, batches)
	}
	next := uint64(0) // the next block a batch must start at
	for n := uint64(0); n < c.Batches; {
		got, err := src.Batches(ctx, n, c.L1Block)
		if err != nil || len(got) == 0 {
			t.Fatalf("batches from %d: %v", n, err)
		}
		for i := range got {
			b := &got[i]
			info, err := sc.GetBatch(ctx, b.Number)
			if err != nil {
				t.Fatal(err)
			}
			if b.Number != n || b.Forced() || b.Err != nil || info.Last == nil || uint64(info.First) != next {
				t.Fatalf("batch %d on L1 (want %d; forced %v, err %v); the sequencer's: %+v, want it to start at block %d", b.Number, n, b.Forced(), b.Err, info, next)
			}
			var parts []*batch.Batch
			for k := uint64(info.First); k <= uint64(*info.Last); k++ {
				blk, err := sc.GetBlock(ctx, k)
				if err != nil {
					t.Fatal(err)
				}
				part, err := batch.Decode(blk.Payload)
				if err != nil {
					t.Fatal(err)
				}
				parts = append(parts, part)
			}
			want, err := batch.Join(n, parts...).Encode()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Payload, want) {
				t.Fatalf("batch %d on L1 is not the join of the sequencer's blocks %d to %d", n, info.First, *info.Last)
			}
			if info.Posted == nil || info.Posted.L1Tx != b.TxHash {
				t.Fatalf("batch %d: the sequencer says it is on L1 at %+v, L1 holds it at %s", n, info.Posted, b.TxHash)
			}
			next, n = uint64(*info.Last)+1, n+1
		}
	}
	if next != head+1 {
		t.Fatalf("the batches on L1 cover blocks 0 to %d, the chain has %d", next-1, head+1)
	}

	// Every assertion honest and confirmed, the last one over every batch.
	chainArgs := []string{"--l1-rpc", l1URL, "--l1-beacon", beaconURL, "--l1-bridge", addrs.Bridge.Hex(), "--inbox", addrs.Inbox.Hex()}
	var list string
	var assertions, wrong int
	harness.WaitFor(settleCtx, t, "every honest assertion confirmed, over every batch, and the lie rejected", func() bool {
		time.Sleep(2 * time.Second)
		out, err := exec.CommandContext(ctx, bin, append([]string{"challenger", "list"}, chainArgs...)...).CombinedOutput()
		if err != nil {
			t.Logf("crollup challenger list: %v\n%s", err, out)
			return false
		}
		if string(out) != list && time.Since(t0) > *chaosFor+time.Minute {
			t.Logf("crollup challenger list:\n%s", out) // still waiting: what is missing
		}
		list = string(out)
		rows, wrongs, done, last := 0, 0, true, uint64(0)
		for _, line := range strings.Split(list, "\n")[2:] {
			// The genesis assertion has no staker: the status is found by its word.
			f := strings.Fields(line)
			at := slices.IndexFunc(f, func(w string) bool { return w == "pending" || w == "confirmed" || w == "rejected" })
			if len(f) < 7 || f[0] == "ALERT:" || at < 0 || at+1 >= len(f) {
				continue
			}
			rows++
			switch status, side := f[at], f[at+1]; {
			case side == "wrong":
				wrongs++
				if status == "confirmed" {
					t.Fatalf("a wrong assertion confirmed:\n%s", list)
				}
				done = done && status == "rejected"
			case side == "honest":
				if status == "rejected" {
					t.Fatalf("an honest assertion rejected:\n%s", list)
				}
				done = done && status == "confirmed"
			default:
				done = false
			}
			if n, err := strconv.ParseUint(f[2], 10, 64); err == nil {
				last = max(last, n)
			}
		}
		assertions, wrong = rows, wrongs
		lieMu.Lock()
		lied := lie != (dispute.Hash{})
		lieMu.Unlock()
		return done && last == batches && lied && wrongs > 0
	})
	t.Logf("crollup challenger list:\n%s", list)

	// Withdrawals paid once: the first two of each user are finalized, then finalized again.
	paid := 0
	for u := range users {
		var ws []uint64
		for _, h := range byUser[u] {
			if acked[h] != msg.KindWithdraw {
				continue
			}
			j, err := ec.GetJob(ctx, h)
			if err != nil || j.Receipt == nil {
				t.Fatalf("withdrawal %s: %+v %v", h, j, err)
			}
			if j.Receipt.Skip == "applied" {
				ws = append(ws, uint64(j.Receipt.Index))
			}
			if len(ws) == 2 {
				break
			}
		}
		key := hex.EncodeToString(crypto.FromECDSA(keys[devnet.KeyUser+u]))
		for _, w := range ws {
			for try := range 2 {
				out, err := exec.CommandContext(ctx, bin, "withdraw", "finalize", "--index", fmt.Sprint(w), "--key", key, "--executor", exeURL,
					"--l1-rpc", l1URL, "--l1-bridge", addrs.Bridge.Hex()).CombinedOutput()
				switch {
				case try == 0 && err != nil:
					t.Fatalf("crollup withdraw finalize --index %d: %v\n%s", w, err, out)
				case try == 1 && (err == nil || !strings.Contains(string(out), "paid already")):
					t.Fatalf("finalize withdrawal %d a second time: %v\n%s", w, err, out)
				}
			}
			paid++
		}
		bal, err := eth.BalanceAt(ctx, recipient(u), nil)
		if err != nil || bal.Cmp(big.NewInt(int64(withdrawAmount*len(ws)))) != 0 {
			t.Fatalf("user %d's recipient holds %v wei (%v) after %d withdrawals of %d were paid", u, bal, err, len(ws), withdrawAmount)
		}
	}

	// Every service healthy.
	for _, n := range names[1:] {
		url := fmt.Sprintf("http://127.0.0.1:%d/healthz", metricsPorts[n])
		harness.WaitFor(settleCtx, t, n+" healthy", func() bool {
			res, err := http.Get(url)
			if err != nil {
				return false
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Logf("%s: %d %s", n, res.StatusCode, body)
				time.Sleep(time.Second)
			}
			return res.StatusCode == http.StatusOK
		})
	}
	t.Logf("chaos report: %s of chaos, %v; %d messages acknowledged (%d sequenced), %d deposits; %d blocks in %d batches on L1; %d assertions: %d honest, all confirmed, %d wrong, all rejected; %d withdrawals paid once each",
		*chaosFor, counts, len(acked), len(seen), deposits, head+1, batches, assertions, assertions-wrong, wrong, paid)
}

func errOrOK(err error) string {
	if err != nil {
		return err.Error()
	}
	return "ok"
}

// proxy forwards TCP connections from a port of its own to 127.0.0.1:port, and can be put down:
// it then closes every connection and each new one at once, as an unreachable node does to its
// clients.
type proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	down  bool
	conns map[net.Conn]struct{}
}

func newProxy(t *testing.T, port int) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: fmt.Sprintf("127.0.0.1:%d", port), conns: map[net.Conn]struct{}{}}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.setDown(true) })
	return p
}

func (p *proxy) url() string { return "http://" + p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.forward(in)
	}
}

func (p *proxy) forward(in net.Conn) {
	out, err := net.DialTimeout("tcp", p.target, 2*time.Second)
	if err != nil {
		in.Close()
		return
	}
	if !p.track(in, out) {
		in.Close()
		out.Close()
		return
	}
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		done <- struct{}{}
	}
	go pipe(out, in)
	go pipe(in, out)
	<-done
	in.Close()
	out.Close()
	p.mu.Lock()
	delete(p.conns, in)
	delete(p.conns, out)
	p.mu.Unlock()
}

// track records a pair of connections; false if the proxy is down.
func (p *proxy) track(in, out net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.down {
		return false
	}
	p.conns[in], p.conns[out] = struct{}{}, struct{}{}
	return true
}

func (p *proxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			c.Close()
		}
		p.conns = map[net.Conn]struct{}{}
	}
}
