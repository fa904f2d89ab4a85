package fraudvm_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMachineIsLeaf holds the job machine to the bottom layer: no package under fraudvm/ may
// depend, even indirectly, on the chain, the contracts or a service. The chain's state transition
// (chain/stf) is built on the machine, never the other way round, as cannon's mipsevm knows
// nothing of op-program (docs/architecture.md, "Layers").
func TestMachineIsLeaf(t *testing.T) {
	const module = "github.com/crollup/crollup/"
	out, err := exec.Command("go", "list", "-deps", module+"fraudvm/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	var machine int
	for _, pkg := range strings.Fields(string(out)) {
		rel, ok := strings.CutPrefix(pkg, module)
		if !ok {
			continue
		}
		if rel == "fraudvm" || strings.HasPrefix(rel, "fraudvm/") {
			machine++
			continue
		}
		t.Errorf("the job machine depends on %s", rel)
	}
	if machine < 8 {
		t.Fatalf("go list saw %d machine packages; expected the whole of fraudvm/", machine)
	}
}
