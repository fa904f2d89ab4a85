package examples

import (
	"bytes"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/program"
)

func ceil32(k uint64) uint64 { return (k + 31) / 32 }

// The examples are fixed objects: these pins catch any change to a weight, a table, the layout
// or the encoding (and any platform dependence, since CI runs elsewhere).
const (
	mlpRoot = "0x4c238b2101f817db0832a63a2ef5adb7075dda4a5f775c9355359263405cacf3"
	cnnRoot = "0x663d9843fbcd6383d3343e52e30309dd835775720ea447f94492514150402505"
)

func TestMLP(t *testing.T) {
	p := MLP()
	if _, err := program.Decode(p.Bytes()); err != nil {
		t.Fatal(err)
	}
	// Spec §6 by hand: START, then FETCH + DECLs + EXEC per instruction, HALT's FETCH.
	want := uint64(1) +
		(1 + 4 + 1*128*(ceil32(784)+1)) + // MATMUL [1,784]·[128,784]ᵀ + bias
		(1 + 3 + 128) + // REQUANT per-channel
		(1 + 3 + 128) + // LUT8
		(1 + 3 + 1*10*(ceil32(128)+1)) + // MATMUL [1,128]·[10,128]ᵀ
		(1 + 2 + 10) + // REQUANT per-tensor, no params
		(1 + 3 + 10) + // ADD
		1 // HALT
	if p.Steps() != want || want != 3680 {
		t.Fatalf("steps %d, spec count %d", p.Steps(), want)
	}
	if got := p.Root().Hex(); got != mlpRoot {
		t.Fatalf("root %s, want %s", got, mlpRoot)
	}
	if p.Size() != 109248 {
		t.Fatalf("size %d", p.Size())
	}
	if in, out := p.InputTensor(), p.OutputTensor(); in.Rows != 1 || in.Cols != 784 || out.DType != isa.Int8 || out.Rows != 1 || out.Cols != 10 {
		t.Fatalf("input %s, output %s", in, out)
	}
	ops := opcodes(p)
	wantOps := []isa.Opcode{isa.OpMatMul, isa.OpRequant, isa.OpLUT8, isa.OpMatMul, isa.OpRequant, isa.OpAdd, isa.OpHalt}
	if !equalOps(ops, wantOps) {
		t.Fatalf("ops %v", ops)
	}
	if p.Instrs[1].Flags&isa.FlagPerTensor != 0 || p.Instrs[4].Flags&isa.FlagPerTensor == 0 {
		t.Fatal("REQUANT modes: want per-channel then per-tensor")
	}
	checkMultipliers(t, p)

	// On the sample image nothing collapses: each activation uses its range without piling up
	// at the clamps, and the logits differ.
	m := evaluate(t, p, SampleInput())
	q1 := m.tensor(p.Operands(1)[isa.SlotDst])
	checkSpread(t, "layer 1 (ReLU)", q1, 0, 127)
	if zeros := count(q1, 0); zeros == 0 || zeros == len(q1) {
		t.Errorf("ReLU zeroes %d of %d", zeros, len(q1))
	}
	checkSpread(t, "layer 2", m.tensor(p.Operands(4)[isa.SlotDst]), -128, 127)
	logits := m.tensor(p.OutputTensor())
	checkSpread(t, "logits", logits, -128, 127)
	t.Logf("MLP logits on the sample: %v", logits)
}

