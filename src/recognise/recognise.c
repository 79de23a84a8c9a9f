/* SPDX-License-Identifier: ISC */
/* The driver of stage 3: lexicon scans, language, the article's header
 * (date line, dateline, publisher) and the states and organisations it names.
 * Persons, quotations and events are in their own files of this folder. */
#include "recognise-private.h"

#include <string.h>

gboolean
dg_tok_is(const DgToken *t, const char *fold)
{
  return strcmp(t->fold, fold) == 0;
}

static const DgLexMatch *
bsearch_match(const GArray *a, guint tok, gboolean covering)
{
  guint lo = 0, hi = a->len;
  while (lo < hi) {
    guint mid = (lo + hi) / 2;
    const DgLexMatch *m = &g_array_index(a, DgLexMatch, mid);
    if (m->end <= tok)
      lo = mid + 1;
    else if (m->begin > tok)
      hi = mid;
    else
      return (covering || m->begin == tok) ? m : NULL;
  }
  return NULL;
}

const DgLexMatch *
dg_ctx_match_at(const Ctx *c, DgDomain domain, guint tok)
{
  return bsearch_match(c->lexm[domain], tok, FALSE);
}

const DgLexMatch *
dg_ctx_match_covering(const Ctx *c, DgDomain domain, guint tok)
{
  return bsearch_match(c->lexm[domain], tok, TRUE);
}

const DgLexMatch *
dg_ctx_match_ending(const Ctx *c, DgDomain domain, guint end)
{
  if (end == 0)
    return NULL;
  const DgLexMatch *m = bsearch_match(c->lexm[domain], end - 1, TRUE);
  return (m && m->end == end) ? m : NULL;
}

const DgLexForm *
dg_ctx_cue_at(const Ctx *c, const char *key, guint tok, guint *end)
{
  return dg_lexicon_match_key_at(c->lex, DG_DOMAIN_CUE, key, c->lang, c->t, c->n, tok, end);
}

const Span *
dg_ctx_span_at(const Ctx *c, guint tok)
{
  if (tok >= c->n || !c->span_first || !c->span_first[tok])
    return NULL;
  return &g_array_index(c->spans, Span, c->span_first[tok] - 1);
}

const Span *
dg_ctx_span_ending(const Ctx *c, guint end)
{
  if (end > c->n || !c->span_last || !c->span_last[end])
    return NULL;
  return &g_array_index(c->spans, Span, c->span_last[end] - 1);
}

DgEntity *
dg_ctx_entity(const Ctx *c, guint index)
{
  return dg_document_get_entity(c->doc, index);
}

guint
dg_ctx_named_entity(Ctx *c, DgEntityKind kind, const char *key, char *name, guint first)
{
  guint index = dg_document_entity(c->doc, kind, key, NULL, first);
  DgEntity *x = dg_ctx_entity(c, index);
  if (!x->name)
    x->name = name;
  else
    g_free(name);
  return index;
}

void
dg_ctx_add_text_mention(Ctx *c, guint begin_tok, guint end_tok, guint entity)
{
  dg_document_add_mention(c->doc, c->t[begin_tok].begin, c->t[end_tok - 1].end, entity);
}

const char *
dg_detect_language(const DgLexicon *lex, const DgText *text)
{
  const DgToken *t = dg_text_get_tokens(text);
  guint n = dg_text_get_n_tokens(text);
  guint en = 0, fr = 0;
  for (guint i = 0; i < n; i++) {
    if (t[i].kind != DG_TOKEN_WORD)
      continue;
    if (dg_lexicon_has_form(lex, DG_DOMAIN_STOPWORD, "en", t[i].fold))
      en++;
    if (dg_lexicon_has_form(lex, DG_DOMAIN_STOPWORD, "fr", t[i].fold))
      fr++;
  }
  return fr > en ? "fr" : "en";
}


/* The article's lines (a line = the tokens of one paragraph index). */
typedef struct {
  guint begin; /* first token */
  guint end;   /* token after the last */
  guint words;
} Line;

static GArray *
lines_of(const Ctx *c)
{
  GArray *lines = g_array_new(FALSE, FALSE, sizeof(Line));
  for (guint i = 0; i < c->n; i++) {
    if (i == 0 || c->t[i].paragraph != c->t[i - 1].paragraph) {
      Line l = {i, i, 0};
      g_array_append_val(lines, l);
    }
    Line *l = &g_array_index(lines, Line, lines->len - 1);
    l->end = i + 1;
    if (c->t[i].kind == DG_TOKEN_WORD)
      l->words++;
  }
  return lines;
}

/* The lead: the first line long enough to be a paragraph of the story;
 * what comes before it is the header (masthead, headline, date, caption). */
static guint
lead_line(const Ctx *c, const GArray *lines)
{
  for (guint k = 0; k < lines->len; k++) {
    const Line *l = &g_array_index(lines, Line, k);
    if (l->words >= 18 && !c->caption[c->t[l->begin].paragraph])
      return k;
  }
  return DG_NONE; /* a short text: no header to tell apart */
}

/* " date 2020-08-28" or "Posted Tue 25 Aug 2020" at the very start. */
static void
read_metadata_date(Ctx *c)
{
  guint end = 0;
  if (c->n == 0 || !dg_ctx_cue_at(c, "posted", 0, &end))
    return;
  if (end < c->n && dg_tok_is(&c->t[end], ":"))
    end++;
  DgDateExpr e;
  if (dg_date_parse_at(c->lex, c->t, c->n, end, &e) && dg_date_is_valid(e.date)) {
    c->doc->date = e.date;
    c->body = e.end;
  }
}

