package tests

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Offsets in the packed state (spec §5).
const (
	offStatus = 0
	offSlot   = 2
	offFault  = 3
	offStep   = 8
	offE      = 16
	offQ      = 24
	offLimit  = 40
	offInsn   = 64
	offDecl   = 96
)

func offDeclOf(slot int) int { return offDecl + 32*slot }

func put16(b []byte, off int, v uint16) { binary.BigEndian.PutUint16(b[off:], v) }
func put32(b []byte, off int, v uint32) { binary.BigEndian.PutUint32(b[off:], v) }
func put64(b []byte, off int, v uint64) { binary.BigEndian.PutUint64(b[off:], v) }

// faultCase is a state that admits no instruction step, built from a sample step by changing
// its registers (and possibly its memory): the step must fault with code after accesses reads.
type faultCase struct {
	name      string
	from      sample
	mutate    func(st []byte)
	mutateMem func(m *memory.Memory)
	code      vm.Fault
	accesses  int
}

// faultCases covers every kind of fault the spec lists, each at the point the spec puts it
// relative to the step's memory accesses.
func faultCases(t testing.TB) []faultCase {
	samples, rows := sampleSteps(t, func(s provedStep) bool {
		// A MATMUL chunk step on a row i ≥ 1 (for an A too short for it).
		if stepKind(s.state, s.w) != "MATMUL chunk" {
			return false
		}
		n := uint64(binary.BigEndian.Uint32(s.state[offDeclOf(isa.SlotDst)+8:]))
		return binary.BigEndian.Uint64(s.state[offE:])/n >= 1
	})
	if len(rows) == 0 {
		t.Fatal("no MATMUL chunk step beyond the first row in the sample programs")
	}
	elems := func(st []byte, slot int) uint64 {
		d := offDeclOf(slot)
		return uint64(binary.BigEndian.Uint32(st[d+4:])) * uint64(binary.BigEndian.Uint32(st[d+8:]))
	}
	stepOf := func(st []byte) uint64 { return binary.BigEndian.Uint64(st[offStep:]) }
	incQ := func(st []byte) { put32(st, offQ, binary.BigEndian.Uint32(st[offQ:])+1) }
	// The params row of a per-channel REQUANT step, with its shift word set to +1.
	badChannelShift := func(s sample) func(m *memory.Memory) {
		var d [isa.DeclSize]byte
		copy(d[:], s.state[offDeclOf(isa.SlotB):])
		params := isa.DecodeTensor(d)
		cols := uint64(binary.BigEndian.Uint32(s.state[offDeclOf(isa.SlotDst)+8:]))
		row := params.ElemAddr(binary.BigEndian.Uint64(s.state[offE:])%cols, 0)
		return func(m *memory.Memory) {
			leaf := m.ReadLeaf(row)
			binary.LittleEndian.PutUint32(leaf[8:], 1)
			m.WriteLeaf(row, leaf)
		}
	}
	const invalid, limit = vm.FaultInvalid, vm.FaultStepLimit
	hdr := [isa.LeafSize]byte{'C', 'R', 'V', 'M', 1}
	binary.BigEndian.PutUint32(hdr[8:], math.MaxUint32)
	noOperands := [isa.LeafSize]byte{byte(isa.OpMatMul), 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}
	return []faultCase{
		// START and FETCH check after their read, over crafted memories.
		{"START: header n = 2^32-1", craftedSample(t, vm.PhaseStart, hdr), nil, nil, invalid, 1},
		{"FETCH of opcode 9", craftedSample(t, vm.PhaseFetch, [isa.LeafSize]byte{0x09}), nil, nil, invalid, 1},
		{"FETCH of MATMUL without operands", craftedSample(t, vm.PhaseFetch, noOperands), nil, nil, invalid, 1},
		// The rest change the registers (or memory) of a sample step.
		{"limit = step", samples["MATMUL chunk"], func(st []byte) { put64(st, offLimit, stepOf(st)) }, nil, limit, 0},
		{"limit below step", samples["ADD"], func(st []byte) { put64(st, offLimit, 1) }, nil, limit, 0},
		{"step counter exhausted", samples["FETCH"], func(st []byte) { put64(st, offStep, math.MaxUint64) }, nil, limit, 0},
		{"step limit before an invalid opcode", samples["ADD"], func(st []byte) {
			put64(st, offLimit, stepOf(st))
			st[offInsn] = 0x09
		}, nil, limit, 0},
		{"DECL past the last slot", samples["DECL"], func(st []byte) { st[offSlot] = isa.NumSlots }, nil, invalid, 0},
		{"EXEC of an unknown opcode", samples["ADD"], func(st []byte) { st[offInsn] = 0x09 }, nil, invalid, 0},
		{"EXEC of HALT", samples["LUT8"], func(st []byte) { st[offInsn] = 0x00 }, nil, invalid, 0},
		{"MATMUL without A", samples["MATMUL chunk"], func(st []byte) { put16(st, offInsn+4, isa.NoTensor) }, nil, invalid, 0},
		{"REQUANT with C", samples["REQUANT per-tensor"], func(st []byte) { put16(st, offInsn+8, 0) }, nil, invalid, 0},
		{"MAXPOOL with B", samples["MAXPOOL store"], func(st []byte) { put16(st, offInsn+6, 0) }, nil, invalid, 0},
		{"COPY dtype mismatch", samples["COPY int8"], func(st []byte) { st[offDeclOf(isa.SlotA)+1] = 1 }, nil, invalid, 0},
		{"region 4", samples["ADD"], func(st []byte) { st[offDeclOf(isa.SlotB)] = 4 }, nil, invalid, 0},
		{"dtype 2", samples["COPY int32"], func(st []byte) { st[offDeclOf(isa.SlotA)+1] = 2 }, nil, invalid, 0},
		{"zero rows", samples["ADD"], func(st []byte) { put32(st, offDeclOf(isa.SlotDst)+4, 0) }, nil, invalid, 0},
		{"unaligned offset", samples["LUT8"], func(st []byte) { st[offDeclOf(isa.SlotA)+23] |= 1 }, nil, invalid, 0},
		{"tensor past its region", samples["ADD"], func(st []byte) { put32(st, offDeclOf(isa.SlotDst)+4, math.MaxUint32) }, nil, invalid, 0},
		{"cursor at the end", samples["LUT8"], func(st []byte) { put64(st, offE, elems(st, isa.SlotDst)) }, nil, invalid, 0},
		{"ARGMAX cursor past A", samples["ARGMAX read"], func(st []byte) {
			put64(st, offE, uint64(binary.BigEndian.Uint32(st[offDeclOf(isa.SlotA)+4:])))
		}, nil, invalid, 0},
		{"REQUANT sub-cursor", samples["REQUANT per-channel"], func(st []byte) { put32(st, offQ, 1) }, nil, invalid, 0},
		{"MATMUL sub-cursor past the store", samples["MATMUL store"], incQ, nil, invalid, 0},
		{"MAXPOOL sub-cursor past the store", samples["MAXPOOL store"], incQ, nil, invalid, 0},
		{"ARGMAX sub-cursor past the store", samples["ARGMAX store"], incQ, nil, invalid, 0},
		{"MATMUL row outside A", rows[0], func(st []byte) { put32(st, offDeclOf(isa.SlotA)+4, 1) }, nil, invalid, 0},
		{"per-channel REQUANT without params", samples["REQUANT per-tensor+bias"], func(st []byte) {
			st[offInsn+1] = 0
			put16(st, offInsn+6, isa.NoTensor)
		}, nil, invalid, 0},
		{"REQUANT params with 3 columns", samples["REQUANT per-channel"], func(st []byte) { put32(st, offDeclOf(isa.SlotB)+8, 3) }, nil, invalid, 0},
		{"REQUANT shift +1", samples["REQUANT per-tensor"], func(st []byte) { st[offInsn+10+4] = 1 }, nil, invalid, 0},
		{"REQUANT shift -32", samples["REQUANT per-tensor"], func(st []byte) { st[offInsn+10+4] = 0xE0 }, nil, invalid, 0},
		{"per-channel REQUANT row shift +1 (after two reads)", samples["REQUANT per-channel"], nil,
			badChannelShift(samples["REQUANT per-channel"]), invalid, 2},
		{"ADD shiftOut +1", samples["ADD"], func(st []byte) { st[offInsn+10+18] = 1 }, nil, invalid, 0},
		{"LUT8 table of 255 entries", samples["LUT8"], func(st []byte) { put32(st, offDeclOf(isa.SlotB)+8, 255) }, nil, invalid, 0},
		{"MAXPOOL kh 0", samples["MAXPOOL read"], func(st []byte) { st[offInsn+10+4] = 0 }, nil, invalid, 0},
		{"IM2COL window wider than the padded image", samples["IM2COL"], func(st []byte) { st[offInsn+10+5] = 0xFF }, nil, invalid, 0},
	}
}

