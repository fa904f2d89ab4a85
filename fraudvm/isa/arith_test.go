package isa

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// gemmlowpSRDHM is gemmlowp's SaturatingRoundingDoublingHighMul as written there: a
// sign-dependent nudge, then division truncating toward zero, in big integers.
func gemmlowpSRDHM(a, b int32) int32 {
	if a == math.MinInt32 && b == math.MinInt32 {
		return math.MaxInt32
	}
	ab := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b)))
	nudge := big.NewInt(1 << 30)
	if ab.Sign() < 0 {
		nudge = big.NewInt(1 - (1 << 30))
	}
	ab.Add(ab, nudge)
	return int32(new(big.Int).Quo(ab, big.NewInt(1<<31)).Int64()) // Quo truncates toward zero
}

// gemmlowpRDBPOT is gemmlowp's RoundingDivideByPOT: mask, remainder, threshold.
func gemmlowpRDBPOT(x int32, e uint) int32 {
	mask := int32((int64(1) << e) - 1)
	rem := x & mask
	threshold := mask >> 1
	if x < 0 {
		threshold++
	}
	out := x >> e
	if rem > threshold {
		out++
	}
	return out
}

func edgeInt32(r *rand.Rand) int32 {
	edges := []int32{math.MinInt32, math.MinInt32 + 1, -1 << 30, -2, -1, 0, 1, 2, 1 << 30, math.MaxInt32 - 1, math.MaxInt32}
	if r.IntN(3) == 0 {
		return edges[r.IntN(len(edges))]
	}
	return int32(r.Uint32())
}

func TestSRDHMMatchesGemmlowp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for i := 0; i < 200000; i++ {
		a, b := edgeInt32(r), edgeInt32(r)
		if got, want := SRDHM(a, b), gemmlowpSRDHM(a, b); got != want {
			t.Fatalf("SRDHM(%d, %d) = %d, gemmlowp %d", a, b, got, want)
		}
	}
	// Exact halves on both signs: the case where a naive rounding differs.
	for _, ab := range [][2]int32{{1 << 15, 1 << 15}, {-(1 << 15), 1 << 15}, {3, 1 << 30}, {-3, 1 << 30}} {
		if got, want := SRDHM(ab[0], ab[1]), gemmlowpSRDHM(ab[0], ab[1]); got != want {
			t.Fatalf("SRDHM(%d, %d) = %d, gemmlowp %d", ab[0], ab[1], got, want)
		}
	}
}

func TestRDBPOTMatchesGemmlowp(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	for i := 0; i < 200000; i++ {
		x, e := edgeInt32(r), uint(r.IntN(32))
		if got, want := RDBPOT(x, e), gemmlowpRDBPOT(x, e); got != want {
			t.Fatalf("RDBPOT(%d, %d) = %d, gemmlowp %d", x, e, got, want)
		}
	}
	// Ties round away from zero.
	for _, c := range []struct {
		x    int32
		e    uint
		want int32
	}{{5, 1, 3}, {-5, 1, -3}, {6, 2, 2}, {-6, 2, -2}, {7, 2, 2}, {-7, 2, -2}, {math.MinInt32, 31, -1}, {math.MaxInt32, 31, 1}} {
		if got := RDBPOT(c.x, c.e); got != c.want {
			t.Errorf("RDBPOT(%d, %d) = %d, want %d", c.x, c.e, got, c.want)
		}
	}
}

