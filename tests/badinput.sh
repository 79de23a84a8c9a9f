#!/bin/sh
# SPDX-License-Identifier: ISC
# The bad-input and failed-write catalogue (docs/RELIABILITY.md): every input
# a user may hand diplograph by mistake, and every way its output may fail to
# be written. Each case checks the exit status, the message on standard error
# (file name, and byte offset where one applies), the run summary, and that
# whatever was written parses with serdi, rapper, N3.js and Oxigraph
# (tests/external/check-parsers.sh, which needs `npm ci --prefix tests/external`).
# tests/cli.sh makes the usage errors and quiet (-q) runs of a missing, empty
# or Latin-1 file, a file-size limit and a lock held by flock(1); the cases
# here run without -q, give each bad input alone and beside a good article,
# and fail writes on real file systems, with kill -9 and with a second run.
# Runs in about 5.5 minutes on 2 cores (half of it the 64 MiB line).
#
# usage: badinput.sh DIPLOGRAPH SRC WORKDIR
#   Every fixture is generated in WORKDIR. Prints "PASS name", "FAIL name: why"
#   or "SKIP name: why" per case and "N passed, N failed"; exits 1 if one failed.
#   Needs python3 with rdflib (Debian's /usr/bin/python3), serdi, node; uses
#   mount (tmpfs) and setpriv when run as root.
set -u
if [ $# -ne 3 ]; then
  echo "usage: $0 DIPLOGRAPH SRC WORKDIR" >&2
  exit 2
fi
bin=$1 src=$2 work=$3
case $bin in /*) ;; */*) bin=$(pwd)/$bin ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
case $work in /*) ;; *) work=$(pwd)/$work ;; esac
export DIPLOGRAPH_DATA="${DIPLOGRAPH_DATA:-$src/data}"
unset LC_ALL LANGUAGE
export LC_MESSAGES=C # the messages checked below are in English
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3

mnt=$work/tmpfs
cleanup() {
  if [ -d "$mnt" ] && grep -qF " $mnt " /proc/mounts 2>/dev/null; then umount "$mnt" 2>/dev/null; fi
  [ -d "$work/in/locked" ] && chmod 755 "$work/in/locked" 2>/dev/null
  return 0
}
trap cleanup EXIT
trap 'exit 2' HUP INT TERM

if [ -d "$mnt" ] && grep -qF " $mnt " /proc/mounts 2>/dev/null; then umount "$mnt"; fi
rm -rf "$work" && mkdir -p "$work/in" "$work/out" "$work/log" || exit 2
in=$work/in out=$work/out log=$work/log

pass=0 fail=0 skip=0
ok() { echo "PASS $1${2:+ ($2)}"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
sk() { echo "SKIP $1: $2"; skip=$((skip + 1)); }

# Each case collects its failed checks in $why; verdict prints the result.
# $pre, when set, says which run of the case a failed check is about.
why= pre=
bad() { why="${why:+$why; }$pre$*"; }
verdict() {
  echo "$(date +%s) $1" >>"$log/times"
  if [ -z "$why" ]; then ok "$1" "${2:-}"; else ko "$1" "$why"; fi
  why= pre=
}

# dg NAME ARGS...: runs `diplograph extract ARGS...` (at most 120 s) with its
# standard error in $err and its status in $rc; standard output goes to $dgout
# when set, else to $log/NAME.out.
dg() {
  err=$log/$1.err
  dgo=${dgout:-$log/$1.out}
  shift
  timeout 120 "$bin" extract "$@" >"$dgo" 2>"$err"
  rc=$?
}
stderr_head() { head -c 300 "$err" | tr '\n' ' '; }
exit_is() {
  [ "$rc" -eq "$1" ] || bad "exit $rc, expected $1 (stderr: $(stderr_head))"
}
says() {
  grep -qF -e "$1" "$err" || bad "stderr lacks '$1'"
}
summary() { says "diplograph: $1 articles read, $2 rejected; "; }
no_summary() {
  ! grep -q 'articles read' "$err" || bad "a success summary was printed"
}
nothing_written() {
  ! ls "$1"/graph.* >/dev/null 2>&1 || bad "$1 holds output files: $(cd "$1" && echo graph.*)"
}
no_temporary() {
  ! ls -a "$1" | grep -q '^\.graph\..*\.tmp\.' || bad "temporary left in $1: $(ls -a "$1" | grep '\.tmp\.' | tr '\n' ' ')"
}
# parses DIR: all four parsers read DIR/graph.{nt,nq,ttl} and agree. Many
# cases write the same bytes (good.txt alone); a set of files that passed
# once is not parsed again (the parsers are deterministic).
parses() {
  key=$(cat "$1/graph.nt" "$1/graph.nq" "$1/graph.ttl" 2>/dev/null | cksum)
  grep -qxF "$key" "$log/parsed" 2>/dev/null && return 0
  if sh "$src/tests/external/check-parsers.sh" "$1" >"$log/parsers.log" 2>&1; then
    echo "$key" >>"$log/parsed"
  else
    bad "check-parsers $(basename "$1"): $(grep -e FAIL -e 'not found' -e missing "$log/parsers.log" | head -3 | tr '\n' ' ')"
  fi
}
# rdf DIR|FILE CHECK ARGS... [+ CHECK ARGS...]: the rdflib checks of
# rdfcheck.py, on DIR/graph.nt or on a .ttl or .nq FILE.
rdf() {
  "$py" "$work/rdfcheck.py" "$@" >"$log/rdf.log" 2>&1 ||
    bad "rdflib: $(head -c 400 "$log/rdf.log" | tr '\n' ' ')"
}
# rand LO HI: a random decimal in [LO, HI]
rand() {
  awk -v lo="$1" -v hi="$2" -v r="$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')" \
    'BEGIN { printf "%.2f\n", lo + r / 65535 * (hi - lo) }'
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

###########################################################################
# The rdflib checks. graph.nt is read with rdflib's Turtle parser: rdflib 6's
# N-Triples parser decodes "\\u0041" and "\\t" in literals wrongly.
cat >"$work/rdfcheck.py" <<'EOF'
import os, sys, unicodedata, urllib.parse
import rdflib
from rdflib import RDF, Namespace, URIRef

BASE = "https://w3id.org/diplograph/id/"
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
SDO = Namespace("http://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
problems = []

def stem(path):
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name

def article_iri(path):
    return URIRef(BASE + "article/" + urllib.parse.quote(stem(path), safe=""))

def text_of(g, article):
    ctx = g.value(None, NIF.sourceUrl, article)
    return None if ctx is None else str(g.value(ctx, NIF.isString))

def nif(g, files):
    """Every anchor is its context's text at [begin, end); each FILE's text is
    its nif:isString, less a UTF-8 BOM."""
    contexts = {s: str(o) for s, o in g.subject_objects(NIF.isString)}
    n = bad = 0
    for m, anchor in g.subject_objects(NIF.anchorOf):
        n += 1
        ctx = g.value(m, NIF.referenceContext)
        b, e = g.value(m, NIF.beginIndex), g.value(m, NIF.endIndex)
        if ctx not in contexts or b is None or e is None:
            bad += 1
            problems.append(f"{m}: no context or offsets")
            continue
        got = contexts[ctx][int(b):int(e)]
        if got != str(anchor):
            bad += 1
            if bad <= 3:
                problems.append(f"{m}: anchor {str(anchor)!r} but text has {got!r}")
    if n == 0:
        problems.append("no nif:anchorOf at all")
    for f in files:
        data = open(f, "rb").read()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        text = text_of(g, article_iri(f))
        if text is None:
            problems.append(f"no nif:Context for {article_iri(f)}")
        elif text != data.decode("utf-8"):
            problems.append(f"nif:isString of {stem(f)!r} differs from the file")

def persons(g, expected):
    got = {str(p)[len(BASE):] for p in g.subjects(RDF.type, SDO.Person)}
    if got != set(expected):
        problems.append(f"persons {sorted(got)}, expected {sorted(expected)}")

def has_person(g, key, name):
    names = [str(n) for n in g.objects(URIRef(BASE + key), SDO.name)]
    if name not in names:
        problems.append(f"{key}: names {names}, expected {name!r}")

def clean_names(g):
    """One schema:name per person, with no control or format character."""
    for p in g.subjects(RDF.type, SDO.Person):
        names = [str(n) for n in g.objects(p, SDO.name)]
        if len(names) != 1:
            problems.append(f"{str(p)[len(BASE):]}: {len(names)} names {names!r}")
        for n in names:
            odd = [f"U+{ord(c):04X}" for c in n if unicodedata.category(c) in ("Cc", "Cf")]
            if odd:
                problems.append(f"{str(p)[len(BASE):]}: name {n!r} holds {' '.join(odd)}")

def nfc_names(g, name):
    """Every person name and person anchor is NAME (compared in NFC)."""
    want = unicodedata.normalize("NFC", name)
    for p in g.subjects(RDF.type, SDO.Person):
        for n in g.objects(p, SDO.name):
            if unicodedata.normalize("NFC", str(n)) != want:
                problems.append(f"name {str(n)!r} (NFC {unicodedata.normalize('NFC', str(n))!r}) is not {want!r}")
        for m in g.subjects(ITS.taIdentRef, p):
            a = str(g.value(m, NIF.anchorOf))
            if unicodedata.normalize("NFC", a) != want:
                problems.append(f"anchor {a!r} at {str(m)[len(BASE):]} is not {want!r}")

def no_markup(g):
    for pred in (SDO.name, NIF.anchorOf):
        for s, o in g.subject_objects(pred):
            if any(c in str(o) for c in "<>&"):
                problems.append(f"{str(s)[len(BASE):]}: {str(o)!r} holds markup")

def quotes(g):
    """Each quotation is its article's words; one holds a tab and a backslash."""
    n = special = 0
    for q in g.subjects(RDF.type, SDO.Quotation):
        n += 1
        t = str(g.value(q, SDO.text))
        text = text_of(g, g.value(q, PROV.wasQuotedFrom)) or ""
        if t not in text:
            problems.append(f"quotation {t!r} is not in its article")
        if "\t" in t and "\\" in t:
            special += 1
    if not special:
        problems.append(f"{n} quotations, none with a tab and a backslash")

def article(g, path):
    a = article_iri(path)
    if (a, RDF.type, SDO.NewsArticle) not in g:
        problems.append(f"no schema:NewsArticle {a}; articles: {[str(x) for x in g.subjects(RDF.type, SDO.NewsArticle)]}")
    ident = [str(x) for x in g.objects(a, SDO.identifier)]
    if ident != [stem(path)]:
        problems.append(f"identifier {ident!r}, expected {stem(path)!r}")

def no_iri(g, iri):
    u = URIRef(iri)
    n = sum(1 for t in g if u in t)
    if n:
        problems.append(f"{n} triples use <{iri}>")

def same_facts(g, other):
    """The same entities mentioned and the same quotations as in OTHER."""
    h = load(other)
    for what, f in (("mentions", lambda x: set(x.objects(None, SDO.mentions))),
                    ("quotations", lambda x: sorted(str(t) for t in x.objects(None, SDO.text)))):
        if f(g) != f(h):
            problems.append(f"{what} differ from {os.path.basename(other)}: {f(g)} vs {f(h)}")

def load(path):
    """DIR: its graph.nt (read as Turtle); or a .ttl or .nq file."""
    if path.endswith(".nq"):
        g = rdflib.ConjunctiveGraph()
        g.parse(path, format="nquads")
        return g
    g = rdflib.Graph()
    g.parse(path if path.endswith(".ttl") else os.path.join(path, "graph.nt"), format="turtle")
    return g

CHECKS = {"nif": nif, "persons": persons, "has-person": has_person, "clean-names": clean_names,
          "nfc-names": nfc_names, "no-markup": no_markup, "quotes": quotes, "article": article,
          "no-iri": no_iri, "same-facts": same_facts}

def main():
    g = load(sys.argv[1])
    args = sys.argv[2:] + ["+"]
    cur = []
    for a in args:
        if a != "+":
            cur.append(a)
            continue
        if cur:
            name, rest = cur[0], cur[1:]
            if name in ("nif", "persons"):
                CHECKS[name](g, rest)
            else:
                CHECKS[name](g, *rest)
        cur = []
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)

main()
EOF

###########################################################################
# Fixtures. good.txt is a plain article; most bad inputs are given together
# with it, so that a rejected input can be seen not to spoil the others.
cat >"$work/fixtures.py" <<'EOF'
import os, sys, unicodedata
d = sys.argv[1]
def w(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

GOOD = ("GENEVA, 5 June 2024 (AFP) - Ambassador Jane Doe of Norway said on Tuesday that the "
        "Security Council must act on the proposal.\n"
        "\"We are ready to work with every delegation,\" said Ambassador Jane Doe, Permanent "
        "Representative of Norway to the United Nations.\n"
        "Chile and Kenya supported the text.\n")
w("good.txt", GOOD)
def article(name):
    return ("GENEVA, 5 June 2024 (AFP) - Ambassador %s of Norway said the Security Council "
            "must act. \"We are ready,\" said Ambassador %s.\n") % (name, name)

# empty, blank and byte-order-mark-only files
w("empty.txt", b"")
w("blank.txt", b" \t\r\n\f  \r\n\n")
w("blank-vt.txt", b" \n\x0b\n")
w("blank-unicode.txt", "\u00a0\u2003\u3000\u2028\n")
w("bom-only.txt", b"\xef\xbb\xbf")
# binary: an ELF header (first NUL at byte 7), then text after a BOM and a NUL
w("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00" + bytes(range(256)) * 4)
w("text-nul.txt", b"\xef\xbb\xbfCaf\xc3\xa9 \x00\x01\x02 ok")
# invalid UTF-8; offsets are of the first bad byte, from 0
w("trunc-eof.txt", b"Ambassador Jane Doe said the talks were \xe2\x80")           # byte 40
w("trunc-mid.txt", b"Le pr\xc3\xa9sident \xe2\x82 a parl\xc3\xa9.\n")               # byte 14
w("overlong.txt", b"Paragraph 4\xc0\xaf2 of the resolution was adopted.\n")         # byte 11
w("surrogate.txt", b"The envoy \xed\xa0\x80 replied.\n")                            # byte 10
w("utf16le.txt", "\ufeffAmbassador Jane Doe said.\n".encode("utf-16-le"))
w("utf16be.txt", "\ufeffAmbassador Jane Doe said.\n".encode("utf-16-be"))
w("latin1.txt", "Le ministre a déclaré que la France soutenait le texte.\n".encode("iso-8859-1"))  # byte 15

# line ends
LINES = GOOD + "\"We will not accept delay,\" said Ambassador Jane Doe.\n"
w("lf.txt", LINES)
w("crlf.txt", LINES.replace("\n", "\r\n"))
w("cr.txt", LINES.replace("\n", "\r"))

# HTML remnants and entities
w("html.txt", "NEW YORK, 4 June 2024 (Reuters) - <p>Norway &amp; Chile called the meeting "
              "&#8217;urgent&#8217;.</p>\n<b>Ambassador Jane Doe</b> said the Security Council "
              "must act &mdash; now.&nbsp;<br/>\n")

# a file name with < > " { } | ^ \ ` % # spaces and ü; text with the same
os.makedirs(os.path.join(d, "names"), exist_ok=True)
w(os.path.join("names", 'Le rapport <b> "c" {d} |e| ^f \\g `h` 100% #1 ü.txt'),
  "GENEVA, 5 June 2024 (AFP) - Ambassador Jane \"JJ\" O'Doe of Norway said the <Alliance> & "
  "{Partners} | Group^ `Forum` \\ must act, 100% #1.\n"
  "\"We are ready,\" said Ambassador Jane O'Doe.\n")

# quotes, backslashes, tabs and newlines inside quotations
w("quotes.txt", "GENEVA, 5 June 2024 (AFP) - \"We filed it under C:\\un\\docs\\ and\tthen waited,\" "
                "said Ambassador Jane Doe of Norway.\n"
                "\"They call it a 'so-called' plan, a \\\"plan\\\",\" said Ambassador Jane Doe.\n"
                "\"We will\nnot accept this,\" said Ambassador Jane Doe.\n"
                "\"Line one.\r\nLine two,\" said Ambassador Jane Doe.\n")

# C0/C1 controls, zero-width and bidirectional marks inside names
w("ctl-plain.txt", article("Jane Doe"))
w("ctl-c0.txt", article("Jane\x1b Doe\x07") + "Bell\x01 and\x7f delete.\n")
w("ctl-c1.txt", article("Jane \x9bDoe") + "Next\x85line.\n")
w("zw-plain.txt", article("Jane Doe"))
w("zw-zwsp.txt", article("Jane Do\u200be"))
w("zw-marks.txt", article("\u200eJane Doe\u200f"))
w("zw-isolate.txt", article("Jane\u2066 Doe\u2069"))
w("zw-override.txt", article("\u202eJane\u2060 Doe\u202c"))
# one name in NFC and in NFD
w("nfc.txt", unicodedata.normalize("NFC", article("Hélène Côté")))
w("nfd.txt", unicodedata.normalize("NFD", article("Hélène Côté")))

# a forged N-Triples statement and a SPARQL fragment in the text
w("forged.txt", "GENEVA, 5 June 2024 (AFP) - \"It ends here> . <http://evil> <http://evil> "
                "<http://evil> . } ; DROP ALL ; { and that is all,\" said Ambassador Jane Doe of "
                "Norway.\n> .\n<http://evil> <http://evil> <http://evil> .\n"
                "} ; DROP ALL ; { INSERT DATA { <http://evil> <http://evil> <http://evil> } }\n")

# several inputs
for i, (who, state) in enumerate([("Paul Martin", "Chile"), ("Maria Silva", "Kenya")]):
    w(f"other{i}.txt", "GENEVA, 6 June 2024 (AFP) - Ambassador %s of %s said the Security "
                       "Council must act.\n" % (who, state))

# a directory without .txt files
os.makedirs(os.path.join(d, "notxt"), exist_ok=True)
w(os.path.join("notxt", "page.html"), "<p>Ambassador Jane Doe said.</p>\n")
w(os.path.join("notxt", "notes.md"), "Ambassador Jane Doe said.\n")

# ~3000 small articles, and one more
first = ["Jane", "Paul", "Maria", "Ahmed", "Li", "Olga", "Kofi", "Ana", "Jean", "Sara"]
last = ["Doe", "Martin", "Okafor", "Haddad", "Chen", "Ivanova", "Mensah", "Silva", "Dupont",
        "Berg", "Rossi", "Novak", "Kim", "Sato", "Ortiz"]
states = ["Norway", "Chile", "Indonesia", "Vietnam", "Estonia", "Kenya", "Mexico", "Ireland",
          "India", "Niger"]
os.makedirs(os.path.join(d, "many"), exist_ok=True)
for i in range(3000):
    w(os.path.join("many", f"a{i:04d}.txt"),
      "GENEVA, %d June 2024 (AFP) - Ambassador %s %s of %s said the Security Council must act.\n"
      % (1 + i % 28, first[i % 10], last[(i // 10) % 15], states[(i // 7) % 10]))
w("extra.txt", article("Ahmed Haddad"))
EOF

# One line of 64 MiB: paragraphs of realistic text, each naming a person and a
# state once (a person every ~4 KiB), and no newline anywhere.
cat >"$work/longline.py" <<'EOF'
import sys
n = 64 * 1024 * 1024
filler = [
    "The delegates discussed the draft resolution at length and agreed to continue their consultations in the coming weeks.",
    "Several speakers stressed the importance of humanitarian access and the protection of civilians in armed conflict.",
    "The meeting, held by video-teleconference, lasted more than three hours and heard over twenty statements.",
    "Observers noted that the text would need further negotiation before it could be put to a vote.",
    "Participants also welcomed the briefing on the situation in the region and called for restraint by all parties.",
]
head = "Ambassador Jane Doe of Norway said the Security Council must act without delay on the proposal."
block = " ".join([head] + filler * 7) + " "
start = "GENEVA, 5 June 2024 (AFP) - "
reps, rest = divmod(n - len(start), len(block))
with open(sys.argv[1], "w") as f:
    f.write(start + block * reps + block[:rest])
EOF

t0=$(date +%s)
if ! "$py" -c 'import rdflib' 2>/dev/null; then
  echo "FAIL setup: $py has no rdflib (apt-get install python3-rdflib)"
  exit 1
fi
"$py" "$work/fixtures.py" "$in" || { echo "FAIL setup: fixtures.py failed"; exit 1; }
good=$in/good.txt

###########################################################################
# Bad inputs. bad_input NAME FILE TEXT...: FILE alone is rejected with exit 3,
# each TEXT on standard error, no summary and no output file; FILE with
# good.txt gives exit 1, the summary "1 articles read, 1 rejected", and an
# output that parses and holds good.txt exactly.
bad_input() {
  name=$1 file=$2
  shift 2
  dg "$name-alone" -o "$out/$name-alone" "$file"
  pre="alone: "
  exit_is 3
  for text in "$@"; do says "$text"; done
  says "diplograph: no article could be read; nothing written"
  no_summary
  nothing_written "$out/$name-alone"
  dg "$name" -o "$out/$name" "$file" "$good"
  pre="with good.txt: "
  exit_is 1
  for text in "$@"; do says "$text"; done
  summary 1 1
  parses "$out/$name"
  rdf "$out/$name" nif "$good" + persons person/doe-jane
  verdict "$name"
}

bad_input empty-file "$in/empty.txt" "diplograph: $in/empty.txt: no text"
bad_input whitespace-only "$in/blank.txt" "diplograph: $in/blank.txt: no text"
bad_input whitespace-only-vt "$in/blank-vt.txt" "diplograph: $in/blank-vt.txt: no text"
bad_input whitespace-only-unicode "$in/blank-unicode.txt" "diplograph: $in/blank-unicode.txt: no text"
bad_input bom-only "$in/bom-only.txt" "diplograph: $in/bom-only.txt: no text"
bad_input binary-nul "$in/binary.txt" "diplograph: $in/binary.txt: byte 7: NUL byte"
bad_input nul-after-bom "$in/text-nul.txt" "diplograph: $in/text-nul.txt: byte 9: NUL byte"
bad_input utf8-truncated-eof "$in/trunc-eof.txt" "diplograph: $in/trunc-eof.txt: byte 40: invalid UTF-8"
bad_input utf8-truncated-mid "$in/trunc-mid.txt" "diplograph: $in/trunc-mid.txt: byte 14: invalid UTF-8"
bad_input utf8-overlong "$in/overlong.txt" "diplograph: $in/overlong.txt: byte 11: invalid UTF-8 (byte 0xC0)"
bad_input utf8-surrogate "$in/surrogate.txt" "diplograph: $in/surrogate.txt: byte 10: invalid UTF-8 (byte 0xED)"
bad_input utf16le-bom "$in/utf16le.txt" "diplograph: $in/utf16le.txt: byte 0: UTF-16 (little-endian)" "iconv"
bad_input utf16be-bom "$in/utf16be.txt" "diplograph: $in/utf16be.txt: byte 0: UTF-16 (big-endian)" "iconv"
bad_input latin1-french "$in/latin1.txt" "diplograph: $in/latin1.txt: byte 15: invalid UTF-8 (byte 0xE9)" "iconv -f LATIN1"
bad_input missing-file "$in/nope.txt" "diplograph: $in/nope.txt: No such file or directory"

# A FIFO, and character devices: refused at once, not read (which would hang,
# or never end).
mkfifo "$in/fifo.txt"
dg fifo-alone -o "$out/fifo-alone" "$in/fifo.txt"
[ "$rc" -eq 124 ] && bad "hung on the FIFO"
exit_is 3
says "diplograph: $in/fifo.txt: not a regular file"
mkdir -p "$in/withfifo" && cp "$good" "$in/withfifo/good.txt" && mkfifo "$in/withfifo/pipe.txt"
dg fifo -o "$out/fifo" "$in/withfifo" /dev/zero /dev/urandom
[ "$rc" -eq 124 ] && bad "hung on a FIFO in a directory, or on /dev/zero"
exit_is 1
says "diplograph: $in/withfifo/pipe.txt: not a regular file"
says "diplograph: /dev/zero: not a regular file"
summary 1 3
parses "$out/fifo"
verdict fifo-and-devices

# A symbolic link loop, given directly (ln -s a b; ln -s b a) and met in a
# directory.
(cd "$in" && ln -s a b && ln -s b a)
mkdir -p "$in/loopdir" && cp "$good" "$in/loopdir/good.txt" &&
  (cd "$in/loopdir" && ln -s y.txt x.txt && ln -s x.txt y.txt)
dg symlink-loop -o "$out/symlink-loop" "$in/a" "$in/loopdir"
exit_is 1
says "diplograph: $in/a: Too many levels of symbolic links"
says "diplograph: $in/loopdir/x.txt: Too many levels of symbolic links"
summary 1 3
parses "$out/symlink-loop"
verdict symlink-loop

# A file that cannot be read, and a file in a directory that cannot be
# searched. As root, permissions are ignored, so the run drops
# CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH with setpriv.
cp "$good" "$in/unreadable.txt" && chmod 000 "$in/unreadable.txt"
mkdir -p "$in/locked" && cp "$good" "$in/locked/inside.txt" && chmod 000 "$in/locked"
wrap=
if [ "$(id -u)" -eq 0 ]; then
  wrap="setpriv --bounding-set -dac_override,-dac_read_search"
  if ! command -v setpriv >/dev/null 2>&1 || $wrap cat "$in/unreadable.txt" >/dev/null 2>&1; then
    wrap=no
  fi
fi
if [ "$wrap" = no ]; then
  sk unreadable-file "running as root, where permissions do not apply, and setpriv cannot drop CAP_DAC_OVERRIDE here"
  sk unreadable-dir-input "running as root, where permissions do not apply, and setpriv cannot drop CAP_DAC_OVERRIDE here"
else
  err=$log/unreadable.err
  $wrap timeout 120 "$bin" extract -o "$out/unreadable" "$in/unreadable.txt" "$in/locked/inside.txt" "$good" 2>"$err"
  rc=$?
  exit_is 1
  says "$in/unreadable.txt"
  says "diplograph: $in/locked/inside.txt: Permission denied"
  grep -q 'unreadable.txt.*Permission denied' "$err" || bad "no 'Permission denied' for unreadable.txt"
  summary 1 2
  parses "$out/unreadable"
  verdict unreadable-file "${wrap:+without CAP_DAC_OVERRIDE}"
  # an input directory that cannot be opened is one rejected input: the
  # others are still written (exit 1), as for any other bad input
  err=$log/unreadable-dir.err
  $wrap timeout 120 "$bin" extract -o "$out/unreadable-dir" "$in/locked" "$good" 2>"$err"
  rc=$?
  exit_is 1
  says "$in/locked"
  summary 1 1
  [ -f "$out/unreadable-dir/graph.nt" ] && parses "$out/unreadable-dir" || bad "good.txt was not written"
  verdict unreadable-dir-input
fi
chmod 755 "$in/locked"

# A directory with no .txt file: nothing to read.
dg dir-without-txt -o "$out/dir-without-txt" "$in/notxt"
exit_is 3
says "diplograph: no article could be read; nothing written"
no_summary
nothing_written "$out/dir-without-txt"
verdict dir-without-txt
# ... and the directory is named, also when other inputs are good
dg dir-without-txt-named -o "$out/dir-without-txt-named" "$in/notxt" "$good"
says "$in/notxt"
[ -f "$out/dir-without-txt-named/graph.nt" ] && parses "$out/dir-without-txt-named"
verdict dir-without-txt-named

# Several inputs, one bad: the others are written.
dg one-bad-among-several -o "$out/several" "$in/other0.txt" "$in/latin1.txt" "$good" "$in/other1.txt"
exit_is 1
says "diplograph: $in/latin1.txt: byte 15: invalid UTF-8"
summary 3 1
parses "$out/several"
rdf "$out/several" nif "$in/other0.txt" "$good" "$in/other1.txt" + persons person/doe-jane person/martin-paul person/maria-silva
grep -q 'article/latin1' "$out/several/graph.nt" && bad "the rejected article is in the output"
verdict one-bad-among-several

###########################################################################
# Inputs that extract: the output parses, NIF offsets match the text.

# CRLF and lone CR: the same facts as with LF; offsets count the CRs.
dg lf -q -o "$out/lf" "$in/lf.txt"
for le in crlf cr; do
  dg $le-line-ends -o "$out/$le" "$in/$le.txt"
  exit_is 0
  summary 1 0
  parses "$out/$le"
  rdf "$out/$le" nif "$in/$le.txt" + same-facts "$out/lf"
  verdict $le-line-ends
done

dg html-remnants -o "$out/html" "$in/html.txt"
exit_is 0
summary 1 0
parses "$out/html"
rdf "$out/html" nif "$in/html.txt" + has-person person/doe-jane "Jane Doe" + no-markup
verdict html-remnants

# A file name with < > " { } | ^ \ ` % # spaces and ü: the article IRI is
# percent-encoded, the identifier is the name as it is.
dg special-chars-names -o "$out/names" "$in/names"
exit_is 0
summary 1 0
parses "$out/names"
rdf "$out/names" nif "$in/names"/*.txt + article "$in/names"/*.txt
grep -qF '/article/Le%20rapport%20%3Cb%3E%20%22c%22%20%7Bd%7D%20%7Ce%7C%20%5Ef%20%5Cg%20%60h%60%20100%25%20%231%20%C3%BC>' "$out/names/graph.nt" ||
  bad "no percent-encoded article IRI in graph.nt"
verdict special-chars-names

dg quotes-in-quotations -o "$out/quotes" "$in/quotes.txt"
exit_is 0
summary 1 0
parses "$out/quotes"
rdf "$out/quotes" nif "$in/quotes.txt" + quotes
verdict quotes-in-quotations

# C0/C1 controls inside and next to a name: the same person, output valid.
dg controls-in-names -o "$out/ctl" "$in/ctl-plain.txt" "$in/ctl-c0.txt" "$in/ctl-c1.txt"
exit_is 0
summary 3 0
parses "$out/ctl"
rdf "$out/ctl" nif "$in/ctl-plain.txt" "$in/ctl-c0.txt" "$in/ctl-c1.txt" + persons person/doe-jane
verdict controls-in-names

# zero-width space, LRM/RLM, isolates, override and word joiner inside a name:
# one person IRI.
dg zero-width-bidi-in-names -o "$out/zw" "$in"/zw-*.txt
exit_is 0
summary 5 0
parses "$out/zw"
rdf "$out/zw" nif "$in"/zw-*.txt + persons person/doe-jane
verdict zero-width-bidi-in-names

# ... and the person's name is one literal, without those characters.
rdf "$out/zw" clean-names
rdf "$out/ctl" clean-names
verdict invisible-chars-name-literal

# One name in NFC and in NFD in two articles: one person.
dg nfc-nfd-one-person -o "$out/nfc-nfd" "$in/nfc.txt" "$in/nfd.txt"
exit_is 0
summary 2 0
parses "$out/nfc-nfd"
rdf "$out/nfc-nfd" nif "$in/nfc.txt" "$in/nfd.txt" + persons person/cote-helene
verdict nfc-nfd-one-person
# ... whose name and mentions are the whole name in both forms
rdf "$out/nfc-nfd" nfc-names "Hélène Côté"
verdict nfd-name-intact

# A forged N-Triples statement and a SPARQL fragment stay inside literals.
dg forged-triples-sparql -o "$out/forged" "$in/forged.txt"
exit_is 0
summary 1 0
parses "$out/forged"
rdf "$out/forged" nif "$in/forged.txt" + no-iri http://evil
grep -q '^<http://evil>' "$out/forged/graph.nt" "$out/forged/graph.nq" && bad "a line starts with <http://evil>"
rdf "$out/forged/graph.ttl" no-iri http://evil
rdf "$out/forged/graph.nq" no-iri http://evil
verdict forged-triples-sparql

###########################################################################
# Failed writes.

# -o - to a full device: exit 3, no success summary.
dgout=/dev/full
dg stdout-dev-full -o - "$good"
dgout=
exit_is 3
says "write failed: No space left on device"
no_summary
verdict stdout-dev-full

# A full file system, then a read-only one: the previous output stays
# byte-identical and no temporary is left.
dg tmpfs-probe -q -o "$out/tmpfs-probe" "$in/extra.txt"
need=$(($(du -sk "$out/tmpfs-probe" | cut -f1) + 16))
[ "$need" -lt 64 ] && need=64
mkdir -p "$mnt"
if mount -t tmpfs -o size=${need}k tmpfs "$mnt" 2>"$log/mount.err"; then
  dg tmpfs-setup -q -o "$mnt/out" "$in/extra.txt"
  exit_is 0
  parses "$mnt/out"
  mkdir -p "$work/keep" && cp "$mnt/out/graph.nt" "$mnt/out/graph.nq" "$mnt/out/graph.ttl" "$work/keep/"
  [ -n "$why" ] && bad "(setup)"
  dg tmpfs-full -o "$mnt/out" "$good" "$in"/many/a00*.txt
  exit_is 3
  says "No space left on device; previous output left unchanged"
  no_summary
  for f in graph.nt graph.nq graph.ttl; do
    cmp -s "$work/keep/$f" "$mnt/out/$f" || bad "$f changed"
  done
  no_temporary "$mnt/out"
  verdict tmpfs-full "tmpfs of ${need} KiB"

  if mount -o remount,ro "$mnt" 2>"$log/mount.err"; then
    dg read-only-fs -o "$mnt/out" "$good"
    exit_is 3
    says "Read-only file system"
    no_summary
    for f in graph.nt graph.nq graph.ttl; do
      cmp -s "$work/keep/$f" "$mnt/out/$f" || bad "$f changed"
    done
    dg read-only-fs-new -o "$mnt/new" "$good"
    exit_is 3
    says "$mnt/new: cannot create: Read-only file system"
    verdict read-only-fs
  else
    sk read-only-fs "mount -o remount,ro failed: $(head -c 200 "$log/mount.err")"
  fi
  umount "$mnt"
else
  # no tmpfs: a file-size limit (XFSZ ignored) makes the write fail instead
  dg ulimit-setup -q -o "$out/ulimit" "$in/extra.txt"
  mkdir -p "$work/keep" && cp "$out/ulimit/graph.nt" "$out/ulimit/graph.nq" "$out/ulimit/graph.ttl" "$work/keep/"
  err=$log/tmpfs-full.err
  (trap '' XFSZ; ulimit -f 64; exec "$bin" extract -o "$out/ulimit" "$good" "$in"/many/a0*.txt) 2>"$err"
  rc=$?
  exit_is 3
  says "write failed"
  no_summary
  for f in graph.nt graph.nq graph.ttl; do
    cmp -s "$work/keep/$f" "$out/ulimit/$f" || bad "$f changed"
  done
  no_temporary "$out/ulimit"
  verdict tmpfs-full "ulimit -f instead: mount failed: $(head -c 100 "$log/mount.err")"
  sk read-only-fs "no tmpfs could be mounted: $(head -c 200 "$log/mount.err")"
fi

# A failure between the renames of the three files (here graph.nq is a
# directory, so its rename fails after graph.nt's): the previous output must
# still be as it was, as the message says.
dg commit-setup -q -o "$out/commit" "$in/extra.txt"
rm -f "$out/commit/graph.nq" && mkdir -p "$out/commit/graph.nq/x"
cp "$out/commit/graph.nt" "$work/commit.nt" && cp "$out/commit/graph.ttl" "$work/commit.ttl"
dg commit-midway-failure -o "$out/commit" "$good"
exit_is 3
says "previous output left unchanged"
cmp -s "$work/commit.nt" "$out/commit/graph.nt" || bad "graph.nt was replaced although the run failed"
cmp -s "$work/commit.ttl" "$out/commit/graph.ttl" || bad "graph.ttl was replaced although the run failed"
no_temporary "$out/commit"
verdict commit-midway-failure

###########################################################################
# kill -9 during a large run, and two runs at once.
kdir=$out/kill
ref=$out/kill-ref
# reference run of the new input set, timing when its temporaries appear
"$bin" extract -q -o "$ref" "$in/many" 2>"$log/kill-ref.err" &
pid=$!
s=$(now_ms) tw=
while kill -0 $pid 2>/dev/null; do
  if [ -z "$tw" ] && ls -a "$ref" 2>/dev/null | grep -q '\.tmp\.'; then tw=$(($(now_ms) - s)); fi
  sleep 0.01
done
wait $pid
rc=$? ttotal=$(($(now_ms) - s))
[ -z "$tw" ] && tw=$ttotal
exit_is 0
parses "$ref"
new=$(cksum <"$ref/graph.nt")/$(cksum <"$ref/graph.nq")/$(cksum <"$ref/graph.ttl")
# previous output: one more article
dg kill-setup -q -o "$kdir" "$in/many" "$in/extra.txt"
exit_is 0
parses "$kdir"
old=$(cksum <"$kdir/graph.nt")/$(cksum <"$kdir/graph.nq")/$(cksum <"$kdir/graph.ttl")
[ "$old" = "$new" ] && bad "old and new outputs are alike"
[ -n "$why" ] && bad "(setup)"

states=
# check_state: the output is the old or the new one, all three files alike;
# each parses with serdi; graph.nt is sorted without duplicates.
check_state() {
  st=
  for f in nt nq ttl; do
    c=$(cksum <"$kdir/graph.$f")
    case $f in nt) o=${old%%/*} n=${new%%/*} ;; nq) o=${old#*/} o=${o%/*} n=${new#*/} n=${n%/*} ;; ttl) o=${old##*/} n=${new##*/} ;; esac
    if [ "$c" = "$o" ]; then st=${st}o; elif [ "$c" = "$n" ]; then st=${st}n; else st=${st}x; fi
    case $f in nt) fmt=ntriples ;; nq) fmt=nquads ;; ttl) fmt=turtle ;; esac
    serdi -i $fmt -o ntriples "$kdir/graph.$f" >/dev/null 2>"$log/serdi.err" ||
      bad "after kill $1: graph.$f does not parse: $(head -c 200 "$log/serdi.err")"
  done
  LC_ALL=C sort -c -u "$kdir/graph.nt" 2>/dev/null || bad "after kill $1: graph.nt is not sorted"
  case $st in ooo | nnn) ;; *) bad "after kill $1: files are (nt,nq,ttl)=$st (o old, n new, x neither)" ;; esac
  tmp=$(ls -a "$kdir" | grep -c '\.tmp\.')
  [ "$tmp" -eq 0 ] && tmp= || tmp=/$tmp
  states="$states $1=$st$tmp"
}
i=1
while [ $i -le 10 ]; do
  delay=$(rand 0.05 2)
  "$bin" extract -q -o "$kdir" "$in/many" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  check_state "${delay}s"
  i=$((i + 1))
