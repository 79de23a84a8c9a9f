/* SPDX-License-Identifier: ISC */
/* diplograph, stage 4 (resolve): what several articles say of the same thing. */
#pragma once

#include "diplograph/document.h"

G_BEGIN_DECLS

/**
 * dg_resolve:
 * @documents: (element-type DgDocument): every document of the run.
 *
 * Gives each event its IRI path, derived from content so that any run on any
 * machine mints the same: "event/{forum}/{yyyy-mm-dd}" for a dated meeting.
 * A meeting whose article gives day and month but no year, and whose forum,
 * day and month match exactly one dated meeting of the run, is that meeting
 * (the same session reported by an article that omits the year). Other
 * meetings are named after their article: "event/{forum}/{article id}/{n}".
 */
void dg_resolve(GPtrArray *documents);

G_END_DECLS
