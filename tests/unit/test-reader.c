/* SPDX-License-Identifier: ISC */
/* Stage 1, reader.h: corpora in JSON Lines, gzip and plain files, and
 * standard input, read one article at a time. */
#include "diplograph/reader.h"
#include "diplograph/status.h"

#include "unit-util.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

/* Writes @data gzip-compressed to @dir/@name; returns the path. */
static char *
write_gzip(const char *dir, const char *name, const char *data, gsize len)
{
  char *path = g_build_filename(dir, name, NULL);
  gzFile gz = gzopen(path, "wb");
  g_assert_nonnull(gz);
  g_assert_cmpint(gzwrite(gz, data, (unsigned)len), ==, (int)len);
  g_assert_cmpint(gzclose(gz), ==, Z_OK);
  return path;
}

/* Collects warnings. */
static void
on_warning(const char *message, gpointer data)
{
  g_ptr_array_add(data, g_strdup(message));
}

/* Reads every input: articles in @articles, error messages in @errors. */
static void
read_all(const char *const *inputs, GPtrArray *articles, GPtrArray *errors, GPtrArray *warnings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgReader) reader = dg_reader_new(inputs, &error);
  g_assert_no_error(error);
  g_assert_nonnull(reader);
  if (warnings)
    dg_reader_set_warning_func(reader, on_warning, warnings);
  for (guint guard = 0; guard < 100000; guard++) {
    g_autoptr(GError) local = NULL;
    DgArticle *article = dg_reader_next(reader, &local);
    if (!article && !local)
      return;
    if (article) {
      g_assert_no_error(local);
      g_ptr_array_add(articles, article);
    } else {
      g_assert_true(local->domain == DG_ERROR);
      g_ptr_array_add(errors, g_strdup(local->message));
    }
  }
  g_assert_not_reached();
}

static const char corpus[] =
  "{\"id\": \"a1\", \"url\": \"https://example.org/news/a1?x=1#top\", \"date\": \"2020-08-28\", "
  "\"language\": \"fr-FR\", \"title\": \"Le titre\", \"text\": \"Le texte.\\nSuite.\"}\n"
  "\n"
  "   \r\n"
  "{\"id\": 42, \"text\": \"Numbered.\"}\r\n"
  "{\"text\": \"No identifier.\", \"language\": \"de\"}\n"
  "{\"id\": \"a b/é\", \"text\": \"Unsafe identifier.\", \"date\": \"2021-03-04T10:15:00Z\"}";

/* the articles of @corpus, as any reader of it must give them */
static void
check_corpus(GPtrArray *articles, GPtrArray *errors, const char *stem)
{
  g_assert_cmpuint(errors->len, ==, 0);
  g_assert_cmpuint(articles->len, ==, 4);
  DgArticle *a = articles->pdata[0];
  g_assert_cmpstr(dg_article_get_id(a), ==, "a1");
  g_assert_cmpstr(dg_article_get_text(a), ==, "Le titre\n\nLe texte.\nSuite.");
  g_assert_cmpstr(dg_article_get_title(a), ==, "Le titre");
  g_assert_cmpstr(dg_article_get_url(a), ==, "https://example.org/news/a1?x=1#top");
  g_assert_cmpstr(dg_article_get_date(a), ==, "2020-08-28");
  g_assert_cmpstr(dg_article_get_language(a), ==, "fr");
  a = articles->pdata[1];
  g_assert_cmpstr(dg_article_get_id(a), ==, "42");
  g_assert_cmpstr(dg_article_get_text(a), ==, "Numbered.");
  g_assert_null(dg_article_get_title(a));
  g_assert_null(dg_article_get_url(a));
  g_assert_null(dg_article_get_date(a));
  g_assert_null(dg_article_get_language(a));
  a = articles->pdata[2];
  g_autofree char *id = g_strdup_printf("%s-5", stem);
  g_assert_cmpstr(dg_article_get_id(a), ==, id);
  g_assert_null(dg_article_get_language(a)); /* "de": detected from the text */
  a = articles->pdata[3];
  g_assert_cmpstr(dg_article_get_id(a), ==, "a b/é"); /* the IRI code percent-encodes it */
  g_assert_cmpstr(dg_article_get_date(a), ==, "2021-03-04");
}

