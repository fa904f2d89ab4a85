package l1test

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/memory"
)

// tamper checks that the ChainVM rejects every witness of the samples with one byte changed
// (one byte in each 32-byte word of the proof data), cut short or extended, under a wrong
// pre-state hash, with malformed registers, and with oracle data of another batch, word or
// delayed message.
func tamper(t *testing.T, l *l1, s *scenario, rep *report) {
	names := map[string]int{}
	reject := func(what string, ps provedStep, res result) {
		t.Helper()
		if res.err == nil {
			t.Errorf("%s (%s): accepted, post %x (honest post %v)", what, ps.label, res.post, ps.post)
			return
		}
		names[l.revertName(res.err)]++
	}
	labels := make([]string, 0, len(rep.samples))
	for k := range rep.samples {
		labels = append(labels, k)
	}
	sort.Strings(labels)
	calls := 0
	for _, k := range labels {
		for _, ps := range rep.samples[k] {
			for i := 0; i < len(ps.proofs); i += 32 {
				pos := min(i+(i/32*7+3)%32, len(ps.proofs)-1)
				bad := slices.Clone(ps.proofs)
				bad[pos] ^= 0x10
				reject("proof byte flipped", ps, l.verifyStep(t, ps.pre, ps.state, bad))
				calls++
			}
			if len(ps.proofs) > 0 {
				reject("proof data cut short", ps, l.verifyStep(t, ps.pre, ps.state, ps.proofs[:len(ps.proofs)-1]))
			}
			reject("proof data extended", ps, l.verifyStep(t, ps.pre, ps.state, append(slices.Clone(ps.proofs), make([]byte, 32)...)))
			wrongPre := ps.pre
			wrongPre[31] ^= 1
			res := l.verifyStep(t, wrongPre, ps.state, ps.proofs)
			if l.revertName(res.err) != "BadStateHash" {
				t.Errorf("%s: wrong pre-state hash: %v", ps.label, res.err)
			}
			for _, m := range []struct {
				what string
				off  int
				v    byte
			}{{"reserved register byte", 6, 1}, {"phase 26", 1, 26}, {"status 2", 0, 2}, {"skip reason 11", 2, 11},
				{"flag 8", 3, 8}, {"reserved register byte after block end", 173, 1},
				{"job status 3", 192, 3}, {"job reserved byte", 192 + 50, 1}} {
				st := slices.Clone(ps.state)
				st[m.off] = m.v
				if res := l.step(t, st, ps.proofs); l.revertName(res.err) != "MalformedState" {
					t.Errorf("%s: %s: %v", ps.label, m.what, res.err)
				}
			}
			calls += 12
		}
	}

	// Oracle data of another batch, word or message.
	preimages := map[uint64][]byte{}
	for n, b := range s.c.Oracle.Batches {
		preimages[n] = b.Preimage()
	}
	for _, ps := range rep.samples["BEGIN"] {
		for n, pre := range preimages {
			if string(pre) == string(ps.proofs[:ps.oracleSize]) {
				continue
			}
			bad := append(slices.Clone(pre), ps.proofs[ps.oracleSize:]...)
			if res := l.verifyStep(t, ps.pre, ps.state, bad); l.revertName(res.err) != "BadBatchPreimage" {
				t.Errorf("BEGIN with the preimage of batch %d: %v", n, res.err)
			}
		}
	}
	loads := append(slices.Clone(rep.samples["LOAD"]), rep.samples["LOAD non-canonical"]...)
	for i, ps := range loads {
		plen := ps.oracleSize - 208
		for n, pre := range preimages {
			if string(pre) == string(ps.proofs[:plen]) {
				continue
			}
			bad := append(slices.Clone(pre), ps.proofs[plen:]...)
			if res := l.verifyStep(t, ps.pre, ps.state, bad); res.err == nil {
				t.Errorf("%s with the preimage of batch %d: accepted", ps.label, n)
			} else {
				names[l.revertName(res.err)]++
			}
		}
		for j, other := range loads {
			ow := other.proofs[other.oracleSize-208 : other.oracleSize]
			if i == j || string(ow) == string(ps.proofs[plen:ps.oracleSize]) {
				continue
			}
			bad := slices.Clone(ps.proofs)
			copy(bad[plen:], ow)
			if res := l.verifyStep(t, ps.pre, ps.state, bad); l.revertName(res.err) != "PointEvaluationFailed" {
				t.Errorf("%s with the word witness of another word: %v", ps.label, res.err)
			}
		}
		// The word witness's elements with their first byte cleared (a non-canonical element
		// claimed canonical) or set (the other way round).
		for e := 0; e < 2; e++ {
			bad := slices.Clone(ps.proofs)
			bad[plen+32*e] ^= 0x01
			if res := l.verifyStep(t, ps.pre, ps.state, bad); l.revertName(res.err) != "PointEvaluationFailed" {
				t.Errorf("%s with element %d's first byte changed: %v", ps.label, e, res.err)
			}
		}
	}
	delayedOracle := func(m []byte) []byte {
		out := make([]byte, 32+(len(m)+31)/32*32)
		binary.BigEndian.PutUint64(out[24:], uint64(len(m)))
		copy(out[32:], m)
		return out
	}
	for _, k := range []string{"DELAYED deposit", "DELAYED not a deposit", "DELAYED deposit ignored"} {
		for _, ps := range rep.samples[k] {
			for i, m := range s.c.Oracle.Msgs {
				o := delayedOracle(m)
				if string(o) == string(ps.proofs[:ps.oracleSize]) {
					continue
				}
				bad := append(o, ps.proofs[ps.oracleSize:]...)
				if res := l.verifyStep(t, ps.pre, ps.state, bad); res.err == nil {
					t.Errorf("%s with delayed message %d: accepted", k, i)
				} else {
					names[l.revertName(res.err)]++
				}
			}
		}
	}
	for _, k := range []string{"DELAYED none left", "DELAYED to messages", "DELAYED to block end"} {
		for _, ps := range rep.samples[k] {
			bad := append(delayedOracle(s.c.Oracle.Msgs[0]), ps.proofs...)
			if res := l.verifyStep(t, ps.pre, ps.state, bad); l.revertName(res.err) != "BadOracleData" {
				t.Errorf("%s with a message: %v", k, res.err)
			}
		}
	}
	// A witness for another state.
	for _, k := range []string{"LOAD", "MSG_AUTH", "JOB_RUN", "RECEIPT", "BLOCK", "BLOCK rejected", "BLOCK_END pays"} {
		a, b := rep.samples[k][0], rep.samples[k][1]
		if res := l.verifyStep(t, a.pre, a.state, b.proofs); res.err == nil && res.post == a.post {
			t.Errorf("%s: another step's witness gives the honest post-state", k)
		} else if res.err == nil {
			t.Errorf("%s: another step's witness accepted", k)
		}
	}
	var zero common.Hash
	if res := l.verifyStep(t, zero, make([]byte, 447), nil); l.revertName(res.err) != "BadStateLength" {
		t.Errorf("447-byte state: %v", res.err)
	}
	t.Logf("%d tampered witnesses rejected; errors: %v", calls, names)
}

