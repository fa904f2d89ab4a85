//go:build amd64 && !purego

#include "textflag.h"

// The AVX-512 VNNI GEMM micro-kernel: a 12×32 tile of C held in registers while K streams by.
//
// This is the outer-product formulation (GotoBLAS/BLIS), not the dot products of
// kernel_amd64.s: per group of four k, two 64-byte loads bring 32 columns of packed B (16
// columns × 4 k each, the layout VPDPBUSD wants), and each of the 12 A rows contributes its
// four bytes, broadcast to all lanes. That is 24 VPDPBUSD per 2 vector loads and 12 4-byte
// broadcasts, with no horizontal reduction at the end: the instruction mix is what lets the
// multiply-adds, not the loads or shuffles, set the pace. Registers: accumulators Z0–Z23 (row r
// in Z(2r), Z(2r+1)), B in Z24–Z25, broadcasts rotating through Z26–Z29, 0x80 bytes in Z30.
//
// Operands (see gemm.go): A is 12 rows of signed bytes at a + r·lda, flipped here (XOR 0x80,
// on Z30) into the unsigned operand as they are broadcast: the flip rides on vector ports the
// multiply-adds leave idle, and spares A a pass before the product (A can be used where it
// lies). B is a packed panel, kq groups of 128 bytes (group g: columns 0–15 then 16–31, each
// column's four bytes k = 4g..4g+3 together). C's rows are reached through a table, c[r]
// pointing at row r's 32 int32: a matrix's rows, or the destination tensor's rows in the pages
// of the machine's memory, wherever they lie. The tile stored is add[0:32] plus the sums, plus
// C's previous contents when accum ≠ 0 (a later k-block); add carries the per-column correction
// on a panel's last k-block (gemm.go), zeros before it.

// One row pair: multiply the two B vectors by the broadcasts in x and y into rows (r, r+1).
#define PAIR(x, y, a0, a1, a2, a3) \
	VPDPBUSD Z24, x, a0; \
	VPDPBUSD Z25, x, a1; \
	VPDPBUSD Z24, y, a2; \
	VPDPBUSD Z25, y, a3

// One group of four k: d is the byte offset in the A rows, bo in the packed panel.
#define STEP(d, bo) \
	VMOVDQU64    bo(DI), Z24; \
	VMOVDQU64    bo+64(DI), Z25; \
	VPBROADCASTD d(SI), Z26; \
	VPXORD       Z30, Z26, Z26; \
	VPBROADCASTD d(SI)(R8*1), Z27; \
	VPXORD       Z30, Z27, Z27; \
	PAIR(Z26, Z27, Z0, Z1, Z2, Z3); \
	VPBROADCASTD d(SI)(R8*2), Z28; \
	VPXORD       Z30, Z28, Z28; \
	VPBROADCASTD d(R9), Z29; \
	VPXORD       Z30, Z29, Z29; \
	PAIR(Z28, Z29, Z4, Z5, Z6, Z7); \
	VPBROADCASTD d(R9)(R8*1), Z26; \
	VPXORD       Z30, Z26, Z26; \
	VPBROADCASTD d(R9)(R8*2), Z27; \
	VPXORD       Z30, Z27, Z27; \
	PAIR(Z26, Z27, Z8, Z9, Z10, Z11); \
	VPBROADCASTD d(R10), Z28; \
	VPXORD       Z30, Z28, Z28; \
	VPBROADCASTD d(R10)(R8*1), Z29; \
	VPXORD       Z30, Z29, Z29; \
	PAIR(Z28, Z29, Z12, Z13, Z14, Z15); \
	VPBROADCASTD d(R10)(R8*2), Z26; \
	VPXORD       Z30, Z26, Z26; \
	VPBROADCASTD d(R11), Z27; \
	VPXORD       Z30, Z27, Z27; \
	PAIR(Z26, Z27, Z16, Z17, Z18, Z19); \
	VPBROADCASTD d(R11)(R8*1), Z28; \
	VPXORD       Z30, Z28, Z28; \
	VPBROADCASTD d(R11)(R8*2), Z29; \
	VPXORD       Z30, Z29, Z29; \
	PAIR(Z28, Z29, Z20, Z21, Z22, Z23)

// Store the row whose pointer is at off(R14): add (Z24, Z25) plus the accumulators.
#define ROWINIT(off, lo, hi) \
	MOVQ      off(R14), BX; \
	VPADDD    Z24, lo, lo; \
	VPADDD    Z25, hi, hi; \
	VMOVDQU32 lo, (BX); \
	VMOVDQU32 hi, 64(BX)

