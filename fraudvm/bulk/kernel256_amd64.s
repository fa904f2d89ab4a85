//go:build amd64 && !purego

#include "textflag.h"

// 256-bit kernels for CPUs without AVX-512 VNNI (see kernel256_amd64.go): AVX-VNNI (the VEX
// form of VPDPBUSD, Intel Alder Lake and later, AMD Zen 5) and plain AVX2. They keep the
// dot-product contract of kernel_amd64.s: rows of unsigned A (A XOR 0x80) and signed B, sums
// wrapping in int32 lanes, and reduce each accumulator once per tile. VEX code sees only
// Y0–Y15, so tile4 runs as two 2×4 halves: 8 accumulators Y0–Y7, A in Y8–Y9, B in Y10–Y13.
//
// Go's assembler encodes VPDPBUSD on ymm only in its EVEX (AVX-512 VL) form, which a CPU with
// AVX-VNNI but no AVX-512 rejects, so VDPBUSD below spells the VEX encoding out:
// C4 | R̄X̄B̄ 00010 (0F38) | W=0 vvvv̄ L=1 pp=01 (66) | 50 | ModRM 11 reg=acc rm=src.
// VDPBUSD(s, u, d) is Y(d) += u8(Y(u)) · s8(Y(s)), summing groups of four, wrapping (Go's
// operand order: signed, unsigned, accumulator).
#define VDPBUSD(s, u, d) \
	BYTE $0xC4; \
	BYTE $(0x42 | ((1-((d)>>3))<<7) | ((1-((s)>>3))<<5)); \
	BYTE $(((15-(u))<<3) | 5); \
	BYTE $0x50; \
	BYTE $(0xC0 | (((d)&7)<<3) | ((s)&7))

// Horizontal sums of four accumulators into one xmm: lane j of X(h) = Σ Y(a_j), then added
// into the 16 bytes at mem. Uses Y14–Y15.
#define REDUCE4X(a0, a1, a2, a3, mem) \
	VPHADDD       a1, a0, Y14; \
	VPHADDD       a3, a2, Y15; \
	VPHADDD       Y15, Y14, Y14; \
	VEXTRACTI128  $1, Y14, X15; \
	VPADDD        X15, X14, X14; \
	VPADDD        mem, X14, X14; \
	VMOVDQU       X14, mem

// ---- AVX-VNNI ----

// One 32-byte step of a 2×4 half tile: A rows at (AX), (AX)(R8*1); B rows at (DX) + 0..3·ldb.
#define STEP2X4VNNI \
	VMOVDQU (AX), Y8; \
	VMOVDQU (AX)(R8*1), Y9; \
	VMOVDQU (DX), Y10; \
	VMOVDQU (DX)(R9*1), Y11; \
	VMOVDQU (DX)(R9*2), Y12; \
	VMOVDQU (DX)(R12*1), Y13; \
	VDPBUSD(10, 8, 0); \
	VDPBUSD(11, 8, 1); \
	VDPBUSD(12, 8, 2); \
	VDPBUSD(13, 8, 3); \
	VDPBUSD(10, 9, 4); \
	VDPBUSD(11, 9, 5); \
	VDPBUSD(12, 9, 6); \
	VDPBUSD(13, 9, 7)

#define ZERO8 \
	VPXOR Y0, Y0, Y0; \
	VPXOR Y1, Y1, Y1; \
	VPXOR Y2, Y2, Y2; \
	VPXOR Y3, Y3, Y3; \
	VPXOR Y4, Y4, Y4; \
	VPXOR Y5, Y5, Y5; \
	VPXOR Y6, Y6, Y6; \
	VPXOR Y7, Y7, Y7

// func dot4x4AVXVNNI(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)
TEXT ·dot4x4AVXVNNI(SB), NOSPLIT, $0-64
	MOVQ a+0(FP), SI
	MOVQ lda+8(FP), R8
	MOVQ b+16(FP), DI
	MOVQ ldb+24(FP), R9
	MOVQ nq+32(FP), CX
	MOVQ c+48(FP), BX
	MOVQ ldc+56(FP), R13
	SHLQ $2, R13          // ldc in bytes
	LEAQ (R9)(R9*2), R12  // 3·ldb
	TESTQ CX, CX
	JZ   done4v

quad4v:
	MOVQ SI, R14          // A rows of this half
	MOVQ BX, R15          // c rows of this half
	MOVQ $2, R11

half4v:
	ZERO8
	MOVQ R14, AX
	MOVQ DI, DX
	MOVQ kp+40(FP), R10

