#!/bin/sh
# SPDX-License-Identifier: ISC
# Answers every competency question with four SPARQL engines and checks that they agree.
#
# usage: tests/stores/cross-engine.sh DIPLOGRAPH OUTDIR QUERIES_DIR WORKDIR
#   DIPLOGRAPH   the diplograph program (with the query and load verbs)
#   OUTDIR       holds graph.nq (an extraction's output)
#   QUERIES_DIR  *.rq files, queries without GRAPH or FROM (ontology/queries/)
#   WORKDIR      scratch: the SQLite store, the Virtuoso database, every answer
#                (WORKDIR/answers/NAME.ENGINE.csv) and its normal form (.norm)
#
# The engines, each with the default graph being the union of all graphs:
#   file      DIPLOGRAPH query -r csv OUTDIR/graph.nq -q Q          (rasqal over librdf)
#   sqlite    DIPLOGRAPH load --store sqlite:WORKDIR/store.db graph.nq, twice, then
#             DIPLOGRAPH query --store sqlite:WORKDIR/store.db -r csv -q Q
#   virtuoso  virtuoso.sh start; DIPLOGRAPH load --endpoint URL --graph-store GSP
#             [--user U:P] graph.nq (or load --endpoint GSP [--user U:P] graph.nq when
#             "load --help" names no --graph-store), twice;
#             DIPLOGRAPH query --endpoint URL -r csv -q Q
#   oxigraph  node oxigraph-query.mjs graph.nq Q                     (the reference)
# Answers are compared as sets (csv-normalise.py --sort-columns): Virtuoso and Oxigraph
# match a triple once per graph holding it, rasqal once.
#
# Counts, per engine: the quads of each named graph (GRAPH ?g ... GROUP BY ?g) and the
# distinct triples of the union; both must be the reference's. After the second load
# they, and the plain COUNT(*) over the union, must be as after the first (a second
# load replaces, it does not add). Virtuoso's own system graphs (about 2,500 triples)
# are left out: its union counts are taken before the first load and subtracted, and
# only the file's named graphs are kept in its per-graph counts.
#
# Prints one PASS or FAIL line per check and "N passed, N failed". Exits 0 when all
# pass, 1 when one fails, 2 when a tool is missing. When DIPLOGRAPH has no query verb
# yet (its "query --help" says unknown command), prints SKIP and exits 0.
# Virtuoso is stopped on exit, whatever happens.

set -u

usage() {
  echo "usage: $0 DIPLOGRAPH OUTDIR QUERIES_DIR WORKDIR" >&2
  exit 2
}
[ $# -eq 4 ] || usage

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd) || exit 2
abs() { (CDPATH='' cd -- "$(dirname -- "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename -- "$1")"); }
dg=$(abs "$1") || exit 2
out=$(CDPATH='' cd -- "$2" 2>/dev/null && pwd) || { echo "$0: $2: not a directory" >&2; exit 2; }
queries=$(CDPATH='' cd -- "$3" 2>/dev/null && pwd) || { echo "$0: $3: not a directory" >&2; exit 2; }
mkdir -p "$4" || exit 2
work=$(CDPATH='' cd -- "$4" && pwd) || exit 2
nq=$out/graph.nq

[ -x "$dg" ] || { echo "$0: $dg: not an executable" >&2; exit 2; }
[ -f "$nq" ] || { echo "$0: $nq: no such file" >&2; exit 2; }

# No query verb yet: nothing to compare with.
help=$("$dg" query --help 2>&1)
rc=$?
if [ $rc -ne 0 ]; then
  if printf '%s\n' "$help" | grep -qi 'unknown command'; then
    echo "SKIP cross-engine: $dg has no 'query' verb yet"
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
  fi
  echo "FAIL cross-engine: '$dg query --help' exited $rc:"
  printf '%s\n' "$help" | head -5 | sed 's/^/    /'
  echo "0 passed, 1 failed"
  exit 1
fi

for tool in node python3 curl timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing" >&2; exit 2; }
done
if [ ! -d "$here/../external/node_modules/oxigraph" ]; then
  echo "$0: tests/external/node_modules/oxigraph is missing: run 'npm ci --prefix tests/external' from the repository root" >&2
  exit 2
fi

pass=0 fail=0
ok() { echo "PASS $*"; pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }
# the first lines of a file, indented, after a FAIL line
show() { head -"${2:-10}" "$1" | sed 's/^/    /'; }

virtuoso_dir=$work/virtuoso
virtuoso_started=0
cleanup() {
  if [ "$virtuoso_started" = 1 ]; then
    sh "$here/virtuoso.sh" stop "$virtuoso_dir" >/dev/null 2>&1
    virtuoso_started=0
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

answers=$work/answers counts=$work/counts qdir=$work/queries
rm -rf "$answers" "$counts" "$qdir"
rm -f "$work/store.db" "$work"/store.db-* "$work"/store.db.*
mkdir -p "$answers" "$counts" "$qdir"

# Each engine: ENGINE QUERY_FILE OUT_CSV; stderr goes to OUT_CSV.err. Every call is bounded.
run() { # OUT CMD...
  o=$1
  shift
  timeout 300 "$@" >"$o" 2>"$o.err"
}
eng_file() { run "$2" "$dg" query -r csv "$nq" -q "$1"; }
eng_sqlite() { run "$2" "$dg" query --store "sqlite:$work/store.db" -r csv -q "$1"; }
eng_virtuoso() { run "$2" "$dg" query --endpoint "$sparql_url" -r csv -q "$1"; }
eng_oxigraph() { run "$2" node "$here/oxigraph-query.mjs" "$nq" "$1"; }

normalise() { python3 "$here/csv-normalise.py" --sort-columns <"$1" >"$1.norm" 2>"$1.norm.err"; }

# Answers QUERY_FILE with ENGINE into OUT, and its normal form into OUT.norm.
# Returns 1 (with the reason in OUT.why) when the engine or the normaliser fails.
answer() { # ENGINE QUERY_FILE OUT
  if ! "eng_$1" "$2" "$3"; then
    { echo "$1 failed:"; head -5 "$3.err"; } >"$3.why"
    return 1
  fi
  if ! normalise "$3"; then
    { echo "$1's answer is not CSV:"; cat "$3.norm.err"; head -5 "$3"; } >"$3.why"
    return 1
  fi
}

cat >"$qdir/count-named.rq" <<'EOF'
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g
EOF
cat >"$qdir/count-distinct.rq" <<'EOF'
SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }
EOF
cat >"$qdir/count-all.rq" <<'EOF'
SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }
EOF

