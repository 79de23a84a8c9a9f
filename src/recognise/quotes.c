/* SPDX-License-Identifier: ISC */
/* Direct quotations (“ ”, « », "…", and a closing mark used to open) and
 * reported speech (a subject, a speech verb, that/que and a clause), with the
 * speaker found next to the verb: a name, an apposition, a pronoun, a
 * description ("the ambassador", "le diplomate vietnamien") or a state. */
#include "recognise-private.h"

#include <string.h>

/* Person mentions are in text order; the searches below look back from a
 * token only as far as a mention (or its apposition) can reach, so that long
 * texts dense with names stay linear. */
#define NAME_REACH 64
#define APPOSITION_REACH 256

static const PersonSpan *
person_ending(const Ctx *c, guint end)
{
  for (guint k = dg_ctx_persons_from(c, end); k-- > 0;) {
    const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
    if (ps->begin + NAME_REACH < end)
      break;
    if (ps->end == end)
      return ps;
  }
  return NULL;
}

static const PersonSpan *
person_closing_at(const Ctx *c, guint comma)
{
  for (guint k = dg_ctx_persons_from(c, comma); k-- > 0;) {
    const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
    if (ps->begin + APPOSITION_REACH < comma)
      break;
    if (ps->appos_end == comma)
      return ps;
  }
  return NULL;
}

/* The person named last before @tok whose gender does not contradict
 * @gender ('f', 'm' or 0 for either): "she" skips a Mr. */
static guint
last_person_before(const Ctx *c, guint tok, char gender)
{
  guint first = dg_ctx_persons_from(c, tok);
  for (guint k = first; k-- > 0 && first - k <= 8;) {
    guint e = g_array_index(c->persons, PersonSpan, k).entity;
    char g = (char)GPOINTER_TO_INT(g_hash_table_lookup(c->gender, GUINT_TO_POINTER(e + 1)));
    if (!gender || !g || g == gender)
      return e;
  }
  return first ? g_array_index(c->persons, PersonSpan, first - 1).entity : DG_NONE;
}

static gboolean
cue_ending(const Ctx *c, const char *key, guint end, guint *begin)
{
  guint s = c->sent_begin[c->t[end > 0 ? end - 1 : 0].sentence];
  for (guint j = (end > s + 4 ? end - 4 : s); j < end; j++) {
    guint e;
    if (dg_ctx_cue_at(c, key, j, &e) && e == end) {
      *begin = j;
      return TRUE;
    }
  }
  return FALSE;
}

static gboolean
is_generic_role(const DgLexItem *role)
{
  const char *scope = dg_lex_item_attr(role, "scope");
  return !scope || strcmp(scope, "org") != 0;
}

/* Whether one of @p's job titles contains the words of @form ("the Deputy
 * Minister" for a "Deputy Minister for Foreign Affairs"). */
static gboolean
title_contains(const DgEntity *p, const DgLexForm *form)
{
  g_autofree char *want = g_strjoinv(" ", form->tokens);
  for (guint i = 0; i < p->job_titles->len; i++) {
    const DgLangString *t = p->job_titles->pdata[i];
    g_autofree char *slug = dg_slug(t->text);
    g_strdelimit(slug, "-", ' ');
    g_autofree char *padded = g_strconcat(" ", slug, " ", NULL);
    g_autofree char *needle = g_strconcat(" ", want, " ", NULL);
    g_strdelimit(needle, "-'", ' ');
    if (strstr(padded, needle))
      return TRUE;
  }
  return FALSE;
}

/* "the ambassador", "le diplomate vietnamien": the latest person before
 * @before whose role, or whose state, fits. */
static guint
resolve_description(Ctx *c, const DgLexForm *form, const char *state, guint before)
{
  const DgLexItem *role = form ? form->item : NULL;
  guint first = dg_ctx_persons_from(c, before);
  /* the person with that role or title first; a state's envoy for a
   * generic word ("the diplomat") only when nobody has it */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = first; k-- > 0 && first - k <= 200;) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      DgEntity *p = dg_ctx_entity(c, ps->entity);
      if (state) {
        const char *nation =
          g_hash_table_lookup(c->nationality, GUINT_TO_POINTER(ps->entity + 1));
        if ((p->represents && strcmp(p->represents, state) == 0) ||
            (nation && strcmp(nation, state) == 0))
          return ps->entity;
        continue;
      }
      if (!role)
        continue;
      if (pass == 0 ? (g_ptr_array_find(p->roles, role, NULL) || title_contains(p, form))
                    : (is_generic_role(role) && p->represents && p->roles->len))
        return ps->entity;
    }
  return DG_NONE;
}

