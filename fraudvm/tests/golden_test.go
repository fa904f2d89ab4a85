package tests

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

var update = flag.Bool("update", false, "regenerate testdata/golden from the example and random programs")

const goldenDir = "testdata/golden"

// goldenSource names the job a vector was taken from, so that the interpreter can replay it.
type goldenSource struct {
	Program  string `json:"program"` // "mlp", "cnn", "random", or "crafted" (a hand-built memory)
	Seed     uint64 `json:"seed,omitempty"`
	MaxSteps uint64 `json:"maxSteps,omitempty"`
}

func (s goldenSource) String() string {
	if s.Program == "random" {
		return fmt.Sprintf("random(%d, MaxSteps %d)", s.Seed, s.MaxSteps)
	}
	return s.Program
}

func (s goldenSource) job(t testing.TB) (*program.Program, []byte) {
	t.Helper()
	switch s.Program {
	case "mlp":
		return examples.MLP(), examples.SampleInput()
	case "cnn":
		return examples.CNN(), examples.SampleInput()
	case "random":
		p, in, err := examples.Random(s.Seed, examples.RandomOptions{MaxSteps: s.MaxSteps})
		if err != nil {
			t.Fatal(err)
		}
		return p, in
	}
	t.Fatalf("unknown golden source %q", s.Program)
	return nil, nil
}

// goldenVector is one verifier input and its expected result: a post-state hash, or (for
// rejections) the contract's custom error as Name(args).
type goldenVector struct {
	Source        goldenSource  `json:"source"`
	Step          uint64        `json:"step"` // the source job's step index (its memory is the step's)
	Note          string        `json:"note,omitempty"`
	PreStateHash  common.Hash   `json:"preStateHash"`
	State         hexutil.Bytes `json:"state"`
	Proofs        hexutil.Bytes `json:"proofs"`
	PostStateHash *common.Hash  `json:"postStateHash,omitempty"`
	Error         string        `json:"error,omitempty"`
}

type goldenFile struct {
	Kind    string         `json:"kind"`
	Vectors []goldenVector `json:"vectors"`
}

func goldenName(kind string) string {
	return strings.NewReplacer(" ", "-", "+", "-").Replace(strings.ToLower(kind)) + ".json"
}

// goldenSources are searched in order for each step kind; the first one with the kind gives its
// first and last occurrence.
func goldenSources() []goldenSource {
	out := []goldenSource{{Program: "mlp"}}
	for seed := uint64(1); seed <= 9; seed++ {
		out = append(out, goldenSource{Program: "random", Seed: seed, MaxSteps: sampleOptions.MaxSteps})
	}
	return append(out, goldenSource{Program: "cnn"})
}

func vectorOf(src goldenSource, s provedStep) goldenVector {
	post := s.post
	return goldenVector{Source: src, Step: s.index, PreStateHash: s.pre, State: s.state, Proofs: s.proofs, PostStateHash: &post}
}

