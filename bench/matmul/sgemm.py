#!/usr/bin/env python3
"""float32 GEMM reference for bench/matmul: numpy's matmul (BLAS sgemm/sgemv) on the shapes of
fraudvm/bulk's BenchmarkMatMul, D[M,N] = A[M,K] @ B[N,K]^T, reported as GFLOP/s with
FLOP = 2*M*N*K (the same count as the Go benchmark's ops).

Usage: sgemm.py [MxNxK ...]   (default: 256x1024x1024 1x4096x4096)

Prints which BLAS library the process actually loaded (from /proc/self/maps), then one line per
shape: "sgemm MxNxK <best ms> <GFLOP/s>". The best of several timed runs of at least ~1 s in
total is reported, after a warm-up call.
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
    return best


def main(argv):
    shapes = argv or ["256x1024x1024", "1x4096x4096"]
    print("numpy", np.__version__, "BLAS:", ", ".join(loaded_blas()) or "unknown")
    for s in shapes:
        m, n, k = (int(x) for x in s.split("x"))
        t = bench(m, n, k)
        print("sgemm %s %.3f %.1f" % (s, t * 1e3, 2.0 * m * n * k / t / 1e9))


if __name__ == "__main__":
    main(sys.argv[1:])
