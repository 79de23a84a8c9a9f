/* SPDX-License-Identifier: ISC */
/* Stage 1 (read): articles from bytes and files, and the input list. */
#include "diplograph/article.h"
#include "diplograph/status.h"

#include "unit-util.h"

#include <string.h>

static void
test_article_valid(void)
{
  static const char data[] = "Hanoï (VNA) – Le Vietnam a organisé une réunion.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a =
    dg_article_new_from_data("000_abc", "mem.txt", data, sizeof data - 1, &error);
  g_assert_no_error(error);
  g_assert_nonnull(a);
  g_assert_cmpstr(dg_article_get_id(a), ==, "000_abc");
  g_assert_cmpstr(dg_article_get_display(a), ==, "mem.txt");
  g_assert_cmpstr(dg_article_get_text(a), ==, data);
  g_assert_cmpuint(dg_article_get_length(a), ==, sizeof data - 1);
  g_assert_cmpuint(dg_article_get_bom_length(a), ==, 0);
}

static void
test_article_bom(void)
{
  static const char data[] = "\xEF\xBB\xBFNew York, MINA";
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_data("x", "x", data, sizeof data - 1, &error);
  g_assert_no_error(error);
  g_assert_nonnull(a);
  g_assert_cmpstr(dg_article_get_text(a), ==, "New York, MINA");
  g_assert_cmpuint(dg_article_get_length(a), ==, strlen("New York, MINA"));
  g_assert_cmpuint(dg_article_get_bom_length(a), ==, 3);
}

static void
test_article_crlf(void)
{
  static const char data[] = "line one\r\nline two\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_data("x", "x", data, sizeof data - 1, &error);
  g_assert_no_error(error);
  g_assert_nonnull(a);
  g_assert_cmpstr(dg_article_get_text(a), ==, data);
  g_assert_cmpuint(dg_article_get_length(a), ==, sizeof data - 1);
}

static void
test_article_empty(void)
{
  static const struct {
    const char *name;
    const char *data;
    gsize len;
  } cases[] = {
    {"empty.txt", "", 0},
    {"blank.txt", " \n\t\r\n  ", 7},
    {"bom-only.txt", "\xEF\xBB\xBF", 3},
    {"bom-blank.txt", "\xEF\xBB\xBF\n\n", 5},
  };
  g_autofree char *dir = unit_tmp_dir();
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %s", cases[i].name);
    g_autofree char *path = unit_write_file(dir, cases[i].name, cases[i].data, cases[i].len);
    g_autoptr(GError) error = NULL;
    g_autoptr(DgArticle) a = dg_article_new_from_file(path, &error);
    g_assert_null(a);
    g_assert_error(error, DG_ERROR, DG_ERR_EMPTY);
    unit_assert_has(error->message, path);
  }
  unit_rm_rf(dir);
}

static void
test_article_encoding(void)
{
  static const struct {
    const char *what;
    const char *data;
    gsize len;
    const char *expect; /* in the message */
  } cases[] = {
    {"truncated sequence", "ab\xE2\x82", 4, "byte 2"},
    {"truncated mid-text", "abc\xC3 def", 8, "byte 3"},
    {"overlong slash", "x\xC0\xAFy", 4, "byte 1"},
    {"surrogate", "abc\xED\xA0\x80z", 7, "byte 3"},
    {"lone continuation", "\x80", 1, "byte 0"},
    {"latin-1 e-acute", "caf\xE9", 4, "byte 3"},
    {"BOM then overlong", "\xEF\xBB\xBF" "ab\xC0\xAF", 7, "byte 5"},
    {"BOM then surrogate", "\xEF\xBB\xBF\xED\xA0\x80", 6, "byte 3"},
    {"NUL byte", "ab\0cd", 5, "byte 2"},
    {"BOM then NUL", "\xEF\xBB\xBF" "ab\0cd", 8, "byte 5"},
    {"UTF-16LE", "\xFF\xFEh\0i\0", 6, "UTF-16"},
    {"UTF-16BE", "\xFE\xFF\0h\0i", 6, "UTF-16"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %s", cases[i].what);
    g_autoptr(GError) error = NULL;
    g_autoptr(DgArticle) a =
      dg_article_new_from_data("x", "in.txt", cases[i].data, cases[i].len, &error);
    g_assert_null(a);
    g_assert_error(error, DG_ERROR, DG_ERR_ENCODING);
    unit_assert_has(error->message, "in.txt");
    unit_assert_has(error->message, cases[i].expect);
  }
}

/* The offset is the same whether the bytes come from a file or from memory. */
static void
test_article_encoding_file(void)
{
  static const char data[] = "\xEF\xBB\xBF" "Le Vietnam\n\xC0\xAF";
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *path = unit_write_file(dir, "bad.txt", data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_file(path, &error);
  g_assert_null(a);
  g_assert_error(error, DG_ERROR, DG_ERR_ENCODING);
  unit_assert_has(error->message, path);
  unit_assert_has(error->message, "byte 14");
  unit_rm_rf(dir);
}

static void
test_article_missing(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "no-such-article.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_file(path, &error);
  g_assert_null(a);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, path);
  unit_rm_rf(dir);
}

static void
test_article_directory(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_file(dir, &error);
  g_assert_null(a);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, dir);
  unit_rm_rf(dir);
}