// craftedSample is a sample whose memory holds only leaf, at the program header (phase START)
// or at instruction 0 (phase FETCH).
func craftedSample(t testing.TB, phase vm.Phase, leaf [isa.LeafSize]byte) sample {
	t.Helper()
	mem := memory.New()
	addr := isa.ScratchBase
	if phase == vm.PhaseFetch {
		addr += isa.LeafSize
	}
	mem.WriteLeaf(addr, leaf)
	st := vm.State{Phase: phase, TBase: 2, MemRoot: mem.Root()}
	packed := st.Encode()
	return sample{provedStep: provedStep{state: packed[:], pre: st.Hash()}, mem: mem}
}

// TestFaults executes every fault case with the interpreter, and requires the Go verifier and
// the contract to reach the interpreter's faulted post-state from its witness, which must hold
// exactly the accesses made before the fault. Given more accesses than that (the unmutated
// step's), both must reject the trailing witness.
func TestFaults(t *testing.T) {
	v := newVerifier(t)
	cases := faultCases(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, after := c.from.reexec(t, c.mutate, c.mutateMem)
			if after.Status != vm.StatusFaulted || after.Fault != c.code {
				t.Fatalf("interpreter: status %d fault %s, want fault %s", after.Status, after.Fault, c.code)
			}
			if got := len(s.proofs) / vm.ProofSize; got != c.accesses {
				t.Fatalf("interpreter: fault after %d accesses, want %d", got, c.accesses)
			}
			if want := binary.BigEndian.Uint64(s.state[offStep:]) + 1; after.Step != want {
				t.Fatalf("faulted step counter %d, want %d", after.Step, want)
			}
			checkStep(t, v, s)
			if c.mutateMem == nil && len(c.from.proofs) > len(s.proofs) {
				what := "fault with the unfaulted step's witness"
				g, o := goVerify(s.pre, s.state, c.from.proofs), v.verifyStep(t, s.pre, s.state, c.from.proofs)
				if revertName(o) != "TrailingWitness" {
					t.Fatalf("%s: contract %v", what, o)
				}
				agree(t, what, g, o)
			}
			// A faulted machine stays put, with no witness.
			post := slices.Clone(s.state)
			post[offStatus], post[offFault] = byte(vm.StatusFaulted), byte(c.code)
			ph := hashOf(post)
			if g, o := goVerify(ph, post, nil), v.verifyStep(t, ph, post, nil); g.err != nil || o.err != nil || g.post != ph || o.post != ph {
				t.Fatalf("step from a faulted state: Go %v, contract %v, want %x", g, o, ph)
			}
		})
	}
}

// TestStepLimitNotReached checks the other side of the limit: limit = step + 1 lets the step run.
func TestStepLimitNotReached(t *testing.T) {
	v := newVerifier(t)
	samples, _ := sampleSteps(t, nil)
	for _, k := range []string{"START", "MATMUL chunk", "REQUANT per-channel"} {
		s, after := samples[k].reexec(t, func(st []byte) {
			put64(st, offLimit, binary.BigEndian.Uint64(st[offStep:])+1)
		}, nil)
		if after.Status == vm.StatusFaulted || len(s.proofs) != len(samples[k].proofs) {
			t.Fatalf("%s with limit = step + 1: status %d, %d proof bytes", k, after.Status, len(s.proofs))
		}
		checkStep(t, v, s)
	}
}
