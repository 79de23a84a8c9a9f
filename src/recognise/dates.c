/* SPDX-License-Identifier: ISC */
#include "diplograph/dates.h"

#include <stdlib.h>
#include <string.h>

static gboolean
is_punct(const DgToken *t, const char *s)
{
  return t->kind == DG_TOKEN_PUNCT && strcmp(t->fold, s) == 0;
}

static int
number(const DgToken *t, int max_digits)
{
  if (t->kind != DG_TOKEN_NUMBER || (int)strlen(t->fold) > max_digits)
    return -1;
  return atoi(t->fold);
}

/* A calendar word of @kind ("month", "weekday", "relative") at @at. */
static const DgLexForm *
calendar_at(const DgLexicon *lex, const DgToken *toks, guint n, guint at, const char *kind,
            guint *end)
{
  /* "Aug." and "janv.": the full stop belongs to the abbreviation */
  return dg_lexicon_match_kind_at(lex, DG_DOMAIN_CALENDAR, kind, toks, n, at, end);
}

static gboolean
is_year(int y)
{
  return y >= 1900 && y <= 2100;
}

/* DAY [er|st|nd|rd|th] MONTH [,] [YEAR] */
static gboolean
day_month(const DgLexicon *lex, const DgToken *toks, guint n, guint at, DgDateExpr *e)
{
  int day = number(&toks[at], 2);
  if (day < 1 || day > 31)
    return FALSE;
  guint i = at + 1;
  if (i < n && toks[i].kind == DG_TOKEN_WORD &&
      (!strcmp(toks[i].fold, "er") || !strcmp(toks[i].fold, "st") || !strcmp(toks[i].fold, "nd") ||
       !strcmp(toks[i].fold, "rd") || !strcmp(toks[i].fold, "th")) &&
      !(toks[i].flags & DG_TOKEN_SPACE_BEFORE))
    i++;
  guint end;
  const DgLexForm *m = calendar_at(lex, toks, n, i, "month", &end);
  if (!m)
    return FALSE;
  e->date.day = day;
  e->date.month = atoi(m->item->key);
  i = end;
  if (i < n && is_punct(&toks[i], ".") && !(toks[i].flags & DG_TOKEN_SPACE_BEFORE))
    i++;
  guint j = i;
  if (j < n && is_punct(&toks[j], ","))
    j++;
  if (j < n && is_year(number(&toks[j], 4))) {
    e->date.year = number(&toks[j], 4);
    i = j + 1;
  }
  e->end = i;
  return TRUE;
}

/* MONTH DAY [,] [YEAR]  or  MONTH YEAR */
static gboolean
month_day(const DgLexicon *lex, const DgToken *toks, guint n, guint at, DgDateExpr *e)
{
  guint end;
  const DgLexForm *m = calendar_at(lex, toks, n, at, "month", &end);
  if (!m)
    return FALSE;
  guint i = end;
  if (i < n && is_punct(&toks[i], ".") && !(toks[i].flags & DG_TOKEN_SPACE_BEFORE))
    i++;
  if (i >= n)
    return FALSE;
  int day = number(&toks[i], 2);
  if (day >= 1 && day <= 31) {
    e->date.month = atoi(m->item->key);
    e->date.day = day;
    i++;
    if (i < n && toks[i].kind == DG_TOKEN_WORD && !(toks[i].flags & DG_TOKEN_SPACE_BEFORE) &&
        (!strcmp(toks[i].fold, "st") || !strcmp(toks[i].fold, "nd") ||
         !strcmp(toks[i].fold, "rd") || !strcmp(toks[i].fold, "th")))
      i++;
    guint j = i;
    if (j < n && is_punct(&toks[j], ","))
      j++;
    if (j < n && is_year(number(&toks[j], 4))) {
      e->date.year = number(&toks[j], 4);
      i = j + 1;
    }
    e->end = i;
    return TRUE;
  }
  return FALSE;
}

