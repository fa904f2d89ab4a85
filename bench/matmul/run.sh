#!/usr/bin/env bash
# MATMUL throughput: fraudvm/bulk's int8 kernels against numpy + OpenBLAS float32 sgemm on the
# same shapes, in one run. ops = FLOP = 2·M·N·K on both sides.
#
#   bench/matmul/run.sh            # from anywhere in the checkout
#   PYTHON=/path/to/python3 BENCHTIME=2s bench/matmul/run.sh
#
# Go side: BenchmarkMatMul (dense operands: B preparation, A flip, kernels, output copy) and
# BenchmarkExecMatMul (the backend's Exec on a memory.Memory: gathers, kernels, scatter of D) for
# every kernel the CPU runs, on all GOMAXPROCS workers, and BenchmarkVNNIPeak (the VPDPBUSD
# ceiling: independent register-only multiply-adds), which the summary's "of peak" divides by.
# Python side: bench/matmul/sgemm.py, which prints the BLAS library numpy loaded and the kernel
# threadpoolctl says it picked. Both sides report the mean time per call (Go's ns/op; sgemm.py's
# mean of its timed runs). Needs numpy on $PYTHON (default the system /usr/bin/python3; Debian:
# apt-get install -y python3-numpy libopenblas0-pthread python3-threadpoolctl).
set -euo pipefail

# OpenBLAS picks its kernel by CPU unless told otherwise; some machines of this kind set
# OPENBLAS_CORETYPE=Haswell (AVX2, ~180 GFLOP/s here) where the CPU runs the AVX-512 one (~300).
# Compare against what the CPU can do: the variables are unset unless KEEP_OPENBLAS_ENV=1.
if [ "${KEEP_OPENBLAS_ENV:-0}" != 1 ]; then
	unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-/usr/bin/python3}
benchtime=${BENCHTIME:-1s}
shapes="256x1024x1024 1x4096x4096"

if ! "$python" -c 'import numpy' 2>/dev/null; then
	echo "run.sh: $python has no numpy (apt-get install -y python3-numpy libopenblas0-pthread)" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== machine"
grep -m1 'model name' /proc/cpuinfo || true
echo "cores: $(nproc)  go: $(cd "$root" && go version | cut -d' ' -f3)  load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== go test -bench 'MatMul|VNNIPeak' ./fraudvm/bulk/ (benchtime $benchtime)"
(cd "$root" && go test -run '^$' -bench 'MatMul|VNNIPeak' -benchtime "$benchtime" ./fraudvm/bulk/) | tee "$tmp/go.txt"

echo "== numpy sgemm"
"$python" "$here/sgemm.py" $shapes | tee "$tmp/py.txt"

echo "== summary (GOPS for int8, GFLOP/s for float32; ratio = int8 / sgemm)"
awk '
	FNR == NR {
		# BenchmarkMatMul/avx512vnni/256x1024x1024-2  20  1027462 ns/op  522.5 GOPS
		if ($1 ~ /^Benchmark(Exec)?MatMul\//) {
			split($1, p, "/")
			bench = (p[1] == "BenchmarkMatMul") ? "dense" : "exec"
			shape = p[3]; sub(/-[0-9]+$/, "", shape)
			for (i = 2; i < NF; i++) if ($(i+1) == "GOPS") gops[bench "/" p[2] "/" shape] = $i
			if (!(p[2] in seenk)) { seenk[p[2]] = 1; kerns[++nk] = p[2] }
		}
		# BenchmarkVNNIPeak-2  300  3851688 ns/op  1673 GOPS: the VPDPBUSD ceiling
		if ($1 ~ /^BenchmarkVNNIPeak/) for (i = 2; i < NF; i++) if ($(i+1) == "GOPS") peak = $i
		next
	}
	$1 == "sgemm" { sg[$2] = $4; shapes[++ns] = $2 }
	END {
		if (peak != "") printf "VPDPBUSD peak (BenchmarkVNNIPeak): %.0f GOPS\n", peak
		printf "%-16s %-8s %-12s %12s %14s %8s %8s\n", "shape", "path", "kernel", "int8 GOPS", "sgemm GFLOP/s", "ratio", "of peak"
		for (s = 1; s <= ns; s++) for (b = 1; b <= 2; b++) for (k = 1; k <= nk; k++) {
			path = (b == 1) ? "dense" : "exec"
			key = path "/" kerns[k] "/" shapes[s]
			if (!(key in gops)) continue
			of = (peak != "") ? sprintf("%7.0f%%", 100 * gops[key] / peak) : "-"
			printf "%-16s %-8s %-12s %12.1f %14.1f %8.2f %8s\n", shapes[s], path, kerns[k], gops[key], sg[shapes[s]], gops[key] / sg[shapes[s]], of
		}
	}
' "$tmp/go.txt" "$tmp/py.txt"
