package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crollup/crollup/e2e/harness"
)

// TestDevnetSurvivesKill runs `crollup devnet --data-dir D` as a real process and kills it with
// SIGKILL six times, restarting it on D each time: three times at a random moment of its start
// (seeded and logged; the first may hit the contracts' deployment), then once its demo deposit is
// included, once its job has executed, and a random moment after it is up. The
// embedded L1 keeps every block it had reported (the block at the head read just before each kill
// has the same hash after the restart), and every run carries on: the demo's deposit, upload
// (found registered), job, batch and the L1-only executor's check go through, to "devnet
// running".
func TestDevnetSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the crollup binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 18))
	t.Logf("seed %d", seed)
	dir := t.TempDir()
	bin := harness.BuildCrollup(t, dir)
	data := filepath.Join(dir, "devnet")
	p := &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, "devnet.log"), Args: []string{"devnet", "--data-dir", data, "--block-time", "1s",
		"--batch-age", "2s", "--jobs", "1", "--sequencer-port", "0", "--executor-port", "0", "--explorer-port", "0", "--sequencer-metrics-port", "-1",
		"--executor-metrics-port", "-1", "--l1-executor-metrics-port", "-1", "--batcher-metrics-port", "-1"}}
	// runLog is what the current run printed so far.
	runLog := func(run int) string {
		b, _ := os.ReadFile(p.Log)
		s := string(b)
		if i := strings.LastIndex(s, fmt.Sprintf("=== run %d\n", run)); i >= 0 {
			return s[i:]
		}
		return ""
	}
	wait := func(run int, marker string) {
		t.Helper()
		harness.WaitFor(ctx, t, fmt.Sprintf("run %d: %q", run, marker), func() bool {
			if p.Cmd.ProcessState != nil {
				t.Fatalf("run %d exited: %v\n%s", run, p.Cmd.ProcessState, runLog(run))
			}
			return strings.Contains(runLog(run), marker)
		})
	}
	l1 := func() *ethclient.Client {
		raw, err := os.ReadFile(filepath.Join(data, "devnet.json"))
		if err != nil {
			t.Fatal(err)
		}
		var st struct {
			L1Port int `json:"l1Port"`
		}
		if err := json.Unmarshal(raw, &st); err != nil || st.L1Port == 0 {
			t.Fatalf("devnet.json: %v (%s)", err, raw)
		}
		c, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", st.L1Port))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	lastLine := func(s string) string {
		s = strings.TrimRight(s, "\n")
		s = s[strings.LastIndex(s, "\n")+1:]
		return s[:min(len(s), 60)]
	}
	type seen struct {
		number uint64
		hash   common.Hash
	}
	var before []seen
	// Three kills at a random moment of the start (the first one may hit the contracts' deployment),
	// then three at fixed points of the demo.
	kills := []string{"", "", "", "[deposit] included", "[job 1/1] executed", "devnet running"}
	for run := 0; run <= len(kills); run++ {
		p.Start()
		if run == len(kills) {
			wait(run, "devnet running")
			break
		}
		switch kills[run] {
		case "":
			wait(run, "[devnet] starting")
			time.Sleep(time.Duration(500+rng.IntN(5000)) * time.Millisecond)
			if _, err := os.Stat(filepath.Join(data, "devnet.json")); err != nil {
				p.Kill() // before the L1 recorded its ports: nothing to read back
				t.Logf("run %d: killed before devnet.json", run)
				continue
			}
		case "devnet running":
			wait(run, kills[run])
			time.Sleep(time.Duration(rng.IntN(3000)) * time.Millisecond)
		default:
			wait(run, kills[run])
		}
		c := l1()
		head, err := c.HeaderByNumber(ctx, nil)
		c.Close()
		if err != nil {
			t.Fatal(err)
		}
		p.Kill()
		before = append(before, seen{head.Number.Uint64(), head.Hash()})
		t.Logf("run %d: killed after %q at L1 block %d", run, strings.TrimSpace(lastLine(runLog(run))), head.Number)
	}
	defer p.Stop()
	c := l1()
	defer c.Close()
	for _, s := range before {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(s.number))
		if err != nil || h.Hash() != s.hash {
			t.Fatalf("L1 block %d reported before a kill is gone after the restart (%v)", s.number, err)
		}
	}
	out := runLog(len(kills))
	for _, want := range []string{"registered already", "[job 1/1] batched", "[verify] the L1-only executor rebuilt blocks"} {
		if !strings.Contains(out, want) {
			t.Fatalf("the last run lacks %q:\n%s", want, out)
		}
	}
}