// blockVariants steps the BLOCK state st, with its registers changed, through the Go machine
// (over mem, which a BLOCK step only reads) and the ChainVM, which must agree: each of BLOCK's
// checks failed on the entry (which must reject the rest of the payload), registers the step
// overwrites or carries, and a block index that wraps. It returns the number of variants.
func blockVariants(t *testing.T, l *l1, c *stftest.Chain, st stf.State, mem *memory.Memory) int {
	t.Helper()
	e := mem.ReadLeaf(layout.BatchBase + 32*(2+uint64(st.Regs.Block)))
	first, n, delayed := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:]), binary.BigEndian.Uint64(e[16:])
	type variant struct {
		name   string
		reject bool // the step must reject
		change func(r *stf.Regs)
	}
	vs := []variant{
		{"cursor past the entry's first message", true, func(r *stf.Regs) { r.Cursor = first + 1 }},
		{"block delayed past the entry's", true, func(r *stf.Regs) { r.BlockDelayed = delayed + 1 }},
		{"flags and block end carried or overwritten", false, func(r *stf.Regs) {
			r.Flags |= stf.FlagNewProgram | stf.FlagInBlock
			r.BlockEnd = ^uint32(0)
		}},
		{"last block index (wraps when the entry is valid)", false, func(r *stf.Regs) {
			r.Block, r.Blocks, r.Cursor, r.Count, r.BlockDelayed = ^uint32(0), ^uint32(0), 0, 0, 0
		}},
	}
	if uint64(first)+uint64(n) > 0 {
		vs = append(vs, variant{"count below the entry's end", true, func(r *stf.Regs) { r.Count = first + n - 1 }})
	}
	if delayed > 0 {
		vs = append(vs, variant{"delayed target below the entry's", true, func(r *stf.Regs) { r.DelayedTarget = delayed - 1 }})
	}
	root := mem.Root()
	for _, v := range vs {
		vst := st
		v.change(&vst.Regs)
		m := stf.Resume(c.Cfg, c.Oracle, vst, mem)
		w, err := m.Step(true)
		if err != nil {
			t.Fatalf("BLOCK %s: Go step: %v", v.name, err)
		}
		next := m.State()
		if mem.Root() != root {
			t.Fatalf("BLOCK %s: the Go step wrote memory", v.name)
		}
		if v.reject && (next.Regs.Flags&stf.FlagRejected == 0 || next.Regs.Flags&stf.FlagInBlock != 0 || next.Regs.Phase != stf.PhaseDelayed) {
			t.Fatalf("BLOCK %s: not rejected: %v", v.name, &next)
		}
		res := l.verifyStep(t, w.StateHash(), w.State[:], w.ProofData())
		if res.err != nil || res.post != next.Hash() {
			t.Fatalf("BLOCK %s: ChainVM post %x, err %v; Go post %v (%v)", v.name, res.post, res.err, next.Hash(), &next)
		}
	}
	return len(vs)
}

