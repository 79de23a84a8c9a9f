/* SPDX-License-Identifier: ISC */
/* diplograph: querying the dumps with SPARQL 1.1 (rasqal through librdf),
 * from files, from an embedded SQLite store, or from a SPARQL server. */
#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

/**
 * DgResultFormat:
 * How query answers are printed: an aligned table for people, or the W3C
 * SPARQL 1.1 CSV, TSV and JSON result formats for programs.
 */
typedef enum {
  DG_RESULT_TABLE,
  DG_RESULT_CSV,
  DG_RESULT_TSV,
  DG_RESULT_JSON,
} DgResultFormat;

/** dg_result_format_parse: whether @name is table, csv, tsv or json; sets *@format. */
gboolean dg_result_format_parse(const char *name, DgResultFormat *format, GError **error);

typedef struct DgStore DgStore;

/**
 * dg_store_new_memory:
 * An in-memory store (librdf "hashes", contexts on) for a few dump files.
 * Returns: (transfer full) (nullable): the store.
 */
DgStore *dg_store_new_memory(GError **error);

/**
 * dg_store_new_sqlite:
 * @path: the SQLite file; created when @create and missing.
 *
 * A librdf SQLite store with contexts, with the indexes its stock schema
 * lacks (without them loading is quadratic). Named graphs are kept.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set.
 */
DgStore *dg_store_new_sqlite(const char *path, gboolean create, GError **error);

/** dg_store_free: closes @store; accepts %NULL. */
void dg_store_free(DgStore *store);

/**
 * dg_store_load_file:
 * @path: an N-Quads (.nq), N-Triples (.nt) or Turtle (.ttl) file.
 *
 * Adds the file's statements. Each named graph found in the file replaces
 * the graph of that name in the store, so loading an article twice leaves
 * the store as after one load; default-graph statements already present are
 * not added again. Errors name the file and the line.
 */
gboolean dg_store_load_file(DgStore *store, const char *path, GError **error);

/** dg_store_size: the number of statements, counted once per graph. */
gint64 dg_store_size(DgStore *store);

/**
 * dg_store_query:
 * Runs SPARQL @query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of
 * the store's graphs and prints the answer to @out in @format. A malformed
 * query fails with its line and column; an empty answer is no error.
 */
gboolean dg_store_query(DgStore *store, const char *query, DgResultFormat format, FILE *out,
                        GError **error);

/**
 * DgGraphFunc:
 * @graph: (nullable): the graph's IRI, %NULL for the default graph.
 * @ntriples: its statements as N-Triples.
 * Returns: %FALSE with @error set to stop.
 */
typedef gboolean (*DgGraphFunc)(const char *graph, const char *ntriples, gpointer data,
                                GError **error);

/** dg_store_foreach_graph: calls @func for each named graph, then the default graph. */
gboolean dg_store_foreach_graph(DgStore *store, DgGraphFunc func, gpointer data, GError **error);

/**
 * dg_endpoint_load:
 * @graph_store: the SPARQL 1.1 Graph Store HTTP Protocol URL.
 * @user: (nullable): "USER:PASSWORD" for HTTP authentication.
 * @path: an N-Quads (or N-Triples) file.
 *
 * Sends each named graph of @path with PUT ?graph=IRI (replacing it) and the
 * default graph's statements with POST ?default.
 */
gboolean dg_endpoint_load(const char *graph_store, const char *user, const char *path,
                          GError **error);

/**
 * dg_endpoint_query:
 * Sends @query to a SPARQL 1.1 Protocol endpoint and prints the answer in
 * @format (the server's CSV, TSV or JSON; a table is made from its CSV).
 */
gboolean dg_endpoint_query(const char *endpoint, const char *user, const char *query,
                           DgResultFormat format, FILE *out, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgStore, dg_store_free)

G_END_DECLS