func TestCNN(t *testing.T) {
	p := CNN()
	if _, err := program.Decode(p.Bytes()); err != nil {
		t.Fatal(err)
	}
	want := uint64(1) +
		(1 + 2 + 28*28) + // COPY [1,784] → [784,1]
		(1 + 2 + 28*28*3*3*1) + // IM2COL 3×3 pad 1 → [784,9]
		(1 + 4 + 784*8*(ceil32(9)+1)) + // MATMUL [784,9]·[8,9]ᵀ + bias
		(1 + 3 + 784*8) + // REQUANT per-channel
		(1 + 2 + 8*14*14*(2*2+1)) + // MAXPOOL 2×2/2
		(1 + 2 + 14*14*8) + // COPY → [1,1568]
		(1 + 3 + 1*10*(ceil32(1568)+1)) + // MATMUL [1,1568]·[10,1568]ᵀ
		(1 + 3 + 10) + // REQUANT per-tensor with bias params
		(1 + 2 + 1*(10+1)) + // ARGMAX
		1 // HALT
	if p.Steps() != want || want != 36619 {
		t.Fatalf("steps %d, spec count %d", p.Steps(), want)
	}
	if got := p.Root().Hex(); got != cnnRoot {
		t.Fatalf("root %s, want %s", got, cnnRoot)
	}
	if p.Size() != 17376 {
		t.Fatalf("size %d", p.Size())
	}
	if in, out := p.InputTensor(), p.OutputTensor(); in.Rows != 1 || in.Cols != 784 || out.DType != isa.Int32 || out.Rows != 1 || out.Cols != 1 {
		t.Fatalf("input %s, output %s", in, out)
	}
	wantOps := []isa.Opcode{isa.OpCopy, isa.OpIm2Col, isa.OpMatMul, isa.OpRequant, isa.OpMaxPool, isa.OpCopy, isa.OpMatMul, isa.OpRequant, isa.OpArgMax, isa.OpHalt}
	if ops := opcodes(p); !equalOps(ops, wantOps) {
		t.Fatalf("ops %v", ops)
	}
	checkMultipliers(t, p)

	m := evaluate(t, p, SampleInput())
	act := m.tensor(p.Operands(3)[isa.SlotDst])
	checkSpread(t, "conv (ReLU)", act, 0, 127)
	scores := m.tensor(p.Operands(7)[isa.SlotDst])
	checkSpread(t, "scores", scores, -128, 127)
	class := m.tensor(p.OutputTensor())[0]
	best := int32(0)
	for i, v := range scores {
		if v > scores[best] {
			best = int32(i)
		}
	}
	if class != best || class < 0 || class >= 10 {
		t.Fatalf("class %d, scores %v", class, scores)
	}
	t.Logf("CNN scores on the sample: %v → class %d", scores, class)
}

func TestExamplesDeterministic(t *testing.T) {
	if !bytes.Equal(MLP().Bytes(), MLP().Bytes()) || !bytes.Equal(CNN().Bytes(), CNN().Bytes()) {
		t.Fatal("examples differ between calls")
	}
}

func TestSampleInput(t *testing.T) {
	img := SampleInput()
	if len(img) != 784 {
		t.Fatalf("%d bytes", len(img))
	}
	lit, full := 0, 0
	for _, v := range img {
		switch {
		case int8(v) < 0:
			t.Fatal("negative pixel")
		case v == 127:
			full++
			fallthrough
		case v > 0:
			lit++
		}
	}
	// A stroke, not a blob: a few percent of the pixels at full intensity, a soft edge around.
	if full < 30 || lit < 2*full || lit > 784/3 {
		t.Fatalf("%d lit pixels, %d at full intensity", lit, full)
	}
	if !bytes.Equal(img, SampleInput()) {
		t.Fatal("not deterministic")
	}
	if got := crypto.Keccak256Hash(img).Hex(); got != sampleHash {
		t.Fatalf("sample hash %s, want %s", got, sampleHash)
	}
}

const sampleHash = "0xd7a53670e08b5fad1ef822ba41bf67059d19222a82774ee2c73a2c3aeb855255"

// TestGELUTable compares the integer table with GELU computed in floating point (test only).
func TestGELUTable(t *testing.T) {
	tab := GELUTable()
	worst := 0.0
	for i := range 256 {
		x := float64(int8(i)) / 32
		g := x * 0.5 * (1 + math.Erf(x/math.Sqrt2))
		want := math.Round(g * 32)
		if d := math.Abs(float64(tab[i]) - want); d > worst {
			worst = d
		}
	}
	if worst > 1 {
		t.Fatalf("table off GELU by %v LSB", worst)
	}
	if tab[0] != 0 || tab[127] != 127 || tab[128] != 0 {
		t.Fatalf("table[0] %d, [127] %d, [-128] %d", tab[0], tab[127], tab[128])
	}
	for i := 1; i < 128; i++ {
		if tab[i] < tab[i-1] {
			t.Fatalf("not monotone on [0,4): table[%d] = %d < %d", i, tab[i], tab[i-1])
		}
	}
	if GELUTable() != tab {
		t.Fatal("not deterministic")
	}
}

