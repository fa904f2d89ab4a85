package tests

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

// maxStepGas is the execution gas no step may exceed.
const maxStepGas = 1_000_000

// verifier is the deployed Solidity verifier.
type verifier struct {
	c   *evm.Contract
	abi *bindings.FraudVM
}

func newVerifier(t testing.TB) *verifier {
	t.Helper()
	c, err := evm.DeployArtifact("FraudVM")
	if err != nil {
		t.Fatal(err)
	}
	return &verifier{c: c, abi: bindings.NewFraudVM()}
}

// outcome is what a verifier made of a witness: a post-state hash, or a rejection. For the
// contract, err is the decoded custom error (*evm.Revert).
type outcome struct {
	post common.Hash
	err  error
	gas  uint64 // contract only: execution gas
}

func (o outcome) String() string {
	if o.err != nil {
		return "reject: " + o.err.Error()
	}
	return "post " + o.post.Hex()
}

// verifyStep calls verifyStep(pre, state, proofs) on the contract.
func (v *verifier) verifyStep(t testing.TB, pre common.Hash, state, proofs []byte) outcome {
	t.Helper()
	return v.call(t, v.abi.PackVerifyStep(pre, state, proofs))
}

// step calls step(state, proofs) on the contract.
func (v *verifier) step(t testing.TB, state, proofs []byte) outcome {
	t.Helper()
	return v.call(t, v.abi.PackStep(state, proofs))
}

func (v *verifier) call(t testing.TB, input []byte) outcome {
	t.Helper()
	res, err := v.c.Call(input)
	if err != nil {
		t.Fatalf("contract call failed outside a revert: %v", err)
	}
	if res.Revert != nil {
		return outcome{err: res.Revert, gas: res.GasUsed}
	}
	post, err := v.abi.UnpackVerifyStep(res.Return) // same return type for step and verifyStep
	if err != nil {
		t.Fatalf("contract return %x: %v", res.Return, err)
	}
	return outcome{post: post, gas: res.GasUsed}
}

// goVerify runs the Go verifier.
func goVerify(pre common.Hash, state, proofs []byte) outcome {
	post, err := verify.VerifyStep(pre, state, proofs)
	return outcome{post: post, err: err}
}

// revertName is the custom error of a contract rejection ("" if o is not one).
func revertName(o outcome) string {
	var r *evm.Revert
	if errors.As(o.err, &r) {
		return r.Name
	}
	return ""
}

// revertArg is the i-th argument of a contract rejection as a uint64.
func revertArg(t testing.TB, o outcome, i int) uint64 {
	t.Helper()
	var r *evm.Revert
	if !errors.As(o.err, &r) || i >= len(r.Args) {
		t.Fatalf("%v has no argument %d", o, i)
	}
	if a, ok := r.Args[i].(*big.Int); ok {
		return a.Uint64()
	}
	t.Fatalf("%v: argument %d is %T", o, i, r.Args[i])
	return 0
}

// goErrorClass maps a Go verifier rejection to the contract error it corresponds to, by the
// verifier's messages ("" if none matches).
func goErrorClass(err error) string {
	msg := err.Error()
	for _, c := range []struct{ sub, name string }{
		{"state is ", "BadStateLength"},
		{"does not hash to the pre-state hash", "BadStateHash"},
		{"malformed registers", "MalformedState"},
		{"reserved register byte", "MalformedState"},
		{"witness ends before", "WitnessTooShort"},
		{"does not match the memory root", "BadProof"},
		{"unused proof bytes", "TrailingWitness"},
		{"from a stopped machine carries", "TrailingWitness"},
		{"access address", "BadAccessAddress"},
	} {
		if strings.Contains(msg, c.sub) {
			return c.name
		}
	}
	return ""
}

// agree checks that the Go verifier and the contract reached the same outcome for one input:
// the same post-state hash, or rejections of the same class.
func agree(t testing.TB, what string, g, s outcome) {
	t.Helper()
	switch {
	case g.err == nil && s.err == nil:
		if g.post != s.post {
			t.Fatalf("%s: Go verify post %x, contract post %x", what, g.post, s.post)
		}
	case g.err != nil && s.err != nil:
		if !errors.Is(g.err, verify.ErrInvalidWitness) {
			t.Fatalf("%s: Go verify error does not wrap ErrInvalidWitness: %v", what, g.err)
		}
		if want, got := goErrorClass(g.err), revertName(s); want != got {
			t.Fatalf("%s: Go verify rejects (%v, class %s), contract reverts %v", what, g.err, want, s.err)
		}
	default:
		t.Fatalf("%s: Go verify %v, contract %v", what, g, s)
	}
	if s.gas > maxStepGas {
		t.Fatalf("%s: contract used %d gas, above %d", what, s.gas, maxStepGas)
	}
}

// newJob returns an interpreter at the START of p on the dense input.
func newJob(t testing.TB, p *program.Program, dense []byte) *vm.VM {
	t.Helper()
	mem, err := job.NewDense(p, dense)
	if err != nil {
		t.Fatal(err)
	}
	return vm.NewJob(mem)
}