static void
test_article_from_file(void)
{
  static const char data[] = "\xEF\xBB\xBFLe Vietnam\r\n";
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *path = unit_write_file(dir, "000_abc.txt", data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DgArticle) a = dg_article_new_from_file(path, &error);
  g_assert_no_error(error);
  g_assert_nonnull(a);
  g_assert_cmpstr(dg_article_get_id(a), ==, "000_abc");
  g_assert_cmpstr(dg_article_get_display(a), ==, path);
  g_assert_cmpstr(dg_article_get_text(a), ==, "Le Vietnam\r\n");
  g_assert_cmpuint(dg_article_get_length(a), ==, 12);
  g_assert_cmpuint(dg_article_get_bom_length(a), ==, 3);
  unit_rm_rf(dir);
}

static void
test_article_id_from_path(void)
{
  static const struct {
    const char *path;
    const char *id;
  } cases[] = {
    {"dir/000_abc.txt", "000_abc"},
    {"000_abc.txt", "000_abc"},
    {"/abs/path/002_a1a1.txt", "002_a1a1"},
    {"archive.tar.gz", "archive.tar"},
    {"no-extension", "no-extension"},
    {"dir.d/file", "file"},
    {".hidden", ".hidden"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *id = dg_article_id_from_path(cases[i].path);
    g_assert_cmpstr(id, ==, cases[i].id);
  }
}

static void
test_inputs_expand(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "sub", NULL);
  g_autofree char *empty = g_build_filename(dir, "empty", NULL);
  g_autofree char *hidden_dir = g_build_filename(dir, ".git", NULL);
  g_assert_cmpint(g_mkdir(sub, 0755), ==, 0);
  g_assert_cmpint(g_mkdir(empty, 0755), ==, 0);
  g_assert_cmpint(g_mkdir(hidden_dir, 0755), ==, 0);
  static const char *const names[] = {
    "b.txt", "a.txt", ".hidden.txt", "sub/c.txt", "sub/.swp", ".git/x.txt",
  };
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    g_free(unit_write_file(dir, names[i], "x", 1));
  g_autofree char *lone = unit_write_file(dir, "sub/d.txt", "x", 1);

  const char *const paths[] = {dir, "-", lone, NULL};
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = dg_inputs_expand(paths, &error);
  g_assert_no_error(error);
  g_assert_nonnull(list);
  const char *const expect[] = {"a.txt", "b.txt", "sub/c.txt", "sub/d.txt"};
  g_assert_cmpuint(list->len, ==, G_N_ELEMENTS(expect) + 2);
  for (guint i = 0; i < G_N_ELEMENTS(expect); i++) {
    g_autofree char *want = g_build_filename(dir, expect[i], NULL);
    g_assert_cmpstr(list->pdata[i], ==, want);
  }
  g_assert_cmpstr(list->pdata[4], ==, "-");
  g_assert_cmpstr(list->pdata[5], ==, lone);
  unit_rm_rf(dir);
}

static void
test_inputs_expand_missing(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *missing = g_build_filename(dir, "no-such-input", NULL);
  const char *const paths[] = {missing, NULL};
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = dg_inputs_expand(paths, &error);
  unit_rm_rf(dir);
  /* article.h: a missing path is kept, and reading it names it */
  g_assert_no_error(error);
  g_assert_nonnull(list);
  g_assert_cmpuint(list->len, ==, 1);
  g_assert_cmpstr(list->pdata[0], ==, missing);
  g_autoptr(DgArticle) article = dg_article_new_from_file(missing, &error);
  g_assert_null(article);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, missing);
}

/* Metadata a corpus gives: kept when it passes its check, else refused
 * with DG_ERR_FORMAT and the article left as it was. The URL cases are those
 * on which Oxigraph's strict IRI parser was seen to accept or refuse. */
