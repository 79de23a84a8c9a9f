/* SPDX-License-Identifier: ISC */
/* Date expressions: parsing at a token, completing from the article's date. */
#include "diplograph/dates.h"
#include "unit-util.h"

#include <string.h>

static DgLexicon *lexicon;

typedef struct {
  const char *text;
  DgDate reference;
  gboolean future;
  DgDate expect; /* resolved; {0,0,0} when nothing can be known */
} Case;

/* Parses @text at token 0, checks that the expression covers the whole text,
 * and resolves it. */
static DgDate
parse_resolve(const char *s, DgDate reference, gboolean future, DgDateExpr *expr)
{
  g_autoptr(DgText) text = dg_text_new(s, strlen(s));
  guint n = dg_text_get_n_tokens(text);
  gboolean found = dg_date_parse_at(lexicon, dg_text_get_tokens(text), n, 0, expr);
  g_assert_true(found);
  g_assert_cmpuint(expr->begin, ==, 0);
  g_assert_cmpuint(expr->end, ==, n);
  return dg_date_resolve(expr, reference, future);
}

static void
check_cases(const Case *cases, guint n)
{
  for (guint i = 0; i < n; i++) {
    g_test_message("case \"%s\"", cases[i].text);
    DgDateExpr expr;
    DgDate got = parse_resolve(cases[i].text, cases[i].reference, cases[i].future, &expr);
    g_autofree char *want = dg_date_format(cases[i].expect);
    g_autofree char *have = dg_date_format(got);
    g_assert_cmpstr(have, ==, want);
    g_assert_cmpint(got.year, ==, cases[i].expect.year);
    g_assert_cmpint(got.month, ==, cases[i].expect.month);
    g_assert_cmpint(got.day, ==, cases[i].expect.day);
  }
}

#define NO_REF {0, 0, 0}
#define FRI {2020, 8, 28} /* a Friday */

