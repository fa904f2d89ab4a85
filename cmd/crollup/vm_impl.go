package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/trace"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// The bodies of the vm subcommands. Each writes its result to a.out and logs to a.log.

// loadJob reads a program object and a job input (memory form) into a fresh memory.
func loadJob(programFile, inputFile string) (*program.Program, *memory.Memory, error) {
	p, err := readProgram(programFile)
	if err != nil {
		return nil, nil, err
	}
	input, err := os.ReadFile(inputFile)
	if err != nil {
		return nil, nil, fmt.Errorf("read input: %w", err)
	}
	mem, err := job.New(p, input)
	if err != nil {
		return nil, nil, err
	}
	return p, mem, nil
}

// progressLogger logs the step reached at most every interval, with a rate and a percentage.
func progressLogger(a *app, total uint64, what string) vm.Progress {
	start, last := time.Now(), time.Now()
	return func(step uint64) {
		if time.Since(last) < 2*time.Second {
			return
		}
		last = time.Now()
		rate := float64(step) / time.Since(start).Seconds()
		a.log.Info(what, "step", step, "of", total, "percent", fmt.Sprintf("%.1f", 100*float64(step)/float64(max(total, 1))), "steps_per_s", fmt.Sprintf("%.3g", rate))
	}
}

// vmRun runs opts.Program on opts.Input until the machine halts and prints the final state hash,
// the step count and the output root.
func vmRun(ctx context.Context, a *app, opts vmRunOptions) error {
	p, mem, err := loadJob(opts.Program, opts.Input)
	if err != nil {
		return err
	}
	m := vm.NewJob(mem)
	start := time.Now()
	mode := opts.Mode.String()
	if opts.Mode == modeStep {
		err = m.RunSteps(ctx, 0, progressLogger(a, p.Steps(), "stepping"))
	} else {
		backend := bulk.NewCPU(opts.Workers)
		mode += " (" + backend.Name() + ")"
		err = m.RunBulk(ctx, backend, progressLogger(a, p.Steps(), "running"))
	}
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	elapsed := time.Since(start)
	st := m.State()
	if st.Status == vm.StatusFaulted {
		fmt.Fprintf(a.out, "program      %s\nsteps        %d\nstate hash   %s\n", p.Root(), st.Step, st.Hash())
		return fmt.Errorf("the job faulted (%s): %s", st.Fault, m.FaultReason())
	}
	out, err := job.Output(mem, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "program      %s\nmode         %s\nsteps        %d\nelapsed      %s\nstate hash   %s\nmemory root  %s\noutput root  %s\noutput       %s\n",
		p.Root(), mode, st.Step, elapsed.Round(time.Millisecond), st.Hash(), st.MemRoot, job.OutputRoot(mem), formatTensor(p.OutputTensor(), out))
	if c, ok := classOf(p.OutputTensor(), out); ok {
		fmt.Fprintf(a.out, "class        %d\n", c)
	}
	return nil
}

// formatTensor renders a dense output tensor's values.
func formatTensor(t isa.Tensor, dense []byte) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s[%d,%d] [", t.DType, t.Rows, t.Cols)
	n := int(t.Elems())
	for i := 0; i < n && i < 64; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.DType == isa.Int32 {
			fmt.Fprint(&b, int32(binary.LittleEndian.Uint32(dense[4*i:])))
		} else {
			fmt.Fprint(&b, int8(dense[i]))
		}
	}
	if n > 64 {
		fmt.Fprintf(&b, " … %d more", n-64)
	}
	b.WriteByte(']')
	return b.String()
}

// classOf reads a classifier's answer: an ARGMAX result (int32 [1,1]) or the index of the
// largest of a single row of int8 logits (ties to the lowest index, as ARGMAX).
func classOf(t isa.Tensor, dense []byte) (int, bool) {
	switch {
	case t.DType == isa.Int32 && t.Elems() == 1:
		return int(int32(binary.LittleEndian.Uint32(dense))), true
	case t.DType == isa.Int8 && t.Rows == 1 && t.Cols > 1:
		best := 0
		for i := range dense {
			if int8(dense[i]) > int8(dense[best]) {
				best = i
			}
		}
		return best, true
	}
	return 0, false
}