// provedStep is one step of a trace: its witness and the hashes around it.
type provedStep struct {
	index     uint64
	pre, post common.Hash
	state     []byte
	proofs    []byte
	w         *vm.Witness
}

// prove runs one proving step of m.
func prove(t testing.TB, m *vm.VM) provedStep {
	t.Helper()
	w, err := m.Step(true)
	if err != nil {
		t.Fatalf("interpreter: %v", err)
	}
	if len(w.Accesses) > vm.MaxAccesses {
		t.Fatalf("step touches %d leaves", len(w.Accesses))
	}
	st := m.State()
	return provedStep{
		index:  binary.BigEndian.Uint64(w.State[8:]),
		pre:    w.StateHash(),
		post:   st.Hash(),
		state:  append([]byte(nil), w.State[:]...),
		proofs: w.ProofData(),
		w:      w,
	}
}

// checkStep runs a proved step through the Go verifier and the contract and requires both to
// produce the interpreter's post-state hash. It returns the contract's execution gas.
func checkStep(t testing.TB, v *verifier, s provedStep) uint64 {
	t.Helper()
	g := goVerify(s.pre, s.state, s.proofs)
	if g.err != nil || g.post != s.post {
		t.Fatalf("step %d (%s): interpreter post %x, Go verify %v", s.index, stepKind(s.state, s.w), s.post, g)
	}
	c := v.verifyStep(t, s.pre, s.state, s.proofs)
	if c.err != nil || c.post != s.post {
		t.Fatalf("step %d (%s): interpreter post %x, contract %v", s.index, stepKind(s.state, s.w), s.post, c)
	}
	if c.gas > maxStepGas {
		t.Fatalf("step %d (%s): %d gas, above %d", s.index, stepKind(s.state, s.w), c.gas, maxStepGas)
	}
	return c.gas
}

// stepKind names what a step does, from its packed pre-state (and, for FETCH, the fetched
// leaf): the phases, and for EXEC the opcode and which of its micro-steps this is.
func stepKind(state []byte, w *vm.Witness) string {
	switch vm.Status(state[0]) {
	case vm.StatusHalted:
		return "HALTED"
	case vm.StatusFaulted:
		return "FAULTED"
	}
	switch vm.Phase(state[1]) {
	case vm.PhaseStart:
		return "START"
	case vm.PhaseFetch:
		if w != nil && len(w.Accesses) == 1 && w.Accesses[0].Leaf[0] == byte(isa.OpHalt) {
			return "FETCH HALT"
		}
		return "FETCH"
	case vm.PhaseDecl:
		return "DECL"
	}
	var insn [isa.InstrSize]byte
	copy(insn[:], state[64:96])
	in := isa.DecodeInstr(insn)
	decl := func(s int) isa.Tensor {
		var d [isa.DeclSize]byte
		copy(d[:], state[96+32*s:])
		return isa.DecodeTensor(d)
	}
	q := uint64(binary.BigEndian.Uint32(state[24:]))
	switch in.Op {
	case isa.OpMatMul:
		if q < isa.Chunks(uint64(decl(isa.SlotA).Cols)) {
			return "MATMUL chunk"
		}
		if in.Slots[isa.SlotC] != isa.NoTensor {
			return "MATMUL store+bias"
		}
		return "MATMUL store"
	case isa.OpRequant:
		switch {
		case in.Flags&isa.FlagPerTensor == 0:
			return "REQUANT per-channel"
		case in.Slots[isa.SlotB] != isa.NoTensor:
			return "REQUANT per-tensor+bias"
		}
		return "REQUANT per-tensor"
	case isa.OpMaxPool:
		w := isa.WindowImm(&in)
		if q < uint64(w.KH)*uint64(w.KW) {
			return "MAXPOOL read"
		}
		return "MAXPOOL store"
	case isa.OpIm2Col:
		if w != nil && len(w.Accesses) == 1 {
			return "IM2COL pad"
		}
		return "IM2COL"
	case isa.OpArgMax:
		if q < uint64(decl(isa.SlotA).Cols) {
			return "ARGMAX read"
		}
		return "ARGMAX store"
	case isa.OpCopy:
		return "COPY " + decl(isa.SlotA).DType.String()
	}
	return in.Op.String()
}

// runTrace steps m to its end with witnesses and calls fn on every step, then on one step from
// the halted state. It returns the number of steps before the halt.
func runTrace(t testing.TB, m *vm.VM, fn func(provedStep)) uint64 {
	t.Helper()
	n := uint64(0)
	for !m.Registers().Halted() {
		fn(prove(t, m))
		n++
	}
	s := prove(t, m)
	if s.pre != s.post || len(s.proofs) != 0 {
		t.Fatalf("halted step changed the state or carries proofs")
	}
	fn(s)
	return n
}

func describe(p *program.Program) string {
	return fmt.Sprintf("%d instrs, %d steps", len(p.Instrs), p.Steps())
}
