/* SPDX-License-Identifier: ISC */
/* The librdf model as a statement sink. */
#include "diplograph/model.h"
#include "diplograph/status.h"

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

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/model/sink", test_model_sink);
  g_test_add_func("/model/duplicates", test_model_duplicates);
  g_test_add_func("/model/bad-syntax", test_model_bad_syntax);
  g_test_add_func("/model/free-null", test_model_free_null);
  return g_test_run();
}
