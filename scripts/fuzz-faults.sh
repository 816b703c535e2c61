#!/usr/bin/env bash
# One fuzzing campaign per injectable fault, with and without coverage feedback, and a
# throughput run without faults; writes a table section to BENCHMARKS.md.
#
#   scripts/fuzz-faults.sh [--budget SECONDS] [--jobs N] [--seed N] [--no-build] [--write] [FAULT...]
#
#   --budget S   seconds per campaign (default 60)
#   --jobs N     worker processes per campaign (default 2)
#   --seed N     campaign seed (default 1; the same for every fault and mode)
#   --no-build   use the existing .build/release/jitloc
#   --write      replace the section between <!-- fuzz-faults:begin --> and <!-- fuzz-faults:end -->
#                in BENCHMARKS.md
#   FAULT...     fault ids (default: every fault `jitloc faults --json` lists; faults marked not
#                implemented are listed in the table without a campaign)
#
# Campaigns start from an empty corpus (no seed programs), so what is found is found by the
# generator and the mutators. A fault counts as found when the campaign publishes any finding;
# "phase right?" compares the phase of the campaign's findings with the fault's phase.
set -euo pipefail
cd "$(dirname "$0")/.."

budget=60 jobs=2 seed=1 build=1 write=0 faults=()
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) budget="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --write) write=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "fuzz-faults.sh: unknown option $1" >&2; exit 64 ;;
    *) faults+=("$1"); shift ;;
  esac
done

if [ "$build" = 1 ]; then swift build -c release -j 2 >&2; fi
jitloc=.build/release/jitloc
work=$(mktemp -d /tmp/jitloc-fuzz-faults.XXXXXX)
mkdir -p "$work/empty-seeds"
"$jitloc" faults --json > "$work/faults.json"
if [ ${#faults[@]} -eq 0 ]; then
  mapfile -t faults < <(python3 -c 'import json,sys; [print(f["id"]) for f in json.load(open(sys.argv[1]))]' "$work/faults.json")
fi

campaign() { # fault mode -> writes $work/<fault>.<mode>.json
  local fault="$1" mode="$2" extra=()
  [ "$mode" = "no-feedback" ] && extra=(--no-feedback)
  "$jitloc" fuzz --out "$work/$fault.$mode" --time "${budget}s" --jobs "$jobs" --seed "$seed" \
    --seeds "$work/empty-seeds" --inject "$fault" "${extra[@]}" --json > "$work/$fault.$mode.json" 2> /dev/null
}

for fault in "${faults[@]}"; do
  implemented=$(python3 -c 'import json,sys; print(next((f["implemented"] for f in json.load(open(sys.argv[1])) if f["id"] == sys.argv[2]), False))' "$work/faults.json" "$fault")
  [ "$implemented" = "True" ] || continue
  for mode in feedback no-feedback; do
    echo "fuzz-faults: $fault ($mode, ${budget}s)" >&2
    campaign "$fault" "$mode"
  done
done

echo "fuzz-faults: throughput (no fault, ${budget}s, 1 and $jobs jobs)" >&2
"$jitloc" fuzz --out "$work/throughput-1" --time "${budget}s" --jobs 1 --seed "$seed" --seeds "$work/empty-seeds" --json > "$work/throughput-1.json" 2> /dev/null
"$jitloc" fuzz --out "$work/throughput-n" --time "${budget}s" --jobs "$jobs" --seed "$seed" --seeds "$work/empty-seeds" --json > "$work/throughput-n.json" 2> /dev/null

section=$(python3 - "$work" "$budget" "$jobs" "$seed" "${faults[@]}" <<'PY'
import json, os, sys, platform
work, budget, jobs, seed, faults = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
catalog = {f["id"]: f for f in json.load(open(os.path.join(work, "faults.json")))}
def load(name):
    try:
        return json.load(open(os.path.join(work, name)))
    except (OSError, ValueError):
        return None
def cell(summary, phase):
    if summary is None:
        return "error", "-"
    found = summary.get("findings", [])
    if not found:
        return "not found", "-"
    t = summary.get("first_finding_seconds")
    d = summary.get("first_detection_seconds")
    phases = sorted({f.split(".")[1] for f in found if f.count(".") >= 2})
    right = "yes" if phase in phases else "no (" + ", ".join(phases) + ")"
    if t is None:
        return "found", right
    if d is None:
        return "%.0f s" % t, right
    return "%.0f s (%.0f s)" % (d, t), right
rows, found_fb, found_nofb, right_fb = [], 0, 0, 0
for fault in faults:
    f = catalog.get(fault, {"phase": "?", "implemented": False})
    if not f.get("implemented"):
        rows.append("| %s | %s | not implemented yet | | | |" % (fault, f["phase"]))
        continue
    fb, nofb = load(fault + ".feedback.json"), load(fault + ".no-feedback.json")
    t1, r1 = cell(fb, f["phase"])
    t2, r2 = cell(nofb, f["phase"])
    found_fb += t1 not in ("not found", "error")
    found_nofb += t2 not in ("not found", "error")
    right_fb += r1 == "yes"
    rows.append("| %s | %s | %s | %s | %s | %s |" % (fault, f["phase"], t1, r1, t2, r2))
implemented = sum(1 for x in faults if catalog.get(x, {}).get("implemented"))
t1, tn = load("throughput-1.json") or {}, load("throughput-n.json") or {}
out = []
out.append("## Fuzzer: faults found and throughput")
out.append("")
out.append("Command: `scripts/fuzz-faults.sh --budget %s --jobs %s --seed %s --write` (release build; %s CPUs, %s; the machine was shared with other builds while it ran)." % (budget, jobs, seed, os.cpu_count(), platform.machine()))
out.append("One campaign per fault and mode: `jitloc fuzz --time %ss --jobs %s --seed %s --inject ID` from an empty corpus (no seed programs), with and without `--no-feedback`. A time is when the campaign's first failure was detected, then in parentheses when its finding was published (after localization and reduction; a campaign whose time runs out while a worker triages waits for the triage, so the second time may exceed the budget)." % (budget, jobs, seed))
out.append("")
out.append("Found with feedback: **%d of %d** implemented faults (%d localized to the fault's phase); without feedback: %d." % (found_fb, implemented, right_fb, found_nofb))
out.append("")
out.append("| fault | phase | first finding, detected (published), feedback | phase right? | first finding, no feedback | phase right? |")
out.append("|---|---|---|---|---|---|")
out += rows
out.append("")
def rate(s):
    e = s.get("executions", 0); sec = s.get("seconds", 0) or 1; j = s.get("jobs", 1) or 1
    return e, e / sec, e / sec / j
e1, r1, p1 = rate(t1)
en, rn, pn = rate(tn)
out.append("Throughput without faults (an execution is one run with the optimizer off and one with it on): 1 job: %d executions, %.1f/s per core; %s jobs: %d executions, %.1f/s (%.1f/s per core). Goal: 500/s per core." % (e1, p1, jobs, en, rn, pn))
print("\n".join(out))
PY
)
echo "$section"
if [ "$write" = 1 ]; then
  python3 - "$section" <<'PY'
import sys, re
section = sys.argv[1]
path = "BENCHMARKS.md"
text = open(path).read()
block = "<!-- fuzz-faults:begin -->\n" + section + "\n<!-- fuzz-faults:end -->"
if "<!-- fuzz-faults:begin -->" in text:
    text = re.sub(r"<!-- fuzz-faults:begin -->.*?<!-- fuzz-faults:end -->", lambda m: block, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w").write(text)
PY
fi
rm -rf "$work"
