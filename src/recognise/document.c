/* SPDX-License-Identifier: ISC */
#include "diplograph/document.h"

#include <string.h>

static void
lang_string_free(gpointer p)
{
  DgLangString *s = p;
  g_free(s->text);
  g_free(s->lang);
  g_free(s);
}

static void
entity_free(gpointer p)
{
  DgEntity *e = p;
  g_free(e->key);
  g_free(e->name);
  g_ptr_array_unref(e->job_titles);
  g_ptr_array_unref(e->roles);
  g_free(e->represents);
  g_free(e->affiliation);
  g_free(e->acronym);
  g_free(e);
}

static void
event_free(gpointer p)
{
  DgEvent *ev = p;
  g_ptr_array_unref(ev->classes);
  g_free(ev->forum);
  g_free(ev->title.text);
  g_free(ev->title.lang);
  g_free(ev->presidency);
  g_array_unref(ev->chairs);
  g_array_unref(ev->organizers);
  g_array_unref(ev->speakers);
  g_ptr_array_unref(ev->topics);
  g_free(ev->iri_path);
  g_free(ev);
}

DgDocument *
dg_document_new(DgArticle *article, DgText *text)
{
  DgDocument *doc = g_new0(DgDocument, 1);
  doc->article = article;
  doc->text = text;
  doc->lang = "en";
  doc->place = DG_NONE;
  doc->entities = g_ptr_array_new_with_free_func(entity_free);
  doc->mentions = g_array_new(FALSE, FALSE, sizeof(DgMention));
  doc->events = g_ptr_array_new_with_free_func(event_free);
  doc->quotes = g_array_new(FALSE, FALSE, sizeof(DgQuote));
  /* "e KIND KEY" → 1 + entity index; "m BEGIN END" → 1 */
  doc->index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  return doc;
}

void
dg_document_free(DgDocument *doc)
{
  if (!doc)
    return;
  g_ptr_array_unref(doc->entities);
  g_array_unref(doc->mentions);
  g_ptr_array_unref(doc->events);
  g_array_unref(doc->quotes);
  g_hash_table_unref(doc->index);
  g_free(doc->publisher);
  dg_text_free(doc->text);
  dg_article_free(doc->article);
  g_free(doc);
}

guint
dg_document_entity(DgDocument *doc, DgEntityKind kind, const char *key, const DgLexItem *item,
                   guint first_token)
{
  char *name = g_strdup_printf("e %d %s", (int)kind, key);
  gpointer found = g_hash_table_lookup(doc->index, name);
  if (found) {
    g_free(name);
    return GPOINTER_TO_UINT(found) - 1;
  }
  g_hash_table_insert(doc->index, name, GUINT_TO_POINTER(doc->entities->len + 1));
  DgEntity *e = g_new0(DgEntity, 1);
  e->kind = kind;
  e->key = g_strdup(key);
  e->item = item;
  e->job_titles = g_ptr_array_new_with_free_func(lang_string_free);
  e->roles = g_ptr_array_new();
  e->first_token = first_token;
  g_ptr_array_add(doc->entities, e);
  return doc->entities->len - 1;
}

void
dg_document_set_key(DgDocument *doc, guint index, const char *key)
{
  g_return_if_fail(index < doc->entities->len);
  DgEntity *e = doc->entities->pdata[index];
  g_autofree char *old = g_strdup_printf("e %d %s", (int)e->kind, e->key);
  g_hash_table_remove(doc->index, old);
  g_free(e->key);
  e->key = g_strdup(key);
  char *name = g_strdup_printf("e %d %s", (int)e->kind, key);
  if (!g_hash_table_contains(doc->index, name))
    g_hash_table_insert(doc->index, name, GUINT_TO_POINTER(index + 1));
  else
    g_free(name);
}

DgEntity *
dg_document_get_entity(const DgDocument *doc, guint index)
{
  g_return_val_if_fail(index < doc->entities->len, NULL);
  return doc->entities->pdata[index];
}

void
dg_document_add_mention(DgDocument *doc, guint begin, guint end, guint entity)
{
  char *name = g_strdup_printf("m %u %u", begin, end);
  if (!g_hash_table_add(doc->index, name))
    return; /* one entity a span: the first */
  DgMention m = {.begin = begin, .end = end, .entity = entity};
  g_array_append_val(doc->mentions, m);
}

DgEvent *
dg_document_add_event(DgDocument *doc)
{
  DgEvent *ev = g_new0(DgEvent, 1);
  ev->classes = g_ptr_array_new();
  ev->chairs = g_array_new(FALSE, FALSE, sizeof(guint));
  ev->organizers = g_array_new(FALSE, FALSE, sizeof(guint));
  ev->speakers = g_array_new(FALSE, FALSE, sizeof(guint));
  ev->topics = g_ptr_array_new();
  g_ptr_array_add(doc->events, ev);
  return ev;
}

void
dg_index_add(GArray *array, guint value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index(array, guint, i) == value)
      return;
  g_array_append_val(array, value);
}

gboolean
dg_date_is_valid(DgDate date)
{
  return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && g_date_valid_dmy((GDateDay)date.day, (GDateMonth)date.month,
                                           (GDateYear)date.year);
}
