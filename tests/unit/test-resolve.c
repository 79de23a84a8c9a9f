/* SPDX-License-Identifier: ISC */
/* Stage 4 (resolve) as a streaming run uses it: events named from their own
 * article, and only a meeting without a year waiting for the dated report
 * of the same meeting, in whichever order the articles come. */
#include "diplograph/recognise.h"
#include "diplograph/resolve.h"

#include "unit-util.h"

static DgLexicon *lexicon;

/* dated: the meeting of 3 March 2021 */
static const char dated[] =
  "NEW YORK, March 4 (Xinhua) -- The Security Council held an open debate on 3 March 2021 "
  "on climate and security, with more than forty delegations taking part in the discussion.\n";

/* the same meeting, reported without its year and with no date of its own */
static const char yearless[] =
  "Le Conseil de sécurité a tenu le 3 mars un débat public sur le climat et la sécurité, "
  "auquel plus de quarante délégations ont pris part pendant toute la journée de travail.\n";

static DgDocument *
recognise(const char *id, const char *text)
{
  g_autoptr(GError) error = NULL;
  DgArticle *article = dg_article_new_from_data(id, id, text, strlen(text), &error);
  g_assert_no_error(error);
  return dg_recognise(lexicon, article);
}

static const DgEvent *
only_event(const DgDocument *doc)
{
  g_assert_cmpuint(doc->events->len, ==, 1);
  return doc->events->pdata[0];
}

static void
check_order(gboolean yearless_first)
{
  g_autoptr(DgDocument) a = recognise("dated", dated);
  g_autoptr(DgDocument) b = recognise("yearless", yearless);
  g_assert_true(dg_resolve_local(a));
  g_assert_cmpstr(only_event(a)->iri_path, ==, "event/un-security-council/2021-03-03");
  g_assert_false(dg_resolve_local(b)); /* waits for the dated meetings */
  g_autoptr(DgResolver) r = dg_resolver_new();
  dg_resolver_add(r, yearless_first ? b : a);
  dg_resolver_add(r, yearless_first ? a : b);
  dg_resolver_resolve(r, b);
  g_assert_cmpstr(only_event(b)->iri_path, ==, only_event(a)->iri_path);
}

static void
test_dated_first(void)
{
  check_order(FALSE);
}

static void
test_yearless_first(void)
{
  check_order(TRUE);
}

static void
test_alone(void)
{
  /* no dated report in the run: an article-scoped IRI, never a guessed year */
  g_autoptr(DgDocument) b = recognise("yearless", yearless);
  g_autoptr(DgResolver) r = dg_resolver_new();
  dg_resolver_add(r, b);
  dg_resolver_resolve(r, b);
  g_assert_cmpstr(only_event(b)->iri_path, ==, "event/un-security-council/yearless/1");
  g_assert_cmpint(only_event(b)->date.year, ==, 0);
}

static void
test_ambiguous(void)
{
  /* two dated meetings of that forum on 3 March, in different years */
  g_autoptr(DgDocument) a = recognise("dated", dated);
  g_autofree char *other_text = g_strdup(dated);
  memcpy(strstr(other_text, "2021"), "2022", 4);
  g_autoptr(DgDocument) c = recognise("other", other_text);
  g_autoptr(DgDocument) b = recognise("yearless", yearless);
  g_autoptr(DgResolver) r = dg_resolver_new();
  dg_resolver_add(r, a);
  dg_resolver_add(r, c);
  dg_resolver_add(r, b);
  dg_resolver_resolve(r, b);
  g_assert_cmpstr(only_event(b)->iri_path, ==, "event/un-security-council/yearless/1");
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  lexicon = unit_data_lexicon();
  g_test_add_func("/resolve/dated-first", test_dated_first);
  g_test_add_func("/resolve/yearless-first", test_yearless_first);
  g_test_add_func("/resolve/alone", test_alone);
  g_test_add_func("/resolve/ambiguous", test_ambiguous);
  int status = g_test_run();
  dg_lexicon_free(lexicon);
  return status;
}
