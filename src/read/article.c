/* SPDX-License-Identifier: ISC */
#include "diplograph/article.h"

#include "diplograph/status.h"
#include "diplograph/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct DgArticle {
  char *id;
  char *display;
  char *text; /* UTF-8, NUL-terminated, BOM removed */
  gsize length;
  gsize bom;
  char *url;            /* (nullable): checked by dg_article_set_url() */
  char date[11];        /* "YYYY-MM-DD", or "" */
  const char *language; /* (nullable): "en" or "fr", static */
  char *title;          /* (nullable) */
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
                d ? "%s: a directory with no article in it (articles are *.txt or *.text "
                    "files, gzip-compressed or not, or JSON Lines: *.jsonl, *.ndjson)"
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
  g_free(article->url);
  g_free(article->title);
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

/* RFC 3987's ucschar, and iprivate (allowed in a query only). */
static gboolean
is_ucschar(gunichar c)
{
  return (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFEF) ||
         (c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD);
}

static gboolean
is_iprivate(gunichar c)
{
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) ||
         (c >= 0x100000 && c <= 0x10FFFD);
}

/* Checks @p up to @end against one RFC 3987 component: iunreserved,
 * pct-encoded, sub-delims and the ASCII characters of @extra; ucschar, and
 * iprivate when @private_ok. Returns the first offending position or NULL. */
static const char *
iri_scan(const char *p, const char *end, const char *extra, gboolean private_ok)
{
  while (p < end) {
    guchar b = (guchar)*p;
    if (b >= 0x80) {
      gunichar c = g_utf8_get_char(p);
      if (!is_ucschar(c) && !(private_ok && is_iprivate(c)))
        return p;
      p = g_utf8_next_char(p);
    } else if (b == '%') {
      if (end - p < 3 || !g_ascii_isxdigit(p[1]) || !g_ascii_isxdigit(p[2]))
        return p;
      p += 3;
    } else if (g_ascii_isalnum(b) || strchr("-._~!$&'()*+,;=", b) || (extra && strchr(extra, b))) {
      p++;
    } else {
      return p;
    }
  }
  return NULL;
}

/* An absolute http(s) IRI by RFC 3987: what strict parsers accept. */
static gboolean
check_url(const char *url, GError **error)
{
  const char *rest = NULL;
  if (g_ascii_strncasecmp(url, "http://", 7) == 0)
    rest = url + 7;
  else if (g_ascii_strncasecmp(url, "https://", 8) == 0)
    rest = url + 8;
  if (!rest) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "not an http:// or https:// IRI");
    return FALSE;
  }
  if (!g_utf8_validate(url, -1, NULL)) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "not UTF-8");
    return FALSE;
  }
  const char *end = rest + strlen(rest);
  const char *auth_end = rest + strcspn(rest, "/?#");
  const char *path_end = auth_end + strcspn(auth_end, "?#");
  const char *query_end = path_end + strcspn(path_end, "#");
  const char *bad = NULL;
  /* authority: [userinfo@]host[:port] */
  const char *at = memchr(rest, '@', (size_t)(auth_end - rest));
  const char *host = at ? at + 1 : rest;
  if (at)
    bad = iri_scan(rest, at, ":", FALSE);
  const char *host_end = auth_end;
  if (!bad && *host == '[') {
    const char *close = memchr(host, ']', (size_t)(auth_end - host));
    g_autofree char *literal = close ? g_strndup(host + 1, (size_t)(close - host - 1)) : NULL;
    if (!close || !strchr(literal, ':') || !g_hostname_is_ip_address(literal))
      bad = host;
    else
      host_end = close + 1;
  } else if (!bad) {
    const char *colon = memchr(host, ':', (size_t)(auth_end - host));
    host_end = colon ? colon : auth_end;
    bad = iri_scan(host, host_end, NULL, FALSE);
  }
  if (!bad && host_end == host) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "no host");
    return FALSE;
  }
  if (!bad && host_end < auth_end) {
    if (*host_end != ':')
      bad = host_end;
    for (const char *p = host_end + 1; !bad && p < auth_end; p++)
      if (!g_ascii_isdigit(*p))
        bad = p;
  }
  if (!bad)
    bad = iri_scan(auth_end, path_end, ":@/", FALSE);
  if (!bad && path_end < query_end)
    bad = iri_scan(path_end + 1, query_end, ":@/?", TRUE);
  if (!bad && query_end < end)
    bad = iri_scan(query_end + 1, end, ":@/?", FALSE);
  if (bad) {
    gunichar c = g_utf8_get_char(bad);
    unsigned pos = (unsigned)g_utf8_pointer_to_offset(url, bad);
    if (c > 0x20 && c != 0x7F)
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                  "character %u ('%.*s') is not allowed there in an IRI", pos,
                  (int)(g_utf8_next_char(bad) - bad), bad);
    else
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                  "character %u (U+%04X) is not allowed in an IRI", pos, (unsigned)c);
    return FALSE;
  }
  return TRUE;
}

gboolean
dg_article_set_url(DgArticle *article, const char *url, GError **error)
{
  g_return_val_if_fail(article != NULL && url != NULL, FALSE);
  if (!check_url(url, error))
    return FALSE;
  g_free(article->url);
  article->url = g_strdup(url);
  return TRUE;
}

const char *
dg_article_get_url(const DgArticle *article)
{
  return article->url;
}

gboolean
dg_article_set_date(DgArticle *article, const char *date, GError **error)
{
  g_return_val_if_fail(article != NULL && date != NULL, FALSE);
  gboolean shape = strlen(date) >= 10 && (date[10] == '\0' || date[10] == 'T' || date[10] == ' ') &&
                   date[4] == '-' && date[7] == '-';
  for (int i = 0; shape && i < 10; i++)
    shape = i == 4 || i == 7 || g_ascii_isdigit(date[i]);
  int y = shape ? atoi(date) : 0, m = shape ? atoi(date + 5) : 0, d = shape ? atoi(date + 8) : 0;
  if (!shape || y < 1 || m < 1 || m > 12 || d < 1 ||
      !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "not a calendar date written YYYY-MM-DD");
    return FALSE;
  }
  memcpy(article->date, date, 10);
  article->date[10] = '\0';
  return TRUE;
}

const char *
dg_article_get_date(const DgArticle *article)
{
  return article->date[0] ? article->date : NULL;
}

gboolean
dg_article_set_language(DgArticle *article, const char *language)
{
  g_return_val_if_fail(article != NULL && language != NULL, FALSE);
  static const char *const known[] = {"en", "fr"};
  for (guint i = 0; i < G_N_ELEMENTS(known); i++) {
    if (g_ascii_strncasecmp(language, known[i], 2) == 0 &&
        (language[2] == '\0' || language[2] == '-' || language[2] == '_')) {
      article->language = known[i];
      return TRUE;
    }
  }
  return FALSE;
}

const char *
dg_article_get_language(const DgArticle *article)
{
  return article->language;
}

void
dg_article_set_title(DgArticle *article, const char *title)
{
  g_return_if_fail(article != NULL);
  g_free(article->title);
  article->title = g_strdup(title);
}

const char *
dg_article_get_title(const DgArticle *article)
{
  return article->title;
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
is_input_name(const char *path)
{
  static const char *const suffixes[] = {".txt", ".text", ".jsonl", ".ndjson"};
  g_autofree char *name = g_strdup(path);
  if (g_str_has_suffix(name, ".gz"))
    name[strlen(name) - 3] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS(suffixes); i++)
    if (g_str_has_suffix(name, suffixes[i]))
      return TRUE;
  return FALSE;
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
    } else if (is_input_name(path)) {
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
