package bulk

import "encoding/binary"

// MATMUL on dense operands.
//
// D[i,j] = C[0,j] + Σ_{k<K} A[i,k]·B[j,k], all wrapping int32. Integer addition mod 2^32 is
// associative and commutative, so any blocking, any order of summation and any split across
// goroutines gives the bits the micro-steps give; that is what lets this file reorganise the
// computation freely.
//
// The kernels want rows of kp = roundup(K, 64) bytes, unsigned A and signed B (VPDPBUSD's
// operand types). A row is stored as A XOR 0x80 = A + 128, so a kernel sums (A+128)·B and the
// driver subtracts 128·ΣB[j,·]: it starts every output at corr[j] = bias[j] − 128·Σ_k B[j,k]
// and lets the kernels add. Padding bytes are zero in B, so whatever padding A has contributes
// nothing.

// mmPlan is one MATMUL's shape, its prepared B operand and its correction terms.
type mmPlan struct {
	kern    *kernel
	workers *crew
	pool    *pool
	n, k    int
	kp, np  int // row length and row count of the prepared buffers
	kc      int // k-block: bytes of a row one pass of the kernels covers
	cq      int // column quantum: column groups and np are multiples of it
	b       []byte
	bPooled bool // b came from the pool (not the caller's matrix: see useB)
	// rows are B's rows as the GEMM and matrix-vector kernels read them (np of them, kp bytes
	// each; nil for the dot-product kernels, which read b): rows of b, or of the caller's
	// matrix (useB), or, row by row, the memory's own bytes (useRow).
	rows [][]byte
	// direct, when set (GEMM path only), gives where row i's columns [j, j+gemmNR) of D may be
	// stored as they are computed (gemmNR int32s in the destination's bytes, native order), or
	// nil for the result buffer: see gemm.go's cTable.
	direct func(i, j int) *int32
	corr   []int32
	// gemv selects the matrix-vector form (gemv.go) for every row.
	gemv bool
	// signedA: A rows stay signed (prepA only zeroes their padding) and corr holds only the
	// bias. True for the matrix-vector form, whose kernel flips B as it loads it, and for GEMM
	// kernels, which flip A as they broadcast it and take B's sums from their packing (gemm.go).
	// Otherwise (the dot-product kernels) prepA flips A and corr includes −128·ΣB.
	signedA bool
	asum    []int32 // gemv: Σ_k A[i,k] per row of A, for the correction −128·asum[i]
}

// Blocking. One k-block of an A quad (4·kc bytes) stays in L1 while the kernel streams a column
// group of B (≈ colGroupBytes) from L2.
const (
	kBlock        = 8192  // used when rows are longer than kBlockMax
	kBlockMax     = 16384 // rows up to this length are not split
	colGroupBytes = 256 << 10
)

// newMMPlan prepares a MATMUL of rows×k by k×n (rows is a hint: it picks the matrix-vector form
// for rows < 4 where the kernel has one).
func newMMPlan(kern *kernel, workers *crew, pl *pool, n, k, rows int) *mmPlan {
	gemv := kern.gemv != nil && rows < 4
	cq := kern.colQuantum()
	if gemv {
		cq = 4
	}
	kp := roundUp(k, kpAlign)
	np := roundUp(n, cq)
	kc := kp
	if kp > kBlockMax {
		kc = kBlock
	}
	if kern.gemm != nil && !gemv && kp > gemmKC {
		kc = gemmKC
	}
	p := &mmPlan{
		kern: kern, workers: workers, pool: pl, n: n, k: k, kp: kp, np: np, kc: kc, cq: cq,
		b: pl.getBytes(np * kp), bPooled: true,
		corr: pl.getInts(np),
		gemv: gemv, signedA: gemv || kern.gemm != nil,
	}
	clear(p.b[n*kp:]) // the padding rows multiply to zero
	clear(p.corr[n:])
	if kern.gemm != nil || gemv {
		p.rows = pl.getRows(np)
		for j := range p.rows {
			p.rows[j] = p.b[j*kp : (j+1)*kp]
		}
	}
	return p
}

// release returns the plan's buffers to the pool.
func (p *mmPlan) release() {
	if p.bPooled {
		p.pool.putBytes(p.b)
	}
	p.pool.putInts(p.corr)
	if p.rows != nil {
		p.pool.putRows(p.rows)
	}
	p.b, p.corr, p.rows = nil, nil, nil
}

func roundUp(x, m int) int { return (x + m - 1) / m * m }

// bRow is where the caller stores row j of B (K signed bytes); then it calls finishRow(j).
func (p *mmPlan) bRow(j int) []byte { return p.b[j*p.kp : j*p.kp+p.k] }

// finishRow zeroes row j's padding and computes its correction term while the row is hot.
func (p *mmPlan) finishRow(j int, bias int32) {
	row := p.b[j*p.kp : (j+1)*p.kp]
	clear(row[p.k:])
	if p.signedA {
		p.corr[j] = bias
		return
	}
	p.corr[j] = bias - 128*p.kern.sum(row)
}

