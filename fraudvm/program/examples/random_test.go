package examples

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

// specSteps counts the trace length from the tables of spec §4 and §6, independently of
// isa.InstrSteps (which Decode uses).
func specSteps(p *program.Program) uint64 {
	total := uint64(1)
	for pc := range p.Instrs {
		in := &p.Instrs[pc]
		if in.Op == isa.OpHalt {
			total++
			continue
		}
		ops := p.Operands(pc)
		d, a := ops[isa.SlotDst], ops[isa.SlotA]
		exec := uint64(d.Rows) * uint64(d.Cols)
		switch in.Op {
		case isa.OpMatMul:
			exec = uint64(a.Rows) * uint64(d.Cols) * (ceil32(uint64(a.Cols)) + 1)
		case isa.OpMaxPool:
			exec *= uint64(in.Imm[4])*uint64(in.Imm[5]) + 1
		case isa.OpArgMax:
			exec = uint64(a.Rows) * (uint64(a.Cols) + 1)
		}
		total += 1 + uint64(in.UsedSlots()) + exec
	}
	return total
}

// coverage records which of the generator's promises a batch of programs kept.
type coverage map[string]int

func (c coverage) scan(t *testing.T, p *program.Program) {
	written := map[uint16]bool{}
	for pc := range p.Instrs {
		in := &p.Instrs[pc]
		ops := p.Operands(pc)
		c[in.Op.String()]++
		switch in.Op {
		case isa.OpMatMul:
			if ops[isa.SlotA].Cols > isa.MaxMatMulK-64 {
				c["MATMUL K near the bound"]++
			}
			if in.Slots[isa.SlotC] != isa.NoTensor {
				c["MATMUL with bias"]++
			}
			if a := in.Slots[isa.SlotA]; ops[isa.SlotA].Region == isa.RegionArena && !written[a] {
				c["MATMUL on zeros"]++
			}
		case isa.OpRequant:
			perTensor := in.Flags&isa.FlagPerTensor != 0
			switch {
			case !perTensor:
				c["REQUANT per-channel"]++
			case in.Slots[isa.SlotB] != isa.NoTensor:
				c["REQUANT per-tensor with bias"]++
			default:
				c["REQUANT per-tensor"]++
			}
			if ops[isa.SlotA].Region == isa.RegionProgram {
				c["REQUANT of a constant"]++
			}
		case isa.OpIm2Col:
			if isa.WindowImm(in).Pad > 0 {
				c["IM2COL padded"]++
			}
		case isa.OpCopy:
			if d, a := ops[isa.SlotDst], ops[isa.SlotA]; d.Rows != a.Rows {
				c["COPY reshape"]++
			}
		}
		written[in.Slots[isa.SlotDst]] = true
	}
	for i, tt := range p.Tensors {
		if tt.Region == isa.RegionProgram && tt.DType == isa.Int32 {
			d, err := p.TensorData(i)
			if err != nil {
				t.Fatal(err)
			}
			for r := uint64(0); r < uint64(tt.Rows); r++ {
				for k := uint64(0); k < uint64(tt.Cols); k++ {
					if int32(binary.LittleEndian.Uint32(d[r*tt.Stride()+4*k:])) == math.MinInt32 {
						c["INT32_MIN constant"]++
					}
				}
			}
		}
		for j := range i {
			if o := p.Tensors[j]; o.Region == tt.Region && o.Offset == tt.Offset && o.Region != isa.RegionOutput && (o.Rows != tt.Rows || o.DType != tt.DType || o.Cols != tt.Cols) {
				c["view"]++
			}
		}
	}
	for _, s := range []int{1, 31, 32, 33} {
		for _, tt := range p.Tensors {
			if int(tt.Cols) == s {
				c["cols around a leaf"]++
			}
		}
	}
}