/* A description ending at @end: determiner, role, state adjective (in either
 * order). Returns the person, or DG_NONE; *begin is where it starts. */
static guint
description_ending(Ctx *c, guint end, guint *begin)
{
  const DgLexMatch *role = NULL;
  const char *state = NULL;
  guint b = end;
  const Span *sp = dg_ctx_span_ending(c, b);
  if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE &&
      (role = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, sp->begin))) {
    state = dg_ctx_entity(c, sp->entity)->key;
    b = role->begin;
  } else if ((role = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, b))) {
    b = role->begin;
    sp = dg_ctx_span_ending(c, b);
    if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE) {
      state = dg_ctx_entity(c, sp->entity)->key;
      b = sp->begin;
    }
  }
  if (!role)
    return DG_NONE;
  while (b > 0 && (dg_tok_is(&c->t[b - 1], "'")))
    b--;
  guint det;
  if (!cue_ending(c, "determiner", b, &det))
    return DG_NONE;
  guint e;
  if (dg_ctx_cue_at(c, "plural", det, &e) && e == b)
    return DG_NONE;
  *begin = det;
  return resolve_description(c, role->form, state, det);
}

/* "le Marocain", "la Suédoise", "the Moroccan": a determiner and a
 * nationality ending at @end, for the latest person of that state;
 * *begin is where it starts. DG_NONE when it is no such phrase. */
static guint
demonym_ending(Ctx *c, guint end, guint *begin)
{
  const Span *sp = dg_ctx_span_ending(c, end);
  if (!sp || dg_ctx_entity(c, sp->entity)->kind != DG_ENTITY_STATE ||
      !(c->t[sp->begin].flags & DG_TOKEN_CAPITALISED) || sp->begin == 0)
    return DG_NONE;
  guint b = sp->begin;
  while (b > 0 && dg_tok_is(&c->t[b - 1], "'"))
    b--;
  guint det, e;
  if (!cue_ending(c, "determiner", b, &det) || (dg_ctx_cue_at(c, "plural", det, &e) && e == b))
    return DG_NONE;
  *begin = det;
  return resolve_description(c, NULL, dg_ctx_entity(c, sp->entity)->key, det);
}

/* A description starting at @at, after a verb: "…, a rétorqué le
 * vice-ministre", "…, said the Deputy Minister". */
static guint
description_at(Ctx *c, guint at)
{
  guint end;
  if (at >= c->n || !dg_ctx_cue_at(c, "determiner", at, &end))
    return DG_NONE;
  guint r = end;
  while (r < c->n && dg_tok_is(&c->t[r], "'"))
    r++;
  const Span *sp = dg_ctx_span_at(c, r);
  if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE)
    r = sp->end; /* "the Indonesian envoy" */
  const DgLexMatch *role = dg_ctx_match_at(c, DG_DOMAIN_ROLE, r);
  if (!role) {
    guint b, who = sp && sp->end == r ? demonym_ending(c, r, &b) : DG_NONE;
    if (who != DG_NONE)
      dg_ctx_add_person_mention(c, at, r, who); /* "…, a estimé la Suédoise" */
    return who;
  }
  guint stop = role->end;
  sp = dg_ctx_span_at(c, stop);
  if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE)
    stop = sp->end; /* "le vice-ministre nicaraguayen" */
  guint who = description_ending(c, stop, &end);
  if (who != DG_NONE)
    dg_ctx_add_person_mention(c, at, stop, who);
  return who;
}

/* "X, a legal scholar at the ANU, told…": the person before one comma
 * segment that ends at @comma. */
static const PersonSpan *
person_before_segment(const Ctx *c, guint comma)
{
  for (guint k = dg_ctx_persons_from(c, comma); k-- > 0;) {
    const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
    if (ps->begin + NAME_REACH < comma)
      break;
    guint after = ps->end;
    const Span *paren = after + 2 < comma && dg_tok_is(&c->t[after], "(")
                          ? dg_ctx_span_at(c, after + 1)
                          : NULL;
    if (paren && paren->end < comma && dg_tok_is(&c->t[paren->end], ")"))
      after = paren->end + 1; /* "X (Netherlands), speaking in his national capacity, said" */
    if (after >= comma || !dg_tok_is(&c->t[after], ","))
      continue;
    for (guint j = after + 1; j < comma; j++)
      if (dg_tok_is(&c->t[j], ",") || dg_ctx_match_at(c, DG_DOMAIN_SPEECH, j))
        return NULL;
    return comma - after <= 16 ? ps : NULL;
  }
  return NULL;
}

