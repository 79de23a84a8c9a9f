/* SPDX-License-Identifier: ISC */
/* Canonical N-Triples terms, written by our own code: raptor 2.0.15 writes
 * some IRIs and literals that strict parsers reject. */
#include "diplograph/writer.h"

#include <string.h>

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

static void
append_iri(GString *out, const char *iri)
{
  g_string_append_c(out, '<');
  for (const guchar *p = (const guchar *)iri; *p; p++) {
    if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
      g_string_append_printf(out, "%%%02X", *p);
    else
      g_string_append_c(out, (char)*p);
  }
  g_string_append_c(out, '>');
}

static void
append_string(GString *out, const char *s)
{
  g_string_append_c(out, '"');
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    switch (c) {
    case '\b': g_string_append(out, "\\b"); break;
    case '\t': g_string_append(out, "\\t"); break;
    case '\n': g_string_append(out, "\\n"); break;
    case '\f': g_string_append(out, "\\f"); break;
    case '\r': g_string_append(out, "\\r"); break;
    case '"': g_string_append(out, "\\\""); break;
    case '\\': g_string_append(out, "\\\\"); break;
    default:
      if (c < 0x20 || c == 0x7F)
        g_string_append_printf(out, "\\u%04X", c);
      else
        g_string_append_len(out, p, g_utf8_next_char(p) - p);
    }
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
