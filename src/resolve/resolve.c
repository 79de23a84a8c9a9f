/* SPDX-License-Identifier: ISC */
#include "diplograph/resolve.h"

#include "diplograph/dates.h"
#include "diplograph/graph.h"

#include <string.h>

struct DgResolver {
  /* forum + "/--MM-DD" → the year of the dated meetings, -1 when several */
  GHashTable *years;
};

static const char *
forum_key(const DgEvent *ev)
{
  return ev->forum ? ev->forum : "meeting";
}

static char *
month_day_key(const DgEvent *ev)
{
  return g_strdup_printf("%s/--%02d-%02d", forum_key(ev), ev->date.month, ev->date.day);
}

static gboolean
needs_year(const DgEvent *ev)
{
  return !ev->date.year && ev->date.month && ev->date.day;
}

static void
name_event(const DgDocument *doc, DgEvent *ev, guint i)
{
  g_autofree char *forum = dg_iri_segment(forum_key(ev));
  g_free(ev->iri_path);
  if (dg_date_is_valid(ev->date)) {
    g_autofree char *date = dg_date_format(ev->date);
    ev->iri_path = g_strdup_printf("event/%s/%s", forum, date);
  } else {
    g_autofree char *id = dg_iri_segment(dg_article_get_id(doc->article));
    ev->iri_path = g_strdup_printf("event/%s/%s/%u", forum, id, i + 1);
  }
}

DgResolver *
dg_resolver_new(void)
{
  DgResolver *r = g_new0(DgResolver, 1);
  r->years = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  return r;
}

void
dg_resolver_free(DgResolver *r)
{
  if (!r)
    return;
  g_hash_table_unref(r->years);
  g_free(r);
}

gboolean
dg_resolve_local(DgDocument *doc)
{
  g_return_val_if_fail(doc != NULL, FALSE);
  gboolean complete = TRUE;
  for (guint i = 0; i < doc->events->len; i++) {
    DgEvent *ev = doc->events->pdata[i];
    if (needs_year(ev))
      complete = FALSE;
    else
      name_event(doc, ev, i);
  }
  return complete;
}

void
dg_resolver_add(DgResolver *r, const DgDocument *doc)
{
  g_return_if_fail(r != NULL && doc != NULL);
  for (guint i = 0; i < doc->events->len; i++) {
    const DgEvent *ev = doc->events->pdata[i];
    if (!dg_date_is_valid(ev->date))
      continue;
    char *key = month_day_key(ev);
    gpointer seen = g_hash_table_lookup(r->years, key);
    if (seen && GPOINTER_TO_INT(seen) != ev->date.year)
      g_hash_table_replace(r->years, key, GINT_TO_POINTER(-1)); /* ambiguous */
    else
      g_hash_table_replace(r->years, key, GINT_TO_POINTER(ev->date.year));
  }
}

void
dg_resolver_resolve(DgResolver *r, DgDocument *doc)
{
  g_return_if_fail(r != NULL && doc != NULL);
  for (guint i = 0; i < doc->events->len; i++) {
    DgEvent *ev = doc->events->pdata[i];
    if (needs_year(ev)) {
      g_autofree char *key = month_day_key(ev);
      int year = GPOINTER_TO_INT(g_hash_table_lookup(r->years, key));
      if (year > 0)
        ev->date.year = year;
    }
    name_event(doc, ev, i);
  }
}

void
dg_resolve(GPtrArray *documents)
{
  g_return_if_fail(documents != NULL);
  DgResolver *r = dg_resolver_new();
  for (guint d = 0; d < documents->len; d++)
    dg_resolver_add(r, documents->pdata[d]);
  for (guint d = 0; d < documents->len; d++)
    dg_resolver_resolve(r, documents->pdata[d]);
  dg_resolver_free(r);
}
