/* SPDX-License-Identifier: ISC */
/* Stage 5 and 6: terms, canonical N-Triples, the output folder, and a golden
 * graph for one small article written through the real pipeline. */
#include "diplograph/graph.h"
#include "diplograph/recognise.h"
#include "diplograph/resolve.h"
#include "diplograph/status.h"
#include "diplograph/writer.h"

#include "unit-util.h"

#include <string.h>
#include <unistd.h>

#define EX "http://example.org/"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static DgTerm
iri(const char *v)
{
  return (DgTerm){DG_TERM_IRI, v, NULL, NULL};
}

static DgTerm
literal(const char *v, const char *lang, const char *datatype)
{
  return (DgTerm){DG_TERM_LITERAL, v, lang, datatype};
}

static void
test_term(void)
{
  static const struct {
    DgTermKind kind;
    const char *value;
    const char *lang;
    const char *datatype;
    const char *expect;
  } cases[] = {
    {DG_TERM_IRI, EX "a", NULL, NULL, "<" EX "a>"},
    {DG_TERM_IRI, EX "a b<c>", NULL, NULL, "<" EX "a%20b%3Cc%3E>"},
    {DG_TERM_IRI, EX "{x}|^`\\\"", NULL, NULL, "<" EX "%7Bx%7D%7C%5E%60%5C%22>"},
    {DG_TERM_IRI, EX "tab\there", NULL, NULL, "<" EX "tab%09here>"},
    {DG_TERM_IRI, EX "hano\xC3\xAF", NULL, NULL, "<" EX "hano\xC3\xAF>"}, /* IRIs keep UTF-8 */
    {DG_TERM_IRI, EX "a#char=0,5", NULL, NULL, "<" EX "a#char=0,5>"},
    {DG_TERM_LITERAL, "plain", NULL, NULL, "\"plain\""},
    {DG_TERM_LITERAL, "", NULL, NULL, "\"\""},
    {DG_TERM_LITERAL, "a\tb\nc\rd\"e\\f", NULL, NULL, "\"a\\tb\\nc\\rd\\\"e\\\\f\""},
    {DG_TERM_LITERAL, "\b\f", NULL, NULL, "\"\\b\\f\""},
    {DG_TERM_LITERAL, "x\x01y", NULL, NULL, "\"x\\u0001y\""},
    {DG_TERM_LITERAL, "\x0B\x1F", NULL, NULL, "\"\\u000B\\u001F\""},
    {DG_TERM_LITERAL, "del\x7F", NULL, NULL, "\"del\\u007F\""},
    {DG_TERM_LITERAL, "Indon\xC3\xA9sie \xE2\x80\x93 \xF0\x9F\x98\x80", NULL, NULL,
     "\"Indon\xC3\xA9sie \xE2\x80\x93 \xF0\x9F\x98\x80\""},
    {DG_TERM_LITERAL, "'single'", NULL, NULL, "\"'single'\""},
    {DG_TERM_LITERAL, "Hello", "EN", NULL, "\"Hello\"@en"},
    {DG_TERM_LITERAL, "Hello", "en-GB", NULL, "\"Hello\"@en-gb"},
    {DG_TERM_LITERAL, "Hello", "", NULL, "\"Hello\""},
    {DG_TERM_LITERAL, "s", NULL, XSD "string", "\"s\""},
    {DG_TERM_LITERAL, "2020-08-26", NULL, XSD "date", "\"2020-08-26\"^^<" XSD "date>"},
    {DG_TERM_LITERAL, "x", "fr", XSD "string", "\"x\"@fr"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %u", i);
    DgTerm term = {cases[i].kind, cases[i].value, cases[i].lang, cases[i].datatype};
    g_autoptr(GString) out = g_string_new("prefix:");
    dg_ntriples_append_term(out, &term);
    g_autofree char *want = g_strconcat("prefix:", cases[i].expect, NULL);
    g_assert_cmpstr(out->str, ==, want);
  }
}

static void
test_statement(void)
{
  DgStatement st = {iri(EX "s"), iri(EX "p"), literal("o", "en", NULL), EX "g"};
  g_autoptr(GString) out = g_string_new(NULL);
  dg_ntriples_append_statement(out, &st, FALSE);
  g_assert_cmpstr(out->str, ==, "<" EX "s> <" EX "p> \"o\"@en .\n");
  g_string_truncate(out, 0);
  dg_ntriples_append_statement(out, &st, TRUE);
  g_assert_cmpstr(out->str, ==, "<" EX "s> <" EX "p> \"o\"@en <" EX "g> .\n");
  /* the default graph: an N-Quads line is a triple */
  st.graph = NULL;
  st.object = iri(EX "o");
  g_string_truncate(out, 0);
  dg_ntriples_append_statement(out, &st, TRUE);
  g_assert_cmpstr(out->str, ==, "<" EX "s> <" EX "p> <" EX "o> .\n");
  /* appends */
  dg_ntriples_append_statement(out, &st, FALSE);
  g_assert_cmpstr(out->str, ==, "<" EX "s> <" EX "p> <" EX "o> .\n<" EX "s> <" EX "p> <" EX "o> .\n");
}

static void
test_formats_parse(void)
{
  static const struct {
    const char *list;
    gboolean ok;
    guint formats;
  } cases[] = {
    {"ttl,nt", TRUE, DG_FORMAT_TURTLE | DG_FORMAT_NTRIPLES},
    {"nt", TRUE, DG_FORMAT_NTRIPLES},
    {"nq", TRUE, DG_FORMAT_NQUADS},
    {"turtle,ntriples,nquads", TRUE, DG_FORMAT_TURTLE | DG_FORMAT_NTRIPLES | DG_FORMAT_NQUADS},
    {" nt , ttl ", TRUE, DG_FORMAT_TURTLE | DG_FORMAT_NTRIPLES},
    {"nt,nt", TRUE, DG_FORMAT_NTRIPLES},
    {"xml", FALSE, 0},
    {"nt,xml", FALSE, 0},
    {"NT", FALSE, 0},
    {"", FALSE, 0},
    {"nt,,ttl", FALSE, 0},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case \"%s\"", cases[i].list);
    guint formats = 12345;
    g_autoptr(GError) error = NULL;
    gboolean ok = dg_formats_parse(cases[i].list, &formats, &error);
    g_assert_cmpint(ok, ==, cases[i].ok);
    if (ok) {
      g_assert_no_error(error);
      g_assert_cmpuint(formats, ==, cases[i].formats);
    } else {
      g_assert_error(error, DG_ERROR, DG_ERR_USAGE);
    }
  }
  g_autoptr(GError) error = NULL;
  guint formats;
  g_assert_false(dg_formats_parse("xml", &formats, &error));
  unit_assert_has(error->message, "xml");
}

