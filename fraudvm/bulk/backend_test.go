package bulk

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

const (
	prog  = isa.RegionProgram
	input = isa.RegionInput
	out   = isa.RegionOutput
	arena = isa.RegionArena
)

// gen8 draws int8 values; with extremes, mostly -128 and 127 (sums near the int32 bounds).
func gen8(r *rand.Rand, extremes bool) func() int8 {
	return func() int8 {
		if extremes && r.IntN(4) != 0 {
			return []int8{math.MinInt8, math.MaxInt8}[r.IntN(2)]
		}
		return int8(r.Uint32())
	}
}

// gen32 draws int32 values with INT32_MIN, INT32_MAX and small values over-represented.
func gen32(r *rand.Rand) func() int32 {
	return func() int32 {
		switch r.IntN(6) {
		case 0:
			return math.MinInt32
		case 1:
			return math.MaxInt32
		case 2:
			return int32(r.IntN(2001) - 1000)
		}
		return int32(r.Uint32())
	}
}

func matmulCase(t *testing.T, r *rand.Rand, m, n, k int, bias, extremes bool) *tcase {
	c := newCase(t, r, isa.OpMatMul)
	a := c.tensor(arena, isa.Int8, m, k)
	b := c.tensor(prog, isa.Int8, n, k)
	c.fill8(a, gen8(r, extremes))
	c.fill8(b, gen8(r, extremes))
	c.slot(isa.SlotDst, c.tensor(out, isa.Int32, m, n))
	c.slot(isa.SlotA, a)
	c.slot(isa.SlotB, b)
	if bias {
		bt := c.tensor(prog, isa.Int32, 1, n)
		c.fill32(bt, gen32(r))
		c.slot(isa.SlotC, bt)
	}
	return c
}

func TestMatMul(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 1))
	shapes := [][3]int{
		{1, 1, 1}, {1, 1, 32}, {1, 1, 33}, {2, 3, 31}, {1, 7, 64}, {7, 1, 65}, {4, 4, 4}, {5, 9, 96},
		{16, 33, 100}, {9, 12, 1}, {3, 40, 257}, {33, 17, 200},
	}
	for range 10 {
		shapes = append(shapes, [3]int{1 + r.IntN(24), 1 + r.IntN(24), 1 + r.IntN(200)})
	}
	for i, s := range shapes {
		matmulCase(t, r, s[0], s[1], s[2], i%2 == 1, i%3 == 0).check()
	}
}

// TestMatMulRowsInPlace covers the GEMM and matrix-vector kernels' reading of B where it lies in
// the memory (rows of K = a multiple of 64 that fit in one page) and the GEMM kernel's stores of D
// into the memory's pages: one to three rows of A (the matrix-vector form), four to eleven (too
// few for a tile), and enough for tiles with rows left over; B placed so that some rows straddle
// a page boundary (copied) and the rest do not (read in place), with an absent page of zeros
// among them; N not a multiple of the panel width; D with and without row padding, its panels
// in one page or straddling two.
func TestMatMulRowsInPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 2))
	for i, s := range [][3]int{
		{12, 32, 64}, {13, 40, 128}, {37, 64, 1024}, {24, 7, 192}, {50, 96, 4096}, {25, 33, 320},
		{1, 64, 4096}, {2, 40, 128}, {3, 9, 1024}, {5, 36, 256}, {11, 33, 64},
	} {
		m, n, k := s[0], s[1], s[2]
		c := newCase(t, r, isa.OpMatMul)
		c.next[prog] += uint64(isa.LeafSize * (1 + r.IntN(120))) // rows at varied page offsets
		a := c.tensor(arena, isa.Int8, m, k)
		b := c.tensor(prog, isa.Int8, n, k)
		if n*k >= 3*4096 { // a page of zeros inside B, which the memory then does not hold
			page := (b.Addr() + 4096) &^ 4095
			c.write(page, make([]byte, 4096))
		}
		c.slot(isa.SlotDst, c.tensor(out, isa.Int32, m, n))
		c.slot(isa.SlotA, a)
		c.slot(isa.SlotB, b)
		if i%2 == 0 {
			bt := c.tensor(prog, isa.Int32, 1, n)
			c.fill32(bt, gen32(r))
			c.slot(isa.SlotC, bt)
		}
		c.check()
	}
}