/* The article's own date in its header: "Posted 8 December 2021",
 * "Publié le 11/07/2019 à 19:02", "Wednesday, 8 May 2019 07:41 WIB",
 * "ANP – 10 décembre 2021", "Source: Xinhua| 2021-03-03 05:12:40", a line
 * that is only a date; not a date in parentheses ("… (14 mars 2019)"). */
static void
read_header_date(Ctx *c, const GArray *lines, guint lead)
{
  for (guint k = 0; k < lines->len && k <= lead + 2 && !dg_date_is_valid(c->doc->date); k++) {
    const Line *l = &g_array_index(lines, Line, k);
    gboolean cued = FALSE;
    for (guint i = l->begin; i < l->end; i++) {
      guint end;
      if (dg_ctx_cue_at(c, "posted", i, &end))
        cued = TRUE;
      DgDateExpr e;
      if (!dg_date_parse_at(c->lex, c->t, c->n, i, &e))
        continue;
      if (dg_date_is_valid(e.date) && !(i > l->begin && dg_tok_is(&c->t[i - 1], "("))) {
        guint date_words = 0;
        for (guint j = e.begin; j < e.end; j++)
          date_words += c->t[j].kind == DG_TOKEN_WORD;
        if (cued || (k < lead && l->words - date_words <= 6) || l->words == date_words) {
          c->doc->date = e.date;
          return;
        }
      }
      i = e.end - 1;
    }
  }
}

static void
set_place(Ctx *c, guint begin, guint end)
{
  char *name = dg_text_substring(c->doc->text, c->t[begin].begin, c->t[end - 1].end);
  g_autofree char *slug = dg_slug(name);
  if (!*slug) {
    g_free(name);
    return;
  }
  guint e = dg_ctx_named_entity(c, DG_ENTITY_PLACE, slug, name, begin);
  c->doc->place = e;
  dg_ctx_add_text_mention(c, begin, end, e);
}

static gboolean
is_capitalised_word(const Ctx *c, guint i)
{
  return i < c->n && c->t[i].kind == DG_TOKEN_WORD && (c->t[i].flags & DG_TOKEN_CAPITALISED);
}

/* A capitalised word among the three tokens before token @at, in its paragraph. */
static gboolean
capitalised_before(const Ctx *c, guint at, guint par)
{
  for (guint k = at; k > c->body && at - k < 3 && c->t[k - 1].paragraph == par; k--)
    if (is_capitalised_word(c, k - 1))
      return TRUE;
  return FALSE;
}

/* The first token of the place name that ends before token @end: up to
 * four capitalised words, with the hyphens and short lower-case words inside
 * them ("Port-au-Prince", "Dar es Salaam"), or the words of an
 * organisation's name ("Nations unies", a dateline of the UN's seat). */
static guint
place_start(const Ctx *c, guint end, guint par)
{
  guint p = end, words = 0;
  const DgLexMatch *m;
  while (p > c->body && c->t[p - 1].paragraph == par && words < 4) {
    const DgToken *t = &c->t[p - 1];
    gboolean inner = p < end && capitalised_before(c, p - 1, par);
    if (t->kind == DG_TOKEN_WORD &&
        ((t->flags & DG_TOKEN_CAPITALISED) ||
         ((m = dg_ctx_match_covering(c, DG_DOMAIN_ORG, p - 1)) && m->end <= end &&
          (c->t[m->begin].flags & DG_TOKEN_CAPITALISED)))) {
      words++;
      p--;
    } else if (inner && t->kind == DG_TOKEN_WORD && g_utf8_strlen(t->fold, -1) <= 3) {
      p--; /* "es", "au" */
    } else if (inner && dg_tok_is(t, "-") && !(t->flags & DG_TOKEN_SPACE_BEFORE) &&
               !(c->t[p].flags & DG_TOKEN_SPACE_BEFORE)) {
      p--;
    } else {
      break;
    }
  }
  /* never start on a joining word */
  while (p < end && !(c->t[p].flags & DG_TOKEN_CAPITALISED))
    p++;
  return p;
}

/* "New York, MINA –", "Hanoï (VNA) –", "NAIROBI, March 3 (Xinhua) --",
 * "United Nations (United States) (AFP) -": at the start of a line of the
 * header or of the lead, a place, perhaps a date, an agency, a dash. */