static void
test_iri_segment(void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    {"a b/c", "a%20b%2Fc"},
    {"un-security-council", "un-security-council"},
    {"A-z_0.9~", "A-z_0.9~"},
    {"000_c383af176bb67265", "000_c383af176bb67265"},
    {"#?%", "%23%3F%25"},
    {"\xC3\xA9", "%C3%A9"},
    {".", "%2E"},
    {"..", "%2E%2E"},
    {"...", "..."},
    {"", ""},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *s = dg_iri_segment(cases[i].in);
    g_assert_cmpstr(s, ==, cases[i].out);
  }
}

static void
test_base_iri_check(void)
{
  static const struct {
    const char *base;
    gboolean ok;
  } cases[] = {
    {DG_DEFAULT_BASE, TRUE},
    {"http://example.org/kg/", TRUE},
    {"http://example.org/kg#", TRUE},
    {"ftp://x/", FALSE},
    {"example.org/", FALSE},
    {"http://x/a b/", FALSE},
    {"http://x/<a>/", FALSE},
    {"http://x/\"/", FALSE},
    {"http://x/{a}/", FALSE},
    {"http://x", FALSE},
    {"http://x/a", FALSE},
    {"", FALSE},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case \"%s\"", cases[i].base);
    g_autoptr(GError) error = NULL;
    gboolean ok = dg_base_iri_check(cases[i].base, &error);
    g_assert_cmpint(ok, ==, cases[i].ok);
    if (ok)
      g_assert_no_error(error);
    else
      g_assert_error(error, DG_ERROR, DG_ERR_USAGE);
  }
}

