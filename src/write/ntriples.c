/* SPDX-License-Identifier: ISC */
/* Canonical N-Triples terms, written by our own code: raptor 2.0.15 writes
 * some IRIs and literals that strict parsers reject. */
#include "diplograph/writer.h"

#include <string.h>

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* Bytes written as they are: in an IRI, all but controls, space and
 * <>"{}|^`\ (percent-encoded); in a string, all but the controls and "\
 * (escaped). Bytes of 0x80 and above are UTF-8, kept as is. */
static gboolean
iri_safe(guchar c)
{
  switch (c) {
  case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
    return FALSE;
  default:
    return c > 0x20;
  }
}

static gboolean
string_safe(guchar c)
{
  return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F;
}

static void
append_iri(GString *out, const char *iri)
{
  g_string_append_c(out, '<');
  const guchar *p = (const guchar *)iri;
  while (*p) {
    const guchar *run = p;
    while (*p && iri_safe(*p))
      p++;
    g_string_append_len(out, (const char *)run, p - run);
    if (*p) {
      g_string_append_printf(out, "%%%02X", *p);
      p++;
    }
  }
  g_string_append_c(out, '>');
}

static void
append_string(GString *out, const char *s)
{
  g_string_append_c(out, '"');
  const guchar *p = (const guchar *)s;
  while (*p) {
    const guchar *run = p;
    while (*p && string_safe(*p))
      p++;
    g_string_append_len(out, (const char *)run, p - run);
    if (!*p)
      break;
    switch (*p) {
    case '\b': g_string_append(out, "\\b"); break;
    case '\t': g_string_append(out, "\\t"); break;
    case '\n': g_string_append(out, "\\n"); break;
    case '\f': g_string_append(out, "\\f"); break;
    case '\r': g_string_append(out, "\\r"); break;
    case '"': g_string_append(out, "\\\""); break;
    case '\\': g_string_append(out, "\\\\"); break;
    default: g_string_append_printf(out, "\\u%04X", *p);
    }
    p++;
  }
  g_string_append_c(out, '"');
}

void
dg_ntriples_append_term(GString *out, const DgTerm *term)
{
  switch (term->kind) {
  case DG_TERM_IRI:
    append_iri(out, term->value);
    return;
  case DG_TERM_LITERAL:
    append_string(out, term->value);
    if (term->lang && *term->lang) {
      g_autofree char *lang = g_ascii_strdown(term->lang, -1);
      g_string_append_c(out, '@');
      g_string_append(out, lang);
    } else if (term->datatype && strcmp(term->datatype, XSD_STRING) != 0) {
      g_string_append(out, "^^");
      append_iri(out, term->datatype);
    }
    return;
  }
}

void
dg_ntriples_append_statement(GString *out, const DgStatement *st, gboolean with_graph)
{
  dg_ntriples_append_term(out, &st->subject);
  g_string_append_c(out, ' ');
  dg_ntriples_append_term(out, &st->predicate);
  g_string_append_c(out, ' ');
  dg_ntriples_append_term(out, &st->object);
  if (with_graph && st->graph) {
    g_string_append_c(out, ' ');
    append_iri(out, st->graph);
  }
  g_string_append(out, " .\n");
}
