/* SPDX-License-Identifier: ISC */
/* An external merge sort of text lines with bounded memory: lines are
 * gathered up to a budget, sorted and written as a run file; at the end the
 * runs are merged and every distinct line is handed over in byte order
 * (the order of LC_ALL=C sort -u). Private to the writer. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct DgSorter DgSorter;

/**
 * DgLineFunc:
 * Receives one distinct line (no newline; @line is NUL-terminated).
 * Returns %FALSE with @error set to stop.
 */
typedef gboolean (*DgLineFunc)(gpointer user, const char *line, gsize len, GError **error);

/**
 * dg_sorter_new:
 * @dir: where run files go (named ".graph.sort.tmp.PID.N", which
 *   dg_output_new() removes when a killed run left them).
 * @budget: bytes of lines held before a run is written.
 */
DgSorter *dg_sorter_new(const char *dir, gsize budget);

/** dg_sorter_free: removes the run files; accepts %NULL. */
void dg_sorter_free(DgSorter *sorter);

/**
 * dg_sorter_add:
 * @line: @len bytes with no newline and no NUL.
 * Returns: %FALSE with @error (naming the run file) when a run cannot be written.
 */
gboolean dg_sorter_add(DgSorter *sorter, const char *line, gsize len, GError **error);

/**
 * dg_sorter_finish:
 * Merges what was added and calls @func once for each distinct line, in byte
 * order. The sorter takes no more lines afterwards.
 */
gboolean dg_sorter_finish(DgSorter *sorter, DgLineFunc func, gpointer user, GError **error);

/** dg_sort_lines: sorts @n NUL-terminated lines in byte order, in place. */
void dg_sort_lines(char **lines, gsize n);

/** dg_sorter_get_n_runs: run files written so far (0 when all fitted in memory). */
guint dg_sorter_get_n_runs(const DgSorter *sorter);

G_END_DECLS
