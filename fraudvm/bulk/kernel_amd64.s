//go:build amd64 && !purego

#include "textflag.h"

// AVX-512 VNNI dot-product kernels for MATMUL (see kernel_amd64.go for the contract).
//
// Operands are rows of kp bytes (kp a multiple of 64): a holds A XOR 0x80 (unsigned), b holds B
// (signed), both zero-padded past K. VPDPBUSD multiplies unsigned bytes of its second Go operand
// by signed bytes of its first and adds groups of four products into int32 lanes, wrapping
// (the non-saturating form, which is what makes the XOR trick exact). Go operand order is
// reversed from Intel's: VPDPBUSD Z3, Z2, Z1 is Z1 += u8(Z2)·s8(Z3).
//
// A 4×4 tile keeps its 16 accumulators in Z0–Z15 (accumulator (i, j) in Z(4j+i)), loads four A
// chunks into Z16–Z19 and four B chunks into Z20–Z23 per 64-byte step, and issues 16 VPDPBUSD:
// 8 loads per 16 multiply-adds. The lanes are summed once per tile by a shuffle tree (REDUCE4,
// then a transpose-and-add) that ends with one xmm of four results per A row, added into c.

// Sum the four accumulators of one B row j, Z(b)..Z(b+3) = rows 0..3, into Z(b):
// 128-bit lane i of the result holds four partial sums of accumulator (i, j).
#define REDUCE4(z0, z1, z2, z3) \
	VSHUFI64X2 $0x44, z1, z0, Z24; \
	VSHUFI64X2 $0xEE, z1, z0, Z25; \
	VPADDD     Z25, Z24, Z24; \
	VSHUFI64X2 $0x44, z3, z2, Z25; \
	VSHUFI64X2 $0xEE, z3, z2, Z26; \
	VPADDD     Z26, Z25, Z25; \
	VSHUFI64X2 $0x88, Z25, Z24, Z26; \
	VSHUFI64X2 $0xDD, Z25, Z24, Z27; \
	VPADDD     Z27, Z26, z0

// Add the totals of the four accumulators Z0–Z3 to the four int32 at (BX). Lane j of Z0 gets the
// partial sums of accumulator j (REDUCE4); then every dword of lane j = its total, and two
// truncating narrows (qword → dword) pick one dword per lane.
#define ADD4TOTALS \
	REDUCE4(Z0, Z1, Z2, Z3); \
	VPUNPCKLDQ  Z0, Z0, Z24; \
	VPUNPCKHDQ  Z0, Z0, Z25; \
	VPADDD      Z25, Z24, Z24; \
	VPUNPCKLQDQ Z24, Z24, Z25; \
	VPUNPCKHQDQ Z24, Z24, Z26; \
	VPADDD      Z26, Z25, Z25; \
	VPMOVQD     Z25, Y26; \
	VPMOVQD     Y26, X27; \
	VPADDD      (BX), X27, X27; \
	VMOVDQU32   X27, (BX)

// func dot4x4VNNI(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)
//
// For q < nq: c[i*ldc + 4q + j] += Σ_{k<kp} a[i*lda + k] · b[(4q+j)*ldb + k], i, j < 4.
TEXT ·dot4x4VNNI(SB), NOSPLIT, $0-64
	MOVQ a+0(FP), SI
	MOVQ lda+8(FP), R8
	MOVQ b+16(FP), DI
	MOVQ ldb+24(FP), R9
	MOVQ nq+32(FP), CX
	MOVQ c+48(FP), BX
	LEAQ (R8)(R8*2), R11 // 3·lda
	LEAQ (R9)(R9*2), R12 // 3·ldb
	TESTQ CX, CX
	JZ   done4

quad4:
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
	MOVQ SI, AX          // A cursor
	MOVQ DI, DX          // B cursor
	MOVQ kp+40(FP), R10  // bytes left in the rows