done
# the 0.05-2 s kills may all land while articles are read; five more land
# while the files are written and renamed
wphase=$(awk -v t="$ttotal" -v w="$tw" 'BEGIN { printf "%.2f", (t - w) / 1000 }')
i=1
while [ $i -le 5 ]; do
  delay=$(rand 0 "$wphase")
  "$bin" extract -q -o "$kdir" "$in/many" 2>/dev/null &
  pid=$!
  n=0
  while [ $n -lt 6000 ] && kill -0 $pid 2>/dev/null && ! ls -a "$kdir" | grep -q '\.tmp\.'; do
    sleep 0.01
    n=$((n + 1))
  done
  sleep "$delay"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  check_state "w+${delay}s"
  i=$((i + 1))
done
dg kill-final -o "$kdir" "$in/many"
exit_is 0
summary 3000 0
no_temporary "$kdir"
[ "$(cksum <"$kdir/graph.nt")/$(cksum <"$kdir/graph.nq")/$(cksum <"$kdir/graph.ttl")" = "$new" ] ||
  bad "the last run's output differs from the reference"
verdict kill-9-during-run "run ${ttotal} ms, writing from ${tw} ms; kills (o old, n new, /N temporaries):$states"

# Two runs at once on one output directory: the second exits 4.
"$bin" extract -q -o "$out/busy" "$in/many" 2>"$log/busy-first.err" &
pid=$!
n=0
while [ $n -lt 1000 ] && [ ! -e "$out/busy/.diplograph.lock" ]; do sleep 0.01; n=$((n + 1)); done
sleep 0.2
dg concurrent-runs -o "$out/busy" "$good"
exit_is 4
says "diplograph: $out/busy: another diplograph run is writing to this directory"
no_summary
kill -0 $pid 2>/dev/null || bad "the first run ended before the second one was checked"
wait $pid
rc1=$?
[ "$rc1" -eq 0 ] || bad "the first run exited $rc1: $(head -c 200 "$log/busy-first.err")"
cmp -s "$ref/graph.nt" "$out/busy/graph.nt" || bad "the first run's graph.nt differs from the reference"
no_temporary "$out/busy"
verdict concurrent-runs

