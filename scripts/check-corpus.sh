#!/usr/bin/env bash
# Run every NAME.js of a corpus directory through jitloc in four modes and compare stdout
# with NAME.expected (node 20's output, see scripts/regen-expected.sh); exit status must be 0.
#
#   scripts/check-corpus.sh corpora/jit            # all programs of a directory
#   scripts/check-corpus.sh corpora/jit NAME.js..  # only the given programs
#
# Modes: interp (--no-opt), default (tier-up at the default threshold),
# low (--jit-threshold=2 --verify-ir), eager (--eager --verify-ir).
# Prints one line per mismatch: `MISMATCH <mode> <file> (<first differing line>)`, then a summary; exits 1 if
# anything mismatched, 2 on usage errors. JITLOC overrides the binary (default .build/debug/jitloc).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JITLOC="${JITLOC:-$ROOT/.build/debug/jitloc}"
PER_RUN_TIMEOUT="${PER_RUN_TIMEOUT:-60}"

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  sed -n '2,11p' "$0"; exit 2
fi
DIR="$1"; shift
case "$DIR" in /*) ;; *) [ -d "$DIR" ] || DIR="$ROOT/$DIR" ;; esac
if [ ! -d "$DIR" ]; then echo "check-corpus.sh: error: no directory $DIR" >&2; exit 2; fi
if [ ! -x "$JITLOC" ]; then echo "check-corpus.sh: error: $JITLOC not built (swift build)" >&2; exit 2; fi

FILES=()
if [ $# -gt 0 ]; then
  for f in "$@"; do case "$f" in /*) FILES+=("$f") ;; *) if [ -f "$f" ]; then FILES+=("$f"); else FILES+=("$DIR/$f"); fi ;; esac; done
else
  shopt -s nullglob
  FILES=("$DIR"/*.js)
fi
if [ ${#FILES[@]} -eq 0 ]; then echo "check-corpus.sh: error: no programs in $DIR" >&2; exit 2; fi

MODES=("interp:--no-opt" "default:" "low:--jit-threshold=2 --verify-ir" "eager:--eager --verify-ir")
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT

# "line N: expected <e> got <a>" for the first line where two outputs differ ("<eof>" past the end).
first_difference() {
  awk 'NR == FNR { e[FNR] = $0; ne = FNR; next } { a[FNR] = $0; na = FNR }
       END {
         n = (ne > na) ? ne : na
         for (i = 1; i <= n; i++) {
           x = (i <= ne) ? e[i] : "<eof>"; y = (i <= na) ? a[i] : "<eof>"
           if (x != y) { printf "line %d: expected \"%s\" got \"%s\"", i, x, y; exit }
         }
         printf "same lines"
       }' "$1" "$2"
}

programs=0; runs=0; mismatches=0; bad_files=0
for f in "${FILES[@]}"; do
  exp="${f%.js}.expected"
  name="${f#"$ROOT"/}"
  programs=$((programs+1))
  if [ ! -f "$exp" ]; then
    echo "MISMATCH all $name (no .expected file)"; mismatches=$((mismatches+1)); bad_files=$((bad_files+1)); continue
  fi
  file_bad=0
  for m in "${MODES[@]}"; do
    mode="${m%%:*}"; flags="${m#*:}"
    runs=$((runs+1))
    # The subshell keeps bash's own "Illegal instruction" report (a trapping run) off the terminal.
    # shellcheck disable=SC2086
    ( timeout "$PER_RUN_TIMEOUT" "$JITLOC" run "$f" $flags >"$OUT" 2>/dev/null; exit $? ) 2>/dev/null
    status=$?
    if [ $status -ne 0 ]; then
      echo "MISMATCH $mode $name (exit status $status; $(first_difference "$exp" "$OUT"))"; mismatches=$((mismatches+1)); file_bad=1
    elif ! cmp -s "$OUT" "$exp"; then
      echo "MISMATCH $mode $name ($(first_difference "$exp" "$OUT"))"; mismatches=$((mismatches+1)); file_bad=1
    fi
  done
  bad_files=$((bad_files+file_bad))
done

echo "check-corpus.sh: $programs programs, $runs runs, $mismatches mismatching runs in $bad_files programs"
[ $mismatches -eq 0 ]
