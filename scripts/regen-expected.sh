#!/usr/bin/env bash
# Regenerate the .expected files of a corpus directory by running every NAME.js under node
# (the reference: node 20 / V8) as a classic script with a d8-style print().
#
#   scripts/regen-expected.sh                        # regenerate corpora/conformance
#   scripts/regen-expected.sh --dir corpora/jit      # regenerate another corpus directory
#   scripts/regen-expected.sh [--dir D] NAME.js..    # regenerate only the given programs
#   scripts/regen-expected.sh [--dir D] --check      # compare instead of writing; exit 1 on diff
#
# Each program is run via vm.runInThisContext (classic-script semantics: top-level
# var/function become properties of the global object, top-level `this` is the
# global object) after a shim that defines globalThis.print. A program whose `// Flags:`
# lines ask for --allow-natives-syntax runs in a node started with --allow-natives-syntax,
# so %PrepareFunctionForOptimization, %OptimizeFunctionOnNextCall etc. run natively in V8.
# Fails loudly if node is missing, if a program throws uncaught, exits non-zero, runs longer
# than NODE_TIMEOUT seconds (default 30) or prints nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/corpora/conformance"
NODE_TIMEOUT="${NODE_TIMEOUT:-30}"

if ! command -v node >/dev/null 2>&1; then
  echo "regen-expected.sh: error: 'node' not found in PATH (node 20 is the reference engine)" >&2
  exit 2
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODE_MAJOR" != "20" ]; then
  echo "regen-expected.sh: warning: node $(node --version) is not node 20; expectations may differ" >&2
fi

CHECK=0
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=1 ;;
    --dir)
      [ $# -ge 2 ] || { echo "regen-expected.sh: error: --dir needs a directory" >&2; exit 2; }
      DIR="$2"; shift ;;
    --dir=*) DIR="${1#--dir=}" ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) FILES+=("$1") ;;
  esac
  shift
done
case "$DIR" in /*) ;; *) DIR="$ROOT/$DIR" ;; esac
if [ ! -d "$DIR" ]; then
  echo "regen-expected.sh: error: no directory $DIR" >&2
  exit 2
fi
if [ ${#FILES[@]} -eq 0 ]; then
  shopt -s nullglob
  FILES=("$DIR"/*.js)
fi
if [ ${#FILES[@]} -eq 0 ]; then
  echo "regen-expected.sh: error: no programs in $DIR" >&2
  exit 2
fi

SHIM="$(mktemp "${TMPDIR:-/tmp}/jitloc-shim.XXXXXX.js")"
trap 'rm -f "$SHIM"' EXIT
cat > "$SHIM" <<'JS'
'use strict';
const fs = require('fs');
const vm = require('vm');
const file = process.argv[2];
const src = fs.readFileSync(file, 'utf8');
Object.defineProperty(globalThis, 'print', {
  value: function print(...args) { console.log(args.map((a) => String(a)).join(' ')); },
  writable: true, enumerable: false, configurable: true,
});
vm.runInThisContext(src, { filename: file });
JS

# The node flags a program asks for in its `// Flags:` lines (only those node understands here).
node_flags_for() {
  if grep -q '^// Flags:.*--allow-natives-syntax' "$1"; then echo "--allow-natives-syntax"; fi
}

fail=0
n=0
for f in "${FILES[@]}"; do
  case "$f" in /*) ;; *) [ -f "$f" ] || f="$DIR/$f" ;; esac
  exp="${f%.js}.expected"
  tmp="$(mktemp)"
  # shellcheck disable=SC2046
  if ! LC_ALL=C TZ=UTC timeout "$NODE_TIMEOUT" node $(node_flags_for "$f") "$SHIM" "$f" >"$tmp" 2>"$tmp.err"; then
    echo "FAIL (node exited non-zero or ran longer than ${NODE_TIMEOUT}s): $f" >&2
    sed 's/^/    /' "$tmp.err" | head -20 >&2
    fail=1; rm -f "$tmp" "$tmp.err"; continue
  fi
  if [ -s "$tmp.err" ]; then
    echo "FAIL (stderr output): $f" >&2; sed 's/^/    /' "$tmp.err" | head -20 >&2
    fail=1; rm -f "$tmp" "$tmp.err"; continue
  fi
  if [ ! -s "$tmp" ]; then
    echo "FAIL (empty output): $f" >&2; fail=1; rm -f "$tmp" "$tmp.err"; continue
  fi
  if [ $CHECK -eq 1 ]; then
    if ! cmp -s "$tmp" "$exp"; then echo "DIFF: $f" >&2; fail=1; fi
  else
    mv "$tmp" "$exp"
  fi
  rm -f "$tmp" "$tmp.err"
  n=$((n+1))
done

if [ $fail -ne 0 ]; then
  echo "regen-expected.sh: FAILED (see above); $n ok" >&2
  exit 1
fi
if [ $CHECK -eq 1 ]; then echo "regen-expected.sh: $n programs match"; else echo "regen-expected.sh: wrote $n .expected files"; fi
