/* SPDX-License-Identifier: ISC */
/* diplograph, stage 5 (build graph): RDF terms and statements, and the sink
 * that stages push statements into. */
#pragma once

#include "diplograph/document.h"
#include "diplograph/lexicon.h"

G_BEGIN_DECLS

#define DG_NS "https://w3id.org/diplograph/ns#"
#define DG_DEFAULT_BASE "https://w3id.org/diplograph/id/"

typedef enum {
  DG_TERM_IRI,
  DG_TERM_LITERAL,
} DgTermKind;

/**
 * DgTerm:
 * A plain value. Strings are borrowed for the duration of a sink call.
 * @lang is a lower-case tag or %NULL; @datatype an IRI or %NULL (xsd:string).
 */
typedef struct {
  DgTermKind kind;
  const char *value;
  const char *lang;
  const char *datatype;
} DgTerm;

/**
 * DgStatement:
 * A triple, and the IRI of its named graph (%NULL: the default graph).
 */
typedef struct {
  DgTerm subject;
  DgTerm predicate;
  DgTerm object;
  const char *graph;
} DgStatement;

/**
 * DgStatementFunc:
 * Receives one statement. Returns %FALSE with @error set to stop the flow.
 */
typedef gboolean (*DgStatementFunc)(gpointer handle, const DgStatement *statement,
                                    GError **error);

/** DgSink: where statements go. */
typedef struct {
  gpointer handle;
  DgStatementFunc on_statement;
} DgSink;

/**
 * dg_iri_segment:
 * Returns: (transfer full): @s percent-encoded for use as one IRI path
 * segment: every byte but A-Z a-z 0-9 - . _ ~ becomes %XX.
 */
char *dg_iri_segment(const char *s);

/**
 * dg_base_iri_check:
 * Whether @base can start every IRI diplograph writes: an absolute http(s)
 * IRI ending in '/' or '#', with no character N-Triples forbids in an IRI.
 */
gboolean dg_base_iri_check(const char *base, GError **error);

/**
 * dg_graph_emit:
 * @doc: a recognised and resolved document.
 * @lexicon: the lexicons (labels of states, organisations, roles, topics).
 * @base: the base IRI (see dg_base_iri_check()).
 * @sink: receives the statements: the article's facts in the graph named by
 *   its IRI, reference facts from the lexicons in the default graph.
 * @error: set when the sink stops the flow.
 */
gboolean dg_graph_emit(const DgDocument *doc, const DgLexicon *lexicon, const char *base,
                       const DgSink *sink, GError **error);

G_END_DECLS