// provider prepares a trace provider for the job (one bulk run).
func provider(ctx context.Context, a *app, opts vmAtOptions) (*trace.Provider, error) {
	p, mem, err := loadJob(opts.Program, opts.Input)
	if err != nil {
		return nil, err
	}
	tp, err := trace.Prepare(ctx, mem, bulk.NewCPU(a.cfg.VM.Workers), trace.Options{Progress: progressLogger(a, p.Steps(), "preparing trace")})
	if err != nil {
		return nil, err
	}
	if opts.At > tp.Steps() {
		a.log.Warn("Step index past the end of the trace: showing the final state", "at", opts.At, "steps", tp.Steps())
	}
	return tp, nil
}

// stateJSON is the operator-facing form of a machine state.
type stateJSON struct {
	Step      uint64        `json:"step"`
	Status    string        `json:"status"`
	Phase     string        `json:"phase"`
	PC        uint32        `json:"pc"`
	Op        string        `json:"op,omitempty"`
	Slot      uint8         `json:"slot"`
	E         uint64        `json:"e"`
	Q         uint32        `json:"q"`
	Acc       int32         `json:"acc"`
	Acc2      int32         `json:"acc2"`
	TBase     uint32        `json:"tbase"`
	MemRoot   common.Hash   `json:"memRoot"`
	StateHash common.Hash   `json:"stateHash"`
	Encoded   hexutil.Bytes `json:"encoded"`
	TraceLen  uint64        `json:"traceLength"`
}

func toJSON(s vm.State, traceLen uint64) stateJSON {
	status := "running"
	switch s.Status {
	case vm.StatusHalted:
		status = "halted"
	case vm.StatusFaulted:
		status = "faulted: " + s.Fault.String()
	}
	j := stateJSON{Step: s.Step, Status: status, Phase: s.Phase.String(), PC: s.PC, Slot: s.Slot, E: s.E, Q: s.Q,
		Acc: s.Acc, Acc2: s.Acc2, TBase: s.TBase, MemRoot: s.MemRoot, StateHash: s.Hash(), TraceLen: traceLen}
	enc := s.Encode()
	j.Encoded = enc[:]
	if s.Phase == vm.PhaseDecl || s.Phase == vm.PhaseExec {
		j.Op = isa.Opcode(s.Insn[0]).String()
	}
	return j
}

func printJSON(a *app, v any) error {
	enc := json.NewEncoder(a.out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// vmState prints, as JSON, the machine state after opts.At steps.
func vmState(ctx context.Context, a *app, opts vmAtOptions) error {
	tp, err := provider(ctx, a, opts)
	if err != nil {
		return err
	}
	s, err := tp.StateAt(ctx, opts.At)
	if err != nil {
		return err
	}
	return printJSON(a, toJSON(s, tp.Steps()))
}

// vmWitness prints, as JSON, the witness of step opts.At, after checking it with the
// independent verifier (the Go model of the L1 contract).
func vmWitness(ctx context.Context, a *app, opts vmAtOptions) error {
	tp, err := provider(ctx, a, opts)
	if err != nil {
		return err
	}
	w, err := tp.WitnessAt(ctx, opts.At)
	if err != nil {
		return err
	}
	post, err := tp.StateAt(ctx, opts.At+1)
	if err != nil {
		return err
	}
	got, err := verify.VerifyStep(w.StateHash(), w.State[:], w.ProofData())
	if err != nil {
		return fmt.Errorf("witness of step %d does not verify: %w", opts.At, err)
	}
	if got != post.Hash() {
		return fmt.Errorf("witness of step %d verifies to %s, the interpreter reached %s", opts.At, got, post.Hash())
	}
	return printJSON(a, struct {
		vm.WitnessJSON
		// Calldata is FraudVM.verifyStep(preStateHash, state, proofs), ready to send to the
		// verifier contract (or to eth_call it).
		Calldata hexutil.Bytes `json:"verifyStepCalldata"`
	}{w.JSON(post.Hash()), bindings.NewFraudVM().PackVerifyStep(w.StateHash(), w.State[:], w.ProofData())})
}