/* Where "of Poland", "of the ICRC" that ends at @end and follows a
 * person's name starts; @end when there is none. */
static guint
agent_start(const Ctx *c, guint s, guint end)
{
  const Span *agent = dg_ctx_span_ending(c, end);
  if (!agent || agent->begin <= s + 1)
    return end;
  guint of = agent->begin - 1, b;
  if (dg_ctx_cue_at(c, "determiner", of, &b) && b == agent->begin && of > s + 1)
    of--;
  while (of > s + 1 && dg_tok_is(&c->t[of], "'"))
    of--;
  if ((dg_tok_is(&c->t[of], "of") || dg_tok_is(&c->t[of], "from") || dg_tok_is(&c->t[of], "de") ||
       dg_tok_is(&c->t[of], "du") || dg_tok_is(&c->t[of], "d")) &&
      person_ending(c, of))
    return of;
  return end;
}

guint
dg_ctx_subject_before(Ctx *c, guint verb)
{
  guint s = c->sent_begin[c->t[verb].sentence];
  guint k = verb, b;
  while (k > s && cue_ending(c, "aux", k, &b))
    k = b;
  if (k <= s)
    return DG_NONE;
  /* "X (Sweden) noted": the state in parentheses after the name */
  const Span *paren = k >= s + 3 && dg_tok_is(&c->t[k - 1], ")") ? dg_ctx_span_ending(c, k - 1)
                                                                   : NULL;
  if (paren && paren->begin > s + 1 && dg_tok_is(&c->t[paren->begin - 1], "(") &&
      dg_ctx_entity(c, paren->entity)->kind == DG_ENTITY_STATE &&
      person_ending(c, paren->begin - 1))
    k = paren->begin - 1;
  k = agent_start(c, s, k); /* "X of Poland said", "X of the ICRC said" */
  guint prev = k - 1;
  const PersonSpan *ps = person_ending(c, k);
  if (ps)
    return ps->entity;
  if (dg_tok_is(&c->t[prev], ",") &&
      ((ps = person_closing_at(c, prev)) || (ps = person_ending(c, prev)) ||
       (ps = person_before_segment(c, prev))))
    return ps->entity; /* "X, Director of Y, said", "The Belgian Ambassador, X, said" */
  if (dg_ctx_cue_at(c, "conjunction", prev, &b) && b == k) {
    /* "X thanked … and said that": the subject of the sentence */
    guint j = dg_ctx_persons_from(c, s);
    if (j < c->persons->len) {
      const PersonSpan *first = &g_array_index(c->persons, PersonSpan, j);
      if (c->t[first->begin].sentence == c->t[verb].sentence && first->begin < prev)
        return first->begin <= s + 12 ? first->entity : DG_NONE;
    }
  }
  if (cue_ending(c, "relative", k, &b) && b > s && dg_tok_is(&c->t[b - 1], ",")) {
    /* "X, qui a souligné que", "X, Director of Y, who stressed that" */
    const PersonSpan *rel = person_ending(c, agent_start(c, s, b - 1));
    if (!rel)
      rel = person_closing_at(c, b - 1);
    if (rel)
      return rel->entity;
  }
  if (cue_ending(c, "pronoun", k, &b)) {
    guint who = last_person_before(c, b, dg_ctx_gender_of(c, b, k));
    if (who != DG_NONE)
      dg_ctx_add_person_mention(c, b, k, who);
    return who;
  }
  guint who = description_ending(c, k, &b);
  if (who != DG_NONE) {
    dg_ctx_add_person_mention(c, b, k, who);
    return who;
  }
  who = demonym_ending(c, k, &b);
  if (who != DG_NONE) {
    dg_ctx_add_person_mention(c, b, k, who); /* "Le Marocain a souligné" */
    return who;
  }
  const Span *sp = dg_ctx_span_ending(c, k);
  if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE) {
    guint e;
    gboolean starts = sp->begin == s || dg_tok_is(&c->t[sp->begin - 1], ",") ||
                      (cue_ending(c, "determiner", sp->begin, &b) && b == s) ||
                      (sp->begin > s && dg_tok_is(&c->t[sp->begin - 1], "'") &&
                       cue_ending(c, "determiner", sp->begin - 1, &b));
    (void)e;
    if (starts)
      return sp->entity;
  }
  return DG_NONE;
}