# the single number of a one-cell answer's normal form
cell() {
  v=$(sed -n 2p "$1.norm")
  case $v in '' | *[!0-9]*) return 1 ;; esac
  echo "$v"
}

# "graph IRI N" lines of Virtuoso kept when IRI is one of the file's graphs
keep_file_graphs() { # IN OUT
  awk 'NR == FNR { want[$0] = 1; next } { line = $0; sub(/ [0-9]+$/, "", line); if (line in want) print }' \
    "$counts/file-graph-names" "$1" >"$2"
}

# Writes COUNTS_FILE: "graph IRI N" per named graph, "distinct N", "all N".
# For Virtuoso, keeps only the file's graphs and subtracts the baseline.
count() { # ENGINE STAGE
  c=$counts/$1.$2
  for k in named distinct all; do
    answer "$1" "$qdir/count-$k.rq" "$c.$k.csv" || { cp "$c.$k.csv.why" "$c.why"; return 1; }
  done
  sed 1d "$c.named.csv.norm" | awk -F, '{ n = $NF; g = substr($0, 1, length($0) - length(n) - 1);
    gsub(/^"|"$/, "", g); gsub(/""/, "\"", g); print "graph " g " " n }' >"$c.graphs"
  if ! d=$(cell "$c.distinct.csv") || ! a=$(cell "$c.all.csv"); then
    { echo "$1 gave no count:"; head -3 "$c.distinct.csv" "$c.all.csv"; } >"$c.why"
    return 1
  fi
  if [ "$1" = virtuoso ]; then
    keep_file_graphs "$c.graphs" "$c.graphs.kept"
    mv "$c.graphs.kept" "$c.graphs"
    d=$((d - base_distinct)) a=$((a - base_all))
  fi
  { sort "$c.graphs"; echo "distinct $d"; echo "all $a"; } >"$c"
}

# COUNTS_A COUNTS_B [all]: the same counts (without "all" unless asked)?
same_counts() {
  if [ "${3:-}" = all ]; then
    diff "$1" "$2" >"$2.diff"
  else
    diff "$(grep -v '^all ' "$1" >"$1.x"; echo "$1.x")" "$(grep -v '^all ' "$2" >"$2.x"; echo "$2.x")" >"$2.diff"
  fi
}

# --- (d) Oxigraph, the reference ---------------------------------------------------
ref_ok=1
if count oxigraph once; then
  # the file's named graphs, "graph IRI"
  awk '{ sub(/ [0-9]+$/, ""); print }' "$counts/oxigraph.once.graphs" >"$counts/file-graph-names"
  ok "oxigraph reads $nq: $(grep -c '^graph ' "$counts/oxigraph.once") named graphs, $(sed -n 's/^distinct //p' "$counts/oxigraph.once") distinct triples"
else
  ko "oxigraph reads $nq"; show "$counts/oxigraph.once.why"
  ref_ok=0
fi
# --- (a) the file, through rasqal --------------------------------------------------
if count file once; then
  if [ $ref_ok = 1 ] && same_counts "$counts/oxigraph.once" "$counts/file.once"; then
    ok "file: named-graph and union counts as Oxigraph's"
  else
    ko "file: counts differ from Oxigraph's"; show "$counts/file.once.diff"
  fi
else
  ko "file: count queries"; show "$counts/file.once.why"
fi

