#!/bin/sh
# SPDX-License-Identifier: ISC
# Streaming, threads and shards on a generated corpus of 1,000 articles
# (bench/gen-corpus, fixed seed): the output does not depend on -j, on how
# little memory the sort may use (runs spilled to files and merged), nor on
# splitting the corpus: 4 shards merged with `sort -m -u` are byte-identical
# to the single run. Also gzip output, and the progress line on a terminal.
# usage: scale.sh DIPLOGRAPH SRC WORKDIR [N_ARTICLES]
set -u
bin=$1 src=$2 work=$3 n=${4:-1000}
rm -rf "$work" && mkdir -p "$work"
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
same() { # NAME FILE FILE
  if cmp -s "$2" "$3"; then ok "$1"; else ko "$1" "$2 and $3 differ"; fi
}
export LC_ALL=C

python3 "$src/bench/gen-corpus" -n "$n" --seed 11 -o "$work/corpus" >/dev/null ||
  { echo "FAIL generator"; exit 1; }

"$bin" extract -q -j 2 -f nt,nq,ttl -o "$work/whole" "$work/corpus" || ko whole "exit $?"
[ -s "$work/whole/graph.nt" ] && ok whole-written || ko whole-written "no graph.nt"
sort -c -u "$work/whole/graph.nt" && ok nt-sorted-unique || ko nt-sorted-unique "graph.nt is not sorted -u"
sort -c -u "$work/whole/graph.nq" && ok nq-sorted-unique || ko nq-sorted-unique "graph.nq is not sorted -u"

# one thread, 1 MiB of sort memory: many runs on disk, merged
"$bin" extract -q -j 1 --sort-memory 1 -f nt,nq,ttl -o "$work/small" "$work/corpus" || ko small "exit $?"
for f in nt nq ttl; do same "spilled-$f" "$work/whole/graph.$f" "$work/small/graph.$f"; done
ls -a "$work/small" | grep -q sort && ko no-runs-left "run files left in the output" || ok no-runs-left

# four shards, no shared state, merged with sort -m -u
for i in 1 2 3 4; do
  "$bin" extract -q -j 1 --shard $i/4 -f nt,nq -o "$work/shard$i" "$work/corpus" || ko "shard$i" "exit $?"
done
sort -m -u "$work"/shard?/graph.nt >"$work/merged.nt"
sort -m -u "$work"/shard?/graph.nq >"$work/merged.nq"
same shards-nt "$work/whole/graph.nt" "$work/merged.nt"
same shards-nq "$work/whole/graph.nq" "$work/merged.nq"
# every article is in exactly one shard
total=0
for i in 1 2 3 4; do
  k=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle>' "$work/shard$i/graph.nt")
  [ "$k" -gt 0 ] || ko "shard$i-nonempty" "no article in shard $i"
  total=$((total + k))
done
[ "$total" -eq "$n" ] && ok shards-partition || ko shards-partition "$total articles in the shards, $n in the corpus"

# gzip output
"$bin" extract -q -z -f nt,ttl -o "$work/gz" "$work/corpus" || ko gzip "exit $?"
gzip -dc "$work/gz/graph.nt.gz" >"$work/gz.nt" && same gzip-nt "$work/whole/graph.nt" "$work/gz.nt"
gzip -dc "$work/gz/graph.ttl.gz" >"$work/gz.ttl" && same gzip-ttl "$work/whole/graph.ttl" "$work/gz.ttl"

# Turtle at scale is read back by a parser we did not write, to the same triples
if command -v serdi >/dev/null; then
  # (serdi writes its own escapes, so both sides go through it)
  serdi -i turtle -o ntriples "$work/whole/graph.ttl" 2>"$work/serdi.err" | sort -u >"$work/ttl.nt"
  serdi -i ntriples -o ntriples "$work/whole/graph.nt" 2>>"$work/serdi.err" | sort -u >"$work/nt.nt"
  [ -s "$work/nt.nt" ] && same turtle-reparsed "$work/nt.nt" "$work/ttl.nt" || ko turtle-reparsed "serdi read nothing"
fi

# bad --shard and -j are usage errors
"$bin" extract -q --shard 5/4 -o "$work/bad" "$work/corpus" 2>"$work/err"
[ $? -eq 2 ] && grep -q "shard" "$work/err" && ok bad-shard || ko bad-shard "$(cat "$work/err")"
"$bin" extract -q -j 0x -o "$work/bad" "$work/corpus" 2>"$work/err"
[ $? -eq 2 ] && ok bad-jobs || ko bad-jobs "$(cat "$work/err")"

# progress: on a terminal, a line with the count, rate and ETA; none with -q
if command -v script >/dev/null; then
  script -qec "'$bin' extract -j 2 -f nt -o '$work/tty' '$work/corpus'" /dev/null >"$work/tty.log" 2>&1
  grep -q "articles, .*/s, ETA" "$work/tty.log" && ok progress-tty || ko progress-tty "no progress line"
  script -qec "'$bin' extract -q -j 2 -f nt -o '$work/tty' '$work/corpus'" /dev/null >"$work/tty.log" 2>&1
  [ ! -s "$work/tty.log" ] && ok progress-quiet || ko progress-quiet "$(head -c 200 "$work/tty.log")"
fi

echo "scale: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