step4v:
	STEP2X4VNNI
	ADDQ $32, AX
	ADDQ $32, DX
	SUBQ $32, R10
	JNZ  step4v

	REDUCE4X(Y0, Y1, Y2, Y3, (R15))
	REDUCE4X(Y4, Y5, Y6, Y7, (R15)(R13*1))
	LEAQ (R14)(R8*2), R14
	LEAQ (R15)(R13*2), R15
	DECQ R11
	JNZ  half4v

	ADDQ $16, BX
	LEAQ (DI)(R9*4), DI
	DECQ CX
	JNZ  quad4v

done4v:
	VZEROUPPER
	RET

// func dot1x4AVXVNNI(a *byte, b *byte, ldb int, nq int, kp int, c *int32)
TEXT ·dot1x4AVXVNNI(SB), NOSPLIT, $0-48
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ ldb+16(FP), R9
	MOVQ nq+24(FP), CX
	MOVQ c+40(FP), BX
	LEAQ (R9)(R9*2), R12
	TESTQ CX, CX
	JZ   done1v

quad1v:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ SI, AX
	MOVQ DI, DX
	MOVQ kp+32(FP), R10

step1v:
	VMOVDQU (AX), Y8
	VMOVDQU (DX), Y10
	VMOVDQU (DX)(R9*1), Y11
	VMOVDQU (DX)(R9*2), Y12
	VMOVDQU (DX)(R12*1), Y13
	VDPBUSD(10, 8, 0)
	VDPBUSD(11, 8, 1)
	VDPBUSD(12, 8, 2)
	VDPBUSD(13, 8, 3)
	ADDQ $32, AX
	ADDQ $32, DX
	SUBQ $32, R10
	JNZ  step1v

	REDUCE4X(Y0, Y1, Y2, Y3, (BX))
	ADDQ $16, BX
	LEAQ (DI)(R9*4), DI
	DECQ CX
	JNZ  quad1v

done1v:
	VZEROUPPER
	RET

// func gemv4AVXVNNI(a *byte, rows **byte, nq int, kp int, c *int32)
//
// gemv4VNNI's contract (kernel_amd64.s): a signed, B flipped as it is loaded, rows through a
// table.
TEXT ·gemv4AVXVNNI(SB), NOSPLIT, $0-40
	MOVQ a+0(FP), SI
	MOVQ rows+8(FP), DI
	MOVQ nq+16(FP), CX
	MOVQ kp+24(FP), R11
	MOVQ c+32(FP), BX
	MOVL $0x80808080, AX
	MOVD AX, X9
	VPBROADCASTD X9, Y9
	TESTQ CX, CX
	JZ   donegv

quadgv:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ 0(DI), R13
	MOVQ 8(DI), R14
	MOVQ 16(DI), R15
	MOVQ 24(DI), R8
	XORQ R10, R10

stepgv:
	VMOVDQU (SI)(R10*1), Y8
	VPXOR   (R13)(R10*1), Y9, Y10
	VPXOR   (R14)(R10*1), Y9, Y11
	VPXOR   (R15)(R10*1), Y9, Y12
	VPXOR   (R8)(R10*1), Y9, Y13
	VDPBUSD(8, 10, 0)
	VDPBUSD(8, 11, 1)
	VDPBUSD(8, 12, 2)
	VDPBUSD(8, 13, 3)
	ADDQ $32, R10
	CMPQ R10, R11
	JNE  stepgv

	REDUCE4X(Y0, Y1, Y2, Y3, (BX))
	ADDQ $16, BX
	ADDQ $32, DI
	DECQ CX
	JNZ  quadgv

donegv:
	VZEROUPPER
	RET

// ---- AVX2 ----
//
// No byte dot product: widen to 16 bits (A zero-extended, being unsigned; B sign-extended) and
// VPMADDWD, which multiplies 16-bit pairs into 32-bit sums exactly (|a·b| ≤ 255·128, two of
// them < 2^16). VPMADDUBSW would be one instruction fewer but saturates at 16 bits, which
// full-range bytes reach. 16 bytes of k per step; Y14–Y15 hold products.

#define MADD(b, a, acc) \
	VPMADDWD b, a, Y14; \
	VPADDD   Y14, acc, acc

