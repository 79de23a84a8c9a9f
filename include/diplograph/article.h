/* SPDX-License-Identifier: ISC */
/* diplograph, stage 1 (read): an article's text as read from a file or stream. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DgArticle:
 *
 * One input article: its identifier (the file name without extension), the
 * name to use in messages, and its text, checked to be UTF-8 with no NUL byte,
 * less a leading UTF-8 byte order mark. Line ends are kept as they were, so
 * offsets into the text are offsets into the input.
 */
typedef struct DgArticle DgArticle;

/**
 * dg_article_new_from_file:
 * @path: a regular file.
 * @error: set on failure with a #DG_ERROR code; the message names @path and,
 *   for encoding errors, the byte offset in the file.
 *
 * Returns: (transfer full) (nullable): the article, or %NULL on error.
 */
DgArticle *dg_article_new_from_file(const char *path, GError **error);

/**
 * dg_article_new_from_data:
 * @id: the identifier (schema:identifier) to give the article.
 * @display: the name used in messages (a path, or "<stdin>").
 * @data: (array length=len): raw bytes; copied.
 * @len: their length.
 * @error: as for dg_article_new_from_file().
 *
 * Returns: (transfer full) (nullable): the article, or %NULL on error.
 */
DgArticle *dg_article_new_from_data(const char *id, const char *display,
                                    const char *data, gsize len, GError **error);

/** dg_article_free: releases @article; accepts %NULL. */
void dg_article_free(DgArticle *article);

/** dg_article_get_id: (transfer none): the identifier, e.g. "000_c383af176bb67265". */
const char *dg_article_get_id(const DgArticle *article);

/** dg_article_get_display: (transfer none): the name used in messages. */
const char *dg_article_get_display(const DgArticle *article);

/** dg_article_get_text: (transfer none): the UTF-8 text, NUL-terminated. */
const char *dg_article_get_text(const DgArticle *article);

/** dg_article_get_length: the text's length in bytes. */
gsize dg_article_get_length(const DgArticle *article);

/** dg_article_get_bom_length: bytes of byte order mark dropped (0 or 3). */
gsize dg_article_get_bom_length(const DgArticle *article);

/**
 * dg_article_id_from_path:
 * Returns: (transfer full): the base name of @path less its last extension.
 */
char *dg_article_id_from_path(const char *path);

/**
 * dg_inputs_expand:
 * @paths: (array zero-terminated=1): files, directories, or "-" for standard input.
 * @error: set when a directory cannot be read.
 *
 * Expands directories into their article files, those named *.txt or *.text
 * (recursively, hidden entries skipped), sorted by path so that runs are
 * reproducible; files named on their own are kept whatever their name, and
 * "-" is kept as is. A path that does not exist is kept too: reading it
 * reports the error for that input alone, so that the others still run.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the input list.
 */
GPtrArray *dg_inputs_expand(const char *const *paths, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgArticle, dg_article_free)

G_END_DECLS