// Store the row at off(R14): C plus add (Z24, Z25) plus the accumulators.
#define ROWACC(off, lo, hi) \
	MOVQ      off(R14), BX; \
	VPADDD    Z24, lo, lo; \
	VPADDD    Z25, hi, hi; \
	VPADDD    (BX), lo, lo; \
	VPADDD    64(BX), hi, hi; \
	VMOVDQU32 lo, (BX); \
	VMOVDQU32 hi, 64(BX)

// func gemm12x32VNNI(a *byte, lda int, b *byte, kq int, c **int32, add *int32, accum int, nb int)
//
// kq is a positive multiple of 4. Runs nb ≥ 1 tiles down the same panel: tile t reads A rows
// 12t.. and writes the C rows c[12t..] point at (one call per panel and k-block, not per tile).
TEXT ·gemm12x32VNNI(SB), NOSPLIT, $0-64
	MOVQ a+0(FP), R13  // A rows of the current tile
	MOVQ c+32(FP), R14 // pointers to the C rows of the current tile
	MOVQ nb+56(FP), R15
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z30

tile:
	MOVQ R13, SI
	MOVQ lda+8(FP), R8
	MOVQ b+16(FP), DI
	MOVQ kq+24(FP), CX
	LEAQ (R8)(R8*2), AX
	LEAQ (SI)(AX*1), R9  // row 3
	LEAQ (R9)(AX*1), R10 // row 6
	LEAQ (R10)(AX*1), R11 // row 9
	LEAQ (R11)(AX*1), R13 // row 12: the next tile's A
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	VPXORD Z16, Z16, Z16
	VPXORD Z17, Z17, Z17
	VPXORD Z18, Z18, Z18
	VPXORD Z19, Z19, Z19
	VPXORD Z20, Z20, Z20
	VPXORD Z21, Z21, Z21
	VPXORD Z22, Z22, Z22
	VPXORD Z23, Z23, Z23
	SHRQ $2, CX

loop:
	STEP(0, 0)
	STEP(4, 128)
	STEP(8, 256)
	STEP(12, 384)
	ADDQ $16, SI
	ADDQ $16, R9
	ADDQ $16, R10
	ADDQ $16, R11
	ADDQ $512, DI
	DECQ CX
	JNZ  loop

	MOVQ add+40(FP), DX
	VMOVDQU32 (DX), Z24
	VMOVDQU32 64(DX), Z25
	MOVQ accum+48(FP), AX
	TESTQ AX, AX
	JNZ  accumulate
	ROWINIT(0, Z0, Z1)
	ROWINIT(8, Z2, Z3)
	ROWINIT(16, Z4, Z5)
	ROWINIT(24, Z6, Z7)
	ROWINIT(32, Z8, Z9)
	ROWINIT(40, Z10, Z11)
	ROWINIT(48, Z12, Z13)
	ROWINIT(56, Z14, Z15)
	ROWINIT(64, Z16, Z17)
	ROWINIT(72, Z18, Z19)
	ROWINIT(80, Z20, Z21)
	ROWINIT(88, Z22, Z23)
	JMP  next

accumulate:
	ROWACC(0, Z0, Z1)
	ROWACC(8, Z2, Z3)
	ROWACC(16, Z4, Z5)
	ROWACC(24, Z6, Z7)
	ROWACC(32, Z8, Z9)
	ROWACC(40, Z10, Z11)
	ROWACC(48, Z12, Z13)
	ROWACC(56, Z14, Z15)
	ROWACC(64, Z16, Z17)
	ROWACC(72, Z18, Z19)
	ROWACC(80, Z20, Z21)
	ROWACC(88, Z22, Z23)

next:
	ADDQ $96, R14 // the next tile's 12 row pointers
	DECQ R15
	JNZ  tile
	VZEROUPPER
	RET

