package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/contracts/evm"
)

// TestVMCommands drives the operator commands end to end: build the example and its input, run
// it both ways, and send the calldata `vm witness` prints to the FraudVM contract on an EVM: the
// contract must return the post-state hash the command printed.
func TestVMCommands(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	prog, in := filepath.Join(dir, "cnn.bin"), filepath.Join(dir, "input.bin")
	if _, _, err := execute(t, []string{"program", "build", "--example", "cnn", "--out", prog, "--sample-input", in}); err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for _, mode := range []string{"--bulk", "--step"} {
		out, _, err := execute(t, []string{"vm", "run", "--program", prog, "--input", in, mode})
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "state hash") {
				hashes = append(hashes, strings.Fields(line)[2])
			}
		}
		if !strings.Contains(out, "class ") {
			t.Fatalf("vm run %s prints no class:\n%s", mode, out)
		}
	}
	if len(hashes) != 2 || hashes[0] != hashes[1] {
		t.Fatalf("bulk and step state hashes: %v", hashes)
	}
	out, _, err := execute(t, []string{"vm", "witness", "--program", prog, "--input", in, "--at", "20000"})
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		Step     uint64        `json:"step"`
		Post     common.Hash   `json:"postStateHash"`
		Calldata hexutil.Bytes `json:"verifyStepCalldata"`
	}
	if err := json.Unmarshal([]byte(out), &w); err != nil {
		t.Fatal(err)
	}
	c, err := evm.DeployArtifact("FraudVM")
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Call(w.Calldata)
	if err != nil || res.Revert != nil {
		t.Fatalf("contract rejects the printed witness: %v %v", err, res.Revert)
	}
	if w.Step != 20000 || !bytes.Equal(res.Return, w.Post[:]) {
		t.Fatalf("contract returns %x, the command printed post %s (step %d)", res.Return, w.Post, w.Step)
	}
	// The state after the witnessed step, from `vm state`, has the post-state hash.
	out, _, err = execute(t, []string{"vm", "state", "--program", prog, "--input", in, "--at", "20001"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, w.Post.Hex()) {
		t.Fatalf("vm state --at 20001 does not show %s:\n%s", w.Post, out)
	}
}
