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
 *
 * A corpus may give metadata beside the text (JSON Lines, see reader.h): the
 * article's URL, date, language and title. Each is optional and checked when
 * set; a value that fails its check is not kept.
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
 * dg_article_set_url:
 * @url: where the article was published: an absolute http:// or https:// IRI
 *   (RFC 3987: the IRIs N-Triples, Turtle and strict parsers such as
 *   Oxigraph accept).
 * @error: set with %DG_ERR_FORMAT, naming what is wrong, when @url is not one.
 *
 * Returns: whether @url was kept (it replaces any URL set before).
 */
gboolean dg_article_set_url(DgArticle *article, const char *url, GError **error);

/** dg_article_get_url: (transfer none) (nullable): the URL, as given. */
const char *dg_article_get_url(const DgArticle *article);

/**
 * dg_article_set_date:
 * @date: the date of publication, "YYYY-MM-DD", or an ISO 8601 date-time
 *   that starts with one ("2020-08-28T10:15:00Z": the date part is kept).
 * @error: set with %DG_ERR_FORMAT when @date is not a calendar date.
 *
 * Returns: whether @date was kept.
 */
gboolean dg_article_set_date(DgArticle *article, const char *date, GError **error);

/** dg_article_get_date: (transfer none) (nullable): the date, "YYYY-MM-DD". */
const char *dg_article_get_date(const DgArticle *article);

/**
 * dg_article_set_language:
 * @language: a language tag; "en" and "fr" are kept, with any region or
 *   script subtag and in any case ("en-GB", "FR", "fr_CA").
 *
 * Returns: whether @language was kept; any other language is left for
 * recognition to detect from the text.
 */
gboolean dg_article_set_language(DgArticle *article, const char *language);

/** dg_article_get_language: (transfer none) (nullable): "en" or "fr" (static strings). */
const char *dg_article_get_language(const DgArticle *article);

/**
 * dg_article_set_title:
 * Records the article's title, as the corpus gave it (copied). The text is
 * not changed: a reader that has a title puts it at the head of the text.
 */
void dg_article_set_title(DgArticle *article, const char *title);

/** dg_article_get_title: (transfer none) (nullable): the title. */
const char *dg_article_get_title(const DgArticle *article);

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
 * Expands directories into their input files (recursively, hidden entries
 * skipped): articles named *.txt or *.text, gzip-compressed articles
 * (*.txt.gz, *.text.gz), and JSON Lines corpora (*.jsonl, *.ndjson, and the
 * same with .gz), sorted by path so that runs are
 * reproducible; files named on their own are kept whatever their name, and
 * "-" is kept as is. A path that does not exist is kept too: reading it
 * reports the error for that input alone, so that the others still run.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the input list.
 */
GPtrArray *dg_inputs_expand(const char *const *paths, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgArticle, dg_article_free)

G_END_DECLS
