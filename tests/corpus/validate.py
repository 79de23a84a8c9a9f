#!/usr/bin/python3
"""Consistency checks for the corpus and its expectations (stdlib only).

usage: validate.py [PART_DIR ...]   (default: dev and heldout beside this file)

For each part (a directory of NNN_slug.txt articles and expectations.json):
  - expectations.json loads as JSON and has the keys check.py reads;
  - every article id it names (articles, events, quotations) is a file of the part,
    and every .txt file of the part has an "articles" entry;
  - every article reports exactly one event (reported_by), every event has a date
    (YYYY-MM-DD) or an "article", and event dates are unique within the part;
  - every person named in events (chair, speakers) and quotations is a
    persons.list name; article persons are persons.list or persons.optional names;
  - every organiser, forum, publisher and affiliation is an "organisations" key
    or a three-letter state code (organisers and presidencies);
  - every person name (one of its variants) and every quotation fragment occurs
    in the folded text of the part (quotations: in their own article);
  - articles are 150-450 words, lang is en or fr.
Prints the problems found and a per-part summary; exits 1 if there are problems.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = {"ArriaFormulaMeeting", "OpenDebate", "Debate", "Briefing", "Consultations",
           "InformalMeeting", "ClosedMeeting", "Meeting", "Conference", "Summit"}


def fold(text):
    """Same folding as the acceptance checker (check.py)."""
    text = unicodedata.normalize("NFKD", str(text)).replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def is_code(key):
    return isinstance(key, str) and re.fullmatch(r"[A-Z]{3}", key) is not None


def validate(part):
    problems = []

    def bad(msg):
        problems.append(msg)

    path = os.path.join(part, "expectations.json")
    try:
        with open(path, encoding="utf-8") as f:
            exp = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{path}: does not load: {e}"], {}

    files = {n[:-4] for n in os.listdir(part) if n.endswith(".txt")}
    texts = {}
    for n in files:
        with open(os.path.join(part, n + ".txt"), encoding="utf-8") as f:
            texts[n] = f.read()
    folded = {n: " " + fold(t) + " " for n, t in texts.items()}

    orgs = exp.get("organisations", [])
    if len(set(orgs)) != len(orgs):
        bad("duplicate organisation keys")
    persons = exp.get("persons", {})
    plist = persons.get("list", [])
    names = [p["name"] for p in plist]
    optional = list(persons.get("optional", []))
    if len(set(names)) != len(names):
        bad("duplicate persons.list names")
    if not persons.get("exact", False):
        bad('persons.exact should be true')

    def need_org(key, where, codes_ok):
        if key in orgs or (codes_ok and is_code(key)):
            return
        bad(f"{where}: '{key}' is neither an organisations key" + (" nor a state code" if codes_ok else ""))

    def need_person(name, where, allow_optional=False):
        if name in names or (allow_optional and name in optional):
            return
        bad(f"{where}: person '{name}' not in persons.list")

    def need_article(aid, where):
        if aid not in files:
            bad(f"{where}: no file {aid}.txt")

    # articles
    arts = exp.get("articles", [])
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        bad("duplicate article ids")
    for n in sorted(files - set(ids)):
        bad(f"{n}.txt has no entry in articles")
    langs = {}
    for a in arts:
        aid = a["id"]
        need_article(aid, f"articles/{aid}")
        if a.get("lang") not in ("en", "fr"):
            bad(f"articles/{aid}: lang {a.get('lang')!r}")
        langs[a.get("lang")] = langs.get(a.get("lang"), 0) + 1
        if "publisher" in a:
            need_org(a["publisher"], f"articles/{aid}/publisher", False)
        if "date" in a and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"]):
            bad(f"articles/{aid}: date {a['date']!r}")
        for s in a.get("states", []) + a.get("optional", {}).get("states", []):
            if not is_code(s):
                bad(f"articles/{aid}: state {s!r} is not an alpha-3 code")
        for p in a.get("persons", []) + a.get("optional", {}).get("persons", []):
            need_person(p, f"articles/{aid}/persons", allow_optional=True)
            if aid in folded and not any(" " + fold(v) + " " in folded[aid] for v in p.split("|")):
                bad(f"articles/{aid}: person '{p}' does not occur in the text")
        if aid in texts:
            words = len(texts[aid].split())
            if not 150 <= words <= 450:
                bad(f"articles/{aid}: {words} words (want 150-450)")

    # events
    reported = {}
    dates = []
    for i, ev in enumerate(exp.get("events", [])):
        tag = f"events/{ev.get('date') or ev.get('article') or i}"
        if "date" in ev:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"]):
                bad(f"{tag}: date {ev['date']!r}")
            dates.append(ev["date"])
        elif "article" in ev:
            need_article(ev["article"], tag)
        else:
            bad(f"{tag}: neither date nor article")
        if ev.get("class") not in CLASSES:
            bad(f"{tag}: class {ev.get('class')!r}")
        if "forum" in ev:
            need_org(ev["forum"], f"{tag}/forum", False)
        if "presidency" in ev and not is_code(ev["presidency"]):
            bad(f"{tag}: presidency {ev['presidency']!r}")
        chairs = ev.get("chair", [])
        for c in chairs if isinstance(chairs, list) else [chairs]:
            need_person(c, f"{tag}/chair")
        for s in ev.get("speakers", []) + list(ev.get("optional", {}).get("speakers", [])):
            need_person(s, f"{tag}/speakers")
        for o in ev.get("organizers", []) + list(ev.get("optional", {}).get("organizers", [])):
            if o in names:
                continue
            need_org(o, f"{tag}/organizers", True)
        for aid in ev.get("reported_by", []):
            need_article(aid, f"{tag}/reported_by")
            reported.setdefault(aid, []).append(tag)
        if not ev.get("reported_by"):
            bad(f"{tag}: no reported_by")
        # every speaker and chair is named in one of the reporting articles
        rep_persons = set()
        for aid in ev.get("reported_by", []):
            for a in arts:
                if a["id"] == aid:
                    rep_persons.update(a.get("persons", []))
        for p in ev.get("speakers", []) + (chairs if isinstance(chairs, list) else [chairs]):
            if p not in rep_persons:
                bad(f"{tag}: '{p}' is not among the persons of its reporting articles")
    for d in sorted({d for d in dates if dates.count(d) > 1}):
        bad(f"event date {d} is not unique in the part")
    for aid in ids:
        if len(reported.get(aid, [])) != 1:
            bad(f"articles/{aid}: reports {len(reported.get(aid, []))} events (want 1)")

    # persons
    for p in plist:
        if "affiliation" in p:
            need_org(p["affiliation"], f"persons/{p['name']}/affiliation", False)
        if "represents" in p and not is_code(p["represents"]):
            bad(f"persons/{p['name']}: represents {p['represents']!r}")
        in_articles = [a["id"] for a in arts if p["name"] in a.get("persons", [])]
        if not in_articles:
            bad(f"persons/{p['name']}: named in no article's persons")

    # quotations
    for i, qu in enumerate(exp.get("quotations", [])):
        tag = f"quotations/{i + 1}"
        need_person(qu["speaker"], tag)
        need_article(qu["article"], tag)
        if qu["article"] in folded:
            if " " + fold(qu["text_contains"]) + " " not in folded[qu["article"]]:
                bad(f"{tag}: '{qu['text_contains']}' not in {qu['article']}")
            art = next((a for a in arts if a["id"] == qu["article"]), {})
            if qu["speaker"] not in art.get("persons", []):
                bad(f"{tag}: speaker '{qu['speaker']}' not among the persons of {qu['article']}")
        if not isinstance(qu.get("direct"), bool):
            bad(f"{tag}: direct must be true or false")

    summary = {"articles": len(ids), "en": langs.get("en", 0), "fr": langs.get("fr", 0),
               "events": len(exp.get("events", [])), "persons": len(plist),
               "quotations": len(exp.get("quotations", []))}
    return problems, summary


def main(argv):
    parts = argv[1:] or [os.path.join(HERE, "dev"), os.path.join(HERE, "heldout")]
    failed = False
    for part in parts:
        problems, summary = validate(part)
        for p in problems:
            print(f"{os.path.basename(os.path.normpath(part))}: {p}")
        print(f"{os.path.basename(os.path.normpath(part))}: "
              + ", ".join(f"{k} {v}" for k, v in summary.items())
              + f", problems {len(problems)}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