// generateGolden writes one file per step kind and one of rejections.
func generateGolden(t *testing.T, v *verifier) {
	files := map[string]*goldenFile{}
	for _, src := range goldenSources() {
		p, in := src.job(t)
		found := map[string][]provedStep{} // kinds new in this source: first and last occurrence
		runTrace(t, newJob(t, p, in), func(s provedStep) {
			k := stepKind(s.state, s.w)
			if files[k] != nil {
				return
			}
			if len(found[k]) < 2 {
				found[k] = append(found[k], s)
			} else {
				found[k][1] = s
			}
		})
		for k, steps := range found {
			f := &goldenFile{Kind: k}
			for _, s := range steps {
				f.Vectors = append(f.Vectors, vectorOf(src, s))
			}
			files[k] = f
		}
	}
	for _, k := range kindOrder {
		if files[k] == nil {
			t.Fatalf("no source program has a %q step", k)
		}
	}
	faultVectors(t, files)
	files["rejections"] = rejectionVectors(t, v, files)

	if err := os.MkdirAll(goldenDir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	for k, f := range files {
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(goldenDir, goldenName(k)), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d golden files to %s", len(files), goldenDir)
}

// faultVectors adds the fault cases of TestFaults: from random programs with changed registers
// (replayable by the interpreter over the program's memory at that step) and from crafted
// memories (checked by the verifiers only). A step from a faulted state is the FAULTED kind.
func faultVectors(t *testing.T, files map[string]*goldenFile) {
	add := func(kind string, g goldenVector) {
		if files[kind] == nil {
			files[kind] = &goldenFile{Kind: kind}
		}
		files[kind].Vectors = append(files[kind].Vectors, g)
	}
	var faulted *goldenVector
	for _, c := range faultCases(t) {
		if c.mutateMem != nil {
			continue // a changed memory: not the program's; TestFaults covers it
		}
		s, after := c.from.reexec(t, c.mutate, nil)
		src := goldenSource{Program: "random", Seed: c.from.seed, MaxSteps: sampleOptions.MaxSteps}
		if c.from.seed == 0 {
			src = goldenSource{Program: "crafted"}
		}
		g := vectorOf(src, s)
		g.Step, g.Note = c.from.index, c.name // the job's step, whatever the changed registers say
		add("FAULT "+after.Fault.String(), g)
		if faulted == nil && c.from.seed != 0 {
			post := slices.Clone(s.state)
			post[offStatus], post[offFault] = byte(vm.StatusFaulted), byte(after.Fault)
			h := hashOf(post)
			faulted = &goldenVector{Source: g.Source, Step: g.Step, Note: "a step from a faulted state",
				PreStateHash: h, State: post, Proofs: []byte{}, PostStateHash: &h}
		}
	}
	add("FAULTED", *faulted)
}

// rejectionVectors derives invalid inputs from the first vector of some kinds, one per kind of
// contract error; the expected error is what the contract says (TestTamper and TestNoValidStep
// check that it is the right one).
func rejectionVectors(t *testing.T, v *verifier, files map[string]*goldenFile) *goldenFile {
	f := &goldenFile{Kind: "rejections"}
	add := func(kind, note string, change func(g *goldenVector)) {
		g := files[kind].Vectors[0]
		g.State, g.Proofs, g.PostStateHash, g.Note = slices.Clone(g.State), slices.Clone(g.Proofs), nil, note
		change(&g)
		o := v.verifyStep(t, g.PreStateHash, g.State, g.Proofs)
		if o.err == nil {
			t.Fatalf("rejection vector %q is accepted", note)
		}
		g.Error = errorString(o.err)
		f.Vectors = append(f.Vectors, g)
	}
	add("MATMUL chunk", "second access: a sibling bit flipped", func(g *goldenVector) { g.Proofs[vm.ProofSize+32*9] ^= 4 })
	add("REQUANT per-channel", "first access: wrong leaf value", func(g *goldenVector) { g.Proofs[0] ^= 1 })
	add("ADD", "state byte changed (hash mismatch)", func(g *goldenVector) { g.State[30] ^= 1 })
	add("LUT8", "witness one byte short", func(g *goldenVector) { g.Proofs = g.Proofs[:len(g.Proofs)-1] })
	add("FETCH", "witness one byte long", func(g *goldenVector) { g.Proofs = append(g.Proofs, 0) })
	add("FAULTED", "a faulted state carrying a proof", func(g *goldenVector) {
		g.Proofs = files["FETCH"].Vectors[0].Proofs
	})
	add("FAULT invalid", "a fault given a spare access", func(g *goldenVector) {
		g.Proofs = files["DECL"].Vectors[0].Proofs
	})
	add("DECL", "fault code 1 while running (state rehashed)", func(g *goldenVector) {
		g.State[3] = 1
		g.PreStateHash = hashOf(g.State)
	})
	return f
}

// errorString renders a contract revert as Name(arg, ...).
func errorString(err error) string {
	var r *evm.Revert
	if !errors.As(err, &r) {
		return err.Error()
	}
	args := make([]string, len(r.Args))
	for i, a := range r.Args {
		switch a := a.(type) {
		case *big.Int:
			args[i] = a.String()
		case [32]byte:
			args[i] = common.Hash(a).Hex()
		default:
			args[i] = fmt.Sprint(a)
		}
	}
	return r.Name + "(" + strings.Join(args, ", ") + ")"
}

func loadGolden(t *testing.T) []*goldenFile {
	names, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	var out []*goldenFile
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var f goldenFile
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if len(f.Vectors) == 0 {
			t.Fatalf("%s: no vectors", n)
		}
		out = append(out, &f)
	}
	return out
}

// TestGolden replays testdata/golden through the Go verifier and the contract, and replays the
// valid vectors' source jobs through the interpreter, which must produce exactly the recorded
// witness and post-state hash. Run with -update to regenerate the files (for instance after an
// example program changed).
func TestGolden(t *testing.T) {
	v := newVerifier(t)
	if *update {
		generateGolden(t, v)
	}
	files := loadGolden(t)
	covered := map[string]bool{}
	bySource := map[goldenSource][]goldenVector{}
	for _, f := range files {
		covered[f.Kind] = true
		for i, g := range f.Vectors {
			what := fmt.Sprintf("%s vector %d (%s step %d)", f.Kind, i, g.Source, g.Step)
			gv := goVerify(g.PreStateHash, g.State, g.Proofs)
			c := v.verifyStep(t, g.PreStateHash, g.State, g.Proofs)
			agree(t, what, gv, c)
			if g.Error != "" {
				if c.err == nil || errorString(c.err) != g.Error {
					t.Fatalf("%s: contract %v, golden error %s", what, c, g.Error)
				}
				continue
			}
			if g.PostStateHash == nil || c.err != nil || c.post != *g.PostStateHash {
				t.Fatalf("%s: contract %v, golden post %v", what, c, g.PostStateHash)
			}
			if hashOf(g.State) != g.PreStateHash {
				t.Fatalf("%s: state does not hash to preStateHash", what)
			}
			// Without the witness "FETCH HALT" reads as FETCH and "IM2COL pad" as IM2COL.
			if k := stepKind(g.State, nil); !strings.HasPrefix(f.Kind, k) && !strings.HasPrefix(f.Kind, "FAULT ") {
				t.Fatalf("%s: state is a %s step", what, k)
			}
			if g.Source.Program != "crafted" {
				bySource[g.Source] = append(bySource[g.Source], g)
			}
		}
	}
	for _, k := range append(slices.Clone(kindOrder), "FAULT invalid", "FAULT step-limit", "FAULTED", "rejections") {
		if !covered[k] {
			t.Errorf("no golden vectors for %q (run with -update)", k)
		}
	}
	// The interpreter: replay each source job once, proving the recorded steps.
	for _, src := range slices.SortedFunc(maps.Keys(bySource), func(a, b goldenSource) int { return strings.Compare(a.String(), b.String()) }) {
		vecs := bySource[src]
		slices.SortFunc(vecs, func(a, b goldenVector) int { return int(a.Step) - int(b.Step) })
		p, in := src.job(t)
		m := newJob(t, p, in)
		for _, g := range vecs {
			for m.Registers().Step < g.Step && !m.Registers().Halted() {
				if _, err := m.Step(false); err != nil {
					t.Fatal(err)
				}
			}
			// The vector's registers (the job's own, or changed ones for a fault) over the job's
			// memory at that step.
			regs, err := vm.DecodeState(g.State)
			if err != nil {
				t.Fatalf("%s step %d: %v", src, g.Step, err)
			}
			s := prove(t, vm.New(regs, m.Memory().Snapshot()))
			if s.pre != g.PreStateHash || !slices.Equal(s.state, g.State) || !slices.Equal(s.proofs, g.Proofs) ||
				s.post != *g.PostStateHash {
				t.Fatalf("%s step %d: the interpreter's witness differs from the golden vector (did the program change? regenerate with -update)", src, g.Step)
			}
		}
	}
}
