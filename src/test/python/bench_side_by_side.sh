#!/usr/bin/env bash
# Java `lab --bench` against numpy_bench.py (float64, OpenBLAS), side by side in one run: ROUNDS
# rounds, each running Java, numpy, numpy with malloc tuning, one after the other, so that load
# from elsewhere hits all sides alike; prints medians per case. One thread each, pinned to one
# core.
#
# Why a second numpy column: with glibc's default malloc, numpy's temporaries (64 KiB and more)
# are returned to the kernel and faulted back in on every step (trim threshold / mmap threshold);
# on this VM that is over 2 million page faults per bench run and makes numpy 5 to 10 times
# slower on A or C, depending on heap layout. "numpy*" raises those thresholds so the BLAS and
# ufunc time is what is measured: the ratio is taken against the faster of the two.
#
# Usage: src/test/python/bench_side_by_side.sh [ROUNDS]   (env CPU=1 pins both sides to CPU 1,
#        CPU= disables pinning; BUILD=0 skips the Maven build)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-5}
CPU=${CPU-1}
PIN=()
if [[ -n "$CPU" ]]; then PIN=(taskset -c "$CPU"); fi
if [[ "${BUILD:-1}" != 0 ]]; then mvn -q -B -DskipTests package >/dev/null; fi
NP=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for ((r = 1; r <= ROUNDS; r++)); do
  # through the launcher, for the JVM options the game's lab runs with
  "${PIN[@]}" ./play lab --bench >"$OUT/java.$r"
  "${NP[@]}" "${PIN[@]}" python3 src/test/python/numpy_bench.py >"$OUT/numpy.$r"
  "${NP[@]}" MALLOC_TRIM_THRESHOLD_=1073741824 MALLOC_MMAP_THRESHOLD_=1073741824 \
    "${PIN[@]}" python3 src/test/python/numpy_bench.py >"$OUT/numpyt.$r"
  echo "round $r/$ROUNDS done" >&2
done
python3 - "$OUT" "$ROUNDS" <<'EOF'
import statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
import os
def read(side):
    ms = {}
    for r in range(1, rounds + 1):
        path = f"{out}/{side}.{r}"
        if not os.path.exists(path):
            return {}
        for line in open(path):
            f = line.split()
            if f and f[0] in "ABC" and len(f[0]) == 1:
                ms.setdefault(f[0], []).append(float(f[-4] if side == "java" else f[-3]))
    return ms
j, n, t = read("java"), read("numpy"), read("numpyt")
import numpy
print(f"median of {rounds} runs each; numpy {numpy.__version__}, OPENBLAS_NUM_THREADS=1;"
      " numpy* = same with MALLOC_TRIM/MMAP_THRESHOLD_ raised")
print(f"{'case':<5}{'Java ms':>9}{'numpy ms':>10}{'numpy* ms':>11}{'Java/best':>11}"
      f"{'Java min-max':>16}")
for c in sorted(j):
    jm, nm, tm = (statistics.median(s[c]) for s in (j, n, t))
    print(f"{c:<5}{jm:9.3f}{nm:10.3f}{tm:11.3f}{jm / min(nm, tm):11.2f}"
          f"{min(j[c]):9.3f}-{max(j[c]):.3f}")
EOF