// blockEndVariants steps the BLOCK_END state st, with its registers changed, through the Go
// machine (over a copy of mem) and the ChainVM, which must agree: fees that saturate the fee
// recipient's balance, no fees (nothing written), and another block following or none. It
// returns the number of variants.
func blockEndVariants(t *testing.T, l *l1, c *stftest.Chain, st stf.State, mem *memory.Memory) int {
	t.Helper()
	var max uint256.Int
	max.SetAllOne()
	vs := []struct {
		name   string
		change func(r *stf.Regs)
		check  func(next stf.State, post *memory.Memory) error
	}{
		{"fees that saturate the balance", func(r *stf.Regs) { r.Fees = max }, func(_ stf.State, post *memory.Memory) error {
			if bal := post.ReadLeaf(layout.AccountAddr(0) + 32); bal != layout.Leaf(max.Bytes32()) {
				return fmt.Errorf("balance %x, want 2^256 − 1", bal)
			}
			return nil
		}},
		{"no fees", func(r *stf.Regs) { r.Fees.Clear() }, func(_ stf.State, post *memory.Memory) error {
			if post.Root() != mem.Root() {
				return fmt.Errorf("memory written")
			}
			return nil
		}},
		{"another block follows", func(r *stf.Regs) { r.Block, r.Blocks = 1, 2 }, func(next stf.State, _ *memory.Memory) error {
			if next.Regs.Phase != stf.PhaseBlock || next.Regs.Flags&stf.FlagInBlock == 0 {
				return fmt.Errorf("post-state %v", &next)
			}
			return nil
		}},
		{"the last block", func(r *stf.Regs) { r.Block, r.Blocks = ^uint32(0), ^uint32(0) }, func(next stf.State, _ *memory.Memory) error {
			if next.Regs.Phase != stf.PhaseDelayed || next.Regs.Flags&stf.FlagInBlock != 0 {
				return fmt.Errorf("post-state %v", &next)
			}
			return nil
		}},
	}
	for _, v := range vs {
		vst := st
		v.change(&vst.Regs)
		post := mem.Snapshot()
		m := stf.Resume(c.Cfg, c.Oracle, vst, post)
		w, err := m.Step(true)
		if err != nil {
			t.Fatalf("BLOCK_END %s: Go step: %v", v.name, err)
		}
		next := m.State()
		if err := v.check(next, post); err != nil {
			t.Fatalf("BLOCK_END %s: %v", v.name, err)
		}
		if !next.Regs.Fees.IsZero() {
			t.Fatalf("BLOCK_END %s: fees %v left", v.name, &next.Regs.Fees)
		}
		res := l.verifyStep(t, w.StateHash(), w.State[:], w.ProofData())
		if res.err != nil || res.post != next.Hash() {
			t.Fatalf("BLOCK_END %s: ChainVM post %x, err %v; Go post %v (%v)", v.name, res.post, res.err, next.Hash(), &next)
		}
	}
	return len(vs)
}
