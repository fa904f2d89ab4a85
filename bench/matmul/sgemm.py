#!/usr/bin/env python3
"""float32 GEMM reference for bench/matmul: numpy's matmul (BLAS sgemm/sgemv) on the shapes of
fraudvm/bulk's BenchmarkMatMul, D[M,N] = A[M,K] @ B[N,K]^T, reported as GFLOP/s with
FLOP = 2*M*N*K (the same count as the Go benchmark's ops).

Usage: sgemm.py [MxNxK ...]   (default: 256x1024x1024 1x4096x4096)

Prints which BLAS library the process actually loaded (from /proc/self/maps) and what
threadpoolctl says of it (library, version, the kernel it chose for this CPU, its threads), then
one line per shape: "sgemm MxNxK <mean ms> <GFLOP/s> best <best ms>". GFLOP/s is from the mean
of all timed runs (at least ~1 s and 5 runs after a warm-up call), the same statistic as Go's
ns/op, so the two sides compare like for like; the best run is shown beside it.
"""
import sys
import time

import numpy as np


def loaded_blas():
    libs = set()
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                name = path.rsplit("/", 1)[-1]
                if "blas" in name or "lapack" in name or "mkl" in name or "blis" in name:
                    libs.add(path)
    except OSError:
        pass
    return sorted(libs)


def bench(m, n, k):
    rng = np.random.default_rng(1)
    a = rng.integers(-128, 128, size=(m, k)).astype(np.float32)
    b = rng.integers(-128, 128, size=(n, k)).astype(np.float32)
    bt = b.T  # a view: BLAS is called with the transpose flag, no copy
    out = np.empty((m, n), dtype=np.float32)
    np.matmul(a, bt, out=out)  # warm-up (thread pool start, page faults)
    best = float("inf")
    spent, runs = 0.0, 0
    while spent < 1.0 or runs < 5:
        t0 = time.perf_counter()
        np.matmul(a, bt, out=out)
        dt = time.perf_counter() - t0
        best = min(best, dt)
        spent += dt
        runs += 1
    return spent / runs, best


def blas_info():
    """threadpoolctl's view of the BLAS numpy uses: the 'architecture' field is the kernel
    family OpenBLAS picked (e.g. SkylakeX/Cooperlake for AVX-512, Haswell for AVX2)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return ["threadpoolctl: not installed (apt-get install -y python3-threadpoolctl)"]
    out = []
    for p in threadpool_info():
        if p.get("user_api") != "blas":
            continue
        out.append("threadpoolctl: %s %s architecture=%s threads=%s" % (
            p.get("internal_api"), p.get("version"), p.get("architecture"), p.get("num_threads")))
    return out or ["threadpoolctl: no BLAS pool found"]


def main(argv):
    shapes = argv or ["256x1024x1024", "1x4096x4096"]
    print("numpy", np.__version__, "BLAS:", ", ".join(loaded_blas()) or "unknown")
    for line in blas_info():
        print(line)
    for s in shapes:
        m, n, k = (int(x) for x in s.split("x"))
        mean, best = bench(m, n, k)
        print("sgemm %s %.3f %.1f best %.3f" % (s, mean * 1e3, 2.0 * m * n * k / mean / 1e9, best * 1e3))


if __name__ == "__main__":
    main(sys.argv[1:])
