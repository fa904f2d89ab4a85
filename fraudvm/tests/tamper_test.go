package tests

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/vm"
)

func hashOf(state []byte) common.Hash { return vm.HashPacked(state, vm.Status(state[0])) }

// TestTamper changes one thing in valid witnesses of every step kind and requires the contract
// to revert with the expected custom error and the Go verifier to reject with the same class.
func TestTamper(t *testing.T) {
	v := newVerifier(t)
	samples, _ := sampleSteps(t, nil)
	for _, kind := range kindOrder {
		s := samples[kind]
		accesses := len(s.proofs) / vm.ProofSize
		t.Run(kind, func(t *testing.T) {
			expect := func(what string, pre common.Hash, state, proofs []byte, name string, arg int64) {
				t.Helper()
				g := goVerify(pre, state, proofs)
				c := v.verifyStep(t, pre, state, proofs)
				if g.err == nil {
					t.Fatalf("%s: Go verify accepts (%v)", what, g)
				}
				if got := revertName(c); got != name {
					t.Fatalf("%s: contract %v, want %s", what, c, name)
				}
				if arg >= 0 {
					if got := revertArg(t, c, 0); got != uint64(arg) {
						t.Fatalf("%s: contract %v, want argument %d", what, c, arg)
					}
				}
				agree(t, what, g, c)
			}
			for i := 0; i < accesses; i++ {
				base := i * vm.ProofSize
				for _, sib := range []int{0, i * 7 % isa.TreeDepth, isa.TreeDepth - 1} {
					p := slices.Clone(s.proofs)
					p[base+32*(1+sib)+sib%32] ^= 1 << (sib % 8)
					expect(fmt.Sprintf("access %d sibling %d bit flip", i, sib), s.pre, s.state, p, "BadProof", int64(i))
				}
				p := slices.Clone(s.proofs)
				p[base+i*5%32] ^= 0x80 // the leaf value
				expect(fmt.Sprintf("access %d wrong leaf", i), s.pre, s.state, p, "BadProof", int64(i))
			}
			for _, off := range []int{0, 1, 3, 5, 15, 31, 39, 45, 50, 64, 100, 200, 224, 255} {
				st := slices.Clone(s.state)
				st[off] ^= 0x10
				expect(fmt.Sprintf("pre-state byte %d", off), s.pre, st, s.proofs, "BadStateHash", -1)
			}
			expect("state 255 bytes", s.pre, s.state[:255], s.proofs, "BadStateLength", 255)
			expect("state 257 bytes", s.pre, append(slices.Clone(s.state), 0), s.proofs, "BadStateLength", 257)
			if accesses > 0 {
				expect("witness short by a byte", s.pre, s.state, s.proofs[:len(s.proofs)-1], "WitnessTooShort", int64(accesses-1))
				expect("witness short by an access", s.pre, s.state, s.proofs[:len(s.proofs)-vm.ProofSize], "WitnessTooShort", int64(accesses-1))
				expect("empty witness", s.pre, s.state, nil, "WitnessTooShort", 0)
			}
			expect("witness long by a byte", s.pre, s.state, append(slices.Clone(s.proofs), 0), "TrailingWitness", 1)
			extra := make([]byte, vm.ProofSize) // a zero access, or a copy of the first
			copy(extra, s.proofs)
			expect("witness long by an access", s.pre, s.state, append(slices.Clone(s.proofs), extra...), "TrailingWitness", vm.ProofSize)
		})
	}
}

// TestMalformedState checks the register-encoding checks that come before any step: both
// verifiers reject exactly the states vm.DecodeState rejects.
func TestMalformedState(t *testing.T) {
	v := newVerifier(t)
	samples, _ := sampleSteps(t, nil)
	s := samples["FETCH"]
	for _, c := range []struct {
		off  int
		vals []byte
	}{
		{offStatus, []byte{1, 2, 3}}, {1, []byte{3, 4}}, {offSlot, []byte{4, 5}}, {offFault, []byte{1, 2, 3}},
		{offLimit, []byte{1}}, {47, []byte{0xFF}}, {48, []byte{1}}, {63, []byte{0x80}},
	} {
		for _, val := range c.vals {
			for _, status := range []byte{0, 1, 2} {
				st := slices.Clone(s.state)
				st[offStatus] = status
				st[c.off] = val
				_, decErr := vm.DecodeState(st)
				what := fmt.Sprintf("status %d, byte %d = %d", st[offStatus], c.off, val)
				g, o := goVerify(hashOf(st), st, s.proofs), v.step(t, st, s.proofs)
				agree(t, what, g, o)
				if (decErr != nil) != (revertName(o) == "MalformedState") {
					t.Fatalf("%s: DecodeState %v, contract %v", what, decErr, o)
				}
			}
		}
	}
	// A halted state carrying proofs.
	halted := samples["HALTED"]
	g := goVerify(halted.pre, halted.state, s.proofs)
	o := v.verifyStep(t, halted.pre, halted.state, s.proofs)
	if g.err == nil || revertName(o) != "TrailingWitness" || revertArg(t, o, 0) != uint64(len(s.proofs)) {
		t.Fatalf("halted with proofs: Go %v, contract %v", g, o)
	}
}

