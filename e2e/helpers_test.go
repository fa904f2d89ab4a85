package e2e

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet/l1dev"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/sequencer"
)

// bareL1 is an in-process L1 (1 s blocks) with the Inbox and Bridge deployed: dev key 0
// deployed them, dev key 1 is the batcher. No crollup service runs.
type bareL1 struct {
	l1     *l1dev.L1
	client *ethclient.Client
	addrs  *deploy.Addresses
	keys   []*ecdsa.PrivateKey
}

// startBareL1 starts a bareL1 whose Inbox lets anyone force delayed messages after forceDelay
// seconds; everything stops when the test ends.
func startBareL1(ctx context.Context, t *testing.T, forceDelay uint64) *bareL1 {
	t.Helper()
	l1, err := l1dev.New(l1dev.Config{BlockTime: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l1.Stop(context.Background()) })
	c, err := ethclient.DialContext(ctx, l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	keys := l1dev.DevKeys(5)
	// The Rollup's genesis: the default chain's root, which no Inbox address changes.
	gen, err := genesis.New(genesis.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	addrs, err := deploy.Deploy(ctx, c, bind.NewKeyedTransactor(keys[0], l1.ChainID()),
		deploy.Config{Batcher: crypto.PubkeyToAddress(keys[1].PublicKey), ForceInclusionDelay: forceDelay,
			ChainID: genesis.DefaultConfig().ChainID, GenesisRoot: gen.Root()})
	if err != nil {
		t.Fatal(err)
	}
	return &bareL1{l1: l1, client: c, addrs: addrs, keys: keys}
}

// startFollowing starts, on gen, a sequencer producing a block every blockTime and an executor
// following it over JSON-RPC every poll, with its database in dir ("" in memory); both stop
// when the test ends.
func startFollowing(t *testing.T, gen *genesis.Chain, blockTime, poll time.Duration, dir string) (*sequencer.Sequencer, *executor.Executor) {
	t.Helper()
	lg := log.NewLogger(log.DiscardHandler())
	scfg := sequencer.DefaultConfig()
	scfg.BlockTime = blockTime
	seq, err := sequencer.New(scfg, lg, gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { seq.Stop(context.Background()) })
	ecfg := executor.DefaultConfig()
	ecfg.DataDir, ecfg.Sequencer, ecfg.PollInterval = dir, seq.RPCEndpoint(), poll
	exe, err := executor.New(ecfg, lg, gen, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := exe.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { exe.Stop(context.Background()) })
	return seq, exe
}

// openCLBackends are executor devices on every OpenCL device of the machine (PoCL in CI) and
// nothing else, so that every job runs on OpenCL; without OpenCL the CPU (the zero value),
// except under CI, where a missing device fails the test.
func openCLBackends(t *testing.T) executor.BackendOptions {
	t.Helper()
	cache := filepath.Join(os.TempDir(), "crollup-opencl-test-cache")
	bulk.SetupOpenCLEnv(cache)
	if _, err := bulk.OpenCLDevices(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no OpenCL device under CI: %v", err)
		}
		t.Logf("no OpenCL device, jobs run on the CPU: %v", err)
		return executor.BackendOptions{}
	}
	return executor.BackendOptions{Devices: []string{"opencl:all"}, OpenCL: bulk.OpenCLOptions{CacheDir: cache}}
}