static void
read_dateline(Ctx *c, const GArray *lines, guint lead)
{
  GArray *orgs = c->lexm[DG_DOMAIN_ORG];
  guint last = lines->len ? g_array_index(lines, Line, MIN(lead + 1, lines->len) - 1).end : 0;
  guint lead_par = last ? c->t[last - 1].paragraph : 0;
  const DgLexMatch *fallback = NULL;
  for (guint k = 0; k < orgs->len; k++) {
    const DgLexMatch *m = &g_array_index(orgs, DgLexMatch, k);
    if (m->begin < c->body)
      continue;
    if (m->begin >= last)
      break;
    if (!dg_lex_item_is_news_media(m->form->item))
      continue;
    guint after = m->end;
    if (after < c->n && (dg_tok_is(&c->t[after], ")") || dg_tok_is(&c->t[after], "/")))
      after++;
    if (after >= c->n || !(dg_tok_is(&c->t[after], "-") || dg_tok_is(&c->t[after], ":")))
      continue;
    guint par = c->t[m->begin].paragraph;
    guint before = m->begin;
    /* "(VNA)", ", MINA", "/Xinhua/", "ASTANA. KAZINFORM" */
    if (before > c->body &&
        (dg_tok_is(&c->t[before - 1], "(") || dg_tok_is(&c->t[before - 1], ",") ||
         dg_tok_is(&c->t[before - 1], "/") || dg_tok_is(&c->t[before - 1], ".")))
      before--;
    /* "PARIS - (AFP) -" */
    if (before > c->body + 1 && before < m->begin && dg_tok_is(&c->t[before - 1], "-") &&
        (c->t[before - 1].flags & DG_TOKEN_SPACE_BEFORE))
      before--;
    /* a date between the place and the agency */
    guint date_end = before;
    while (before > c->body && c->t[before - 1].paragraph == par &&
           (c->t[before - 1].kind == DG_TOKEN_NUMBER || dg_tok_is(&c->t[before - 1], ",") ||
            dg_tok_is(&c->t[before - 1], ".") ||
            dg_ctx_match_covering(c, DG_DOMAIN_CALENDAR, before - 1)))
      before--;
    for (guint d = before; d < date_end; d++) {
      DgDateExpr e;
      if (dg_date_parse_at(c->lex, c->t, c->n, d, &e)) {
        if (dg_date_is_valid(e.date) && !dg_date_is_valid(c->doc->date))
          c->doc->date = e.date;
        else if (!e.date.year && e.date.month && e.date.day && !e.relative && !e.weekday)
          c->dateline_day = e.date;
        break;
      }
    }
    while (before > c->body && dg_tok_is(&c->t[before - 1], ","))
      before--;
    /* "United Nations (United States)": the country of the place */
    guint place_end = before;
    if (before > c->body + 2 && dg_tok_is(&c->t[before - 1], ")")) {
      guint open = before - 1;
      while (open > c->body && !dg_tok_is(&c->t[open], "(") && before - open < 6)
        open--;
      if (dg_tok_is(&c->t[open], "("))
        place_end = before = open;
    }
    guint p = place_start(c, before, par);
    gboolean line_start = p == c->body || (c->t[p].flags & DG_TOKEN_LINE_BEFORE);
    /* "ADDIS ABABA, Ethiopia, March 3 (Xinhua)": the city, not its country */
    if (!line_start && p > c->body + 1 && dg_tok_is(&c->t[p - 1], ",") &&
        dg_ctx_match_at(c, DG_DOMAIN_STATE, p) &&
        dg_ctx_match_at(c, DG_DOMAIN_STATE, p)->end == place_end) {
      guint city = place_start(c, p - 1, par);
      if (city < p - 1 && (city == c->body || (c->t[city].flags & DG_TOKEN_LINE_BEFORE))) {
        place_end = p - 1;
        p = city;
        line_start = TRUE;
      }
    }
    if (!line_start && !(before == m->begin && m->begin == c->body))
      continue;
    if (p >= place_end && c->t[m->begin].paragraph != lead_par) {
      /* "ANP – 10 décembre 2021" over a dateline with a place: keep looking */
      if (!fallback)
        fallback = m;
      continue;
    }
    if (p < place_end)
      set_place(c, p, place_end);
    c->doc->publisher = g_strdup(m->form->item->key);
    c->body = after + 1;
    return;
  }
  if (fallback)
    c->doc->publisher = g_strdup(fallback->form->item->key);
}

/* The organisation named by tokens [@b, @e), no lexicon's: its key is the
 * slug of its name as written. */
static guint
text_org(Ctx *c, guint b, guint e)
{
  char *name = dg_text_substring(c->doc->text, c->t[b].begin, c->t[e - 1].end);
  g_autofree char *slug = dg_slug(name);
  return dg_ctx_named_entity(c, DG_ENTITY_ORG, slug, name, b);
}

/* Whether tokens [@b, @e) have the shape of an organisation's name, not of
 * a headline: capitalised words and the words that link them; a lower-case
 * word only as an adjective after a capitalised one ("Affaires
 * étrangères"). "Le Conseil de sécurité débat de la piraterie" is none. */
static gboolean
org_name_shape(const Ctx *c, guint b, guint e)
{
  guint end;
  for (guint k = b; k < e; k++) {
    const DgToken *t = &c->t[k];
    if (t->kind != DG_TOKEN_WORD || (t->flags & DG_TOKEN_CAPITALISED))
      continue;
    if (dg_ctx_cue_at(c, "org-link", k, &end) || dg_ctx_cue_at(c, "determiner", k, &end)) {
      k = end - 1;
      continue;
    }
    if (k > b && dg_tok_is(t, "s") && dg_tok_is(&c->t[k - 1], "'"))
      continue; /* "Ghana's Ministry of Foreign Affairs" */
    if (k == b || !is_capitalised_word(c, k - 1))
      return FALSE;
  }
  return TRUE;
}

/* A masthead line naming the publisher: "ABC News", "Department of Foreign
 * Affairs", "MINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION",
 * "France Diplomatie – Ministère de l'Europe et des Affaires étrangères". */
