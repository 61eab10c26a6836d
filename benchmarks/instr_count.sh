#!/bin/bash
# Instruction counts (valgrind callgrind, repeatable on a noisy machine) of
# every benchmark at its test size under two tern binaries, with the ratio
# B/A and its geometric mean. Usage: benchmarks/instr_count.sh A B [FILTER]
A=$(realpath "$1"); B=$(realpath "$2"); FILTER=${3:-}
cd "$(dirname "$0")" || exit 1
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
printf "%-14s %14s %14s %8s\n" benchmark A B B/A
for f in *.py; do
  case "$f" in run.py|cost_model.py) continue;; esac
  [ -n "$FILTER" ] && [[ "$f" != *$FILTER* ]] && continue
  size=$(sed -n 's/^# *test-size: *\([0-9]*\).*/\1/p' "$f" | head -1)
  [ -z "$size" ] && continue
  a=$(count "$A" "$f" "$size"); b=$(count "$B" "$f" "$size")
  echo "$f $a $b" | awk '{printf "%-14s %14.0f %14.0f %8.4f\n", $1, $2, $3, $3/$2}'
done | tee /tmp/instr_count.$$
awk 'NR>0 && $4>0 {s+=log($4); n++} END {if (n) printf "geomean B/A = %.4f over %d benchmarks\n", exp(s/n), n}' /tmp/instr_count.$$
rm -f /tmp/instr_count.$$