# judge_reloads ENGINE UNIT: after two loads, the counts are those of one load
# and those of Oxigraph reading the file.
judge_reloads() {
  ok "$1: loaded twice"
  if same_counts "$counts/$1.once" "$counts/$1.twice" all; then
    ok "$1: second load changes no count ($(sed -n 's/^all //p' "$counts/$1.twice") $2)"
  else
    ko "$1: second load changes the counts (< once, > twice)"; show "$counts/$1.twice.diff"
  fi
  if [ $ref_ok = 1 ] && same_counts "$counts/oxigraph.once" "$counts/$1.twice"; then
    ok "$1: named-graph and union counts as Oxigraph's"
  else
    ko "$1: counts differ from Oxigraph's"; show "$counts/$1.twice.diff"
  fi
}

# --- (b) the SQLite store, loaded twice --------------------------------------------
sqlite_ok=1
for stage in once twice; do
  if ! run "$counts/sqlite.load.$stage" "$dg" load --store "sqlite:$work/store.db" "$nq"; then
    ko "sqlite: load ($stage)"; show "$counts/sqlite.load.$stage.err"
    sqlite_ok=0
    break
  fi
  count sqlite $stage || { ko "sqlite: count queries after loading $stage"; show "$counts/sqlite.$stage.why"; sqlite_ok=0; break; }
done
[ $sqlite_ok = 1 ] && judge_reloads sqlite "statements in the union"

# --- (c) Virtuoso, loaded twice through the Graph Store protocol --------------------
virtuoso_ok=0
if sh "$here/virtuoso.sh" start "$virtuoso_dir" >"$counts/virtuoso.start" 2>&1; then
  virtuoso_started=1
  virtuoso_ok=1
  {
    read -r sparql_url
    read -r gsp_url
    read -r gsp_user || gsp_user=
  } <<EOF
$(sh "$here/virtuoso.sh" url "$virtuoso_dir")
EOF
  ok "virtuoso: started, SPARQL $sparql_url, Graph Store $gsp_url${gsp_user:+ (digest auth)}"
  # its system graphs, before any load
  if answer virtuoso "$qdir/count-distinct.rq" "$counts/virtuoso.base.distinct.csv" &&
    answer virtuoso "$qdir/count-all.rq" "$counts/virtuoso.base.all.csv"; then
    base_distinct=$(cell "$counts/virtuoso.base.distinct.csv") &&
    base_all=$(cell "$counts/virtuoso.base.all.csv") || {
      ko "virtuoso: no count before loading"; show "$counts/virtuoso.base.all.csv"
      virtuoso_ok=0
    }
  else
    ko "virtuoso: count queries before loading"
    show "$counts/virtuoso.base.distinct.csv.why"; show "$counts/virtuoso.base.all.csv.why" 2>/dev/null
    virtuoso_ok=0
  fi
else
  ko "virtuoso: start"; show "$counts/virtuoso.start" 20
fi
if [ $virtuoso_ok = 1 ]; then
  # "load --endpoint SPARQL_URL --graph-store GSP_URL", or, for a diplograph whose
  # load has no --graph-store, "load --endpoint GSP_URL".
  if "$dg" load --help 2>&1 | grep -q -- '--graph-store'; then
    set -- --endpoint "$sparql_url" --graph-store "$gsp_url"
  else
    set -- --endpoint "$gsp_url"
  fi
  [ -n "$gsp_user" ] && set -- "$@" --user "$gsp_user"
  for stage in once twice; do
    run "$counts/virtuoso.load.$stage" "$dg" load "$@" "$nq" || {
      ko "virtuoso: load ($stage)"; show "$counts/virtuoso.load.$stage.err"
      virtuoso_ok=0
      break
    }
    count virtuoso $stage || { ko "virtuoso: count queries after loading $stage"; show "$counts/virtuoso.$stage.why"; virtuoso_ok=0; break; }
  done
fi
[ $virtuoso_ok = 1 ] && judge_reloads virtuoso quads

# --- the questions -----------------------------------------------------------------
engines="file"
[ $sqlite_ok = 1 ] && engines="$engines sqlite"
[ $virtuoso_ok = 1 ] && engines="$engines virtuoso"
nq_count=0
for q in "$queries"/*.rq; do
  [ -f "$q" ] || continue
  nq_count=$((nq_count + 1))
  name=$(basename "$q" .rq)
  ref=$answers/$name.oxigraph.csv
  if ! answer oxigraph "$q" "$ref"; then
    ko "$name: oxigraph"; show "$ref.why"
    continue
  fi
  rows=$(($(wc -l <"$ref.norm") - 1))
  [ $rows -lt 0 ] && rows=0
  for e in $engines; do
    a=$answers/$name.$e.csv
    if ! answer "$e" "$q" "$a"; then
      ko "$name: $e"; show "$a.why"
    elif cmp -s "$ref.norm" "$a.norm"; then
      ok "$name: $e = oxigraph ($rows distinct rows)"
    else
      ko "$name: $e differs from oxigraph (< oxigraph, > $e)"
      diff "$ref.norm" "$a.norm" >"$a.diff"
      show "$a.diff"
    fi
  done
done
[ $nq_count -gt 0 ] || ko "no *.rq in $queries"

cleanup
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
