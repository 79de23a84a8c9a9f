/* SPDX-License-Identifier: ISC */
/* From a recognised document to statements, in the vocabulary of
 * docs/vocabulary.md. Every node gets an IRI derived from content. */
#include "diplograph/graph.h"

#include "diplograph/dates.h"

#include <string.h>

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define SCHEMA "http://schema.org/"
#define ORG "http://www.w3.org/ns/org#"
#define PROV "http://www.w3.org/ns/prov#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define ITS "http://www.w3.org/2005/11/its/rdf#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"

typedef struct {
  const DgDocument *doc;
  const DgLexicon *lex;
  const char *base;
  const DgSink *sink;
  GError **error;
  gboolean failed;
  char *article;   /* the article's IRI, also its graph's name */
  char *context;   /* the NIF context */
  GHashTable *refs; /* IRIs whose reference facts are out */
} Emitter;

static void
put(Emitter *e, const char *graph, const char *s, const char *p, DgTerm o)
{
  if (e->failed)
    return;
  DgStatement st = {
    .subject = {DG_TERM_IRI, s, NULL, NULL},
    .predicate = {DG_TERM_IRI, p, NULL, NULL},
    .object = o,
    .graph = graph,
  };
  if (!e->sink->on_statement(e->sink->handle, &st, e->error))
    e->failed = TRUE;
}

static DgTerm
iri(const char *v)
{
  return (DgTerm){DG_TERM_IRI, v, NULL, NULL};
}

static DgTerm
lit(const char *v, const char *lang)
{
  return (DgTerm){DG_TERM_LITERAL, v, lang, NULL};
}

static DgTerm
typed(const char *v, const char *datatype)
{
  return (DgTerm){DG_TERM_LITERAL, v, NULL, datatype};
}

static void
put_index(Emitter *e, const char *s, const char *p, guint value)
{
  char buf[16];
  g_snprintf(buf, sizeof buf, "%u", value);
  put(e, e->article, s, p, typed(buf, XSD "nonNegativeInteger"));
}

static char *
node(Emitter *e, const char *kind, const char *key)
{
  g_autofree char *seg = dg_iri_segment(key);
  return g_strconcat(e->base, kind, "/", seg, NULL);
}

/* Reference facts from a lexicon item, once, in the default graph. */
static void
put_names(Emitter *e, const char *s, const DgLexItem *item, const char *prop)
{
  if (item->name_en)
    put(e, NULL, s, prop, lit(item->name_en, "en"));
  if (item->name_fr)
    put(e, NULL, s, prop, lit(item->name_fr, "fr"));
}

static gboolean
first_time(Emitter *e, const char *s)
{
  if (g_hash_table_contains(e->refs, s))
    return FALSE;
  g_hash_table_add(e->refs, g_strdup(s));
  return TRUE;
}

static char *
state_node(Emitter *e, const char *code)
{
  char *s = node(e, "state", code);
  if (!first_time(e, s))
    return s;
  put(e, NULL, s, RDF "type", iri(SCHEMA "Country"));
  put(e, NULL, s, DG_NS "iso3166Alpha3", lit(code, NULL));
  const DgLexItem *item = dg_lexicon_lookup(e->lex, DG_DOMAIN_STATE, code);
  if (item) {
    put_names(e, s, item, SCHEMA "name");
    const char *a2 = dg_lex_item_attr(item, "alpha2");
    if (a2)
      put(e, NULL, s, DG_NS "iso3166Alpha2", lit(a2, NULL));
  }
  return s;
}

static char *
org_node(Emitter *e, const char *key, int depth)
{
  char *s = node(e, "org", key);
  if (!first_time(e, s))
    return s;
  put(e, NULL, s, RDF "type", iri(SCHEMA "Organization"));
  const DgLexItem *item = dg_lexicon_lookup(e->lex, DG_DOMAIN_ORG, key);
  if (!item)
    return s;
  if (dg_lex_item_is_news_media(item))
    put(e, NULL, s, RDF "type", iri(SCHEMA "NewsMediaOrganization"));
  put_names(e, s, item, SCHEMA "name");
  for (guint i = 0; i < item->acronyms->len; i++)
    put(e, NULL, s, SCHEMA "alternateName", lit(item->acronyms->pdata[i], NULL));
  const char *parent = dg_lex_item_attr(item, "parent");
  if (parent && depth < 8 && dg_lexicon_lookup(e->lex, DG_DOMAIN_ORG, parent)) {
    g_autofree char *p = org_node(e, parent, depth + 1);
    put(e, NULL, s, SCHEMA "parentOrganization", iri(p));
  }
  return s;
}

