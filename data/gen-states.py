#!/usr/bin/env python3
"""gen-states.py - generate data/states-iso.tsv from Debian's iso-codes.

Usage:
    python3 data/gen-states.py            # writes states-iso.tsv beside this script
    python3 data/gen-states.py OUT.tsv    # writes OUT.tsv
    python3 data/gen-states.py -          # writes to standard output

Inputs (Debian package "iso-codes"):
    /usr/share/iso-codes/json/iso_3166-1.json            English data, 249 entries
    /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo       French translations
Environment variables ISO_CODES_JSON and ISO_CODES_MO override these paths.

Output: the 4-column TSV format of the diplograph lexicon
(key TAB lang TAB kind TAB surface), key = ISO alpha-3 code:
    XXX  -   alpha2    the ISO alpha-2 code
    XXX  en  name      preferred English label: common_name if any, else name
    XXX  fr  name      preferred French label: French translation of common_name
                       if it exists and is translated, else of name (else the
                       English name itself when iso-codes has no translation)
    XXX  en  official  official_name, when iso-codes has one
    XXX  fr  official  its French translation, when translated
    XXX  en  alt       name, when it differs from the English label
    XXX  fr  alt       French translation of name, when it differs from the
                       French label
Normalisation: a leading article "the " / "l'" is dropped from official names
(iso-codes writes "the State of Palestine"), and typographic apostrophes are
written as straight ones. Lines are sorted by alpha-3, then lang, then kind,
then surface, and duplicates removed, so the output is deterministic.

Only the Python 3 standard library is used.
"""

import gettext
import json
import os
import subprocess
import sys

JSON_PATH = os.environ.get("ISO_CODES_JSON", "/usr/share/iso-codes/json/iso_3166-1.json")
MO_PATH = os.environ.get("ISO_CODES_MO", "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo")


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout.strip()
        if out:
            return "Debian iso-codes " + out
    except (OSError, subprocess.CalledProcessError):
        pass
    return "Debian iso-codes"


def clean(s):
    s = s.replace("\u2019", "'").replace("\u02bc", "'").strip()
    return " ".join(s.split())


def strip_article(s):
    for art in ("the ", "The ", "l'", "L'"):
        if s.startswith(art):
            return s[len(art):]
    return s


def main(argv):
    with open(JSON_PATH, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(MO_PATH, "rb") as f:
        fr = gettext.GNUTranslations(f)
    catalog = getattr(fr, "_catalog", {})

    def tr(msgid):
        """French translation of msgid, or None when there is none."""
        if msgid in catalog:
            s = catalog[msgid]
            return s if s else None
        s = fr.gettext(msgid)
        return s if s != msgid else None

    rows = set()
    for e in entries:
        a3 = e["alpha_3"]
        rows.add((a3, "-", "alpha2", e["alpha_2"]))
        name = e["name"]
        common = e.get("common_name")
        official = e.get("official_name")

        en_label = common or name
        rows.add((a3, "en", "name", clean(en_label)))
        if clean(name) != clean(en_label):
            rows.add((a3, "en", "alt", clean(name)))

        fr_name = tr(name)
        fr_label = None
        if common and tr(common):
            fr_label = tr(common)
        if fr_label is None:
            fr_label = fr_name or name
        rows.add((a3, "fr", "name", clean(fr_label)))
        if fr_name and clean(fr_name) != clean(fr_label):
            rows.add((a3, "fr", "alt", clean(fr_name)))

        if official:
            rows.add((a3, "en", "official", clean(strip_article(official))))
            fr_off = tr(official)
            if fr_off:
                rows.add((a3, "fr", "official", clean(strip_article(fr_off))))

    header = [
        "# states-iso.tsv - ISO 3166-1 countries and territories: codes, English and",
        "# French names.",
        "# GENERATED FILE, do not edit: produced by data/gen-states.py from",
        "# %s (iso_3166-1.json and the French iso_3166-1.mo)." % iso_codes_version(),
        "# Hand-written extra forms and adjectives are in states-extra.tsv.",
        "# Columns: key (ISO alpha-3) TAB lang (en, fr, -) TAB kind TAB surface",
        "# Kinds: alpha2 (ISO alpha-2 code), name (preferred label, one per language),",
        "#        official (official name), alt (ISO name when it is not the label).",
    ]
    lines = header + ["\t".join(r) for r in sorted(rows)]
    text = "\n".join(lines) + "\n"

    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "states-iso.tsv")
    if out == "-":
        sys.stdout.write(text)
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
