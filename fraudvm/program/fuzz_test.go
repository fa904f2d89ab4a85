package program_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// FuzzDecode: Decode never panics; it rejects only with ErrInvalidProgram; whatever it accepts
// re-encodes from its decoded fields to the same bytes (the format has one encoding per
// program), carries the spec's step count, and can be hashed and disassembled.
//
// The examples make large seeds (the MLP is 107 KiB), and the fuzzer minimizes every new input
// byte by byte; run it with a bounded minimization, e.g.
//
//	go test -run '^$' -fuzz FuzzDecode -fuzzminimizetime 100x ./fraudvm/program
func FuzzDecode(f *testing.F) {
	seeds := [][]byte{examples.MLP().Bytes(), examples.CNN().Bytes()}
	for seed := range uint64(6) {
		p, _, err := examples.Random(seed, examples.RandomOptions{MaxInstrs: 4, MaxSteps: 4096, MaxBytes: 8 << 10})
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, p.Bytes())
	}
	// Mutations of a valid program: one byte of the header, of an instruction, of a
	// declaration and of the data.
	base := seeds[len(seeds)-1]
	for _, off := range []int{4, 11, 23, 31, 32, 33, 40, 63, 64 + 1, 64 + 16, len(base) - 1} {
		if off < len(base) {
			m := append([]byte(nil), base...)
			m[off] ^= 0x41
			seeds = append(seeds, m)
		}
	}
	seeds = append(seeds, nil, []byte("CRVM"), make([]byte, 64))
	for _, s := range seeds {
		f.Add(s)
	}

	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := program.Decode(b)
		if err != nil {
			if !errors.Is(err, program.ErrInvalidProgram) {
				t.Fatalf("error does not wrap ErrInvalidProgram: %v", err)
			}
			return
		}
		if !bytes.Equal(p.Bytes(), b) {
			t.Fatal("Bytes differ from the input")
		}
		var re []byte
		h := p.Header.Encode()
		re = append(re, h[:]...)
		for i := range p.Instrs {
			e := p.Instrs[i].Encode()
			re = append(re, e[:]...)
		}
		for i := range p.Tensors {
			e := p.Tensors[i].Encode()
			re = append(re, e[:]...)
		}
		re = append(re, b[p.DataOffset():]...)
		if !bytes.Equal(re, b) {
			t.Fatal("re-encoding the decoded fields does not reproduce the object")
		}
		if got := program.SpecSteps(p); got != p.Steps() {
			t.Fatalf("header steps %d, spec count %d", p.Steps(), got)
		}
		if last := p.Instrs[len(p.Instrs)-1]; last.Op != isa.OpHalt {
			t.Fatal("accepted a program not ending in HALT")
		}
		// Hashing (also done by Disassemble, which prints the root) is tested on its own in
		// TestMerkleRoot; here it only has to survive, and on large inputs it would slow the
		// fuzzer, its minimization above all, to a crawl.
		if len(b) <= 8<<10 {
			if err := p.Disassemble(io.Discard); err != nil {
				t.Fatal(err)
			}
		}
	})
}
