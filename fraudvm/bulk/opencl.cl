// crollup fraudvm kernels, OpenCL C 1.2 (docs/spec/fraudvm.md §4; Go: fraudvm/isa/arith.go).
//
// Exactness rules, the same as the Go code's:
//   - int32 sums wrap. Signed overflow is undefined in OpenCL C (C99 rules: clang emits add nsw
//     and may reason from it), so every sum that can overflow is taken in uint and reinterpreted
//     with as_int. No saturating built-ins (add_sat, mad_sat, dot_acc_sat).
//   - Left shifts of negative values are undefined too: a << 20 is written as a multiplication
//     whose result fits, and a remainder mod 2^e as a mask.
//   - >> on a negative long is arithmetic (clang emits ashr), as Go's >> on int64 is.
//   - Clamps are written out: clamp() with lo > hi is undefined, isa.Clamp8 gives hi.
//
// Buffers are dense and little-endian, as bulk.Device documents.

#define CROLLUP_INT_MIN (-2147483647 - 1)
#define CROLLUP_INT_MAX 2147483647

// isa.SRDHM: round(a·b / 2^31), saturating INT32_MIN·INT32_MIN.
inline int srdhm(int a, int b) {
	if (a == CROLLUP_INT_MIN && b == CROLLUP_INT_MIN) {
		return CROLLUP_INT_MAX;
	}
	long p = (long)a * (long)b + (1L << 30); // |a·b| ≤ 2^62: no overflow
	return (int)(p >> 31);
}

// isa.RDBPOT: x / 2^e rounded to nearest, ties away from zero; e in [0, 31].
inline int rdbpot(int x, uint e) {
	if (e == 0) {
		return x;
	}
	long x64 = (long)x;
	long q = x64 >> e;                    // floor
	long r = x64 & ((1L << e) - 1);       // x − q·2^e, in [0, 2^e)
	long h = 1L << (e - 1);
	if (r > h || (r == h && x64 >= 0)) {
		q++;
	}
	return (int)q;
}

// isa.MulByQuantizedMultiplier with shift ≤ 0.
inline int mbqm(int x, int m, int shift) { return rdbpot(srdhm(x, m), (uint)(-shift)); }

// isa.Clamp8.
inline char clamp8(long v, int lo, int hi) {
	if (v < lo) {
		v = lo;
	}
	if (v > hi) {
		v = hi;
	}
	return (char)v;
}

// MATMUL, generic: one work-item per output element, 16 products per step in int (each
// |product| ≤ 2^14, so the int16 vector multiply cannot overflow) summed into uint lanes.
// global = (n, m).
__kernel void matmul(__global const char* a, __global const char* b, __global const int* bias,
                     __global int* d, uint m, uint n, uint k, uint has_bias) {
	uint j = get_global_id(0), i = get_global_id(1);
	if (i >= m || j >= n) {
		return;
	}
	__global const char* ar = a + (size_t)i * k;
	__global const char* br = b + (size_t)j * k;
	uint16 acc16 = (uint16)(0);
	uint t = 0;
	for (; t + 16 <= k; t += 16) {
		acc16 += as_uint16(convert_int16(vload16(0, ar + t)) * convert_int16(vload16(0, br + t)));
	}
	uint8 s8 = acc16.lo + acc16.hi;
	uint4 s4 = s8.lo + s8.hi;
	uint acc = s4.x + s4.y + s4.z + s4.w;
	for (; t < k; t++) {
		acc += as_uint((int)ar[t] * (int)br[t]);
	}
	if (has_bias) {
		acc += as_uint(bias[j]);
	}
	d[(size_t)i * n + j] = as_int(acc);
}

// dp4a(a, b, c) = c + the four products of a's and b's signed bytes, wrapping. On NVIDIA
// (compute capability ≥ 6.1) it is the dp4a instruction, which wraps (PTX ISA: dp4a.s32.s32);
// elsewhere the same arithmetic in C, so that the kernel around it is tested on any device.
#ifdef CROLLUP_DP4A_PTX
inline int dp4a(int a, int b, int c) {
	int d;
	asm("dp4a.s32.s32 %0, %1, %2, %3;" : "=r"(d) : "r"(a), "r"(b), "r"(c));
	return d;
}
#else
inline int dp4a(int a, int b, int c) {
	char4 x = as_char4(a), y = as_char4(b);
	int p = x.x * y.x + x.y * y.y + x.z * y.z + x.w * y.w; // |p| ≤ 2^16
	return as_int(as_uint(c) + as_uint(p));
}
#endif

