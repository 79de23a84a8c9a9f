#!/bin/sh
# SPDX-License-Identifier: ISC
# The ontology and the shapes are valid Turtle for serdi and rapper.
# usage: ontology.sh ONTOLOGY_DIR
set -u
fail=0 pass=0
for f in "$1"/*.ttl; do
  if serdi -i turtle -o ntriples "$f" >/dev/null && rapper -q -i turtle -c "$f" 2>/dev/null; then
    echo "PASS $(basename "$f")"; pass=$((pass + 1))
  else
    echo "FAIL $(basename "$f")"; fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
