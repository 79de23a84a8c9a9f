/* SPDX-License-Identifier: ISC */
/* diplograph, stage 1 (read): the articles of a corpus, one at a time, from
 * text files, gzip-compressed files, JSON Lines files and standard input. */
#pragma once

#include "diplograph/article.h"

#include <glib.h>

G_BEGIN_DECLS

/**
 * DgReader:
 *
 * Reads the articles of a list of inputs in order, one dg_reader_next() at a
 * time, holding at most one article and one line of input in memory however
 * large the corpus. An input is, by its name:
 *
 * - `*.jsonl`, `*.ndjson` (and the same with `.gz`): JSON Lines, one article
 *   per line, a JSON object with a string "text" and, optional, "id" (string
 *   or integer), "url", "date", "language" and "title" (strings). Blank lines
 *   are skipped. A line that is not such an object is rejected alone, its
 *   error naming FILE:LINE. Without an "id", the article's identifier is the
 *   file name less ".jsonl" or ".ndjson" (and ".gz"), '-' and the line number
 *   ("corpus-17").
 *   With a "title", the article's text is the title, a blank line ("\n\n")
 *   and the "text", so that offsets count from the title's first character.
 *   A "url" that is not an absolute http(s) IRI, or a "date" that is not a
 *   calendar date, is dropped with a warning; a "language" other than "en" or
 *   "fr" is ignored (the language is then detected from the text).
 * - any other name ending in `.gz` (`*.txt.gz`): one article, gzip-compressed;
 *   its identifier is the file name less ".gz" and one more extension.
 * - "-": standard input, gzip-compressed or not (told by its first bytes);
 *   JSON Lines when its first character other than white space is '{' (what
 *   no article begins with), otherwise one article whose identifier is
 *   "stdin". Identifiers of its JSON Lines default to "stdin-LINE".
 * - anything else: one article of plain UTF-8 text (dg_article_new_from_file()).
 *
 * Directories are expanded by dg_inputs_expand(). A gzip file may hold several
 * concatenated streams (as pigz and bgzip write). Byte offsets in the errors
 * of a compressed file count bytes of its decompressed data, except "corrupt
 * gzip data at byte N", which counts bytes of the file. One line, and one
 * decompressed article, may hold at most 256 MiB.
 */
typedef struct DgReader DgReader;

/**
 * DgReaderWarningFunc:
 * @message: what was dropped and why, starting with FILE:LINE.
 * @user_data: as given to dg_reader_set_warning_func().
 *
 * Receives a warning about an article that is read all the same.
 */
typedef void (*DgReaderWarningFunc)(const char *message, gpointer user_data);

/**
 * dg_reader_new:
 * @inputs: (array zero-terminated=1): files, directories, or "-" for standard input.
 * @error: set when a directory cannot be expanded (see dg_inputs_expand()).
 *
 * Opens nothing yet: an input that cannot be read is reported by
 * dg_reader_next() when its turn comes.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL on error.
 */
DgReader *dg_reader_new(const char *const *inputs, GError **error);

/**
 * dg_reader_next:
 * @error: set when the next input, or the next line of a JSON Lines input, is
 *   rejected: the message names the file (and the line, and the byte offset
 *   where it applies). The caller reports it and calls again: the reader goes
 *   on with the next line or input.
 *
 * Returns: (transfer full) (nullable): the next article; %NULL with @error set
 * when one input or line was rejected; %NULL with @error unset at the end.
 */
DgArticle *dg_reader_next(DgReader *reader, GError **error);

/**
 * dg_reader_get_n_inputs:
 * Returns: the number of articles the inputs hold, when each input is one
 * article; 0 when unknown (a JSON Lines input, or standard input).
 */
guint dg_reader_get_n_inputs(DgReader *reader);

/**
 * dg_reader_set_warning_func:
 * @func: (nullable): receives each warning; %NULL (the default) drops them.
 */
void dg_reader_set_warning_func(DgReader *reader, DgReaderWarningFunc func, gpointer user_data);

/** dg_reader_free: closes any open input and releases @reader; accepts %NULL. */
void dg_reader_free(DgReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgReader, dg_reader_free)

G_END_DECLS
