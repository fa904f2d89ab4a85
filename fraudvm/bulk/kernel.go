package bulk

import "fmt"

// A kernel is one implementation of MATMUL's inner loops over prepared operands (matmul.go):
// rows of kp bytes, kp a positive multiple of kpAlign, with A stored as A XOR 0x80 (unsigned
// bytes) and B as signed bytes, both zero past K. It computes the wrapping int32 sums
//
//	dot(a, b) = Σ_{k<kp} uint8(a[k]) · int8(b[k])
//
// and adds them into c. The caller turns them into A·Bᵀ with a per-column correction (matmul.go).
// Every kernel computes exactly the same sums; they differ only in speed.
type kernel struct {
	name string
	// tile4 adds dot(a row i, b row 4q+j) to c[i*ldc + 4q + j] for i, j < 4 and q < nq. Row i of
	// a starts at a[i*lda], row r of b at b[r*ldb].
	tile4 func(a []byte, lda int, b []byte, ldb, nq, kp int, c []int32, ldc int)
	// tile1 is tile4 for a single row of a: c[4q+j] += dot(a, b row 4q+j).
	tile1 func(a []byte, b []byte, ldb, nq, kp int, c []int32)
	// sum returns Σ int8(b[k]) over all of b (len(b) a multiple of kpAlign), wrapping.
	sum func(b []byte) int32
	// gemm, when set, computes nb ≥ 1 gemmMR×gemmNR tiles of C down one panel: from rows of a
	// holding signed bytes (stride lda, kq groups of four bytes, kq a positive multiple of 4),
	// which it flips itself, and a panel bp written by pack, C[r][j] = (accum ? C[r][j] : 0) +
	// add[j] + Σ_k (a[r][k]+128)·b[j][k] for r < nb·gemmMR, j < gemmNR, where C[r] is the
	// gemmNR int32s c[r] points at (rows of a matrix, or of the destination in the memory's
	// pages: see cTable). A kernel with gemm also has gemv (a MATMUL with too few rows for a
	// tile goes through it). See gemm.go.
	gemm func(a []byte, lda int, bp []byte, kq int, c []*int32, add []int32, accum bool, nb int)
	// gemv, when set, is tile1 with the operands' roles swapped and B's rows reached through a
	// table: a holds kl signed bytes and the kernel flips B as it loads it, c[j] += Σ_{k<kl}
	// int8(a[k])·(int8(rows[j][k0+k]) + 128) for j < len(c) (a multiple of 4; kl a multiple of
	// kpAlign). See gemv.go.
	gemv func(a []byte, rows [][]byte, k0, kl int, c []int32)
	// pack, set with gemm, writes bytes [k0, k0+kl) (kl a multiple of kpAlign) of the gemmNR
	// rows rows[0..gemmNR) into dst in gemm's panel layout: for each group g of four k, 128
	// bytes holding columns 0–15 then 16–31, each column's bytes 4g..4g+3 together. It adds each
	// row's Σ int8 to sums[j] (the correction terms, gemm.go). The rows may lie anywhere (a
	// matrix, or pages of the machine's memory read in place).
	pack func(dst []byte, rows [][]byte, k0, kl int, sums []int32)
}

// rowPointers sets t[j] = &rows[j][k0] for every j < len(t), after checking that each row holds
// bytes [k0, k0+kl): the table through which an assembly kernel reaches rows that may lie
// anywhere.
func rowPointers(t []*byte, rows [][]byte, k0, kl int) {
	for j := range t {
		if len(rows[j]) < k0+kl {
			panic(fmt.Sprintf("bulk: row %d has %d bytes, want %d", j, len(rows[j]), k0+kl))
		}
		t[j] = &rows[j][k0]
	}
}

// kpAlign is the granularity of prepared rows: one 512-bit vector.
const kpAlign = 64

// checkTile panics unless the slices cover every byte a tile4 call may touch. The assembly
// kernels take raw pointers, so this is what keeps a driver bug from becoming a wild access.
func checkTile(a []byte, lda int, rowsA int, b []byte, ldb, nq, kp int, c []int32, ldc int) {
	if kp <= 0 || kp%kpAlign != 0 || nq < 0 || lda < kp || ldb < kp || ldc < 4*nq {
		panic(fmt.Sprintf("bulk: bad tile geometry kp=%d nq=%d lda=%d ldb=%d ldc=%d", kp, nq, lda, ldb, ldc))
	}
	if nq == 0 {
		return
	}
	if len(a) < (rowsA-1)*lda+kp || len(b) < (4*nq-1)*ldb+kp || len(c) < (rowsA-1)*ldc+4*nq {
		panic(fmt.Sprintf("bulk: tile operands too short: len(a)=%d len(b)=%d len(c)=%d", len(a), len(b), len(c)))
	}
}