func TestRequantAndAdd(t *testing.T) {
	// acc + bias wraps; clamping respects lo/hi; a multiplier of 2^30 with shift 0 halves.
	if got := Requant(100, 0, 1<<30, 0, 0, -128, 127); got != 50 {
		t.Errorf("halving: %d", got)
	}
	if got := Requant(math.MaxInt32, 1, 1<<30, 0, 0, -128, 127); got != -128 {
		t.Errorf("wrapping acc+bias then clamp: %d", got)
	}
	if got := Requant(1000, 0, 1<<30, -2, 3, -128, 127); got != 127 {
		t.Errorf("clamp high: %d", got)
	}
	if got := Requant(-7, 0, math.MaxInt32, 0, -1, 0, 127); got != 0 {
		t.Errorf("ReLU clamp: %d", got)
	}
	// ADD: with unit scales (mul 2^30 at shift 0 halves the 2^20 shift's doubling... compose to
	// identity) the sum of two small values is exact.
	p := AddParams{MulA: 1 << 30, MulB: 1 << 30, ShiftA: 0, ShiftB: 0, MulOut: 1 << 30, ShiftOut: -18, Lo: -128, Hi: 127}
	for _, c := range [][3]int8{{1, 2, 3}, {-5, 3, -2}, {100, 100, 127}, {-100, -100, -128}} {
		if got := Add(c[0], c[1], &p); got != c[2] {
			t.Errorf("Add(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

func TestDot8(t *testing.T) {
	var a, b [LeafSize]byte
	for i := range a {
		a[i], b[i] = 0x80, 0x80 // -128 · -128
	}
	if got := Dot8(&a, &b, 32); got != 32*16384 {
		t.Fatalf("Dot8 full: %d", got)
	}
	if got := Dot8(&a, &b, 5); got != 5*16384 {
		t.Fatalf("Dot8 masked: %d", got)
	}
}

func TestEncodingsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for i := 0; i < 1000; i++ {
		var raw [InstrSize]byte
		for j := range raw {
			raw[j] = byte(r.Uint32())
		}
		in := DecodeInstr(raw)
		if in.Encode() != raw {
			t.Fatal("instruction round trip")
		}
		td := Tensor{Region: Region(r.IntN(4)), DType: DType(r.IntN(2)), Rows: r.Uint32(), Cols: r.Uint32(), Offset: r.Uint64()}
		if DecodeTensor(td.Encode()) != td {
			t.Fatal("tensor round trip")
		}
		ap := AddParams{OffA: int16(r.Uint32()), OffB: int16(r.Uint32()), MulA: int32(r.Uint32()), ShiftA: int8(r.Uint32()),
			MulB: int32(r.Uint32()), ShiftB: int8(r.Uint32()), MulOut: int32(r.Uint32()), ShiftOut: int8(r.Uint32()),
			ZeroOut: int8(r.Uint32()), Lo: int8(r.Uint32()), Hi: int8(r.Uint32())}
		var ai Instr
		ap.Put(&ai)
		if AddImm(&ai) != ap {
			t.Fatal("ADD immediates round trip")
		}
		rp := RequantParams{Mul: int32(r.Uint32()), Shift: int8(r.Uint32()), Zero: int8(r.Uint32()), Lo: int8(r.Uint32()), Hi: int8(r.Uint32())}
		var ri Instr
		rp.Put(&ri)
		if RequantImm(&ri) != rp {
			t.Fatal("REQUANT immediates round trip")
		}
	}
}

func TestTensorGeometry(t *testing.T) {
	tt := Tensor{Region: RegionArena, DType: Int32, Rows: 3, Cols: 9, Offset: 64}
	if tt.Stride() != 64 || tt.Bytes() != 192 || tt.Addr() != 0xF0_0000_0000+64 || tt.ElemAddr(2, 8) != 0xF0_0000_0000+64+128+32 {
		t.Fatalf("geometry: stride %d bytes %d addr %x elem %x", tt.Stride(), tt.Bytes(), tt.Addr(), tt.ElemAddr(2, 8))
	}
	w := Window{H: 28, W: 28, KH: 3, KW: 3, SH: 1, SW: 1, Pad: 1}
	if oh, ow, err := w.OutDims(); err != nil || oh != 28 || ow != 28 {
		t.Fatalf("same-padding window: %d %d %v", oh, ow, err)
	}
	if _, _, err := (Window{H: 2, W: 2, KH: 3, KW: 3, SH: 1, SW: 1}).OutDims(); err == nil {
		t.Fatal("oversized window accepted")
	}
}