step4:
	VMOVDQU64 (AX), Z16
	VMOVDQU64 (AX)(R8*1), Z17
	VMOVDQU64 (AX)(R8*2), Z18
	VMOVDQU64 (AX)(R11*1), Z19
	VMOVDQU64 (DX), Z20
	VMOVDQU64 (DX)(R9*1), Z21
	VMOVDQU64 (DX)(R9*2), Z22
	VMOVDQU64 (DX)(R12*1), Z23
	VPDPBUSD  Z20, Z16, Z0
	VPDPBUSD  Z20, Z17, Z1
	VPDPBUSD  Z20, Z18, Z2
	VPDPBUSD  Z20, Z19, Z3
	VPDPBUSD  Z21, Z16, Z4
	VPDPBUSD  Z21, Z17, Z5
	VPDPBUSD  Z21, Z18, Z6
	VPDPBUSD  Z21, Z19, Z7
	VPDPBUSD  Z22, Z16, Z8
	VPDPBUSD  Z22, Z17, Z9
	VPDPBUSD  Z22, Z18, Z10
	VPDPBUSD  Z22, Z19, Z11
	VPDPBUSD  Z23, Z16, Z12
	VPDPBUSD  Z23, Z17, Z13
	VPDPBUSD  Z23, Z18, Z14
	VPDPBUSD  Z23, Z19, Z15
	ADDQ $64, AX
	ADDQ $64, DX
	SUBQ $64, R10
	JNZ  step4

	// Reduce: Z0, Z4, Z8, Z12 = t_j, lane i = partial sums of (i, j).
	REDUCE4(Z0, Z1, Z2, Z3)
	REDUCE4(Z4, Z5, Z6, Z7)
	REDUCE4(Z8, Z9, Z10, Z11)
	REDUCE4(Z12, Z13, Z14, Z15)

	// 4×4 transpose-and-add inside each 128-bit lane: lane i of Z26 = (c(i,0) … c(i,3)).
	VPUNPCKLDQ  Z4, Z0, Z24
	VPUNPCKHDQ  Z4, Z0, Z25
	VPADDD      Z25, Z24, Z24
	VPUNPCKLDQ  Z12, Z8, Z25
	VPUNPCKHDQ  Z12, Z8, Z26
	VPADDD      Z26, Z25, Z25
	VPUNPCKLQDQ Z25, Z24, Z26
	VPUNPCKHQDQ Z25, Z24, Z27
	VPADDD      Z27, Z26, Z26

	// c rows i = 0..3 += lane i.
	MOVQ ldc+56(FP), R13
	SHLQ $2, R13 // ldc in bytes
	VPADDD        (BX), X26, X24
	VMOVDQU32     X24, (BX)
	VEXTRACTI32X4 $1, Z26, X25
	VPADDD        (BX)(R13*1), X25, X25
	VMOVDQU32     X25, (BX)(R13*1)
	VEXTRACTI32X4 $2, Z26, X25
	VPADDD        (BX)(R13*2), X25, X25
	VMOVDQU32     X25, (BX)(R13*2)
	LEAQ          (BX)(R13*2), AX
	VEXTRACTI32X4 $3, Z26, X25
	VPADDD        (AX)(R13*1), X25, X25
	VMOVDQU32     X25, (AX)(R13*1)

	ADDQ $16, BX          // next four columns of c
	LEAQ (DI)(R9*4), DI   // next four rows of b
	DECQ CX
	JNZ  quad4

done4:
	VZEROUPPER
	RET

// func dot1x4VNNI(a *byte, b *byte, ldb int, nq int, kp int, c *int32)
//
// For q < nq: c[4q + j] += Σ_{k<kp} a[k] · b[(4q+j)*ldb + k], j < 4.
TEXT ·dot1x4VNNI(SB), NOSPLIT, $0-48
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ ldb+16(FP), R9
	MOVQ nq+24(FP), CX
	MOVQ c+40(FP), BX
	LEAQ (R9)(R9*2), R12 // 3·ldb
	TESTQ CX, CX
	JZ   done1

quad1:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	MOVQ SI, AX
	MOVQ DI, DX
	MOVQ kp+32(FP), R10