static char *
concept_node(Emitter *e, const char *kind, const DgLexItem *item)
{
  char *s = node(e, kind, item->key);
  if (!first_time(e, s))
    return s;
  put(e, NULL, s, RDF "type", iri(SKOS "Concept"));
  put(e, NULL, s, SKOS "prefLabel", lit(dg_lex_item_name(item, "en"), "en"));
  put(e, NULL, s, SKOS "prefLabel", lit(dg_lex_item_name(item, "fr"), "fr"));
  return s;
}

/* An organisation named by the text, not by a lexicon: its name as written,
 * in the article's graph. */
static char *
text_org_node(Emitter *e, const DgEntity *x)
{
  char *s = node(e, "org", x->key);
  if (!first_time(e, s))
    return s;
  put(e, e->article, s, RDF "type", iri(SCHEMA "Organization"));
  put(e, e->article, s, SCHEMA "name", lit(x->name, e->doc->lang));
  if (x->acronym)
    put(e, e->article, s, SCHEMA "alternateName", lit(x->acronym, NULL));
  return s;
}

static char *
entity_node(Emitter *e, const DgEntity *x)
{
  switch (x->kind) {
  case DG_ENTITY_STATE:
    return state_node(e, x->key);
  case DG_ENTITY_ORG:
    return x->item ? org_node(e, x->key, 0) : text_org_node(e, x);
  case DG_ENTITY_PERSON:
    return node(e, "person", x->key);
  case DG_ENTITY_PLACE:
    return node(e, "place", x->key);
  }
  return NULL;
}

static char *entity_node(Emitter *e, const DgEntity *x);

/* The node of organisation @key: one the article names (known to a lexicon
 * or not), else the lexicon's. */
static char *
org_ref(Emitter *e, const char *key)
{
  for (guint i = 0; i < e->doc->entities->len; i++) {
    const DgEntity *y = e->doc->entities->pdata[i];
    if (y->kind == DG_ENTITY_ORG && strcmp(y->key, key) == 0)
      return entity_node(e, y);
  }
  return org_node(e, key, 0);
}

static void
put_mention(Emitter *e, guint begin, guint end, const char *target)
{
  g_autofree char *m = g_strdup_printf("%s#char=%u,%u", e->article, begin, end);
  g_autofree char *anchor = dg_text_substring(e->doc->text, begin, end);
  put(e, e->article, m, RDF "type", iri(NIF "Phrase"));
  put(e, e->article, m, RDF "type", iri(NIF "RFC5147String"));
  put(e, e->article, m, NIF "referenceContext", iri(e->context));
  put_index(e, m, NIF "beginIndex", begin);
  put_index(e, m, NIF "endIndex", end);
  put(e, e->article, m, NIF "anchorOf", lit(anchor, NULL));
  put(e, e->article, m, ITS "taIdentRef", iri(target));
}

