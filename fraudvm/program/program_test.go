package program

import (
	"bytes"
	"encoding/binary"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crollup/crollup/fraudvm/isa"
)

func TestRoundTrip(t *testing.T) {
	p := sink(t)
	q, err := Decode(p.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(q.Bytes(), p.Bytes()) {
		t.Fatal("bytes differ")
	}
	if !reflect.DeepEqual(q.Header, p.Header) || !reflect.DeepEqual(q.Instrs, p.Instrs) || !reflect.DeepEqual(q.Tensors, p.Tensors) {
		t.Fatal("decoded fields differ")
	}
	if q.Root() != p.Root() || q.Steps() != p.Steps() || q.Height() != p.Height() {
		t.Fatal("root, steps or height differ")
	}
	// Re-encoding the decoded fields reproduces the object: nothing is dropped or normalized.
	if got := assemble(&q.Header, q.Instrs, q.Tensors, q.Bytes()[q.DataOffset():]); !bytes.Equal(got, p.Bytes()) {
		t.Fatal("re-encoding differs")
	}
	// Decode copies its input.
	b := clone(p)
	r, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	b[0] = 'X'
	if r.Bytes()[0] != 'C' {
		t.Fatal("Decode aliases its input")
	}
}

func TestHeaderEncoding(t *testing.T) {
	h := Header{Version: 1, NumInstrs: 0x01020304, NumTensors: 0x0a0b0c0d, Steps: 0x1122334455667788,
		Size: 0xdeadbee0, Input: 0x1234, Output: 0xfedc}
	copy(h.Magic[:], Magic)
	b := h.Encode()
	want := "4352564d01000000010203040a0b0c0d1122334455667788deadbee01234fedc"
	if got := common.Bytes2Hex(b[:]); got != want {
		t.Fatalf("header %s, want %s", got, want)
	}
	if DecodeHeader(b) != h {
		t.Fatal("header round trip")
	}
}

func TestAccessors(t *testing.T) {
	p := sink(t)
	if p.InputTensor() != p.Tensors[tIn] || p.OutputTensor() != p.Tensors[tOut] {
		t.Fatal("input/output tensors")
	}
	if p.Size() != uint64(len(p.Bytes())) || p.Size() != uint64(p.Header.Size) {
		t.Fatal("size")
	}
	if p.DataOffset() != uint64(1+len(p.Instrs)+len(p.Tensors))*32 {
		t.Fatal("data offset")
	}
	ops := p.Operands(pcMatMul)
	if ops[isa.SlotDst] != p.Tensors[tMM] || ops[isa.SlotC] != p.Tensors[tBias] {
		t.Fatal("operands")
	}
	if ops := p.Operands(pcCopy); ops[isa.SlotB] != (isa.Tensor{}) {
		t.Fatal("unused slot not zero")
	}
	// Steps: the prefix sums agree with the spec count, instruction by instruction.
	if p.InstrStart(0) != 1 || p.InstrStart(len(p.Instrs)) != p.Steps() {
		t.Fatal("instruction starts")
	}
	sum := uint64(1)
	for pc := range p.Instrs {
		sum += p.InstrSteps(pc)
	}
	if sum != p.Steps() || sum != specSteps(p) {
		t.Fatalf("steps %d, sum %d, spec %d", p.Steps(), sum, specSteps(p))
	}
	// MATMUL [4,6]×[5,6]ᵀ: FETCH + 4 DECL + 20·(1+1).
	if got := p.InstrSteps(pcMatMul); got != 45 {
		t.Fatalf("MATMUL steps %d, want 45", got)
	}
	// TensorData: the constant's memory form.
	d, err := p.TensorData(tBias)
	if err != nil || len(d) != 32 || int32(binary.LittleEndian.Uint32(d)) != -1<<31 {
		t.Fatalf("bias data %x, %v", d, err)
	}
	if _, err := p.TensorData(tMM); err == nil {
		t.Fatal("TensorData of an arena tensor")
	}
	if _, err := p.TensorData(99); err == nil {
		t.Fatal("TensorData out of range")
	}
}

// naiveRoot pads to a power of two and hashes recursively, straight from spec §1.
func naiveRoot(b []byte) common.Hash {
	n := 1
	for n*32 < len(b) {
		n *= 2
	}
	padded := make([]byte, n*32)
	copy(padded, b)
	var node func(lo, hi int) common.Hash
	node = func(lo, hi int) common.Hash {
		if hi-lo == 1 {
			return common.BytesToHash(padded[lo*32 : hi*32])
		}
		mid := (lo + hi) / 2
		l, r := node(lo, mid), node(mid, hi)
		return crypto.Keccak256Hash(l[:], r[:])
	}
	return node(0, n)
}

func TestMerkleRoot(t *testing.T) {
	leafN := func(i int) []byte {
		l := make([]byte, 32)
		l[0], l[31] = byte(i), byte(i*7+1)
		return l
	}
	for n := 1; n <= 70; n++ {
		var b []byte
		for i := range n {
			b = append(b, leafN(i)...)
		}
		if got, want := merkleRoot(b), naiveRoot(b); got != want {
			t.Fatalf("%d leaves: root %s, naive %s", n, got, want)
		}
		wantH := uint(0)
		for 1<<wantH < n {
			wantH++
		}
		if got := merkleHeight(uint64(len(b))); got != wantH {
			t.Fatalf("%d leaves: height %d, want %d", n, got, wantH)
		}
	}

	// Known cases.
	one := leafN(3)
	if merkleRoot(one) != common.BytesToHash(one) {
		t.Fatal("a one-leaf object's root is its leaf")
	}
	two := append(leafN(1), leafN(2)...)
	if merkleRoot(two) != crypto.Keccak256Hash(two) {
		t.Fatal("two leaves: keccak(l ‖ r)")
	}
	three := append(append([]byte(nil), two...), leafN(5)...)
	want := crypto.Keccak256Hash(crypto.Keccak256(two), crypto.Keccak256(leafN(5), make([]byte, 32)))
	if merkleRoot(three) != want {
		t.Fatal("three leaves: padded with a zero leaf")
	}
	// Zero objects are the zero subtrees; Z[1] = keccak256(0^64) is a well-known constant.
	z1 := common.HexToHash("0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5")
	if merkleRoot(make([]byte, 64)) != z1 {
		t.Fatal("Z[1]")
	}
	z2 := crypto.Keccak256Hash(z1[:], z1[:])
	if merkleRoot(make([]byte, 96)) != z2 || merkleRoot(make([]byte, 128)) != z2 {
		t.Fatal("Z[2]")
	}

	p := sink(t)
	if p.Root() != naiveRoot(p.Bytes()) {
		t.Fatal("program root")
	}
	if p.Height() != merkleHeight(p.Size()) || 32<<p.Height() < p.Size() || 32<<p.Height() >= 2*p.Size() {
		t.Fatalf("height %d for %d bytes", p.Height(), p.Size())
	}
}

func TestPackUnpack(t *testing.T) {
	for _, tt := range []isa.Tensor{
		{DType: isa.Int8, Rows: 3, Cols: 33},
		{DType: isa.Int8, Rows: 1, Cols: 1},
		{DType: isa.Int32, Rows: 2, Cols: 9},
		{DType: isa.Int32, Rows: 4, Cols: 8},
	} {
		n := int(tt.Elems() * tt.DType.Size())
		dense := make([]byte, n)
		for i := range dense {
			dense[i] = byte(i*13 + 1)
		}
		mem, err := Pack(tt, dense)
		if err != nil {
			t.Fatal(err)
		}
		if uint64(len(mem)) != tt.Bytes() {
			t.Fatalf("%s: %d bytes, want %d", tt, len(mem), tt.Bytes())
		}
		// Element (r, c) sits at r·stride + c·size; padding is zero.
		size := int(tt.DType.Size())
		rowBytes := int(tt.Cols) * size
		for r := range int(tt.Rows) {
			row := mem[r*int(tt.Stride()) : (r+1)*int(tt.Stride())]
			if !bytes.Equal(row[:rowBytes], dense[r*rowBytes:(r+1)*rowBytes]) {
				t.Fatalf("%s: row %d", tt, r)
			}
			if bytes.ContainsFunc(row[rowBytes:], func(r rune) bool { return r != 0 }) {
				t.Fatalf("%s: padding of row %d", tt, r)
			}
		}
		back, err := Unpack(tt, append(mem, 0xff))
		if err != nil || !bytes.Equal(back, dense) {
			t.Fatalf("%s: unpack %v", tt, err)
		}
		if _, err := Pack(tt, dense[1:]); err == nil {
			t.Fatal("Pack accepted a short dense form")
		}
		if _, err := Unpack(tt, mem[:len(mem)-1]); err == nil {
			t.Fatal("Unpack accepted a short memory form")
		}
	}
	if _, err := Pack(isa.Tensor{DType: 9, Rows: 1, Cols: 1}, []byte{0}); err == nil {
		t.Fatal("Pack accepted an unknown dtype")
	}
}

func TestBuilderLayout(t *testing.T) {
	p := sink(t)
	var data, arena [][2]uint64
	for i, tt := range p.Tensors {
		switch tt.Region {
		case isa.RegionProgram:
			data = append(data, [2]uint64{tt.Offset, tt.Offset + tt.Bytes()})
		case isa.RegionArena:
			arena = append(arena, [2]uint64{tt.Offset, tt.Offset + tt.Bytes()})
		case isa.RegionInput, isa.RegionOutput:
			if tt.Offset != 0 {
				t.Fatalf("tensor %d at offset %d", i, tt.Offset)
			}
		}
	}
	// Constants pack the data part back to back from its start to the end of the object;
	// arena tensors are bumped from 0; all leaf-aligned.
	next := p.DataOffset()
	for _, r := range data {
		if r[0] != next {
			t.Fatalf("constant at 0x%x, want 0x%x", r[0], next)
		}
		next = r[1]
	}
	if next != p.Size() {
		t.Fatalf("constants end at 0x%x, object at 0x%x", next, p.Size())
	}
	next = 0
	for _, r := range arena {
		if r[0] != next || r[0]%32 != 0 {
			t.Fatalf("arena tensor at 0x%x, want 0x%x", r[0], next)
		}
		next = r[1]
	}
	// The constants hold what was given.
	w, _ := p.TensorData(tW)
	if dense, _ := Unpack(p.Tensors[tW], w); !bytes.Equal(dense, int8Bytes(seq8(30, 7))) {
		t.Fatal("weights")
	}
	pc, _ := p.TensorData(tPC)
	if got := int32(binary.LittleEndian.Uint32(pc[32+4:])); got != 1<<31-1 {
		t.Fatalf("params row 1 multiplier %d", got)
	}
	if got := int32(binary.LittleEndian.Uint32(pc[32+8:])); got != -31 {
		t.Fatalf("params row 1 shift %d", got)
	}
	if last := p.Instrs[len(p.Instrs)-1]; last.Op != isa.OpHalt || last.UsedSlots() != 0 {
		t.Fatal("Build did not append HALT")
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

func TestBuilderView(t *testing.T) {
	b := NewBuilder()
	x := b.Input(3, 40)
	head := b.View(x, isa.Int8, 1, 40)
	acc := b.Arena(isa.Int32, 3, 8)
	accBytes := b.View(acc, isa.Int8, 3, 32) // int32 [3,8] read as its bytes
	w := b.ConstInt8(8, 40, make([]int8, 320))
	wHead := b.View(w, isa.Int8, 2, 40)
	out := b.Output(isa.Int8, 3, 32)
	head2 := b.Arena(isa.Int32, 1, 2)
	b.MatMul(acc, x, w, None)
	b.MatMul(head2, head, wHead, None)
	b.Copy(out, accBytes)
	p, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]Ref{{head, x}, {accBytes, acc}, {wHead, w}} {
		if p.Tensors[c[0]].Offset != p.Tensors[c[1]].Offset || p.Tensors[c[0]].Region != p.Tensors[c[1]].Region {
			t.Fatalf("view %d does not share tensor %d's place", c[0], c[1])
		}
	}

	b = NewBuilder()
	x = b.Input(1, 32)
	b.View(x, isa.Int8, 2, 32)
	if _, err := b.Build(); err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Fatalf("oversized view: %v", err)
	}
}

// Build runs the validator: a shape error surfaces as ErrInvalidProgram naming the slot.
func TestBuilderValidates(t *testing.T) {
	b := NewBuilder()
	x := b.Input(2, 40)
	acc := b.Arena(isa.Int32, 3, 8)
	w := b.ConstInt8(8, 40, make([]int8, 320))
	out := b.Output(isa.Int32, 3, 8)
	b.MatMul(acc, x, w, None)
	b.Copy(out, acc)
	_, err := b.Build()
	if !errors.Is(err, ErrInvalidProgram) || !strings.Contains(err.Error(), "instruction 0 (MATMUL): slot dst") {
		t.Fatalf("got %v", err)
	}
	if _, err := b.BuildWithLimits(Limits{MaxSteps: 10}); err == nil {
		t.Fatal("BuildWithLimits ignored the step limit")
	}
}

func TestBuilderMisuse(t *testing.T) {
	cases := []struct {
		name string
		f    func(b *Builder)
		want string
	}{
		{"no input", func(b *Builder) { b.Output(isa.Int8, 1, 1) }, "no Input"},
		{"no output", func(b *Builder) { b.Input(1, 1) }, "no Output"},
		{"two inputs", func(b *Builder) { b.Input(1, 1); b.Input(1, 1) }, "already tensor 0"},
		{"two outputs", func(b *Builder) { b.Output(isa.Int8, 1, 1); b.Output(isa.Int8, 1, 1) }, "already tensor 0"},
		{"empty shape", func(b *Builder) { b.Arena(isa.Int8, 0, 3) }, "shape [0,3]"},
		{"negative shape", func(b *Builder) { b.Arena(isa.Int8, 3, -1) }, "shape [3,-1]"},
		{"short constant", func(b *Builder) { b.ConstInt8(2, 2, make([]int8, 3)) }, "3 values for [2,2]"},
		{"long constant", func(b *Builder) { b.ConstInt32(1, 2, make([]int32, 3)) }, "3 values for [1,2]"},
		{"undeclared operand", func(b *Builder) { x := b.Input(1, 1); b.Copy(x+5, x) }, "COPY: tensor 5 not declared"},
		{"undeclared in Emit", func(b *Builder) { b.Emit(isa.Instr{Op: isa.OpCopy, Slots: [4]uint16{3, 0, 0xFFFF, 0xFFFF}}) }, "not declared"},
		{"padded MAXPOOL", func(b *Builder) {
			x := b.Input(4, 1)
			b.MaxPool(x, x, isa.Window{H: 2, W: 2, KH: 1, KW: 1, SH: 1, SW: 1, Pad: 1})
		}, "MAXPOOL has no padding"},
		{"required operand None", func(b *Builder) {
			x := b.Input(1, 4)
			o := b.Output(isa.Int32, 1, 1)
			b.MatMul(o, x, None, None)
		}, "tensor 65535 not declared"},
		{"emitted HALT", func(b *Builder) {
			x := b.Input(1, 1)
			o := b.Output(isa.Int8, 1, 1)
			b.Emit(isa.Instr{Op: isa.OpHalt, Slots: [4]uint16{0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF}})
			b.Copy(o, x)
		}, "HALT before the last instruction"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder()
			c.f(b)
			_, err := b.Build()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestDisassemble(t *testing.T) {
	p := sink(t)
	var sb strings.Builder
	if err := p.Disassemble(&sb); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	lines := strings.Split(out, "\n")
	want := []string{
		"program " + p.Root().Hex(),
		"11 instructions, 17 tensors",
		"input  t0 int8[4,6]",
		"output t16 int32[3,3]",
		"K=6 (1 chunks)",
		"per-channel zp=-3 clamp=[-128,127]",
		"per-tensor mul=1073741831 shift=-3 bias=t6 zp=1 clamp=[0,127]",
		"per-tensor mul=-2147483648 shift=0 zp=0 clamp=[-20,20]",
		"offA=5 offB=-7 mulA=1073741824 shiftA=0 mulB=1073741824 shiftB=-1 mulOut=2147483647 shiftOut=-18 zp=3 clamp=[-100,100]",
		"image 2x2x5 kernel 2x2 stride 1x1 -> 1x1",
		"image 2x2x5 kernel 2x2 stride 1x1 pad 1 (value -128) -> 3x3",
		"[9,1] -> [3,3]",
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("listing lacks %q:\n%s", w, out)
		}
	}
	// One line per tensor and per instruction, each with its step count and first step.
	fields := make(map[string][]string)
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 0 {
			fields[f[0]+" "+f[1%len(f)]] = f
		}
	}
	for pc := range p.Instrs {
		f := fields[strconv.Itoa(pc)+" "+p.Instrs[pc].Op.String()]
		if len(f) < 4 || f[2] != strconv.FormatUint(p.InstrSteps(pc), 10) || f[3] != strconv.FormatUint(p.InstrStart(pc), 10) {
			t.Errorf("instruction %d: line %q", pc, f)
		}
	}
	for i, tt := range p.Tensors {
		f := fields["t"+strconv.Itoa(i)+" "+tt.Region.String()]
		want := []string{"t" + strconv.Itoa(i), tt.Region.String(), tt.DType.String(),
			"[" + strconv.Itoa(int(tt.Rows)) + "," + strconv.Itoa(int(tt.Cols)) + "]",
			"0x" + strconv.FormatUint(tt.Offset, 16), strconv.FormatUint(tt.Bytes(), 10)}
		if !reflect.DeepEqual(f, want) {
			t.Errorf("tensor %d: line %q, want %q", i, f, want)
		}
	}
	if f := fields["total "+strconv.FormatUint(p.Steps(), 10)]; f == nil {
		t.Errorf("no total line:\n%s", out)
	}
}
