/* SPDX-License-Identifier: ISC */
/* diplograph: a librdf (Redland) model with contexts, as a statement sink.
 * The one place that knows librdf's ownership rules. Meant for one article's
 * graph or a small corpus: librdf's in-memory stores do not scale (see
 * docs/ARCHITECTURE.md). */
#pragma once

#include "diplograph/graph.h"

G_BEGIN_DECLS

typedef struct DgModel DgModel;

/**
 * dg_model_new:
 * An in-memory librdf model ("hashes" storage, contexts on).
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set.
 */
DgModel *dg_model_new(GError **error);

/** dg_model_free: releases @model; accepts %NULL. */
void dg_model_free(DgModel *model);

/** dg_model_sink: (transfer none): a sink adding each statement in its named graph. */
const DgSink *dg_model_sink(DgModel *model);

/** dg_model_size: the number of statements, counted over every context. */
int dg_model_size(DgModel *model);

/**
 * dg_model_serialize:
 * @syntax: a raptor serializer name ("ntriples", "turtle", "nquads").
 * Returns: (transfer full) (nullable): the model written by librdf/raptor.
 */
char *dg_model_serialize(DgModel *model, const char *syntax, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgModel, dg_model_free)

G_END_DECLS
