package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/sequencer"
)

// TestNodeSendJob runs the Node example of docs/api.md (docs/examples/node/send-job.mjs: ethers
// signs the Job's EIP-712 typed data, the script sends it with fetch) against a live sequencer,
// and checks that the sequencer admitted it for the right account, that a second run is admitted
// with the next nonce, and that a job reusing the first one's nonce is refused (code 4003).
func TestNodeSendJob(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "docs", "examples", "node"))
	_, nodeErr := exec.LookPath("node")
	_, modErr := os.Stat(filepath.Join(dir, "node_modules", "ethers"))
	if nodeErr != nil || modErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node or ethers missing (npm ci --prefix docs/examples/node): %v %v", nodeErr, modErr)
		}
		t.Skip("node or docs/examples/node/node_modules missing (npm ci --prefix docs/examples/node)")
	}
	ctx := context.Background()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("node example key")))
	addr := crypto.PubkeyToAddress(key.PublicKey)
	cc := genesis.DefaultConfig()
	cc.Accounts = []genesis.Account{{Address: addr, Balance: uint256.NewInt(1 << 60)}}
	gen, err := genesis.New(cc)
	if err != nil {
		t.Fatal(err)
	}
	seq, err := sequencer.New(sequencer.DefaultConfig(), log.NewLogger(log.DiscardHandler()), gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer seq.Stop(ctx)

	p := examples.MLP()
	signer := &client.Signer{Key: key, Account: 0, Domain: gen.Cfg.Domain}
	chunks, err := signer.Upload(p.Bytes(), 14, uint256.NewInt(1<<50), 0) // fee + heap deposit
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chunks {
		if _, err := seq.Send(msg.KindUpload, api.Send{Message: ch.Signed, Data: ch.Data}); err != nil {
			t.Fatal(err)
		}
	}
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	inFile := filepath.Join(t.TempDir(), "input.bin")
	if err := os.WriteFile(inFile, input, 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(env ...string) (string, error) {
		cmd := exec.CommandContext(ctx, "node", "send-job.mjs")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "CROLLUP_RPC="+seq.RPCEndpoint(), "CROLLUP_KEY="+common.Bytes2Hex(crypto.FromECDSA(key)),
			"CROLLUP_PROGRAM="+p.Root().Hex(), "CROLLUP_INPUT="+inFile)
		cmd.Env = append(cmd.Env, env...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("%w: %s", err, stderr.String())
		}
		return string(out), nil
	}
	out, err := run()
	if err != nil {
		t.Fatalf("node send-job.mjs: %v", err)
	}
	var res api.SendResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	c, err := client.Dial(ctx, seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	j, err := c.GetJob(ctx, res.Hash)
	if err != nil || j.Kind != msg.KindJob || j.Account != 0 || (j.Status != api.StatusPending && j.Status != api.StatusSequenced) {
		t.Fatalf("the Node-signed job: %+v, %v", j, err)
	}
	// Run again: the script reads the account's next nonce from the sequencer, so the second job
	// is admitted too, and the account's pending nonce counts both.
	if _, err := run(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	acc, err := c.GetAccount(ctx, addr)
	if err != nil || uint64(acc.Nonce) != uint64(len(chunks))+2 {
		t.Fatalf("account after two Node jobs: %+v, %v", acc, err)
	}
	// A job signed with the first job's nonce is refused with the chain's nonce error, and the
	// script reports it and fails.
	if _, err := run(fmt.Sprintf("CROLLUP_NONCE=%d", len(chunks))); err == nil || !strings.Contains(err.Error(), "code 4003") {
		t.Fatalf("a reused nonce: %v", err)
	}
}
