/* SPDX-License-Identifier: ISC */
/* diplograph: what recognition finds in one article (stage 3's output,
 * stage 4's input). Plain values: every field is public. */
#pragma once

#include "diplograph/article.h"
#include "diplograph/lexicon.h"
#include "diplograph/text.h"

#include <glib.h>

G_BEGIN_DECLS

#define DG_NONE G_MAXUINT

typedef enum {
  DG_ENTITY_STATE,
  DG_ENTITY_ORG,
  DG_ENTITY_PERSON,
  DG_ENTITY_PLACE,
} DgEntityKind;

/** DgDate: a calendar date; 0 in a field means "not given". */
typedef struct {
  int year;
  int month;
  int day;
} DgDate;

/** DgLangString: a text and its language tag ("en", "fr"). */
typedef struct {
  char *text;
  char *lang;
} DgLangString;

/**
 * DgEntity:
 * A state, organisation, person or place as one article speaks of it.
 * @key is what its IRI is made from: the ISO alpha-3 code of a state, the
 * lexicon key of a known organisation (or the slug of a name found in text),
 * the slug of a person's or place's name.
 */
typedef struct {
  DgEntityKind kind;
  char *key;
  const DgLexItem *item; /* (nullable): the lexicon entry, for states and known organisations */
  char *name;            /* (nullable): the name as the text gives it (persons: fullest form) */
  GPtrArray *job_titles; /* (element-type DgLangString): persons' titles as written */
  GPtrArray *roles;      /* (element-type DgLexItem): persons' roles from the lexicon */
  char *represents;      /* (nullable): alpha-3 of the state a person acts for */
  char *affiliation;     /* (nullable): key of the organisation a person serves */
  char *acronym;         /* (nullable): an organisation's acronym given by the text */
  guint first_token;     /* where it is first named */
} DgEntity;

/** DgMention: code points [@begin, @end) of the text that name @entity. */
typedef struct {
  guint begin;
  guint end;
  guint entity;
} DgMention;

/**
 * DgEvent:
 * A meeting the article reports. @classes holds dg: class names (static strings).
 */
typedef struct {
  GPtrArray *classes; /* (element-type utf8) (transfer none) */
  char *forum;        /* (nullable): organisation key of the body that met */
  DgDate date;
  DgLangString title; /* text NULL when none */
  gboolean online;
  char *presidency; /* (nullable): alpha-3 */
  GArray *chairs;   /* (element-type guint): entity indexes */
  GArray *organizers;
  GArray *speakers;
  GPtrArray *topics; /* (element-type DgLexItem) */
  guint begin;       /* the mention that names it */
  guint end;
  char *iri_path; /* (nullable): set by resolution, e.g. "event/un-security-council/2020-08-26" */
} DgEvent;

/** DgQuote: a direct quotation or reported speech; [@begin, @end) is its text. */
typedef struct {
  guint begin;
  guint end;
  guint speaker; /* entity index */
  gboolean direct;
  guint event; /* event index, or DG_NONE */
} DgQuote;

/**
 * DgDocument:
 * Everything recognised in one article. Owns the article and its text.
 */
typedef struct {
  DgArticle *article;
  DgText *text;
  const char *lang; /* "en" or "fr" (static) */
  DgDate date;      /* datePublished */
  char *publisher;  /* (nullable): organisation key */
  guint place;      /* entity index of the dateline place, or DG_NONE */
  GPtrArray *entities; /* (element-type DgEntity) */
  GArray *mentions;    /* (element-type DgMention) */
  GPtrArray *events;   /* (element-type DgEvent) */
  GArray *quotes;      /* (element-type DgQuote) */
  GHashTable *index;   /* private: entity and mention look-ups */
} DgDocument;

/** dg_document_new: (transfer full): an empty document that takes @article and @text. */
DgDocument *dg_document_new(DgArticle *article, DgText *text);

/** dg_document_free: releases @doc; accepts %NULL. */
void dg_document_free(DgDocument *doc);

/**
 * dg_document_entity:
 * The index of the entity of @kind and @key, added if new.
 */
guint dg_document_entity(DgDocument *doc, DgEntityKind kind, const char *key,
                         const DgLexItem *item, guint first_token);

/**
 * dg_document_set_key:
 * Gives entity @index a new key (a person's fuller name was found).
 */
void dg_document_set_key(DgDocument *doc, guint index, const char *key);

/** dg_document_get_entity: (transfer none): entity @index. */
DgEntity *dg_document_get_entity(const DgDocument *doc, guint index);

/** dg_document_add_mention: records that [@begin, @end) names @entity (once per span). */
void dg_document_add_mention(DgDocument *doc, guint begin, guint end, guint entity);

/** dg_document_add_event: (transfer none): a new, empty event. */
DgEvent *dg_document_add_event(DgDocument *doc);

/** dg_index_add: appends @value to @array of guint unless present. */
void dg_index_add(GArray *array, guint value);

/** dg_date_is_valid: whether @date is a full calendar date (checked by GLib's calendar). */
gboolean dg_date_is_valid(DgDate date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(DgDocument, dg_document_free)

G_END_DECLS