static void
add_quote(Ctx *c, guint first, guint last, guint speaker, gboolean direct)
{
  while (first < last && (dg_tok_is(&c->t[first], ",") || dg_tok_is(&c->t[first], ":")))
    first++; /* "Poland, she said, was ready…": the words after the incise */
  while (last > first && (dg_tok_is(&c->t[last - 1], ",") || dg_tok_is(&c->t[last - 1], ".") ||
                          dg_tok_is(&c->t[last - 1], ";") || dg_tok_is(&c->t[last - 1], ":")))
    last--;
  if (last <= first)
    return;
  DgQuote q = {
    .begin = c->t[first].begin,
    .end = c->t[last - 1].end,
    .speaker = speaker,
    .direct = direct,
    .event = DG_NONE,
  };
  g_array_append_val(c->doc->quotes, q);
}

static gboolean
is_opener(gunichar ch)
{
  return ch == 0x201C || ch == 0x00AB || ch == 0x201E || ch == 0x2039 || ch == 0x201F;
}

/* The speaker of a direct quotation closed at @close or opened at @open. */
static guint
direct_speaker(Ctx *c, guint open, guint close)
{
  guint k = close + 1;
  if (k < c->n && dg_tok_is(&c->t[k], ","))
    k++;
  if (k >= c->n || c->t[k].sentence != c->t[close].sentence)
    goto before;
  guint end;
  guint v = k;
  while (v < c->n && dg_ctx_cue_at(c, "aux", v, &end) && end > v)
    v = end;
  if (dg_ctx_cue_at(c, "inverted", v, &end)) {
    /* "…», a-t-il ajouté" */
    const DgLexMatch *m = dg_ctx_match_at(c, DG_DOMAIN_SPEECH, end);
    if (m)
      return last_person_before(c, open, dg_ctx_gender_of(c, v, end));
  }
  const DgLexMatch *m = dg_ctx_match_at(c, DG_DOMAIN_SPEECH, v);
  if (m) {
    /* "…,” said the Permanent Representative, Jane Doe" */
    guint j = dg_ctx_persons_from(c, m->end);
    if (j < c->persons->len) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, j);
      if (c->t[ps->begin].sentence == c->t[m->begin].sentence)
        return ps->entity;
    }
    guint b;
    if (cue_ending(c, "pronoun", v, &b))
      return last_person_before(c, open, dg_ctx_gender_of(c, b, v));
    guint who = description_at(c, m->end);
    if (who == DG_NONE && m->end < c->n && c->t[m->end].kind == DG_TOKEN_WORD &&
        dg_ctx_cue_at(c, "pronoun", m->end, &b))
      who = last_person_before(c, open, dg_ctx_gender_of(c, m->end, b)); /* "…," said he */
    if (who != DG_NONE)
      return who;
    goto before; /* "X, stressing that “…”, said": the verb before the words */
  }
  /* "…,” Ambassador Doe concluded" / "…,” he said" */
  for (guint j = k; j < c->n && j < k + 24 && c->t[j].sentence == c->t[close].sentence; j++) {
    const DgLexMatch *sv = dg_ctx_match_at(c, DG_DOMAIN_SPEECH, j);
    if (sv)
      return dg_ctx_subject_before(c, j);
  }