static void
read_masthead(Ctx *c, const GArray *lines, guint lead)
{
  for (guint k = 0; k < lines->len && k < lead && k < 4 && !c->doc->publisher; k++) {
    const Line *l = &g_array_index(lines, Line, k);
    if (l->words == 0 || l->words > 12 || dg_tok_is(&c->t[l->end - 1], "."))
      continue;
    for (guint i = l->begin; i < l->end; i++) {
      const DgLexMatch *m = dg_ctx_match_at(c, DG_DOMAIN_ORG, i);
      if (m && dg_lex_item_is_news_media(m->form->item) && l->words <= 6) {
        c->doc->publisher = g_strdup(m->form->item->key);
        return;
      }
    }
    /* the segment, between dashes or bars, that holds an organisation's head word */
    guint b = l->begin;
    for (guint i = l->begin; i <= l->end; i++) {
      gboolean sep = i == l->end || ((dg_tok_is(&c->t[i], "-") || dg_tok_is(&c->t[i], "|")) &&
                                     (c->t[i].flags & DG_TOKEN_SPACE_BEFORE));
      if (!sep)
        continue;
      /* a head word that ends the name or is joined to what follows
       * ("Ministry of …", "Federal Foreign Office"), not a body's name; or,
       * over a headline, a head word among the last two ("Security Council
       * Report"), not a headline's verb after it ("Council Holds Debate") */
      gboolean head = FALSE;
      guint end;
      for (guint j = b; j < i && !head; j++) {
        if (!dg_ctx_cue_at(c, "org-word", j, &end) || !(c->t[j].flags & DG_TOKEN_CAPITALISED))
          continue;
        head = (!dg_ctx_match_covering(c, DG_DOMAIN_ORG, j) &&
                (j + 1 == i || dg_ctx_cue_at(c, "org-link", j + 1, &end))) ||
               (k + 1 < lead && j + 2 >= i && l->words <= 6);
      }
      if (head && i > b && org_name_shape(c, b, i)) {
        guint e = text_org(c, b, i);
        dg_ctx_add_text_mention(c, b, i, e);
        c->doc->publisher = g_strdup(dg_ctx_entity(c, e)->key);
        return;
      }
      b = i + 1;
    }
  }
}

/* A dateline with no agency, as press releases write it: "Accra, 23rd
 * November 2022", "Communiqué de presse – Paris, le 13 mars 2019", at the
 * start of a header line or after a dash. */
static void
read_plain_dateline(Ctx *c, const GArray *lines, guint lead)
{
  for (guint k = 0; k < lines->len && k <= lead && c->doc->place == DG_NONE; k++) {
    const Line *l = &g_array_index(lines, Line, k);
    for (guint i = l->begin; i < l->end; i++) {
      gboolean starts = i == l->begin || (dg_tok_is(&c->t[i - 1], "-") &&
                                          (c->t[i - 1].flags & DG_TOKEN_SPACE_BEFORE));
      if (!starts || !(c->t[i].flags & DG_TOKEN_CAPITALISED) || c->t[i].kind != DG_TOKEN_WORD)
        continue;
      guint p = i;
      while (p < l->end && p < i + 3 && c->t[p].kind == DG_TOKEN_WORD &&
             (c->t[p].flags & DG_TOKEN_CAPITALISED))
        p++;
      if (p >= l->end || !dg_tok_is(&c->t[p], ","))
        continue;
      guint d = p + 1, end;
      if (d < l->end && dg_ctx_cue_at(c, "determiner", d, &end))
        d = end; /* "Paris, le 13 mars 2019" */
      DgDateExpr e;
      if (!dg_date_parse_at(c->lex, c->t, c->n, d, &e) || !dg_date_is_valid(e.date))
        continue;
      set_place(c, i, p);
      if (!dg_date_is_valid(c->doc->date))
        c->doc->date = e.date;
      return;
    }
  }
}

/* The header, in order: a metadata date, a dateline, the article's date, a masthead. */
static void
read_header(Ctx *c)
{
  g_autoptr(GArray) lines = lines_of(c);
  guint found = lead_line(c, lines);
  guint lead = found != DG_NONE ? found : (lines->len ? lines->len - 1 : 0);
  read_metadata_date(c);
  read_dateline(c, lines, lead);
  read_plain_dateline(c, lines, lead);
  read_header_date(c, lines, lead);
  read_masthead(c, lines, lead);
  if (c->body == 0 && found != DG_NONE && found > 0)
    c->body = g_array_index(lines, Line, found).begin;
}

/* A sign-off or byline at the very end: "Mi'raj News Agency (MINA)", ".-VNA". */
static void
read_byline(Ctx *c)
{
  GArray *orgs = c->lexm[DG_DOMAIN_ORG];
  if (c->doc->publisher || c->n == 0)
    return;
  for (guint k = orgs->len; k-- > 0;) {
    const DgLexMatch *m = &g_array_index(orgs, DgLexMatch, k);
    if (m->end + 8 < c->n)
      break;
    if (dg_lex_item_is_news_media(m->form->item)) {
      c->doc->publisher = g_strdup(m->form->item->key);
      return;
    }
  }
}

