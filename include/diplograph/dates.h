/* SPDX-License-Identifier: ISC */
/* diplograph: date expressions, absolute and relative to an article's date. */
#pragma once

#include "diplograph/document.h"
#include "diplograph/lexicon.h"

G_BEGIN_DECLS

/**
 * DgDateExpr:
 * A date expression as written: tokens [@begin, @end), the fields it gives
 * (0 when absent), a weekday (1 = Monday … 7, 0 when absent) and, for
 * "today", "yesterday", "demain"…, a day offset with @relative set.
 */
typedef struct {
  guint begin;
  guint end;
  DgDate date;
  int weekday;
  gboolean relative;
  int offset;
  int direction; /* +1 "next Monday", "lundi prochain"; -1 "last Monday"; 0 unsaid */
} DgDateExpr;

/**
 * DG_DATE_WINDOW_FIRST, DG_DATE_WINDOW_LAST:
 * The years an article with no date of its own may be from. A day, month and
 * weekday ("mercredi 12 mars") with no year and no article date take the one
 * year of this window where that day is that weekday; when none or several
 * fit, the year stays unknown.
 */
#define DG_DATE_WINDOW_FIRST 2015
#define DG_DATE_WINDOW_LAST 2030

/**
 * dg_date_parse_at:
 * Parses a date expression starting at token @at: "2020-08-28", "03.04.2019",
 * "26 août", "1er avril 2019", "Tue 25 Aug 2020", "August 27, 2020",
 * "Wednesday", "ce jeudi", "tomorrow (14 March)", "yesterday"…
 *
 * Returns: whether one starts there; @expr is filled when it does.
 */
gboolean dg_date_parse_at(const DgLexicon *lexicon, const DgToken *tokens, guint n_tokens,
                          guint at, DgDateExpr *expr);

/**
 * dg_date_resolve:
 * @expr: a parsed expression.
 * @reference: the article's date (fields 0 when unknown; a day and month
 *   without a year, as some datelines give it, place a relative day).
 * @future: whether the context speaks of the future ("will", "demain"), which
 *   turns a bare weekday forward instead of back; "next" or "dernier" in the
 *   expression itself (@expr->direction) wins over it.
 *
 * Completes @expr into a date: a missing year from @reference (the nearest
 * year that puts the date within six months of it), or, without @reference,
 * from the weekday the expression gives (see %DG_DATE_WINDOW_FIRST); a
 * weekday or a relative day counted from @reference. Fields that cannot be
 * known stay 0: a year is never invented.
 */
DgDate dg_date_resolve(const DgDateExpr *expr, DgDate reference, gboolean future);

/** dg_date_format: (transfer full): "YYYY-MM-DD", or "--MM-DD" when the year is unknown. */
char *dg_date_format(DgDate date);

G_END_DECLS