// TestMatMulMaxK runs the longest inner dimension the validator admits with mostly extreme
// values, so that sums come close to the int32 bounds and biases wrap them.
func TestMatMulMaxK(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 2))
	c := matmulCase(t, r, 5, 6, isa.MaxMatMulK, true, true)
	// Row 0 of A and B all -128: their dot is 131071·16384 = 2^31 − 16384, the largest a
	// MATMUL can reach, and a bias of INT32_MAX then wraps it.
	row := make([]byte, isa.MaxMatMulK)
	for i := range row {
		row[i] = 0x80
	}
	c.write(c.decl[isa.SlotA].Addr(), row)
	c.write(c.decl[isa.SlotB].Addr(), row)
	c.put32(c.decl[isa.SlotC], 0, 0, math.MaxInt32)
	c.check()
}

func requantCase(t *testing.T, r *rand.Rand, rows, cols int, mode int) *tcase {
	c := newCase(t, r, isa.OpRequant)
	a := c.tensor(arena, isa.Int32, rows, cols)
	c.fill32(a, gen32(r))
	c.slot(isa.SlotDst, c.tensor(arena, isa.Int8, rows, cols))
	c.slot(isa.SlotA, a)
	lo, hi := int8(r.IntN(256)-128), int8(r.IntN(256)-128)
	if r.IntN(4) != 0 && lo > hi {
		lo, hi = hi, lo // mostly a proper range; sometimes lo > hi (clamps to hi)
	}
	mul := gen32(r)
	isa.RequantParams{Mul: mul(), Shift: int8(-r.IntN(32)), Zero: int8(r.Uint32()), Lo: lo, Hi: hi}.Put(&c.in)
	switch mode {
	case 0: // per-tensor, no params
		c.in.Flags = isa.FlagPerTensor
	case 1: // per-tensor, params supply the bias only (their shift field may be anything)
		c.in.Flags = isa.FlagPerTensor
		p := c.tensor(prog, isa.Int32, cols, 4)
		c.fill32(p, gen32(r))
		c.slot(isa.SlotB, p)
	case 2: // per-channel
		p := c.tensor(prog, isa.Int32, cols, 4)
		g := gen32(r)
		for j := range cols {
			c.put32(p, j, 0, g())
			c.put32(p, j, 1, mul())
			c.put32(p, j, 2, -int32(r.IntN(32)))
			c.put32(p, j, 3, g()) // unused
		}
		c.slot(isa.SlotB, p)
	}
	return c
}

func TestRequant(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 3))
	for i, s := range [][2]int{{1, 1}, {3, 5}, {7, 33}, {2, 64}, {40, 17}, {1, 100}, {100, 3}, {20, 70}, {9, 31}} {
		for mode := range 3 {
			requantCase(t, r, s[0], s[1], (mode+i)%3).check()
		}
	}
	// SRDHM's one saturating case: acc + bias = INT32_MIN with multiplier INT32_MIN.
	c := requantCase(t, r, 2, 3, 0)
	c.fill32(c.decl[isa.SlotA], func() int32 { return math.MinInt32 })
	isa.RequantParams{Mul: math.MinInt32, Shift: 0, Zero: 5, Lo: -128, Hi: 127}.Put(&c.in)
	c.check()
}

func addCase(t *testing.T, r *rand.Rand, rows, cols int) *tcase {
	c := newCase(t, r, isa.OpAdd)
	a, b := c.tensor(arena, isa.Int8, rows, cols), c.tensor(input, isa.Int8, rows, cols)
	c.slot(isa.SlotDst, c.tensor(arena, isa.Int8, rows, cols))
	c.slot(isa.SlotA, a)
	c.slot(isa.SlotB, b)
	mul := func() int32 { return int32(r.Uint32() >> 1) }
	isa.AddParams{
		OffA: int16(r.IntN(511) - 255), OffB: int16(r.IntN(511) - 255),
		MulA: mul(), ShiftA: int8(-r.IntN(32)), MulB: mul(), ShiftB: int8(-r.IntN(32)),
		MulOut: mul(), ShiftOut: int8(-r.IntN(32)), ZeroOut: int8(r.Uint32()), Lo: -100, Hi: 110,
	}.Put(&c.in)
	return c
}

func TestAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 4))
	for _, s := range [][2]int{{1, 1}, {3, 33}, {17, 64}, {5, 100}} {
		addCase(t, r, s[0], s[1]).check()
	}
	addCase(t, r, 4, addTableMin/4+1).check() // large enough for the tabulated path
}

func TestLUT8(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 5))
	for _, s := range [][2]int{{1, 1}, {4, 31}, {9, 300}, {64, 33}} {
		c := newCase(t, r, isa.OpLUT8)
		a := c.tensor(input, isa.Int8, s[0], s[1])
		c.slot(isa.SlotDst, c.tensor(out, isa.Int8, s[0], s[1]))
		c.slot(isa.SlotA, a)
		c.slot(isa.SlotB, c.tensor(prog, isa.Int8, 1, 256))
		c.check()
	}
}

func windowCase(t *testing.T, r *rand.Rand, op isa.Opcode, w isa.Window, ch int) *tcase {
	c := newCase(t, r, op)
	w.Put(&c.in)
	if op == isa.OpMaxPool {
		w.Pad, w.PadValue = 0, 0
	}
	oh, ow, err := w.OutDims()
	if err != nil {
		t.Fatal(err)
	}
	cols := ch
	if op == isa.OpIm2Col {
		cols = int(w.KH) * int(w.KW) * ch
	}
	a := c.tensor(arena, isa.Int8, int(w.H)*int(w.W), ch)
	c.slot(isa.SlotDst, c.tensor(arena, isa.Int8, int(oh*ow), cols))
	c.slot(isa.SlotA, a)
	return c
}

func TestMaxPool(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 6))
	for _, tc := range []struct {
		w  isa.Window
		ch int
	}{
		{isa.Window{H: 1, W: 1, KH: 1, KW: 1, SH: 1, SW: 1}, 1},
		{isa.Window{H: 4, W: 4, KH: 2, KW: 2, SH: 2, SW: 2}, 3},
		{isa.Window{H: 7, W: 5, KH: 3, KW: 2, SH: 2, SW: 1}, 33},
		{isa.Window{H: 9, W: 9, KH: 3, KW: 3, SH: 1, SW: 1}, 64},
		{isa.Window{H: 6, W: 11, KH: 6, KW: 4, SH: 3, SW: 5}, 5},
	} {
		windowCase(t, r, isa.OpMaxPool, tc.w, tc.ch).check()
	}
}

func TestIm2Col(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 7))
	for _, tc := range []struct {
		w  isa.Window
		ch int
	}{
		{isa.Window{H: 1, W: 1, KH: 1, KW: 1, SH: 1, SW: 1}, 1},
		{isa.Window{H: 5, W: 5, KH: 3, KW: 3, SH: 1, SW: 1, Pad: 1, PadValue: -7}, 3},
		{isa.Window{H: 6, W: 4, KH: 3, KW: 2, SH: 2, SW: 1, Pad: 2, PadValue: 127}, 11},
		{isa.Window{H: 3, W: 3, KH: 5, KW: 5, SH: 1, SW: 2, Pad: 2, PadValue: -128}, 32},
		{isa.Window{H: 8, W: 8, KH: 1, KW: 1, SH: 3, SW: 3}, 40},
	} {
		windowCase(t, r, isa.OpIm2Col, tc.w, tc.ch).check()
	}
}

func TestArgMax(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 8))
	for _, s := range [][2]int{{1, 1}, {3, 2}, {10, 33}, {5, 300}, {64, 7}} {
		c := newCase(t, r, isa.OpArgMax)
		a := c.tensor(arena, isa.Int8, s[0], s[1])
		// Few distinct values: many ties, which must go to the lowest index.
		c.fill8(a, func() int8 { return int8(r.IntN(3) - 1) })
		c.slot(isa.SlotDst, c.tensor(out, isa.Int32, s[0], 1))
		c.slot(isa.SlotA, a)
		c.check()
	}
}

