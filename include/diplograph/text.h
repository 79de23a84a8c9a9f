/* SPDX-License-Identifier: ISC */
/* diplograph, stage 2 (normalise): code points, folded forms, tokens, sentences. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DgTokenKind:
 * @DG_TOKEN_WORD: letters (and combining marks).
 * @DG_TOKEN_NUMBER: digits.
 * @DG_TOKEN_PUNCT: one punctuation or symbol character.
 */
typedef enum {
  DG_TOKEN_WORD,
  DG_TOKEN_NUMBER,
  DG_TOKEN_PUNCT,
} DgTokenKind;

/** Token flags. */
typedef enum {
  DG_TOKEN_CAPITALISED = 1 << 0, /* first letter upper- or title-case */
  DG_TOKEN_UPPER = 1 << 1,       /* every letter upper-case, two or more letters */
  DG_TOKEN_SPACE_BEFORE = 1 << 2,
  DG_TOKEN_LINE_BEFORE = 1 << 3, /* a line break between this token and the previous */
} DgTokenFlags;

/**
 * DgToken:
 * A plain value: the code point span [@begin, @end) of one token in the
 * article's text, its folded form (lower case, no accents, typographic
 * apostrophes, dashes and quotes reduced to ASCII), and where it stands.
 */
typedef struct {
  guint begin;
  guint end;
  DgTokenKind kind;
  guint flags;
  guint sentence;  /* index of the sentence holding the token */
  guint paragraph; /* index of the line (paragraph) holding the token */
  const char *fold; /* (transfer none): NUL-terminated folded form */
  gconstpointer lexicon_word; /* (nullable): the lexicons' entry for @fold, set by
                               * dg_lexicon_annotate() to spare a look-up per use */
} DgToken;

/**
 * DgText:
 * The normalised view of one article's text. Folding maps code points one to
 * one, so every offset in the folded text is an offset in the original.
 */
typedef struct DgText DgText;

/**
 * dg_text_new:
 * @utf8: valid UTF-8 text (see dg_article_get_text()); not copied, must outlive the result.
 * @length: its length in bytes.
 *
 * Returns: (transfer full): the normalised text.
 */
DgText *dg_text_new(const char *utf8, gsize length);

/** dg_text_free: releases @text; accepts %NULL. */
void dg_text_free(DgText *text);

/** dg_text_get_n_chars: the number of code points. */
guint dg_text_get_n_chars(const DgText *text);

/** dg_text_get_n_tokens: the number of tokens. */
guint dg_text_get_n_tokens(const DgText *text);

/** dg_text_get_tokens: (transfer none) (array length=n_tokens): the tokens. */
const DgToken *dg_text_get_tokens(const DgText *text);

/** dg_text_get_n_sentences: the number of sentences. */
guint dg_text_get_n_sentences(const DgText *text);

/**
 * dg_text_substring:
 * Returns: (transfer full): the original text of code points [@begin, @end).
 */
char *dg_text_substring(const DgText *text, guint begin, guint end);

/** dg_text_char_at: the original code point at @offset. */
gunichar dg_text_char_at(const DgText *text, guint offset);

/** dg_text_byte_offset: the byte offset of code point @offset (n_chars gives the length). */
gsize dg_text_byte_offset(const DgText *text, guint offset);

/**
 * dg_fold_char:
 * The folded form of one code point: lower case, base letter without
 * diacritics (đ → d, ø → o, œ → o), ’ ‘ ʼ → ', dashes → -, quotation marks
 * → ", every space → ' ', and 0 for characters that are ignored (zero-width
 * and bidirectional marks, soft hyphen).
 */
gunichar dg_fold_char(gunichar c);

/**
 * dg_fold_string:
 * Returns: (transfer full): @s folded character by character, as dg_fold_char().
 */
char *dg_fold_string(const char *s);

/**
 * dg_slug:
 * Returns: (transfer full): @s folded, with every run of characters other than
 * a-z and 0-9 turned into one '-', without leading or trailing '-'.
 */
char *dg_slug(const char *s);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgText, dg_text_free)

G_END_DECLS