static void
mark_captions(Ctx *c)
{
  guint paragraphs = c->n ? c->t[c->n - 1].paragraph + 1 : 0;
  c->caption = g_new0(gboolean, paragraphs + 1);
  g_autofree guint *words = g_new0(guint, paragraphs + 1);
  for (guint i = 0; i < c->n; i++)
    words[c->t[i].paragraph] += c->t[i].kind == DG_TOKEN_WORD;
  for (guint i = 0; i < c->n; i++) {
    guint end;
    if (dg_ctx_cue_at(c, "caption", i, &end))
      c->caption[c->t[i].paragraph] = TRUE;
    /* a byline or credit line, "By Jane Doe, …", "Par Jean Dupont", "Editor: …",
     * names nobody of the story: like a caption */
    gboolean starts = i == 0 || c->t[i - 1].paragraph != c->t[i].paragraph;
    if (starts && words[c->t[i].paragraph] <= 15 && dg_ctx_cue_at(c, "byline", i, &end)) {
      while (end < c->n && dg_tok_is(&c->t[end], ":"))
        end++;
      if (end < c->n && (c->t[end].flags & DG_TOKEN_CAPITALISED) &&
          c->t[end].paragraph == c->t[i].paragraph)
        c->caption[c->t[i].paragraph] = TRUE;
    }
  }
}

/* Adds a span of tokens [@b, @e) naming @entity (marking its tokens taken). */
static void
add_span(Ctx *c, guint b, guint e, guint entity)
{
  Span s = {b, e, entity};
  g_array_append_val(c->spans, s);
  for (guint k = b; k < e; k++)
    c->covered[k] = 1;
}

static gint
by_begin(gconstpointer a, gconstpointer b)
{
  const Span *x = a, *y = b;
  return x->begin < y->begin ? -1 : x->begin > y->begin;
}


/* "Women's" in "Sahel Women's Network": a capitalised word and "'s" right
 * before @b, the word no state ("Ghana's Ministry" is Ghana's). */
static gboolean
possessive_word(const Ctx *c, guint b)
{
  return b >= c->body + 3 && dg_tok_is(&c->t[b - 1], "s") && dg_tok_is(&c->t[b - 2], "'") &&
         !(c->t[b - 2].flags & DG_TOKEN_SPACE_BEFORE) && is_capitalised_word(c, b - 3) &&
         !dg_ctx_match_covering(c, DG_DOMAIN_STATE, b - 3) &&
         !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, b - 3) &&
         c->t[b - 3].paragraph == c->t[b].paragraph;
}

/* Whether the initials of the words of [@b, @e) spell @acronym (folded),
 * with or without the words that join a name (of, for, des, la…). */
static gboolean
initials_spell(const Ctx *c, guint b, guint e, const char *acronym)
{
  for (int way = 0; way < 4; way++) {
    gboolean with_links = way & 1, hyphens = way & 2; /* "Inter-regional" as one word */
    GString *initials = g_string_new(NULL);
    for (guint k = b; k < e; k++) {
      guint end;
      if (c->t[k].kind != DG_TOKEN_WORD || (dg_tok_is(&c->t[k], "s") && k > b &&
                                            dg_tok_is(&c->t[k - 1], "'")))
        continue;
      if (hyphens && k > b && dg_tok_is(&c->t[k - 1], "-") &&
          !(c->t[k].flags & DG_TOKEN_SPACE_BEFORE))
        continue;
      if (!with_links && (dg_ctx_cue_at(c, "org-link", k, &end) ||
                          dg_ctx_cue_at(c, "determiner", k, &end)))
        continue;
      g_string_append_unichar(initials, g_utf8_get_char(c->t[k].fold));
    }
    gboolean same = strcmp(initials->str, acronym) == 0;
    g_string_free(initials, TRUE);
    if (same)
      return TRUE;
  }
  return FALSE;
}

/* "Inter-regional" in "Inter-regional Coordination Centre": a capitalised
 * word, a hyphen and a lower-case word right before @b. */
static gboolean
hyphenated_word(const Ctx *c, guint b)
{
  return b >= c->body + 3 && c->t[b - 1].kind == DG_TOKEN_WORD &&
         dg_tok_is(&c->t[b - 2], "-") && !(c->t[b - 2].flags & DG_TOKEN_SPACE_BEFORE) &&
         !(c->t[b - 1].flags & DG_TOKEN_SPACE_BEFORE) && is_capitalised_word(c, b - 3) &&
         !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, b - 3) &&
         c->t[b - 3].paragraph == c->t[b].paragraph;
}

/* The span of one token at @tok that a lexicon organisation holds, named
 * anew by the text ("the Interregional Coordination Centre (ICC)" is no
 * court): it and its mention now name @entity. */
static void
retarget_acronym(Ctx *c, guint tok, guint entity)
{
  for (guint k = 0; k < c->spans->len; k++) {
    Span *sp = &g_array_index(c->spans, Span, k);
    if (sp->begin != tok || sp->end != tok + 1)
      continue;
    for (guint m = 0; m < c->doc->mentions->len; m++) {
      DgMention *x = &g_array_index(c->doc->mentions, DgMention, m);
      if (x->begin == c->t[tok].begin && x->end == c->t[tok].end && x->entity == sp->entity)
        x->entity = entity;
    }
    sp->entity = entity;
    return;
  }
}