#define STEP2X4AVX2 \
	VPMOVZXBW (AX), Y8; \
	VPMOVZXBW (AX)(R8*1), Y9; \
	VPMOVSXBW (DX), Y10; \
	VPMOVSXBW (DX)(R9*1), Y11; \
	VPMOVSXBW (DX)(R9*2), Y12; \
	VPMOVSXBW (DX)(R12*1), Y13; \
	MADD(Y10, Y8, Y0); \
	MADD(Y11, Y8, Y1); \
	MADD(Y12, Y8, Y2); \
	MADD(Y13, Y8, Y3); \
	MADD(Y10, Y9, Y4); \
	MADD(Y11, Y9, Y5); \
	MADD(Y12, Y9, Y6); \
	MADD(Y13, Y9, Y7)

// func dot4x4AVX2(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)
TEXT ·dot4x4AVX2(SB), NOSPLIT, $0-64
	MOVQ a+0(FP), SI
	MOVQ lda+8(FP), R8
	MOVQ b+16(FP), DI
	MOVQ ldb+24(FP), R9
	MOVQ nq+32(FP), CX
	MOVQ c+48(FP), BX
	MOVQ ldc+56(FP), R13
	SHLQ $2, R13
	LEAQ (R9)(R9*2), R12
	TESTQ CX, CX
	JZ   done4a

quad4a:
	MOVQ SI, R14
	MOVQ BX, R15
	MOVQ $2, R11

half4a:
	ZERO8
	MOVQ R14, AX
	MOVQ DI, DX
	MOVQ kp+40(FP), R10

step4a:
	STEP2X4AVX2
	ADDQ $16, AX
	ADDQ $16, DX
	SUBQ $16, R10
	JNZ  step4a

	REDUCE4X(Y0, Y1, Y2, Y3, (R15))
	REDUCE4X(Y4, Y5, Y6, Y7, (R15)(R13*1))
	LEAQ (R14)(R8*2), R14
	LEAQ (R15)(R13*2), R15
	DECQ R11
	JNZ  half4a

	ADDQ $16, BX
	LEAQ (DI)(R9*4), DI
	DECQ CX
	JNZ  quad4a

done4a:
	VZEROUPPER
	RET

// func dot1x4AVX2(a *byte, b *byte, ldb int, nq int, kp int, c *int32)
TEXT ·dot1x4AVX2(SB), NOSPLIT, $0-48
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ ldb+16(FP), R9
	MOVQ nq+24(FP), CX
	MOVQ c+40(FP), BX
	LEAQ (R9)(R9*2), R12
	TESTQ CX, CX
	JZ   done1a

quad1a:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ SI, AX
	MOVQ DI, DX
	MOVQ kp+32(FP), R10

step1a:
	VPMOVZXBW (AX), Y8
	VPMOVSXBW (DX), Y10
	VPMOVSXBW (DX)(R9*1), Y11
	VPMOVSXBW (DX)(R9*2), Y12
	VPMOVSXBW (DX)(R12*1), Y13
	MADD(Y10, Y8, Y0)
	MADD(Y11, Y8, Y1)
	MADD(Y12, Y8, Y2)
	MADD(Y13, Y8, Y3)
	ADDQ $16, AX
	ADDQ $16, DX
	SUBQ $16, R10
	JNZ  step1a

	REDUCE4X(Y0, Y1, Y2, Y3, (BX))
	ADDQ $16, BX
	LEAQ (DI)(R9*4), DI
	DECQ CX
	JNZ  quad1a

done1a:
	VZEROUPPER
	RET

// func sumAVX2(b *byte, n int) int32
//
// Σ int8(b[k]) for k < n (n a multiple of 32), wrapping: flip to unsigned, let VPSADBW add
// eight bytes at a time into 64-bit lanes, and take 128·n back off at the end.
TEXT ·sumAVX2(SB), NOSPLIT, $0-20
	MOVQ b+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ CX, DX
	VPXOR Y0, Y0, Y0
	VPXOR Y2, Y2, Y2
	MOVL $0x80808080, AX
	MOVD AX, X1
	VPBROADCASTD X1, Y1
	TESTQ CX, CX
	JZ   sumdonea

sumloopa:
	VPXOR   (SI), Y1, Y3
	VPSADBW Y2, Y3, Y3
	VPADDQ  Y3, Y0, Y0
	ADDQ $32, SI
	SUBQ $32, CX
	JNZ  sumloopa

sumdonea:
	VEXTRACTI128 $1, Y0, X3
	VPADDQ       X3, X0, X0
	VPSHUFD      $0x4E, X0, X3
	VPADDQ       X3, X0, X0
	MOVQ         X0, AX
	SHLQ         $7, DX
	SUBQ         DX, AX
	MOVL         AX, ret+16(FP)
	VZEROUPPER
	RET
