package examples

import (
	"math"
	"math/bits"
)

// rng is SplitMix64: a fixed, integer-only generator, so that every weight and every random
// program is the same on every platform and Go release (math/rand's streams are not promised
// to stay fixed across releases).
type rng struct{ s uint64 }

func newRNG(seed uint64) *rng { return &rng{s: seed} }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a value in [0, n), n > 0, by multiply-shift (Lemire, without the rejection
// step: the bias is below 2^-32 for the small n used here and determinism is all that matters).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}

// between returns a value in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance returns true with probability 1/n.
func (r *rng) chance(n int) bool { return r.intn(n) == 0 }

func (r *rng) int8() int8 { return int8(r.next()) }

// int8Edgy returns an int8 that is an extreme value a quarter of the time.
func (r *rng) int8Edgy() int8 {
	if r.chance(4) {
		return [...]int8{math.MinInt8, math.MaxInt8, 0, -1, 1}[r.intn(5)]
	}
	return r.int8()
}

func (r *rng) int32() int32 { return int32(r.next()) }

// int32Edgy returns an int32 that is an extreme value a quarter of the time (INT32_MIN
// included, the one input SRDHM saturates on).
func (r *rng) int32Edgy() int32 {
	if r.chance(4) {
		return [...]int32{math.MinInt32, math.MaxInt32, math.MinInt32 + 1, 0, -1, 1, 1 << 30}[r.intn(7)]
	}
	return r.int32()
}