/* Organisations that no lexicon knows, named by the text: a run of
 * capitalised words headed by a word such as Centre, Institute, Institut,
 * joined by of/for/on/de/pour…, and an acronym in parentheses after it:
 * "Centre for Maritime Security of Norway", "Stockholm International Peace
 * Research Institute (SIPRI)". */
static void
find_text_orgs(Ctx *c)
{
  for (guint i = c->body; i < c->n; i++) {
    guint end;
    if (!is_capitalised_word(c, i) || !dg_ctx_cue_at(c, "org-word", i, &end) ||
        dg_ctx_match_covering(c, DG_DOMAIN_ORG, i) || c->covered[i] ||
        dg_ctx_match_covering(c, DG_DOMAIN_STATE, i) || /* "Russian Federation" */
        c->caption[c->t[i].paragraph])
      continue;
    guint b = i;
    while (b > c->body && c->t[b - 1].paragraph == c->t[i].paragraph &&
           (is_capitalised_word(c, b - 1) || possessive_word(c, b) || hyphenated_word(c, b) ||
            (c->t[b - 1].kind == DG_TOKEN_WORD &&
                                              dg_ctx_match_covering(c, DG_DOMAIN_STATE, b - 1))) &&
           !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, b - 1) &&
           !dg_ctx_match_covering(c, DG_DOMAIN_ORG, b - 1) &&
           !dg_ctx_cue_at(c, "determiner", b - 1, &end) && !(c->t[b].flags & DG_TOKEN_LINE_BEFORE))
      b -= possessive_word(c, b) || hyphenated_word(c, b) ? 3 : 1;
    /* "the UN Regional Centre for …": the UN's acronym opens the name */
    const DgLexMatch *un = b > c->body ? dg_ctx_match_ending(c, DG_DOMAIN_ORG, b) : NULL;
    if (un && un->end == b && un->begin + 1 == b && strcmp(un->form->item->key, "un") == 0 &&
        (c->t[un->begin].flags & DG_TOKEN_UPPER) && b < i) {
      for (guint k = 0; k < c->spans->len; k++)
        if (g_array_index(c->spans, Span, k).begin == un->begin) {
          g_array_remove_index(c->spans, k);
          break;
        }
      b = un->begin;
    }
    guint e = i + 1;
    for (;;) {
      guint j = e;
      /* connectors: of, for, on, and, de, du, des, pour, sur, la, l' */
      while (j < c->n && j < e + 3 && c->t[j].kind != DG_TOKEN_NUMBER &&
             (dg_ctx_cue_at(c, "org-link", j, &end) || dg_tok_is(&c->t[j], "'")))
        j = dg_tok_is(&c->t[j], "'") ? j + 1 : end;
      /* "the Maputo Women's Forum and Jane Doe": a name that ends on its
       * head word is joined to no more words by "and" */
      if (j > e && dg_ctx_cue_at(c, "conjunction", e, &end) &&
          dg_ctx_cue_at(c, "org-word", e - 1, &end))
        break;
      if (j < c->n && is_capitalised_word(c, j) && c->t[j].paragraph == c->t[i].paragraph &&
          !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, j) && !(c->t[j].flags & DG_TOKEN_UPPER) &&
          !dg_ctx_match_covering(c, DG_DOMAIN_CALENDAR, j)) { /* not "Council for May" */
        e = j + 1;
        while (is_capitalised_word(c, e) && !(c->t[e].flags & DG_TOKEN_UPPER) &&
               !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, e))
          e++;
      } else {
        break;
      }
    }
    /* "Association des femmes juristes de Centrafrique (AFJC)": with an
     * acronym after it, a name may hold lower-case words */
    for (guint j = e; j < c->n && j < e + 8; j++) {
      const DgToken *t = &c->t[j];
      if (t->kind == DG_TOKEN_PUNCT && !dg_tok_is(t, "'") && !dg_tok_is(t, "-")) {
        if (dg_tok_is(t, "(") && j + 2 < c->n && (c->t[j + 1].flags & DG_TOKEN_UPPER) &&
            dg_tok_is(&c->t[j + 2], ")") && !dg_ctx_match_covering(c, DG_DOMAIN_ORG, j + 1))
          e = j;
        break;
      }
      if (t->paragraph != c->t[i].paragraph || t->kind == DG_TOKEN_NUMBER)
        break;
    }
    if (e - b < 2) {
      i = e;
      continue;
    }
    guint ent = text_org(c, b, e);
    DgEntity *x = dg_ctx_entity(c, ent);
    guint stop = e;
    if (e + 2 < c->n && dg_tok_is(&c->t[e], "(") && (c->t[e + 1].flags & DG_TOKEN_UPPER) &&
        dg_tok_is(&c->t[e + 2], ")")) {
      const DgLexMatch *known = dg_ctx_match_covering(c, DG_DOMAIN_ORG, e + 1);
      gboolean ours = TRUE;
      if (!c->covered[e + 1]) {
        dg_ctx_add_text_mention(c, e + 1, e + 2, ent);
        add_span(c, e + 1, e + 2, ent);
      } else if (known && known->begin == e + 1 && known->end == e + 2 &&
                 !dg_lex_item_is_news_media(known->form->item) &&
                 initials_spell(c, b, e, c->t[e + 1].fold)) {
        retarget_acronym(c, e + 1, ent);
      } else {
        ours = FALSE;
      }
      if (ours) {
        if (!x->acronym)
          x->acronym = dg_text_substring(c->doc->text, c->t[e + 1].begin, c->t[e + 1].end);
        stop = e + 3;
      }
    }
    add_span(c, b, e, ent);
    dg_ctx_add_text_mention(c, b, e, ent);
    i = stop - 1;
  }
}

