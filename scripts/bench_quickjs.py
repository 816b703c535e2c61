#!/usr/bin/env python3
"""Run one benchmark source file under QuickJS-ng via the PyPI package `quickjs-ng`.

Usage: bench_quickjs.py FILE      (FILE = prelude + kernel + epilogue, prepared by scripts/bench.sh)
       bench_quickjs.py --version (prints the quickjs-ng package version; exit 1 if not installed)

The epilogue written by bench.sh ends with an expression whose value is the text
"time_ms: <n>\nchecksum: <value>"; this script evaluates the file and prints that value.
Exit status: 0 ok, 1 quickjs-ng missing, 2 JavaScript error.
"""
import sys

try:
    import quickjs  # provided by `pip install quickjs-ng`
except ImportError:
    sys.stderr.write("quickjs-ng is not installed: python3 -m pip install quickjs-ng\n")
    sys.exit(1)


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--version":
        try:
            from importlib.metadata import version
            print(version("quickjs-ng"))
        except Exception:
            print("unknown")
        return 0
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 64
    with open(sys.argv[1], encoding="utf-8") as f:
        src = f.read()
    ctx = quickjs.Context()
    try:
        out = ctx.eval(src)
    except Exception as e:  # quickjs.JSException and friends
        sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
        return 2
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