static void
test_jsonl_plain(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *path = unit_write_file(dir, "corpus.jsonl", corpus, sizeof corpus - 1);
  const char *const inputs[] = {path, NULL};
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, NULL);
  check_corpus(articles, errors, "corpus");
  g_autofree char *where = g_strdup_printf("%s:1", path);
  g_assert_cmpstr(dg_article_get_display(articles->pdata[0]), ==, where);

  g_autoptr(GError) error = NULL;
  g_autoptr(DgReader) reader = dg_reader_new(inputs, &error);
  g_assert_cmpuint(dg_reader_get_n_inputs(reader), ==, 0); /* not known before reading */
  unit_rm_rf(dir);
}

static void
test_jsonl_gzip(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_free(write_gzip(dir, "corpus.jsonl.gz", corpus, sizeof corpus - 1));
  g_free(write_gzip(dir, "other.ndjson", corpus, sizeof corpus - 1));
  const char *const inputs[] = {dir, NULL}; /* found in the directory */
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, NULL);
  g_assert_cmpuint(articles->len, ==, 8);
  /* a gzip file named *.ndjson is read all the same: told by its first bytes */
  g_ptr_array_remove_range(articles, 4, 4);
  check_corpus(articles, errors, "corpus");
  unit_rm_rf(dir);
}

/* Identifiers made for lines without "id": FILE less its format's
 * extensions, '-', the line number. */
static void
test_jsonl_default_ids(void)
{
  static const char data[] = "\n{\"text\": \"No identifier.\"}\n";
  static const struct {
    const char *name;
    const char *id;
  } cases[] = {
    {"crawl.2024-05-01.jsonl.gz", "crawl.2024-05-01-2"},
    {"feed.ndjson", "feed-2"},
    {".hidden.jsonl", ".hidden-2"},
  };
  g_autofree char *dir = unit_tmp_dir();
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *path = g_str_has_suffix(cases[i].name, ".gz")
                              ? write_gzip(dir, cases[i].name, data, sizeof data - 1)
                              : unit_write_file(dir, cases[i].name, data, sizeof data - 1);
    const char *const inputs[] = {path, NULL};
    g_autoptr(GPtrArray) articles =
      g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    read_all(inputs, articles, errors, NULL);
    g_assert_cmpuint(errors->len, ==, 0);
    g_assert_cmpuint(articles->len, ==, 1);
    g_assert_cmpstr(dg_article_get_id(articles->pdata[0]), ==, cases[i].id);
  }
  unit_rm_rf(dir);
}

/* Lines of any length, in plain and gzip-compressed files. */
static void
test_jsonl_long_line(void)
{
  gsize n = (1u << 20) + 12345;
  g_autoptr(GString) line = g_string_new("{\"id\": \"long\", \"text\": \"");
  for (gsize i = 0; i < n; i++)
    g_string_append_c(line, (char)('a' + i % 26));
  g_string_append(line, "\"}\n{\"id\": \"after\", \"text\": \"short\"}\n");
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *plain = unit_write_file(dir, "a.jsonl", line->str, line->len);
  g_autofree char *gz = write_gzip(dir, "b.jsonl.gz", line->str, line->len);
  const char *const inputs[] = {plain, gz, NULL};
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, NULL);
  g_assert_cmpuint(errors->len, ==, 0);
  g_assert_cmpuint(articles->len, ==, 4);
  for (guint k = 0; k < 4; k += 2) {
    g_assert_cmpuint(dg_article_get_length(articles->pdata[k]), ==, n);
    g_assert_cmpint(dg_article_get_text(articles->pdata[k])[n - 1], ==, 'a' + (n - 1) % 26);
    g_assert_cmpstr(dg_article_get_text(articles->pdata[k + 1]), ==, "short");
  }
  unit_rm_rf(dir);
}