/* Pushes @n statements (subject, predicate, object IRI or literal) into @sink. */
typedef struct {
  const char *s;
  const char *p;
  const char *o;
  gboolean literal;
  const char *graph;
} Row;

static void
push_rows(const DgSink *sink, const Row *rows, guint n)
{
  for (guint i = 0; i < n; i++) {
    DgStatement st = {
      iri(rows[i].s), iri(rows[i].p),
      rows[i].literal ? literal(rows[i].o, NULL, NULL) : iri(rows[i].o), rows[i].graph,
    };
    g_autoptr(GError) error = NULL;
    g_assert_true(sink->on_statement(sink->handle, &st, &error));
    g_assert_no_error(error);
  }
}

static const Row unsorted_rows[] = {
  {EX "c", EX "p", "third", TRUE, EX "g1"},
  {EX "a", EX "p", EX "b", FALSE, NULL},
  {EX "b", EX "p", "second", TRUE, EX "g1"},
  {EX "a", EX "p", EX "b", FALSE, NULL},  /* the same triple again */
  {EX "a", EX "p", EX "b", FALSE, EX "g2"}, /* the same triple in a graph */
};

static const char sorted_nt[] =
  "<" EX "a> <" EX "p> <" EX "b> .\n"
  "<" EX "b> <" EX "p> \"second\" .\n"
  "<" EX "c> <" EX "p> \"third\" .\n";

static const char sorted_nq[] =
  "<" EX "a> <" EX "p> <" EX "b> .\n"
  "<" EX "a> <" EX "p> <" EX "b> <" EX "g2> .\n"
  "<" EX "b> <" EX "p> \"second\" <" EX "g1> .\n"
  "<" EX "c> <" EX "p> \"third\" <" EX "g1> .\n";

/* Whether a temporary file of ours is left in @dir. */
static gboolean
has_temporary(const char *dir)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  g_assert_nonnull(d);
  const char *name;
  while ((name = g_dir_read_name(d)))
    if (strstr(name, ".tmp."))
      return TRUE;
  return FALSE;
}

