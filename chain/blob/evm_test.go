package blob

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
)

// contractsDir is the contracts toolchain: the library's source and the pinned solc.
var contractsDir = filepath.Join("..", "..", "contracts")

// harness is BlobWordHarness (testdata/BlobWordHarness.sol) compiled with the library.
type harness struct {
	Compiler         string          `json:"compiler"`
	RawABI           json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"`
	abi              abi.ABI
}

var (
	harnessOnce sync.Once
	harnessC    *harness
	harnessErr  error
)

// loadHarness compiles the harness once per test binary with testdata/compile.js. Without node or
// the contracts' solc it skips, except in CI (CI=true), where a skip would hide a broken library.
func loadHarness(t testing.TB) *harness {
	t.Helper()
	missing := ""
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "solc")); err != nil {
		missing = "contracts/node_modules/solc is not installed (run `npm ci` in contracts/)"
	} else if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not on PATH"
	}
	if missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: CI must run BlobWord.sol on the EVM", missing)
		}
		t.Skipf("%s; not running BlobWord.sol", missing)
	}
	harnessOnce.Do(func() { harnessC, harnessErr = compileHarness() })
	if harnessErr != nil {
		t.Fatal(harnessErr)
	}
	return harnessC
}

func compileHarness() (*harness, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("node", filepath.Join("testdata", "compile.js"), contractsDir)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile BlobWord.sol: %w\n%s", err, stderr.String())
	}
	// The library must compile without warnings (the harness is test code and may not matter, but
	// has none either).
	if stderr.Len() != 0 {
		return nil, fmt.Errorf("compile BlobWord.sol: compiler diagnostics:\n%s", stderr.String())
	}
	h := new(harness)
	if err := json.Unmarshal(stdout.Bytes(), h); err != nil {
		return nil, fmt.Errorf("compile BlobWord.sol: output: %w", err)
	}
	parsed, err := abi.JSON(bytes.NewReader(h.RawABI))
	if err != nil {
		return nil, fmt.Errorf("compile BlobWord.sol: abi: %w", err)
	}
	h.abi = parsed
	return h, nil
}

// chainEVM is an in-process EVM with every fork through Osaka active (so the point-evaluation
// precompile exists) and the harness deployed.
type chainEVM struct {
	h    *harness
	cfg  runtime.Config
	addr common.Address
}

const evmGasLimit = 30_000_000

// newChainEVM deploys the harness; overrides, if not nil, replaces precompiles.
func newChainEVM(t testing.TB, overrides vm.PrecompileOverrides) *chainEVM {
	t.Helper()
	h := loadHarness(t)
	if params.AllDevChainProtocolChanges.CancunTime == nil || params.AllDevChainProtocolChanges.OsakaTime == nil {
		t.Fatal("params.AllDevChainProtocolChanges does not activate Cancun and Osaka")
	}
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	e := &chainEVM{h: h, cfg: runtime.Config{
		ChainConfig: params.AllDevChainProtocolChanges,
		GasLimit:    evmGasLimit,
		BlockNumber: new(big.Int),
		State:       st,
		EVMConfig:   vm.Config{PrecompileOverrides: overrides},
	}}
	code, addr, _, err := runtime.Create(h.Bytecode, &e.cfg)
	if err != nil {
		t.Fatalf("deploy BlobWordHarness: %v", err)
	}
	if !bytes.Equal(code, h.DeployedBytecode) {
		t.Fatal("deploy BlobWordHarness: runtime code differs from solc's")
	}
	e.addr = addr
	return e
}

// callResult is a harness call that returned or reverted.
type callResult struct {
	out    []any  // decoded return values
	gas    uint64 // execution gas of the whole call (no intrinsic or calldata gas)
	revert string // the custom error's name if the call reverted ("?" if not one of the ABI's)
	args   []any  // the custom error's arguments
}