// aBuf returns a buffer for rows rows of A: the caller stores row i at [i*kp, i*kp+K), then
// calls prepA for it; the padding may hold anything (prepA sees to it).
func (p *mmPlan) aBuf(rows int) []byte {
	p.sizeA(rows)
	return p.pool.getBytes(rows * p.kp)
}

// sizeA sets up per-row state for an A buffer of rows rows.
func (p *mmPlan) sizeA(rows int) {
	if p.gemv {
		p.asum = make([]int32, rows)
	}
}

// aInPlace reports whether A's rows can be used where they lie (rows of exactly kp bytes,
// nothing to change in them).
func (p *mmPlan) aInPlace() bool { return p.signedA && p.kp == p.k }

// useB makes the plan read B's rows from b (n rows of k bytes) instead of its own buffer, when
// the layouts agree and nothing needs a pass over B first (the matrix-vector and GEMM paths); it
// reports whether it did. The caller then only sets the corrections
// (finishRow with the row's bias, which leaves the row alone).
func (p *mmPlan) useB(b []byte) bool {
	if !p.signedA || p.kp != p.k || p.np != p.n || len(b) < p.n*p.k {
		return false
	}
	p.pool.putBytes(p.b)
	p.b, p.bPooled = b[:p.n*p.k], false
	for j := range p.rows {
		p.rows[j] = p.b[j*p.k : (j+1)*p.k]
	}
	return true
}

// readsRows reports whether the kernels read B only through p.rows, so that a row may be given
// where it lies (useRow) instead of copied into bRow: the GEMM and matrix-vector kernels (not the
// dot-product ones), with rows that need no padding.
func (p *mmPlan) readsRows() bool { return p.rows != nil && p.kp == p.k }

// allGemm reports whether every row of an A block of rows rows goes through the GEMM path
// (blockGemm), which reads B through p.rows and stores through cTable (so p.direct applies).
func (p *mmPlan) allGemm(rows int) bool { return p.kern.gemm != nil && !p.gemv && rows >= gemmMR }

// useRow makes the kernels read row j of B from v (K bytes, which must not change until the
// plan is released) instead of bRow(j); the caller then calls finishRow(j) as usual. Only
// where readsRows.
func (p *mmPlan) useRow(j int, v []byte) { p.rows[j] = v[:p.kp] }

// prepA prepares rows [lo, hi) of an A buffer for the kernels, in place: for the dot-product
// kernels flipped (the padding then meets B's zero padding); otherwise padding zeroed (the
// matrix-vector kernel meets it with B's zero padding flipped, as 128) and, for the
// matrix-vector form, each row's sum taken. Callers do it as they load the rows, while the rows
// are in cache, and from their own goroutines.
func (p *mmPlan) prepA(a []byte, lo, hi int) {
	if !p.signedA {
		flip(a[lo*p.kp : hi*p.kp])
		return
	}
	for i := lo; i < hi; i++ {
		row := a[i*p.kp : (i+1)*p.kp]
		clear(row[p.k:])
		if p.gemv {
			p.asum[i] = p.kern.sum(row)
		}
	}
}

// cBuf returns an output buffer for rows rows: row i at [i*np, i*np+N).
func (p *mmPlan) cBuf(rows int) []int32 { return p.pool.getInts(rows * p.np) }

// run computes rows rows of D into c from the A rows in a (prepared by prepA), with all of B
// prepared (bRow and finishRow for every row).
func (p *mmPlan) run(a []byte, rows int, c []int32) {
	cols := p.colSplit()
	colGroups := len(cols) - 1
	// Work units: column groups of B × row groups of A (a multiple of the kernel's row quantum,
	// the last one taking the remainder) when there are too few column groups to go round.
	// Every unit owns its rectangle of c.
	rowGroups := 1
	if colGroups < 2*p.workers.n {
		rowGroups = min(max(1, rows/4), (2*p.workers.n+colGroups-1)/colGroups)
	}
	rq := p.kern.rowQuantum()
	mr := max(rq, rows/rowGroups/rq*rq)
	rowGroups = max(1, rows/mr)
	p.workers.forEach(colGroups*rowGroups, func(u int) {
		cg, rg := u/rowGroups, u%rowGroups
		r0, r1 := rg*mr, (rg+1)*mr
		if rg == rowGroups-1 {
			r1 = rows
		}
		p.block(a, c, r0, r1, cols[cg], cols[cg+1])
	})
}

// runStreamB computes all rows of D into c with all of A in a (prepared by prepA) and B not yet
// loaded: each work unit calls loadB(j0, j1) for its own column group of B's rows (loadB fills
// bRow(j) and calls finishRow(j) for j in [j0, j1)), then multiplies the group while it is in
// cache. B is touched once, which is what a matrix-vector product needs. The stages pre (which
// fills a, then prepA) and post (which reads c) run before and after, in the same parallel run
// (crew.stages); either may be empty.
func (p *mmPlan) runStreamB(a []byte, rows int, c []int32, loadB func(j0, j1 int), pre, post stage) {
	cols := p.colSplit()
	p.workers.stages(pre, stage{len(cols) - 1, func(cg int) {
		j0, j1 := cols[cg], cols[cg+1]
		loadB(j0, min(j1, p.n))
		p.block(a, c, 0, rows, j0, j1)
	}}, post)
}

