package onnx

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

// TestQuantizeMultiplier: the machine's x·m·2^shift/2^31 is within one of x·r for ratios across
// the whole range REQUANT takes, including below 2^−31; ratios ≥ 1 and non-positive ones are
// refused.
func TestQuantizeMultiplier(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		ratio := math.Exp2(-40 * r.Float64()) // (2^−40, 1]
		if i == 0 {
			ratio = math.Nextafter(1, 0)
		}
		m, shift, err := quantizeMultiplier(ratio)
		if ratio >= 1 {
			continue
		}
		if err != nil {
			t.Fatalf("ratio %g: %v", ratio, err)
		}
		if !isa.ShiftValid(shift) {
			t.Fatalf("ratio %g: shift %d", ratio, shift)
		}
		x := int32(r.Uint32())
		got := float64(isa.MulByQuantizedMultiplier(x, m, shift))
		if want := float64(x) * ratio; math.Abs(got-want) > 1 {
			t.Fatalf("ratio %g, x %d: %g, want %g", ratio, x, got, want)
		}
	}
	for _, bad := range []float64{1, 1.5, 0, -0.5, math.NaN(), math.Inf(1), 1e-30} {
		if _, _, err := quantizeMultiplier(bad); !errors.Is(err, errScale) {
			t.Errorf("ratio %g: error %v, want errScale", bad, err)
		}
	}
}

// TestRescaleIdentity: requantizing to the same scale and zero point is the identity on every
// int8 value (the ADD rescale is exact for ratio 1), and a clamp applies.
func TestRescaleIdentity(t *testing.T) {
	p, err := rescaleParams(0.037, -5, 0.037, -5, math.MinInt8, math.MaxInt8)
	if err != nil {
		t.Fatal(err)
	}
	c, err := rescaleParams(0.037, -5, 0.037, -5, -5, 100)
	if err != nil {
		t.Fatal(err)
	}
	for v := math.MinInt8; v <= math.MaxInt8; v++ {
		if got := isa.Add(int8(v), int8(v), &p); int(got) != v {
			t.Fatalf("rescale(%d) = %d", v, got)
		}
		if got, want := isa.Add(int8(v), int8(v), &c), max(-5, min(100, v)); int(got) != want {
			t.Fatalf("clamped rescale(%d) = %d, want %d", v, got, want)
		}
	}
}

// TestAddParams: ADD with the TFLite parameters is within one of the real-valued sum quantized,
// for every pair of int8 inputs and scales differing by up to 16×.
func TestAddParams(t *testing.T) {
	for _, c := range []struct {
		sa, sb, so float32
		za, zb, zo int
	}{
		{0.02, 0.02, 0.04, 0, 0, 0},
		{0.01, 0.16, 0.1, -3, 17, -128},
		{0.3, 0.05, 0.2, 100, -100, 7},
	} {
		p, err := addParams(c.sa, c.za, c.sb, c.zb, c.so, c.zo, math.MinInt8, math.MaxInt8)
		if err != nil {
			t.Fatal(err)
		}
		for a := math.MinInt8; a <= math.MaxInt8; a++ {
			for b := math.MinInt8; b <= math.MaxInt8; b++ {
				real := float64(c.sa)*float64(a-c.za) + float64(c.sb)*float64(b-c.zb)
				want := max(-128, min(127, int(math.RoundToEven(real/float64(c.so)))+c.zo))
				got := int(isa.Add(int8(a), int8(b), &p))
				if got-want > 1 || want-got > 1 {
					t.Fatalf("%+v: Add(%d, %d) = %d, want %d", c, a, b, got, want)
				}
			}
		}
	}
}

// TestQuantizeRounding: QuantizeLinear rounds half to even and saturates, as ONNX specifies.
func TestQuantizeRounding(t *testing.T) {
	for _, c := range []struct {
		x, s    float32
		z, want int
		lo, hi  int
	}{
		{2.5, 1, 0, 2, -128, 127},
		{3.5, 1, 0, 4, -128, 127},
		{-2.5, 1, 0, -2, -128, 127},
		{1000, 1, 0, 127, -128, 127},
		{-1000, 1, 10, 0, 0, 255},
		{0.5, 1, 128, 128, 0, 255},
		{float32(math.NaN()), 1, 3, 3, -128, 127},
	} {
		if got := quantize(c.x, c.s, c.z, c.lo, c.hi); got != c.want {
			t.Errorf("quantize(%g, %g, %d) = %d, want %d", c.x, c.s, c.z, got, c.want)
		}
	}
}