static void
test_output_sorted(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  DgOutput *out = dg_output_new(dir, DG_FORMAT_NTRIPLES | DG_FORMAT_NQUADS | DG_FORMAT_TURTLE,
                                &error);
  g_assert_no_error(error);
  g_assert_nonnull(out);
  push_rows(dg_output_sink(out), unsorted_rows, G_N_ELEMENTS(unsorted_rows));
  g_assert_true(dg_output_commit(out, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(dg_output_get_n_triples(out), ==, 3);
  g_assert_cmpuint(dg_output_get_n_quads(out), ==, 4);
  dg_output_free(out);

  g_autofree char *nt_path = g_build_filename(dir, "graph.nt", NULL);
  g_autofree char *nt = unit_read_file(nt_path);
  g_assert_cmpstr(nt, ==, sorted_nt);
  g_autofree char *nq_path = g_build_filename(dir, "graph.nq", NULL);
  g_autofree char *nq = unit_read_file(nq_path);
  g_assert_cmpstr(nq, ==, sorted_nq);
  g_autofree char *ttl_path = g_build_filename(dir, "graph.ttl", NULL);
  g_autofree char *ttl = unit_read_file(ttl_path);
  unit_assert_has(ttl, "@prefix xsd: <" XSD "> .");
  unit_assert_has(ttl, "\"second\"");
  g_assert_false(has_temporary(dir));
  unit_rm_rf(dir);
}

/* The same rows through a line buffer, as a worker thread fills one: sorted
 * and without repeats by the worker, then merged by the output. */
static void
test_output_line_buffer(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  DgOutput *out = dg_output_new(dir, DG_FORMAT_NTRIPLES | DG_FORMAT_NQUADS, &error);
  g_assert_no_error(error);
  DgLineBuffer buffer;
  dg_line_buffer_init(&buffer, out);
  push_rows(&buffer.sink, unsorted_rows, G_N_ELEMENTS(unsorted_rows));
  dg_line_buffer_sort(&buffer);
  g_assert_cmpstr(buffer.lines->str, ==, sorted_nq); /* the repeated triple once */
  g_assert_true(dg_output_add_lines(out, &buffer, &error));
  g_assert_cmpuint(buffer.lines->len, ==, 0);
  /* a second batch with the same statements adds nothing */
  push_rows(&buffer.sink, unsorted_rows, G_N_ELEMENTS(unsorted_rows));
  dg_line_buffer_sort(&buffer);
  g_assert_true(dg_output_add_lines(out, &buffer, &error));
  dg_line_buffer_clear(&buffer);
  g_assert_true(dg_output_commit(out, &error));
  g_assert_no_error(error);
  dg_output_free(out);
  g_autofree char *nt_path = g_build_filename(dir, "graph.nt", NULL);
  g_autofree char *nt = unit_read_file(nt_path);
  g_assert_cmpstr(nt, ==, sorted_nt);
  g_autofree char *nq_path = g_build_filename(dir, "graph.nq", NULL);
  g_autofree char *nq = unit_read_file(nq_path);
  g_assert_cmpstr(nq, ==, sorted_nq);
  unit_rm_rf(dir);
}

/* A folder that cannot be created: its parent is a regular file. */
static void
test_output_bad_dir(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *file = unit_write_file(dir, "file", "x", 1);
  g_autofree char *sub = g_build_filename(file, "sub", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DgOutput) out = dg_output_new(sub, DG_FORMAT_NTRIPLES, &error);
  g_assert_null(out);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, sub);
  g_assert_false(has_temporary(dir));
  g_autofree char *contents = unit_read_file(file);
  g_assert_cmpstr(contents, ==, "x");
  unit_rm_rf(dir);
}

static void
test_output_busy(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  DgOutput *first = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  g_assert_nonnull(first);
  g_autoptr(DgOutput) second = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_null(second);
  g_assert_error(error, DG_ERROR, DG_ERR_BUSY);
  unit_assert_has(error->message, dir);
  dg_output_free(first);
  /* the lock goes with the first output */
  g_clear_error(&error);
  g_autoptr(DgOutput) third = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  g_assert_nonnull(third);
  g_clear_pointer(&third, dg_output_free);
  unit_rm_rf(dir);
}

/* Writes graph.nt with sorted_nt through a first output. */
static void
write_first_graph(const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgOutput) out = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  push_rows(dg_output_sink(out), unsorted_rows, G_N_ELEMENTS(unsorted_rows));
  g_assert_true(dg_output_commit(out, &error));
  g_assert_no_error(error);
}

static const Row other_rows[] = {
  {EX "z", EX "p", "new", TRUE, NULL},
};

/* A commit that fails leaves the previous graph.nt as it was and, once the
 * output is freed, no temporary file. */
