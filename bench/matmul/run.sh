#!/usr/bin/env bash
# MATMUL throughput: fraudvm/bulk's int8 kernels against numpy + OpenBLAS float32 sgemm on the
# same shapes, in one run. ops = FLOP = 2·M·N·K on both sides.
#
#   bench/matmul/run.sh            # from anywhere in the checkout
#   PYTHON=/path/to/python3 BENCHTIME=2s ROUNDS=5 bench/matmul/run.sh
#
# The machines this runs on are shared: their speed drifts by tens of per cent over seconds. So
# the two sides are measured in alternation, ROUNDS times (default 3): Go benchmarks, then
# sgemm, then Go again, and so on. The summary gives each figure's median over the rounds and
# the ratio of the medians, and beside it the range of the per-round ratios (round r's int8
# figure over round r's sgemm figure), which is what pairing the two sides in time is for.
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

rounds=${ROUNDS:-3}
echo "== building the Go benchmarks (go test -c ./fraudvm/bulk/)"
(cd "$root" && go test -c -o "$tmp/bulk.test" ./fraudvm/bulk/)
for r in $(seq "$rounds"); do
	echo "== round $r/$rounds: go test -bench 'MatMul|VNNIPeak' ./fraudvm/bulk/ (benchtime $benchtime)"
	(cd "$root/fraudvm/bulk" && "$tmp/bulk.test" -test.run '^$' -test.bench 'MatMul|VNNIPeak' -test.benchtime "$benchtime") | tee "$tmp/round.txt"
	sed "s/^/R$r /" "$tmp/round.txt" >>"$tmp/all.txt"
	echo "== round $r/$rounds: numpy sgemm"
	"$python" "$here/sgemm.py" $shapes | tee "$tmp/round.txt"
	sed "s/^/R$r /" "$tmp/round.txt" >>"$tmp/all.txt"
done

echo "== summary over $rounds rounds (GOPS for int8, GFLOP/s for float32; medians; ratio = int8 / sgemm)"
awk '
	function median(list,    a, n, i, j, t) {
		n = split(list, a, " ")
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
		return (n % 2) ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	{ r = substr($1, 2); $1 = ""; $0 = substr($0, 2) }
	# BenchmarkMatMul/avx512vnni/256x1024x1024-2  20  1027462 ns/op  522.5 GOPS
	$1 ~ /^Benchmark(Exec)?MatMul\// {
		split($1, p, "/")
		bench = (p[1] == "BenchmarkMatMul") ? "dense" : "exec"
		shape = p[3]; sub(/-[0-9]+$/, "", shape)
		for (i = 2; i < NF; i++) if ($(i+1) == "GOPS") { key = bench "/" p[2] "/" shape; gops[key] = gops[key] " " $i; at[key, r] = $i }
		if (!(p[2] in seenk)) { seenk[p[2]] = 1; kerns[++nk] = p[2] }
	}
	# BenchmarkVNNIPeak-2  300  3851688 ns/op  1673 GOPS: the VPDPBUSD ceiling
	$1 ~ /^BenchmarkVNNIPeak/ { for (i = 2; i < NF; i++) if ($(i+1) == "GOPS") peak = peak " " $i }
	# sgemm 256x1024x1024 2.033 264.1 best 1.785
	$1 == "sgemm" { if (!($2 in seens)) { seens[$2] = 1; shapes[++ns] = $2 }; sg[$2] = sg[$2] " " $4; sgat[$2, r] = $4; if (r > nr) nr = r }
	END {
		if (peak != "") { pk = median(peak); printf "VPDPBUSD peak (BenchmarkVNNIPeak): %.0f GOPS (rounds:%s)\n", pk, peak }
		printf "%-14s %-6s %-15s %10s %14s %6s %12s %8s\n", "shape", "path", "kernel", "int8 GOPS", "sgemm GFLOP/s", "ratio", "round ratios", "of peak"
		for (s = 1; s <= ns; s++) for (b = 1; b <= 2; b++) for (k = 1; k <= nk; k++) {
			path = (b == 1) ? "dense" : "exec"
			key = path "/" kerns[k] "/" shapes[s]
			if (!(key in gops)) continue
			g = median(gops[key]); f = median(sg[shapes[s]])
			lo = ""; hi = ""
			for (i = 1; i <= nr; i++) if ((key, i) in at && (shapes[s], i) in sgat) {
				q = at[key, i] / sgat[shapes[s], i]
				if (lo == "" || q < lo) lo = q
				if (hi == "" || q > hi) hi = q
			}
			of = (peak != "") ? sprintf("%7.0f%%", 100 * g / pk) : "-"
			printf "%-14s %-6s %-15s %10.1f %14.1f %6.2f %5.2f–%-5.2f %8s\n", shapes[s], path, kerns[k], g, f, g / f, lo, hi, of
		}
	}
' "$tmp/all.txt"