step1:
	VMOVDQU64 (AX), Z16
	VMOVDQU64 (DX), Z20
	VMOVDQU64 (DX)(R9*1), Z21
	VMOVDQU64 (DX)(R9*2), Z22
	VMOVDQU64 (DX)(R12*1), Z23
	VPDPBUSD  Z20, Z16, Z0
	VPDPBUSD  Z21, Z16, Z1
	VPDPBUSD  Z22, Z16, Z2
	VPDPBUSD  Z23, Z16, Z3
	ADDQ $64, AX
	ADDQ $64, DX
	SUBQ $64, R10
	JNZ  step1

	ADD4TOTALS

	ADDQ $16, BX
	LEAQ (DI)(R9*4), DI
	DECQ CX
	JNZ  quad1

done1:
	VZEROUPPER
	RET

// func gemv4VNNI(a *byte, rows **byte, nq int, kp int, c *int32)
//
// For q < nq: c[4q + j] += Σ_{k<kp} int8(a[k]) · (int8(rows[4q+j][k]) + 128), j < 4.
//
// The matrix-vector form: B is read once, straight from its rows, so nothing may be done to it
// ahead of time. Flipping B here (XOR 0x80 makes it the unsigned operand) costs one cheap
// logical op per vector and moves the correction onto A: it is 128·Σa, one number for the whole
// product, where flipping A would need Σb for every row of B (another pass over B). The rows are
// reached through a table, so they may lie anywhere: in one matrix, or each in its own page of
// the machine's memory.
TEXT ·gemv4VNNI(SB), NOSPLIT, $0-40
	MOVQ a+0(FP), SI
	MOVQ rows+8(FP), DI
	MOVQ nq+16(FP), CX
	MOVQ kp+24(FP), R11
	MOVQ c+32(FP), BX
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z31
	TESTQ CX, CX
	JZ   donev

quadv:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	MOVQ 0(DI), R13
	MOVQ 8(DI), R14
	MOVQ 16(DI), R15
	MOVQ 24(DI), R8
	XORQ R10, R10

stepv:
	VMOVDQU64 (SI)(R10*1), Z16
	VPXORD    (R13)(R10*1), Z31, Z20
	VPXORD    (R14)(R10*1), Z31, Z21
	VPXORD    (R15)(R10*1), Z31, Z22
	VPXORD    (R8)(R10*1), Z31, Z23
	VPDPBUSD  Z16, Z20, Z0
	VPDPBUSD  Z16, Z21, Z1
	VPDPBUSD  Z16, Z22, Z2
	VPDPBUSD  Z16, Z23, Z3
	ADDQ $64, R10
	CMPQ R10, R11
	JNE  stepv

	ADD4TOTALS

	ADDQ $16, BX
	ADDQ $32, DI
	DECQ CX
	JNZ  quadv

donev:
	VZEROUPPER
	RET

// func sumVNNI(b *byte, n int) int32
//
// Σ int8(b[k]) for k < n (n a multiple of 64), wrapping: VPDPBUSD with all-ones unsigned bytes.
TEXT ·sumVNNI(SB), NOSPLIT, $0-20
	MOVQ b+0(FP), SI
	MOVQ n+8(FP), CX
	VPXORD Z0, Z0, Z0
	MOVL $0x01010101, AX
	VPBROADCASTD AX, Z1
	TESTQ CX, CX
	JZ   sumdone

sumloop:
	VPDPBUSD (SI), Z1, Z0
	ADDQ $64, SI
	SUBQ $64, CX
	JNZ  sumloop

sumdone:
	VEXTRACTI64X4 $1, Z0, Y2
	VPADDD        Y2, Y0, Y0
	VEXTRACTI128  $1, Y0, X2
	VPADDD        X2, X0, X0
	VPSHUFD       $0x4E, X0, X2
	VPADDD        X2, X0, X0
	VPSHUFD       $0xB1, X0, X2
	VPADDD        X2, X0, X0
	VMOVD         X0, AX
	MOVL          AX, ret+16(FP)
	VZEROUPPER
	RET
