package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/chain/l1dev"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Devnet roles among the L1's public dev keys: 0 deploys, 1 posts batches (blob transactions need
// an account of their own in the pool), 2 is the demo user.
const (
	devDeployer = 0
	devBatcher  = 1
	devUser     = 2
)

// devnetState is what a devnet with a data dir remembers across restarts.
type devnetState struct {
	Addresses deploy.Addresses `json:"addresses"`
}

// runDevnet runs the devnet until ctx is cancelled (or, with opts.Once, until the demo is done).
func runDevnet(ctx context.Context, a *app, opts devnetOptions) error {
	say := func(format string, args ...any) { fmt.Fprintf(a.out, format+"\n", args...) }

	cfg := l1dev.Config{BlockTime: opts.BlockTime}
	if opts.DataDir != "" {
		cfg.DataDir = filepath.Join(opts.DataDir, "l1")
	}
	l1, err := l1dev.New(cfg)
	if err != nil {
		return fmt.Errorf("devnet L1: %w", err)
	}
	if err := l1.Start(ctx); err != nil {
		return fmt.Errorf("devnet L1: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := l1.Stop(stopCtx); err != nil {
			a.log.Error("stopping the L1", "err", err)
		}
	}()
	say("[l1] chain %v, a block every %s: http %s  ws %s  beacon %s", l1.ChainID(), opts.BlockTime, l1.HTTPEndpoint(), l1.WSEndpoint(), l1.BeaconEndpoint())

	client, err := ethclient.DialContext(ctx, l1.HTTPEndpoint())
	if err != nil {
		return err
	}
	defer client.Close()
	keys := l1dev.DevKeys(3)
	addrs, err := contractsFor(ctx, a, opts.DataDir, client, l1, keys)
	if err != nil {
		return err
	}
	say("[contracts] Inbox %s  Bridge %s  (batcher %s)", addrs.Inbox, addrs.Bridge, crypto.PubkeyToAddress(keys[devBatcher].PublicKey))

	account, err := demoDeposit(ctx, say, client, l1, addrs, keys[devUser])
	if err != nil {
		return err
	}
	if err := demoBatch(ctx, say, client, l1, addrs, keys[devBatcher], keys[devUser], account); err != nil {
		return err
	}
	if err := demoJob(ctx, a, say); err != nil {
		return err
	}
	if opts.Once {
		say("done (--once)")
		return nil
	}
	say("devnet running; Ctrl-C to stop")
	<-ctx.Done()
	say("stopping")
	return nil
}

