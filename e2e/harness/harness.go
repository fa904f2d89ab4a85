package harness

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// BuildCrollup builds the crollup binary into dir and returns its path.
func BuildCrollup(t testing.TB, dir string) string {
	t.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("harness: cannot find the repository")
	}
	bin := filepath.Join(dir, "crollup")
	build := exec.Command("go", "build", "-o", bin, "./cmd/crollup")
	build.Dir = filepath.Join(filepath.Dir(here), "..", "..") // e2e/harness → the repository root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// Proc is a crollup command run as a real process, killed with SIGKILL and restarted with the
// same arguments (on the same data dir). Each run appends its output to Log after a line
// "=== run N".
type Proc struct {
	T    testing.TB
	Bin  string
	Args []string
	Log  string
	Cmd  *exec.Cmd // the current run
	Runs int       // runs started
}

// Start starts a run.
func (p *Proc) Start() {
	p.T.Helper()
	f, err := os.OpenFile(p.Log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		p.T.Fatal(err)
	}
	fmt.Fprintf(f, "\n=== run %d\n", p.Runs)
	p.Runs++
	p.Cmd = exec.Command(p.Bin, p.Args...)
	p.Cmd.Stdout, p.Cmd.Stderr = f, f
	if err := p.Cmd.Start(); err != nil {
		p.T.Fatal(err)
	}
	go func(c *exec.Cmd, f *os.File) { _ = c.Wait(); f.Close() }(p.Cmd, f)
}

// Kill sends SIGKILL (no shutdown code runs) and waits for the process to end.
func (p *Proc) Kill() {
	_ = p.Cmd.Process.Kill()
	for p.Cmd.ProcessState == nil {
		time.Sleep(5 * time.Millisecond)
	}
}

// Stop interrupts the run, and kills it 200 ms later.
func (p *Proc) Stop() {
	_ = p.Cmd.Process.Signal(os.Interrupt)
	time.Sleep(200 * time.Millisecond)
	_ = p.Cmd.Process.Kill()
}

// FreePort is a TCP port free on 127.0.0.1 a moment ago.
func FreePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// WaitUp waits until the JSON-RPC endpoint at url answers call.
func WaitUp(ctx context.Context, t testing.TB, url string, call func(*client.Client) error) {
	t.Helper()
	for {
		c, err := client.Dial(ctx, url)
		if err == nil {
			err = call(c)
			c.Close()
			if err == nil {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s not up: %v", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// WaitFor polls cond until it holds, failing the test when ctx ends first.
func WaitFor(ctx context.Context, t testing.TB, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Dial connects to a crollup JSON-RPC endpoint; the client is closed when the test ends.
func Dial(ctx context.Context, t testing.TB, url string) *client.Client {
	t.Helper()
	c, err := client.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// CheckRoots replays the sequencer's blocks 0…head from genesis with stf.ApplyBlock and checks
// each executor's state root after each; it returns the hashes of all sequenced messages with
// their block, failing on a message in two places.
func CheckRoots(ctx context.Context, t testing.TB, gen *genesis.Chain, seq *client.Client, head uint64, exes ...*client.Client) map[[32]byte]uint64 {
	t.Helper()
	seen := map[[32]byte]uint64{}
	mem := gen.Mem.Snapshot()
	oracle := &stf.MapOracle{}
	batchNum := uint64(0)
	parent := gen.Root()
	for n := uint64(0); n <= head; n++ {
		b, err := seq.GetBlock(ctx, n)
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if b.Parent != parent || b.ComputeHash() != b.Hash {
			t.Fatalf("block %d: parent %s, the previous block's hash %s; hash %s, computed %s", n, b.Parent, parent, b.Hash, b.ComputeHash())
		}
		parent = b.Hash
		dec, err := batch.Decode(b.Payload)
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		for i := range dec.Msgs {
			h := dec.Msgs[i].Hash()
			if prev, dup := seen[h]; dup {
				t.Fatalf("message %s in blocks %d and %d", h, prev, n)
			}
			seen[h] = n
		}
		if uint64(b.Batch) == batchNum+1 {
			stf.SealBatch(mem)
			batchNum++
		}
		for _, m := range b.DelayedMessages {
			oracle.Msgs = append(oracle.Msgs, m)
		}
		if _, err := stf.ApplyBlock(ctx, gen.Cfg, oracle, mem, dec.Blocks[0], dec.Msgs, stf.Bulk{Backend: bulk.NewCPU(0)}); err != nil {
			t.Fatal(err)
		}
		for i, exe := range exes {
			sr, err := exe.GetStateRoot(ctx, n)
			if err != nil || sr.StateRoot != mem.Root() {
				t.Fatalf("block %d: executor %d's root %v (%v), reference %v", n, i, sr, err, mem.Root())
			}
		}
	}
	return seen
}

// CheckAcked fails the test unless every acknowledged message (by hash) is among those seen in
// blocks (CheckRoots' result).
func CheckAcked[V any](t testing.TB, seen map[[32]byte]uint64, acked map[common.Hash]V) {
	t.Helper()
	lost := 0
	for h := range acked {
		if _, ok := seen[h]; !ok {
			lost++
		}
	}
	if lost > 0 {
		t.Fatalf("%d of %d acknowledged messages are in no block", lost, len(acked))
	}
}

// TestLog is a logger writing to the test's log at info level.
func TestLog(t testing.TB) log.Logger {
	return log.NewLogger(log.NewTerminalHandlerWithLevel(tWriter{t}, log.LevelInfo, false))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p[:len(p)-1]))
	return len(p), nil
}
