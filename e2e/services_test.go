package e2e

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/onnx"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestStatusEndToEnd drives a sequencer and an executor (following the sequencer over JSON-RPC)
// with the crollup command-line client, as a user would: `program upload`, `job submit --wait`
// (which prints each status until executed), `job status`, `job result` (verified). The job's
// output must be a direct run's, and the executor's root after every block the reference root
// computed here from genesis over the sequencer's blocks.
func TestStatusEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the crollup binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := harness.BuildCrollup(t, dir)

	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("status test key")))
	cc := genesis.DefaultConfig()
	cc.Accounts = []genesis.Account{{Address: crypto.PubkeyToAddress(key.PublicKey), Balance: uint256.NewInt(1 << 60)}}
	gen, err := genesis.New(cc)
	if err != nil {
		t.Fatal(err)
	}
	seq, exe := startFollowing(t, gen, 200*time.Millisecond, 20*time.Millisecond, "")

	cli := func(args ...string) string {
		t.Helper()
		args = append(args, "--sequencer", seq.RPCEndpoint(), "--executor", exe.RPCEndpoint())
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = append(os.Environ(), "CROLLUP_KEY="+common.Bytes2Hex(crypto.FromECDSA(key)))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("crollup %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	p := examples.MLP()
	progFile, inFile := filepath.Join(dir, "mlp.bin"), filepath.Join(dir, "in.bin")
	if err := os.WriteFile(progFile, p.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(inFile, examples.SampleInput(), 0o644); err != nil { // dense: submit packs it
		t.Fatal(err)
	}
	if out := cli("program", "upload", progFile, "--chunk-height", "10"); !strings.Contains(out, "in 4 chunks sent") {
		t.Fatalf("upload: %s", out)
	}
	out := cli("job", "submit", "--program", progFile, "--input", inFile, "--wait", "60s")
	for _, want := range []string{"admitted", "executed", "receipt applied", "state root"} {
		if !strings.Contains(out, want) {
			t.Fatalf("job submit --wait: no %q in\n%s", want, out)
		}
	}
	hash := strings.Fields(out)[1]
	hash = strings.TrimSuffix(hash, ":")
	var st api.Job
	if err := json.Unmarshal([]byte(cli("job", "status", hash)), &st); err != nil || st.Status != api.StatusExecuted || st.JobIndex == nil {
		t.Fatalf("job status: %+v, %v", st, err)
	}
	var res api.JobResult
	if err := json.Unmarshal([]byte(cli("job", "result", hash)), &res); err != nil {
		t.Fatal(err)
	}
	if err := client.VerifyJobResult(&res); err != nil {
		t.Fatal(err)
	}
	// The output is a direct run's.
	input, _ := program.Pack(p.InputTensor(), examples.SampleInput())
	direct, err := job.New(p, input)
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.NewJob(direct).RunBulk(ctx, bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	if res.OutputRoot != job.OutputRoot(direct) {
		t.Fatalf("output root %v, a direct run's %v", res.OutputRoot, job.OutputRoot(direct))
	}
	want := make([]byte, len(res.Output))
	direct.Read(isa.RegionOutput.Base(), want)
	if string(want) != string(res.Output) {
		t.Fatal("output bytes differ from a direct run's")
	}
	// The executor's roots are the reference's, block by block.
	c, _ := client.Dial(ctx, seq.RPCEndpoint())
	defer c.Close()
	e, _ := client.Dial(ctx, exe.RPCEndpoint())
	defer e.Close()
	head, err := e.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	harness.CheckRoots(ctx, t, gen, c, head, e)
	acc := cli("account")
	if !strings.Contains(acc, `"nonce": "0x5"`) {
		t.Fatalf("account after four chunks and a job: %s", acc)
	}
	t.Logf("%d blocks; job %d executed in block %d; account %s", head+1, uint64(*st.JobIndex), uint64(*st.Block), strings.Join(strings.Fields(acc), " "))

	// A quantized ONNX model, as a user brings one: import it, upload the program, and submit a
	// job with --model and a .npy input; the job's output is a direct run's.
	model := filepath.Join("..", "fraudvm", "onnx", "testdata", "models", "cnn_qdq.onnx")
	sample := strings.TrimSuffix(model, ".onnx") + ".input.npy"
	cnnFile := filepath.Join(dir, "cnn.bin")
	if out, err := exec.CommandContext(ctx, bin, "model", "import", model, "--out", cnnFile).CombinedOutput(); err != nil || !strings.Contains(string(out), "steps") {
		t.Fatalf("model import: %v\n%s", err, out)
	}
	cli("program", "upload", cnnFile, "--chunk-height", "14")
	out = cli("job", "submit", "--model", model, "--input", sample, "--wait", "60s")
	if !strings.Contains(out, "receipt applied") {
		t.Fatalf("job submit --model --wait: no receipt applied in\n%s", out)
	}
	hash = strings.TrimSuffix(strings.Fields(out)[1], ":")
	if err := json.Unmarshal([]byte(cli("job", "result", hash)), &res); err != nil {
		t.Fatal(err)
	}
	if err := client.VerifyJobResult(&res); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	m, err := onnx.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	im, err := onnx.Import(m)
	if err != nil {
		t.Fatal(err)
	}
	x, err := onnx.ReadTensorFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dense, err := im.Input.EncodeInput(x)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := job.NewDense(im.Program, dense)
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.NewJob(mem).RunBulk(ctx, bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	if res.OutputRoot != job.OutputRoot(mem) {
		t.Fatalf("model job: output root %v, a direct run's %v", res.OutputRoot, job.OutputRoot(mem))
	}
}