###########################################################################
# One line of 64 MiB, no newline: finishes within 600 s, exit 0, the whole
# line in one nif:Context, output valid. rapper is left out of the parse
# check here: raptor 2.0.15 reads a 64 MiB literal in quadratic time (over
# 15 minutes); serdi, N3.js and Oxigraph read all three files and must agree.
"$py" "$work/longline.py" "$in/long-line.txt"
err=$log/long-line.err
s=$(date +%s)
timeout 600 "$bin" extract -o "$out/long-line" "$in/long-line.txt" >/dev/null 2>"$err"
rc=$?
secs=$(($(date +%s) - s))
rm -f "$in/long-line.txt"
[ "$rc" -eq 124 ] && bad "not finished after 600 s"
exit_is 0
summary 1 0
if [ -f "$out/long-line/graph.nt" ]; then
  grep -qF "#char=0,67108864> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>" "$out/long-line/graph.nt" ||
    bad "no nif:Context of 67108864 characters"
  for f in nt nq ttl; do
    case $f in nt) fmt=ntriples ;; nq) fmt=nquads ;; ttl) fmt=turtle ;; esac
    n=$(serdi -i $fmt -o ntriples "$out/long-line/graph.$f" 2>"$log/serdi.err" | wc -l)
    node "$src/tests/external/count-triples.mjs" "$out/long-line/graph.$f" >"$log/node.out" 2>&1
    nrc=$?
    n3=$(sed -n 's/.* n3=\([0-9]*\).*/\1/p' "$log/node.out")
    ox=$(sed -n 's/.* oxigraph=\([0-9]*\).*/\1/p' "$log/node.out")
    if [ -s "$log/serdi.err" ] || [ "$nrc" -ne 0 ] || [ "$n" -eq 0 ] || [ "$n" != "$n3" ] || [ "$n" != "$ox" ]; then
      bad "graph.$f: serdi=$n $(head -c 200 "$log/serdi.err") $(head -c 300 "$log/node.out")"
    fi
  done
  lsize=$(du -sm "$out/long-line" | cut -f1)
  rm -rf "$out/long-line"
fi
verdict long-line-64mib "extract ${secs} s, ${lsize:-?} MiB written"

echo "badinput: $(($(date +%s) - t0)) s"
echo "$pass passed, $fail failed${skip:+, $skip skipped}"
[ "$fail" -eq 0 ]
