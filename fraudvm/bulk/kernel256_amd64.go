//go:build amd64 && !purego

package bulk

import "golang.org/x/sys/cpu"

// The 256-bit kernels (kernel256_amd64.s), for x86 CPUs without AVX-512 VNNI: AVX-VNNI where
// the CPU has it, else AVX2. Same contracts and results as every other kernel; slower than the
// AVX-512 GEMM, much faster than pure Go.

//go:noescape
func dot4x4AVXVNNI(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)

//go:noescape
func dot1x4AVXVNNI(a *byte, b *byte, ldb int, nq int, kp int, c *int32)

//go:noescape
func gemv4AVXVNNI(a *byte, rows **byte, nq int, kp int, c *int32)

//go:noescape
func dot4x4AVX2(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)

//go:noescape
func dot1x4AVX2(a *byte, b *byte, ldb int, nq int, kp int, c *int32)

//go:noescape
func sumAVX2(b *byte, n int) int32

var (
	avxVNNIKernel = kernel{name: "avxvnni", tile4: tile4Of(dot4x4AVXVNNI), tile1: tile1Of(dot1x4AVXVNNI),
		sum: avx2Sum, gemv: gemvOf(gemv4AVXVNNI)}
	avx2Kernel = kernel{name: "avx2", tile4: tile4Of(dot4x4AVX2), tile1: tile1Of(dot1x4AVX2), sum: avx2Sum}
)

// haveAVXVNNI reports the VEX-encoded VPDPBUSD (AVX-VNNI, CPUID.(EAX=7,ECX=1):EAX[4]); x/sys/cpu
// folds in whether the OS saves the YMM state.
func haveAVXVNNI() bool { return haveAVX2() && cpu.X86.HasAVXVNNI }

func haveAVX2() bool { return cpu.X86.HasAVX2 && cpu.X86.HasAVX }

func tile4Of(f func(a *byte, lda int, b *byte, ldb int, nq int, kp int, c *int32, ldc int)) func([]byte, int, []byte, int, int, int, []int32, int) {
	return func(a []byte, lda int, b []byte, ldb, nq, kp int, c []int32, ldc int) {
		checkTile(a, lda, 4, b, ldb, nq, kp, c, ldc)
		if nq > 0 {
			f(&a[0], lda, &b[0], ldb, nq, kp, &c[0], ldc)
		}
	}
}

func tile1Of(f func(a *byte, b *byte, ldb int, nq int, kp int, c *int32)) func([]byte, []byte, int, int, int, []int32) {
	return func(a []byte, b []byte, ldb, nq, kp int, c []int32) {
		checkTile(a, kp, 1, b, ldb, nq, kp, c, 4*nq)
		if nq > 0 {
			f(&a[0], &b[0], ldb, nq, kp, &c[0])
		}
	}
}

func avx2Sum(b []byte) int32 {
	if len(b)%32 != 0 {
		panic("bulk: avx2Sum length not a multiple of 32")
	}
	if len(b) == 0 {
		return 0
	}
	return sumAVX2(&b[0], len(b))
}
