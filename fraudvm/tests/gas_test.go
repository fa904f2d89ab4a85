package tests

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

var gasReport = flag.Bool("gas", false, "measure every step of the example and random programs and write docs/gas.md")

// chainStepsSection closes docs/gas.md: the chain machine's steps and settlement are measured
// elsewhere.
const chainStepsSection = `
## Chain steps

The chain machine's steps (BEGIN, LOAD, HEADER, BLOCK, BLOCK_END, DELAYED, the message phases,
END) are verified on L1 by ` + "`ChainVM.sol`" + `; their gas per phase is in
[spec/chain.md §8](spec/chain.md#8-the-l1-verifier-contractssrcchainvmsol), measured by
` + "`go test -run TestChainVM -v ./chain/stf/l1test`" + `. A chain JOB_RUN step is one job step
of the table above, passed to ` + "`FraudVM.step`" + ` by the ChainVM, plus the call.

## Settlement and withdrawals

The challenge protocol's moves (per arity k, against the rounds they take) and the Rollup's
transactions are measured in [spec/dispute.md](spec/dispute.md) §3.4 and §10.1; a one-step proof
through the ChallengeManager costs at most 39.3k gas more than the step alone (§4).
` + "`Bridge.finalizeWithdrawal`" + ` costs **136,554** transaction gas (two Merkle folds, 69 siblings of
calldata, one new storage slot and the ETH transfer), measured on the in-process L1 by
` + "`go test -count=1 -run TestWithdrawalOnL1 -v ./e2e`" + `.
`

// gasCommand is how docs/gas.md is produced; it is written into the report.
const gasCommand = "go test ./fraudvm/tests/ -run '^TestGas$' -gas"

// matmulTarget is the per-step transaction gas the MATMUL chunk step is designed to stay under.
const matmulTarget = 150_000

// gasSample is one step's cost.
type gasSample struct {
	exec, calldataBytes, calldataGas, floor, standard, total uint64
}

type gasTable struct {
	kinds map[string][]gasSample
	// Proof siblings seen, and how many of them are the root of an all-zero subtree
	// (memory.ZeroHash of their height): what a witness could leave out.
	siblings, zeroSiblings uint64
}

// add records a step under kind, or under its stepKind if kind is "".
func (g *gasTable) add(v *verifier, s provedStep, exec uint64, kind string) {
	data := v.abi.PackVerifyStep(s.pre, s.state, s.proofs)
	cd, _ := evm.CalldataGas(data)
	total, standard, floor := evm.TxGas(data, exec)
	if kind == "" {
		kind = stepKind(s.state, s.w)
	}
	g.kinds[kind] = append(g.kinds[kind], gasSample{exec, uint64(len(data)), cd, floor, standard, total})
	for _, a := range s.w.Accesses {
		for h, sib := range a.Proof {
			g.siblings++
			if sib == memory.ZeroHash(uint(h)) {
				g.zeroSiblings++
			}
		}
	}
}

func median(v []uint64) uint64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

func column(samples []gasSample, f func(gasSample) uint64) []uint64 {
	out := make([]uint64, len(samples))
	for i, s := range samples {
		out[i] = f(s)
	}
	return out
}

// kindOrder lists the step kinds of job traces, in trace order.
var kindOrder = []string{
	"START", "FETCH", "FETCH HALT", "DECL",
	"MATMUL chunk", "MATMUL store", "MATMUL store+bias",
	"REQUANT per-channel", "REQUANT per-tensor", "REQUANT per-tensor+bias",
	"ADD", "LUT8", "MAXPOOL read", "MAXPOOL store", "IM2COL", "IM2COL pad",
	"ARGMAX read", "ARGMAX store", "COPY int8", "COPY int32", "HALTED",
}

// reportOrder is kindOrder followed by the fault rows of the gas report.
var reportOrder = append(slices.Clone(kindOrder),
	"FAULT step-limit, 0 accesses", "FAULT invalid, 0 accesses", "FAULT invalid, 1 accesses", "FAULT invalid, 2 accesses")