// MATMUL, NVIDIA fast path: four products per dp4a. global = (n, m).
__kernel void matmul_dp4a(__global const char* a, __global const char* b, __global const int* bias,
                          __global int* d, uint m, uint n, uint k, uint has_bias) {
	uint j = get_global_id(0), i = get_global_id(1);
	if (i >= m || j >= n) {
		return;
	}
	__global const char* ar = a + (size_t)i * k;
	__global const char* br = b + (size_t)j * k;
	int acc = has_bias ? bias[j] : 0;
	uint t = 0;
	for (; t + 4 <= k; t += 4) {
		acc = dp4a(as_int(vload4(0, ar + t)), as_int(vload4(0, br + t)), acc);
	}
	uint tail = as_uint(acc);
	for (; t < k; t++) {
		tail += as_uint((int)ar[t] * (int)br[t]);
	}
	d[(size_t)i * n + j] = as_int(tail);
}

// REQUANT: out[e] = clamp(mbqm(acc[e] + bias[j], mul[j], shift[j]) + zp, lo, hi). global = rows·cols.
__kernel void requant(__global const int* acc, __global const int* bias, __global const int* mul,
                      __global const char* shift, __global char* out, uint rows, uint cols,
                      int zp, int lo, int hi) {
	size_t e = get_global_id(0);
	if (e >= (size_t)rows * cols) {
		return;
	}
	uint j = (uint)(e % cols);
	int x = as_int(as_uint(acc[e]) + as_uint(bias[j]));
	out[e] = clamp8((long)mbqm(x, mul[j], shift[j]) + zp, lo, hi);
}

// ADD: TFLite's int8 add (isa.Add). global = n.
__kernel void add(__global const char* a, __global const char* b, __global char* out, uint n,
                  int off_a, int off_b, int mul_a, int shift_a, int mul_b, int shift_b,
                  int mul_out, int shift_out, int zero_out, int lo, int hi) {
	size_t e = get_global_id(0);
	if (e >= n) {
		return;
	}
	int sa = ((int)a[e] + off_a) * (1 << 20); // |a + off| ≤ 383: fits
	int sb = ((int)b[e] + off_b) * (1 << 20);
	int sum = as_int(as_uint(mbqm(sa, mul_a, shift_a)) + as_uint(mbqm(sb, mul_b, shift_b)));
	out[e] = clamp8((long)mbqm(sum, mul_out, shift_out) + zero_out, lo, hi);
}

// LUT8: out[e] = tab[(uchar)a[e]]. global = n.
__kernel void lut8(__global const uchar* a, __global const uchar* tab, __global uchar* out, uint n) {
	size_t e = get_global_id(0);
	if (e < n) {
		out[e] = tab[a[e]];
	}
}

// ARGMAX: the lowest column of each row's maximum. global = rows.
__kernel void argmax(__global const char* a, __global uint* out, uint rows, uint cols) {
	size_t r = get_global_id(0);
	if (r >= rows) {
		return;
	}
	__global const char* row = a + r * cols;
	char best = row[0];
	uint at = 0;
	for (uint c = 1; c < cols; c++) {
		if (row[c] > best) { // strict: ties keep the lowest index
			best = row[c];
			at = c;
		}
	}
	out[r] = at;
}

// MAXPOOL: out[q, c] for pixels p = p0 + q. img holds image rows from y0. global = (ch, np).
__kernel void maxpool(__global const char* img, __global char* out, uint ch, uint w, uint kh,
                      uint kw, uint sh, uint sw, uint ow, uint p0, uint np, uint y0) {
	uint c = get_global_id(0), q = get_global_id(1);
	if (c >= ch || q >= np) {
		return;
	}
	uint p = p0 + q, oy = p / ow, ox = p % ow;
	char best = -128;
	for (uint dy = 0; dy < kh; dy++) {
		for (uint dx = 0; dx < kw; dx++) {
			size_t px = (size_t)(oy * sh + dy - y0) * w + ox * sw + dx;
			best = max(best, img[px * ch + c]);
		}
	}
	out[(size_t)q * ch + c] = best;
}

// IM2COL: row q of out is pixel p0+q's kh×kw window, channel-minor, pad value outside the
// image. global = (kh·kw·ch, np).
__kernel void im2col(__global const char* img, __global char* out, uint ch, uint h, uint w,
                     uint kh, uint kw, uint sh, uint sw, uint pad, int pad_value, uint ow,
                     uint p0, uint np, uint y0) {
	uint t = get_global_id(0), q = get_global_id(1);
	uint row = kh * kw * ch;
	if (t >= row || q >= np) {
		return;
	}
	uint p = p0 + q, oy = p / ow, ox = p % ow;
	uint c = t % ch, win = t / ch, dy = win / kw, dx = win % kw;
	int y = (int)(oy * sh + dy) - (int)pad, x = (int)(ox * sw + dx) - (int)pad;
	char v = (char)pad_value;
	if (y >= 0 && y < (int)h && x >= 0 && x < (int)w) {
		v = img[((size_t)(y - (int)y0) * w + (size_t)x) * ch + c];
	}
	out[(size_t)q * row + t] = v;
}
