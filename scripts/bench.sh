#!/usr/bin/env bash
# Benchmark jitloc against peer JavaScript engines on the kernels in corpora/bench/.
#
#   scripts/bench.sh [--quick] [--write] [--reps N] [--iters N] [--no-build] [--timeout S] [KERNEL...]
#
#   --quick      1 process per engine and kernel, run() called once (default: median of 3 processes,
#                run() called 2 times per process)
#   --write      also replace the section between <!-- bench:begin --> and <!-- bench:end -->
#                in BENCHMARKS.md (the file is created if missing)
#   --reps N     processes per engine and kernel; the median time is reported (default 3)
#   --iters N    calls of run() between the two clock reads (default 2)
#   --no-build   do not run `swift build -c release` (use the existing .build/release/jitloc)
#   --timeout S  per-process timeout in seconds (default 300)
#   KERNEL...    kernel names (e.g. fib nbody); default: every corpora/bench/*.js
#   env JITLOC=/path/to/jitloc overrides the binary (implies --no-build)
#
# Timing happens inside each engine, so start-up and parsing are excluded: every kernel defines
# `function run()` returning a checksum; bench.sh appends a per-engine epilogue that reads a clock,
# calls run() --iters times, reads the clock again and prints `time_ms: <n>` and `checksum: <value>`.
# Clocks: node -> performance.now(); duktape, quickjs-ng and jitloc -> Date.now().
#
# Engines (a missing one is reported as n/a, never fatal):
#   jitloc            .build/release/jitloc run FILE
#   jitloc --no-opt   .build/release/jitloc run --no-opt FILE   (column only if the flag is accepted)
#   node --jitless    V8's Ignition interpreter, the main reference point
#   node              V8 with its JITs (reference only)
#   duktape           `duk` from the Debian package duktape   (apt-get install -y duktape)
#   quickjs-ng        PyPI package quickjs-ng driven by scripts/bench_quickjs.py (python3 -m pip install quickjs-ng)
# Checksums are compared with node's; a mismatch is marked with a cross and listed in the notes.
# This script installs nothing.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/corpora/bench"
MD_FILE="$ROOT/BENCHMARKS.md"
REPS=3
ITERS=2
WRITE=0
BUILD=1
TIMEOUT=300
ARGS_ORIG="$*"
KERNELS=()

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) REPS=1; ITERS=1 ;;
    --write) WRITE=1 ;;
    --reps) shift; REPS="${1:?--reps needs a number}" ;;
    --iters) shift; ITERS="${1:?--iters needs a number}" ;;
    --no-build) BUILD=0 ;;
    --timeout) shift; TIMEOUT="${1:?--timeout needs seconds}" ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    -*) echo "bench.sh: unknown option $1" >&2; exit 64 ;;
    *) KERNELS+=("${1%.js}") ;;
  esac
  shift
done