static void
test_article_metadata(void)
{
  static const struct {
    const char *url;
    gboolean ok;
  } urls[] = {
    {"https://example.org/news/a1", TRUE},
    {"http://example.org/a?x=1&y=%C3%A9#top", TRUE},
    {"https://fr.example.org/actualités/été", TRUE},
    {"http://[::1]:8080/x", TRUE},
    {"HTTP://EXAMPLE.ORG/", TRUE},
    {"http://u:p@example.org/", TRUE},
    {"ftp://example.org/", FALSE},
    {"javascript:alert(1)", FALSE},
    {"example.org/a", FALSE},
    {"http://", FALSE},
    {"http://example.org/a b", FALSE},
    {"http://example.org/<x>", FALSE},
    {"http://example.org/a#b#c", FALSE},
    {"http://example.org/a?q=[1]", FALSE},
    {"http://example.org/%zz", FALSE},
    {"http://example.org/%", FALSE},
    {"http://host:port/", FALSE},
    {"http://[::1/x", FALSE},
    {"http://example.org/\xEE\x80\x80", FALSE}, /* private use, in a path */
    {"http://example.org/a\x7F", FALSE},
  };
  g_autoptr(DgArticle) a = dg_article_new_from_data("m", "m", "Text.", 5, NULL);
  g_assert_nonnull(a);
  for (guint i = 0; i < G_N_ELEMENTS(urls); i++) {
    g_autoptr(GError) error = NULL;
    g_test_message("url %s", urls[i].url);
    gboolean ok = dg_article_set_url(a, urls[i].url, &error);
    g_assert_cmpint(ok, ==, urls[i].ok);
    if (ok) {
      g_assert_no_error(error);
      g_assert_cmpstr(dg_article_get_url(a), ==, urls[i].url);
    } else {
      g_assert_error(error, DG_ERROR, DG_ERR_FORMAT);
    }
  }
  g_assert_cmpstr(dg_article_get_url(a), ==, "http://u:p@example.org/"); /* the last good one */

  static const struct {
    const char *date;
    const char *kept; /* NULL: refused */
  } dates[] = {
    {"2020-08-28", "2020-08-28"},
    {"2020-02-29", "2020-02-29"},
    {"2021-03-04T10:15:00Z", "2021-03-04"},
    {"2021-03-04 10:15", "2021-03-04"},
    {"2021-02-29", NULL},
    {"2020-13-01", NULL},
    {"2020-8-28", NULL},
    {"28/08/2020", NULL},
    {"2020-08-28junk", NULL},
    {"0000-01-01", NULL},
    {"", NULL},
  };
  for (guint i = 0; i < G_N_ELEMENTS(dates); i++) {
    g_autoptr(DgArticle) b = dg_article_new_from_data("d", "d", "Text.", 5, NULL);
    g_autoptr(GError) error = NULL;
    gboolean ok = dg_article_set_date(b, dates[i].date, &error);
    g_assert_cmpint(ok, ==, dates[i].kept != NULL);
    g_assert_cmpstr(dg_article_get_date(b), ==, dates[i].kept);
    if (!ok)
      g_assert_error(error, DG_ERROR, DG_ERR_FORMAT);
  }

  static const struct {
    const char *tag;
    const char *kept;
  } langs[] = {
    {"en", "en"}, {"FR", "fr"}, {"en-GB", "en"}, {"fr_CA", "fr"},
    {"de", NULL}, {"eng", NULL}, {"", NULL}, {"f", NULL},
  };
  for (guint i = 0; i < G_N_ELEMENTS(langs); i++) {
    g_autoptr(DgArticle) b = dg_article_new_from_data("l", "l", "Text.", 5, NULL);
    g_assert_cmpint(dg_article_set_language(b, langs[i].tag), ==, langs[i].kept != NULL);
    g_assert_cmpstr(dg_article_get_language(b), ==, langs[i].kept);
  }

  g_assert_null(dg_article_get_title(a));
  dg_article_set_title(a, "A title");
  g_assert_cmpstr(dg_article_get_title(a), ==, "A title");
  g_assert_cmpstr(dg_article_get_text(a), ==, "Text."); /* the text is the reader's to build */
}

static void
test_article_free_null(void)
{
  dg_article_free(NULL);
  g_autoptr(DgArticle) a = NULL; /* the autoptr cleanup accepts NULL too */
  g_assert_null(a);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/article/valid", test_article_valid);
  g_test_add_func("/article/bom", test_article_bom);
  g_test_add_func("/article/crlf", test_article_crlf);
  g_test_add_func("/article/empty", test_article_empty);
  g_test_add_func("/article/encoding", test_article_encoding);
  g_test_add_func("/article/metadata", test_article_metadata);
  g_test_add_func("/article/encoding-file", test_article_encoding_file);
  g_test_add_func("/article/missing", test_article_missing);
  g_test_add_func("/article/directory", test_article_directory);
  g_test_add_func("/article/from-file", test_article_from_file);
  g_test_add_func("/article/id-from-path", test_article_id_from_path);
  g_test_add_func("/article/inputs-expand", test_inputs_expand);
  g_test_add_func("/article/inputs-expand-missing", test_inputs_expand_missing);
  g_test_add_func("/article/free-null", test_article_free_null);
  return g_test_run();
}
