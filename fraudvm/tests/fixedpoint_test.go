package tests

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/isa"
)

// fixedPointHarness is the deployed test-only contract exposing contracts/src/lib/FixedPoint.sol.
type fixedPointHarness struct {
	c *evm.Contract
}

func newFixedPointHarness(t *testing.T) *fixedPointHarness {
	t.Helper()
	c, err := evm.DeployArtifact("FixedPointHarness")
	if err != nil {
		t.Fatal(err)
	}
	return &fixedPointHarness{c: c}
}

// call packs method(args...), calls it, and unpacks the single return value into out.
func (h *fixedPointHarness) call(t *testing.T, out any, method string, args ...any) {
	t.Helper()
	input, err := h.c.ABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	res, err := h.c.Call(input)
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert != nil {
		t.Fatalf("%s: %v", method, res.Revert)
	}
	vals, err := h.c.ABI.Unpack(method, res.Return)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.c.ABI.Methods[method].Outputs.Copy(out, vals); err != nil {
		t.Fatal(err)
	}
}

// edge32 are the int32 inputs where fixed-point code goes wrong: the extremes, the values next to
// them, ±2^30 (SRDHM's nudge) and small values.
var edge32 = []int32{math.MinInt32, math.MinInt32 + 1, -(1 << 30) - 1, -(1 << 30), -(1 << 30) + 1,
	-65536, -257, -256, -128, -3, -2, -1, 0, 1, 2, 3, 127, 128, 255, 65535,
	(1 << 30) - 1, 1 << 30, (1 << 30) + 1, math.MaxInt32 - 1, math.MaxInt32}

// TestFixedPoint compares contracts/src/lib/FixedPoint.sol with fraudvm/isa/arith.go on every
// pair of edge values and on random values: SRDHM, RDBPOT for every exponent, Requant and Add.
func TestFixedPoint(t *testing.T) {
	h := newFixedPointHarness(t)
	rng := rand.New(rand.NewPCG(3, 4))
	rnd32 := func() int32 {
		if rng.IntN(3) == 0 {
			return edge32[rng.IntN(len(edge32))]
		}
		return int32(rng.Uint32())
	}
	shift := func() int8 { return int8(-rng.IntN(32)) }
	i8 := func() int8 { return int8(rng.Uint32()) }

	t.Run("SRDHM", func(t *testing.T) {
		var a, b []int32
		for _, x := range edge32 {
			for _, y := range edge32 {
				a, b = append(a, x), append(b, y)
			}
		}
		for range 2000 {
			a, b = append(a, rnd32()), append(b, rnd32())
		}
		var got []int32
		h.call(t, &got, "srdhm", a, b)
		for i := range a {
			if want := isa.SRDHM(a[i], b[i]); got[i] != want {
				t.Fatalf("SRDHM(%d, %d) = %d, Go %d", a[i], b[i], got[i], want)
			}
		}
	})
	t.Run("RDBPOT", func(t *testing.T) {
		var xs []int32
		var es []uint8
		for e := uint8(0); e <= 31; e++ {
			for _, x := range edge32 {
				xs, es = append(xs, x), append(es, e)
			}
			// Exact ties: x = (2k+1)·2^(e-1), both signs.
			if e > 0 {
				for _, k := range []int32{0, 1, 2, -1, -2} {
					if v := int64(2*k+1) << (e - 1); v >= math.MinInt32 && v <= math.MaxInt32 {
						xs, es = append(xs, int32(v)), append(es, e)
					}
				}
			}
		}
		for range 2000 {
			xs, es = append(xs, rnd32()), append(es, uint8(rng.IntN(32)))
		}
		var got []int32
		h.call(t, &got, "rdbpot", xs, es)
		for i := range xs {
			if want := isa.RDBPOT(xs[i], uint(es[i])); got[i] != want {
				t.Fatalf("RDBPOT(%d, %d) = %d, Go %d", xs[i], es[i], got[i], want)
			}
		}
	})
	t.Run("Requant", func(t *testing.T) {
		var in [][7]int32
		for range 4000 {
			lo, hi := i8(), i8() // lo > hi included: the result is then hi
			in = append(in, [7]int32{rnd32(), rnd32(), rnd32(), int32(shift()), int32(i8()), int32(lo), int32(hi)})
		}
		var got []int8
		h.call(t, &got, "requant", in)
		for i, p := range in {
			want := isa.Requant(p[0], p[1], p[2], int8(p[3]), int8(p[4]), int8(p[5]), int8(p[6]))
			if got[i] != want {
				t.Fatalf("Requant%v = %d, Go %d", p, got[i], want)
			}
		}
	})
	t.Run("Add", func(t *testing.T) {
		var in [][13]int32
		for range 4000 {
			off := func() int32 { return int32(rng.IntN(511) - 255) }
			in = append(in, [13]int32{int32(i8()), int32(i8()), off(), off(), rnd32(), int32(shift()), rnd32(),
				int32(shift()), rnd32(), int32(shift()), int32(i8()), int32(i8()), int32(i8())})
		}
		var got []int8
		for i := 0; i < len(in); i += 1000 { // a batch of 1000 stays under the transaction gas cap
			var part []int8
			h.call(t, &part, "add", in[i:min(i+1000, len(in))])
			got = append(got, part...)
		}
		for i, q := range in {
			p := isa.AddParams{OffA: int16(q[2]), OffB: int16(q[3]), MulA: q[4], ShiftA: int8(q[5]), MulB: q[6],
				ShiftB: int8(q[7]), MulOut: q[8], ShiftOut: int8(q[9]), ZeroOut: int8(q[10]), Lo: int8(q[11]), Hi: int8(q[12])}
			if want := isa.Add(int8(q[0]), int8(q[1]), &p); got[i] != want {
				t.Fatalf("Add(%d, %d, %+v) = %d, Go %d", q[0], q[1], p, got[i], want)
			}
		}
	})
}
