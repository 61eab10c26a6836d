#!/usr/bin/env bash
# The training run of profile-guided optimization: every differential test
# program (breadth: the compiler, the builtins, error paths) and every
# benchmark at three times its test size (the hot paths of the dispatch
# loop). Usage: train.sh TERN_BINARY (what it prints is discarded).
set -uo pipefail
tern="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tests/programs"
find . -name '*.py' ! -path '*/_*' | sort | while read -r p; do
    d="$(dirname "$p")"
    [ -f "$d/__init__.py" ] && continue
    (cd "$d" && PYTHONUTF8=1 timeout 60 "$tern" "$(basename "$p")" </dev/null >/dev/null 2>&1) || true
done
cd "$root/benchmarks"
for b in *.py; do
    size="$(sed -n 's/^# *test-size: *\([0-9]*\).*/\1/p' "$b" | head -1)"
    [ -n "$size" ] || continue
    timeout 300 "$tern" "$b" $((size * 3)) </dev/null >/dev/null 2>&1 || true
done