/* "Director of Education Cannot Wait (ECW)": a role and a preposition
 * right before token @b. */
static gboolean
after_role(const Ctx *c, guint b)
{
  if (b < 2)
    return FALSE;
  const DgToken *prep = &c->t[b - 1];
  return (dg_tok_is(prep, "of") || dg_tok_is(prep, "at") || dg_tok_is(prep, "from") ||
          dg_tok_is(prep, "de") || dg_tok_is(prep, "du")) &&
         dg_ctx_match_ending(c, DG_DOMAIN_ROLE, b - 1) != NULL;
}

/* "the Sahel Women's Network (SWN)": a name with no head word that the
 * acronym after it spells, letter by letter. */
static void
find_acronym_orgs(Ctx *c)
{
  for (guint i = c->body + 1; i + 2 < c->n; i++) {
    const DgToken *a = &c->t[i + 1];
    if (!dg_tok_is(&c->t[i], "(") || !dg_tok_is(&c->t[i + 2], ")") ||
        a->kind != DG_TOKEN_WORD || !(a->flags & DG_TOKEN_UPPER) || c->covered[i + 1] ||
        c->covered[i - 1] || c->caption[a->paragraph])
      continue;
    glong letters = g_utf8_strlen(a->fold, -1);
    if (letters < 2 || letters > 8)
      continue;
    guint best = DG_NONE;
    for (guint b = i; b-- > c->body && i - b <= 12;) {
      const DgToken *t = &c->t[b];
      if (t->sentence != a->sentence || c->covered[b] || t->kind == DG_TOKEN_NUMBER ||
          (t->kind == DG_TOKEN_PUNCT && !dg_tok_is(t, "'") && !dg_tok_is(t, "-")))
        break;
      guint end;
      if (is_capitalised_word(c, b) && !dg_ctx_cue_at(c, "determiner", b, &end) &&
          !dg_ctx_cue_at(c, "org-link", b, &end) && initials_spell(c, b, i, a->fold))
        best = b;
    }
    /* a concept follows a bare preposition ("on Information and
     * Communication Technology (ICT)"), an organisation an article, a role
     * ("Director of Education Cannot Wait (ECW)") or a word that says what
     * it is ("the global fund Education Cannot Wait (ECW)") */
    static const char *const bare[] = {"on", "in", "of", "for", "to", "with", "about", "by",
                                       "sur", "dans", "en", "de", "du", "des", "pour", "par"};
    gboolean concept = FALSE;
    for (guint k = 0; best != DG_NONE && best > 0 && k < G_N_ELEMENTS(bare); k++)
      concept = concept || dg_tok_is(&c->t[best - 1], bare[k]);
    if (best == DG_NONE || (concept && !after_role(c, best)))
      continue;
    guint ent = text_org(c, best, i);
    DgEntity *x = dg_ctx_entity(c, ent);
    if (!x->acronym)
      x->acronym = dg_text_substring(c->doc->text, a->begin, a->end);
    add_span(c, best, i, ent);
    dg_ctx_add_text_mention(c, best, i, ent);
    add_span(c, i + 1, i + 2, ent);
    dg_ctx_add_text_mention(c, i + 1, i + 2, ent);
    i += 2;
  }
}

/* Whether the state match @m names a sea ("the Gulf of Guinea") or is an
 * ordinary word that opens a sentence ("Réunion informelle sur …"). */
static gboolean
names_no_state(const Ctx *c, const DgLexMatch *m)
{
  guint end;
  for (guint j = m->begin > 3 ? m->begin - 3 : 0; j < m->begin; j++)
    if (dg_ctx_cue_at(c, "geo-feature", j, &end) && end == m->begin)
      return TRUE;
  return m->begin == c->sent_begin[c->t[m->begin].sentence] &&
         dg_ctx_cue_at(c, "common-state", m->begin, &end) && end == m->end;
}

/* Organisations first, then states outside them ("Vietnam News Agency" is
 * an agency, not a mention of Viet Nam). */
