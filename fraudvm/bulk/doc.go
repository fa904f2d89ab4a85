// Package bulk executes fraudvm instructions whole: everything the EXEC micro-steps of one
// instruction do to memory (docs/spec/fraudvm.md §4), at once, with bit-identical results. It is
// what executors and the trace provider run; the interpreter (fraudvm/vm) hands each
// instruction's EXEC phase to a Backend and advances the registers itself.
//
// # Exactness
//
// Every op is integer arithmetic whose result does not depend on evaluation order: MATMUL sums
// with wrapping int32 addition (associative and commutative mod 2^32, so any blocking, any
// vector width and any split across goroutines gives the micro-steps' bits), MAXPOOL takes a
// maximum, ARGMAX keeps the lowest index of the maximum, and the elementwise ops (REQUANT, ADD,
// LUT8) call isa's arithmetic, the single definition the interpreter and the Solidity verifier
// also follow. Every output element is owned by exactly one work unit, so scheduling never
// reaches the result.
//
// Writes touch only element bytes: destination rows are written as their cols·size bytes, never
// their padding, and sources are read without their padding. The micro-steps read every source
// element before the destination elements that depend on it are written, which a bulk
// gather-compute-scatter reproduces exactly unless the destination overlaps a source. The program
// validator rejects such overlaps; the backend still checks, and runs an overlapping instruction
// element by element in the micro-steps' order (stepwise.go), except for elementwise ops done in
// place (element e read, then written, never read again), which stay in bulk.
//
// # Execution
//
// Exec checks the operands against the shapes §4 gives the opcode (as the validator does), then
// streams: it gathers source rows into dense buffers, computes on all workers, and scatters whole
// destination rows, in blocks of about 8 MiB so that memory use stays bounded. Gathers run on all
// workers (memory.Memory's Read may run concurrently with other Reads); writes happen on the
// calling goroutine, except MATMUL's, which every worker makes into a memory.Region opened for
// the destination. Large buffers are kept between calls (pool.go): a fresh multi-megabyte
// buffer costs a page fault per 4 KiB, which for a matrix-vector product is as much as the
// arithmetic. The workers are a crew (parallel.go): the caller and helper goroutines that stay
// awake for a moment after each run, because on a virtual machine a sleeping core takes 50–80 µs
// to start a goroutine, and one MATMUL (gather A, multiply, scatter D) is one run of three
// stages rather than three calls.
//
// # MATMUL kernels
//
// D[i,j] = C[0,j] + Σ_k A[i,k]·B[j,k] with A int8 [M,K], B int8 [N,K] (weights [out, in]). Both
// operands are K-contiguous, so the kernels compute dot products of rows, and B needs no
// transposition or packing: its rows are copied into buffers of kp = roundup(K, 64) bytes,
// zero-padded.
//
// The AVX-512 VNNI kernel (kernel_amd64.s) is built on VPDPBUSD, which multiplies unsigned by
// signed bytes and adds groups of four products into int32 lanes. A rows are stored as
// A XOR 0x80 = A + 128 (unsigned); the kernel sums (A+128)·B and the driver subtracts 128·Σ_k
// B[j,k], computed once per B row while the row is in L1: every output starts at
// bias[j] − 128·ΣB[j,·] and the kernel adds into it. VPDPBUSD wraps (the saturating VPDPBUSDS
// would not be exact) and so does the correction, so the result is exact for every input. One
// tile is 4 rows of A × 4 rows of B: 16 zmm accumulators, and per 64-byte step 8 loads and 16
// VPDPBUSD; at the end of a tile a shuffle tree (VSHUFI64X2, then an in-lane transpose-and-add)
// turns the 16×16 lanes into 16 sums added into D. A 1×4 variant handles the rows of A left
// over, which also makes a matrix-vector product (M = 1) a single pass over B. Rows longer than
// 16 KiB are processed in 8 KiB k-blocks (partial sums added into D, exact by wrapping) so that
// a tile's A rows stay in L1 while a column group of B streams from L2; column groups of B (and,
// when there are few, row groups of A) are the parallel work units. When A fits in one block
// (activations against weights, the usual case) each work unit reads its own column group of B
// from memory and multiplies it while it is still in cache, so B is read exactly once; otherwise
// B is gathered whole and A is streamed in blocks. The register-tiled GEMM path (gemm.go) goes
// further: it reads B only to pack it, through a table of row slices, so a row of B that lies in
// one page of the memory is packed from the page itself and never copied; and it stores its
// tiles through a table of row pointers, so a panel of D that lies in one page is written there
// by the kernel, accumulated in place across k-blocks, and never copied either.
//
// The pure-Go kernel (kernel.go) computes the same sums and is the fallback on other
// architectures, CPUs without AVX512-VNNI (selected at run time with golang.org/x/sys/cpu) and
// builds with the purego tag. It multiplies one A byte by two B bytes packed in an int64
// (b0 + b1·2^32), which halves the multiplies; the sums stay below 2^31 over 32 Ki terms, so
// both halves are recovered exactly. Both kernels are tested against the naive definition on
// random shapes, and the whole backend against a plain transcription of §4 and against the
// interpreter on real programs.
//
// # Devices (GPUs)
//
// Accel (device.go) is a backend for a Device: an accelerator that does an instruction's
// arithmetic on dense buffers in its own memory. The Merkle memory stays on the host; Accel
// gathers the operands as the CPU backend does, hands the device tiles that fit its Limit (MATMUL
// in blocks of A rows and groups of B rows; the elementwise ops in blocks of rows; MAXPOOL and
// IM2COL in bands of output rows with the input rows they read), and scatters the results. COPY
// is a move within the Merkle memory and stays on the host, as do instructions that must be
// stepped, and any instruction one row of which exceeds the device's limit.
//
// OpenCL (opencl.go, opencl.cl) is the Device for any OpenCL 1.2 device, reached through
// fraudvm/cl without linking libOpenCL. Its kernels follow the exactness rules above in OpenCL C,
// where signed overflow is undefined: sums are taken in uint and reinterpreted, no saturating
// built-in is used, and left shifts of negative values are written as multiplications. MATMUL
// has a generic kernel (one output per work-item, 16 products per vector step) and a dp4a one
// (four products per instruction: inline PTX on NVIDIA from compute capability 6.1, the same
// arithmetic in C elsewhere, so that its kernel is tested on any device). The differential tests
// hold Accel to the reference on a transcription of the spec with tiny limits (every instruction
// tiled, some too large for a call) and on every OpenCL device of the machine, PoCL in CI.
package bulk
