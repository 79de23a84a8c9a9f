/* SPDX-License-Identifier: ISC */
/* diplograph, stage 6 (write): canonical N-Triples, N-Quads and Turtle of our
 * own, sorted with bounded memory (an external merge sort), written to
 * temporary files, checked and renamed. */
#pragma once

#include "diplograph/graph.h"

G_BEGIN_DECLS

typedef enum {
  DG_FORMAT_TURTLE = 1 << 0,
  DG_FORMAT_NTRIPLES = 1 << 1,
  DG_FORMAT_NQUADS = 1 << 2,
} DgFormats;

/**
 * dg_ntriples_append_term:
 * Appends @term to @out in canonical N-Triples form (RDF 1.2): IRIs in angle
 * brackets with any character N-Triples forbids percent-encoded, literals with
 * ECHAR for \b \t \n \f \r \" \\, \uXXXX for other control characters, raw
 * UTF-8 elsewhere, lower-case language tags, no ^^xsd:string.
 */
void dg_ntriples_append_term(GString *out, const DgTerm *term);

/**
 * dg_ntriples_append_statement:
 * Appends one N-Triples line (or N-Quads line when @with_graph and the
 * statement has a graph), LF-terminated.
 */
void dg_ntriples_append_statement(GString *out, const DgStatement *statement,
                                  gboolean with_graph);

/**
 * dg_formats_parse:
 * @list: comma-separated names: ttl, nt, nq (also turtle, ntriples, nquads).
 * Returns: whether @list is valid; sets *@formats.
 */
gboolean dg_formats_parse(const char *list, guint *formats, GError **error);

typedef struct DgOutput DgOutput;

/**
 * dg_output_new:
 * @dir: the output folder (created if missing), or "-" for standard output
 *   (one format only).
 * @formats: #DgFormats to write.
 * @error: %DG_ERR_BUSY when another run holds @dir, %DG_ERR_IO when it cannot
 *   be created or locked.
 *
 * Takes an exclusive lock on @dir for the life of the output and removes
 * temporary files that an interrupted run left there.
 *
 * Returns: (transfer full) (nullable): the output.
 */
DgOutput *dg_output_new(const char *dir, guint formats, GError **error);

/** dg_output_free: releases @out and its lock, removing unfinished temporary files; accepts %NULL. */
void dg_output_free(DgOutput *out);

/** dg_output_sink: (transfer none): the sink that collects statements. */
const DgSink *dg_output_sink(DgOutput *out);

/**
 * dg_output_set_sort_memory:
 * Bytes of statements held in memory before a sorted run is written to a
 * temporary file beside the output (default %DG_OUTPUT_SORT_MEMORY). Call
 * before the first statement.
 */
void dg_output_set_sort_memory(DgOutput *out, gsize bytes);

/**
 * dg_output_set_gzip:
 * Whether the files are gzip-compressed (graph.nt.gz, graph.nq.gz,
 * graph.ttl.gz; fast compression, level 1).
 */
void dg_output_set_gzip(DgOutput *out, gboolean gzip);

#define DG_OUTPUT_SORT_MEMORY ((gsize)128 << 20)

/**
 * DgLineBuffer:
 * Statements formatted as the output wants them, collected apart from it:
 * a worker thread fills one through @sink, and the thread that owns the
 * output hands it over with dg_output_add_lines().
 */
typedef struct {
  GString *lines;
  gboolean with_graph;
  DgSink sink;
} DgLineBuffer;

/** dg_line_buffer_init: prepares @buffer for the formats of @out. */
void dg_line_buffer_init(DgLineBuffer *buffer, const DgOutput *out);

/** dg_line_buffer_clear: releases what @buffer holds. */
void dg_line_buffer_clear(DgLineBuffer *buffer);

/**
 * dg_line_buffer_sort:
 * Sorts the lines of @buffer and drops repeated ones: done by the thread
 * that filled it, it spares the thread that owns the output most of the
 * sorting (which merges sorted batches).
 */
void dg_line_buffer_sort(DgLineBuffer *buffer);

/** dg_output_add_lines: moves the statements of @buffer into @out (and empties @buffer). */
gboolean dg_output_add_lines(DgOutput *out, DgLineBuffer *buffer, GError **error);

/**
 * dg_output_commit:
 * Writes graph.ttl, graph.nt, graph.nq (as asked) in one pass over the
 * merged runs: N-Quads sorted with no duplicates (the order of LC_ALL=C
 * sort -u, so the outputs of several runs merge with sort -m -u), N-Triples
 * likewise, Turtle with prefixes from the same sorted triples, one block per
 * subject. Each goes to a temporary file that is flushed, synced, checked and
 * then renamed over the old one. On failure no file is replaced and the
 * message names the file.
 */
gboolean dg_output_commit(DgOutput *out, GError **error);

/** dg_output_get_n_triples: distinct triples written by dg_output_commit(). */
guint64 dg_output_get_n_triples(const DgOutput *out);

/** dg_output_get_n_quads: distinct quads written by dg_output_commit(). */
guint64 dg_output_get_n_quads(const DgOutput *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgOutput, dg_output_free)

G_END_DECLS