/* 2020-08-28, 2021-12, 28.08.2020, 28/08/2020 */
static gboolean
numeric(const DgToken *toks, guint n, guint at, DgDateExpr *e)
{
  if (at + 2 >= n)
    return FALSE;
  const DgToken *a = &toks[at];
  if (a->kind != DG_TOKEN_NUMBER)
    return FALSE;
  const DgToken *s1 = &toks[at + 1];
  if (s1->kind != DG_TOKEN_PUNCT || (s1->flags & DG_TOKEN_SPACE_BEFORE))
    return FALSE;
  const char *sep = s1->fold;
  if (strcmp(sep, "-") && strcmp(sep, ".") && strcmp(sep, "/"))
    return FALSE;
  int first = number(a, 4);
  int second = number(&toks[at + 2], 2);
  if (second < 1 || (toks[at + 2].flags & DG_TOKEN_SPACE_BEFORE))
    return FALSE;
  int third = -1;
  if (at + 4 < n + 0 && at + 4 <= n - 1 && toks[at + 3].kind == DG_TOKEN_PUNCT &&
      strcmp(toks[at + 3].fold, sep) == 0 && !(toks[at + 3].flags & DG_TOKEN_SPACE_BEFORE) &&
      !(toks[at + 4].flags & DG_TOKEN_SPACE_BEFORE))
    third = number(&toks[at + 4], 4);
  if (strlen(a->fold) == 4 && is_year(first) && !strcmp(sep, "-")) {
    if (second > 12)
      return FALSE;
    e->date.year = first;
    e->date.month = second;
    if (third >= 1 && third <= 31) {
      e->date.day = third;
      e->end = at + 5;
    } else {
      e->end = at + 3;
    }
    return TRUE;
  }
  if (strlen(a->fold) <= 2 && strcmp(sep, "-") && is_year(third) && first >= 1 && first <= 31 &&
      second <= 12) {
    e->date.day = first;
    e->date.month = second;
    e->date.year = third;
    e->end = at + 5;
    return TRUE;
  }
  return FALSE;
}

gboolean
dg_date_parse_at(const DgLexicon *lex, const DgToken *toks, guint n, guint at, DgDateExpr *e)
{
  g_return_val_if_fail(lex != NULL && e != NULL, FALSE);
  if (at >= n)
    return FALSE;
  memset(e, 0, sizeof(*e));
  e->begin = at;
  if (numeric(toks, n, at, e))
    return TRUE;
  guint end;
  const DgLexForm *f;
  if ((f = calendar_at(lex, toks, n, at, "relative", &end))) {
    e->relative = TRUE;
    e->offset = atoi(f->item->key);
    e->end = end;
    /* "tomorrow (14 March)", "aujourd'hui 3 avril": the explicit date wins */
    guint i = end;
    if (i < n && is_punct(&toks[i], "("))
      i++;
    DgDateExpr inner;
    if (i < n && (day_month(lex, toks, n, i, (memset(&inner, 0, sizeof inner), &inner)) ||
                  month_day(lex, toks, n, i, (memset(&inner, 0, sizeof inner), &inner)))) {
      e->date = inner.date;
      e->end = inner.end;
      if (e->end < n && is_punct(&toks[e->end], ")"))
        e->end++;
    }
    return TRUE;
  }
  /* "ce jeudi", "this Thursday", "next Monday", "last Friday" */
  const DgLexForm *deictic = calendar_at(lex, toks, n, at, "deictic", &end);
  guint wd_at = deictic ? end : at;
  if ((f = calendar_at(lex, toks, n, wd_at, "weekday", &end))) {
    e->weekday = atoi(f->item->key);
    e->end = end;
    if (deictic)
      e->direction = atoi(deictic->item->key);
    /* "jeudi prochain", "lundi dernier" */
    guint after_end;
    const DgLexForm *post = calendar_at(lex, toks, n, end, "deictic", &after_end);
    if (post && atoi(post->item->key) != 0) {
      e->direction = atoi(post->item->key);
      e->end = after_end;
      return TRUE;
    }
    guint i = end;
    if (i < n && is_punct(&toks[i], ".") && !(toks[i].flags & DG_TOKEN_SPACE_BEFORE))
      i++;
    if (i < n && is_punct(&toks[i], ","))
      i++;
    gboolean paren = i < n && is_punct(&toks[i], "("); /* "mercredi (19 avril)" */
    if (paren)
      i++;
    DgDateExpr inner;
    memset(&inner, 0, sizeof inner);
    if (i < n && (day_month(lex, toks, n, i, &inner) ||
                  (memset(&inner, 0, sizeof inner), month_day(lex, toks, n, i, &inner)))) {
      e->date = inner.date;
      e->end = inner.end;
      if (paren && e->end < n && is_punct(&toks[e->end], ")"))
        e->end++;
    }
    return TRUE;
  }
  if (day_month(lex, toks, n, at, e))
    return TRUE;
  memset(e, 0, sizeof(*e));
  e->begin = at;
  if (month_day(lex, toks, n, at, e))
    return TRUE;
  return FALSE;
}