func (e *chainEVM) call(t testing.TB, method string, args ...any) callResult {
	t.Helper()
	input, err := e.h.abi.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	ret, left, err := runtime.Call(e.addr, input, &e.cfg)
	res := callResult{gas: evmGasLimit - left}
	switch {
	case err == nil:
		if res.out, err = e.h.abi.Unpack(method, ret); err != nil {
			t.Fatalf("unpack %s: %v", method, err)
		}
	case errors.Is(err, vm.ErrExecutionReverted):
		res.revert = "?"
		for _, ae := range e.h.abi.Errors {
			if len(ret) >= 4 && bytes.Equal(ret[:4], ae.ID[:4]) {
				res.revert = ae.Name
				if res.args, err = ae.Inputs.Unpack(ret[4:]); err != nil {
					t.Fatalf("unpack error %s: %v", ae.Name, err)
				}
			}
		}
		if res.revert == "?" {
			res.args = []any{hexutil.Bytes(ret)}
		}
	default:
		t.Fatalf("%s: call failed outside a revert: %v", method, err)
	}
	return res
}

func (r callResult) String() string {
	if r.revert != "" {
		return fmt.Sprintf("revert %s%v", r.revert, r.args)
	}
	return fmt.Sprintf("return %v", r.out)
}

// TestEvaluationPointEVM: BlobWord.evaluationPoint equals EvalPoint (checked against go-kzg by
// TestEvalPointMatchesKZG) at every one of the 4096 indices, and rejects 4096.
func TestEvaluationPointEVM(t *testing.T) {
	e := newChainEVM(t, nil)
	res := e.call(t, "evaluationPoints")
	if res.revert != "" {
		t.Fatal(res)
	}
	zs := res.out[0].([]*big.Int)
	if len(zs) != ElementsPerBlob {
		t.Fatalf("%d points, want %d", len(zs), ElementsPerBlob)
	}
	for i, z := range zs {
		want := EvalPoint(i)
		if new(big.Int).SetBytes(want[:]).Cmp(z) != 0 {
			t.Fatalf("evaluationPoint(%d) = %#x, EvalPoint = %x", i, z, want)
		}
	}
	if res := e.call(t, "evaluationPoint", big.NewInt(ElementsPerBlob)); res.revert != "ElementIndexOutOfRange" {
		t.Errorf("evaluationPoint(4096): %v, want ElementIndexOutOfRange", res)
	}
	// The MODEXP alternative (harness only) agrees; it is there to be measured (TestGas).
	for _, i := range domainIndices() {
		a, b := e.call(t, "evaluationPoint", big.NewInt(int64(i))), e.call(t, "evaluationPointModexp", big.NewInt(int64(i)))
		if a.revert != "" || b.revert != "" || a.out[0].(*big.Int).Cmp(b.out[0].(*big.Int)) != 0 {
			t.Fatalf("index %d: product %v, modexp %v", i, a, b)
		}
	}
}

// TestWordFromElementsEVM: the Solidity assembly equals the Go one for every split, on random
// canonical elements, and rejects split 31.
func TestWordFromElementsEVM(t *testing.T) {
	e := newChainEVM(t, nil)
	rng := rand.New(rand.NewPCG(9, 10))
	for split := 0; split < DataBytesPerElement; split++ {
		for range 4 {
			var y0, y1 [ElementSize]byte
			copy(y0[1:], randomBytes(rng, DataBytesPerElement))
			copy(y1[1:], randomBytes(rng, DataBytesPerElement))
			want := WordFromElements(y0, y1, split)
			res := e.call(t, "wordFromElements", y0, y1, big.NewInt(int64(split)))
			if res.revert != "" || res.out[0].([32]byte) != want {
				t.Fatalf("split %d: %v, want %x", split, res, want)
			}
		}
	}
	if res := e.call(t, "wordFromElements", [32]byte{}, [32]byte{}, big.NewInt(DataBytesPerElement)); res.revert != "SplitOutOfRange" {
		t.Errorf("split 31: %v, want SplitOutOfRange", res)
	}
	for _, w := range []int{0, 1, WordsPerBlob - 1, WordsPerBlob, MaxWords - 1} {
		loc, _ := LocateWord(w)
		res := e.call(t, "locateWord", big.NewInt(int64(w)))
		if res.revert != "" || res.out[0].(*big.Int).Int64() != int64(loc.Blob) || res.out[1].(*big.Int).Int64() != int64(loc.InBlob) {
			t.Errorf("locateWord(%d) = %v, want %d, %d", w, res, loc.Blob, loc.InBlob)
		}
	}
}

