package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevnetOnce runs the README's first command (with --once and 1 s blocks) twice on one data
// dir: the L1 starts, the contracts are deployed (then found again), a real deposit is included
// by the sequencer, jobs go sequenced → executed → batched, the L1-only executor agrees, and the
// job demo's execution paths agree. The second run continues the first one's chain, and serves
// the L1's JSON-RPC and beacon API on the first run's ports (devnet.json keeps them).
func TestDevnetOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	clearEnv(t)
	dir := t.TempDir()
	var inbox, l1URLs string
	for run := 0; run < 2; run++ {
		out, _, err := execute(t, []string{"devnet", "--once", "--block-time", "1s", "--batch-age", "2s", "--jobs", "2",
			"--sequencer-port", "0", "--executor-port", "0", "--explorer-port", "0", "--data-dir", dir,
			"--sequencer-metrics-port", "0", "--executor-metrics-port", "0", "--l1-executor-metrics-port", "0", "--batcher-metrics-port", "0"})
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, out)
		}
		for _, want := range []string{"[l1] chain 1337", "[contracts] Inbox 0x", "L2 account index 0",
			"[job 2/2] sequenced", "[job 2/2] executed", "halted, class", "[job 2/2] batched", "[verify] the L1-only executor rebuilt blocks",
			"same state hash", "verified", "metrics, health     sequencer         http://127.0.0.1:",
			"metrics, health     executor          http://", "metrics, health     L1-only executor  http://",
			"metrics, health     batcher           http://", "/healthz", "done (--once)"} {
			if !strings.Contains(out, want) {
				t.Fatalf("run %d: output lacks %q:\n%s", run, want, out)
			}
		}
		// "[l1] chain 1337, a block every 1s: http URL  ws URL  beacon URL"
		l1Line := out[strings.Index(out, "[l1] chain "):]
		l1Line = l1Line[strings.Index(l1Line, "http "):strings.Index(l1Line, "\n")]
		if run == 0 {
			l1URLs = l1Line
		} else if l1Line != l1URLs {
			t.Fatalf("restart moved the L1 endpoints: %q, first run had %q", l1Line, l1URLs)
		}
		line := out[strings.Index(out, "[contracts] Inbox "):]
		addr := strings.Fields(line)[2]
		if run == 0 {
			inbox = addr
		} else if addr != inbox {
			t.Fatalf("restart deployed a new Inbox %s, first run had %s", addr, inbox)
		}
		// The second deposit to the same address is the second delayed message.
		if run == 1 && (!strings.Contains(out, "delayed message 1") || !strings.Contains(out, "registered already") ||
			!strings.Contains(out, "(nonce 4,")) {
			t.Fatalf("restart did not continue the L1 chain:\n%s", out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "devnet.json")); err != nil {
		t.Fatal(err)
	}
}