/* Each bad line is rejected alone, named FILE:LINE; the next line is read. */
static void
test_jsonl_bad_lines(void)
{
  static const struct {
    const char *line;
    const char *error; /* after "FILE:LINE: " */
  } cases[] = {
    {"{\"text\": \"unfinished", "not JSON"},
    {"[1, 2]", "not a JSON object"},
    {"\"text\"", "not a JSON object"},
    {"{\"id\": \"x\"}", "no \"text\""},
    {"{\"text\": null}", "no \"text\""},
    {"{\"text\": 12}", "\"text\" is not a string"},
    {"{\"text\": \"  \\n \"}", "no text"},
    {"{\"text\": \"caf\xE9\"}", "byte 13 of the line: invalid UTF-8 (byte 0xE9)"},
    {"{\"text\": \"a\\u0000b\"}", "byte 11 of the line: \\u0000"},
    {"{\"text\": \"ab\\ud800c\"}", "\"text\", byte 2: not text"},
    {"{\"text\": \"x\", \"id\": [1]}", "\"id\" is not a string or an integer"},
    {"{\"text\": \"x\", \"id\": \"\"}", "\"id\" is empty"},
    {"{\"text\": \"a}\\\"{\"} {\"text\": \"b\"}", "byte 18 of the line: a second JSON value"},
    {"{\"text\": \"a\"}{}", "byte 13 of the line: a second JSON value"},
  };
  g_autofree char *dir = unit_tmp_dir();
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *data =
      g_strdup_printf("{\"id\": \"before\", \"text\": \"one\"}\n%s\n{\"id\": \"after\", \"text\": \"two\"}\n",
                      cases[i].line);
    g_autofree char *name = g_strdup_printf("bad%u.jsonl", i);
    g_autofree char *path = unit_write_file(dir, name, data, strlen(data));
    const char *const inputs[] = {path, NULL};
    g_autoptr(GPtrArray) articles =
      g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    read_all(inputs, articles, errors, NULL);
    g_autofree char *shown = g_strescape(cases[i].line, NULL);
    g_test_message("case %u: %s", i, shown);
    g_assert_cmpuint(errors->len, ==, 1);
    g_autofree char *where = g_strdup_printf("%s:2: ", path);
    g_assert_true(g_str_has_prefix(errors->pdata[0], where));
    unit_assert_has(errors->pdata[0], cases[i].error);
    g_assert_cmpuint(articles->len, ==, 2);
    g_assert_cmpstr(dg_article_get_id(articles->pdata[1]), ==, "after");
  }
  unit_rm_rf(dir);
}

/* Metadata that fails its check is dropped with a warning; the article stays. */
static void
test_jsonl_bad_metadata(void)
{
  static const char data[] =
    "{\"id\": \"m\", \"text\": \"Text.\", \"url\": \"http://example.org/a b\", "
    "\"date\": \"2020-02-30\", \"title\": 7}\n"
    "{\"id\": \"n\", \"text\": \"Text.\", \"url\": \"javascript:alert(1)\", \"date\": 20200101}\n";
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *path = unit_write_file(dir, "m.jsonl", data, sizeof data - 1);
  const char *const inputs[] = {path, NULL};
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, warnings);
  g_assert_cmpuint(errors->len, ==, 0);
  g_assert_cmpuint(articles->len, ==, 2);
  for (guint i = 0; i < 2; i++) {
    g_assert_null(dg_article_get_url(articles->pdata[i]));
    g_assert_null(dg_article_get_date(articles->pdata[i]));
    g_assert_cmpstr(dg_article_get_text(articles->pdata[i]), ==, "Text.");
  }
  g_assert_cmpuint(warnings->len, ==, 5);
  unit_assert_has(warnings->pdata[0], ":1: \"title\" is not a string");
  unit_assert_has(warnings->pdata[1], ":1: \"url\" dropped: character 20 (U+0020)");
  unit_assert_has(warnings->pdata[2], ":1: \"date\" dropped");
  unit_assert_has(warnings->pdata[3], ":2: \"url\" dropped: not an http");
  unit_assert_has(warnings->pdata[4], ":2: \"date\" is not a string");
  unit_rm_rf(dir);
}

