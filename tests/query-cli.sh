#!/bin/sh
# SPDX-License-Identifier: ISC
# diplograph query and load as a user meets them: every competency question
# answered from the dump files and from the SQLite store equals its expected
# answer; formats parse with tools we did not write; a broken query names its
# position; an empty answer is no error; loading twice duplicates nothing.
# usage: query-cli.sh DIPLOGRAPH OUTDIR QUERIES ANSWERS WORKDIR
set -u
bin=$1 out=$2 queries=$3 answers=$4 work=$5
rm -rf "$work" && mkdir -p "$work"
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }

db=$work/store.db
"$bin" load -q --store "sqlite:$db" "$out/graph.nq" || ko load "first load failed"
one=$("$bin" query --store "sqlite:$db" -r csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')
"$bin" load -q --store "sqlite:$db" "$out/graph.nq" || ko load "second load failed"
two=$("$bin" query --store "sqlite:$db" -r csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')
quads=$(grep -c ' <[^>]*> \.$' "$out/graph.nq")
[ "$one" = "$two" ] && ok "load-twice-same-count ($one)" || ko load-twice "$one then $two"
[ "$(echo "$one" | tail -n 1)" -gt 0 ] 2>/dev/null && ok store-not-empty || ko store-not-empty "$one"
echo "# $quads quads in named graphs in graph.nq"

for q in "$queries"/*.rq; do
  name=$(basename "$q" .rq)
  for source in files store; do
    if [ $source = files ]; then
      got=$("$bin" query -r csv "$out/graph.nq" -q "$q" 2>&1)
    else
      got=$("$bin" query -r csv --store "sqlite:$db" -q "$q" 2>&1)
    fi
    if [ "$got" = "$(cat "$answers/$name.csv")" ]; then
      ok "$name/$source"
    else
      ko "$name/$source" "$(printf '%s\n' "$got" | diff "$answers/$name.csv" - | head -5)"
    fi
  done
done

"$bin" query -r json "$out/graph.nq" -q "$queries/speakers.rq" >"$work/a.json" &&
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["head"]["vars"] and d["results"]["bindings"]' "$work/a.json" &&
  ok json-parses || ko json-parses "not W3C JSON results"
"$bin" query -r tsv "$out/graph.nq" -q "$queries/speakers.rq" | head -n 1 | grep -q '^?date	?role	?person$' &&
  ok tsv-header || ko tsv-header "no ?var header"
"$bin" query "$out/graph.nq" -q "$queries/speakers.rq" | grep -q '^date  *role  *person' &&
  ok table || ko table "no aligned header"

printf 'SELECT ?x WHERE {\n  ?x a <http://schema.org/Person>\n  ?x ?y }\n' >"$work/broken.rq"
"$bin" query "$out/graph.nq" -q "$work/broken.rq" >/dev/null 2>"$work/err"
st=$?
if [ $st -eq 2 ] && grep -q "broken.rq:3" "$work/err"; then ok broken-query; else ko broken-query "exit $st: $(cat "$work/err")"; fi

got=$("$bin" query -r csv "$out/graph.nq" -e 'SELECT ?x WHERE { ?x a <http://example.org/Nothing> }')
st=$?
[ $st -eq 0 ] && [ "$got" = "x" ] && ok empty-answer || ko empty-answer "exit $st: $got"

"$bin" query -r csv "$out/graph.nq" -e 'ASK { ?s a <http://schema.org/Event> }' | grep -q true &&
  ok ask || ko ask "no true"
"$bin" query "$out/graph.nq" -e 'CONSTRUCT { ?p a <http://schema.org/Person> } WHERE { ?p a <http://schema.org/Person> }' >"$work/c.nt" &&
  serdi -i ntriples -o ntriples "$work/c.nt" >/dev/null && [ -s "$work/c.nt" ] &&
  ok construct-ntriples || ko construct-ntriples "not N-Triples"

"$bin" query --store "sqlite:$work/none.db" -e 'ASK {}' >/dev/null 2>"$work/err"
[ $? -eq 3 ] && grep -q "no such store" "$work/err" && ok missing-store || ko missing-store "$(cat "$work/err")"
"$bin" load --store "sqlite:$db" "$work/nope.nq" 2>"$work/err"
[ $? -eq 3 ] && grep -q "nope.nq" "$work/err" && ok missing-file || ko missing-file "$(cat "$work/err")"
"$bin" query "$out/graph.nq" 2>/dev/null
[ $? -eq 2 ] && ok no-query || ko no-query "accepted"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
