package bulk

// The matrix-vector form of MATMUL (kernels that set kernel.gemv), for one to three rows of A.
//
// With one row of A every byte of B is used once, so the product runs at the speed B can be
// read, and anything done to B beforehand (a copy, a pass for the correction sums) costs as
// much again. So here A stays signed and the kernel flips B as it loads it: it sums
// a·(b + 128) = a·b + 128·a, and the correction is −128·Σa per row of A, computed once, instead
// of −128·Σb per row of B. Where B's rows are already dense and aligned (k a multiple of
// kpAlign) the kernel reads them where they are (mmPlan.useB).

// blockGemv computes rows [r0, r1) of D for B rows [j0, j1) with the matrix-vector kernel, one
// row at a time (j1 − j0 a multiple of 4; A signed, corr the bias). It serves the matrix-vector
// form and the rows a GEMM plan has too few of for a tile; the latter take their row sums here.
func (p *mmPlan) blockGemv(a []byte, c []int32, r0, r1, j0, j1 int) {
	kp, np := p.kp, p.np
	nq := (j1 - j0) / 4
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
			p.kern.gemv(a[i*kp+k0:], p.b[j0*kp+k0:], kp, nq, kl, cr)
		}
	}
}