func (g *gasTable) kindNames() []string {
	ks := make([]string, 0, len(g.kinds))
	for k := range g.kinds {
		ks = append(ks, k)
	}
	rank := func(k string) int {
		if i := slices.Index(reportOrder, k); i >= 0 {
			return i
		}
		return len(reportOrder)
	}
	slices.SortFunc(ks, func(a, b string) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return ks
}

// TestGas measures the contract per step kind: execution gas, calldata, the EIP-7623 floor and
// the resulting transaction gas, and requires every step to stay under 1M gas (execution, and
// the whole transaction). By default it measures the MLP and one random program; with -gas it
// measures every step of the CNN, the MLP and several random programs and writes docs/gas.md.
func TestGas(t *testing.T) {
	v := newVerifier(t)
	g := &gasTable{kinds: map[string][]gasSample{}}
	type job struct {
		name  string
		p     *program.Program
		input []byte
	}
	jobs := []job{{"mlp", examples.MLP(), examples.SampleInput()}}
	seeds := []uint64{1}
	if *gasReport {
		jobs = append(jobs, job{"cnn", examples.CNN(), examples.SampleInput()})
		seeds = []uint64{1, 2, 3, 4, 5, 6, 7, 8}
	}
	for _, seed := range seeds {
		p, in, err := examples.Random(seed, examples.RandomOptions{MaxSteps: 1 << 13})
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, job{fmt.Sprintf("random(%d)", seed), p, in})
	}
	var names []string
	for _, j := range jobs {
		runTrace(t, newJob(t, j.p, j.input), func(s provedStep) { g.add(v, s, checkStep(t, v, s), "") })
		names = append(names, j.name)
	}
	// Faults: no job trace has one; TestFaults' cases do.
	for _, c := range faultCases(t) {
		s, after := c.from.reexec(t, c.mutate, c.mutateMem)
		g.add(v, s, checkStep(t, v, s), fmt.Sprintf("FAULT %s, %d accesses", after.Fault, len(s.proofs)/vm.ProofSize))
	}
	names = append(names, "the fault cases of TestFaults")
	for _, k := range g.kindNames() {
		for _, s := range g.kinds[k] {
			if s.exec > maxStepGas || s.total > maxStepGas {
				t.Errorf("%s: a step uses %d execution gas, %d transaction gas; limit %d", k, s.exec, s.total, maxStepGas)
				break
			}
		}
	}
	chunk := g.kinds["MATMUL chunk"]
	if len(chunk) == 0 {
		t.Fatal("no MATMUL chunk step measured")
	}
	med := median(column(chunk, func(s gasSample) uint64 { return s.total }))
	t.Logf("median MATMUL chunk step: %d transaction gas (target %d)", med, matmulTarget)
	report := g.markdown(names, med) + chainStepsSection
	if !*gasReport {
		t.Logf("\n%s", report)
		return
	}
	path := filepath.Join("..", "..", "docs", "gas.md")
	if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

func (g *gasTable) markdown(jobs []string, matmulMedian uint64) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# FraudVM step gas\n\n")
	fmt.Fprintf(&b, "Generated by `%s` (fraudvm/tests/gas_test.go); do not edit by hand.\n\n", gasCommand)
	fmt.Fprintf(&b, "Every step of: %s. Each step is a call of `FraudVM.verifyStep(preStateHash, state, proofs)`\n", strings.Join(jobs, ", "))
	fmt.Fprintf(&b, "(contracts/artifacts/FraudVM.json) in go-ethereum's EVM with Osaka rules.\n\n")
	fmt.Fprintf(&b, "- **exec**: execution gas of the call (no intrinsic cost).\n")
	fmt.Fprintf(&b, "- **calldata**: ABI-encoded transaction data in bytes, and its EIP-2028 gas (4 per zero byte, 16 per non-zero byte).\n")
	fmt.Fprintf(&b, "- **floor**: the EIP-7623 floor, 21000 + 10 × (zero bytes + 4 × non-zero bytes).\n")
	fmt.Fprintf(&b, "- **tx**: what a transaction calling the verifier directly pays: max(21000 + calldata gas + exec, floor).\n\n")
	fmt.Fprintf(&b, "Medians and maxima per step kind:\n\n")
	fmt.Fprintf(&b, "| step kind | steps | exec median | exec max | calldata bytes | calldata gas | floor | tx median | tx max |\n")
	fmt.Fprintf(&b, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, k := range g.kindNames() {
		s := g.kinds[k]
		col := func(f func(gasSample) uint64) []uint64 { return column(s, f) }
		exec := col(func(s gasSample) uint64 { return s.exec })
		total := col(func(s gasSample) uint64 { return s.total })
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", k, len(s),
			median(exec), slices.Max(exec),
			median(col(func(s gasSample) uint64 { return s.calldataBytes })),
			median(col(func(s gasSample) uint64 { return s.calldataGas })),
			median(col(func(s gasSample) uint64 { return s.floor })),
			median(total), slices.Max(total))
	}
	verdict := "under"
	if matmulMedian > matmulTarget {
		verdict = "over"
	}
	zeroShare := 100 * float64(g.zeroSiblings) / float64(max(g.siblings, 1))
	fmt.Fprintf(&b, "\nMedian MATMUL chunk step: **%d** transaction gas, %s the %d target.\n\n", matmulMedian, verdict, matmulTarget)
	fmt.Fprintf(&b, "Every step with a memory access is bound by the EIP-7623 floor, not by execution: an access is 1152\n")
	fmt.Fprintf(&b, "bytes of mostly non-zero hashes, about 46k gas of floor, while checking its proof costs about 5k gas of\n")
	fmt.Fprintf(&b, "execution. So the optimizer setting (contracts/build.js) does not change what a step costs.\n")
	fmt.Fprintf(&b, "Of the %d proof siblings measured, %d (%.1f%%) are roots of all-zero subtrees (memory.ZeroHash of\n", g.siblings, g.zeroSiblings, zeroShare)
	fmt.Fprintf(&b, "their height): a witness encoding that replaced them by a bitmap, the contract supplying them from a\n")
	fmt.Fprintf(&b, "table of the 35 zero-subtree hashes, would cut the calldata and the floor by roughly that share.\n")
	return b.String()
}