// TestReadWordEVM runs every word case on the EVM: the words TestVerifyWord accepts come out of
// readWord equal to the payload, and each rejection is the matching custom error, naming the
// element that failed.
func TestReadWordEVM(t *testing.T) {
	f := kzgFix(t)
	e := newChainEVM(t, nil)
	for _, c := range wordCases(t, f) {
		res := e.call(t, "readWord", c.versionedHash, big.NewInt(int64(c.inBlob)), c.witness)
		if c.want == accept {
			if res.revert != "" || res.out[0].([32]byte) != c.word {
				t.Errorf("%s: %v, want word %x", c.name, res, c.word)
			}
			continue
		}
		if res.revert != c.want.solError(true) {
			t.Errorf("%s: %v, want %s", c.name, res, c.want.solError(true))
			continue
		}
		if c.want == nonCanonical || c.want == invalidProof {
			if got := res.args[0].(*big.Int); got.Int64() != c.errArg {
				t.Errorf("%s: %s(%v), want element %d", c.name, res.revert, got, c.errArg)
			}
		}
	}
}

// TestVerifyElementEVM runs every element case on the EVM.
func TestVerifyElementEVM(t *testing.T) {
	f := kzgFix(t)
	e := newChainEVM(t, nil)
	for _, c := range elementCases(t, f) {
		res := e.call(t, "verifyElement", c.versionedHash, big.NewInt(int64(c.index)), c.y, c.witness)
		if res.revert != c.want.solError(false) {
			t.Errorf("%s: %v, want %q", c.name, res, c.want.solError(false))
		}
	}
}

// fakePointEvaluation stands in for precompile 0x0A: it accepts everything and answers out.
type fakePointEvaluation struct{ out []byte }

func (p fakePointEvaluation) RequiredGas([]byte) uint64 {
	return params.BlobTxPointEvaluationPrecompileGas
}
func (p fakePointEvaluation) Run([]byte) ([]byte, error) { return p.out, nil }
func (p fakePointEvaluation) Name() string               { return "FAKE_POINT_EVALUATION" }

// TestPointEvaluationAnswerChecked: BlobWord rejects a valid proof when 0x0A has no code (a chain
// before Cancun: the call succeeds with no data) or answers anything but FIELD_ELEMENTS_PER_BLOB ‖
// BLS_MODULUS, and accepts when a stand-in answers exactly that.
func TestPointEvaluationAnswerChecked(t *testing.T) {
	f := kzgFix(t)
	p := f.element(t, false, 4095)
	var good [64]byte
	big.NewInt(ElementsPerBlob).FillBytes(good[:32])
	blsModulus.FillBytes(good[32:])
	edited := func(i int, v byte) []byte {
		out := good
		out[i] = v
		return out[:]
	}
	for _, c := range []struct {
		name   string
		exists bool
		out    []byte
		accept bool
	}{
		{"no precompile", false, nil, false},
		{"empty answer", true, []byte{}, false},
		{"32-byte answer", true, good[:32], false},
		{"wrong element count", true, edited(31, 0x01), false}, // 4097
		{"wrong modulus", true, edited(63, 0x00), false},
		{"answer too long", true, append(good[:], 0), false},
		{"exact answer", true, good[:], true},
	} {
		e := newChainEVM(t, func(_ params.Rules, orig vm.PrecompiledContract, addr common.Address) vm.PrecompiledContract {
			if addr != common.BytesToAddress([]byte{0x0a}) {
				return orig
			}
			if !c.exists {
				return nil
			}
			return fakePointEvaluation{c.out}
		})
		res := e.call(t, "verifyElement", p.VersionedHash, big.NewInt(4095), p.Y, p.Witness())
		if c.accept != (res.revert == "") || (!c.accept && res.revert != "PointEvaluationFailed") {
			t.Errorf("%s: %v", c.name, res)
		}
	}
}