before:
  /* "Jane Doe said: “…”", "a estimé que « … »", "said the Council “…”",
   * "described aid deliveries as “…”" */
  if (open >= 2 && dg_tok_is(&c->t[open - 1], ":") &&
      c->t[open - 1].paragraph != c->t[open].paragraph) {
    /* "Minister X said:¶‘…’": the words fill the next paragraph */
    guint colon = open - 1, b;
    const DgLexMatch *sv = dg_ctx_match_ending(c, DG_DOMAIN_SPEECH, colon);
    if (!sv && colon > 0 && cue_ending(c, "determiner", colon, &b))
      sv = dg_ctx_match_ending(c, DG_DOMAIN_SPEECH, b); /* "said the following:" */
    if (sv)
      return dg_ctx_subject_before(c, sv->begin);
  }
  if (open >= 2 && dg_tok_is(&c->t[open - 1], ",")) {
    /* "Selon Mme X, « … »" */
    guint s = c->sent_begin[c->t[open].sentence], e;
    const PersonSpan *ps = person_ending(c, open - 1);
    if (ps && ps->begin >= s && dg_ctx_cue_at(c, "according", s, &e) && e <= ps->begin &&
        ps->begin - e <= 4)
      return ps->entity;
    if (dg_ctx_cue_at(c, "in-words", s, &e) && e == open - 1)
      return last_person_before(c, s, dg_ctx_gender_of(c, s, e)); /* "In her words, “…”" */
  }
  if (open >= 2) {
    guint s = c->sent_begin[c->t[open].sentence];
    for (guint at = open; at > s && open - at <= 8; at--) {
      if (dg_tok_is(&c->t[at - 1], "\"") || dg_tok_is(&c->t[at - 1], "."))
        break;
      const DgLexMatch *sv = dg_ctx_match_ending(c, DG_DOMAIN_SPEECH, at);
      if (sv)
        return dg_ctx_subject_before(c, sv->begin);
    }
  }
  return DG_NONE;
}

/* The quotation between the marks at @open and @close: a meeting's title
 * after "entitled", or words someone said. */
static void
take_quote(Ctx *c, guint open, guint close)
{
  guint first = open + 1;
  if (close <= first)
    return;
  for (guint k = first; k < close; k++)
    c->in_quote[k] = TRUE;
  guint b;
  if (cue_ending(c, "title-intro", first - 1, &b) ||
      (first >= 2 && dg_tok_is(&c->t[first - 2], ",") && cue_ending(c, "title-intro", first - 2, &b)) ||
      (first >= 2 && dg_tok_is(&c->t[first - 2], ":") && cue_ending(c, "title-intro", first - 2, &b))) {
    if (!c->title_end) {
      c->title_begin = c->t[first].begin;
      c->title_end = c->t[close - 1].end;
    }
    return;
  }
  if (c->caption[c->t[close].paragraph])
    return;
  /* DG_NONE: attributed after reported speech, or dropped */
  add_quote(c, first, close, direct_speaker(c, open, close), TRUE);
}

/* A single quotation mark that opens (‘ before a word) or closes (’ after
 * a word or a punctuation mark, and not inside a word: "don’t", "Kenya’s"). */
static gboolean
single_opens(const Ctx *c, guint i)
{
  return dg_tok_is(&c->t[i], "'") && dg_text_char_at(c->doc->text, c->t[i].begin) == 0x2018 &&
         i + 1 < c->n && !(c->t[i + 1].flags & DG_TOKEN_SPACE_BEFORE);
}

static gboolean
single_closes(const Ctx *c, guint i)
{
  return dg_tok_is(&c->t[i], "'") && dg_text_char_at(c->doc->text, c->t[i].begin) == 0x2019 &&
         !(c->t[i].flags & DG_TOKEN_SPACE_BEFORE) &&
         (i + 1 >= c->n || (c->t[i + 1].flags & DG_TOKEN_SPACE_BEFORE) ||
          c->t[i + 1].kind == DG_TOKEN_PUNCT || c->t[i + 1].paragraph != c->t[i].paragraph);
}

static void
direct_quotes(Ctx *c)
{
  guint open = DG_NONE, single = DG_NONE;
  guint paragraph = 0;
  for (guint i = c->body; i < c->n; i++) {
    const DgToken *t = &c->t[i];
    if (t->paragraph != paragraph) {
      paragraph = t->paragraph;
      if (open != DG_NONE && dg_tok_is(t, "\"") && i > open + 1 &&
          !c->caption[c->t[open].paragraph]) {
        /* a quotation over paragraphs leaves each but the last one open:
         * “…¶“…,” she said. Its speaker is the next part's. */
        for (guint k = open + 1; k < i; k++)
          c->in_quote[k] = TRUE;
        add_quote(c, open + 1, i, DG_NONE, TRUE);
      }
      open = single = DG_NONE;
    }
    if (open == DG_NONE && single == DG_NONE && single_opens(c, i)) {
      single = i;
      continue;
    }
    if (single != DG_NONE) {
      if (single_closes(c, i)) {
        take_quote(c, single, i);
        single = DG_NONE;
      }
      continue;
    }
    if (!dg_tok_is(t, "\""))
      continue;
    gunichar ch = dg_text_char_at(c->doc->text, t->begin);
    if (open == DG_NONE) {
      open = i;
      continue;
    }
    if (is_opener(ch) && ch != dg_text_char_at(c->doc->text, c->t[open].begin))
      continue; /* a nested opener */
    take_quote(c, open, i);
    open = DG_NONE;
  }
}