static void
find_states_and_orgs(Ctx *c)
{
  GArray *orgs = c->lexm[DG_DOMAIN_ORG];
  for (guint k = 0; k < orgs->len; k++) {
    const DgLexMatch *m = &g_array_index(orgs, DgLexMatch, k);
    guint e = dg_document_entity(c->doc, DG_ENTITY_ORG, m->form->item->key, m->form->item,
                                 m->begin);
    add_span(c, m->begin, m->end, e);
    dg_ctx_add_text_mention(c, m->begin, m->end, e);
  }
  find_text_orgs(c);
  find_acronym_orgs(c);
  /* acronyms that a text organisation introduced, used again later */
  g_autoptr(GHashTable) acronyms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < c->doc->entities->len; k++) {
    const DgEntity *x = dg_ctx_entity(c, k);
    if (x->kind == DG_ENTITY_ORG && !x->item && x->acronym)
      g_hash_table_insert(acronyms, dg_fold_string(x->acronym), GUINT_TO_POINTER(k + 1));
  }
  for (guint i = c->body; i < c->n && g_hash_table_size(acronyms); i++) {
    if (!(c->t[i].flags & DG_TOKEN_UPPER))
      continue;
    guint k = GPOINTER_TO_UINT(g_hash_table_lookup(acronyms, c->t[i].fold));
    const DgLexMatch *known = dg_ctx_match_covering(c, DG_DOMAIN_ORG, i);
    if (k && known && known->begin == i && known->end == i + 1 &&
        !dg_lex_item_is_news_media(known->form->item)) {
      retarget_acronym(c, i, k - 1); /* the text's meaning of the acronym */
      continue;
    }
    if (c->covered[i] || known)
      continue;
    if (k) {
      add_span(c, i, i + 1, k - 1);
      dg_ctx_add_text_mention(c, i, i + 1, k - 1);
    }
  }
  GArray *states = c->lexm[DG_DOMAIN_STATE];
  for (guint k = 0; k < states->len; k++) {
    const DgLexMatch *m = &g_array_index(states, DgLexMatch, k);
    if (dg_ctx_match_covering(c, DG_DOMAIN_ORG, m->begin) || names_no_state(c, m))
      continue;
    guint e = dg_document_entity(c->doc, DG_ENTITY_STATE, m->form->item->key, m->form->item,
                                 m->begin);
    if (c->covered[m->begin]) {
      /* "Mission du Vietnam": the state is named, inside an organisation's name */
      dg_ctx_add_text_mention(c, m->begin, m->end, e);
      continue;
    }
    add_span(c, m->begin, m->end, e);
    dg_ctx_add_text_mention(c, m->begin, m->end, e);
  }
  /* spans in text order (they do not overlap), indexed by their tokens */
  g_array_sort(c->spans, by_begin);
  c->span_first = g_new0(guint, c->n + 1);
  c->span_last = g_new0(guint, c->n + 1);
  for (guint i = 0; i < c->spans->len; i++) {
    const Span *s = &g_array_index(c->spans, Span, i);
    for (guint k = s->begin; k < s->end; k++)
      c->covered[k] = i + 1;
    if (!c->span_first[s->begin])
      c->span_first[s->begin] = i + 1;
    if (!c->span_last[s->end])
      c->span_last[s->end] = i + 1;
  }
}

static void
index_sentences(Ctx *c)
{
  guint ns = dg_text_get_n_sentences(c->doc->text);
  c->sent_begin = g_new0(guint, ns + 1);
  c->sent_end = g_new0(guint, ns + 1);
  for (guint i = c->n; i-- > 0;)
    c->sent_begin[c->t[i].sentence] = i;
  for (guint i = 0; i < c->n; i++)
    c->sent_end[c->t[i].sentence] = i + 1;
}

DgDocument *
dg_recognise(const DgLexicon *lex, DgArticle *article)
{
  g_return_val_if_fail(lex != NULL && article != NULL, NULL);
  DgText *text = dg_text_new(dg_article_get_text(article), dg_article_get_length(article));
  dg_lexicon_annotate(lex, text);
  DgDocument *doc = dg_document_new(article, text);
  Ctx c = {
    .lex = lex,
    .doc = doc,
    .t = dg_text_get_tokens(text),
    .n = dg_text_get_n_tokens(text),
  };
  /* a language the corpus gives beside the text wins over detection */
  doc->lang = dg_article_get_language(article);
  if (!doc->lang)
    doc->lang = dg_detect_language(lex, text);
  c.lang = doc->lang;
  for (guint d = 0; d < DG_N_DOMAINS; d++)
    c.lexm[d] = dg_lexicon_scan(lex, d, text);
  c.spans = g_array_new(FALSE, FALSE, sizeof(Span));
  c.persons = g_array_new(FALSE, FALSE, sizeof(PersonSpan));
  c.nationality = g_hash_table_new(g_direct_hash, g_direct_equal);
  c.gender = g_hash_table_new(g_direct_hash, g_direct_equal);
  c.in_quote = g_new0(gboolean, c.n + 1);
  c.covered = g_new0(guint, c.n + 1);
  index_sentences(&c);

  mark_captions(&c);
  read_header(&c);
  /* so does a date the corpus gives: relative dates are resolved against it */
  const char *meta_date = dg_article_get_date(article);
  if (meta_date)
    doc->date = (DgDate){(int)g_ascii_strtoll(meta_date, NULL, 10),
                         (int)g_ascii_strtoll(meta_date + 5, NULL, 10),
                         (int)g_ascii_strtoll(meta_date + 8, NULL, 10)};
  find_states_and_orgs(&c);
  read_byline(&c);
  /* the header (date line, dateline) is not part of the first body sentence */
  if (c.body < c.n && c.sent_begin[c.t[c.body].sentence] < c.body)
    c.sent_begin[c.t[c.body].sentence] = c.body;
  dg_recognise_persons(&c);
  dg_recognise_quotes(&c);
  dg_recognise_events(&c);

  for (guint d = 0; d < DG_N_DOMAINS; d++)
    g_array_unref(c.lexm[d]);
  g_array_unref(c.spans);
  g_array_unref(c.persons);
  g_hash_table_unref(c.nationality);
  g_hash_table_unref(c.gender);
  g_free(c.in_quote);
  g_free(c.caption);
  g_free(c.covered);
  g_free(c.span_first);
  g_free(c.span_last);
  g_free(c.sent_begin);
  g_free(c.sent_end);
  return doc;
}