if [ ${#KERNELS[@]} -eq 0 ]; then
  for f in "$BENCH_DIR"/*.js; do [ -e "$f" ] && KERNELS+=("$(basename "$f" .js)"); done
fi
if [ ${#KERNELS[@]} -eq 0 ]; then
  echo "bench.sh: no kernels found in $BENCH_DIR" >&2; exit 1
fi
for k in "${KERNELS[@]}"; do
  [ -f "$BENCH_DIR/$k.js" ] || { echo "bench.sh: no such kernel: $BENCH_DIR/$k.js" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jitloc-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
NOTES=()
note() { NOTES+=("$*"); echo "bench.sh: $*" >&2; }
log() { echo "bench.sh: $*" >&2; }

have_timeout=0; command -v timeout >/dev/null 2>&1 && have_timeout=1
run_limited() { if [ $have_timeout -eq 1 ]; then timeout "$TIMEOUT" "$@"; else "$@"; fi; }

# ---------------------------------------------------------------- engines
ENGINES=(jitloc jitloc-noopt node-jitless node duktape quickjs)
declare -A LABEL=( [jitloc]="jitloc" [jitloc-noopt]="jitloc --no-opt" [node-jitless]="node --jitless"
                   [node]="node (JIT)" [duktape]="duktape" [quickjs]="quickjs-ng" )
declare -A AVAIL=() VERSION=()

# jitloc
JITLOC_BIN="${JITLOC:-}"
if [ -n "$JITLOC_BIN" ]; then
  BUILD=0
else
  JITLOC_BIN="$ROOT/.build/release/jitloc"
fi
if [ $BUILD -eq 1 ]; then
  if command -v swift >/dev/null 2>&1; then
    log "building jitloc: swift build -c release (log: $WORK/build.log)"
    if ! (cd "$ROOT" && swift build -c release) >"$WORK/build.log" 2>&1; then
      tail -20 "$WORK/build.log" >&2
      note "jitloc: \`swift build -c release\` failed; jitloc columns are n/a"
      JITLOC_BIN=""
    fi
  else
    note "jitloc: swift not found, cannot build; jitloc columns are n/a"
    JITLOC_BIN=""
  fi
fi
AVAIL[jitloc]=0; AVAIL[jitloc-noopt]=0
if [ -n "$JITLOC_BIN" ] && [ -x "$JITLOC_BIN" ]; then
  echo 'var x = 1 + 1;' > "$WORK/trivial.js"
  if run_limited "$JITLOC_BIN" run "$WORK/trivial.js" >/dev/null 2>&1; then
    AVAIL[jitloc]=1
  else
    note "jitloc: \`$JITLOC_BIN run\` fails on a trivial script; jitloc is n/a"
  fi
  if [ "${AVAIL[jitloc]}" = 1 ] && run_limited "$JITLOC_BIN" run --no-opt "$WORK/trivial.js" >/dev/null 2>&1; then
    AVAIL[jitloc-noopt]=1
  else
    note "jitloc --no-opt: flag not supported (or jitloc unavailable); column n/a"
  fi
elif [ -n "$JITLOC_BIN" ]; then
  note "jitloc: binary $JITLOC_BIN not found; jitloc columns are n/a"
fi

# node
if command -v node >/dev/null 2>&1; then
  AVAIL[node]=1; AVAIL[node-jitless]=1; VERSION[node]="$(node --version)"
else
  AVAIL[node]=0; AVAIL[node-jitless]=0
  note "node: not found; node columns are n/a and checksums are compared with the first engine that ran"
fi

# duktape
if command -v duk >/dev/null 2>&1; then
  AVAIL[duktape]=1
  VERSION[duktape]="$(dpkg-query -W -f='${Version}' duktape 2>/dev/null || echo unknown)"
else
  AVAIL[duktape]=0
  note "duktape: \`duk\` not found; install with: apt-get update && apt-get install -y duktape"
fi

# quickjs-ng
PYTHON="$(command -v python3 || true)"
if [ -n "$PYTHON" ] && VERSION[quickjs]="$("$PYTHON" "$ROOT/scripts/bench_quickjs.py" --version 2>/dev/null)"; then
  AVAIL[quickjs]=1
else
  AVAIL[quickjs]=0
  note "quickjs-ng: python3 package not importable; install with: python3 -m pip install quickjs-ng"
fi

# ---------------------------------------------------------------- running
# make_source ENGINE KERNEL OUTFILE: kernel + per-engine prelude/epilogue
make_source() {
  local engine="$1" kernel="$2" out="$3" clock pre="" emit
  case "$engine" in
    node|node-jitless)
      clock='performance.now()'
      pre='var print = function () { console.log(Array.prototype.join.call(arguments, " ")); };'
      emit='print(__bench_out);' ;;
    quickjs) clock='Date.now()'; emit='__bench_out;' ;;
    *) clock='Date.now()'; emit='print(__bench_out);' ;;
  esac
  {
    [ -n "$pre" ] && printf '%s\n' "$pre"
    cat "$BENCH_DIR/$kernel.js"
    printf '\n;\n'
    printf 'var __bench_iters = %d;\n' "$ITERS"
    printf 'var __bench_t0 = %s;\n' "$clock"
    printf 'var __bench_r;\n'
    printf 'for (var __bench_i = 0; __bench_i < __bench_iters; __bench_i++) __bench_r = run();\n'
    printf 'var __bench_t1 = %s;\n' "$clock"
    printf "var __bench_out = 'time_ms: ' + (Math.round((__bench_t1 - __bench_t0) * 10) / 10) + '\\\\n' + 'checksum: ' + __bench_r;\n"
    printf '%s\n' "$emit"
  } > "$out"
}

# run_engine ENGINE FILE -> stdout of the engine
run_engine() {
  local engine="$1" file="$2"
  case "$engine" in
    jitloc) run_limited "$JITLOC_BIN" run "$file" ;;
    jitloc-noopt) run_limited "$JITLOC_BIN" run --no-opt "$file" ;;
    node-jitless) run_limited node --jitless "$file" ;;
    node) run_limited node "$file" ;;
    duktape) run_limited duk "$file" ;;
    quickjs) run_limited "$PYTHON" "$ROOT/scripts/bench_quickjs.py" "$file" ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END { if (NR==0) exit; if (NR%2) print a[(NR+1)/2]; else printf "%.6g\n", (a[NR/2]+a[NR/2+1])/2 }'; }

declare -A TIME=() CSUM=() STATUS=()
for k in "${KERNELS[@]}"; do
  for e in "${ENGINES[@]}"; do
    if [ "${AVAIL[$e]}" != 1 ]; then STATUS[$k,$e]="n/a"; continue; fi
    src="$WORK/$e-$k.js"
    make_source "$e" "$k" "$src"
    times=(); cs=""; st="ok"
    for ((r = 1; r <= REPS; r++)); do
      out="$(run_engine "$e" "$src" 2>"$WORK/err")"; rc=$?
      t="$(printf '%s\n' "$out" | sed -n 's/^time_ms: //p' | tail -1)"
      c="$(printf '%s\n' "$out" | sed -n 's/^checksum: //p' | tail -1)"
      if [ $rc -ne 0 ] || [ -z "$t" ] || [ -z "$c" ]; then
        st="error"
        msg="$(grep -v -i 'warning' "$WORK/err" | head -1 | cut -c1-120)"
        [ $rc -eq 124 ] && msg="timed out after ${TIMEOUT}s"
        [ -z "$msg" ] && msg="exit $rc, no time_ms/checksum output"
        note "${LABEL[$e]} / $k: failed ($msg)"
        break
      fi
      if [ -n "$cs" ] && [ "$c" != "$cs" ]; then note "${LABEL[$e]} / $k: checksum differs between runs ($cs vs $c)"; fi
      cs="$c"; times+=("$t")
    done
    STATUS[$k,$e]="$st"
    if [ "$st" = ok ]; then
      TIME[$k,$e]="$(printf '%s\n' "${times[@]}" | median)"
      CSUM[$k,$e]="$cs"
      log "$(printf '%-12s %-16s %10s ms  checksum %s' "$k" "${LABEL[$e]}" "${TIME[$k,$e]}" "$cs")"
    fi
  done
  # checksum reference: node (JIT), then node --jitless, then the first engine that ran
  ref=""
  for e in node node-jitless "${ENGINES[@]}"; do
    if [ "${STATUS[$k,$e]}" = ok ]; then ref="${CSUM[$k,$e]}"; break; fi
  done
  for e in "${ENGINES[@]}"; do
    if [ "${STATUS[$k,$e]}" = ok ] && [ "${CSUM[$k,$e]}" != "$ref" ]; then
      STATUS[$k,$e]="mismatch"
      note "${LABEL[$e]} / $k: CHECKSUM MISMATCH: got ${CSUM[$k,$e]}, node says $ref"
    fi
  done
done

# ---------------------------------------------------------------- table
fmt_ms() { awk -v t="$1" 'BEGIN { if (t >= 100) printf "%.0f", t; else printf "%.1f", t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
cell() { # engine kernel
  case "${STATUS[$2,$1]}" in
    ok) fmt_ms "${TIME[$2,$1]}" ;;
    mismatch) echo "$(fmt_ms "${TIME[$2,$1]}") ✗" ;;
    error) echo "error" ;;
    *) echo "n/a" ;;
  esac
}
valid() { [ "${STATUS[$2,$1]:-}" = ok ]; }

TABLE="$WORK/table.md"
{
  header="| kernel |"; sep="|---|"
  for e in "${ENGINES[@]}"; do header+=" ${LABEL[$e]} ms |"; sep+="---:|"; done
  header+=" jitloc/duktape | jitloc/quickjs | jitloc/node-jitless |"; sep+="---:|---:|---:|"
  echo "$header"; echo "$sep"
  declare -A COL=()
  for k in "${KERNELS[@]}"; do
    row="| $k |"
    for e in "${ENGINES[@]}"; do
      row+=" $(cell "$e" "$k") |"
      valid "$e" "$k" && COL[$e]+="${TIME[$k,$e]} "
    done
    for peer in duktape quickjs node-jitless; do
      if valid jitloc "$k" && valid "$peer" "$k"; then
        r="$(ratio "${TIME[$k,jitloc]}" "${TIME[$k,$peer]}")"; row+=" $r |"; COL[r-$peer]+="$r "
      else
        row+=" n/a |"
      fi
    done
    echo "$row"
  done
  row="| **median** |"
  for e in "${ENGINES[@]}"; do
    vals="${COL[$e]:-}"
    if [ -n "$vals" ]; then row+=" $(fmt_ms "$(printf '%s\n' $vals | median)") |"; else row+=" n/a |"; fi
  done
  for peer in duktape quickjs node-jitless; do
    vals="${COL[r-$peer]:-}"
    if [ -n "$vals" ]; then row+=" $(awk -v v="$(printf '%s\n' $vals | median)" 'BEGIN { printf "%.2f", v }') |"; else row+=" n/a |"; fi
  done
  echo "$row"
} > "$TABLE"

CPU="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
[ -z "$CPU" ] && CPU="unknown"
NPROC="$(nproc 2>/dev/null || echo '?')"
CMD="scripts/bench.sh${ARGS_ORIG:+ $ARGS_ORIG}"
SECTION="$WORK/section.md"
{
  echo "Machine: $NPROC CPUs, $CPU. Command: \`$CMD\` (median of $REPS process(es), run() called $ITERS time(s) per process; times in ms)."
  echo
  vers=""
  for e in node duktape quickjs; do [ -n "${VERSION[$e]:-}" ] && vers+="${LABEL[$e]} ${VERSION[$e]}, "; done
  [ -n "$vers" ] && { echo "Versions: ${vers%, }."; echo; }
  cat "$TABLE"
  echo
  echo "Ratios are jitloc time / peer time (below 1.00 means jitloc is faster); the median row takes the median of each column over the kernels that ran. ✗ marks a checksum that differs from node's (its time is excluded from ratios and medians)."
  if [ "${AVAIL[duktape]}" = 1 ]; then
    echo
    echo "Duktape 2.7 implements ES5.1 plus typed arrays (no class syntax, no Map/Set), so the classes and hashmap kernels cannot run there; the other kernels are written in ES5 style on purpose."
  fi
  if [ ${#NOTES[@]} -gt 0 ]; then
    echo
    echo "Notes:"
    echo
    for n in "${NOTES[@]}"; do echo "- $n"; done
  fi
} > "$SECTION"

cat "$SECTION"

if [ $WRITE -eq 1 ]; then
  if [ ! -f "$MD_FILE" ]; then
    cat > "$MD_FILE" <<EOF
# Benchmarks

What is measured: the wall-clock time of the benchmark kernels in \`corpora/bench/\` (sieve, nbody, richards,
class-heavy objects, strings, sort, typed arrays, fib, Map hash-map, closures), timed inside each engine so that
process start-up and parsing are excluded. Each kernel defines \`run()\`; \`scripts/bench.sh\` appends an epilogue that
calls it a fixed number of times between two clock reads and prints \`time_ms\` and a checksum, which must agree
with node's. Engines: jitloc (with and without \`--no-opt\` when supported), node --jitless (V8's interpreter),
node with its JITs (reference only), Duktape (\`duk\`, Debian package duktape) and QuickJS-ng (PyPI quickjs-ng).

Machine: $NPROC CPUs, $CPU.

Regenerate with: \`scripts/bench.sh --write\` (\`--quick\` for a single, faster pass).

<!-- bench:begin -->
<!-- bench:end -->
EOF
  fi
  if ! grep -q '<!-- bench:begin -->' "$MD_FILE" || ! grep -q '<!-- bench:end -->' "$MD_FILE"; then
    printf '\n<!-- bench:begin -->\n<!-- bench:end -->\n' >> "$MD_FILE"
  fi
  awk -v secfile="$SECTION" '
    /<!-- bench:begin -->/ { print; while ((getline line < secfile) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }
  ' "$MD_FILE" > "$WORK/md.new" && mv "$WORK/md.new" "$MD_FILE"
  log "updated $MD_FILE"
fi
exit 0
