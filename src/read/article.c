/* SPDX-License-Identifier: ISC */
#include "diplograph/article.h"

#include "diplograph/status.h"
#include "diplograph/text.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

struct DgArticle {
  char *id;
  char *display;
  char *text; /* UTF-8, NUL-terminated, BOM removed */
  gsize length;
  gsize bom;
};

static const char utf8_bom[] = "\xEF\xBB\xBF";

/* Checks @data as UTF-8 text and reports the first bad byte by its offset in
 * the original input (so a user can find it with `cmp` or a hex editor). */
static gboolean
check_text(const char *display, const char *data, gsize len, gsize base, GError **error)
{
  if (len >= 2 && ((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE)) {
    g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                "%s: byte 0: UTF-16 (little-endian) text; diplograph reads UTF-8 "
                "(convert with: iconv -f UTF-16 -t UTF-8)", display);
    return FALSE;
  }
  if (len >= 2 && ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF)) {
    g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                "%s: byte 0: UTF-16 (big-endian) text; diplograph reads UTF-8 "
                "(convert with: iconv -f UTF-16 -t UTF-8)", display);
    return FALSE;
  }
  const char *end = NULL;
  if (!g_utf8_validate_len(data, len, &end)) {
    gsize at = (gsize)(end - data);
    if (data[at] == '\0')
      g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                  "%s: byte %" G_GSIZE_FORMAT ": NUL byte: binary data, not text",
                  display, base + at);
    else
      g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                  "%s: byte %" G_GSIZE_FORMAT ": invalid UTF-8 (byte 0x%02X); "
                  "if the file is Latin-1, convert it with: iconv -f LATIN1 -t UTF-8",
                  display, base + at, (guchar)data[at]);
    return FALSE;
  }
  /* text is anything but white space and invisible characters (NBSP, VT,
   * zero-width and bidirectional marks) */
  for (const char *p = data; p < data + len; p = g_utf8_next_char(p)) {
    gunichar f = dg_fold_char(g_utf8_get_char(p));
    if (f != ' ' && f != 0)
      return TRUE;
  }
  g_set_error(error, DG_ERROR, DG_ERR_EMPTY, "%s: no text (the input is empty or blank)",
              display);
  return FALSE;
}

DgArticle *
dg_article_new_from_data(const char *id, const char *display, const char *data, gsize len,
                         GError **error)
{
  g_return_val_if_fail(id != NULL && display != NULL, NULL);
  g_return_val_if_fail(data != NULL || len == 0, NULL);

  gsize bom = (len >= 3 && memcmp(data, utf8_bom, 3) == 0) ? 3 : 0;
  if (!check_text(display, data + bom, len - bom, bom, error))
    return NULL;

  DgArticle *article = g_new0(DgArticle, 1);
  article->id = g_strdup(id);
  article->display = g_strdup(display);
  article->text = g_strndup(data + bom, len - bom);
  article->length = len - bom;
  article->bom = bom;
  return article;
}

DgArticle *
dg_article_new_from_file(const char *path, GError **error)
{
  g_return_val_if_fail(path != NULL, NULL);

  struct stat st;
  if (stat(path, &st) != 0) {
    int err = errno;
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", path, g_strerror(err));
    return NULL;
  }
  if (S_ISDIR(st.st_mode)) {
    g_autoptr(GDir) d = g_dir_open(path, 0, NULL);
    g_set_error(error, DG_ERROR, DG_ERR_IO,
                d ? "%s: a directory with no article in it (articles are *.txt or *.text files)"
                  : "%s: cannot read this directory",
                path);
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: not a regular file", path);
    return NULL;
  }
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) local = NULL;
  if (!g_file_get_contents(path, &data, &len, &local)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s", local->message);
    return NULL;
  }
  g_autofree char *id = dg_article_id_from_path(path);
  return dg_article_new_from_data(id, path, data, len, error);
}

void
dg_article_free(DgArticle *article)
{
  if (!article)
    return;
  g_free(article->id);
  g_free(article->display);
  g_free(article->text);
  g_free(article);
}

const char *
dg_article_get_id(const DgArticle *article)
{
  return article->id;
}

const char *
dg_article_get_display(const DgArticle *article)
{
  return article->display;
}

const char *
dg_article_get_text(const DgArticle *article)
{
  return article->text;
}

gsize
dg_article_get_length(const DgArticle *article)
{
  return article->length;
}

gsize
dg_article_get_bom_length(const DgArticle *article)
{
  return article->bom;
}

char *
dg_article_id_from_path(const char *path)
{
  char *base = g_path_get_basename(path);
  char *dot = strrchr(base, '.');
  if (dot && dot != base)
    *dot = '\0';
  return base;
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static gboolean
expand_dir(const char *dir, GPtrArray *out, int depth, GError **error)
{
  if (depth > 64) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: directories nested too deeply", dir);
    return FALSE;
  }
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  if (!d) {
    g_ptr_array_add(out, g_strdup(dir)); /* reading it will say why */
    return TRUE;
  }
  guint before = out->len;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(d)))
    if (name[0] != '.')
      g_ptr_array_add(names, g_build_filename(dir, name, NULL));
  g_ptr_array_sort(names, compare_strings);
  for (guint i = 0; i < names->len; i++) {
    const char *path = names->pdata[i];
    if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
      if (!expand_dir(path, out, depth + 1, error))
        return FALSE;
    } else if (g_str_has_suffix(path, ".txt") || g_str_has_suffix(path, ".text")) {
      g_ptr_array_add(out, g_strdup(path));
    }
  }
  if (depth == 0 && out->len == before)
    g_ptr_array_add(out, g_strdup(dir)); /* no article in it: reading it will say so */
  return TRUE;
}

GPtrArray *
dg_inputs_expand(const char *const *paths, GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(g_free);
  for (const char *const *p = paths; *p; p++) {
    if (strcmp(*p, "-") == 0 || !g_file_test(*p, G_FILE_TEST_IS_DIR)) {
      g_ptr_array_add(out, g_strdup(*p));
    } else if (!expand_dir(*p, out, 0, error)) {
      return NULL;
    }
  }
  return g_steal_pointer(&out);
}