// contractsFor deploys the Inbox and Bridge, or finds them in the data dir of an earlier run.
func contractsFor(ctx context.Context, a *app, dataDir string, client *ethclient.Client, l1 *l1dev.L1, keys []*ecdsa.PrivateKey) (*deploy.Addresses, error) {
	stateFile := ""
	if dataDir != "" {
		stateFile = filepath.Join(dataDir, "devnet.json")
		if b, err := os.ReadFile(stateFile); err == nil {
			var st devnetState
			if err := json.Unmarshal(b, &st); err != nil {
				return nil, fmt.Errorf("%s: %w", stateFile, err)
			}
			if code, err := client.CodeAt(ctx, st.Addresses.Inbox, nil); err == nil && len(code) > 0 {
				a.log.Info("contracts found from an earlier run", "file", stateFile)
				return &st.Addresses, nil
			}
			return nil, fmt.Errorf("%s names an Inbox at %s that the L1 does not have: remove the data dir to start over", stateFile, st.Addresses.Inbox)
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	auth := bind.NewKeyedTransactor(keys[devDeployer], l1.ChainID())
	addrs, err := deploy.Deploy(ctx, client, auth, deploy.Config{
		Batcher:             crypto.PubkeyToAddress(keys[devBatcher].PublicKey),
		ForceInclusionDelay: 3600,
	})
	if err != nil {
		return nil, fmt.Errorf("deploy contracts: %w", err)
	}
	if stateFile != "" {
		b, _ := json.MarshalIndent(devnetState{Addresses: *addrs}, "", "  ")
		if err := os.WriteFile(stateFile, b, 0o644); err != nil {
			return nil, err
		}
	}
	return addrs, nil
}

// demoDeposit deposits 1 ether for the demo user through the Bridge, as a wallet would.
func demoDeposit(ctx context.Context, say func(string, ...any), client *ethclient.Client, l1 *l1dev.L1, addrs *deploy.Addresses, key *ecdsa.PrivateKey) (uint32, error) {
	user := crypto.PubkeyToAddress(key.PublicKey)
	b := bindings.NewBridge()
	bridge := b.Instance(client, addrs.Bridge)
	opts := bind.NewKeyedTransactor(key, l1.ChainID())
	opts.Context = ctx
	opts.Value = big.NewInt(params.Ether)
	t0 := time.Now()
	tx, err := bind.Transact(bridge, opts, b.PackDeposit(user))
	if err != nil {
		return 0, fmt.Errorf("deposit: %w", err)
	}
	say("[deposit] 1 ETH for %s sent: tx %s, waiting for the L1 block…", user, tx.Hash())
	r, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil {
		return 0, fmt.Errorf("deposit: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return 0, fmt.Errorf("deposit %s reverted", tx.Hash())
	}
	for _, lg := range r.Logs {
		if ev, err := b.UnpackDepositEvent(lg); err == nil {
			say("[deposit] included in L1 block %d after %s: L2 account index %d, delayed message %d",
				r.BlockNumber, time.Since(t0).Round(time.Millisecond), ev.Index, ev.DelayedIndex)
			return ev.Index, nil
		}
	}
	return 0, fmt.Errorf("deposit %s emitted no Deposit event", tx.Hash())
}

// demoJob walks one job of the example CNN through every execution path of the fraud VM.
func demoJob(ctx context.Context, a *app, say func(string, ...any)) error {
	p := examples.CNN()
	input := examples.SampleInput()
	say("[job 1/4] program  example CNN  root %s  %d bytes  %d instructions  trace length %d steps", p.Root(), p.Size(), len(p.Instrs), p.Steps())

	mem, err := job.NewDense(p, input)
	if err != nil {
		return err
	}
	backend := bulk.NewCPU(a.cfg.VM.Workers)
	bulkVM := vm.NewJob(mem.Snapshot())
	t0 := time.Now()
	if err := bulkVM.RunBulk(ctx, backend, nil); err != nil {
		return fmt.Errorf("bulk run: %w", err)
	}
	final := bulkVM.State()
	out, err := job.Output(bulkVM.Memory(), p)
	if err != nil {
		return err
	}
	class, _ := classOf(p.OutputTensor(), out)
	say("[job 2/4] executor  bulk on %s  %s  class %d  state hash %s  output root %s",
		backend.Name(), time.Since(t0).Round(time.Microsecond), class, final.Hash(), job.OutputRoot(bulkVM.Memory()))

	stepVM := vm.NewJob(mem.Snapshot())
	t0 = time.Now()
	if err := stepVM.RunSteps(ctx, 0, progressLogger(a, p.Steps(), "stepping")); err != nil {
		return fmt.Errorf("step run: %w", err)
	}
	if got := stepVM.State(); got != final {
		return fmt.Errorf("stepping reached %s, bulk %s: the execution paths disagree", got.Hash(), final.Hash())
	}
	say("[job 3/4] reference  %d steps of Step in %s  same state hash", stepVM.State().Step, time.Since(t0).Round(time.Millisecond))

	tp, err := trace.Prepare(ctx, mem, backend, trace.Options{})
	if err != nil {
		return err
	}
	at := tp.Steps() / 2
	t0 = time.Now()
	w, post, err := tp.WitnessAt(ctx, at)
	if err != nil {
		return err
	}
	got, err := verify.VerifyStep(w.StateHash(), w.State[:], w.ProofData())
	if err != nil || got != post.Hash() {
		return fmt.Errorf("one-step proof at %d does not verify: %v", at, err)
	}
	pre, _ := vm.DecodeState(w.State[:])
	say("[job 4/4] challenger  step %d (%s %s, e=%d q=%d) proved with %d leaf proofs in %s  %s → %s  verified",
		at, pre.Phase, opName(pre), pre.E, pre.Q, len(w.Accesses), time.Since(t0).Round(time.Millisecond), w.StateHash().TerminalString(), got.TerminalString())
	return nil
}

func opName(s vm.State) string {
	if s.Phase == vm.PhaseExec || s.Phase == vm.PhaseDecl {
		return s.Op().String()
	}
	return "-"
}
