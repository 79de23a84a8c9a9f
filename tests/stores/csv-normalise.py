#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Prints a SPARQL 1.1 CSV result (standard input) in a canonical form, so that the
answers of rasqal (roqet, diplograph), Virtuoso and Oxigraph compare with cmp/diff.

usage: csv-normalise.py [--bag] [--sort-columns] < RESULT.csv

Canonical form:
  - the header line, then the rows sorted (by code point, field by field);
  - each row once (a set), unless --bag, which keeps how often each row came;
  - a field is double-quoted, with "" for ", only when it holds , " CR or LF
    (as roqet and Oxigraph write it; Virtuoso quotes every string and IRI);
  - lines end with LF; CR and spaces or tabs left of a line end outside quotes
    are dropped; the text of a quoted field is kept as it is;
  - no rows: nothing at all, not even the header (rasqal writes a bare CRLF, with no
    header, for an empty result; Virtuoso and Oxigraph write the header);
  - --sort-columns: the columns in the order of their names (SELECT * projects
    variables in order of appearance in rasqal, in name order in Oxigraph).

Exits 1 when the input is not well-formed CSV (an unclosed quote, text after a
closing quote) or a row has another number of fields than the header.
"""

import sys


class CsvError(Exception):
    pass


def parse(text):
    """Rows of fields; quoted fields are taken as they are, unquoted ones lose
    trailing blanks at the end of a line. The final line end makes no row."""
    rows, row, field = [], [], []
    quoted = False  # the current field was quoted
    in_quotes = False
    i, n = 0, len(text)
    line = 1
    while i < n:
        c = text[i]
        if in_quotes:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                if c == "\n":
                    line += 1
                field.append(c)
        elif c == '"':
            if field and "".join(field).strip(" \t"):
                raise CsvError(f"line {line}: a quote inside an unquoted field")
            field, quoted, in_quotes = [], True, True
        elif c == ",":
            row.append("".join(field))
            field, quoted = [], False
        elif c in "\r\n":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            value = "".join(field)
            row.append(value if quoted else value.rstrip(" \t"))
            rows.append(row)
            row, field, quoted = [], [], False
            line += 1
        elif quoted:
            if c not in " \t":
                raise CsvError(f"line {line}: text after a closing quote")
        else:
            field.append(c)
        i += 1
    if in_quotes:
        raise CsvError("an unclosed quote at the end")
    if field or row or quoted:
        value = "".join(field)
        row.append(value if quoted else value.rstrip(" \t"))
        rows.append(row)
    return rows


def quote(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main(argv):
    bag = "--bag" in argv
    sort_columns = "--sort-columns" in argv
    unknown = [a for a in argv if a not in ("--bag", "--sort-columns")]
    if unknown:
        print("usage: csv-normalise.py [--bag] [--sort-columns] < RESULT.csv", file=sys.stderr)
        return 2
    text = sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")
    try:
        rows = parse(text)
    except CsvError as err:
        print(f"csv-normalise: {err}", file=sys.stderr)
        return 1
    if not rows:
        return 0
    header, body = rows[0], rows[1:]
    if header == [""] and not body:  # rasqal's empty result
        return 0
    if not body:
        return 0
    for k, row in enumerate(body, start=2):
        if len(row) != len(header):
            print(
                f"csv-normalise: row {k} has {len(row)} fields, the header {len(header)}",
                file=sys.stderr,
            )
            return 1
    if sort_columns:
        order = sorted(range(len(header)), key=lambda j: header[j])
        header = [header[j] for j in order]
        body = [[row[j] for j in order] for row in body]
    if not bag:
        body = list({tuple(r): None for r in body})
    body = sorted(tuple(r) for r in body)
    out = sys.stdout.buffer
    for row in [header, *body]:
        line = ",".join(quote(v) for v in row) + "\n"
        out.write(line.encode("utf-8", errors="surrogateescape"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