func TestRandomValid(t *testing.T) {
	seeds := uint64(400)
	if testing.Short() {
		seeds = 100
	}
	opts := RandomOptions{}.withDefaults()
	cov := coverage{}
	for seed := range seeds {
		p, input, err := Random(seed, RandomOptions{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		q, err := program.Decode(p.Bytes())
		if err != nil {
			t.Fatalf("seed %d: built program does not decode: %v", seed, err)
		}
		if q.Root() != p.Root() {
			t.Fatalf("seed %d: root changed on decode", seed)
		}
		if got := specSteps(p); got != p.Steps() {
			t.Fatalf("seed %d: steps %d, spec count %d", seed, p.Steps(), got)
		}
		if p.Steps() > opts.MaxSteps || p.Size() > opts.MaxBytes || len(p.Instrs) > opts.MaxInstrs+2 {
			t.Fatalf("seed %d: over budget: %d steps, %d bytes, %d instructions", seed, p.Steps(), p.Size(), len(p.Instrs))
		}
		if in := p.InputTensor(); uint64(len(input)) != in.Elems() {
			t.Fatalf("seed %d: input of %d bytes for %s", seed, len(input), in)
		}
		if seed < 100 { // the reference evaluator runs them to HALT without going out of bounds
			evaluate(t, p, input)
		}
		cov.scan(t, p)
	}
	for _, want := range []string{
		"MATMUL", "REQUANT", "ADD", "LUT8", "MAXPOOL", "IM2COL", "ARGMAX", "COPY",
		"MATMUL K near the bound", "MATMUL with bias", "MATMUL on zeros",
		"REQUANT per-channel", "REQUANT per-tensor", "REQUANT per-tensor with bias", "REQUANT of a constant",
		"IM2COL padded", "COPY reshape", "INT32_MIN constant", "view", "cols around a leaf",
	} {
		if cov[want] == 0 {
			t.Errorf("no program with %s in %d seeds", want, seeds)
		}
	}
	t.Logf("coverage over %d seeds: %v", seeds, cov)
}

func TestRandomDeterministic(t *testing.T) {
	for seed := range uint64(20) {
		p1, in1, err1 := Random(seed, RandomOptions{})
		p2, in2, err2 := Random(seed, RandomOptions{})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(p1.Bytes(), p2.Bytes()) || !bytes.Equal(in1, in2) {
			t.Fatalf("seed %d: not deterministic", seed)
		}
	}
	a, _, _ := Random(1, RandomOptions{})
	b, _, _ := Random(2, RandomOptions{})
	if a.Root() == b.Root() {
		t.Fatal("seeds 1 and 2 give the same program")
	}
}

func TestRandomBudgets(t *testing.T) {
	for seed := range uint64(50) {
		// The smallest budget holds START, a COPY of a 1×1 input and HALT.
		p, _, err := Random(seed, RandomOptions{MaxSteps: 6})
		if err != nil {
			t.Fatal(err)
		}
		if p.Steps() > 6 {
			t.Fatalf("seed %d: %d steps", seed, p.Steps())
		}
		p, _, err = Random(seed, RandomOptions{MaxSteps: 300, MaxBytes: 2048, MaxInstrs: 20, MaxDim: 7})
		if err != nil {
			t.Fatal(err)
		}
		if p.Steps() > 300 || p.Size() > 2048 {
			t.Fatalf("seed %d: %d steps, %d bytes", seed, p.Steps(), p.Size())
		}
	}
	if !testing.Short() {
		for seed := range uint64(5) {
			p, _, err := Random(seed, RandomOptions{MaxInstrs: 40, MaxSteps: 1 << 20, MaxBytes: 4 << 20, MaxDim: 100})
			if err != nil {
				t.Fatal(err)
			}
			if p.Steps() > 1<<20 {
				t.Fatalf("seed %d: %d steps", seed, p.Steps())
			}
		}
	}
	if p, _, err := Random(3, RandomOptions{MaxBytes: 5 * 32}); err != nil || p.Size() != 5*32 {
		t.Fatalf("MaxBytes 160: %v", err)
	}
	if _, _, err := Random(0, RandomOptions{MaxSteps: 5}); err == nil || !strings.Contains(err.Error(), "MaxSteps") {
		t.Fatalf("MaxSteps 5: %v", err)
	}
	if _, _, err := Random(0, RandomOptions{MaxBytes: 100}); err == nil || !strings.Contains(err.Error(), "MaxBytes") {
		t.Fatalf("MaxBytes 100: %v", err)
	}
}
