/* SPDX-License-Identifier: ISC */
/* The librdf model as a statement sink. */
#include "diplograph/model.h"
#include "diplograph/recognise.h"
#include "diplograph/resolve.h"
#include "diplograph/status.h"
#include "diplograph/writer.h"

#include <glib/gstdio.h>

#include "unit-util.h"

#define EX "http://example.org/"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static gboolean
push(DgModel *model, DgTerm s, DgTerm p, DgTerm o, const char *graph)
{
  const DgSink *sink = dg_model_sink(model);
  DgStatement st = {s, p, o, graph};
  g_autoptr(GError) error = NULL;
  gboolean ok = sink->on_statement(sink->handle, &st, &error);
  g_assert_no_error(error);
  return ok;
}

static DgTerm
iri(const char *v)
{
  return (DgTerm){DG_TERM_IRI, v, NULL, NULL};
}

static void
test_model_sink(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgModel) model = dg_model_new(&error);
  g_assert_no_error(error);
  g_assert_nonnull(model);
  g_assert_cmpint(dg_model_size(model), ==, 0);

  const DgSink *sink = dg_model_sink(model);
  g_assert_nonnull(sink);
  g_assert_nonnull(sink->on_statement);

  g_assert_true(push(model, iri(EX "a"), iri(EX "name"),
                     (DgTerm){DG_TERM_LITERAL, "Hanoï \"VNA\"", "fr", NULL}, NULL));
  g_assert_true(push(model, iri(EX "a"), iri(EX "date"),
                     (DgTerm){DG_TERM_LITERAL, "2020-08-26", NULL, XSD "date"}, NULL));
  g_assert_true(push(model, iri(EX "a"), iri(EX "about"), iri(EX "b"), EX "graph/1"));
  g_assert_cmpint(dg_model_size(model), ==, 3);

  g_autofree char *nt = dg_model_serialize(model, "ntriples", &error);
  g_assert_no_error(error);
  g_assert_nonnull(nt);
  unit_assert_has(nt, "<" EX "a> <" EX "name> ");
  /* raptor writes non-ASCII characters as \u escapes */
  unit_assert_has(nt, "\"Hano\\u00EF \\\"VNA\\\"\"@fr .");
  unit_assert_has(nt, "\"2020-08-26\"^^<" XSD "date>");
  unit_assert_has(nt, "<" EX "a> <" EX "about> <" EX "b> .");

  g_autofree char *nq = dg_model_serialize(model, "nquads", &error);
  g_assert_no_error(error);
  unit_assert_has(nq, "<" EX "a> <" EX "about> <" EX "b> <" EX "graph/1> .");
}

/* The same triple twice is one statement; in another graph it is another. */
static void
test_model_duplicates(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgModel) model = dg_model_new(&error);
  g_assert_no_error(error);
  for (guint i = 0; i < 2; i++)
    g_assert_true(push(model, iri(EX "a"), iri(EX "p"), iri(EX "b"), NULL));
  g_assert_cmpint(dg_model_size(model), ==, 1);
  g_assert_true(push(model, iri(EX "a"), iri(EX "p"), iri(EX "b"), EX "g"));
  g_assert_cmpint(dg_model_size(model), ==, 2);
}

static void
test_model_bad_syntax(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgModel) model = dg_model_new(&error);
  g_assert_no_error(error);
  g_autofree char *out = dg_model_serialize(model, "no-such-syntax", &error);
  g_assert_null(out);
  g_assert_error(error, DG_ERROR, DG_ERR_USAGE);
}

static void
test_model_free_null(void)
{
  dg_model_free(NULL);
  g_autoptr(DgModel) model = NULL;
  g_assert_null(model);
}


/* The bundled articles through the librdf model with one context per article
 * and out through raptor's N-Quads serializer give the same quads as our own
 * writer. */
static void
test_model_articles(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DgLexicon) lex = dg_lexicon_new(DG_TEST_DATA_DIR, &error);
  g_assert_no_error(error);
  g_autofree char *dir = g_build_filename(DG_TEST_DATA_DIR, "articles", NULL);
  const char *const inputs[] = {dir, NULL};
  g_autoptr(GPtrArray) paths = dg_inputs_expand(inputs, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(paths->len, >=, 2);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  for (guint i = 0; i < paths->len; i++) {
    DgArticle *a = dg_article_new_from_file(paths->pdata[i], &error);
    g_assert_no_error(error);
    g_ptr_array_add(docs, dg_recognise(lex, a));
  }
  dg_resolve(docs);
  g_autoptr(DgModel) model = dg_model_new(&error);
  g_assert_no_error(error);
  g_autofree char *out_dir = g_dir_make_tmp("dg-model-XXXXXX", &error);
  g_assert_no_error(error);
  g_autoptr(DgOutput) out = dg_output_new(out_dir, DG_FORMAT_NQUADS, &error);
  g_assert_no_error(error);
  for (guint i = 0; i < docs->len; i++) {
    g_assert_true(dg_graph_emit(docs->pdata[i], lex, DG_DEFAULT_BASE, dg_model_sink(model), &error));
    g_assert_true(dg_graph_emit(docs->pdata[i], lex, DG_DEFAULT_BASE, dg_output_sink(out), &error));
  }
  g_autofree char *nq = dg_model_serialize(model, "nquads", &error);
  g_assert_no_error(error);
  guint lines = 0;
  for (const char *p = nq; *p; p++)
    lines += *p == '\n';
  g_assert_true(dg_output_commit(out, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(lines, ==, dg_output_get_n_quads(out));
  g_autofree char *lock = g_build_filename(out_dir, ".diplograph.lock", NULL);
  g_clear_pointer(&out, dg_output_free);
  g_remove(lock);
  g_rmdir(out_dir);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/model/sink", test_model_sink);
  g_test_add_func("/model/duplicates", test_model_duplicates);
  g_test_add_func("/model/bad-syntax", test_model_bad_syntax);
  g_test_add_func("/model/free-null", test_model_free_null);
  g_test_add_func("/model/articles", test_model_articles);
  return g_test_run();
}
