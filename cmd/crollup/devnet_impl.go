package main

import (
	"context"
	"fmt"
	"time"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// runDevnet runs the devnet until ctx is cancelled (or, with opts.Once, until the demo is done).
func runDevnet(ctx context.Context, a *app, opts devnetOptions) error {
	say := func(format string, args ...any) { fmt.Fprintf(a.out, format+"\n", args...) }
	scfg, err := a.cfg.SequencerConfig()
	if err != nil {
		return err
	}
	scfg.BlockTime, scfg.BatchAge = time.Second, opts.BatchAge
	if err := scfg.Check(); err != nil {
		return fmt.Errorf("sequencer.%w (--batch-age)", err)
	}
	gcfg, err := a.cfg.Chain.Genesis()
	if err != nil {
		return err
	}
	backends, err := a.cfg.VM.Backends()
	if err != nil {
		return err
	}
	cfg := devnet.Config{Backends: backends, GPUMetrics: true, DataDir: opts.DataDir, L1BlockTime: opts.BlockTime, Chain: gcfg, Sequencer: scfg,
		SequencerPort: opts.SequencerPort, ExecutorPort: opts.ExecutorPort, ExplorerPort: opts.ExplorerPort, Metrics: opts.Metrics, L1Executor: true, Log: a.log,
		Propose: opts.Propose, ChallengePeriod: opts.Period, L1Only: opts.L1Only, L1FinalityDepth: opts.FinalityDepth}
	if !opts.Verbose {
		at := func(level string) (log.Logger, error) {
			c := a.cfg.Log
			c.Level = level
			lc, err := c.LoggerConfig(isTerminal(a.errOut))
			if err != nil {
				return nil, err
			}
			return oplog.NewLogger(a.errOut, lc), nil
		}
		if cfg.Log, err = at("warn"); err != nil {
			return err
		}
		// go-ethereum's logger also gets every JSON-RPC server's refused calls as warnings.
		if cfg.L1Log, err = at("error"); err != nil {
			return err
		}
	}
	cfg.Chain.Accounts = nil
	say("[devnet] starting an L1 and crollup's services (data: %s)", dataDirName(opts.DataDir))
	t0 := time.Now()
	d, err := devnet.Start(ctx, cfg)
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := d.Stop(stopCtx); err != nil {
			a.log.Error("Devnet did not stop cleanly", "err", err)
		}
	}()
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	say("[l1] chain %v, a block every %s: http %s  ws %s  beacon %s", d.L1.ChainID(), opts.BlockTime, d.L1.HTTPEndpoint(), d.L1.WSEndpoint(), d.L1.BeaconEndpoint())
	say("[contracts] Inbox %s  Bridge %s  Rollup %s  (batcher %s; challenge period %d L1 blocks)", d.Addrs.Inbox, d.Addrs.Bridge,
		d.Addrs.Rollup, d.Address(devnet.KeyBatcher), opts.Period)
	if opts.L1Only {
		say("[chain] id %d, genesis %s (--chain-id and the prices must match it for the services)", a.cfg.Chain.ChainID, d.Chain.Root())
		say("devnet L1 running (--l1-only); Ctrl-C to stop")
		<-ctx.Done()
		say("stopping")
		return nil
	}
	say("[services] sequencer %s  executor %s  L1-only executor (derives from the Inbox and blobs)  batcher (blob txs to the Inbox)  up in %s",
		d.Seq.RPCEndpoint(), d.Exec.RPCEndpoint(), time.Since(t0).Round(time.Millisecond))
	var fraud *fraudDemo
	if opts.Fraud {
		if fraud, err = startFraud(ctx, say, d); err != nil {
			return err
		}
	}
	say("[chain] id %d, genesis %s, prices: %d wei/step, %d wei/byte, %d wei/message, %d wei/heap byte deposited; batches sealed on %d bytes or %s",
		a.cfg.Chain.ChainID, d.Chain.Root(), a.cfg.Chain.StepPrice, a.cfg.Chain.BytePrice, a.cfg.Chain.FlatPrice, a.cfg.Chain.HeapPrice,
		scfg.MaxBatchBytes, scfg.BatchAge)

	if err := demoRollup(ctx, say, d, opts.Jobs); err != nil {
		return err
	}
	if err := demoJob(ctx, a, say); err != nil {
		return err
	}

	say("")
	say("crollup devnet is up:")
	say("  sequencer JSON-RPC  %s   (crollup job submit --sequencer %s ...)", d.Seq.RPCEndpoint(), d.Seq.RPCEndpoint())
	say("  executor JSON-RPC   %s", d.Exec.RPCEndpoint())
	if u := d.Exec.ExplorerEndpoint(); u != "" {
		say("  explorer            %s   (jobs, batches, blocks, accounts; proofs checked in the browser)", u)
	}
	say("  L1 JSON-RPC         %s   beacon %s", d.L1.HTTPEndpoint(), d.L1.BeaconEndpoint())
	for _, m := range []struct{ name, url string }{{"sequencer", d.Seq.MetricsEndpoint()}, {"executor", d.Exec.MetricsEndpoint()},
		{"L1-only executor", d.L1Exec.MetricsEndpoint()}, {"batcher", d.Batcher.MetricsEndpoint()}} {
		if m.url != "" {
			say("  metrics, health     %-17s %s/metrics   %s/healthz", m.name, m.url, m.url)
		}
	}
	say("  Inbox %s  Bridge %s  Rollup %s  chain id %d", d.Addrs.Inbox, d.Addrs.Bridge, d.Addrs.Rollup, a.cfg.Chain.ChainID)
	say("  demo key (dev key %d, public: never use it elsewhere): %x", devnet.KeyUser, crypto.FromECDSA(d.Keys[devnet.KeyUser]))
	if fraud != nil {
		say("waiting for the dispute (--fraud): the liar asserts once the proposer has asserted the batches with the first job")
		go watchSettlement(ctx, say, d)
		if err := fraud.wait(ctx); err != nil {
			return err
		}
	}
	if opts.Once {
		say("done (--once)")
		return nil
	}
	say("  withdraw: crollup withdraw send --to ADDRESS --amount WEI --key KEY --wait 1m, then once confirmed:")
	say("            crollup withdraw finalize --index N --key KEY --l1-rpc %s --l1-bridge %s", d.L1.HTTPEndpoint(), d.Addrs.Bridge)
	say("devnet running; Ctrl-C to stop")
	if d.Proposer != nil && fraud == nil {
		go watchSettlement(ctx, say, d)
	}
	<-ctx.Done()
	say("stopping")
	return nil
}

