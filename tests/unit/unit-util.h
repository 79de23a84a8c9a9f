/* SPDX-License-Identifier: ISC */
/* Helpers shared by the unit tests: temporary folders and string checks. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

/* Fails, printing both strings, unless @haystack contains @needle. */
#define unit_assert_has(haystack, needle)                                      \
  G_STMT_START {                                                               \
    const char *unit_h_ = (haystack);                                          \
    const char *unit_n_ = (needle);                                            \
    g_assert_nonnull(unit_h_);                                                 \
    if (!strstr(unit_h_, unit_n_))                                             \
      g_assert_cmpstr(unit_h_, ==, unit_n_); /* fails, showing both */         \
  } G_STMT_END

/* Fails, printing both strings, if @haystack contains @needle. */
#define unit_assert_lacks(haystack, needle)                                    \
  G_STMT_START {                                                               \
    const char *unit_h_ = (haystack);                                          \
    const char *unit_n_ = (needle);                                            \
    g_assert_nonnull(unit_h_);                                                 \
    if (strstr(unit_h_, unit_n_))                                              \
      g_assert_cmpstr(unit_h_, !=, unit_h_); /* fails, showing the text */     \
  } G_STMT_END

/* unit_tmp_dir: (transfer full): a new empty folder; remove it with unit_rm_rf(). */
static inline char *
unit_tmp_dir(void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp("dg-unit-XXXXXX", &error);
  g_assert_no_error(error);
  g_assert_nonnull(dir);
  return dir;
}

/* Removes @path and, for a folder, everything under it (symbolic links are
 * removed, not followed). */
static inline void
unit_rm_rf(const char *path)
{
  if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
    GDir *d = g_dir_open(path, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name(d))) {
      char *child = g_build_filename(path, name, NULL);
      unit_rm_rf(child);
      g_free(child);
    }
    if (d)
      g_dir_close(d);
    g_assert_cmpint(g_rmdir(path), ==, 0);
  } else {
    g_assert_cmpint(g_unlink(path), ==, 0);
  }
}

/* unit_write_file: (transfer full): writes @len bytes of @data to @dir/@name
 * and returns the path. */
static inline char *
unit_write_file(const char *dir, const char *name, const char *data, gsize len)
{
  GError *error = NULL;
  char *path = g_build_filename(dir, name, NULL);
  g_file_set_contents(path, data, (gssize)len, &error);
  g_assert_no_error(error);
  return path;
}

/* unit_read_file: (transfer full): the contents of @path, which must exist. */
static inline char *
unit_read_file(const char *path)
{
  GError *error = NULL;
  char *contents = NULL;
  g_file_get_contents(path, &contents, NULL, &error);
  g_assert_no_error(error);
  return contents;
}

#ifdef DG_TEST_DATA_DIR
#include "diplograph/lexicon.h"

/* The project's lexicons (data/), for tests that recognise text. */
static inline DgLexicon *
unit_data_lexicon(void)
{
  g_autoptr(GError) error = NULL;
  DgLexicon *lex = dg_lexicon_new(DG_TEST_DATA_DIR, &error);
  g_assert_no_error(error);
  return lex;
}
#endif
