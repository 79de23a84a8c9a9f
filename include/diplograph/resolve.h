/* SPDX-License-Identifier: ISC */
/* diplograph, stage 4 (resolve): what several articles say of the same thing. */
#pragma once

#include "diplograph/document.h"

G_BEGIN_DECLS

/*
 * Event IRIs are derived from content, so that any run on any machine, and
 * any shard of a corpus, mints the same: "event/{forum}/{yyyy-mm-dd}" for a
 * dated meeting. A meeting whose article gives day and month but no year,
 * and whose forum, day and month match exactly one dated meeting of the run,
 * is that meeting (the same session reported by an article that omits the
 * year). Other meetings are named after their article:
 * "event/{forum}/{article id}/{n}".
 *
 * A run that streams its articles names most events from their own article
 * (dg_resolve_local()), records the dated meetings of every article
 * (dg_resolver_add()) and keeps back only the documents with a meeting that
 * lacks its year, named at the end (dg_resolver_resolve()).
 */

typedef struct DgResolver DgResolver;

/** dg_resolver_new: (transfer full): an empty table of dated meetings. */
DgResolver *dg_resolver_new(void);

/** dg_resolver_free: accepts %NULL. */
void dg_resolver_free(DgResolver *resolver);

/**
 * dg_resolve_local:
 * Names the events of @doc that need no other article.
 * Returns: %FALSE when one meeting has day and month but no year, and so
 *   waits for dg_resolver_resolve() once every article was added.
 */
gboolean dg_resolve_local(DgDocument *doc);

/** dg_resolver_add: records the dated meetings of @doc. */
void dg_resolver_add(DgResolver *resolver, const DgDocument *doc);

/** dg_resolver_resolve: names every event of @doc with what was recorded. */
void dg_resolver_resolve(DgResolver *resolver, DgDocument *doc);

/**
 * dg_resolve:
 * @documents: (element-type DgDocument): every document of the run.
 *
 * Names the events of @documents together (all of the above at once).
 */
void dg_resolve(GPtrArray *documents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgResolver, dg_resolver_free)

G_END_DECLS
