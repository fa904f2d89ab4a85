package main

import (
	"context"
	"fmt"
	"time"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// runDevnet runs the devnet until it finishes or ctx is cancelled. Until the L1 and the services
// exist it walks one job through every execution path of the fraud VM and prints what it sees.
func runDevnet(ctx context.Context, a *app) error {
	say := func(format string, args ...any) { fmt.Fprintf(a.out, format+"\n", args...) }
	p := examples.CNN()
	input := examples.SampleInput()
	say("[1/4] program  example CNN  root %s  %d bytes  %d instructions  trace length %d steps", p.Root(), p.Size(), len(p.Instrs), p.Steps())

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
	say("[2/4] executor  bulk on %s  %s  class %d  state hash %s  output root %s",
		backend.Name(), time.Since(t0).Round(time.Microsecond), class, final.Hash(), job.OutputRoot(bulkVM.Memory()))

	stepVM := vm.NewJob(mem.Snapshot())
	t0 = time.Now()
	if err := stepVM.RunSteps(ctx, 0, progressLogger(a, p.Steps(), "stepping")); err != nil {
		return fmt.Errorf("step run: %w", err)
	}
	if got := stepVM.State(); got != final {
		return fmt.Errorf("stepping reached %s, bulk %s: the execution paths disagree", got.Hash(), final.Hash())
	}
	say("[3/4] reference  %d steps of Step in %s  same state hash", stepVM.State().Step, time.Since(t0).Round(time.Millisecond))

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
	say("[4/4] challenger  step %d (%s %s, e=%d q=%d) proved with %d leaf proofs in %s  %s → %s  verified",
		at, pre.Phase, opName(pre), pre.E, pre.Q, len(w.Accesses), time.Since(t0).Round(time.Millisecond), w.StateHash().TerminalString(), got.TerminalString())
	say("done: the L1 devnet, sequencer, executor, batcher and challenger services are not built yet (see README status)")
	return nil
}

func opName(s vm.State) string {
	if s.Phase == vm.PhaseExec || s.Phase == vm.PhaseDecl {
		return s.Op().String()
	}
	return "-"
}
