package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestDevnetFraud runs `crollup devnet --fraud --once`: a liar rivals the proposer's assertion over
// the demo job with a tampered job output, and the challenger wins it live. The output shows the
// dispute move by move down to the proof of the JOB_FINISH step through ChainVM, then the
// rejected assertion, the slashed bond and the confirmed honest root.
func TestDevnetFraud(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1 and plays a dispute")
	}
	clearEnv(t)
	out, _, err := execute(t, []string{"devnet", "--fraud", "--once", "--jobs", "1", "--sequencer-port", "0", "--executor-port", "0", "--explorer-port", "0",
		"--sequencer-metrics-port", "-1", "--executor-metrics-port", "-1", "--l1-executor-metrics-port", "-1", "--batcher-metrics-port", "-1"})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"a block every 1s", "challenge period 60 L1 blocks", "[dispute] liar       asserts the state after",
		"[dispute] challenger dissects level 0", "opens the steps level", "[dispute] challenger proves step", "(JOB_FINISH)",
		"through ChainVM", "slashes the bond of", "is rejected and its bond slashed; the honest root", "done (--once)"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	// The liar runs the settlement too and may confirm the honest assertion or reject its own
	// first: only a proof by the liar, or an assertion of the liar's confirmed, is wrong.
	m := regexp.MustCompile(`a liar \((0x[0-9a-fA-F]{8})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no liar address in the output:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "[dispute] liar       proves") ||
			strings.Contains(line, "confirms assertion") && strings.Contains(line, "staker "+m[1]) {
			t.Fatalf("the liar proved a step, or its assertion was confirmed: %q\n%s", line, out)
		}
	}
	t.Logf("%s", out[strings.Index(out, "[dispute] the liar's assertion"):])
}
