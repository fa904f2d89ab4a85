package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/sequencer"
)

// TestChallengerSurvivesKill runs `crollup challenger` as a real process against the devnet's L1,
// opposite a liar (a forged withdrawal record) that defends its assertion move by move. The
// challenger is killed with SIGKILL twice in the middle of the game, each time right after it
// sent a move, and restarted on its data dir. It still wins: the liar's assertion is rejected,
// its bond slashed, the honest one confirmed, no liar claim confirmed; and it never sent a move
// twice (no transaction of its reverted with the calldata of one that had landed). The
// withdrawal the honest assertion covers is then paid on L1 by `crollup withdraw finalize`, and
// `crollup challenger list` and `show` print the finished game; /healthz and /metrics answer.
func TestChallengerSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the crollup binary against an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := harness.BuildCrollup(t, dir)
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ChallengePeriod: 40})
	lieTraffic(ctx, t, d)

	// The liar makes the honest assertion over no batch, then its lie under it, and defends it.
	w := newWatch(ctx, t, d)
	liar := party(t, d, w, d.Keys[devnet.KeyLiar], "liar")
	fault.Liar(liar, w.Chain, fault.ForgedWithdrawal, func() dispute.Params { return w.Mirror.M.P })
	a1, err := liar.Assert(ctx, w.Mirror.R.Genesis)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := liar.Assert(ctx, a1); err != nil {
		t.Fatal(err)
	}

	key := filepath.Join(dir, "challenger.key")
	if err := os.WriteFile(key, []byte(hex.EncodeToString(crypto.FromECDSA(d.Keys[devnet.KeyChallenger]))), 0o600); err != nil {
		t.Fatal(err)
	}
	g := d.Chain.Globals
	common := []string{"--l1-rpc", d.L1.HTTPEndpoint(), "--l1-beacon", d.L1.BeaconEndpoint(), "--l1-bridge", d.Addrs.Bridge.Hex(),
		"--inbox", d.Addrs.Inbox.Hex(), "--chain-id", fmt.Sprint(d.Chain.Cfg.Domain.ChainID), "--step-price", fmt.Sprint(g.StepPrice),
		"--byte-price", fmt.Sprint(g.BytePrice), "--flat-price", fmt.Sprint(g.FlatPrice), "--heap-price", fmt.Sprint(g.HeapPrice),
		"--fee-recipient", fmt.Sprint(g.FeeRecipient), "--key-file", key}
	port := harness.FreePort(t)
	p := &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, "challenger.log"), Args: append([]string{"challenger", "--data-dir", filepath.Join(dir, "data"),
		"--poll-interval", "300ms", "--metrics-port", fmt.Sprint(port), "--l1-confirmations", "0", "--log.level", "info"}, common...)}
	// The liar plays in a goroutine of its own all along, as a process would.
	lctx, lcancel := context.WithCancel(ctx)
	ldone := make(chan struct{})
	go func() {
		defer close(ldone)
		for lctx.Err() == nil {
			if err := liar.Step(lctx); err != nil && lctx.Err() == nil {
				t.Logf("liar step: %v", err)
			}
			select {
			case <-lctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	defer func() { lcancel(); <-ldone }()
	p.Start()
	defer p.Stop()
	me := d.Address(devnet.KeyChallenger)

	// Kill it right after its 3rd and its 9th transaction is in the pool.
	kills := 0
	for _, after := range []uint64{3, 9} {
		harness.WaitFor(ctx, t, fmt.Sprintf("the challenger's transaction %d", after), func() bool {
			n, err := d.Client.PendingNonceAt(ctx, me)
			return err == nil && n >= after
		})
		p.Kill()
		kills++
		pending, _ := d.Client.PendingNonceAt(ctx, me)
		mined, _ := d.Client.NonceAt(ctx, me, nil)
		t.Logf("kill %d: %d transactions sent, %d mined", kills, pending, mined)
		p.Start()
	}
	harness.WaitFor(ctx, t, "the liar rejected and slashed, the challenger's assertion confirmed", func() bool {
		return beatenOnL1(ctx, t, d, d.Address(devnet.KeyLiar)) && confirmedOnL1(ctx, t, d, me)
	})
	lcancel()
	<-ldone

	// No move sent twice: every reverted transaction of the challenger's carried calldata that
	// had not landed before.
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	landed := map[string]bool{}
	sent, reverted := 0, 0
	signer := types.LatestSignerForChainID(d.L1.ChainID())
	for n := uint64(1); n <= head; n++ {
		b, err := d.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(signer, tx); err != nil || from != me {
				continue
			}
			sent++
			rc, err := d.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			in := string(tx.Data())
			if rc.Status != types.ReceiptStatusSuccessful {
				reverted++
				if landed[in] {
					t.Errorf("block %d: the challenger sent again a move that had landed (tx %s)", n, tx.Hash())
				}
				continue
			}
			landed[in] = true
		}
	}
	if _, err := w.Mirror.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	parent, _ := w.Mirror.R.Assertion(a1)
	checkClaims(ctx, t, w.Mirror.M, w.Chain, parent)
	t.Logf("killed %d times; the challenger sent %d transactions (%d reverted), the liar %d", kills, sent, reverted, liar.Sent())
	// Counted, kills and all: within 2·⌈log_k T⌉ + 4 for the one wrong assertion.
	if pp := w.Mirror.M.P; sent > 2*int(pp.Heights[0]+pp.Heights[1])+4 {
		t.Errorf("the challenger sent %d transactions for one wrong assertion, over 2·%d + 4", sent, pp.Heights[0]+pp.Heights[1])
	}

	// The withdrawal in the traffic is covered by the honest assertion the challenger defended:
	// `crollup withdraw finalize` pays it on L1.
	before, err := d.Client.BalanceAt(ctx, withdrawTo, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(ctx, bin, "withdraw", "finalize", "--index", "0", "--key", hex.EncodeToString(crypto.FromECDSA(d.Keys[devnet.KeyUser])),
		"--executor", d.Exec.RPCEndpoint(), "--l1-rpc", d.L1.HTTPEndpoint(), "--l1-bridge", d.Addrs.Bridge.Hex()).CombinedOutput()
	if err != nil {
		t.Fatalf("crollup withdraw finalize: %v\n%s", err, out)
	}
	after, err := d.Client.BalanceAt(ctx, withdrawTo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(after, before); paid.Cmp(big.NewInt(withdrawAmount)) != 0 {
		t.Fatalf("finalize paid %v wei, want %d\n%s", paid, withdrawAmount, out)
	}
	t.Logf("crollup withdraw finalize: %s", strings.TrimSpace(string(out)))

	// The operator's views of the finished game.
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for _, path := range []string{"/healthz", "/metrics"} {
		harness.WaitFor(ctx, t, path, func() bool {
			res, err := http.Get(url + path)
			if err != nil {
				return false
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			return res.StatusCode == http.StatusOK && (path != "/metrics" || bytes.Contains(body, []byte("crollup_challenger_moves_total")))
		})
	}
	run := func(args ...string) string {
		out, err := exec.CommandContext(ctx, bin, append(args, common...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("crollup %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	list := run("challenger", "list")
	t.Logf("crollup challenger list:\n%s", list)
	if !strings.Contains(list, "rejected   wrong") || !strings.Contains(list, "confirmed  honest") {
		t.Fatal("list does not show the rejected wrong assertion and the confirmed honest one")
	}
	latest, _ := w.Mirror.R.Assertion(a1)
	var wrong string
	for _, id := range w.Mirror.R.Assertions() {
		if a, _ := w.Mirror.R.Assertion(id); a.Parent == latest.ID() && a.Staker == onchain.Party(d.Address(devnet.KeyLiar)) {
			wrong = id.Hex()[:12]
		}
	}
	show := run("challenger", "show", wrong)
	t.Logf("crollup challenger show %s:\n%s", wrong, show)
	if !strings.Contains(show, "level 1 [") || !strings.Contains(show, "+K^0) 2 claim(s)") || !strings.Contains(show, "lost") ||
		!strings.Contains(show, "(ours)") {
		t.Fatal("show does not print the game down to the rivaled one-step claims")
	}
}
