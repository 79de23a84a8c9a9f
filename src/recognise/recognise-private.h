/* SPDX-License-Identifier: ISC */
/* Shared state of the recognisers of one article (not installed). */
#pragma once

#include "diplograph/dates.h"
#include "diplograph/recognise.h"

/* An entity named in the text, in tokens. */
typedef struct {
  guint begin;
  guint end;
  guint entity;
} Span;

/* A person's mention, with the apposition that follows it. */
typedef struct {
  guint begin;
  guint end;
  guint entity;
  guint appos_end; /* token of the comma closing the apposition, or DG_NONE */
} PersonSpan;

typedef struct {
  const DgLexicon *lex;
  DgDocument *doc;
  const DgToken *t;
  guint n;
  const char *lang;
  guint body; /* first token after the header (date line, dateline) */
  gboolean *caption; /* per paragraph */
  GArray *lexm[DG_N_DOMAINS]; /* DgLexMatch per domain, leftmost-longest */
  GArray *spans;              /* Span: states and organisations */
  guint *covered;             /* per token: 1 + index into spans, 0 when none */
  guint *span_first;          /* per token: 1 + index of the span starting there */
  guint *span_last;           /* per token: 1 + index of a span ending just before it */
  GArray *persons;            /* PersonSpan, in text order */
  GHashTable *nationality;    /* person entity index + 1 → alpha-3 ("le Marocain X") */
  GHashTable *gender;         /* person entity index + 1 → 'f' or 'm', when the text tells */
  gboolean *in_quote;         /* per token: inside a direct quotation */
  guint *sent_begin;          /* per sentence: first token */
  guint *sent_end;            /* per sentence: token after the last */
  guint title_begin;          /* code points of a meeting title in quotes, */
  guint title_end;            /* title_end == 0 when none was found */
  DgDate dateline_day;        /* a dateline's day and month without a year ("March 3") */
} Ctx;

/* Token helpers. */
gboolean dg_tok_is(const DgToken *t, const char *fold);
const DgLexMatch *dg_ctx_match_at(const Ctx *c, DgDomain domain, guint tok);
const DgLexMatch *dg_ctx_match_ending(const Ctx *c, DgDomain domain, guint end);
const DgLexMatch *dg_ctx_match_covering(const Ctx *c, DgDomain domain, guint tok);
const DgLexForm *dg_ctx_cue_at(const Ctx *c, const char *key, guint tok, guint *end);
const Span *dg_ctx_span_at(const Ctx *c, guint tok);
const Span *dg_ctx_span_ending(const Ctx *c, guint end);
DgEntity *dg_ctx_entity(const Ctx *c, guint index);
guint dg_ctx_add_person_mention(Ctx *c, guint begin, guint end, guint entity);
/* The index of the first person mention starting at or after token @tok
 * (persons are kept in text order), c->persons->len when none. */
guint dg_ctx_persons_from(const Ctx *c, guint tok);
/* The entity of @kind and @key, named @name (taken) when it is new. */
guint dg_ctx_named_entity(Ctx *c, DgEntityKind kind, const char *key, char *name, guint first);
void dg_ctx_add_text_mention(Ctx *c, guint begin_tok, guint end_tok, guint entity);

/* The recognisers, in the order dg_recognise() runs them. */
void dg_recognise_persons(Ctx *c);
void dg_recognise_quotes(Ctx *c);
void dg_recognise_events(Ctx *c);

/* 'f' or 'm' when a word of tokens [@b, @e) tells a gender (Mme, il,
 * ambassadrice), else 0. */
char dg_ctx_gender_of(const Ctx *c, guint b, guint e);

/* Who speaks in the clause ending just before token @verb (a subject, a
 * pronoun, a description such as "the ambassador"); DG_NONE when unknown. */
guint dg_ctx_subject_before(Ctx *c, guint verb);
