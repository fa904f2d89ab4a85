package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
)

// lockedBuffer is a bytes.Buffer a running command writes while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestSequencerCommand shows `crollup sequencer --help`, then runs the command twice on one data
// dir on a free port: a withdrawal signed for a genesis account is admitted and sequenced, the
// command stops when its context ends (as on Ctrl-C), and the second run continues the blocks.
func TestSequencerCommand(t *testing.T) {
	clearEnv(t)
	out, _, err := execute(t, []string{"sequencer", "--help"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"crollup sequencer [flags]", "--max-block-messages", "--mempool-per-account", "--chain-id", "--accounts",
		"--rpc-batch-limit", "--rpc-batch-response-bytes", "--rpc-body-bytes", "CROLLUP_SEQUENCER_RPC_BATCH_LIMIT",
		"--rpc-rate-per-ip", "--rpc-rate-burst", "CROLLUP_SEQUENCER_RPC_RATE_PER_IP",
		"CROLLUP_SEQUENCER_BLOCK_TIME", "docs/sequencer.md"} {
		if !strings.Contains(out, want) {
			t.Fatalf("help lacks %q:\n%s", want, out)
		}
	}
	root, _, _ := execute(t, []string{"--help"})
	if !strings.Contains(root, "--block-time (sequencer)") || !strings.Contains(root, "--chain-id (sequencer)") {
		t.Fatalf("root help does not list the sequencer's flags:\n%s", root)
	}

	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("crollup sequencer command test")))
	dir := t.TempDir()
	args := []string{"sequencer", "--rpc-port", "0", "--data-dir", dir, "--block-time", "50ms", "--log.level", "warn",
		"--accounts", crypto.PubkeyToAddress(key.PublicKey).Hex() + "=1000000"}
	endpoint := regexp.MustCompile(`JSON-RPC (http://\S+),`)
	for run := uint64(0); run < 2; run++ {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout, stderr lockedBuffer
		cmd := newRootCmd(&stdout, &stderr)
		cmd.SetArgs(args)
		done := make(chan error, 1)
		go func() { done <- cmd.ExecuteContext(ctx) }()
		var url string
		for deadline := time.Now().Add(30 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if m := endpoint.FindStringSubmatch(stdout.String()); m != nil {
				url = m[1]
			}
			select {
			case err := <-done:
				t.Fatalf("run %d: the command ended: %v\n%s%s", run, err, stdout.String(), stderr.String())
			default:
			}
		}
		if url == "" {
			cancel()
			t.Fatalf("run %d: no endpoint printed:\n%s%s", run, stdout.String(), stderr.String())
		}
		c, err := client.Dial(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := c.ChainConfig(ctx)
		if err != nil || cfg.ChainID != 42069 || cfg.FlatPrice != 1000 {
			t.Fatalf("chain config %+v %v", cfg, err)
		}
		signer := &client.Signer{Key: key, Domain: cfg.Domain()}
		w, err := signer.Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(1), uint256.NewInt(1000), run)
		if err != nil {
			t.Fatal(err)
		}
		h, err := c.Send(ctx, w, 0, nil)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		var j *api.Job
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if j, err = c.GetJob(ctx, h); err == nil && j.Status == api.StatusSequenced {
				break
			}
		}
		if j == nil || j.Status != api.StatusSequenced || uint64(*j.Block) != run {
			t.Fatalf("run %d: %+v %v", run, j, err)
		}
		c.Close()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("run %d: stop: %v\n%s", run, err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("run %d: the command did not stop", run)
		}
	}
}
