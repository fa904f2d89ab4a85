package bulk

import (
	"fmt"
	"unsafe"
)

// The register-tiled path of MATMUL (kernels that set kernel.gemm).
//
// The dot-product kernels keep a 4×4 block of outputs in registers and reduce 16 vectors of
// partial sums at the end of every tile; per 64 bytes of k they load eight vectors for 16
// multiply-adds. The GEMM kernel instead holds a gemmMR×gemmNR tile of C in registers and walks
// k in groups of four: two vector loads of a packed B panel and gemmMR 4-byte broadcasts of A
// feed 2·gemmMR multiply-adds, and the tile is written once, already corrected. B is repacked
// one panel at a time (gemmNR rows of B, one k-block) into the layout the instruction consumes:
// the panel is small enough to stay in L1 while every gemmMR-row block of A streams past it.
const (
	gemmMR = 12 // rows of A (and of C) per micro-kernel call
	gemmNR = 32 // columns of C per micro-kernel call: rows of B per packed panel
)

// gemmKC is the k-block of the GEMM path: a packed panel of gemmNR·gemmKC bytes (8 KiB) and the
// gemmMR A rows streaming past it (3 KiB) stay in L1 with room to spare (at 1024 the panel alone
// takes 32 of Zen 5's 48 KiB). On one Zen 5 core, measured on a busy machine, 256 ran at 650–676
// GOPS against 547–583 for 512 and 588–670 for 1024.
const gemmKC = 256

// colQuantum is the granularity of column groups and of the C row stride for this kernel.
func (k *kernel) colQuantum() int {
	if k.gemm != nil {
		return gemmNR
	}
	return 4
}

// rowQuantum is the granularity of row groups for this kernel.
func (k *kernel) rowQuantum() int {
	if k.gemm != nil {
		return gemmMR
	}
	return 4
}

// blockGemm is block for a GEMM kernel (r1 − r0 ≥ gemmMR, j1 − j0 a multiple of gemmNR). Full
// gemmMR-row blocks go through the micro-kernel in one call per panel and k-block; the rows
// left over (fewer than gemmMR) are copied into a gemmMR-row block padded with zero rows, which
// the micro-kernel multiplies with the same packed panel into a scratch tile, and only their
// rows of that tile are kept. That costs one tile per panel and k-block, and it means this path
// reads B only through pack, from p.rows, wherever the rows lie. Results go where cTable says.
//
// The correction −128·Σ_k B[j,k] comes from the packing, which sees every byte of B anyway: the
// panel's sums are complete after its last k-block, so that block's tiles add the correction
// (the earlier ones add zero). p.corr holds only the bias here (finishRow), and nothing shared
// is written: work units that pack the same panel each keep their own sums.
func (p *mmPlan) blockGemm(a []byte, c []int32, r0, r1, j0, j1 int) {
	kp := p.kp
	nb := (r1 - r0) / gemmMR
	full := r0 + nb*gemmMR
	s := p.pool.getScratch()
	defer p.pool.putScratch(s)
	pk := grow(&s.pk, gemmNR*p.kc)
	var pad []byte // the leftover rows of A, then zero rows
	if full < r1 {
		pad = grow(&s.pad, gemmMR*kp)
		copy(pad, a[full*kp:r1*kp])
		clear(pad[(r1-full)*kp:])
		for r := range s.tileRows {
			s.tileRows[r] = &s.tile[r*gemmNR]
		}
	}
	ct := grow(&s.ct, r1-r0)
	for jp := j0; jp < j1; jp += gemmNR {
		p.cTable(ct, c, r0, r1, jp)
		s.sums = [gemmNR]int32{}
		rows := p.rows[jp : jp+gemmNR]
		for k0 := 0; k0 < kp; k0 += p.kc {
			kl := min(p.kc, kp-k0)
			p.kern.pack(pk, rows, k0, kl, s.sums[:])
			add := s.zero[:]
			if k0+kl == kp {
				for j := range s.corr {
					s.corr[j] = p.corr[jp+j] - 128*s.sums[j]
				}
				add = s.corr[:]
			}
			p.kern.gemm(a[r0*kp+k0:], kp, pk, kl/4, ct, add, k0 > 0, nb)
			if pad != nil {
				p.kern.gemm(pad[k0:], kp, pk, kl/4, s.tileRows[:], add, k0 > 0, 1)
			}
		}
		for i := full; i < r1; i++ {
			copy(unsafe.Slice(ct[i-r0], gemmNR), s.tile[(i-full)*gemmNR:])
		}
	}
}

// gemmScratch is a GEMM work unit's state, kept in the pool between calls: the packed panel,
// the padded leftover rows of A, the scratch tile they are multiplied into, the table of C rows,
// and the panel's sums and corrections.
type gemmScratch struct {
	pk, pad          []byte
	ct               []*int32
	tile             [gemmMR * gemmNR]int32
	tileRows         [gemmMR]*int32
	sums, corr, zero [gemmNR]int32
}

// grow returns (*b)[:n], reallocating *b if it is too short.
func grow[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	}
	return (*b)[:n]
}

// cTable sets t[i−r0], for rows i in [r0, r1), to where row i's columns [j, j+gemmNR) of the
// result go: into the destination's bytes in the memory where p.direct offers them, else into
// c (row stride np).
func (p *mmPlan) cTable(t []*int32, c []int32, r0, r1, j int) {
	for i := r0; i < r1; i++ {
		var q *int32
		if p.direct != nil {
			q = p.direct(i, j)
		}
		if q == nil {
			q = &c[i*p.np+j : i*p.np+j+gemmNR][0] // the slice expression checks the bounds
		}
		t[i-r0] = q
	}
}

// checkGemm panics unless the slices cover every byte a gemm call may touch and every C row
// pointer is set (the assembly takes raw pointers; each pointer's gemmNR int32s are the
// caller's to guarantee, which cTable does by taking them from slices that hold them).
func checkGemm(a []byte, lda int, bp []byte, kq int, c []*int32, add []int32, nb int) {
	if kq <= 0 || kq%4 != 0 || lda < 4*kq || nb <= 0 {
		panic(fmt.Sprintf("bulk: bad gemm geometry kq=%d lda=%d nb=%d", kq, lda, nb))
	}
	rows := nb * gemmMR
	if len(a) < (rows-1)*lda+4*kq || len(bp) < 128*kq || len(c) < rows || len(add) < gemmNR {
		panic(fmt.Sprintf("bulk: gemm operands too short: len(a)=%d len(bp)=%d len(c)=%d len(add)=%d",
			len(a), len(bp), len(c), len(add)))
	}
	for r, q := range c[:rows] {
		if q == nil {
			panic(fmt.Sprintf("bulk: gemm C row %d not set", r))
		}
	}
}
