#!/bin/sh
# SPDX-License-Identifier: ISC
# bench/gen-corpus is deterministic, and diplograph finds the facts it generates.
# usage: bench-generator.sh DIPLOGRAPH SOURCE_DIR WORK_DIR
set -eu
bin=$1 src=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
gen="$src/bench/gen-corpus"

"$gen" -n 50 --seed 7 -o "$work/a"
"$gen" -n 50 --seed 7 -o "$work/b"
diff -r "$work/a" "$work/b" > /dev/null || { echo "FAIL: two runs with seed 7 differ"; exit 1; }
"$gen" -n 50 --seed 7 --jsonl "$work/c.jsonl.gz"
"$gen" -n 50 --seed 7 --jsonl "$work/d.jsonl.gz"
cmp "$work/c.jsonl.gz" "$work/d.jsonl.gz" || { echo "FAIL: two .jsonl.gz runs differ"; exit 1; }
gzip -dc "$work/c.facts.gz" | cmp - "$work/a/expected.facts" ||
  { echo "FAIL: the facts of -o and --jsonl differ"; exit 1; }
# the first 20 articles of 50 are the 20-article corpus
"$gen" -n 20 --seed 7 -o "$work/p"
for f in "$work"/p/0*.txt; do
  cmp "$f" "$work/a/${f##*/}" || { echo "FAIL: a prefix corpus differs"; exit 1; }
done

"$bin" extract -q -f nt -o "$work/out" "$work/a"
check="$src/bench/check-facts $work/out/graph.nt $work/a/expected.facts"
# every type at 0.95 (recall, and precision where measured) but three, lower for
# what diplograph is known to miss: the dateline place after a masthead line
# ("APS – 23 décembre 2021"), a publisher minted from a UN press release's
# heading ("Security Council"), and dg:Conference given to a meeting held "by
# videoconference"
$check --fail-under 0.95 --types article-language,article-date,article-about,article-persons,article-states,event-forum,event-presidency,event-topic,event-chair,event-organizers,event-speakers,person-represents,person-affiliation,quote-direct,quote-reported
$check --fail-under 0.6 --types article-place,article-publisher,event-class > /dev/null
echo "PASS"