static void
test_output_commit_fails(void)
{
  static const struct {
    guint formats;
    const char *blocked; /* the temporary name made impossible */
  } cases[] = {
    {DG_FORMAT_NTRIPLES, "graph.nt"},
    {DG_FORMAT_NTRIPLES | DG_FORMAT_NQUADS, "graph.nq"},  /* after graph.nt was written */
    {DG_FORMAT_NTRIPLES | DG_FORMAT_TURTLE, "graph.ttl"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %u: %s blocked", i, cases[i].blocked);
    g_autofree char *dir = unit_tmp_dir();
    write_first_graph(dir);

    g_autoptr(GError) error = NULL;
    DgOutput *out = dg_output_new(dir, cases[i].formats, &error);
    g_assert_no_error(error);
    push_rows(dg_output_sink(out), other_rows, G_N_ELEMENTS(other_rows));
    g_autofree char *tmp_name = g_strdup_printf(".%s.tmp.%ld", cases[i].blocked, (long)getpid());
    g_autofree char *tmp = g_build_filename(dir, tmp_name, NULL);
    g_assert_cmpint(g_mkdir(tmp, 0755), ==, 0);

    g_assert_false(dg_output_commit(out, &error));
    g_assert_error(error, DG_ERROR, DG_ERR_IO);
    unit_assert_has(error->message, cases[i].blocked);
    dg_output_free(out);

    g_autofree char *nt_path = g_build_filename(dir, "graph.nt", NULL);
    g_autofree char *nt = unit_read_file(nt_path);
    g_assert_cmpstr(nt, ==, sorted_nt);
    g_assert_cmpint(g_rmdir(tmp), ==, 0);
    g_assert_false(has_temporary(dir));
    unit_rm_rf(dir);
  }
}

/* Temporary files that an interrupted run left are removed. */
static void
test_output_stale(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_free(unit_write_file(dir, ".graph.nt.tmp.999999", "partial", 7));
  g_free(unit_write_file(dir, "keep.txt", "mine", 4));
  g_assert_true(has_temporary(dir));
  g_autoptr(GError) error = NULL;
  DgOutput *out = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  g_assert_false(has_temporary(dir));
  g_autofree char *keep = g_build_filename(dir, "keep.txt", NULL);
  g_assert_true(g_file_test(keep, G_FILE_TEST_IS_REGULAR));
  dg_output_free(out);
  unit_rm_rf(dir);
}

static void
test_output_stdout_one_format(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgOutput) out = dg_output_new("-", DG_FORMAT_NTRIPLES | DG_FORMAT_TURTLE, &error);
  g_assert_null(out);
  g_assert_error(error, DG_ERROR, DG_ERR_USAGE);
}

static void
test_output_bad_statement(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(DgOutput) out = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  const DgSink *sink = dg_output_sink(out);
  DgStatement st = {iri(EX "s"), iri(EX "p"), literal(NULL, NULL, NULL), NULL};
  g_assert_false(sink->on_statement(sink->handle, &st, &error));
  g_assert_error(error, DG_ERROR, DG_ERR_TERM);
  g_assert_cmpuint(dg_output_get_n_triples(out), ==, 0);
  g_clear_pointer(&out, dg_output_free);
  unit_rm_rf(dir);
}

static void
test_output_free_null(void)
{
  dg_output_free(NULL);
  g_autoptr(DgOutput) out = NULL;
  g_assert_null(out);
}

/* The golden graph: a small article through recognise, resolve, emit and the
 * N-Triples writer. Run with DG_UPDATE_GOLDEN=1 to rewrite the file, then
 * read the diff. */
static const char golden_article[] =
  " date 2020-08-28 New York, MINA – Kenya’s Ambassador Jane Okafor met the Belgian "
  "delegation on Wednesday.\n";

static DgLexicon *
load_lexicon(void)
{
  g_autoptr(GError) error = NULL;
  DgLexicon *lex = dg_lexicon_new(DG_TEST_DATA_DIR, &error);
  g_assert_no_error(error);
  return lex;
}

