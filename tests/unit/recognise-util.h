/* SPDX-License-Identifier: ISC */
/* Helpers of the unit tests that recognise small invented articles and check
 * one fact of the result (test-header.c, test-events.c). */
#pragma once

#include "diplograph/dates.h"
#include "diplograph/recognise.h"

#include "unit-util.h"

#include <string.h>

/* unit_recognise: (transfer full): the document of @text, read as an article. */
static inline DgDocument *
unit_recognise(const DgLexicon *lex, const char *text)
{
  g_autoptr(GError) error = NULL;
  DgArticle *article =
    dg_article_new_from_data("test-article", "<test>", text, strlen(text), &error);
  g_assert_no_error(error);
  g_assert_nonnull(article);
  DgDocument *doc = dg_recognise(lex, article);
  g_assert_nonnull(doc);
  return doc;
}

/* unit_keys_of: (transfer full): the keys of the entities in @indexes (a
 * GArray of guint), separated by ','; persons by their key
 * ("jane-okafor"). */
static inline char *
unit_keys_of(const DgDocument *doc, const GArray *indexes)
{
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < indexes->len; i++) {
    guint k = g_array_index(indexes, guint, i);
    g_assert_cmpuint(k, <, doc->entities->len);
    if (i)
      g_string_append_c(out, ',');
    g_string_append(out, ((const DgEntity *)doc->entities->pdata[k])->key);
  }
  return g_string_free(out, FALSE);
}

/* unit_sorted_keys_of: (transfer full): the same, sorted, for lists whose
 * order the text does not fix. */
static inline char *
unit_sorted_keys_of(const DgDocument *doc, const GArray *indexes)
{
  g_autofree char *keys = unit_keys_of(doc, indexes);
  g_auto(GStrv) parts = g_strsplit(keys, ",", -1);
  guint n = g_strv_length(parts);
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && strcmp(parts[j - 1], parts[j]) > 0; j--) {
      char *t = parts[j];
      parts[j] = parts[j - 1];
      parts[j - 1] = t;
    }
  return g_strjoinv(",", parts);
}

static inline gboolean
unit_has_class(const DgEvent *ev, const char *name)
{
  for (guint i = 0; i < ev->classes->len; i++)
    if (strcmp(ev->classes->pdata[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* The article's one event, which must exist. */
static inline const DgEvent *
unit_only_event(const DgDocument *doc)
{
  g_assert_cmpuint(doc->events->len, ==, 1);
  return doc->events->pdata[0];
}