static void
test_dates_absolute(void)
{
  static const Case cases[] = {
    {"2020-08-28", NO_REF, FALSE, {2020, 8, 28}},
    {"28.08.2020", NO_REF, FALSE, {2020, 8, 28}},
    {"03.04.2019", NO_REF, FALSE, {2019, 4, 3}},
    {"28/08/2020", NO_REF, FALSE, {2020, 8, 28}},
    {"1er avril 2019", NO_REF, FALSE, {2019, 4, 1}},
    {"26 août 2020", NO_REF, FALSE, {2020, 8, 26}},
    {"April 3, 2019", NO_REF, FALSE, {2019, 4, 3}},
    {"AUGUST 27, 2020", NO_REF, FALSE, {2020, 8, 27}},
    {"Aug. 27, 2020", NO_REF, FALSE, {2020, 8, 27}},
    {"27th August 2020", NO_REF, FALSE, {2020, 8, 27}},
    {"Tue 25 Aug 2020", NO_REF, FALSE, {2020, 8, 25}},
    {"Tuesday, 25 August 2020", FRI, FALSE, {2020, 8, 25}},
    /* a full date ignores the reference */
    {"2019-01-02", FRI, TRUE, {2019, 1, 2}},
  };
  check_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_dates_partial(void)
{
  static const Case cases[] = {
    {"26 août", FRI, FALSE, {2020, 8, 26}},
    {"26 août", NO_REF, FALSE, {0, 8, 26}},
    {"August 26", FRI, FALSE, {2020, 8, 26}},
    /* the nearest year: within six months of the reference */
    {"28 December", {2021, 1, 3}, FALSE, {2020, 12, 28}},
    {"3 January", {2020, 12, 28}, FALSE, {2021, 1, 3}},
    {"29 February", {2021, 3, 1}, FALSE, {2020, 2, 29}},
  };
  check_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_dates_relative(void)
{
  static const Case cases[] = {
    {"Wednesday", FRI, FALSE, {2020, 8, 26}},
    {"Wednesday", FRI, TRUE, {2020, 9, 2}},
    {"Friday", FRI, FALSE, {2020, 8, 28}},
    {"Friday", FRI, TRUE, {2020, 8, 28}},
    {"mercredi", FRI, FALSE, {2020, 8, 26}},
    {"Monday", {2021, 1, 1}, FALSE, {2020, 12, 28}}, /* across a year */
    {"yesterday", FRI, FALSE, {2020, 8, 27}},
    {"hier", FRI, FALSE, {2020, 8, 27}},
    {"today", FRI, FALSE, {2020, 8, 28}},
    {"demain", FRI, FALSE, {2020, 8, 29}},
    {"tomorrow", {2020, 12, 31}, FALSE, {2021, 1, 1}},
    {"avant-hier", {2020, 3, 1}, FALSE, {2020, 2, 28}},
    /* the explicit date wins over the relative word */
    {"tomorrow (14 March)", {2021, 3, 13}, FALSE, {2021, 3, 14}},
    /* nothing to count from: no date */
    {"yesterday", NO_REF, FALSE, {0, 0, 0}},
    {"Wednesday", NO_REF, FALSE, {0, 0, 0}},
  };
  check_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_dates_invalid(void)
{
  static const Case cases[] = {
    {"31 février 2020", NO_REF, FALSE, {0, 0, 0}},
    {"29 February 2021", NO_REF, FALSE, {0, 0, 0}},
    {"31 June", FRI, FALSE, {0, 0, 0}},
    {"31 June", NO_REF, FALSE, {0, 0, 0}},
  };
  check_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_dates_expr_fields(void)
{
  DgDateExpr e;
  parse_resolve("Wednesday", (DgDate)FRI, FALSE, &e);
  g_assert_cmpint(e.weekday, ==, 3);
  g_assert_false(e.relative);
  g_assert_cmpint(e.date.year, ==, 0);

  parse_resolve("hier", (DgDate)FRI, FALSE, &e);
  g_assert_true(e.relative);
  g_assert_cmpint(e.offset, ==, -1);
  g_assert_cmpint(e.weekday, ==, 0);

  parse_resolve("26 août", (DgDate)NO_REF, FALSE, &e);
  g_assert_cmpint(e.date.year, ==, 0);
  g_assert_cmpint(e.date.month, ==, 8);
  g_assert_cmpint(e.date.day, ==, 26);
}

/* Where an expression starts and ends inside a sentence. */
static void
test_dates_in_sentence(void)
{
  static const struct {
    const char *text;
    guint at;
    gboolean found;
    guint end;
  } cases[] = {
    /* a organisé le 26 août une réunion */
    {"a organisé le 26 août une réunion", 3, TRUE, 5},
    {"a organisé le 26 août une réunion", 2, FALSE, 0},
    /* met on Wednesday , 26 August 2020 . */
    {"met on Wednesday, 26 August 2020.", 2, TRUE, 7},
    /* 28 . 08 . 2020 . */
    {"28.08.2020.", 0, TRUE, 5},
    /* a number that is not a day */
    {"45 August", 0, FALSE, 0},
    {"the 2020 session", 1, FALSE, 0},
    {"in 2020-13-01", 1, FALSE, 0},
    {"hello", 0, FALSE, 0},
    {"", 0, FALSE, 0},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case \"%s\" at %u", cases[i].text, cases[i].at);
    g_autoptr(DgText) text = dg_text_new(cases[i].text, strlen(cases[i].text));
    DgDateExpr e;
    gboolean found = dg_date_parse_at(lexicon, dg_text_get_tokens(text),
                                      dg_text_get_n_tokens(text), cases[i].at, &e);
    g_assert_cmpint(found, ==, cases[i].found);
    if (found) {
      g_assert_cmpuint(e.begin, ==, cases[i].at);
      g_assert_cmpuint(e.end, ==, cases[i].end);
    }
  }
}

/* dates.h lists "ce jeudi" among the expressions that start at @at. */
static void
test_dates_ce_jeudi(void)
{
  static const char s[] = "ce jeudi";
  g_autoptr(DgText) text = dg_text_new(s, strlen(s));
  DgDateExpr e;
  gboolean found = dg_date_parse_at(lexicon, dg_text_get_tokens(text),
                                    dg_text_get_n_tokens(text), 0, &e);
  g_assert_true(found);
  g_assert_cmpint(e.weekday, ==, 4);
  g_assert_cmpuint(e.end, ==, 2);
}

static void
test_dates_format(void)
{
  static const struct {
    DgDate date;
    const char *text;
  } cases[] = {
    {{2020, 8, 26}, "2020-08-26"},
    {{0, 8, 26}, "--08-26"},
    {{2021, 12, 1}, "2021-12-01"},
    {{987, 1, 2}, "0987-01-02"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *s = dg_date_format(cases[i].date);
    g_assert_cmpstr(s, ==, cases[i].text);
  }
}

static void
test_dates_is_valid(void)
{
  static const struct {
    DgDate date;
    gboolean valid;
  } cases[] = {
    {{2020, 2, 29}, TRUE},
    {{2021, 2, 29}, FALSE},
    {{2020, 8, 0}, FALSE},
    {{0, 8, 26}, FALSE},
    {{2020, 13, 1}, FALSE},
    {{2020, 4, 31}, FALSE},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
    g_assert_cmpint(dg_date_is_valid(cases[i].date), ==, cases[i].valid);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  lexicon = unit_data_lexicon();

  g_test_add_func("/dates/absolute", test_dates_absolute);
  g_test_add_func("/dates/partial", test_dates_partial);
  g_test_add_func("/dates/relative", test_dates_relative);
  g_test_add_func("/dates/invalid", test_dates_invalid);
  g_test_add_func("/dates/expr-fields", test_dates_expr_fields);
  g_test_add_func("/dates/in-sentence", test_dates_in_sentence);
  g_test_add_func("/dates/ce-jeudi", test_dates_ce_jeudi);
  g_test_add_func("/dates/format", test_dates_format);
  g_test_add_func("/dates/is-valid", test_dates_is_valid);
  int rc = g_test_run();
  dg_lexicon_free(lexicon);
  return rc;
}