func TestCopy(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 9))
	for _, tc := range []struct {
		dt         isa.DType
		from, into [2]int
	}{
		{isa.Int8, [2]int{1, 1}, [2]int{1, 1}},
		{isa.Int8, [2]int{6, 10}, [2]int{4, 15}},
		{isa.Int8, [2]int{1, 96}, [2]int{3, 32}},
		{isa.Int8, [2]int{7, 33}, [2]int{33, 7}},
		{isa.Int32, [2]int{5, 12}, [2]int{10, 6}},
		{isa.Int32, [2]int{3, 8}, [2]int{1, 24}},
	} {
		c := newCase(t, r, isa.OpCopy)
		c.slot(isa.SlotA, c.tensor(input, tc.dt, tc.from[0], tc.from[1]))
		c.slot(isa.SlotDst, c.tensor(arena, tc.dt, tc.into[0], tc.into[1]))
		c.check()
	}
}

// TestAliasing covers destinations overlapping sources: in-place elementwise ops run in bulk,
// everything else falls back to element order, and both must match the micro-steps.
func TestAliasing(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 10))
	inPlace := func(c *tcase, slots ...int) {
		for _, s := range slots {
			c.slot(s, c.decl[isa.SlotDst])
		}
		c.check()
	}
	c := addCase(t, r, 9, 40)
	inPlace(c, isa.SlotA)
	c = addCase(t, r, 9, 40)
	inPlace(c, isa.SlotA, isa.SlotB)
	c = addCase(t, r, 3, 5)
	inPlace(c, isa.SlotB)

	// LUT8 in place, and with the table inside the destination.
	c = newCase(t, r, isa.OpLUT8)
	d := c.tensor(arena, isa.Int8, 9, 256)
	c.slot(isa.SlotDst, d)
	c.slot(isa.SlotA, d)
	c.slot(isa.SlotB, c.tensor(prog, isa.Int8, 1, 256))
	c.check()
	c.slot(isa.SlotB, at(arena, isa.Int8, 1, 256, d.Offset+2*d.Stride()))
	c.check()

	// COPY onto itself, and onto a shifted window of itself in another shape.
	c = newCase(t, r, isa.OpCopy)
	a := c.tensor(arena, isa.Int8, 10, 48)
	c.slot(isa.SlotA, a)
	c.slot(isa.SlotDst, a)
	c.check()
	c.slot(isa.SlotDst, at(arena, isa.Int8, 20, 24, a.Offset+64))
	c.check()
	c.slot(isa.SlotDst, at(arena, isa.Int8, 15, 32, a.Offset))
	c.check()

	// MATMUL writing over its own A; REQUANT writing int8 over its int32 input.
	c = matmulCase(t, r, 6, 5, 70, true, false)
	c.slot(isa.SlotDst, at(arena, isa.Int32, 6, 5, c.decl[isa.SlotA].Offset+32))
	c.check()
	c = requantCase(t, r, 8, 12, 2)
	c.slot(isa.SlotDst, at(arena, isa.Int8, 8, 12, c.decl[isa.SlotA].Offset))
	c.check()

	// MAXPOOL and IM2COL over their own input; ARGMAX into its input.
	c = windowCase(t, r, isa.OpMaxPool, isa.Window{H: 6, W: 6, KH: 2, KW: 2, SH: 1, SW: 2}, 40)
	c.slot(isa.SlotDst, at(arena, isa.Int8, 15, 40, c.decl[isa.SlotA].Offset))
	c.check()
	c = windowCase(t, r, isa.OpIm2Col, isa.Window{H: 4, W: 4, KH: 2, KW: 2, SH: 1, SW: 1, Pad: 1, PadValue: 3}, 8)
	c.slot(isa.SlotDst, at(arena, isa.Int8, 25, 32, c.decl[isa.SlotA].Offset+32))
	c.check()
	c = newCase(t, r, isa.OpArgMax)
	a = c.tensor(arena, isa.Int8, 12, 40)
	c.slot(isa.SlotA, a)
	c.slot(isa.SlotDst, at(arena, isa.Int32, 12, 1, a.Offset+32))
	c.check()
}

