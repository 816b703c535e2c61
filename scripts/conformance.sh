#!/usr/bin/env bash
# Regenerates CONFORMANCE.md: test262 pass rates per directory over ../shared/test262,
# plus the most common failure reasons. Usage: scripts/conformance.sh [TEST262_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/test262}"
[ -d "$dir/test" ] || { echo "no test262 checkout at $dir" >&2; exit 1; }
swift build -c release -j 2 --product jitloc >/dev/null
bin=.build/release/jitloc
table=$($bin test262 "$dir" --jobs 2 --markdown --verbose 2>/dev/null)
total=$(echo "$table" | grep '^| \*\*total' )
keep=""
if [ -f CONFORMANCE.md ] && grep -q "<!-- mjsunit:begin -->" CONFORMANCE.md; then
  keep=$(sed -n '/<!-- mjsunit:begin -->/,/<!-- mjsunit:end -->/p' CONFORMANCE.md)
fi
{
  echo "# Conformance"
  echo
  echo "test262 subset in \`../shared/test262\` (see its README for how the subset was chosen),"
  echo "run as INTERPRETING.md prescribes: harness prepended, sloppy and strict runs, negative tests."
  echo "A file passes when every mode it runs in passes."
  echo
  echo "Command: \`scripts/conformance.sh\` (runs \`jitloc test262 ../shared/test262 --jobs 2 --markdown --verbose\` on a release build)."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'). Date: $(date -u +%Y-%m-%d)."
  echo
  echo "Total: $total" | sed 's/| \*\*total\*\* | \*\*\([0-9]*\)\*\* | \*\*\([0-9]*\)\*\* | \*\*\([0-9.%]*\)\*\* |/\1 of \2 files pass (\3)/'
  echo
  echo "## Most common failure reasons"
  echo
  echo '| files | reason |'
  echo '|---:|---|'
  echo "$table" | grep '^FAIL' | sed 's/^FAIL [^:]*: \(sloppy\|strict\): //; s/[0-9]\+:[0-9]\+//; s/|/\\|/g' | cut -c1-90 | sort | uniq -c | sort -rn | head -25 | awk '{c=$1; $1=""; sub(/^ /,""); print "| " c " | " $0 " |"}'
  echo
  echo "## Pass rate per directory"
  echo
  echo "$table" | grep '^|'
  if [ -n "$keep" ]; then echo; echo "$keep"; fi
} > CONFORMANCE.md
echo "$total"
