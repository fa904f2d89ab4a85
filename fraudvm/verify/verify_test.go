package verify_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/verify"
	"github.com/crollup/crollup/fraudvm/vm"
)

type sample struct {
	pre, post    common.Hash
	state, proof []byte
	kind         string
}

// samples records one witness of every distinct (phase, opcode, access count) of the CNN and MLP.
func samples(t *testing.T) []sample {
	t.Helper()
	var out []sample
	seen := map[string]bool{}
	for _, p := range []func() *vm.VM{
		func() *vm.VM { m, _ := job.NewDense(examples.CNN(), examples.SampleInput()); return vm.NewJob(m) },
		func() *vm.VM { m, _ := job.NewDense(examples.MLP(), examples.SampleInput()); return vm.NewJob(m) },
	} {
		m := p()
		for !m.Registers().Halted() {
			pre := m.State()
			w, err := m.Step(true)
			if err != nil {
				t.Fatal(err)
			}
			kind := pre.Phase.String()
			if pre.Phase == vm.PhaseExec || pre.Phase == vm.PhaseDecl {
				kind += "/" + pre.Op().String()
			}
			kind += "/" + string(rune('0'+len(w.Accesses)))
			if seen[kind] {
				continue
			}
			seen[kind] = true
			out = append(out, sample{pre.Hash(), m.State().Hash(), w.State[:], w.ProofData(), kind})
		}
	}
	if len(out) < 15 {
		t.Fatalf("only %d step kinds sampled", len(out))
	}
	return out
}

func TestVerifyAcceptsHonest(t *testing.T) {
	for _, s := range samples(t) {
		got, err := verify.VerifyStep(s.pre, s.state, s.proof)
		if err != nil || got != s.post {
			t.Errorf("%s: %v (got %x want %x)", s.kind, err, got, s.post)
		}
	}
}

// TestVerifyRejectsTampering: every single-bit change of a proof, a leaf or the state, and
// every truncation or extension of the witness, is rejected (or, for the state, changes the
// pre-state hash and is rejected for it).
func TestVerifyRejectsTampering(t *testing.T) {
	for _, s := range samples(t) {
		reject := func(what string, pre common.Hash, state, proof []byte) {
			t.Helper()
			if _, err := verify.VerifyStep(pre, state, proof); !errors.Is(err, verify.ErrInvalidWitness) {
				t.Errorf("%s: %s accepted (err %v)", s.kind, what, err)
			}
		}
		// One bit in every 7th byte of the proofs: leaves and siblings at every level.
		for i := 0; i < len(s.proof); i += 7 {
			p := append([]byte(nil), s.proof...)
			p[i] ^= 1 << (i % 8)
			reject("flipped proof bit", s.pre, s.state, p)
		}
		for i := 0; i < len(s.state); i++ {
			st := append([]byte(nil), s.state...)
			st[i] ^= 0x10
			reject("changed state byte", s.pre, st, s.proof)
		}
		reject("wrong pre-state hash", common.Hash{1}, s.state, s.proof)
		if len(s.proof) > 0 {
			reject("truncated witness", s.pre, s.state, s.proof[:len(s.proof)-1])
			reject("missing access", s.pre, s.state, s.proof[:len(s.proof)-vm.ProofSize])
		}
		reject("over-long witness", s.pre, s.state, append(append([]byte(nil), s.proof...), 0))
		reject("short state", s.pre, s.state[:len(s.state)-1], s.proof)
	}
}
