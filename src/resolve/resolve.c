/* SPDX-License-Identifier: ISC */
#include "diplograph/resolve.h"

#include "diplograph/dates.h"
#include "diplograph/graph.h"

#include <string.h>

static const char *
forum_key(const DgEvent *ev)
{
  return ev->forum ? ev->forum : "meeting";
}

void
dg_resolve(GPtrArray *documents)
{
  g_return_if_fail(documents != NULL);
  /* forum + "--MM-DD" → the years of dated meetings */
  g_autoptr(GHashTable) years = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (guint d = 0; d < documents->len; d++) {
    DgDocument *doc = documents->pdata[d];
    for (guint i = 0; i < doc->events->len; i++) {
      DgEvent *ev = doc->events->pdata[i];
      if (!dg_date_is_valid(ev->date))
        continue;
      char *key = g_strdup_printf("%s/--%02d-%02d", forum_key(ev), ev->date.month, ev->date.day);
      gpointer seen = g_hash_table_lookup(years, key);
      if (seen && GPOINTER_TO_INT(seen) != ev->date.year)
        g_hash_table_replace(years, key, GINT_TO_POINTER(-1)); /* ambiguous */
      else
        g_hash_table_replace(years, key, GINT_TO_POINTER(ev->date.year));
    }
  }
  for (guint d = 0; d < documents->len; d++) {
    DgDocument *doc = documents->pdata[d];
    for (guint i = 0; i < doc->events->len; i++) {
      DgEvent *ev = doc->events->pdata[i];
      if (!ev->date.year && ev->date.month && ev->date.day) {
        g_autofree char *key =
          g_strdup_printf("%s/--%02d-%02d", forum_key(ev), ev->date.month, ev->date.day);
        int year = GPOINTER_TO_INT(g_hash_table_lookup(years, key));
        if (year > 0)
          ev->date.year = year;
      }
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
  }
}
