#!/bin/bash
# Try `import X` for each top-level module of the stdlib folder under tern.
LIB=${TERN_STDLIB:-/usr/lib/python3.11}
TERN=${TERN_BIN:-$(cd "$(dirname "$0")/.." && pwd)/target/release/tern}
# Absolute: the sweep runs from a scratch directory.
TERN=$(realpath "$TERN") || exit 1
[ -x "$TERN" ] || { echo "no tern binary at $TERN" >&2; exit 1; }
cd "$(mktemp -d)" || exit 1
ok=0; fail=0; : > results.txt
for p in $LIB/*.py $LIB/*/__init__.py; do
  m=$(basename "$p" .py); [ "$m" = "__init__" ] && m=$(basename $(dirname "$p"))
  case "$m" in __phello__*|__hello__|antigravity|this|idlelib|turtledemo|tkinter|turtle|site-packages|dist-packages) continue;; esac
  echo "__import__('$m')" > t.py
  out=$(timeout 10 "$TERN" t.py 2>&1 </dev/null | tail -1)
  if [ $? -eq 0 ] && ! echo "$out" | grep -qE "Error|error|Exception"; then ok=$((ok+1)); echo "OK $m" >> results.txt
  else fail=$((fail+1)); echo "FAIL $m :: $out" >> results.txt; fi
done
echo "ok=$ok fail=$fail (details: $PWD/results.txt)"
