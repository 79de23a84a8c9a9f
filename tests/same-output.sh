#!/bin/sh
# SPDX-License-Identifier: ISC
# The committed output/ must be what the code makes of the bundled articles.
# usage: same-output.sh FRESH COMMITTED
set -u
fresh=$1 committed=$2
fail=0
for f in graph.ttl graph.nt graph.nq; do
  if cmp -s "$fresh/$f" "$committed/$f"; then
    echo "PASS $f"
  else
    echo "FAIL $f: output/$f differs from a fresh run; regenerate it with:"
    echo "  ./build/diplograph extract -o output data/articles"
    fail=1
  fi
done
exit $fail
