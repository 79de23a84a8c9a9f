#!/bin/sh
# SPDX-License-Identifier: ISC
# The corpus input formats crawlers write: the same articles given as .txt
# files, as .txt.gz files, as a JSON Lines file (gzip-compressed, with titles,
# dates, languages and URLs) and on standard input give the same triples, but
# for schema:url; bad lines are named FILE:LINE and skipped; every output
# parses with serdi, rapper, N3.js and Oxigraph.
# usage: input-formats.sh DIPLOGRAPH SRC WORKDIR PYTHON3
set -u
bin=$1 src=$2 work=$3 python=$4
rm -rf "$work" && mkdir -p "$work/txt" "$work/gz"
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }

# the articles: the bundled ones and the development corpus
cp "$src"/data/articles/*.txt "$src"/tests/corpus/dev/*.txt "$work/txt/"
for f in "$work"/txt/*.txt; do gzip -c "$f" >"$work/gz/$(basename "$f").gz"; done

"$bin" extract -q -o "$work/out-txt" "$work/txt" || ko txt-run "exit $?"
"$bin" extract -q -o "$work/out-gz" "$work/gz" && ok txt.gz-run || ko txt.gz-run "exit $?"
cmp -s "$work/out-txt/graph.nt" "$work/out-gz/graph.nt" && ok txt.gz-same-triples ||
  ko txt.gz-same-triples "$(diff "$work/out-txt/graph.nt" "$work/out-gz/graph.nt" | head -3)"

# one JSON Lines file: the id, the text, a URL, and the date and language the
# text run found (so they must change nothing); a title when the file starts
# with a headline and a blank line (title + "\n\n" + text is the same text)
"$python" - "$work/txt" "$work/out-txt/graph.nt" >"$work/corpus.jsonl" <<'EOF' || ko make-jsonl "python failed"
import json, os, re, sys
txt, nt = sys.argv[1], sys.argv[2]
meta = {}
art = re.compile(r'^<[^>]*/article/([^>#]+)> <http://schema.org/(datePublished|inLanguage)> "([^"]+)"')
for line in open(nt, encoding="utf-8"):
    m = art.match(line)
    if m:
        meta.setdefault(m.group(1), {})[m.group(2)] = m.group(3)
for i, name in enumerate(sorted(os.listdir(txt))):
    ident = name[:-len(".txt")]
    text = open(os.path.join(txt, name), encoding="utf-8", newline="").read()
    obj = {"id": ident, "url": "https://news.example.org/%s?lang=x&n=%d#top" % (ident, i)}
    head, sep, rest = text.partition("\n\n")
    if sep and "\n" not in head and "\r" not in head and not head.startswith("\ufeff") and rest.strip():
        obj["title"], obj["text"] = head, rest
    else:
        obj["text"] = text
    m = meta.get(ident, {})
    if "datePublished" in m:
        obj["date"] = m["datePublished"]
    if "inLanguage" in m:
        obj["language"] = m["inLanguage"]
    print(json.dumps(obj, ensure_ascii=(i % 2 == 0)))
    if i == 3:
        print("   ")  # blank lines are skipped
EOF
n_articles=$(ls "$work/txt" | wc -l)
grep -c '"title"' "$work/corpus.jsonl" | grep -qv '^0$' && ok jsonl-has-titles || ko jsonl-has-titles "no title split"
gzip -c "$work/corpus.jsonl" >"$work/corpus.jsonl.gz"

"$bin" extract -q -o "$work/out-jsonl" "$work/corpus.jsonl.gz" && ok jsonl.gz-run || ko jsonl.gz-run "exit $?"
grep -v '<http://schema.org/url>' "$work/out-jsonl/graph.nt" >"$work/jsonl-less-url.nt"
if cmp -s "$work/out-txt/graph.nt" "$work/jsonl-less-url.nt"; then
  ok jsonl-same-triples-but-url
else
  ko jsonl-same-triples-but-url "$(diff "$work/out-txt/graph.nt" "$work/jsonl-less-url.nt" | head -4)"
fi
n_url=$(grep -c '<http://schema.org/url> <https://news.example.org/' "$work/out-jsonl/graph.nt")
[ "$n_url" -eq "$n_articles" ] && ok url-per-article || ko url-per-article "$n_url urls for $n_articles articles"

# standard input, gzip-compressed JSON Lines: the same N-Triples
"$bin" extract -q -o - -f nt - <"$work/corpus.jsonl.gz" >"$work/stdin.nt" && ok stdin-jsonl.gz-run ||
  ko stdin-jsonl.gz-run "exit $?"
sort "$work/stdin.nt" | cmp -s - "$work/out-jsonl/graph.nt" && ok stdin-same-triples ||
  ko stdin-same-triples "$(sort "$work/stdin.nt" | diff - "$work/out-jsonl/graph.nt" | head -3)"

# bad lines among good ones: each named FILE:LINE, the rest written, exit 1
printf '%s\n' '{"id": "good-1", "text": "Geneva, 3 March 2021 - The Security Council met on Monday."}' \
  '{not json' '[1]' '{"id": "no-text"}' \
  '{"id": "bad-url", "url": "http://example.org/a b", "date": "2021-02-30", "text": "Some text here."}' \
  '{"text": "No identifier, line 6."}' >"$work/bad.jsonl"
printf '{"id": "latin1", "text": "caf\351"}\n' >>"$work/bad.jsonl"
"$bin" extract -o "$work/out-bad" "$work/bad.jsonl" 2>"$work/bad.err"
rc=$?
[ "$rc" -eq 1 ] && ok bad-lines-exit-1 || ko bad-lines-exit-1 "exit $rc"
for pattern in 'bad.jsonl:2: not JSON' 'bad.jsonl:3: not a JSON object' 'bad.jsonl:4: no "text"' \
  'bad.jsonl:7: byte 29 of the line: invalid UTF-8' 'warning: .*bad.jsonl:5: "url" dropped' \
  'warning: .*bad.jsonl:5: "date" dropped' '3 articles read, 4 rejected'; do
  grep -q -e "$pattern" "$work/bad.err" && ok "message: $pattern" ||
    ko "message: $pattern" "$(head -c 400 "$work/bad.err")"
done
grep -q '/article/bad-6>' "$work/out-bad/graph.nt" && ok id-from-file-and-line ||
  ko id-from-file-and-line "no article bad-6"
if [ -f "$work/out-bad/graph.nt" ] && ! grep -q 'schema.org/url' "$work/out-bad/graph.nt"; then
  ok bad-url-dropped
else
  ko bad-url-dropped "no output, or a url was written"
fi

# the corpus's date is the article's date: "on Wednesday" is resolved against
# it; its language wins over detection
story="The United Nations Security Council held an Arria-formula meeting on Wednesday on cyber attacks against critical infrastructure, organised by Indonesia and Estonia, the members said."
printf '{"id": "dated", "date": "2020-08-28", "language": "fr", "text": "%s"}\n{"id": "undated", "text": "%s"}\n' \
  "$story" "$story" >"$work/dated.jsonl"
"$bin" extract -q -o - -f nt "$work/dated.jsonl" >"$work/dated.nt"
grep -q '/article/dated> <http://schema.org/about> <[^>]*/event/un-security-council/2020-08-26>' \
  "$work/dated.nt" && ok metadata-date-resolves-weekday || ko metadata-date-resolves-weekday "no event on 2020-08-26"
grep -q '/article/dated> <http://schema.org/inLanguage> "fr"' "$work/dated.nt" &&
  grep -q '/article/undated> <http://schema.org/inLanguage> "en"' "$work/dated.nt" &&
  ok metadata-language || ko metadata-language "inLanguage not as given"

# a truncated gzip corpus: a clear error, the articles before it written
head -c 3000 "$work/corpus.jsonl.gz" >"$work/truncated.jsonl.gz"
"$bin" extract -q -o "$work/out-trunc" "$work/truncated.jsonl.gz" 2>"$work/trunc.err"
rc=$?
if [ "$rc" -eq 1 ] || [ "$rc" -eq 3 ]; then
  grep -q 'truncated.jsonl.gz: truncated gzip data' "$work/trunc.err" && ok truncated-gzip ||
    ko truncated-gzip "$(head -c 300 "$work/trunc.err")"
else
  ko truncated-gzip "exit $rc"
fi

# every output parses with serdi, rapper, N3.js and Oxigraph alike
for d in out-jsonl out-bad; do
  if sh "$src/tests/external/check-parsers.sh" "$work/$d" >"$work/parsers.log" 2>&1; then
    ok "parsers-$d"
  else
    ko "parsers-$d" "$(grep FAIL "$work/parsers.log" | head -3)"
  fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
