#!/usr/bin/env bash
# The device check for a machine with an NVIDIA GPU (the device tool's run; results under $OUT,
# default ./gpu-out). One short script, so that it fits one lent machine's few minutes:
#
#   1. what the machine has: nvidia-smi, clinfo, `crollup gpu info` (OpenCL devices, NVML
#      inventory and samples, the NVML→OpenCL map);
#   2. bit-equality: `crollup gpu info --check` (MLP, CNN, 12 random programs on every OpenCL
#      device against the CPU backend) and the bulk differential tests on every OpenCL device
#      (CI=true: a missing device fails), both MATMUL kernels (dp4a through inline PTX there);
#   3. NVML on a real driver: the executor/gpu tests, TestOpenRealNVML included;
#   4. throughput: BenchmarkMatMul / BenchmarkExecMatMul (int8 TOPS; compare with the card's
#      peak, e.g. H100 SXM ~1,979 dense int8 TOPS) and BenchmarkExamples.
#
# Needs Go and an NVIDIA driver with its OpenCL ICD (libnvidia-opencl, /etc/OpenCL/vendors).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/gpu-out}
mkdir -p "$out"
cd "$root"
export CI=true POCL_CACHE_DIR="${POCL_CACHE_DIR:-/tmp/crollup-pocl}"

step() { echo "== $*" | tee -a "$out/summary.txt"; }

step "machine"
{ nvidia-smi || true; clinfo -l || true; grep -m1 'model name' /proc/cpuinfo; nproc; go version; } > "$out/machine.txt" 2>&1

step "build"
go build -o "$out/crollup" ./cmd/crollup 2>&1 | tail -5 | tee -a "$out/summary.txt"

step "crollup gpu info --check"
timeout 300 "$out/crollup" gpu info --check --opencl-cache-dir "$out/kernels" > "$out/gpu-info.txt" 2>&1
echo "rc=$?" >> "$out/gpu-info.txt"; tail -4 "$out/gpu-info.txt" | tee -a "$out/summary.txt"

step "bulk differential tests on OpenCL, NVML tests"
timeout 300 go test -count=1 ./fraudvm/cl/ ./fraudvm/bulk/ ./executor/gpu/ -v -run 'Test' > "$out/tests.txt" 2>&1
echo "rc=$?" >> "$out/tests.txt"; grep -E '^(ok|FAIL|--- FAIL)' "$out/tests.txt" | tee -a "$out/summary.txt"

step "benchmarks"
timeout 300 go test -run '^$' -bench 'MatMul|Examples' -benchtime 1s ./fraudvm/bulk/ > "$out/bench.txt" 2>&1
grep -E '^Benchmark' "$out/bench.txt" | tee -a "$out/summary.txt"