static void
put_person(Emitter *e, const DgEntity *x, const char *s)
{
  const char *g = e->article;
  put(e, g, s, RDF "type", iri(SCHEMA "Person"));
  put(e, g, s, SCHEMA "name", lit(x->name, NULL));
  for (guint i = 0; i < x->job_titles->len; i++) {
    const DgLangString *t = x->job_titles->pdata[i];
    put(e, g, s, SCHEMA "jobTitle", lit(t->text, t->lang));
  }
  g_autofree char *in = NULL;
  const char *in_key = NULL;
  if (x->represents) {
    in = state_node(e, x->represents);
    in_key = x->represents;
    put(e, g, s, DG_NS "represents", iri(in));
  } else if (x->affiliation) {
    in = org_ref(e, x->affiliation);
    in_key = x->affiliation;
    put(e, g, s, SCHEMA "affiliation", iri(in));
  }
  if (!in)
    return;
  for (guint i = 0; i < x->roles->len; i++) {
    const DgLexItem *role = x->roles->pdata[i];
    g_autofree char *r = concept_node(e, "role", role);
    g_autofree char *pk = dg_iri_segment(x->key);
    g_autofree char *rk = dg_iri_segment(role->key);
    g_autofree char *ik = dg_iri_segment(in_key);
    g_autofree char *post = g_strconcat(e->base, "post/", pk, "/", rk, "/", ik, NULL);
    put(e, g, s, ORG "holds", iri(post));
    put(e, g, post, RDF "type", iri(ORG "Post"));
    put(e, g, post, ORG "role", iri(r));
    put(e, g, post, ORG "postIn", iri(in));
  }
}

static char *
event_node(Emitter *e, const DgEvent *ev)
{
  return g_strconcat(e->base, ev->iri_path, NULL);
}

static void
put_event(Emitter *e, const DgEvent *ev, char **nodes)
{
  const char *g = e->article;
  g_autofree char *s = event_node(e, ev);
  put(e, g, e->article, SCHEMA "about", iri(s));
  put(e, g, s, RDF "type", iri(SCHEMA "Event"));
  for (guint i = 0; i < ev->classes->len; i++) {
    g_autofree char *c = g_strconcat(DG_NS, (const char *)ev->classes->pdata[i], NULL);
    put(e, g, s, RDF "type", iri(c));
  }
  if (dg_date_is_valid(ev->date)) {
    g_autofree char *d = dg_date_format(ev->date);
    put(e, g, s, SCHEMA "startDate", typed(d, XSD "date"));
  } else if (ev->date.month && ev->date.day) {
    g_autofree char *d = dg_date_format((DgDate){0, ev->date.month, ev->date.day});
    put(e, g, s, DG_NS "startMonthDay", typed(d, XSD "gMonthDay"));
  }
  if (ev->title.text)
    put(e, g, s, SCHEMA "name", lit(ev->title.text, ev->title.lang));
  if (ev->forum) {
    g_autofree char *f = org_ref(e, ev->forum);
    put(e, g, s, DG_NS "forum", iri(f));
  }
  if (ev->presidency) {
    g_autofree char *p = state_node(e, ev->presidency);
    put(e, g, s, DG_NS "presidency", iri(p));
  }
  for (guint i = 0; i < ev->chairs->len; i++)
    put(e, g, s, DG_NS "chair", iri(nodes[g_array_index(ev->chairs, guint, i)]));
  for (guint i = 0; i < ev->organizers->len; i++)
    put(e, g, s, SCHEMA "organizer", iri(nodes[g_array_index(ev->organizers, guint, i)]));
  for (guint i = 0; i < ev->speakers->len; i++)
    put(e, g, s, DG_NS "speaker", iri(nodes[g_array_index(ev->speakers, guint, i)]));
  if (ev->online)
    put(e, g, s, SCHEMA "eventAttendanceMode", iri(SCHEMA "OnlineEventAttendanceMode"));
  for (guint i = 0; i < ev->topics->len; i++) {
    g_autofree char *t = concept_node(e, "topic", ev->topics->pdata[i]);
    put(e, g, s, SCHEMA "about", iri(t));
  }
  put_mention(e, ev->begin, ev->end, s);
}

static void
put_quote(Emitter *e, const DgQuote *q, char **nodes)
{
  const char *g = e->article;
  g_autofree char *id = dg_iri_segment(dg_article_get_id(e->doc->article));
  g_autofree char *s = g_strdup_printf("%squote/%s/%u-%u", e->base, id, q->begin, q->end);
  g_autofree char *text = dg_text_substring(e->doc->text, q->begin, q->end);
  put(e, g, s, RDF "type", iri(SCHEMA "Quotation"));
  put(e, g, s, SCHEMA "creator", iri(nodes[q->speaker]));
  put(e, g, s, SCHEMA "text", lit(text, e->doc->lang));
  put(e, g, s, DG_NS "direct", typed(q->direct ? "true" : "false", XSD "boolean"));
  put(e, g, s, PROV "wasQuotedFrom", iri(e->article));
  if (q->event != DG_NONE) {
    g_autofree char *ev = event_node(e, e->doc->events->pdata[q->event]);
    put(e, g, s, DG_NS "statedAt", iri(ev));
  }
  put_mention(e, q->begin, q->end, s);
}

