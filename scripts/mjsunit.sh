#!/usr/bin/env bash
# Runs ../shared/v8-mjsunit with the bundled mjsunit harness in three modes (optimizer off,
# default tier-up with natives syntax, eager optimization) and writes the counts, the
# optimized-only failures and the main failure reasons into CONFORMANCE.md (between the
# mjsunit markers). Usage: scripts/mjsunit.sh [MJSUNIT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-../shared/v8-mjsunit}"
[ -d "$dir" ] || { echo "no mjsunit directory at $dir" >&2; exit 1; }
swift build -c release -j 2 --product jitloc >/dev/null
bin=.build/release/jitloc
work=$(mktemp -d)
run_mode() {  # name flags...
  local name=$1; shift
  : > "$work/$name"
  while IFS= read -r f; do
    local err rc
    timeout 20 "$bin" run --harness mjsunit --allow-natives-syntax "$@" "$f" >/dev/null 2>"$work/stderr" && rc=0 || rc=$?
    err=$(head -1 "$work/stderr" | tr '\t' ' ')
    printf '%s\t%s\t%s\n' "${f#$dir/}" "$rc" "$err" >> "$work/$name"
  done < <(find "$dir" -name '*.js' | sort)
}
run_mode noopt --no-opt
run_mode default
run_mode eager --eager
count() { awk -F'\t' '$2==0' "$work/$1" | wc -l; }
total=$(wc -l < "$work/noopt")
section=$(mktemp)
{
  echo "<!-- mjsunit:begin -->"
  echo "## V8 mjsunit regression tests (\`$dir\`)"
  echo
  echo "Command: \`scripts/mjsunit.sh\` (release build; each test as \`jitloc run --harness mjsunit --allow-natives-syntax [MODE] FILE\`, 20 s limit). Date: $(date -u +%Y-%m-%d)."
  echo
  echo "| mode | passed | of |"
  echo "|---|---:|---:|"
  echo "| optimizer off (\`--no-opt\`) | $(count noopt) | $total |"
  echo "| as written (natives force optimization, tier-up at 1000 calls) | $(count default) | $total |"
  echo "| eager optimization (\`--eager\`) | $(count eager) | $total |"
  echo
  both=$(join -t $'\t' <(cut -f1,2 "$work/noopt" | sort) <(cut -f1,2 "$work/default" | sort) | join -t $'\t' - <(cut -f1,2 "$work/eager" | sort) | awk -F'\t' '$2==0 && $3==0 && $4==0' | wc -l)
  echo "Passing in all three modes: $both."
  echo
  optimized_only=$( {
    join -t $'\t' <(cut -f1,2 "$work/noopt" | sort) <(cut -f1,2,3 "$work/default" | sort) | awk -F'\t' '$2==0 && $3!=0 {print "- " $1 " (default mode): " $4}'
    join -t $'\t' <(cut -f1,2 "$work/noopt" | sort) <(cut -f1,2,3 "$work/eager" | sort) | awk -F'\t' '$2==0 && $3!=0 {print "- " $1 " (eager mode): " $4}'
  } )
  if [ -z "$optimized_only" ]; then
    echo "Tests that pass with the optimizer off but fail optimized: none."
  else
    echo "Tests that pass with the optimizer off but fail optimized:"
    echo
    echo "$optimized_only"
  fi
  echo
  echo "Why tests fail with the optimizer off (skipped: unsupported features, V8-internal natives, tier checks):"
  echo
  echo "| tests | first error |"
  echo "|---:|---|"
  awk -F'\t' '$2!=0 {print $3}' "$work/noopt" | sed 's/[0-9]\+:[0-9]\+//g; s/|/\\|/g' | cut -c1-80 | sort | uniq -c | sort -rn | head -15 | awk '{c=$1; $1=""; sub(/^ /,""); print "| " c " | " $0 " |"}'
  echo "<!-- mjsunit:end -->"
} > "$section"
python3 - "$section" <<'PY'
import sys, re
section = open(sys.argv[1]).read()
path = "CONFORMANCE.md"
text = open(path).read() if __import__("os").path.exists(path) else "# Conformance\n"
if "<!-- mjsunit:begin -->" in text:
    text = re.sub(r"<!-- mjsunit:begin -->.*<!-- mjsunit:end -->\n?", section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
rm -rf "$work" "$section"
grep -A6 '| mode |' CONFORMANCE.md
