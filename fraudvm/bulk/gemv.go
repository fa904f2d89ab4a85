package bulk

import "fmt"

// The matrix-vector form of MATMUL (kernels that set kernel.gemv), for one to three rows of A.
//
// With one row of A every byte of B is used once, so the product runs at the speed B can be
// read, and anything done to B beforehand (a copy, a pass for the correction sums) costs as
// much again. So here A stays signed and the kernel flips B as it loads it: it sums
// a·(b + 128) = a·b + 128·a, and the correction is −128·Σa per row of A, computed once, instead
// of −128·Σb per row of B. The kernel reaches B's rows through a table (mmPlan.rows): where they
// are already dense and aligned (k a multiple of kpAlign) it reads them where they are, in the
// caller's matrix (mmPlan.useB) or in the memory's pages (mmPlan.useRow).

// blockGemv computes rows [r0, r1) of D for B rows [j0, j1) with the matrix-vector kernel, one
// row at a time (j1 − j0 a multiple of 4; A signed, corr the bias). It serves the matrix-vector
// form and the rows a GEMM plan has too few of for a tile; the latter take their row sums here.
func (p *mmPlan) blockGemv(a []byte, c []int32, r0, r1, j0, j1 int) {
	kp, np := p.kp, p.np
	for i := r0; i < r1; i++ {
		cr := c[i*np+j0 : i*np+j1]
		var sa int32
		if p.gemv {
			sa = p.asum[i]
		} else {
			sa = p.kern.sum(a[i*kp : (i+1)*kp])
		}
		s := -128 * sa
		for j := range cr {
			cr[j] = p.corr[j0+j] + s
		}
		for k0 := 0; k0 < kp; k0 += p.kc {
			kl := min(p.kc, kp-k0)
			p.kern.gemv(a[i*kp+k0:], p.rows[j0:j1], k0, kl, cr)
		}
	}
}

// gemvRowsPerCall is how many rows of B one call of an assembly matrix-vector kernel takes
// (their pointers sit in a table on the caller's stack).
const gemvRowsPerCall = 64

// gemvOf makes a kernel.gemv of an assembly body that takes nq quads of row pointers: it checks
// the operands, points a table at bytes [k0, k0+kl) of each row and calls the body a table at a
// time.
func gemvOf(body func(a *byte, rows **byte, nq int, kp int, c *int32)) func([]byte, [][]byte, int, int, []int32) {
	return func(a []byte, rows [][]byte, k0, kl int, c []int32) {
		if kl <= 0 || kl%kpAlign != 0 || k0 < 0 || len(a) < kl || len(c)%4 != 0 || len(rows) < len(c) {
			panic(fmt.Sprintf("bulk: bad gemv geometry k0=%d kl=%d len(a)=%d rows=%d len(c)=%d", k0, kl, len(a), len(rows), len(c)))
		}
		var t [gemvRowsPerCall]*byte
		for j0 := 0; j0 < len(c); j0 += gemvRowsPerCall {
			n := min(gemvRowsPerCall, len(c)-j0)
			rowPointers(t[:n], rows[j0:], k0, kl)
			body(&a[0], &t[0], n/4, kl, &c[j0])
		}
	}
}