// TestGas measures BlobWord's gas (library code only, from gasleft() around the call) and bounds
// it, and checks that a rejected proof does not burn more than the precompile's price.
func TestGas(t *testing.T) {
	f := kzgFix(t)
	e := newChainEVM(t, nil)
	libGas := func(res callResult, i int) uint64 {
		t.Helper()
		if res.revert != "" {
			t.Fatal(res)
		}
		return res.out[i].(*big.Int).Uint64()
	}

	var maxProduct, maxModexp uint64
	for _, i := range domainIndices() {
		maxProduct = max(maxProduct, libGas(e.call(t, "evaluationPoint", big.NewInt(int64(i))), 1))
		maxModexp = max(maxModexp, libGas(e.call(t, "evaluationPointModexp", big.NewInt(int64(i))), 1))
	}
	t.Logf("evaluation point: %d gas (12-constant product, worst case), %d gas (bit reversal + MODEXP)", maxProduct, maxModexp)
	if maxProduct > 1_200 || maxProduct >= maxModexp {
		t.Errorf("evaluationPoint costs %d gas (MODEXP alternative %d)", maxProduct, maxModexp)
	}

	var maxWord, maxWordCall uint64
	for _, w := range acceptWords {
		p := f.word(t, w)
		res := e.call(t, "readWord", p.VersionedHash, big.NewInt(int64(p.Loc.InBlob)), p.Witness())
		maxWord, maxWordCall = max(maxWord, libGas(res, 1)), max(maxWordCall, res.gas)
	}
	p := f.word(t, 15)
	carried := e.call(t, "readWordCarried", p.VersionedHash, big.NewInt(15), p.Y0, p.Y1,
		append(append([]byte{}, p.Commitment[:]...), p.Proof1[:]...))
	if carried.revert != "" || carried.out[0].([32]byte) != p.Word {
		t.Fatalf("readWordCarried: %v, want %x", carried, p.Word)
	}
	el := f.element(t, false, 4095)
	elem := e.call(t, "verifyElement", el.VersionedHash, big.NewInt(4095), el.Y, el.Witness())
	t.Logf("readWord: %d gas in the library (%d for the harness call); verifyElement: %d; one-evaluation variant (y0 carried in state): %d",
		maxWord, maxWordCall, libGas(elem, 0), libGas(carried, 1))
	pe := uint64(params.BlobTxPointEvaluationPrecompileGas)
	if maxWord < 2*pe || maxWord > 2*pe+4_000 {
		t.Errorf("readWord costs %d gas, want 2×%d plus at most 4000", maxWord, pe)
	}

	// A rejected proof: the call costs about what an accepted one does, since the library gives
	// the precompile exactly its price (the precompile keeps all gas it is given when it fails).
	bad := p.Witness()
	bad[63] ^= 1
	res := e.call(t, "readWord", p.VersionedHash, big.NewInt(15), bad)
	if res.revert != "PointEvaluationFailed" {
		t.Fatal(res)
	}
	t.Logf("rejected readWord (second element bad): %d gas for the harness call", res.gas)
	if res.gas > maxWordCall+1_000 {
		t.Errorf("a rejected readWord costs %d gas, an accepted one %d", res.gas, maxWordCall)
	}
}

// TestHarnessCompiler records the compiler and checks it is the one the contracts pin.
func TestHarnessCompiler(t *testing.T) {
	h := loadHarness(t)
	raw, err := os.ReadFile(filepath.Join(contractsDir, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	if pin := pkg.Dependencies["solc"]; pin == "" || !strings.HasPrefix(h.Compiler, pin+"+") {
		t.Errorf("harness compiled with solc %s, contracts pin %q", h.Compiler, pin)
	}
}
