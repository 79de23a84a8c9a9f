/* SPDX-License-Identifier: ISC */
/* Helpers of the recognition tests that read persons, organisations and
 * quotations from short invented snippets (test-persons.c, test-quotes.c). */
#pragma once

#include "diplograph/recognise.h"

#include "unit-util.h"

#include <string.h>

G_GNUC_UNUSED static DgLexicon *unit_lexicon;

/* unit_recognise: (transfer full): the document recognised from @text. */
static inline DgDocument *
unit_recognise(const char *text)
{
  g_autoptr(GError) error = NULL;
  DgArticle *article =
    dg_article_new_from_data("test-article", "<test>", text, strlen(text), &error);
  g_assert_no_error(error);
  g_assert_nonnull(article);
  DgDocument *doc = dg_recognise(unit_lexicon, article);
  g_assert_nonnull(doc);
  return doc;
}

static inline const DgEntity *
unit_entity(const DgDocument *doc, guint index)
{
  g_assert_cmpuint(index, <, doc->entities->len);
  return doc->entities->pdata[index];
}

/* The person named @name, or DG_NONE. */
static inline guint
unit_person(const DgDocument *doc, const char *name)
{
  for (guint i = 0; i < doc->entities->len; i++) {
    const DgEntity *e = doc->entities->pdata[i];
    if (e->kind == DG_ENTITY_PERSON && g_strcmp0(e->name, name) == 0)
      return i;
  }
  return DG_NONE;
}

/* unit_persons: (transfer full): the persons' names in order, joined by ';'. */
static inline char *
unit_persons(const DgDocument *doc)
{
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < doc->entities->len; i++) {
    const DgEntity *e = doc->entities->pdata[i];
    if (e->kind != DG_ENTITY_PERSON)
      continue;
    if (out->len)
      g_string_append_c(out, ';');
    g_string_append(out, e->name);
  }
  return g_string_free(out, FALSE);
}

/* unit_entities: (transfer full): the names (keys when unnamed) of the
 * entities of @kind, in order, joined by ';'. */
static inline char *
unit_entities(const DgDocument *doc, DgEntityKind kind)
{
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < doc->entities->len; i++) {
    const DgEntity *e = doc->entities->pdata[i];
    if (e->kind != kind)
      continue;
    if (out->len)
      g_string_append_c(out, ';');
    g_string_append(out, e->name && kind != DG_ENTITY_STATE ? e->name : e->key);
  }
  return g_string_free(out, FALSE);
}

/* unit_titles: (transfer full): @person's job titles joined by '|'. */
static inline char *
unit_titles(const DgEntity *person)
{
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < person->job_titles->len; i++) {
    const DgLangString *s = person->job_titles->pdata[i];
    if (i)
      g_string_append_c(out, '|');
    g_string_append(out, s->text);
  }
  return g_string_free(out, FALSE);
}

/* unit_mentions: (transfer full): the texts of the mentions of @entity, in
 * text order, joined by '|'. */
static inline char *
unit_mentions(const DgDocument *doc, guint entity)
{
  g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(DgMention));
  for (guint i = 0; i < doc->mentions->len; i++) {
    const DgMention *m = &g_array_index(doc->mentions, DgMention, i);
    if (m->entity != entity)
      continue;
    guint at = 0;
    while (at < spans->len && g_array_index(spans, DgMention, at).begin < m->begin)
      at++;
    g_array_insert_val(spans, at, *m);
  }
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < spans->len; i++) {
    const DgMention *m = &g_array_index(spans, DgMention, i);
    g_autofree char *s = dg_text_substring(doc->text, m->begin, m->end);
    if (i)
      g_string_append_c(out, '|');
    g_string_append(out, s);
  }
  return g_string_free(out, FALSE);
}

/* unit_quotes: (transfer full): every quotation as "speaker name:D|R:text",
 * joined by '\n' (speaker "?" when it is no person). */
static inline char *
unit_quotes(const DgDocument *doc)
{
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < doc->quotes->len; i++) {
    const DgQuote *q = &g_array_index(doc->quotes, DgQuote, i);
    g_autofree char *s = dg_text_substring(doc->text, q->begin, q->end);
    const DgEntity *who = q->speaker < doc->entities->len ? unit_entity(doc, q->speaker) : NULL;
    g_string_append_printf(out, "%s%s:%s:%s", out->len ? "\n" : "",
                           who && who->name ? who->name : who ? who->key : "?",
                           q->direct ? "D" : "R", s);
  }
  return g_string_free(out, FALSE);
}
