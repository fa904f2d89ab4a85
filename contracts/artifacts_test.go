package contracts_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/crollup/crollup/contracts"
)

// TestArtifactsFresh rebuilds the contracts with the pinned solc and abigen (node build.js
// --check) and fails if a committed artifact or binding differs from what the sources compile to.
// Without the Solidity toolchain it skips, except in CI (CI=true), where a skip would hide stale
// artifacts.
func TestArtifactsFresh(t *testing.T) {
	missing := ""
	if _, err := os.Stat(filepath.Join("node_modules", "solc")); err != nil {
		missing = "contracts/node_modules/solc is not installed (run `npm ci` in contracts/)"
	} else if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not on PATH"
	}
	if missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: CI must check that the committed artifacts are fresh", missing)
		}
		t.Skipf("%s; not checking artifact freshness", missing)
	}
	out, err := exec.Command("node", "build.js", "--check").CombinedOutput()
	if err != nil {
		t.Fatalf("node build.js --check: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

// TestLoadArtifact checks that the embedded artifacts decode and expose the verifier's ABI.
func TestLoadArtifact(t *testing.T) {
	a, err := contracts.LoadArtifact("FraudVM")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := a.ParsedABI()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"step", "verifyStep", "stateHash"} {
		if _, ok := parsed.Methods[m]; !ok {
			t.Errorf("FraudVM ABI has no method %s", m)
		}
	}
	for _, e := range []string{"BadStateLength", "BadStateHash", "MalformedState", "WitnessTooShort", "BadProof", "TrailingWitness", "BadAccessAddress"} {
		if _, ok := parsed.Errors[e]; !ok {
			t.Errorf("FraudVM ABI has no error %s", e)
		}
	}
	if a.Compiler.Version == "" || len(a.DeployedBytecode) >= len(a.Bytecode) {
		t.Errorf("artifact: compiler %q, %d creation bytes, %d runtime bytes", a.Compiler.Version, len(a.Bytecode), len(a.DeployedBytecode))
	}
	if _, err := contracts.LoadArtifact("NoSuchContract"); err == nil {
		t.Error("LoadArtifact of a missing contract succeeded")
	}
	if _, err := contracts.LoadArtifact("../go"); err == nil {
		t.Error("LoadArtifact accepted a path")
	}
}

// TestContractSizes holds every contract under EIP-170's limit on deployed code (24,576 bytes):
// above it the creation transaction fails on mainnet, whatever the in-process EVM allows.
func TestContractSizes(t *testing.T) {
	const limit = 24_576
	names, err := contracts.ArtifactNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 6 {
		t.Fatalf("%d artifacts", len(names))
	}
	for _, name := range names {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(a.DeployedBytecode); n == 0 || n > limit {
			t.Errorf("%s: %d bytes of deployed code, the limit is %d", name, n, limit)
		} else {
			t.Logf("%s: %d bytes", name, n)
		}
	}
}
