#!/usr/bin/env bash
# Side-by-side timing of two jitloc binaries and the interpreter on corpora/bench kernels.
#
#   scripts/bench_compare.sh BASELINE_BIN BRANCH_BIN [REPS] KERNEL...
#
# For each kernel, REPS rounds (default 3); in each round BASELINE_BIN, BRANCH_BIN and
# BRANCH_BIN --no-opt run one after the other, each on the kernel plus bench.sh's epilogue with
# one call of run() between two Date.now() reads. Prints a Markdown table of the medians, the
# ratio branch / --no-opt and the speedup baseline / branch; marks kernels whose checksums differ.
# Copy the baseline binary somewhere stable first (another worktree may rebuild it meanwhile).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="${1:?baseline binary}"; NEW="${2:?branch binary}"; shift 2
REPS=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then REPS="$1"; shift; fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/jitloc-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
median() { sort -g | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }
printf '| kernel | baseline ms | branch ms | branch --no-opt ms | branch / --no-opt | baseline / branch |\n'
printf '|---|---:|---:|---:|---:|---:|\n'
for k in "$@"; do
  src="$WORK/$k.js"
  { cat "$ROOT/corpora/bench/$k.js"
    printf '\n;\nvar __t0 = Date.now();\nvar __r = run();\nvar __t1 = Date.now();\n'
    printf 'print("time_ms: " + (__t1 - __t0));\nprint("checksum: " + __r);\n'; } > "$src"
  : > "$WORK/base"; : > "$WORK/new"; : > "$WORK/noopt"; : > "$WORK/sums"
  for ((r = 0; r < REPS; r++)); do
    for v in base new noopt; do
      case $v in
        base) out=$(timeout 300 "$BASE" run "$src") ;;
        new) out=$(timeout 300 "$NEW" run "$src") ;;
        noopt) out=$(timeout 300 "$NEW" run --no-opt "$src") ;;
      esac
      printf '%s\n' "$out" | sed -n 's/^time_ms: //p' >> "$WORK/$v"
      printf '%s\n' "$out" | sed -n 's/^checksum: //p' >> "$WORK/sums"
    done
  done
  b=$(median < "$WORK/base"); n=$(median < "$WORK/new"); o=$(median < "$WORK/noopt")
  mark=""; [ "$(sort -u "$WORK/sums" | wc -l)" = 1 ] || mark=" (checksums differ)"
  printf '| %s | %s | %s | %s | %.2f | %.2f |%s\n' "$k" "$b" "$n" "$o" \
    "$(echo "$n / $o" | bc -l)" "$(echo "$b / $n" | bc -l)" "$mark"
done
