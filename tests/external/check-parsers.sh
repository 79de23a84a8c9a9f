#!/bin/sh
# SPDX-License-Identifier: MIT
# Parses diplograph output with four RDF parsers we did not write, serdi, rapper (raptor2),
# N3.js and Oxigraph, and checks that they read it all and agree on what they read.
#
# usage: tests/external/check-parsers.sh OUTDIR
#   OUTDIR holds graph.nt, graph.nq and graph.ttl. Prints one "PASS ..." or "FAIL ..." line
#   per check and "N passed, N failed". Exits 0 when every check passes, 1 when one
#   fails, 2 when a tool or the Node.js packages are missing.
#
# Checks, per file: each parser reads it without error or warning; all four counts agree
# (a repeated statement makes Oxigraph's count smaller, so it fails too). Then: graph.nt
# and graph.ttl hold the same number of triples. graph.nq may hold more statements than
# graph.nt, since a fact read from several articles sits in each article's graph.

set -u

usage() {
    echo "usage: $0 OUTDIR" >&2
    exit 2
}

[ $# -eq 1 ] || usage
outdir=$1
[ -d "$outdir" ] || { echo "$0: $outdir: not a directory" >&2; exit 2; }

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd) || exit 2

for pkg in n3 oxigraph; do
    if [ ! -d "$here/node_modules/$pkg" ]; then
        echo "$0: $here/node_modules/$pkg is missing: run 'npm ci --prefix tests/external' from the repository root" >&2
        exit 2
    fi
done
for tool in serdi rapper node; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        case $tool in
            serdi) hint="apt-get install serdi" ;;
            rapper) hint="apt-get install raptor2-utils" ;;
            node) hint="install Node.js 20 or later" ;;
        esac
        echo "$0: $tool not found: $hint" >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-parsers.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

passed=0
failed=0
pass() {
    echo "PASS $*"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL $*"
    failed=$((failed + 1))
}

# first_line FILE: the first non-empty line of FILE, for error messages.
first_line() {
    sed -n '/./{p;q;}' "$1"
}

nt_count=
ttl_count=
for name in graph.nt graph.nq graph.ttl; do
    file=$outdir/$name
    case $name in
        *.nt) fmt=ntriples ;;
        *.nq) fmt=nquads ;;
        *.ttl) fmt=turtle ;;
    esac
    if [ ! -f "$file" ]; then
        fail "$name: missing from $outdir"
        continue
    fi

    # serdi: strict by default, non-zero exit on any error; one statement per output line.
    n_serdi=
    if serdi -i "$fmt" -o ntriples "$file" >"$tmp/serdi.out" 2>"$tmp/serdi.err"; then
        n_serdi=$(wc -l <"$tmp/serdi.out" | tr -d ' ')
        pass "$name: serdi read $n_serdi statements"
    else
        fail "$name: serdi: $(first_line "$tmp/serdi.err")"
    fi

    # rapper: exits 1 on errors, 2 on warnings; prints its count on standard error.
    n_rapper=
    rapper -i "$fmt" -c "$file" >/dev/null 2>"$tmp/rapper.err"
    rc=$?
    if [ "$rc" -eq 0 ]; then
        n_rapper=$(sed -n 's/^rapper: Parsing returned \([0-9][0-9]*\) triples*$/\1/p' "$tmp/rapper.err")
        if [ -n "$n_rapper" ]; then
            pass "$name: rapper read $n_rapper statements"
        else
            fail "$name: rapper printed no count: $(first_line "$tmp/rapper.err")"
        fi
    else
        fail "$name: rapper exit $rc: $(grep -v '^rapper: Parsing' "$tmp/rapper.err" | sed -n '/./{p;q;}')"
    fi

    # N3.js and Oxigraph, through count-triples.mjs: it prints both counts when both
    # parsers read the file, and exits non-zero when they differ.
    node "$here/count-triples.mjs" "$file" >"$tmp/node.out" 2>"$tmp/node.err"
    rc=$?
    n_n3=$(sed -n 's/.* n3=\([0-9][0-9]*\) .*/\1/p' "$tmp/node.out")
    n_ox=$(sed -n 's/.* oxigraph=\([0-9][0-9]*\).*/\1/p' "$tmp/node.out")
    if [ "$rc" -eq 0 ] && [ -n "$n_n3" ] && [ -n "$n_ox" ]; then
        pass "$name: n3 read $n_n3, oxigraph read $n_ox statements"
    else
        msg=$(cat "$tmp/node.out" "$tmp/node.err" | sed "s|^$file ||" | tr '\n' ' ')
        fail "$name: count-triples.mjs exit $rc: $msg"
    fi

    if [ -n "$n_serdi" ] && [ -n "$n_rapper" ] && [ -n "$n_n3" ] && [ -n "$n_ox" ]; then
        if [ "$n_serdi" -eq "$n_rapper" ] && [ "$n_serdi" -eq "$n_n3" ] && [ "$n_serdi" -eq "$n_ox" ]; then
            pass "$name: all parsers agree on $n_serdi statements"
            case $name in
                *.nt) nt_count=$n_serdi ;;
                *.ttl) ttl_count=$n_serdi ;;
            esac
        else
            fail "$name: counts differ: serdi=$n_serdi rapper=$n_rapper n3=$n_n3 oxigraph=$n_ox"
        fi
    else
        fail "$name: no agreement to check, a parser failed"
    fi
done

if [ -n "$nt_count" ] && [ -n "$ttl_count" ]; then
    if [ "$nt_count" -eq "$ttl_count" ]; then
        pass "graph.nt and graph.ttl: $nt_count triples each"
    else
        fail "graph.nt and graph.ttl: $nt_count triples vs $ttl_count"
    fi
else
    fail "graph.nt and graph.ttl: not compared, a file failed above"
fi

echo "check-parsers: $passed passed, $failed failed"
if [ "$failed" -eq 0 ]; then
    exit 0
fi
exit 1
