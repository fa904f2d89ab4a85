package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevnetOnce runs the README's first command (with --once and 1 s blocks) twice on one data
// dir: the L1 starts, the contracts are deployed (then found again), a real deposit is included,
// and the job demo's execution paths agree.
func TestDevnetOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	clearEnv(t)
	dir := t.TempDir()
	var inbox string
	for run := 0; run < 2; run++ {
		out, _, err := execute(t, []string{"devnet", "--once", "--block-time", "1s", "--data-dir", dir})
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, out)
		}
		for _, want := range []string{"[l1] chain 1337", "[contracts] Inbox 0x", "L2 account index 0", "[derive] from L1 logs and beacon blobs", "halted, fee", "same state hash", "verified", "done (--once)"} {
			if !strings.Contains(out, want) {
				t.Fatalf("run %d: output lacks %q:\n%s", run, want, out)
			}
		}
		line := out[strings.Index(out, "[contracts] Inbox "):]
		addr := strings.Fields(line)[2]
		if run == 0 {
			inbox = addr
		} else if addr != inbox {
			t.Fatalf("restart deployed a new Inbox %s, first run had %s", addr, inbox)
		}
		// The second deposit to the same address is the second delayed message.
		if run == 1 && (!strings.Contains(out, "delayed message 1") || !strings.Contains(out, "[batch] batch 1 ") ||
			!strings.Contains(out, "[chain] replayed batches 0–0") || strings.Contains(out, "[upload]") || !strings.Contains(out, "Job nonce 2")) {
			t.Fatalf("restart did not continue the L1 chain:\n%s", out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "devnet.json")); err != nil {
		t.Fatal(err)
	}
}