gboolean
dg_graph_emit(const DgDocument *doc, const DgLexicon *lex, const char *base, const DgSink *sink,
              GError **error)
{
  g_return_val_if_fail(doc && lex && base && sink && sink->on_statement, FALSE);
  g_autofree char *id = dg_iri_segment(dg_article_get_id(doc->article));
  Emitter e = {
    .doc = doc,
    .lex = lex,
    .base = base,
    .sink = sink,
    .error = error,
    .article = g_strconcat(base, "article/", id, NULL),
    .refs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
  };
  guint length = dg_text_get_n_chars(doc->text);
  e.context = g_strdup_printf("%s#char=0,%u", e.article, length);
  const char *a = e.article, *g = e.article;

  put(&e, g, a, RDF "type", iri(SCHEMA "NewsArticle"));
  put(&e, g, a, SCHEMA "identifier", lit(dg_article_get_id(doc->article), NULL));
  put(&e, g, a, SCHEMA "inLanguage", lit(doc->lang, NULL));
  if (doc->publisher) {
    g_autofree char *p = org_ref(&e, doc->publisher);
    put(&e, g, a, SCHEMA "publisher", iri(p));
  }
  if (dg_date_is_valid(doc->date)) {
    g_autofree char *d = dg_date_format(doc->date);
    put(&e, g, a, SCHEMA "datePublished", typed(d, XSD "date"));
  }
  if (dg_article_get_url(doc->article)) /* checked by dg_article_set_url() */
    put(&e, g, a, SCHEMA "url", iri(dg_article_get_url(doc->article)));

  put(&e, g, e.context, RDF "type", iri(NIF "Context"));
  put(&e, g, e.context, RDF "type", iri(NIF "RFC5147String"));
  put(&e, g, e.context, NIF "isString", lit(dg_article_get_text(doc->article), NULL));
  put_index(&e, e.context, NIF "beginIndex", 0);
  put_index(&e, e.context, NIF "endIndex", length);
  put(&e, g, e.context, NIF "sourceUrl", iri(a));

  guint n = doc->entities->len;
  char **nodes = g_new0(char *, n + 1);
  for (guint i = 0; i < n; i++) {
    const DgEntity *x = doc->entities->pdata[i];
    nodes[i] = entity_node(&e, x);
    switch (x->kind) {
    case DG_ENTITY_PERSON:
      put_person(&e, x, nodes[i]);
      put(&e, g, a, SCHEMA "mentions", iri(nodes[i]));
      break;
    case DG_ENTITY_STATE:
    case DG_ENTITY_ORG:
      put(&e, g, a, SCHEMA "mentions", iri(nodes[i]));
      break;
    case DG_ENTITY_PLACE:
      put(&e, g, nodes[i], RDF "type", iri(SCHEMA "Place"));
      put(&e, g, nodes[i], SCHEMA "name", lit(x->name, NULL));
      break;
    }
  }
  if (doc->place != DG_NONE)
    put(&e, g, a, SCHEMA "locationCreated", iri(nodes[doc->place]));
  for (guint i = 0; i < doc->mentions->len; i++) {
    const DgMention *m = &g_array_index(doc->mentions, DgMention, i);
    put_mention(&e, m->begin, m->end, nodes[m->entity]);
  }
  for (guint i = 0; i < doc->events->len; i++)
    put_event(&e, doc->events->pdata[i], nodes);
  for (guint i = 0; i < doc->quotes->len; i++)
    put_quote(&e, &g_array_index(doc->quotes, DgQuote, i), nodes);

  g_strfreev(nodes);
  g_hash_table_unref(e.refs);
  g_free(e.context);
  g_free(e.article);
  return !e.failed;
}