static GDate *
to_gdate(DgDate d)
{
  return g_date_new_dmy((GDateDay)d.day, (GDateMonth)d.month, (GDateYear)d.year);
}

static DgDate
from_gdate(const GDate *g)
{
  DgDate d = {g_date_get_year(g), g_date_get_month(g), g_date_get_day(g)};
  return d;
}

DgDate
dg_date_resolve(const DgDateExpr *expr, DgDate ref, gboolean future)
{
  DgDate out = expr->date;
  gboolean have_ref = dg_date_is_valid(ref);
  if (out.month && out.day && !out.year && have_ref) {
    /* the year that puts the date nearest the article's date */
    int best = ref.year;
    long best_gap = G_MAXLONG;
    for (int y = ref.year - 1; y <= ref.year + 1; y++) {
      DgDate c = {y, out.month, out.day};
      if (!dg_date_is_valid(c))
        continue;
      g_autoptr(GDate) a = to_gdate(c);
      g_autoptr(GDate) b = to_gdate(ref);
      long gap = labs((long)g_date_days_between(b, a));
      if (gap < best_gap) {
        best_gap = gap;
        best = y;
      }
    }
    out.year = best;
  }
  if (out.day && out.month && out.year)
    return dg_date_is_valid(out) ? out : (DgDate){0, 0, 0};
  if (!have_ref && expr->relative && !out.month && ref.month && ref.day) {
    /* "yesterday" under "NAIROBI, March 3": a day and month, the same in a
     * common and in a leap year, or nothing */
    DgDate common = dg_date_resolve(expr, (DgDate){2001, ref.month, ref.day}, future);
    DgDate leap = dg_date_resolve(expr, (DgDate){2004, ref.month, ref.day}, future);
    if (dg_date_is_valid((DgDate){2001, ref.month, ref.day}) && common.month == leap.month &&
        common.day == leap.day)
      return (DgDate){0, common.month, common.day};
    return (DgDate){0, 0, 0};
  }
  if (!have_ref) {
    if (!out.month || !out.day || !dg_date_is_valid((DgDate){2000, out.month, out.day}))
      return (DgDate){0, 0, 0};
    if (expr->weekday && !out.year) {
      /* "mercredi 12 mars": the one year of the window where it is a Wednesday */
      int found = 0, n = 0;
      for (int y = DG_DATE_WINDOW_FIRST; y <= DG_DATE_WINDOW_LAST; y++) {
        DgDate d = {y, out.month, out.day};
        if (!dg_date_is_valid(d))
          continue;
        g_autoptr(GDate) g = to_gdate(d);
        if ((int)g_date_get_weekday(g) == expr->weekday) {
          found = y;
          n++;
        }
      }
      if (n == 1)
        out.year = found;
    }
    return out;
  }
  g_autoptr(GDate) g = to_gdate(ref);
  if (expr->relative) {
    if (expr->offset > 0)
      g_date_add_days(g, (guint)expr->offset);
    else if (expr->offset < 0)
      g_date_subtract_days(g, (guint)-expr->offset);
    return from_gdate(g);
  }
  if (expr->weekday) {
    if (expr->direction)
      future = expr->direction > 0;
    int have = (int)g_date_get_weekday(g); /* 1 = Monday, as ISO */
    int delta = future ? (expr->weekday - have + 7) % 7 : -((have - expr->weekday + 7) % 7);
    if (delta > 0)
      g_date_add_days(g, (guint)delta);
    else if (delta < 0)
      g_date_subtract_days(g, (guint)-delta);
    return from_gdate(g);
  }
  return (DgDate){0, 0, 0};
}

char *
dg_date_format(DgDate d)
{
  if (d.year)
    return g_strdup_printf("%04d-%02d-%02d", d.year, d.month, d.day);
  return g_strdup_printf("--%02d-%02d", d.month, d.day);
}