/* Whether token @i is a quotation mark: double, or a single one next to
 * quoted words. */
static gboolean
quote_mark(const Ctx *c, guint i)
{
  if (dg_tok_is(&c->t[i], "\""))
    return TRUE;
  return dg_tok_is(&c->t[i], "'") &&
         ((i > 0 && c->in_quote[i - 1]) || (i + 1 < c->n && c->in_quote[i + 1]));
}

static void
reported_speech(Ctx *c)
{
  GArray *verbs = c->lexm[DG_DOMAIN_SPEECH];
  for (guint k = 0; k < verbs->len; k++) {
    const DgLexMatch *m = &g_array_index(verbs, DgLexMatch, k);
    guint v = m->begin;
    if (v < c->body || c->in_quote[v] || c->caption[c->t[v].paragraph])
      continue;
    guint s = c->t[v].sentence;
    guint prev = v;
    guint b;
    while (prev > c->sent_begin[s] && cue_ending(c, "aux", prev, &b))
      prev = b;
    if (prev > 0 && (quote_mark(c, prev - 1) ||
                     (prev > 1 && dg_tok_is(&c->t[prev - 1], ",") && quote_mark(c, prev - 2))))
      continue; /* the attribution of a direct quotation */
    guint speaker = dg_ctx_subject_before(c, v);
    if (speaker == DG_NONE)
      continue;
    guint end = c->sent_end[s];
    guint j = m->end, e;
    while (j < end && dg_ctx_cue_at(c, "aux", j, &e))
      j = e;
    if (j < end && (dg_tok_is(&c->t[j], ":") || dg_tok_is(&c->t[j], "\"")))
      continue; /* a direct quotation follows */
    guint first = j;
    guint min_words = 6; /* "welcomed Belgium's proposal" is no statement */
    for (guint x = j; x < end && x < j + 8; x++) {
      if (dg_ctx_cue_at(c, "that", x, &e)) {
        first = e;
        min_words = 3;
        break;
      }
    }
    while (first < end && dg_tok_is(&c->t[first], "'"))
      first++;
    if (first + 1 < end && dg_tok_is(&c->t[first], "\"") && c->in_quote[first + 1])
      continue; /* "que « … »": the words are quoted, a direct quotation */
    gboolean announces = FALSE; /* "warned against escalation: “…”" */
    for (guint x = first; x + 1 < end && !announces; x++)
      announces = dg_tok_is(&c->t[x], ":") && quote_mark(c, x + 1);
    if (announces)
      continue;
    guint words = 0;
    for (guint x = first; x < end; x++)
      words += c->t[x].kind == DG_TOKEN_WORD;
    if (words < min_words)
      continue;
    add_quote(c, first, end, speaker, FALSE);
  }
}

/* Where the subject that ends at @end starts ("she", "the minister",
 * "Ambassador Jane Doe"), and who it is; DG_NONE when there is none. */
static guint
subject_ending(Ctx *c, guint end, guint *begin)
{
  guint b;
  const PersonSpan *ps = person_ending(c, end);
  if (ps) {
    /* back over the title before the name, to the comma */
    guint s = c->sent_begin[c->t[ps->begin].sentence];
    for (b = ps->begin; b > s && ps->begin - b < 8 && !dg_tok_is(&c->t[b - 1], ","); b--)
      ;
    *begin = b;
    return ps->entity;
  }
  if (cue_ending(c, "pronoun", end, &b)) {
    guint who = last_person_before(c, b, dg_ctx_gender_of(c, b, end));
    if (who != DG_NONE)
      dg_ctx_add_person_mention(c, b, end, who);
    *begin = b;
    return who;
  }
  guint who = description_ending(c, end, &b);
  if (who != DG_NONE) {
    dg_ctx_add_person_mention(c, b, end, who);
    *begin = b;
  }
  return who;
}

/* The speaker named right after a verb ending at @at: "…, said Ambassador
 * Jane Doe", "…, a résumé M. Dupont", "…, said the minister". */
