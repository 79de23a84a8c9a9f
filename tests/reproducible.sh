#!/bin/sh
# SPDX-License-Identifier: ISC
# Same input, same options: byte-identical files, whatever the order of the
# inputs on the command line.
# usage: reproducible.sh DIPLOGRAPH SRC WORKDIR
set -eu
bin=$1 src=$2 work=$3
rm -rf "$work"
"$bin" extract -q -o "$work/a" "$src/data/articles"
files=$(ls "$src"/data/articles/*.txt | sort -r)
# shellcheck disable=SC2086
"$bin" extract -q -o "$work/b" $files
for f in graph.ttl graph.nt graph.nq; do
  cmp "$work/a/$f" "$work/b/$f"
  echo "PASS $f identical"
done
echo "3 passed, 0 failed"