// func pack16VNNI(dst *byte, rows *[16]*byte, kq int, sums *int32)
//
// Packs 16 rows (rows[r] points at row r's first byte to pack) into half a GEMM panel: for each
// group g < kq of four bytes, the 64 bytes at dst + 128·g hold row r's bytes 4g..4g+3 at 4r. kq
// is a positive multiple of 16. Rows are reached through a table rather than a stride so that
// they may lie anywhere: in one matrix, or each in its own page of the machine's memory. Adds
// Σ int8 of each row's bytes to sums[r] (wrapping): the correction terms come from the bytes
// already in registers, so B needs no pass of its own for them. Sixteen rows of 64 bytes are a
// 16×16 matrix of 4-byte words, transposed in four shuffle stages: 32-bit and 64-bit interleaves
// inside 128-bit lanes, then two 128-bit lane shuffles (64 shuffles per KiB, far cheaper than
// moving the words one by one).
TEXT ·pack16VNNI(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ rows+8(FP), BX
	MOVQ kq+16(FP), CX
	MOVQ sums+24(FP), R11
	SHRQ $4, CX
	XORQ SI, SI           // offset into every row
	MOVL $0x01010101, R10 // unsigned ones: VPDPBUSD with them sums signed bytes

pack:
	MOVQ 0(BX), AX
	VMOVDQU32 (AX)(SI*1), Z0
	MOVQ 8(BX), DX
	VMOVDQU32 (DX)(SI*1), Z1
	MOVQ 16(BX), R8
	VMOVDQU32 (R8)(SI*1), Z2
	MOVQ 24(BX), R9
	VMOVDQU32 (R9)(SI*1), Z3
	MOVQ 32(BX), AX
	VMOVDQU32 (AX)(SI*1), Z4
	MOVQ 40(BX), DX
	VMOVDQU32 (DX)(SI*1), Z5
	MOVQ 48(BX), R8
	VMOVDQU32 (R8)(SI*1), Z6
	MOVQ 56(BX), R9
	VMOVDQU32 (R9)(SI*1), Z7
	MOVQ 64(BX), AX
	VMOVDQU32 (AX)(SI*1), Z8
	MOVQ 72(BX), DX
	VMOVDQU32 (DX)(SI*1), Z9
	MOVQ 80(BX), R8
	VMOVDQU32 (R8)(SI*1), Z10
	MOVQ 88(BX), R9
	VMOVDQU32 (R9)(SI*1), Z11
	MOVQ 96(BX), AX
	VMOVDQU32 (AX)(SI*1), Z12
	MOVQ 104(BX), DX
	VMOVDQU32 (DX)(SI*1), Z13
	MOVQ 112(BX), R8
	VMOVDQU32 (R8)(SI*1), Z14
	MOVQ 120(BX), R9
	VMOVDQU32 (R9)(SI*1), Z15
	// 32-bit interleave of row pairs
	VPUNPCKLDQ Z1, Z0, Z16
	VPUNPCKHDQ Z1, Z0, Z17
	VPUNPCKLDQ Z3, Z2, Z18
	VPUNPCKHDQ Z3, Z2, Z19
	VPUNPCKLDQ Z5, Z4, Z20
	VPUNPCKHDQ Z5, Z4, Z21
	VPUNPCKLDQ Z7, Z6, Z22
	VPUNPCKHDQ Z7, Z6, Z23
	VPUNPCKLDQ Z9, Z8, Z24
	VPUNPCKHDQ Z9, Z8, Z25
	VPUNPCKLDQ Z11, Z10, Z26
	VPUNPCKHDQ Z11, Z10, Z27
	VPUNPCKLDQ Z13, Z12, Z28
	VPUNPCKHDQ Z13, Z12, Z29
	VPUNPCKLDQ Z15, Z14, Z30
	VPUNPCKHDQ Z15, Z14, Z31
	// 64-bit interleave: Z(4q+e), lane L = rows 4q..4q+3 of word 4L+e
	VPUNPCKLQDQ Z18, Z16, Z0
	VPUNPCKHQDQ Z18, Z16, Z1
	VPUNPCKLQDQ Z19, Z17, Z2
	VPUNPCKHQDQ Z19, Z17, Z3
	VPUNPCKLQDQ Z22, Z20, Z4
	VPUNPCKHQDQ Z22, Z20, Z5
	VPUNPCKLQDQ Z23, Z21, Z6
	VPUNPCKHQDQ Z23, Z21, Z7
	VPUNPCKLQDQ Z26, Z24, Z8
	VPUNPCKHQDQ Z26, Z24, Z9
	VPUNPCKLQDQ Z27, Z25, Z10
	VPUNPCKHQDQ Z27, Z25, Z11
	VPUNPCKLQDQ Z30, Z28, Z12
	VPUNPCKHQDQ Z30, Z28, Z13
	VPUNPCKLQDQ Z31, Z29, Z14
	VPUNPCKHQDQ Z31, Z29, Z15
	// 128-bit lane transpose, two stages; word g = 4L+e goes to dst + 128·g
	VSHUFI32X4 $0x88, Z4, Z0, Z16
	VSHUFI32X4 $0xDD, Z4, Z0, Z17
	VSHUFI32X4 $0x88, Z12, Z8, Z18
	VSHUFI32X4 $0xDD, Z12, Z8, Z19
	VSHUFI32X4 $0x88, Z5, Z1, Z20
	VSHUFI32X4 $0xDD, Z5, Z1, Z21
	VSHUFI32X4 $0x88, Z13, Z9, Z22
	VSHUFI32X4 $0xDD, Z13, Z9, Z23
	VSHUFI32X4 $0x88, Z6, Z2, Z24
	VSHUFI32X4 $0xDD, Z6, Z2, Z25
	VSHUFI32X4 $0x88, Z14, Z10, Z26
	VSHUFI32X4 $0xDD, Z14, Z10, Z27
	VSHUFI32X4 $0x88, Z7, Z3, Z28
	VSHUFI32X4 $0xDD, Z7, Z3, Z29
	VSHUFI32X4 $0x88, Z15, Z11, Z30
	VSHUFI32X4 $0xDD, Z15, Z11, Z31
	VPBROADCASTD R10, Z2
	VPXORD       Z3, Z3, Z3
	VSHUFI32X4 $0x88, Z18, Z16, Z0
	VMOVDQU32 Z0, 0(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0x88, Z19, Z17, Z0
	VMOVDQU32 Z0, 512(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0xDD, Z18, Z16, Z0
	VMOVDQU32 Z0, 1024(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0xDD, Z19, Z17, Z0
	VMOVDQU32 Z0, 1536(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0x88, Z22, Z20, Z1
	VMOVDQU32 Z1, 128(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0x88, Z23, Z21, Z1
	VMOVDQU32 Z1, 640(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0xDD, Z22, Z20, Z1
	VMOVDQU32 Z1, 1152(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0xDD, Z23, Z21, Z1
	VMOVDQU32 Z1, 1664(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0x88, Z26, Z24, Z0
	VMOVDQU32 Z0, 256(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0x88, Z27, Z25, Z0
	VMOVDQU32 Z0, 768(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0xDD, Z26, Z24, Z0
	VMOVDQU32 Z0, 1280(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0xDD, Z27, Z25, Z0
	VMOVDQU32 Z0, 1792(DI)
	VPDPBUSD  Z0, Z2, Z3
	VSHUFI32X4 $0x88, Z30, Z28, Z1
	VMOVDQU32 Z1, 384(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0x88, Z31, Z29, Z1
	VMOVDQU32 Z1, 896(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0xDD, Z30, Z28, Z1
	VMOVDQU32 Z1, 1408(DI)
	VPDPBUSD  Z1, Z2, Z3
	VSHUFI32X4 $0xDD, Z31, Z29, Z1
	VMOVDQU32 Z1, 1920(DI)
	VPDPBUSD  Z1, Z2, Z3
	VPADDD    (R11), Z3, Z3
	VMOVDQU32 Z3, (R11)
	ADDQ $64, SI
	ADDQ $2048, DI
	DECQ CX
	JNZ  pack
	VZEROUPPER
	RET

// func vnniPeak(n int)
//
// n iterations of 24 independent VPDPBUSD on registers: the instruction's throughput with no
// loads and no dependencies, which is the ceiling the GEMM kernel is measured against.
TEXT ·vnniPeak(SB), NOSPLIT, $0-8
	MOVQ n+0(FP), CX
	VPXORD Z24, Z24, Z24
	VPXORD Z25, Z25, Z25
	VPXORD Z26, Z26, Z26

peak:
	PAIR(Z26, Z26, Z0, Z1, Z2, Z3)
	PAIR(Z26, Z26, Z4, Z5, Z6, Z7)
	PAIR(Z26, Z26, Z8, Z9, Z10, Z11)
	PAIR(Z26, Z26, Z12, Z13, Z14, Z15)
	PAIR(Z26, Z26, Z16, Z17, Z18, Z19)
	PAIR(Z26, Z26, Z20, Z21, Z22, Z23)
	DECQ CX
	JNZ  peak
	VZEROUPPER
	RET