static void
test_golden(void)
{
  g_autoptr(DgLexicon) lex = load_lexicon();
  g_autoptr(GError) error = NULL;
  DgArticle *article = dg_article_new_from_data("000_golden", "<golden>", golden_article,
                                                strlen(golden_article), &error);
  g_assert_no_error(error);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  g_ptr_array_add(docs, dg_recognise(lex, article));
  dg_resolve(docs);

  g_autofree char *dir = unit_tmp_dir();
  DgOutput *out = dg_output_new(dir, DG_FORMAT_NTRIPLES, &error);
  g_assert_no_error(error);
  g_assert_true(dg_graph_emit(docs->pdata[0], lex, DG_DEFAULT_BASE, dg_output_sink(out), &error));
  g_assert_no_error(error);
  g_assert_true(dg_output_commit(out, &error));
  g_assert_no_error(error);
  guint n_triples = (guint)dg_output_get_n_triples(out);
  dg_output_free(out);

  g_autofree char *path = g_build_filename(dir, "graph.nt", NULL);
  g_autofree char *got = unit_read_file(path);
  unit_rm_rf(dir);

  /* independent of the golden file: one statement per line, sorted, unique */
  g_auto(GStrv) lines = g_strsplit(got, "\n", -1);
  guint n_lines = g_strv_length(lines);
  g_assert_cmpuint(n_lines, ==, n_triples + 1);
  g_assert_cmpstr(lines[n_lines - 1], ==, "");
  for (guint i = 0; i + 1 < n_lines; i++) {
    g_assert_true(g_str_has_suffix(lines[i], " ."));
    if (i)
      g_assert_cmpint(strcmp(lines[i - 1], lines[i]), <, 0);
  }

  g_autofree char *golden = g_build_filename(DG_TEST_GOLDEN_DIR, "en-dateline.nt", NULL);
  if (g_strcmp0(g_getenv("DG_UPDATE_GOLDEN"), "1") == 0) {
    g_autofree char *gdir = g_path_get_dirname(golden);
    g_assert_cmpint(g_mkdir_with_parents(gdir, 0755), ==, 0);
    g_file_set_contents(golden, got, -1, &error);
    g_assert_no_error(error);
    g_test_message("rewrote %s", golden);
  }
  g_autofree char *want = unit_read_file(golden);
  /* report the first line that differs, then the whole text */
  g_auto(GStrv) want_lines = g_strsplit(want, "\n", -1);
  for (guint i = 0; lines[i] && want_lines[i]; i++) {
    if (strcmp(lines[i], want_lines[i]) != 0) {
      g_test_message("first difference with %s at line %u", golden, i + 1);
      g_assert_cmpstr(lines[i], ==, want_lines[i]);
    }
  }
  g_assert_cmpuint(n_lines, ==, g_strv_length(want_lines));
  g_assert_cmpstr(got, ==, want);
}

/* A sink that stops the flow stops dg_graph_emit(). */
typedef struct {
  guint calls;
  guint fail_at;
} Counter;

static gboolean
counting_sink(gpointer handle, const DgStatement *st, GError **error)
{
  Counter *c = handle;
  g_assert_nonnull(st->subject.value);
  if (++c->calls == c->fail_at) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "disk full");
    return FALSE;
  }
  return TRUE;
}

static void
test_emit_sink_stops(void)
{
  g_autoptr(DgLexicon) lex = load_lexicon();
  g_autoptr(GError) error = NULL;
  DgArticle *article = dg_article_new_from_data("a", "<a>", golden_article,
                                                strlen(golden_article), &error);
  g_assert_no_error(error);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  g_ptr_array_add(docs, dg_recognise(lex, article));
  dg_resolve(docs);

  Counter all = {0, 0};
  DgSink sink = {&all, counting_sink};
  g_assert_true(dg_graph_emit(docs->pdata[0], lex, DG_DEFAULT_BASE, &sink, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(all.calls, >, 20);

  Counter stop = {0, 3};
  sink.handle = &stop;
  g_assert_false(dg_graph_emit(docs->pdata[0], lex, DG_DEFAULT_BASE, &sink, &error));
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  g_assert_cmpuint(stop.calls, ==, 3);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/writer/term", test_term);
  g_test_add_func("/writer/statement", test_statement);
  g_test_add_func("/writer/formats-parse", test_formats_parse);
  g_test_add_func("/writer/iri-segment", test_iri_segment);
  g_test_add_func("/writer/base-iri-check", test_base_iri_check);
  g_test_add_func("/writer/output/sorted", test_output_sorted);
  g_test_add_func("/writer/output/line-buffer", test_output_line_buffer);
  g_test_add_func("/writer/output/bad-dir", test_output_bad_dir);
  g_test_add_func("/writer/output/busy", test_output_busy);
  g_test_add_func("/writer/output/commit-fails", test_output_commit_fails);
  g_test_add_func("/writer/output/stale", test_output_stale);
  g_test_add_func("/writer/output/stdout-one-format", test_output_stdout_one_format);
  g_test_add_func("/writer/output/bad-statement", test_output_bad_statement);
  g_test_add_func("/writer/output/free-null", test_output_free_null);
  g_test_add_func("/writer/golden", test_golden);
  g_test_add_func("/writer/emit-sink-stops", test_emit_sink_stops);
  return g_test_run();
}