static const char article_text[] = "\xEF\xBB\xBFGeneva, 3 March 2021 - The Council met.\n";

static void
test_text_gzip(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *gz = write_gzip(dir, "x.txt.gz", article_text, sizeof article_text - 1);
  g_autofree char *plain = unit_write_file(dir, "y.txt", article_text, sizeof article_text - 1);
  const char *const inputs[] = {gz, plain, NULL};
  g_autoptr(GError) error = NULL;
  g_autoptr(DgReader) reader = dg_reader_new(inputs, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(dg_reader_get_n_inputs(reader), ==, 2);
  g_autoptr(DgArticle) a = dg_reader_next(reader, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(dg_article_get_id(a), ==, "x");
  g_assert_cmpstr(dg_article_get_display(a), ==, gz);
  g_assert_cmpstr(dg_article_get_text(a), ==, article_text + 3);
  g_assert_cmpuint(dg_article_get_bom_length(a), ==, 3);
  g_autoptr(DgArticle) b = dg_reader_next(reader, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(dg_article_get_id(b), ==, "y");
  g_assert_cmpstr(dg_article_get_text(b), ==, dg_article_get_text(a));
  g_assert_null(dg_reader_next(reader, &error));
  g_assert_no_error(error);
  unit_rm_rf(dir);
}

/* Truncated and corrupt gzip data: a clear error, the lines before it read. */
static void
test_gzip_corrupt(void)
{
  g_autoptr(GString) lines = g_string_new(NULL);
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf(lines, "{\"id\": \"n%u\", \"text\": \"Article %u, %u words of text.\"}\n",
                           i, i * 7919 % 10007, i * 104729 % 1299709);
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *whole = write_gzip(dir, "whole.gz", lines->str, lines->len);
  g_autofree char *gz = NULL;
  gsize size = 0;
  g_assert_true(g_file_get_contents(whole, &gz, &size, NULL));
  g_autofree char *trunc = unit_write_file(dir, "trunc.jsonl.gz", gz, size / 2);
  g_autofree char *trunc_text = unit_write_file(dir, "t.txt.gz", gz, size - 5);
  g_autofree char *flipped = g_memdup2(gz, size);
  flipped[size / 2] ^= 0x55;
  flipped[size / 2 + 1] ^= 0x55;
  g_autofree char *corrupt = unit_write_file(dir, "c.txt.gz", flipped, size);
  g_autofree char *notgz = unit_write_file(dir, "n.txt.gz", "plain", 5);
  g_autofree char *empty = unit_write_file(dir, "e.jsonl.gz", "", 0);
  const char *const inputs[] = {trunc, trunc_text, corrupt, notgz, empty, NULL};
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, NULL);
  g_assert_cmpuint(articles->len, >, 100);
  g_assert_cmpuint(articles->len, <, 4000);
  for (guint i = 0; i < articles->len; i++) {
    g_autofree char *id = g_strdup_printf("n%u", i);
    g_assert_cmpstr(dg_article_get_id(articles->pdata[i]), ==, id);
  }
  g_assert_cmpuint(errors->len, ==, 5);
  g_autofree char *e0 = g_strdup_printf("%s: truncated gzip data: the file ends at byte %" G_GSIZE_FORMAT, trunc, size / 2);
  unit_assert_has(errors->pdata[0], e0);
  g_autofree char *e1 = g_strdup_printf("%s: truncated gzip data", trunc_text);
  unit_assert_has(errors->pdata[1], e1);
  g_autofree char *e2 = g_strdup_printf("%s: corrupt gzip data at byte ", corrupt);
  unit_assert_has(errors->pdata[2], e2);
  g_autofree char *e3 = g_strdup_printf("%s: not gzip data", notgz);
  unit_assert_has(errors->pdata[3], e3);
  g_autofree char *e4 = g_strdup_printf("%s: not gzip data", empty);
  unit_assert_has(errors->pdata[4], e4);
  unit_rm_rf(dir);
}

/* Standard input: gzip told by its first bytes, JSON Lines by its first '{'. */
static void
test_stdin(void)
{
  static const char jsonl[] = "\n  {\"text\": \"From standard input.\"}\n\n{\"text\": \"Again.\"}";
  g_autofree char *dir = unit_tmp_dir();
  struct {
    char *path;
    guint n;
    const char *id;
  } cases[] = {
    {unit_write_file(dir, "plain", article_text, sizeof article_text - 1), 1, "stdin"},
    {write_gzip(dir, "gzip", article_text, sizeof article_text - 1), 1, "stdin"},
    {unit_write_file(dir, "lines", jsonl, sizeof jsonl - 1), 2, "stdin-2"},
    {write_gzip(dir, "gzip-lines", jsonl, sizeof jsonl - 1), 2, "stdin-2"},
  };
  int saved = dup(STDIN_FILENO);
  g_assert_cmpint(saved, >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    int fd = open(cases[i].path, O_RDONLY);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(dup2(fd, STDIN_FILENO), ==, STDIN_FILENO);
    close(fd);
    const char *const inputs[] = {"-", NULL};
    g_autoptr(GPtrArray) articles =
      g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    read_all(inputs, articles, errors, NULL);
    g_assert_cmpuint(errors->len, ==, 0);
    g_assert_cmpuint(articles->len, ==, cases[i].n);
    g_assert_cmpstr(dg_article_get_id(articles->pdata[0]), ==, cases[i].id);
    if (cases[i].n == 1)
      g_assert_cmpstr(dg_article_get_text(articles->pdata[0]), ==, article_text + 3);
    else
      g_assert_cmpstr(dg_article_get_display(articles->pdata[1]), ==, "<stdin>:4");
    g_free(cases[i].path);
  }
  g_assert_cmpint(dup2(saved, STDIN_FILENO), ==, STDIN_FILENO);
  close(saved);
  unit_rm_rf(dir);
}

/* A path that cannot be read is one error; the inputs after it are read. */
static void
test_missing_input(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *missing = g_build_filename(dir, "gone.jsonl", NULL);
  g_autofree char *missing_gz = g_build_filename(dir, "gone.txt.gz", NULL);
  g_autofree char *ok = unit_write_file(dir, "ok.txt", "Some text.", 10);
  const char *const inputs[] = {missing, missing_gz, ok, NULL};
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func((GDestroyNotify)dg_article_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
  read_all(inputs, articles, errors, NULL);
  g_assert_cmpuint(errors->len, ==, 2);
  unit_assert_has(errors->pdata[0], "gone.jsonl: No such file");
  unit_assert_has(errors->pdata[1], "gone.txt.gz: No such file");
  g_assert_cmpuint(articles->len, ==, 1);
  unit_rm_rf(dir);
}

static void
test_reader_free_null(void)
{
  dg_reader_free(NULL);
  g_autoptr(DgReader) r = NULL;
  g_assert_null(r);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/reader/jsonl/plain", test_jsonl_plain);
  g_test_add_func("/reader/jsonl/gzip", test_jsonl_gzip);
  g_test_add_func("/reader/jsonl/default-ids", test_jsonl_default_ids);
  g_test_add_func("/reader/jsonl/long-line", test_jsonl_long_line);
  g_test_add_func("/reader/jsonl/bad-lines", test_jsonl_bad_lines);
  g_test_add_func("/reader/jsonl/bad-metadata", test_jsonl_bad_metadata);
  g_test_add_func("/reader/text/gzip", test_text_gzip);
  g_test_add_func("/reader/gzip/corrupt", test_gzip_corrupt);
  g_test_add_func("/reader/stdin", test_stdin);
  g_test_add_func("/reader/missing", test_missing_input);
  g_test_add_func("/reader/free-null", test_reader_free_null);
  return g_test_run();
}