static guint
speaker_after(Ctx *c, guint at)
{
  guint j = dg_ctx_persons_from(c, at);
  if (j < c->persons->len) {
    const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, j);
    if (ps->begin < at + 8 && c->t[ps->begin].sentence == c->t[at > 0 ? at - 1 : 0].sentence) {
      gboolean clear = TRUE;
      for (guint k = at; k < ps->begin && clear; k++)
        clear = c->t[k].kind == DG_TOKEN_WORD || dg_tok_is(&c->t[k], ".") ||
                dg_tok_is(&c->t[k], "'") || dg_tok_is(&c->t[k], "-");
      if (clear)
        return ps->entity;
    }
  }
  return description_at(c, at);
}

/* Reported speech with the verb after the words: "La paix reste fragile,
 * a-t-il ajouté", "Piracy remained a threat, she said", "…, a résumé M.
 * Dupont". The words run from the start of the sentence to the comma. */
static void
reported_before_verb(Ctx *c)
{
  GArray *verbs = c->lexm[DG_DOMAIN_SPEECH];
  for (guint k = 0; k < verbs->len; k++) {
    const DgLexMatch *m = &g_array_index(verbs, DgLexMatch, k);
    guint v = m->begin;
    if (v < c->body || c->in_quote[v] || c->caption[c->t[v].paragraph])
      continue;
    guint s = c->sent_begin[c->t[v].sentence];
    guint at = v, b, speaker = DG_NONE;
    gboolean inverted = cue_ending(c, "inverted", at, &b);
    if (inverted)
      at = b;
    while (inverted && at > s && dg_tok_is(&c->t[at - 1], "-"))
      at--;
    while (at > s && cue_ending(c, "aux", at, &b))
      at = b;
    if (at <= s)
      continue;
    if (inverted) {
      speaker = last_person_before(c, s, dg_ctx_gender_of(c, at, v));
    } else if (dg_tok_is(&c->t[at - 1], ",")) {
      speaker = speaker_after(c, m->end);
    } else {
      speaker = subject_ending(c, at, &b);
      at = b;
    }
    guint comma = at - 1;
    if (speaker == DG_NONE || at <= s + 1 || !dg_tok_is(&c->t[comma], ",") ||
        person_closing_at(c, comma) || person_ending(c, comma) || person_before_segment(c, comma))
      continue;
    guint words = 0;
    gboolean quoted = FALSE;
    for (guint x = s; x < comma && !quoted; x++) {
      words += c->t[x].kind == DG_TOKEN_WORD;
      quoted = c->in_quote[x] || quote_mark(c, x);
    }
    /* the verb ends its clause: "…, she said." but not "…, she said that…" */
    guint e, after = m->end;
    gboolean that = FALSE;
    for (guint x = after; x < c->sent_end[c->t[v].sentence] && x < after + 10 && !that; x++)
      that = dg_ctx_cue_at(c, "that", x, &e) != NULL || dg_tok_is(&c->t[x], ":");
    if (quoted || that || words < 4)
      continue;
    /* "Stressing that the region needed calm, she called for…" */
    guint from = s;
    for (guint x = s; x < comma && x < s + 3; x++)
      if (dg_ctx_match_at(c, DG_DOMAIN_SPEECH, x)) {
        for (guint y = x + 1; y < comma && y < x + 4; y++)
          if (dg_ctx_cue_at(c, "that", y, &e)) {
            from = e;
            break;
          }
        break;
      }
    add_quote(c, from, comma, speaker, FALSE);
  }
}

/* "According to Ambassador X, …", "Selon le diplomate, …": the rest of
 * the sentence is reported speech. */
