package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/cmd/crollup/config"
	"github.com/crollup/crollup/executor"
)

// syncBuffer is a bytes.Buffer safe for a command writing while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// feed serves compute_blockNumber and compute_getBlock from blocks, as a sequencer does.
type feed struct{ src *executor.MemorySource }

func (f *feed) BlockNumber(ctx context.Context) (hexutil.Uint64, error) {
	n, err := f.src.BlockNumber(ctx)
	if err != nil {
		return 0, &executor.Error{Code: api.CodeUnknown, Message: "no block yet"}
	}
	return hexutil.Uint64(n), nil
}

func (f *feed) GetBlock(ctx context.Context, n hexutil.Uint64) (*api.Block, error) {
	b, err := f.src.Block(ctx, uint64(n))
	if err != nil {
		return nil, &executor.Error{Code: api.CodeUnknown, Message: err.Error()}
	}
	return b, nil
}

// TestExecutorCommand runs `crollup executor` against a sequencer stand-in with two blocks,
// asks the executor it started for its head and state root, then stops it with the context
// (as Ctrl-C does) and starts it again on the same data dir.
func TestExecutorCommand(t *testing.T) {
	clearEnv(t)
	src := &executor.MemorySource{}
	// An empty block, then a block whose withdrawal is skipped (no such account).
	if _, err := src.Push(1, nil); err != nil {
		t.Fatal(err)
	}
	w := batch.Message{Kind: 3, Account: 7, Body: make([]byte, 7*32)}
	if _, err := src.Push(2, []batch.Message{w}); err != nil {
		t.Fatal(err)
	}
	srv := rpc.NewServer()
	if err := srv.RegisterName(api.Namespace, &feed{src: src}); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	defer hs.Close()

	accounts := "0x00000000000000000000000000000000000000aa=1000"
	cc := config.Default().Chain
	cc.Accounts, cc.ChainID = accounts, 7
	gcfg, err := cc.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	gen, err := genesis.New(gcfg)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	args := []string{"executor", "--data-dir", dir, "--sequencer", "http://" + ln.Addr().String(), "--rpc-port", "0",
		"--poll-interval", "10ms", "--workers", "1", "--accounts", accounts, "--chain-id", "7", "--fee-recipient", "0", "--log.level", "warn"}
	for run := range 2 {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout, stderr syncBuffer
		root := newRootCmd(&stdout, &stderr)
		root.SetArgs(args)
		done := make(chan error, 1)
		go func() { done <- root.ExecuteContext(ctx) }()

		re := regexp.MustCompile(`JSON-RPC (http://\S+),`)
		var url string
		for deadline := time.Now().Add(30 * time.Second); url == ""; {
			if m := re.FindStringSubmatch(stdout.String()); m != nil {
				url = m[1]
			}
			select {
			case err := <-done:
				t.Fatalf("run %d: exited: %v\n%s%s", run, err, stdout.String(), stderr.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("run %d: no endpoint:\n%s%s", run, stdout.String(), stderr.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
		if !strings.Contains(stdout.String(), gen.Root().Hex()) {
			t.Errorf("run %d: output does not name the genesis root %v:\n%s", run, gen.Root(), stdout.String())
		}
		c, err := rpc.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		var head hexutil.Uint64
		for deadline := time.Now().Add(30 * time.Second); ; {
			if err := c.Call(&head, api.MethodBlockNumber); err == nil && head == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("run %d: head %d:\n%s", run, head, stderr.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
		var chainID hexutil.Uint64
		if err := c.Call(&chainID, api.MethodChainID); err != nil || chainID != 7 {
			t.Fatalf("run %d: chain id %d (%v)", run, chainID, err)
		}
		var sr api.StateRoot
		if err := c.Call(&sr, api.MethodGetStateRoot, hexutil.Uint64(1)); err != nil || sr.StateRoot == (common.Hash{}) || sr.StateRoot == gen.Root() {
			t.Fatalf("run %d: state root %v (%v)", run, sr.StateRoot, err)
		}
		c.Close()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("run %d: %v\n%s", run, err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("run %d: did not stop", run)
		}
	}
}

func TestExecutorHelp(t *testing.T) {
	clearEnv(t)
	out, _, err := execute(t, []string{"executor", "--help"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"crollup executor [flags]", "compute_getJobResult", "--sequencer", "CROLLUP_EXECUTOR_DATA_DIR",
		"--poll-interval", "--workers", "--chain-id", "--accounts", "CROLLUP_CHAIN_INBOX",
		"--rpc-batch-limit", "--rpc-batch-response-bytes", "--rpc-body-bytes", "CROLLUP_EXECUTOR_RPC_BODY_BYTES"} {
		if !strings.Contains(out, want) {
			t.Errorf("executor --help lacks %q:\n%s", want, out)
		}
	}
	root, _, err := execute(t, []string{"--help"})
	if err != nil || !strings.Contains(root, "--sequencer (executor)") || !strings.Contains(root, "--workers (executor)") {
		t.Errorf("root help does not list the executor's flags: %v\n%s", err, root)
	}
}