// colSplit splits B's np rows into column groups for the work units and returns their bounds
// (multiples of the kernel's column quantum, from 0 to np). Sizes shrink as the split goes
// (guided self-scheduling): each group is about 1/(2·workers) of the columns still unassigned,
// and at most about colGroupBytes of one k-block. Units are handed out in order, so the large
// ones go first and the last ones are one quantum wide: the workers finish within a small unit
// of each other, where equal groups left one core idle for half a group at the end (~10% of a
// 0.5 ms MATMUL on two cores), and a worker that starts late simply takes fewer units.
func (p *mmPlan) colSplit() []int {
	cq := p.cq
	most := max(cq, colGroupBytes/p.kc/cq*cq)
	bounds := []int{0}
	for j := 0; j < p.np; {
		rem := p.np - j
		g := min(most, roundUp((rem+2*p.workers.n-1)/(2*p.workers.n), cq), rem)
		j += g
		bounds = append(bounds, j)
	}
	return bounds
}

// block computes the rectangle of D for A rows [r0, r1) and B rows [j0, j1) into c, starting
// from the corrections (j1 − j0 a multiple of the kernel's column quantum).
func (p *mmPlan) block(a []byte, c []int32, r0, r1, j0, j1 int) {
	if p.gemv {
		p.blockGemv(a, c, r0, r1, j0, j1)
		return
	}
	if p.kern.gemm != nil {
		if r1-r0 >= gemmMR {
			p.blockGemm(a, c, r0, r1, j0, j1)
		} else {
			p.blockGemv(a, c, r0, r1, j0, j1) // too few rows for a tile; A is signed here
		}
		return
	}
	for i := r0; i < r1; i++ {
		copy(c[i*p.np+j0:i*p.np+j1], p.corr[j0:j1])
	}
	p.blockDot(a, c, r0, r1, j0, j1)
}

// blockDot adds to c the products of A rows [r0, r1) and B rows [j0, j1) with the dot-product
// kernels (j1 − j0 a multiple of 4).
func (p *mmPlan) blockDot(a []byte, c []int32, r0, r1, j0, j1 int) {
	kp, np := p.kp, p.np
	nq := (j1 - j0) / 4
	for k0 := 0; k0 < kp; k0 += p.kc {
		kl := min(p.kc, kp-k0)
		b := p.b[j0*kp+k0:]
		i := r0
		for ; i+4 <= r1; i += 4 {
			p.kern.tile4(a[i*kp+k0:], kp, b, kp, nq, kl, c[i*np+j0:], np)
		}
		for ; i < r1; i++ {
			p.kern.tile1(a[i*kp+k0:], b, kp, nq, kl, c[i*np+j0:])
		}
	}
}

// flip XORs every byte with 0x80, eight at a time.
func flip(b []byte) {
	const m = 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], binary.LittleEndian.Uint64(b[i:])^m)
	}
	for ; i < len(b); i++ {
		b[i] ^= 0x80
	}
}

// matmulDense is MATMUL on dense row-major operands: d (M×N) = bias + a (M×K) · bᵀ (b is N×K),
// a and b holding int8 values as bytes, wrapping; bias may be nil. streamB selects the driver
// (runStreamB, or B prepared whole and run). It is the backend's pipeline minus the memory:
// for tests and benchmarks.
func matmulDense(kern *kernel, workers *crew, pl *pool, d []int32, a, b []byte, bias []int32, m, n, k int, streamB bool) {
	p := newMMPlan(kern, workers, pl, n, k, m)
	defer p.release()
	inPlace := p.useB(b)
	loadB := func(j0, j1 int) {
		for j := j0; j < j1; j++ {
			if !inPlace {
				copy(p.bRow(j), b[j*k:(j+1)*k])
			}
			var c int32
			if bias != nil {
				c = bias[j]
			}
			p.finishRow(j, c)
		}
	}
	// With no row padding the results can go straight to d.
	c := d
	if p.np != n {
		c = p.cBuf(m)
		defer p.pool.putInts(c)
	}
	var ab []byte
	switch {
	case p.aInPlace():
		ab = a[:m*k]
		p.sizeA(m)
		if p.gemv {
			workers.spans(m, 64, func(lo, hi int) { p.prepA(ab, lo, hi) }) // sums only
		}
	default:
		ab = p.aBuf(m)
		defer p.pool.putBytes(ab)
		workers.spans(m, 64, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				copy(ab[i*p.kp:i*p.kp+k], a[i*k:(i+1)*k])
			}
			p.prepA(ab, lo, hi)
		})
	}
	if streamB {
		p.runStreamB(ab, m, c, loadB, stage{}, stage{})
	} else {
		workers.spans(n, 64, loadB)
		p.run(ab, m, c)
	}
	if p.np != n {
		workers.spans(m, 64, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				copy(d[i*n:(i+1)*n], c[i*p.np:i*p.np+n])
			}
		})
	}
}