static void
reported_according(Ctx *c)
{
  guint ns = dg_text_get_n_sentences(c->doc->text);
  for (guint sn = 0; sn < ns; sn++) {
    guint s = c->sent_begin[sn], end = c->sent_end[sn], e;
    if (s < c->body || s >= end || c->in_quote[s] || c->caption[c->t[s].paragraph])
      continue;
    gboolean last = dg_ctx_cue_at(c, "in-words", s, &e) != NULL; /* "Selon elle, …" */
    if (!last && !dg_ctx_cue_at(c, "according", s, &e))
      continue;
    guint comma = e;
    while (comma < end && comma < e + 24 && !dg_tok_is(&c->t[comma], ","))
      comma++;
    if (comma >= end || !dg_tok_is(&c->t[comma], ","))
      continue;
    guint who = DG_NONE, b;
    const PersonSpan *ps = last ? NULL : person_ending(c, comma);
    if (last && comma == e &&
        (who = last_person_before(c, s, dg_ctx_gender_of(c, s, e))) != DG_NONE)
      dg_ctx_add_person_mention(c, s, e, who);
    else if (last)
      continue;
    if (!ps)
      ps = person_closing_at(c, comma);
    if (last)
      ; /* the person last named */
    else if (ps && ps->begin >= e)
      who = ps->entity;
    else if ((who = description_ending(c, comma, &b)) != DG_NONE && b == e)
      dg_ctx_add_person_mention(c, b, comma, who);
    else
      who = DG_NONE;
    guint words = 0;
    gboolean quoted = FALSE; /* "Selon X, « … »" is a direct quotation */
    for (guint x = comma + 1; x < end; x++) {
      words += c->t[x].kind == DG_TOKEN_WORD;
      quoted = quoted || c->in_quote[x];
    }
    if (who != DG_NONE && words >= 4 && !quoted)
      add_quote(c, comma + 1, end, who, FALSE);
  }
}

/* The token that starts at code point @cp or after it. */
static guint
token_at(const Ctx *c, guint cp)
{
  guint lo = 0, hi = c->n;
  while (lo < hi) {
    guint mid = (lo + hi) / 2;
    if (c->t[mid].begin < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* A direct quotation nobody is said to speak, right after one of a known
 * speaker with nobody else named between them, goes on with that speaker:
 * "“…,” she said. “…”", a quotation that fills the next paragraph. */
static void
continue_quotes(Ctx *c)
{
  GArray *q = c->doc->quotes;
  for (guint i = 0; i < q->len; i++) {
    DgQuote *d = &g_array_index(q, DgQuote, i);
    if (d->speaker != DG_NONE || !d->direct)
      continue;
    const DgQuote *prev = NULL, *next = NULL;
    for (guint j = 0; j < q->len; j++) {
      const DgQuote *r = &g_array_index(q, DgQuote, j);
      if (r->direct && r->speaker != DG_NONE && r->end <= d->begin &&
          (!prev || r->end > prev->end))
        prev = r;
      if (r->direct && r->speaker != DG_NONE && r->begin >= d->end &&
          (!next || r->begin < next->begin))
        next = r;
    }
    /* the part of a quotation that the next one continues, right after it */
    if (next && token_at(c, next->begin) - token_at(c, d->end) <= 4) {
      d->speaker = next->speaker;
      continue;
    }
    if (!prev)
      continue;
    guint from = token_at(c, prev->end), to = token_at(c, d->begin);
    if (from >= c->n || to >= c->n)
      continue;
    /* the next paragraph at most (a blank line is a line of its own) */
    if (to - from > 14 || c->t[to].paragraph > c->t[from].paragraph + 2)
      continue;
    gboolean other = FALSE;
    for (guint k = dg_ctx_persons_from(c, from); k < c->persons->len && !other; k++) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      if (ps->begin >= to)
        break;
      other = ps->entity != prev->speaker;
    }
    for (guint k = from; k < to && !other; k++)
      other = dg_ctx_span_at(c, k) != NULL; /* a state or an organisation speaks */
    if (!other)
      d->speaker = prev->speaker;
  }
}

/* A direct quotation inside reported speech ("said that the droughts had
 * shown that “every dollar…”") is the reported speaker's; one with no
 * speaker at all is dropped. */
static void
attribute_embedded(Ctx *c)
{
  GArray *q = c->doc->quotes;
  for (guint i = 0; i < q->len; i++) {
    DgQuote *d = &g_array_index(q, DgQuote, i);
    if (d->speaker != DG_NONE)
      continue;
    for (guint j = 0; j < q->len && d->speaker == DG_NONE; j++) {
      const DgQuote *r = &g_array_index(q, DgQuote, j);
      if (!r->direct && r->speaker != DG_NONE && r->begin <= d->begin && d->end <= r->end)
        d->speaker = r->speaker;
    }
  }
  continue_quotes(c);
  for (guint i = q->len; i-- > 0;)
    if (g_array_index(q, DgQuote, i).speaker == DG_NONE)
      g_array_remove_index(q, i);
}

void
dg_recognise_quotes(Ctx *c)
{
  direct_quotes(c);
  reported_speech(c);
  reported_before_verb(c);
  reported_according(c);
  attribute_embedded(c);
}
