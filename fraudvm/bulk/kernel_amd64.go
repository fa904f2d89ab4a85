//go:build amd64 && !purego

package bulk

import (
	"fmt"

	"golang.org/x/sys/cpu"
)

// The AVX-512 VNNI kernel (kernel_amd64.s). VPDPBUSD multiplies unsigned by signed bytes, which
// is why prepared A rows hold A XOR 0x80 = A + 128 as unsigned bytes: the kernel then sums
// (a+128)·b, and the driver subtracts 128·Σb per B row. Both the instruction and the correction
// wrap mod 2^32, so the result is exact for every input, including K at isa.MaxMatMulK.

//go:noescape
func dot4x4VNNI(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)

//go:noescape
func dot1x4VNNI(a *byte, b *byte, ldb int, nq int, kp int, c *int32)

//go:noescape
func sumVNNI(b *byte, n int) int32

//go:noescape
func gemm12x32VNNI(a *byte, lda int, b *byte, kq int, c **int32, add *int32, accum int, nb int)

//go:noescape
func gemv4VNNI(a *byte, rows **byte, nq int, kp int, c *int32)

//go:noescape
func pack16VNNI(dst *byte, rows *[16]*byte, kq int, sums *int32)

var vnniKernel = kernel{name: "avx512vnni", tile4: vnniTile4, tile1: vnniTile1, sum: vnniSum, gemm: vnniGemm, pack: vnniPack, gemv: gemvOf(gemv4VNNI)}

// vnniPack is the VNNI kernel's pack: two 16-row halves, each an in-register transpose.
func vnniPack(dst []byte, rows [][]byte, k0, kl int, sums []int32) {
	if kl <= 0 || kl%64 != 0 || k0 < 0 || len(rows) < gemmNR || len(dst) < 32*kl || len(sums) < gemmNR {
		panic(fmt.Sprintf("bulk: bad pack geometry k0=%d kl=%d rows=%d len(dst)=%d", k0, kl, len(rows), len(dst)))
	}
	var p [gemmNR]*byte
	rowPointers(p[:], rows, k0, kl)
	pack16VNNI(&dst[0], (*[16]*byte)(p[:16]), kl/4, &sums[0])
	pack16VNNI(&dst[64], (*[16]*byte)(p[16:]), kl/4, &sums[16])
}

func vnniGemm(a []byte, lda int, bp []byte, kq int, c []*int32, add []int32, accum bool, nb int) {
	checkGemm(a, lda, bp, kq, c, add, nb)
	acc := 0
	if accum {
		acc = 1
	}
	gemm12x32VNNI(&a[0], lda, &bp[0], kq, &c[0], &add[0], acc, nb)
}

func vnniTile4(a []byte, lda int, b []byte, ldb, nq, kp int, c []int32, ldc int) {
	checkTile(a, lda, 4, b, ldb, nq, kp, c, ldc)
	if nq > 0 {
		dot4x4VNNI(&a[0], lda, &b[0], ldb, nq, kp, &c[0], ldc)
	}
}

func vnniTile1(a []byte, b []byte, ldb, nq, kp int, c []int32) {
	checkTile(a, kp, 1, b, ldb, nq, kp, c, 4*nq)
	if nq > 0 {
		dot1x4VNNI(&a[0], &b[0], ldb, nq, kp, &c[0])
	}
}

func vnniSum(b []byte) int32 {
	if len(b)%kpAlign != 0 {
		panic("bulk: vnniSum length not a multiple of 64")
	}
	if len(b) == 0 {
		return 0
	}
	return sumVNNI(&b[0], len(b))
}

// haveVNNI reports whether this CPU runs the VNNI kernel: AVX-512 F and BW for the loads and
// shuffles, VNNI for VPDPBUSD, and an OS that saves the ZMM state (x/sys/cpu folds that in).
func haveVNNI() bool {
	return cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI
}

// kernels lists the kernels this build can run on this CPU, fastest first: the backend runs
// the first, the tests run them all against each other and the definition.
func kernels() []*kernel {
	var ks []*kernel
	if haveVNNI() {
		ks = append(ks, &vnniKernel)
	}
	if haveAVXVNNI() {
		ks = append(ks, &avxVNNIKernel)
	}
	if haveAVX2() {
		ks = append(ks, &avx2Kernel)
	}
	return append(ks, &goKernel)
}

// vnniPeak runs n iterations of 24 independent register-only VPDPBUSD (gemm_amd64.s): the
// ceiling BenchmarkVNNIPeak measures for the kernels.
//
//go:noescape
func vnniPeak(n int)