func dataDirName(dir string) string {
	if dir == "" {
		return "in memory, gone on exit"
	}
	return dir
}

// demoJob walks one job of the example CNN through every execution path of the fraud VM.
func demoJob(ctx context.Context, a *app, say func(string, ...any)) error {
	p := examples.CNN()
	input := examples.SampleInput()
	say("[fraudvm 1/4] program  example CNN  root %s  %d bytes  %d instructions  trace length %d steps", p.Root(), p.Size(), len(p.Instrs), p.Steps())

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
	say("[fraudvm 2/4] executor  bulk on %s  %s  class %d  state hash %s  output root %s",
		backend.Name(), time.Since(t0).Round(time.Microsecond), class, final.Hash(), job.OutputRoot(bulkVM.Memory()))

	stepVM := vm.NewJob(mem.Snapshot())
	t0 = time.Now()
	if err := stepVM.RunSteps(ctx, 0, progressLogger(a, p.Steps(), "stepping")); err != nil {
		return fmt.Errorf("step run: %w", err)
	}
	if got := stepVM.State(); got != final {
		return fmt.Errorf("stepping reached %s, bulk %s: the execution paths disagree", got.Hash(), final.Hash())
	}
	say("[fraudvm 3/4] reference  %d steps of Step in %s  same state hash", stepVM.State().Step, time.Since(t0).Round(time.Millisecond))

	tp, err := trace.Prepare(ctx, mem, backend, trace.Options{})
	if err != nil {
		return err
	}
	at := tp.Steps() / 2
	t0 = time.Now()
	w, err := tp.WitnessAt(ctx, at)
	if err != nil {
		return err
	}
	post, err := tp.StateAt(ctx, at+1)
	if err != nil {
		return err
	}
	got, err := verify.VerifyStep(w.StateHash(), w.State[:], w.ProofData())
	if err != nil || got != post.Hash() {
		return fmt.Errorf("one-step proof at %d does not verify: %v", at, err)
	}
	pre, _ := vm.DecodeState(w.State[:])
	say("[fraudvm 4/4] challenger  step %d (%s %s, e=%d q=%d) proved with %d leaf proofs in %s  %s → %s  verified",
		at, pre.Phase, opName(pre), pre.E, pre.Q, len(w.Accesses), time.Since(t0).Round(time.Millisecond), w.StateHash().TerminalString(), got.TerminalString())
	return nil
}

func opName(s vm.State) string {
	if s.Phase == vm.PhaseExec || s.Phase == vm.PhaseDecl {
		return s.Op().String()
	}
	return "-"
}

// watchSettlement prints each assertion the devnet's proposer makes and confirms, until ctx ends.
func watchSettlement(ctx context.Context, say func(string, ...any), d *devnet.Devnet) {
	var tip uint64
	var tipID, confirmedID common.Hash
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		t, c := d.Proposer.Tip()
		if t.ID != tipID && t.Block != 0 {
			say("[settle] asserted   %s: the state after %d batches (%d new), root %s, L1 block %d", t.ID.TerminalString(), t.A.BatchEnd,
				t.A.BatchEnd-tip, common.Hash(t.A.StateRoot).TerminalString(), t.Block)
			tipID, tip = t.ID, t.A.BatchEnd
		}
		if c.ID != confirmedID && c.Block != 0 {
			say("[settle] confirmed  %s: the state after %d batches is final on L1 (withdrawals in them can be paid)",
				c.ID.TerminalString(), c.A.BatchEnd)
			confirmedID = c.ID
		}
	}
}
