package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/executor/explorer"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
	"github.com/crollup/crollup/sequencer"
)

// chromium finds a headless-capable Chromium. Without one the test is skipped, except under CI,
// which installs Debian's chromium.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium under CI (apt-get install -y chromium)")
	}
	t.Skip("no Chromium (apt-get install -y chromium)")
	return ""
}

// TestExplorer opens the explorer of a devnet in headless Chromium: a job's page goes from
// executed to batched, its Merkle proof is checked in the browser and its output shown; the
// batch page names the job's L1 transaction; the page's keccak is go-ethereum's; a tampered
// proof shows the failure mark; bad input shows a message. Screenshots are test artifacts
// (go test -artifacts).
func TestExplorer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1 and a browser")
	}
	browser := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	seq.BlockTime, seq.BatchAge = 300*time.Millisecond, time.Second
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, ExplorerPort: 0})
	base := d.Exec.ExplorerEndpoint()
	if base == "" {
		t.Fatal("the devnet's executor serves no explorer")
	}

	// A job on a small program, and the output it must show.
	signer := depositUser(ctx, t, d)
	p, input, err := examples.Random(11, examples.RandomOptions{MaxInstrs: 3, MaxSteps: 400, MaxBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	jobHash, _ := sendUploadAndJob(t, d, signer, p, input)
	wantOutput := expectedOutput(t, p, input)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox,
		chromedp.WindowSize(1200, 900))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)) // quality 100: PNG
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(t.ArtifactDir(), name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// waitText waits until the element's text contains want (a page replaces the last one's
	// content after its JSON-RPC calls, so the first match may still be the old page's).
	waitText := func(sel, want string) {
		t.Helper()
		harness.WaitFor(ctx, t, fmt.Sprintf("%s containing %q", sel, want), func() bool {
			got, _ := chromedp.Run(bctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, sel)))
			return strings.Contains(got, want)
		})
	}
	proofMark := func() (string, string) {
		t.Helper()
		do("the proof mark", chromedp.WaitVisible(chromedp.CSS("#proof-mark")))
		a, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.CSS("#proof-mark"), "data-ok"))
		if err != nil {
			t.Fatal(err)
		}
		return a.Value, text("#proof-mark")
	}

	// The page's keccak against go-ethereum's, on a short input and one of several blocks.
	do("open the home page", chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("#head")))
	shot("home")
	small := eval(`Proof.hex(Keccak.hash(new TextEncoder().encode("abc")))`)
	large := eval(`Proof.hex(Keccak.hash(new Uint8Array(300).map((_, i) => i * 7)))`)
	big := make([]byte, 300)
	for i := range big {
		big[i] = byte(i * 7)
	}
	if small != crypto.Keccak256Hash([]byte("abc")).Hex() || large != crypto.Keccak256Hash(big).Hex() {
		t.Fatalf("the page's keccak: %s, %s; go-ethereum: %s, %s", small, large, crypto.Keccak256Hash([]byte("abc")).Hex(), crypto.Keccak256Hash(big).Hex())
	}

	// The job's page, reloaded until the job is executed and then batched.
	jobURL := base + "#/job/" + jobHash.Hex()
	reached := func(stage string) {
		t.Helper()
		harness.WaitFor(ctx, t, "the job page showing "+stage, func() bool {
			if chromedp.Do(bctx, chromedp.Navigate(base+"#/"), chromedp.Navigate(jobURL), chromedp.WaitVisible(chromedp.CSS("#timeline"))) != nil {
				return false
			}
			done, err := chromedp.Run(bctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector('#timeline li[data-stage=%q]').classList.contains('done')`, stage)))
			return err == nil && done
		})
	}
	reached("executed")
	reached("batched")
	mark, markText := proofMark()
	if mark != "true" {
		t.Fatalf("proof mark %q: %s", mark, markText)
	}
	if output := text("#output"); strings.TrimSuffix(output, " …") != wantOutput {
		t.Fatalf("output shown %q, want %q", output, wantOutput)
	}
	if page := text("main"); !strings.Contains(page, fmt.Sprintf("%d steps", p.Steps())) || !strings.Contains(page, "fee") {
		t.Fatalf("the job page does not show the program's %d steps and the fee: %q", p.Steps(), page)
	}
	shot("job")

	// The batch page names the batch's L1 transaction and lists the job.
	j, err := d.Seq.Job(jobHash, nil)
	if err != nil || j.Batch == nil || j.L1Tx == nil {
		t.Fatalf("the job at the sequencer: %+v, %v", j, err)
	}
	do("open the batch page", chromedp.Navigate(fmt.Sprintf("%s#/batch/%d", base, uint64(*j.Batch))),
		chromedp.WaitVisible(chromedp.CSS("#l1tx")))
	if l1tx, msgs := text("#l1tx"), text("#messages"); l1tx != j.L1Tx.Hex() || !strings.Contains(msgs, jobHash.Hex()) {
		t.Fatalf("batch page: l1 tx %q (want %s), messages %q", l1tx, j.L1Tx.Hex(), msgs)
	}
	shot("batch")

	// The account page lists the job among the sender's messages.
	do("open the account page", chromedp.Navigate(base+"#/account/"+d.Address(devnet.KeyUser).Hex()))
	waitText("#account-messages", jobHash.Hex()[:10])
	shot("account")

	// Bad input: a malformed hash, an unknown one.
	do("a malformed query", chromedp.Navigate(base+"#/job/0x1234"))
	waitText(".error", "not a page here")
	do("an unknown job", chromedp.Navigate(base+"#/job/"+common.Hash{1}.Hex()))
	waitText(".error", "No such message")
	do("a search for nonsense", chromedp.Navigate(base+"#/"), chromedp.WaitVisible(chromedp.CSS("#head")),
		chromedp.SetValue(chromedp.CSS("#q"), "hello?"), chromedp.Click(chromedp.CSS("#search button")))
	waitText(".error", "is not a job hash")

	// At phone width the job page still shows its proof mark.
	do("phone width", chromedp.EmulateViewport(375, 800), chromedp.Navigate(jobURL))
	if mark, _ := proofMark(); mark != "true" {
		t.Fatalf("phone width: proof mark %q", mark)
	}
	shot("job-phone")
	do("desktop width", chromedp.EmulateViewport(1200, 900))

	// A tampered proof: an explorer whose executor answers with one proof hash changed.
	tampered := tamperingProxy(t, d.Exec.RPCEndpoint())
	h2, err := explorer.Handler(explorer.Config{ExecutorRPC: tampered, SequencerRPC: d.Seq.RPCEndpoint()})
	if err != nil {
		t.Fatal(err)
	}
	bad := httptest.NewServer(h2)
	defer bad.Close()
	do("the tampered job page", chromedp.Navigate(bad.URL+"/#/job/"+jobHash.Hex()))
	mark, markText = proofMark()
	shot("job-tampered")
	if mark != "false" || !strings.Contains(markText, "FAILED") {
		t.Fatalf("tampered proof: mark %q, %q", mark, markText)
	}
}

// expectedOutput runs the job locally and formats its output bytes as the page does: the
// first 64 bytes of the output region up to its last non-zero word, as int8.
func expectedOutput(t *testing.T, p *program.Program, input []byte) string {
	t.Helper()
	packed, err := program.Pack(p.InputTensor(), input)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := job.New(p, packed)
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.NewJob(mem).RunSteps(context.Background(), 0, nil); err != nil {
		t.Fatal(err)
	}
	region := make([]byte, 1<<16)
	mem.Read(isa.RegionOutput.Base(), region)
	end := 0
	for i := 0; i < len(region); i += 32 {
		if !bytes.Equal(region[i:i+32], make([]byte, 32)) {
			end = i + 32
		}
	}
	var vals []string
	for _, b := range region[:min(end, 64)] {
		vals = append(vals, fmt.Sprint(int8(b)))
	}
	return strings.Join(vals, " ")
}

// tamperingProxy forwards JSON-RPC to target and changes the first proof hash of every
// compute_getJobResult answer.
func tamperingProxy(t *testing.T, target string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		resp, err := http.Post(target, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		if bytes.Contains(body, []byte("compute_getJobResult")) {
			var m map[string]json.RawMessage
			var res api.JobResult
			if json.Unmarshal(out, &m) == nil && json.Unmarshal(m["result"], &res) == nil && len(res.Proof) > 0 {
				res.Proof[0][0] ^= 1
				m["result"], _ = json.Marshal(res)
				out, _ = json.Marshal(m)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// checkDisputePage opens the explorer of a devnet whose first wrong assertion was rejected by a
// dispute: the assertions page lists it rejected with a link to its dispute, whose page shows
// the claim tree with a refuted or confirmed claim. Without Chromium it is skipped (not under CI).
func checkDisputePage(ctx context.Context, t *testing.T, d *devnet.Devnet) {
	t.Helper()
	browser := chromium(t)
	base := d.Exec.ExplorerEndpoint()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.WindowSize(1200, 900))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	eval := func(expr string) string {
		s, _ := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		return s
	}
	var link string
	harness.WaitFor(ctx, t, "the assertions page listing a rejected assertion with its dispute", func() bool {
		if chromedp.Do(bctx, chromedp.Navigate(base+"#/"), chromedp.Navigate(base+"#/assertions"), chromedp.WaitVisible(chromedp.CSS("#assertions"))) != nil {
			return false
		}
		link = eval(`(document.querySelector('#assertions tr[data-status="rejected"] a') || {}).hash || ""`)
		return strings.HasPrefix(link, "#/dispute/0x")
	})
	shotTo(t, bctx, "assertions")
	// Search finds an assertion by its hash.
	id := eval(`(document.querySelector('#assertions tr[data-status="rejected"] td') || {}).title || ""`)
	if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.CSS("#q"), id), chromedp.Click(chromedp.CSS("#search button"))); err != nil {
		t.Fatal(err)
	}
	harness.WaitFor(ctx, t, "the searched assertion's page", func() bool {
		page := eval(`document.querySelector('main').textContent`)
		return strings.Contains(page, "Assertion") && strings.Contains(page, "rejected")
	})
	var claims string
	harness.WaitFor(ctx, t, "the dispute page showing a decided claim", func() bool {
		if chromedp.Do(bctx, chromedp.Navigate(base+link), chromedp.WaitVisible(chromedp.CSS("#claims"))) != nil {
			return false
		}
		claims = eval(`document.querySelector('#claims').textContent`)
		n := eval(`String(document.querySelectorAll('#claims li[data-status="refuted"], #claims li[data-status="confirmed"]').length)`)
		return n != "" && n != "0"
	})
	shotTo(t, bctx, "dispute")
	if !strings.Contains(claims, "level 0") || !strings.Contains(claims, "clock") {
		t.Fatalf("dispute page claims: %q", claims)
	}
	// The moves: the liar's assertion among them, each with its gas.
	moves := eval(`document.querySelector('#moves').textContent`)
	if !strings.Contains(moves, "RollupAssert") || !strings.Contains(moves, "RollupReject") {
		t.Fatalf("dispute page moves: %q", moves)
	}
	t.Logf("dispute page: %d claims shown", strings.Count(claims, "level "))
}

// shotTo writes a PNG screenshot of the page as a test artifact.
func shotTo(t *testing.T, bctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
