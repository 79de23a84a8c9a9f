/* SPDX-License-Identifier: ISC */
/* diplograph, stage 3 (recognise): states, organisations, persons, dates,
 * meetings, quotations and the article's own metadata, found in one article. */
#pragma once

#include "diplograph/article.h"
#include "diplograph/document.h"
#include "diplograph/lexicon.h"

G_BEGIN_DECLS

/**
 * dg_recognise:
 * @lexicon: the lexicons.
 * @article: (transfer full): the article; the document takes it.
 *
 * Normalises the article's text and runs every recogniser over it. Never
 * fails: text that yields nothing gives a document with no entities.
 *
 * Returns: (transfer full): the document.
 */
DgDocument *dg_recognise(const DgLexicon *lexicon, DgArticle *article);

/**
 * dg_detect_language:
 * Returns: (transfer none): "en" or "fr", whichever language's function words
 * are more frequent in @text ("en" on a tie).
 */
const char *dg_detect_language(const DgLexicon *lexicon, const DgText *text);

G_END_DECLS