func TestQuantizeRatio(t *testing.T) {
	cases := [][2]uint64{{1, 2}, {1, 3}, {120, 1000}, {120 * 127, 1 << 40}, {100, 101}, {1, 1 << 31}, {3, 1 << 33}, {999999, 1000000}}
	for _, c := range cases {
		m, s := quantizeRatio(c[0], c[1])
		if m < 1<<30 || s > 0 || s < isa.MinShift {
			t.Fatalf("%d/%d: m %d shift %d", c[0], c[1], m, s)
		}
		// |m·2^s/2^31 − num/den| ≤ 2^s/2^32 (half a unit of m), exactly in rationals.
		got := new(big.Rat).SetFrac(big.NewInt(int64(m)), new(big.Int).Lsh(big.NewInt(1), uint(31-int(s))))
		diff := new(big.Rat).Sub(got, new(big.Rat).SetFrac(new(big.Int).SetUint64(c[0]), new(big.Int).SetUint64(c[1])))
		bound := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), uint(32-int(s))))
		if diff.Abs(diff).Cmp(bound) > 0 {
			t.Fatalf("%d/%d: m %d shift %d off by %s", c[0], c[1], m, s, diff.FloatString(15))
		}
	}
	if m, s := quantizeRatio(5, 5); m != math.MaxInt32 || s != 0 {
		t.Fatalf("ratio 1: %d, %d", m, s)
	}
	if m, s := quantizeRatio(7, 2); m != math.MaxInt32 || s != 0 {
		t.Fatalf("ratio 3.5: %d, %d", m, s)
	}
}

// checkMultipliers: every REQUANT multiplier is realistic, in [2^30, 2^31), with shift ≤ 0.
func checkMultipliers(t *testing.T, p *program.Program) {
	t.Helper()
	for pc := range p.Instrs {
		in := &p.Instrs[pc]
		if in.Op != isa.OpRequant {
			continue
		}
		var ms [][2]int32
		if in.Flags&isa.FlagPerTensor != 0 {
			q := isa.RequantImm(in)
			ms = append(ms, [2]int32{q.Mul, int32(q.Shift)})
		} else {
			d, err := p.TensorData(int(in.Slots[isa.SlotB]))
			if err != nil {
				t.Fatal(err)
			}
			for r := 0; r < len(d); r += 32 {
				ms = append(ms, [2]int32{int32(leU32(d[r+4:])), int32(leU32(d[r+8:]))})
			}
		}
		for _, m := range ms {
			if m[0] < 1<<30 || m[1] > 0 || m[1] < isa.MinShift {
				t.Errorf("instruction %d: multiplier %d shift %d", pc, m[0], m[1])
			}
		}
	}
}

func leU32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func evaluate(t *testing.T, p *program.Program, input []byte) *machine {
	t.Helper()
	m, err := newMachine(p, input)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.run(); err != nil {
		t.Fatal(err)
	}
	return m
}

// checkSpread fails when most values sit at the clamps or all values are equal.
func checkSpread(t *testing.T, what string, v []int32, lo, hi int32) {
	t.Helper()
	atLo, atHi := count(v, lo), count(v, hi)
	distinct := map[int32]bool{}
	for _, x := range v {
		distinct[x] = true
	}
	if 4*atHi > len(v) || (lo != 0 && 4*atLo > len(v)) || len(distinct) < min(len(v), 5) {
		t.Errorf("%s saturates: %d at %d, %d at %d, %d distinct of %d: %v", what, atLo, lo, atHi, hi, len(distinct), len(v), v[:min(len(v), 32)])
	}
}

func count(v []int32, x int32) int {
	n := 0
	for _, y := range v {
		if y == x {
			n++
		}
	}
	return n
}

func opcodes(p *program.Program) []isa.Opcode {
	var ops []isa.Opcode
	for _, in := range p.Instrs {
		ops = append(ops, in.Op)
	}
	return ops
}

func equalOps(a, b []isa.Opcode) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