// TestRejects checks that operands outside spec §4's shapes, invalid shifts and unknown opcodes
// are errors that write nothing.
func TestRejects(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 11))
	mm := func(mod func(c *tcase)) {
		c := matmulCase(t, r, 3, 4, 40, true, false)
		mod(c)
		c.checkErr()
	}
	mm(func(c *tcase) { c.decl[isa.SlotB].Cols = 39 })
	mm(func(c *tcase) { c.decl[isa.SlotDst].Cols = 5 })
	mm(func(c *tcase) { c.decl[isa.SlotDst].DType = isa.Int8 })
	mm(func(c *tcase) { c.decl[isa.SlotC].Cols = 3 })
	mm(func(c *tcase) { c.in.Slots[isa.SlotB] = isa.NoTensor })
	mm(func(c *tcase) { c.decl[isa.SlotA].Offset = 7 })
	mm(func(c *tcase) { c.decl[isa.SlotA].Region = 4 })
	mm(func(c *tcase) { c.decl[isa.SlotA].Rows = 0 })
	mm(func(c *tcase) { c.decl[isa.SlotA].Offset = isa.RegionSize - 32 })
	mm(func(c *tcase) { c.in.Op = isa.OpHalt })
	mm(func(c *tcase) { c.in.Op = 0x42 })

	c := requantCase(t, r, 3, 4, 0)
	isa.RequantParams{Mul: 1 << 30, Shift: 1}.Put(&c.in)
	c.checkErr()
	c = requantCase(t, r, 3, 4, 2)
	c.put32(c.decl[isa.SlotB], 2, 2, -32)
	c.checkErr()
	c = requantCase(t, r, 3, 4, 2)
	c.in.Slots[isa.SlotB] = isa.NoTensor
	c.checkErr()
	c = addCase(t, r, 2, 3)
	c.in.Imm[18] = 1 // shiftOut = +1
	c.checkErr()
	c = addCase(t, r, 2, 3)
	c.slot(isa.SlotC, c.decl[isa.SlotA])
	c.checkErr()
	c = windowCase(t, r, isa.OpMaxPool, isa.Window{H: 4, W: 4, KH: 2, KW: 2, SH: 2, SW: 2}, 3)
	c.decl[isa.SlotA].Rows = 15
	c.checkErr()
	c = windowCase(t, r, isa.OpIm2Col, isa.Window{H: 4, W: 4, KH: 2, KW: 2, SH: 2, SW: 2}, 3)
	c.in.Imm[6] = 0 // stride 0
	c.checkErr()
}

func TestCancelled(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 12))
	c := matmulCase(t, r, 3, 4, 40, true, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := NewCPU(1).exec(ctx, c.memory(), &c.in, &c.decl)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

// TestSequence runs a series of instructions through one backend, so that pooled buffers come
// back holding an earlier instruction's data (a longer K leaves non-zero bytes where a shorter
// K's padding must read as zero), and checks each against the reference.
func TestSequence(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 13))
	for _, cpu := range cpus() {
		for i, s := range [][3]int{{9, 13, 300}, {5, 7, 30}, {4, 8, 100}, {1, 5, 3}, {16, 9, 200}, {3, 3, 64}} {
			c := matmulCase(t, r, s[0], s[1], s[2], i%2 == 0, false)
			want, got := c.memory(), c.memory()
			if err := refExec(want, &c.in, &c.decl); err != nil {
				t.Fatal(err)
			}
			if err := cpu.exec(context.Background(), got, &c.in, &c.decl); err != nil {
				t.Fatal(err)
			}
			if diff := c.diff(got, want); diff != "" {
				t.Fatalf("%s instruction %d %v: %s", cpu.Name(), i, s, diff)
			}
		}
	}
}
