#!/bin/sh
# SPDX-License-Identifier: ISC
# Answers every competency question (QUERIES/*.rq) over OUTDIR/graph.nt with
# rasqal's roqet and compares the answers with ANSWERS/*.csv.
# usage: queries.sh OUTDIR QUERIES ANSWERS
set -u
out=$1 queries=$2 answers=$3
pass=0 fail=0
for q in "$queries"/*.rq; do
  name=$(basename "$q" .rq)
  got=$(roqet -q -i sparql -D "$out/graph.nt" -r csv "$q" 2>&1)
  if [ "$got" = "$(cat "$answers/$name.csv")" ]; then
    echo "PASS $name"; pass=$((pass + 1))
  else
    echo "FAIL $name"; fail=$((fail + 1))
    printf '%s\n' "$got" | diff "$answers/$name.csv" - | head -20
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
