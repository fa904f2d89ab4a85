#!/usr/bin/env bash
# The OpenCL backend beside the Go CPU backend and OpenBLAS, in one run:
#
#   bench/opencl/run.sh            # from anywhere in the checkout
#   BENCHTIME=2s bench/opencl/run.sh
#
# 1. The OpenCL devices (crollup gpu info), and the kernels' build time: compiled from source
#    (fresh PoCL and crollup caches), then loaded from the cache, with the bit-equality check of
#    `crollup gpu info --check` (MLP, CNN, 12 random programs against the CPU backend).
# 2. MATMUL 256×1024×1024 and 1×4096×4096: every CPU kernel and every OpenCL device, dense and
#    through Exec, against numpy + OpenBLAS sgemm (bench/matmul/run.sh).
# 3. The example MLP and CNN jobs whole, per backend (BenchmarkExamples).
#
# Needs OpenCL (PoCL: apt-get install -y pocl-opencl-icd ocl-icd-libopencl1) and numpy
# (python3-numpy libopenblas0-pthread).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
benchtime=${BENCHTIME:-1s}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# (CGO_CFLAGS left alone: see .ci/run)

cd "$root"
go build -o "$tmp/crollup" ./cmd/crollup

echo "== build time: cold (empty caches), then cached"
POCL_CACHE_DIR="$tmp/pocl" "$tmp/crollup" gpu info --check --opencl-cache-dir "$tmp/kernels" --log.level warn
POCL_CACHE_DIR="$tmp/pocl" "$tmp/crollup" gpu info --check --opencl-cache-dir "$tmp/kernels" --log.level warn | grep -E 'kernels|bit-identical'

echo
BENCHTIME="$benchtime" "$root/bench/matmul/run.sh"

echo
echo "== go test -bench Examples ./fraudvm/bulk/ (benchtime $benchtime)"
go test -run '^$' -bench 'Examples' -benchtime "$benchtime" ./fraudvm/bulk/ | grep -E '^(Benchmark|cpu:)'
