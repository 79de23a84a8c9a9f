/* SPDX-License-Identifier: ISC */
/* diplograph: the lexicons (general knowledge as data) and the gazetteer that
 * finds their surface forms in normalised text. */
#pragma once

#include "diplograph/text.h"

#include <glib.h>

G_BEGIN_DECLS

/**
 * DgDomain:
 * Which kind of knowledge an item belongs to; each domain is read from its
 * own files under the data directory (see data/README.md).
 */
typedef enum {
  DG_DOMAIN_STATE,    /* states-iso.tsv, states-extra.tsv: key = ISO alpha-3 */
  DG_DOMAIN_ORG,      /* organisations.tsv, news-agencies.tsv */
  DG_DOMAIN_ROLE,     /* roles.tsv */
  DG_DOMAIN_MEETING,  /* meeting-types.tsv: key = dg: class name, or "online" */
  DG_DOMAIN_SPEECH,   /* speech-verbs.tsv */
  DG_DOMAIN_CALENDAR, /* calendar.tsv */
  DG_DOMAIN_CUE,      /* cues.tsv: grammar words the recognisers combine */
  DG_DOMAIN_TOPIC,    /* topics.tsv */
  DG_DOMAIN_STOPWORD, /* stopwords.tsv: function words, for language detection */
  DG_N_DOMAINS,
} DgDomain;

/**
 * DgLexItem:
 * One thing the lexicons know: a state, an organisation, a role, a cue class...
 * A plain value owned by its #DgLexicon.
 */
typedef struct {
  const char *key;
  DgDomain domain;
  const char *name_en; /* (nullable): preferred English label ("name" row) */
  const char *name_fr; /* (nullable): preferred French label */
  GPtrArray *acronyms; /* (element-type utf8): "acronym" and "code" rows, in file order */
  GHashTable *attrs;   /* (element-type utf8 utf8): kind → first value, for non-surface kinds */
} DgLexItem;

/** Constraints on the text's case for a form to match. */
typedef enum {
  DG_FORM_UPPER = 1 << 0,   /* an acronym: every letter upper-case in the text */
  DG_FORM_CAPITAL = 1 << 1, /* a proper name: first letter capitalised in the text */
} DgFormFlags;

/**
 * DgLexForm:
 * One surface form of an item, as tokens of its folded form.
 */
typedef struct {
  const DgLexItem *item;
  const char *kind;    /* the file's "kind" column: name, alt, adj, form, month... */
  const char *lang;    /* "en", "fr" or "-" */
  const char *surface; /* as written in the file */
  char **tokens;       /* folded tokens, apostrophes and hyphens left out */
  guint n_tokens;
  guint flags;   /* DgFormFlags */
  guint32 caps;  /* bit k: token k is capitalised in the surface (the first 32) */
} DgLexForm;

/**
 * DgLexMatch:
 * A form found in a text: tokens [@begin, @end) of the #DgText.
 */
typedef struct {
  guint begin;
  guint end;
  const DgLexForm *form;
} DgLexMatch;

typedef struct DgLexicon DgLexicon;

/**
 * dg_lexicon_new:
 * @data_dir: (nullable): the folder of lexicon files; %NULL picks, in order,
 *   $DIPLOGRAPH_DATA, the source tree's data/ and the installed copy.
 * @error: set with %DG_ERR_LEXICON naming the file and line on a malformed
 *   file, or %DG_ERR_IO when a file is missing.
 *
 * Returns: (transfer full) (nullable): the lexicon.
 */
DgLexicon *dg_lexicon_new(const char *data_dir, GError **error);

/** dg_lexicon_free: releases @lexicon; accepts %NULL. */
void dg_lexicon_free(DgLexicon *lexicon);

/** dg_lexicon_get_dir: (transfer none): the folder the lexicon was read from. */
const char *dg_lexicon_get_dir(const DgLexicon *lexicon);

/**
 * dg_lexicon_lookup:
 * Returns: (transfer none) (nullable): the item of @domain with @key.
 */
const DgLexItem *dg_lexicon_lookup(const DgLexicon *lexicon, DgDomain domain, const char *key);

/**
 * dg_lexicon_match_at:
 * @tokens: the text's tokens; @n_tokens: their number; @at: where to start.
 * @end: (out): the token after the match.
 *
 * The longest form of @domain that starts at token @at, respecting each form's
 * case constraint; apostrophe and hyphen tokens are skipped on both sides.
 *
 * Returns: (transfer none) (nullable): the form, or %NULL.
 */
const DgLexForm *dg_lexicon_match_at(const DgLexicon *lexicon, DgDomain domain,
                                     const DgToken *tokens, guint n_tokens, guint at,
                                     guint *end);

/**
 * dg_lexicon_match_key_at:
 * @lang: (nullable): only forms in this language or "-"; %NULL for any.
 *
 * Like dg_lexicon_match_at(), restricted to the forms of item @key.
 *
 * Returns: (transfer none) (nullable): the longest such form starting at @at.
 */
const DgLexForm *dg_lexicon_match_key_at(const DgLexicon *lexicon, DgDomain domain,
                                         const char *key, const char *lang,
                                         const DgToken *tokens, guint n_tokens, guint at,
                                         guint *end);

/**
 * dg_lexicon_match_kind_at:
 *
 * Like dg_lexicon_match_at(), restricted to the forms whose kind column is
 * @kind ("month", "weekday"...).
 *
 * Returns: (transfer none) (nullable): the longest such form starting at @at.
 */
const DgLexForm *dg_lexicon_match_kind_at(const DgLexicon *lexicon, DgDomain domain,
                                          const char *kind, const DgToken *tokens,
                                          guint n_tokens, guint at, guint *end);

/**
 * dg_lexicon_scan:
 * Returns: (transfer full) (element-type DgLexMatch): the leftmost-longest,
 * non-overlapping matches of @domain in @text.
 */
GArray *dg_lexicon_scan(const DgLexicon *lexicon, DgDomain domain, const DgText *text);

/**
 * dg_lexicon_has_form:
 * Whether the folded word @fold (one token) is a form of item @key in @domain,
 * e.g. dg_lexicon_has_form(lex, DG_DOMAIN_CUE, "that", "que").
 */
gboolean dg_lexicon_has_form(const DgLexicon *lexicon, DgDomain domain, const char *key,
                             const char *fold);

/**
 * dg_lexicon_forms:
 * Returns: (transfer none) (element-type DgLexForm): every form of @domain, in file order.
 */
const GPtrArray *dg_lexicon_forms(const DgLexicon *lexicon, DgDomain domain);

/** dg_lex_item_attr: (transfer none) (nullable): the first value of @kind for @item. */
const char *dg_lex_item_attr(const DgLexItem *item, const char *kind);

/**
 * dg_lex_item_is_news_media:
 * Whether @item is a news agency or broadcaster (type "news-agency" or
 * "broadcaster"): a publisher, never an organiser or a person's employer
 * in the sense of the graph.
 */
gboolean dg_lex_item_is_news_media(const DgLexItem *item);

/** dg_lex_item_name: (transfer none): the label in @lang, falling back to the other one, then the key. */
const char *dg_lex_item_name(const DgLexItem *item, const char *lang);

/**
 * dg_lexicon_annotate:
 * Looks up every token of @text once and remembers the result in the token
 * (DgToken.lexicon_word), which the dg_lexicon_match_*() functions then use.
 * Optional: without it they look the token up each time.
 */
void dg_lexicon_annotate(const DgLexicon *lexicon, DgText *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgLexicon, dg_lexicon_free)

G_END_DECLS
