#!/bin/sh
# SPDX-License-Identifier: ISC
# The command line as a user meets it: help, usage errors, bad inputs named
# with their byte offset, partial runs, failed writes that leave the previous
# output intact, and a second run refused while the first holds the directory.
# usage: cli.sh DIPLOGRAPH SRC WORKDIR
set -u
bin=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }

# expect NAME STATUS PATTERN CMD...: CMD exits with STATUS and its stderr
# matches the grep pattern PATTERN ("" for any).
expect() {
  name=$1 status=$2 pattern=$3
  shift 3
  "$@" >"$work/stdout" 2>"$work/stderr"
  got=$?
  if [ "$got" -ne "$status" ]; then
    ko "$name" "exit $got, expected $status; stderr: $(head -c 300 "$work/stderr")"
  elif [ -n "$pattern" ] && ! grep -q -e "$pattern" "$work/stderr"; then
    ko "$name" "stderr does not match '$pattern': $(head -c 300 "$work/stderr")"
  else
    ok "$name"
  fi
}

arts=$src/data/articles
printf 'Caf\303\251 ok\n\377 bad\n' >"$work/latin1.txt"
printf '\357\273\277   \n' >"$work/bom-only.txt"
: >"$work/empty.txt"

expect help 0 "" "$bin" --help
grep -q "extract" "$work/stdout" || ko help-lists-extract "no extract in --help"
expect extract-help 0 "" "$bin" extract --help
grep -q "Exit status" "$work/stdout" || ko extract-help-exit "no exit statuses in --help"
expect no-command 2 "Usage" "$bin"
expect unknown-command 2 "unknown command" "$bin" frobnicate
expect no-input 2 "no INPUT" "$bin" extract -o "$work/x"
expect bad-format 2 "unknown format 'xml'" "$bin" extract -f xml -o "$work/x" "$arts"
expect bad-base 2 "base" "$bin" extract --base "ftp://example.org/" -o "$work/x" "$arts"
expect missing-file 3 "$work/nope.txt: No such file" "$bin" extract -q -o "$work/x" "$work/nope.txt"
expect invalid-utf8 3 "latin1.txt: byte 9: invalid UTF-8" "$bin" extract -q -o "$work/x" "$work/latin1.txt"
expect empty-file 3 "empty.txt: no text" "$bin" extract -q -o "$work/x" "$work/empty.txt"
expect bom-only 3 "bom-only.txt: no text" "$bin" extract -q -o "$work/x" "$work/bom-only.txt"
[ ! -e "$work/x/graph.nt" ] && ok nothing-written-when-all-fail || ko nothing-written-when-all-fail "graph.nt exists"

# one bad input among good ones: the others are written, exit status 1
expect partial 1 "latin1.txt: byte 9" "$bin" extract -q -o "$work/partial" "$arts" "$work/latin1.txt"
if [ -s "$work/partial/graph.nt" ] && grep -q 000_c383af176bb67265 "$work/partial/graph.nt"; then
  ok partial-output
else
  ko partial-output "good articles missing from the output"
fi

# standard input, and standard output
expect stdin 0 "" sh -c "\"$bin\" extract -q -o - -f nt - < \"$arts/000_c383af176bb67265.txt\""
grep -q '<https://w3id.org/diplograph/id/article/stdin>' "$work/stdout" && ok stdin-article || ko stdin-article "no article named stdin"
expect stdout-one-format 2 "one format" "$bin" extract -o - -f nt,ttl "$arts"
expect stdout-full 3 "write failed" sh -c "\"$bin\" extract -q -o - -f nt \"$arts\" > /dev/full"

# a failed write leaves the previous output as it was
"$bin" extract -q -o "$work/keep" "$arts" || ko keep-setup "first run failed"
cp "$work/keep/graph.nt" "$work/keep.nt"
expect file-size-limit 3 "write failed" sh -c "trap '' XFSZ; ulimit -f 8; exec \"$bin\" extract -q -o \"$work/keep\" \"$arts\" \"$src/tests/acceptance\""
cmp -s "$work/keep/graph.nt" "$work/keep.nt" && ok previous-output-intact || ko previous-output-intact "graph.nt changed"
ls -a "$work/keep" | grep -q '\.tmp\.' && ko no-temporary-left "a temporary file is left" || ok no-temporary-left
: >"$work/plainfile"
expect output-under-file 3 "cannot create" "$bin" extract -q -o "$work/plainfile/out" "$arts"

# two runs on one directory: the second refuses
if command -v flock >/dev/null; then
  mkdir -p "$work/busy"
  flock "$work/busy/.diplograph.lock" sleep 3 &
  sleep 0.5
  expect busy 4 "another diplograph run" "$bin" extract -q -o "$work/busy" "$arts"
  wait
fi

# a corpus of 150 bad lines: the first 100 named with FILE:LINE, the rest counted
i=0
while [ $i -lt 150 ]; do echo '{"id": "x"}'; i=$((i + 1)); done >"$work/bad-lines.jsonl"
expect many-bad-lines 1 "50 more inputs rejected, not shown" "$bin" extract -q -o "$work/bad-lines" "$work/bad-lines.jsonl" "$arts"
n=$(grep -c 'bad-lines.jsonl:[0-9]*: no "text"' "$work/stderr")
[ "$n" -eq 100 ] && ok many-bad-lines-shown || ko many-bad-lines-shown "$n lines named, expected 100"

# whatever was written parses with serdi, rapper, N3.js and Oxigraph alike
for d in partial keep busy; do
  if [ -f "$work/$d/graph.nt" ]; then
    if sh "$src/tests/external/check-parsers.sh" "$work/$d" >"$work/parsers.log" 2>&1; then
      ok "parsers-$d"
    else
      ko "parsers-$d" "$(grep FAIL "$work/parsers.log" | head -3)"
    fi
  fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
