/* SPDX-License-Identifier: ISC */
/* The writer's external merge sort: every distinct line once, in byte order,
 * whether the lines fit in memory or go through run files. */
#include "sort.h"

#include "unit-util.h"

typedef struct {
  GPtrArray *got;
} Collect;

static gboolean
collect(gpointer user, const char *line, gsize len, GError **error)
{
  (void)error;
  Collect *c = user;
  g_assert_cmpuint(strlen(line), ==, len);
  g_ptr_array_add(c->got, g_strdup(line));
  return TRUE;
}

static gint
by_bytes(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lines with long shared prefixes, prefixes of each other, duplicates,
 * bytes above 0x7F, as N-Quads lines are. */
static GPtrArray *
make_lines(guint n, guint32 seed)
{
  GRand *rand = g_rand_new_with_seed(seed);
  GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
  static const char *const stems[] = {
    "<https://w3id.org/diplograph/id/article/a",
    "<https://w3id.org/diplograph/id/article/a#char=1",
    "<https://w3id.org/diplograph/id/state/",
    "<https://w3id.org/diplograph/id/person/b\xc3\xa9",
    "",
  };
  for (guint i = 0; i < n; i++) {
    const char *stem = stems[g_rand_int_range(rand, 0, G_N_ELEMENTS(stems))];
    guint tail = (guint)g_rand_int_range(rand, 0, 40);
    GString *s = g_string_new(stem);
    for (guint k = 0; k < tail % 7; k++)
      g_string_append_c(s, (char)("ab> \"z\x7e"[g_rand_int_range(rand, 0, 8)]));
    g_string_append_printf(s, "%u", tail);
    g_ptr_array_add(lines, g_string_free(s, FALSE));
  }
  g_rand_free(rand);
  return lines;
}

static void
check_sorted(gsize budget, guint n, gboolean expect_runs)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GPtrArray) lines = make_lines(n, 7);
  g_autoptr(GError) error = NULL;
  DgSorter *s = dg_sorter_new(dir, budget);
  for (guint i = 0; i < lines->len; i++)
    g_assert_true(dg_sorter_add(s, lines->pdata[i], strlen(lines->pdata[i]), &error));
  Collect c = {g_ptr_array_new_with_free_func(g_free)};
  g_assert_true(dg_sorter_finish(s, collect, &c, &error));
  g_assert_no_error(error);
  g_assert_cmpint(dg_sorter_get_n_runs(s) > 0, ==, expect_runs);

  /* the reference: qsort, then duplicates dropped */
  g_ptr_array_sort(lines, by_bytes);
  guint k = 0;
  for (guint i = 0; i < lines->len; i++) {
    if (i && strcmp(lines->pdata[i - 1], lines->pdata[i]) == 0)
      continue;
    g_assert_cmpuint(k, <, c.got->len);
    g_assert_cmpstr(c.got->pdata[k], ==, lines->pdata[i]);
    k++;
  }
  g_assert_cmpuint(k, ==, c.got->len);
  g_ptr_array_unref(c.got);
  dg_sorter_free(s);
  /* the run files are gone */
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  g_assert_null(g_dir_read_name(d));
  unit_rm_rf(dir);
}

static void
test_in_memory(void)
{
  check_sorted(64 << 20, 5000, FALSE);
}

static void
test_runs(void)
{
  /* 4 KiB runs: a few hundred run files merged */
  check_sorted(4096, 20000, TRUE);
}

static void
test_empty(void)
{
  g_autofree char *dir = unit_tmp_dir();
  DgSorter *s = dg_sorter_new(dir, 4096);
  Collect c = {g_ptr_array_new_with_free_func(g_free)};
  g_assert_true(dg_sorter_finish(s, collect, &c, NULL));
  g_assert_cmpuint(c.got->len, ==, 0);
  g_ptr_array_unref(c.got);
  dg_sorter_free(s);
  unit_rm_rf(dir);
}

static void
test_unwritable(void)
{
  /* a run that cannot be written is an error naming the run file */
  DgSorter *s = dg_sorter_new("/nonexistent/dir", 4096);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;
  char line[100];
  memset(line, 'x', sizeof line);
  for (guint i = 0; i < 100 && ok; i++)
    ok = dg_sorter_add(s, line, sizeof line, &error);
  g_assert_false(ok);
  unit_assert_has(error->message, "/nonexistent/dir/.graph.sort.tmp.");
  dg_sorter_free(s);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/sort/in-memory", test_in_memory);
  g_test_add_func("/sort/runs", test_runs);
  g_test_add_func("/sort/empty", test_empty);
  g_test_add_func("/sort/unwritable", test_unwritable);
  return g_test_run();
}