// mutationsPerKind is how many random mutations TestMutations applies to each step kind.
const mutationsPerKind = 400

// TestMutations is a three-way differential test on states no program reaches: it applies a
// random one-byte change to the registers, instruction or declarations of a witness of every step
// kind and
//   - if the state decodes, runs the interpreter from it over the step's memory, and requires the
//     Go verifier and the contract to reach the interpreter's post-state from its witness (most
//     such steps fault, some run with other values, some read other leaves);
//   - in any case, gives both verifiers the original (now usually wrong) proofs and requires them
//     to agree: the same post-state hash, or rejections of the same class.
//
// A tenth of the mutations change a byte of the proofs instead.
func TestMutations(t *testing.T) {
	v := newVerifier(t)
	samples, _ := sampleSteps(t, nil)
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{}
	for _, kind := range kindOrder {
		s := samples[kind]
		for i := 0; i < mutationsPerKind; i++ {
			st, proofs := slices.Clone(s.state), slices.Clone(s.proofs)
			what := kind + ": " + mutate(rng, st, proofs)
			if _, err := vm.DecodeState(st); err == nil && slices.Equal(proofs, s.proofs) {
				ps, after := s.reexec(t, func(b []byte) { copy(b, st) }, nil)
				checkStep(t, v, ps)
				switch {
				case after.Status == vm.StatusFaulted && s.state[offStatus] != byte(vm.StatusFaulted):
					seen[fmt.Sprintf("interpreter: fault %s after %d accesses", after.Fault, len(ps.proofs)/vm.ProofSize)]++
				default:
					seen["interpreter: runs"]++
				}
			}
			g, c := goVerify(hashOf(st), st, proofs), v.step(t, st, proofs)
			agree(t, what, g, c)
			if c.err != nil {
				seen["original proofs: "+revertName(c)]++
			} else {
				seen["original proofs: accepted"]++
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(seen)) {
		t.Logf("%6d  %s", seen[k], k)
	}
	for _, want := range []string{
		"interpreter: runs", "interpreter: fault invalid after 0 accesses", "interpreter: fault step-limit after 0 accesses",
		"original proofs: accepted", "original proofs: BadProof", "original proofs: MalformedState", "original proofs: TrailingWitness",
	} {
		if seen[want] == 0 {
			t.Errorf("no mutation led to %q: the mutations do not reach that check", want)
		}
	}
}

// mutate changes one byte of the state (its registers, instruction and declarations; the root
// only changes through the proofs) or, a tenth of the time, of the proofs, and says what it did.
func mutate(rng *rand.Rand, st, proofs []byte) string {
	b, off, where := st, rng.IntN(224), "state"
	if rng.IntN(10) == 0 && len(proofs) > 0 {
		b, off, where = proofs, rng.IntN(len(proofs)), "proofs"
	}
	old := b[off]
	switch rng.IntN(3) {
	case 0:
		b[off] = 0
	case 1:
		b[off] = 0xFF
	default:
		b[off] ^= byte(1 + rng.IntN(255))
	}
	if b[off] == old {
		b[off] ^= 1
	}
	return fmt.Sprintf("%s[%d] %#02x→%#02x", where, off, old, b[off])
}

// FuzzMutation is the verifier half of TestMutations driven by the fuzzer: a witness of one step
// kind with one byte of its state or proofs replaced; the Go verifier and the contract must agree.
func FuzzMutation(f *testing.F) {
	for i := range kindOrder {
		f.Add(uint8(i), uint16(20), byte(0xFF))
		f.Add(uint8(i), uint16(64+3), byte(0xFF))
		f.Add(uint8(i), uint16(256+40), byte(0x01))
	}
	f.Add(uint8(4), uint16(24+3), byte(0x40))  // MATMUL chunk, q
	f.Add(uint8(7), uint16(96+32+11), byte(1)) // REQUANT, A cols
	f.Add(uint8(5), uint16(offLimit+7), byte(1))
	v := newVerifier(f)
	samples, _ := sampleSteps(f, nil)
	f.Fuzz(func(t *testing.T, kind uint8, off uint16, val byte) {
		s := samples[kindOrder[int(kind)%len(kindOrder)]]
		st, proofs := slices.Clone(s.state), slices.Clone(s.proofs)
		if o := int(off) % (len(st) + len(proofs)); o < len(st) {
			st[o] = val
		} else {
			proofs[o-len(st)] = val
		}
		agree(t, "fuzz", goVerify(hashOf(st), st, proofs), v.step(t, st, proofs))
	})
}