// goKernel is the pure-Go kernel: the fallback, and the reference the assembly is tested against
// (itself tested against the naive definition).
var goKernel = kernel{name: "go", tile4: goTile4, tile1: goTile1, sum: goSum}

// goBlock bounds the k-range summed in one int64 SWAR accumulator: see goTile4.
const goBlock = 32768

// goTile4 multiplies each A byte by two B bytes at once: p = b0 + b1·2^32 as an int64, so that
// x·p = x·b0 + x·b1·2^32 and a sum S of such products is X + Y·2^32 with X = Σx·b0 and
// Y = Σx·b1. Over at most goBlock terms |X| ≤ 32768·255·128 < 2^31, so X = int32(S) exactly
// and Y = (S − X) >> 32 exactly; blocks are then combined with wrapping int32 adds, which is
// the machine's arithmetic. Half the multiplies of the plain loop.
func goTile4(a []byte, lda int, b []byte, ldb, nq, kp int, c []int32, ldc int) {
	checkTile(a, lda, 4, b, ldb, nq, kp, c, ldc)
	for q := range nq {
		br := b[4*q*ldb:]
		var acc [4][4]int32
		for k0 := 0; k0 < kp; k0 += goBlock {
			k1 := min(kp, k0+goBlock)
			a0, a1, a2, a3 := a[k0:k1], a[lda+k0:lda+k1], a[2*lda+k0:2*lda+k1], a[3*lda+k0:3*lda+k1]
			b0, b1, b2, b3 := br[k0:k1], br[ldb+k0:ldb+k1], br[2*ldb+k0:2*ldb+k1], br[3*ldb+k0:3*ldb+k1]
			var s00, s01, s10, s11, s20, s21, s30, s31 int64
			for k := range a0 {
				p0 := int64(int8(b0[k])) + int64(int8(b1[k]))<<32
				p1 := int64(int8(b2[k])) + int64(int8(b3[k]))<<32
				x := int64(a0[k])
				s00 += x * p0
				s01 += x * p1
				x = int64(a1[k])
				s10 += x * p0
				s11 += x * p1
				x = int64(a2[k])
				s20 += x * p0
				s21 += x * p1
				x = int64(a3[k])
				s30 += x * p0
				s31 += x * p1
			}
			for i, s := range [4][2]int64{{s00, s01}, {s10, s11}, {s20, s21}, {s30, s31}} {
				acc[i][0], acc[i][1] = split(acc[i][0], acc[i][1], s[0])
				acc[i][2], acc[i][3] = split(acc[i][2], acc[i][3], s[1])
			}
		}
		for i := range 4 {
			row := c[i*ldc+4*q : i*ldc+4*q+4]
			for j := range 4 {
				row[j] += acc[i][j]
			}
		}
	}
}

// split adds the two sums packed in s (see goTile4) to lo and hi, wrapping.
func split(lo, hi int32, s int64) (int32, int32) {
	x := int32(s)
	return lo + x, hi + int32((s-int64(x))>>32)
}

func goTile1(a []byte, b []byte, ldb, nq, kp int, c []int32) {
	checkTile(a, kp, 1, b, ldb, nq, kp, c, 4*nq)
	for q := range nq {
		br := b[4*q*ldb:]
		var acc [4]int32
		for k0 := 0; k0 < kp; k0 += goBlock {
			k1 := min(kp, k0+goBlock)
			a0 := a[k0:k1]
			b0, b1, b2, b3 := br[k0:k1], br[ldb+k0:ldb+k1], br[2*ldb+k0:2*ldb+k1], br[3*ldb+k0:3*ldb+k1]
			var s0, s1 int64
			for k := range a0 {
				x := int64(a0[k])
				s0 += x * (int64(int8(b0[k])) + int64(int8(b1[k]))<<32)
				s1 += x * (int64(int8(b2[k])) + int64(int8(b3[k]))<<32)
			}
			acc[0], acc[1] = split(acc[0], acc[1], s0)
			acc[2], acc[3] = split(acc[2], acc[3], s1)
		}
		for j := range 4 {
			c[4*q+j] += acc[j]
		}
	}
}

func goSum(b []byte) int32 {
	var s int32
	for _, x := range b {
		s += int32(int8(x))
	}
	return s
}
