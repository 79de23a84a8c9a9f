/* SPDX-License-Identifier: ISC */
/* Persons, found from the text alone: a title or honorific before a run of
 * capitalised words, a title phrase in apposition before or after it, or a
 * speech verb next to it. No list of people is consulted. */
#include "recognise-private.h"

#include <string.h>

static gboolean
in_caption(const Ctx *c, guint tok)
{
  return c->caption[c->t[tok].paragraph];
}

static gboolean
is_stopword(const Ctx *c, const DgToken *t)
{
  return dg_lexicon_has_form(c->lex, DG_DOMAIN_STOPWORD, "en", t->fold) ||
         dg_lexicon_has_form(c->lex, DG_DOMAIN_STOPWORD, "fr", t->fold);
}

/* A word that can be part of a person's name; @upper admits a word in
 * capitals ("KANG Min-seo", "TAKAHASHI Kenji"), which alone is an acronym. */
static gboolean
is_name_word(const Ctx *c, guint i, gboolean upper)
{
  const DgToken *t = &c->t[i];
  if (i < c->body || t->kind != DG_TOKEN_WORD || !(t->flags & DG_TOKEN_CAPITALISED))
    return FALSE;
  if (!upper && (t->flags & DG_TOKEN_UPPER) && g_utf8_strlen(t->fold, -1) > 1)
    return FALSE; /* an acronym */
  if (c->covered[i])
    return FALSE; /* a state or an organisation */
  static const DgDomain lexical[] = {DG_DOMAIN_STATE,  DG_DOMAIN_ORG,      DG_DOMAIN_ROLE,
                                     DG_DOMAIN_MEETING, DG_DOMAIN_CALENDAR, DG_DOMAIN_TOPIC};
  for (guint d = 0; d < G_N_ELEMENTS(lexical); d++)
    if (dg_ctx_match_covering(c, lexical[d], i))
      return FALSE;
  /* a verb is written in lower case: "Saïd" inside a sentence is a name */
  if (dg_ctx_match_covering(c, DG_DOMAIN_SPEECH, i) && i == c->sent_begin[t->sentence])
    return FALSE;
  guint end;
  if (dg_ctx_cue_at(c, "honorific", i, &end) || dg_ctx_cue_at(c, "org-word", i, &end))
    return FALSE;
  if ((i == 0 || c->t[i - 1].paragraph != t->paragraph) && dg_ctx_cue_at(c, "byline", i, &end))
    return FALSE; /* "By" or "Par" opening a byline */
  /* "Commissioner for Political Affairs": a portfolio is no name */
  for (guint j = i > 4 ? i - 4 : 0; j <= i; j++)
    if (dg_ctx_cue_at(c, "portfolio", j, &end) && end > i)
      return FALSE;
  return !is_stopword(c, t);
}

static gboolean
is_name_token(const Ctx *c, guint i)
{
  return is_name_word(c, i, FALSE);
}

static gboolean
is_name_part(const Ctx *c, guint i)
{
  return is_name_word(c, i, TRUE);
}

static gboolean
joins_name(const Ctx *c, guint j)
{
  /* "Mwangi-Odhiambo", "N'Guessan", "Min-seo": a hyphen or apostrophe with no
   * space around, and a name, or a syllable after a hyphen */
  if (!(dg_tok_is(&c->t[j], "-") || dg_tok_is(&c->t[j], "'")) ||
      (c->t[j].flags & DG_TOKEN_SPACE_BEFORE) || j + 1 >= c->n ||
      (c->t[j + 1].flags & DG_TOKEN_SPACE_BEFORE))
    return FALSE;
  if (is_name_part(c, j + 1))
    return TRUE;
  return dg_tok_is(&c->t[j], "-") && c->t[j + 1].kind == DG_TOKEN_WORD &&
         !(c->t[j + 1].flags & DG_TOKEN_CAPITALISED) && j > 0 && is_name_part(c, j - 1);
}

/* The end of a run of name words starting at @i: "Ana Maria Lopes",
 * "Jean-Yves Martin", "Anke van der Berg", "Yao Kouassi N'Dri", "PARK Ji-won". *words counts its words; a run of capitals only (an
 * acronym, a shouted headline) counts none. */
static guint
name_run_end(const Ctx *c, guint i, guint *words)
{
  guint j = i, plain = 0;
  *words = 0;
  while (j < c->n && *words < 5 && c->t[j].sentence == c->t[i].sentence) {
    guint end, k;
    if (is_name_part(c, j) &&
        (is_name_token(c, j) || plain == 0 || g_utf8_strlen(c->t[j].fold, -1) >= 3)) {
      /* "TAKAHASHI Kenji", "Mirela KOVAČEVIĆ": a family name in capitals */
      (*words)++;
      plain += is_name_token(c, j);
      j++;
    } else if (j > i && joins_name(c, j)) {
      j += is_name_part(c, j + 1) ? 1 : 2;
    } else if (j > i && dg_tok_is(&c->t[j], ".") && !(c->t[j].flags & DG_TOKEN_SPACE_BEFORE) &&
               g_utf8_strlen(c->t[j - 1].fold, -1) == 1 &&
               (c->t[j - 1].flags & DG_TOKEN_CAPITALISED) &&
               j + 1 < c->n && is_name_token(c, j + 1) &&
               c->t[j + 1].sentence == c->t[i].sentence) {
      j++; /* a middle initial: "John F. Kowalski" */
    } else if (j > i && !(c->t[j].flags & DG_TOKEN_CAPITALISED) &&
               dg_ctx_cue_at(c, "particle", j, &end)) {
      k = end; /* "van der", "de la" */
      while (k < c->n && !(c->t[k].flags & DG_TOKEN_CAPITALISED) &&
             dg_ctx_cue_at(c, "particle", k, &end))
        k = end;
      if (k + 1 < c->n && dg_tok_is(&c->t[k], "-") && !(c->t[k].flags & DG_TOKEN_SPACE_BEFORE) &&
          !(c->t[k + 1].flags & DG_TOKEN_SPACE_BEFORE))
        k++; /* "al-Sayed" */
      if (k < c->n && is_name_token(c, k))
        j = k;
      else
        break;
    } else {
      break;
    }
  }
  if (plain == 0)
    *words = 0;
  return j;
}

static guint
segment_start(const Ctx *c, guint at)
{
  guint s = c->sent_begin[c->t[at].sentence];
  for (guint k = at; k > s; k--) {
    const DgToken *t = &c->t[k - 1];
    if (dg_tok_is(t, ",") || dg_tok_is(t, ";") || dg_tok_is(t, "\"") || dg_tok_is(t, ":"))
      return k;
  }
  return s;
}

static guint
segment_end(const Ctx *c, guint at)
{
  guint e = c->sent_end[c->t[at].sentence];
  guint depth = 0;
  for (guint k = at; k < e; k++) {
    const DgToken *t = &c->t[k];
    if (dg_tok_is(t, "("))
      depth++;
    else if (dg_tok_is(t, ")") && depth)
      depth--;
    else if (!depth && (dg_tok_is(t, ",") || dg_tok_is(t, ";") || dg_tok_is(t, "\"") ||
                        dg_tok_is(t, ".") || dg_tok_is(t, ":")))
      return k;
  }
  return e;
}

/* Skips a government portfolio at @i that is no role itself ("Foreign
 * Affairs" in "Kenyan Foreign Affairs Cabinet Secretary"). */
static guint
skip_portfolio(const Ctx *c, guint i, guint limit)
{
  guint end;
  while (i < limit && !dg_ctx_match_at(c, DG_DOMAIN_ROLE, i) &&
         dg_ctx_cue_at(c, "portfolio", i, &end) && end <= limit)
    i = end;
  return i;
}

/* Where a portfolio ending at @end starts, or @end when none does. */
static guint
portfolio_ending(const Ctx *c, guint end)
{
  for (guint j = end > 3 ? end - 3 : 0; j < end; j++) {
    guint e;
    if (dg_ctx_cue_at(c, "portfolio", j, &e) && e == end)
      return j;
  }
  return end;
}

/* Extends a title phrase back over modifiers, roles, a state adjective or
 * possessive: "the Kenyan Foreign Minister", "Ghana's Deputy Permanent Representative". */
static guint
extend_back(const Ctx *c, guint b)
{
  guint s = c->sent_begin[c->t[b].sentence];
  while (b > s) {
    const DgLexMatch *r = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, b);
    const Span *sp = dg_ctx_span_ending(c, b);
    guint pf = portfolio_ending(c, b);
    if (!r && !sp && pf < b && pf >= s && (dg_ctx_match_ending(c, DG_DOMAIN_ROLE, pf) ||
                                           dg_ctx_span_ending(c, pf) ||
                                           (pf >= 2 && dg_tok_is(&c->t[pf - 1], "s")))) {
      b = pf; /* "Kenyan Foreign Affairs Cabinet Secretary" */
    } else if (r) {
      b = r->begin;
    } else if (sp && (dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE ||
                      dg_ctx_entity(c, sp->entity)->item)) {
      b = sp->begin; /* "the Kenyan ambassador", "the UN Special Envoy" */
    } else if (b >= 2 && dg_tok_is(&c->t[b - 1], "s") && dg_tok_is(&c->t[b - 2], "'") &&
               (sp = dg_ctx_span_ending(c, b - 2)) &&
               dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE) {
      b = sp->begin;
    } else {
      break;
    }
  }
  return b;
}

/* Skips determiners and conjunctions at @i. */
static guint
skip_function_words(const Ctx *c, guint i, guint limit)
{
  guint end;
  while (i < limit && (dg_ctx_cue_at(c, "determiner", i, &end) ||
                       dg_ctx_cue_at(c, "conjunction", i, &end)))
    i = end;
  while (i < limit && (dg_tok_is(&c->t[i], "'") || dg_tok_is(&c->t[i], "-")))
    i++;
  return i;
}

/* Whether segment [b, e) is a title phrase: a role (or a state adjective and
 * a role) right after its function words. */
static gboolean
is_title_segment(const Ctx *c, guint b, guint e)
{
  guint i = skip_function_words(c, b, e);
  if (i >= e)
    return FALSE;
  if (dg_ctx_match_at(c, DG_DOMAIN_ROLE, i))
    return TRUE;
  /* "a senior researcher", "an Aymara leader": a few words before the
   * role, after an article */
  if (i > b) {
    guint j = i;
    while (j < e && j < i + 3 && c->t[j].kind == DG_TOKEN_WORD &&
           !dg_ctx_match_at(c, DG_DOMAIN_ROLE, j) &&
           !dg_ctx_match_covering(c, DG_DOMAIN_SPEECH, j) && !is_stopword(c, &c->t[j]))
      j++;
    if (j > i && j < e && dg_ctx_match_at(c, DG_DOMAIN_ROLE, j))
      return TRUE;
  }
  /* "the Kenyan ambassador", "the UN Assistant Secretary-General" */
  const Span *sp = dg_ctx_span_at(c, i);
  if (!sp)
    return FALSE;
  guint r = sp->end;
  /* "Bolivia's Permanent Representative" */
  if (r + 2 < e && dg_tok_is(&c->t[r], "'") && dg_tok_is(&c->t[r + 1], "s"))
    r += 2;
  r = skip_portfolio(c, r, e);
  return r < e && dg_ctx_match_at(c, DG_DOMAIN_ROLE, r);
}

typedef struct {
  guint begin;
  guint end;
} Range;

/* A title immediately before the name: "Ambassador", "l'ambassadeur",
 * "Foreign Minister of Kenya", "Mr". Sets @phrase (empty for an honorific). */
static gboolean
title_before(const Ctx *c, guint i, Range *phrase)
{
  phrase->begin = phrase->end = i;
  if (i == 0)
    return FALSE;
  guint s = c->sent_begin[c->t[i].sentence];
  for (guint j = (i > s + 3 ? i - 3 : s); j < i; j++) {
    guint end;
    if (dg_ctx_cue_at(c, "honorific", j, &end) && end == i &&
        !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, j))
      return TRUE; /* "General" in "Under-Secretary-General" is no honorific */
  }
  guint k = i;
  const DgLexMatch *r = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, k);
  guint pf = portfolio_ending(c, k);
  if (!r && pf < k && pf >= s + 2 && k + 1 < c->n && is_name_part(c, k + 1) &&
      (dg_tok_is(&c->t[pf - 1], "for") || dg_tok_is(&c->t[pf - 1], "of")))
    r = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, pf - 1); /* "Commissioner for Political Affairs X" */
  if (!r) {
    /* "l'ambassadeur belge Marc Dupont": the adjective after the role */
    const Span *adj = dg_ctx_span_ending(c, k);
    if (adj && dg_ctx_entity(c, adj->entity)->kind == DG_ENTITY_STATE)
      r = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, adj->begin);
  }
  if (!r) {
    const Span *sp = dg_ctx_span_ending(c, k);
    if (sp && sp->begin >= 2) {
      guint of = sp->begin - 1;
      while (of > s && (dg_tok_is(&c->t[of], "'") || dg_tok_is(&c->t[of], "the")))
        of--;
      if (dg_tok_is(&c->t[of], "of") || dg_tok_is(&c->t[of], "de") || dg_tok_is(&c->t[of], "du") ||
          dg_tok_is(&c->t[of], "d") || dg_tok_is(&c->t[of], "des"))
        r = dg_ctx_match_ending(c, DG_DOMAIN_ROLE, of);
    }
  }
  if (!r)
    return FALSE;
  const char *scope = dg_lex_item_attr(r->form->item, "scope");
  if (scope && strcmp(scope, "modifier") == 0 && r->end == k)
    return FALSE; /* "Acting Smith" is not a title */
  phrase->begin = extend_back(c, r->begin);
  phrase->end = k;
  return TRUE;
}

/* "le Letton Jānis Bērziņš", "the Kenyan Grace Achieng": a determiner and a
 * nationality right before the name. Returns where they start (@i when
 * absent) and sets *state. */
static guint
nationality_start(const Ctx *c, guint i, const char **state)
{
  const Span *sp = i > 0 ? dg_ctx_span_ending(c, i) : NULL;
  if (!sp || dg_ctx_entity(c, sp->entity)->kind != DG_ENTITY_STATE || sp->begin == 0)
    return i;
  guint end;
  guint d = sp->begin - 1;
  if (!dg_ctx_cue_at(c, "determiner", d, &end) || end != sp->begin)
    return i;
  *state = dg_ctx_entity(c, sp->entity)->key;
  return d;
}

/* "Pieter van der Linden (Netherlands)": a state in parentheses after the name. */
static const char *
state_in_parentheses(const Ctx *c, guint j)
{
  if (j + 2 >= c->n || !dg_tok_is(&c->t[j], "("))
    return NULL;
  const Span *sp = dg_ctx_span_at(c, j + 1);
  if (!sp || dg_ctx_entity(c, sp->entity)->kind != DG_ENTITY_STATE || sp->end >= c->n ||
      !dg_tok_is(&c->t[sp->end], ")"))
    return NULL;
  return dg_ctx_entity(c, sp->entity)->key;
}

/* "Jane Doe (UNDP)": an organisation in parentheses after the name. */
static const char *
org_in_parentheses(const Ctx *c, guint j)
{
  if (j + 2 >= c->n || !dg_tok_is(&c->t[j], "("))
    return NULL;
  const Span *sp = dg_ctx_span_at(c, j + 1);
  if (!sp || sp->end >= c->n || !dg_tok_is(&c->t[sp->end], ")"))
    return NULL;
  const DgEntity *x = dg_ctx_entity(c, sp->entity);
  if (x->kind != DG_ENTITY_ORG || (x->item && dg_lex_item_is_news_media(x->item)))
    return NULL;
  return x->key;
}

/* Where the honorific right before @i starts ("Mme", "H.E."). */
static guint
honorific_start(const Ctx *c, guint i)
{
  guint s = c->sent_begin[c->t[i].sentence];
  for (guint j = (i > s + 3 ? i - 3 : s); j < i; j++) {
    guint end;
    if (dg_ctx_cue_at(c, "honorific", j, &end) && end == i &&
        !dg_ctx_match_covering(c, DG_DOMAIN_ROLE, j))
      return j;
  }
  return i;
}

/* "..., the President of the ICRC, Jan Novak": the title phrase that
 * ends at the comma before the name. */
static gboolean
apposition_before(const Ctx *c, guint i, const gboolean *used, Range *phrase)
{
  if (i == 0 || !dg_tok_is(&c->t[i - 1], ","))
    return FALSE;
  guint e = i - 1;
  if (used[e])
    return FALSE;
  guint b = segment_start(c, e);
  for (guint k = b; k < e; k++) {
    const DgLexMatch *r = dg_ctx_match_at(c, DG_DOMAIN_ROLE, k);
    if (!r)
      continue;
    guint pb = extend_back(c, k);
    if (pb > b) {
      guint end;
      const DgToken *prev = &c->t[pb - 1];
      gboolean ok = dg_ctx_match_ending(c, DG_DOMAIN_SPEECH, pb) != NULL ||
                    dg_tok_is(prev, "'") || dg_tok_is(prev, "by") || dg_tok_is(prev, "par");
      for (guint j = (pb > b + 3 ? pb - 3 : b); j < pb && !ok; j++)
        ok = (dg_ctx_cue_at(c, "determiner", j, &end) || dg_ctx_cue_at(c, "conjunction", j, &end)) &&
             end == pb;
      if (!ok)
        return FALSE;
    }
    if (e - pb > 32)
      return FALSE;
    phrase->begin = pb;
    phrase->end = e;
    return TRUE;
  }
  return FALSE;
}

/* ", chef de la Mission du Vietnam auprès des Nations unies, coordonnateur
 * adjoint des secours d'urgence, a exprimé": the title segments after a name.
 * Returns the number of phrases stored; *closing is the comma after the last. */
static guint
apposition_after(const Ctx *c, guint j, Range *phrases, guint max, guint *closing)
{
  guint count = 0;
  *closing = DG_NONE;
  while (count < max && j < c->n && dg_tok_is(&c->t[j], ",") &&
         c->t[j].sentence == c->t[j > 0 ? j - 1 : 0].sentence) {
    guint b = j + 1;
    if (b >= c->n)
      break;
    guint e = segment_end(c, b);
    if (e <= b || !is_title_segment(c, b, e))
      break;
    phrases[count].begin = skip_function_words(c, b, e);
    phrases[count].end = e;
    count++;
    *closing = e;
    j = e;
  }
  return count;
}

static GPtrArray *
fold_words(const Ctx *c, guint b, guint e)
{
  GPtrArray *w = g_ptr_array_new();
  for (guint k = b; k < e; k++)
    if (c->t[k].kind == DG_TOKEN_WORD)
      g_ptr_array_add(w, (gpointer)c->t[k].fold);
  return w;
}

static gboolean
subset(GPtrArray *small, GPtrArray *big)
{
  for (guint i = 0; i < small->len; i++) {
    gboolean found = FALSE;
    for (guint j = 0; j < big->len && !found; j++)
      found = strcmp(small->pdata[i], big->pdata[j]) == 0;
    if (!found)
      return FALSE;
  }
  return TRUE;
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char *
person_key(GPtrArray *words)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy(words, NULL, NULL);
  g_ptr_array_sort(sorted, compare_strings);
  g_ptr_array_add(sorted, NULL);
  g_autofree char *joined = g_strjoinv(" ", (char **)sorted->pdata);
  return dg_slug(joined);
}

/* The person a name refers to: an earlier person whose name contains it (a
 * surname) or is contained in it (a fuller form), else a new one. */
/* The text of tokens [@b, @e) without invisible characters (zero-width and
 * bidirectional marks, controls), which would make one name two. */
static char *
visible_text(const Ctx *c, guint b, guint e)
{
  GString *out = g_string_new(NULL);
  for (guint k = c->t[b].begin; k < c->t[e - 1].end; k++) {
    gunichar ch = dg_text_char_at(c->doc->text, k);
    if (dg_fold_char(ch) == 0 && !g_unichar_ismark(ch))
      continue;
    if (g_unichar_iscntrl(ch))
      ch = ' ';
    g_string_append_unichar(out, ch);
  }
  char *nfc = g_utf8_normalize(out->str, -1, G_NORMALIZE_NFC);
  g_string_free(out, TRUE);
  /* one space between words, whatever stood there */
  g_auto(GStrv) words = g_strsplit_set(nfc, " ", -1);
  GString *joined = g_string_new(NULL);
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_string_append_printf(joined, "%s%s", joined->len ? " " : "", words[i]);
  g_free(nfc);
  return g_string_free(joined, FALSE);
}

static guint
person_for(Ctx *c, guint b, guint e)
{
  g_autoptr(GPtrArray) words = fold_words(c, b, e);
  g_autofree char *name = visible_text(c, b, e);
  for (guint i = 0; i < c->doc->entities->len; i++) {
    DgEntity *p = dg_ctx_entity(c, i);
    if (p->kind != DG_ENTITY_PERSON)
      continue;
    g_autoptr(DgText) pt = dg_text_new(p->name, strlen(p->name));
    g_autoptr(GPtrArray) pw = g_ptr_array_new();
    for (guint k = 0; k < dg_text_get_n_tokens(pt); k++)
      if (dg_text_get_tokens(pt)[k].kind == DG_TOKEN_WORD)
        g_ptr_array_add(pw, (gpointer)dg_text_get_tokens(pt)[k].fold);
    if (subset(words, pw))
      return i;
    if (subset(pw, words)) {
      g_free(p->name);
      p->name = g_steal_pointer(&name);
      g_autofree char *key = person_key(words);
      dg_document_set_key(c->doc, i, key);
      return i;
    }
  }
  g_autofree char *key = person_key(words);
  return dg_ctx_named_entity(c, DG_ENTITY_PERSON, key, g_steal_pointer(&name), b);
}

guint
dg_ctx_persons_from(const Ctx *c, guint tok)
{
  guint lo = 0, hi = c->persons->len;
  while (lo < hi) {
    guint mid = (lo + hi) / 2;
    if (g_array_index(c->persons, PersonSpan, mid).begin < tok)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

guint
dg_ctx_add_person_mention(Ctx *c, guint begin, guint end, guint entity)
{
  PersonSpan ps = {begin, end, entity, DG_NONE};
  guint at = c->persons->len;
  while (at > 0 && g_array_index(c->persons, PersonSpan, at - 1).begin > begin)
    at--;
  g_array_insert_val(c->persons, at, ps);
  dg_ctx_add_text_mention(c, begin, end, entity);
  return at;
}

/* Whether the state named by tokens [@sb, @se) qualifies a role of the phrase
 * [@b, @e): right before it ("Kenyan Foreign Minister", "Ghana's Ambassador")
 * or right after it ("Permanent Representative of Norway", "ministre
 * ghanéenne", "chef de la Mission du Vietnam"), and not deep inside another
 * name ("Chair of the Committee on the Rights of the Palestinian People"). */
static gboolean
next_to_role(const Ctx *c, guint sb, guint se, guint b, guint e)
{
  if (dg_ctx_match_covering(c, DG_DOMAIN_ROLE, sb))
    return TRUE; /* the role ends inside the state's name: "ministre d'État d'Israël" */
  guint k = se;
  if (k + 1 < e && dg_tok_is(&c->t[k], "'") && dg_tok_is(&c->t[k + 1], "s"))
    k += 2;
  k = skip_portfolio(c, k, e);
  if (k < e && dg_ctx_match_at(c, DG_DOMAIN_ROLE, k))
    return TRUE;
  guint steps = 0;
  for (guint j = sb; j > b && steps < 4; j--, steps++) {
    const DgToken *t = &c->t[j - 1];
    if (dg_ctx_match_ending(c, DG_DOMAIN_ROLE, j))
      return TRUE;
    if (!(dg_tok_is(t, "of") || dg_tok_is(t, "de") || dg_tok_is(t, "du") ||
          dg_tok_is(t, "des") || dg_tok_is(t, "d") || dg_tok_is(t, "'") ||
          dg_tok_is(t, "the") || dg_tok_is(t, "la") || dg_tok_is(t, "l") ||
          dg_tok_is(t, "mission") || dg_tok_is(t, "permanent") || dg_tok_is(t, "permanente") ||
          dg_tok_is(t, "au") || dg_tok_is(t, "at") || dg_tok_is(t, "ministere") ||
          dg_tok_is(t, "ministry") || dg_tok_is(t, "federal") || dg_tok_is(t, "federale")))
      return FALSE;
  }
  return FALSE;
}

/* The key of the organisation named last before token @b, in this
 * sentence or the one before (news media aside); NULL when none. */
static const char *
last_org_before(const Ctx *c, guint b)
{
  guint sent = c->t[b].sentence;
  guint from = c->sent_begin[sent > 0 ? sent - 1 : 0];
  for (guint k = b; k-- > from;) {
    const Span *sp = dg_ctx_span_at(c, k);
    if (!sp)
      continue;
    const DgEntity *x = dg_ctx_entity(c, sp->entity);
    if (x->kind == DG_ENTITY_ORG && !(x->item && dg_lex_item_is_news_media(x->item)))
      return x->key;
  }
  return NULL;
}

/* Records title phrase @r for person @p: the text as a job title, its roles,
 * and whom it says the person acts for. Returns the state the phrase names
 * (nullable), for rules that combine phrases. */
static const char *
add_title(Ctx *c, DgEntity *p, Range r)
{
  guint b = r.begin, e = r.end;
  while (e > b && (dg_tok_is(&c->t[e - 1], ",") || dg_tok_is(&c->t[e - 1], "-")))
    e--;
  if (e <= b)
    return NULL;
  char *text = dg_text_substring(c->doc->text, c->t[b].begin, c->t[e - 1].end);
  for (guint i = 0; i < p->job_titles->len; i++) {
    DgLangString *s = p->job_titles->pdata[i];
    if (strcmp(s->text, text) == 0) {
      g_free(text);
      text = NULL;
      break;
    }
  }
  if (text) {
    DgLangString *s = g_new0(DgLangString, 1);
    s->text = text;
    s->lang = g_strdup(c->lang);
    g_ptr_array_add(p->job_titles, s);
  }

  gboolean state_role = FALSE;
  const char *state = NULL;
  const char *org = NULL;
  for (guint k = b; k < e; k++) {
    const DgLexMatch *m = dg_ctx_match_at(c, DG_DOMAIN_ROLE, k);
    if (m) {
      const char *scope = dg_lex_item_attr(m->form->item, "scope");
      if (!scope || strcmp(scope, "modifier") != 0) {
        if (!g_ptr_array_find(p->roles, m->form->item, NULL))
          g_ptr_array_add(p->roles, (gpointer)m->form->item);
        if (!scope || strcmp(scope, "org") != 0)
          state_role = TRUE;
      }
    }
    const DgLexMatch *sm = dg_ctx_match_at(c, DG_DOMAIN_STATE, k);
    if (sm && !state && !dg_ctx_match_covering(c, DG_DOMAIN_ORG, k) &&
        next_to_role(c, sm->begin, sm->end, b, e))
      state = sm->form->item->key; /* also inside a text organisation's name */
    const Span *sp = dg_ctx_span_at(c, k);
    if (sp) {
      DgEntity *x = dg_ctx_entity(c, sp->entity);
      if (x->kind == DG_ENTITY_STATE && !state && next_to_role(c, sp->begin, sp->end, b, e))
        state = x->key;
      else if (x->kind == DG_ENTITY_ORG) {
        if (!(x->item && dg_lex_item_is_news_media(x->item)) &&
            !(org && strcmp(x->key, "un") == 0))
          org = x->key;
      }
    }
  }
  if (!state && !org && b > 0 && (dg_tok_is(&c->t[b - 1], "its") || dg_tok_is(&c->t[b], "its")))
    org = last_org_before(c, b); /* "Its director, X" */
  if (state && state_role) {
    if (!p->represents)
      p->represents = g_strdup(state);
  } else if (org && !p->affiliation) {
    p->affiliation = g_strdup(org);
  }
  return state;
}

static gboolean
has_state_role(const DgEntity *p)
{
  for (guint i = 0; i < p->roles->len; i++) {
    const char *scope = dg_lex_item_attr(p->roles->pdata[i], "scope");
    if (!scope || strcmp(scope, "org") != 0)
      return TRUE;
  }
  return FALSE;
}

/* "Sarah Meyer of the Stockholm International Peace Research Institute",
 * "Ambassador Jane Doe of Nigeria": an organisation or state right after the name. */
static const Span *
agent_after(const Ctx *c, guint j)
{
  if (j + 1 < c->n && dg_tok_is(&c->t[j], ","))
    j++; /* "Mme X, des Émirats arabes unis, …" */
  if (j >= c->n || !(dg_tok_is(&c->t[j], "of") || dg_tok_is(&c->t[j], "from") ||
                     dg_tok_is(&c->t[j], "at") || dg_tok_is(&c->t[j], "de") ||
                     dg_tok_is(&c->t[j], "du") || dg_tok_is(&c->t[j], "des")))
    return NULL;
  guint k = j + 1, end;
  if (k < c->n && dg_ctx_cue_at(c, "determiner", k, &end))
    k = end;
  while (k < c->n && dg_tok_is(&c->t[k], "'"))
    k++;
  const Span *sp = k < c->n ? dg_ctx_span_at(c, k) : NULL;
  if (!sp && k > j + 1) {
    /* "from the women's rights organisation Fórum Mulher": a few lower-case
     * words that say what it is, then its name */
    guint w = k;
    while (w < c->n && w < k + 5 && !dg_ctx_span_at(c, w) &&
           ((c->t[w].kind == DG_TOKEN_WORD && !(c->t[w].flags & DG_TOKEN_CAPITALISED)) ||
            dg_tok_is(&c->t[w], "'")))
      w++;
    sp = w > k && w < c->n ? dg_ctx_span_at(c, w) : NULL;
    if (sp && dg_ctx_entity(c, sp->entity)->kind != DG_ENTITY_ORG)
      sp = NULL;
  }
  if (!sp)
    return NULL;
  const DgEntity *x = dg_ctx_entity(c, sp->entity);
  if (x->kind == DG_ENTITY_ORG && x->item && dg_lex_item_is_news_media(x->item))
    return NULL;
  return x->kind == DG_ENTITY_ORG || x->kind == DG_ENTITY_STATE ? sp : NULL;
}

/* The state or organisation that a person speaks for, "on behalf of" it
 * or "au nom de" it, in the sentence of the name [@i, @j). */
static const Span *
behalf_of(const Ctx *c, guint i, guint j)
{
  guint sent = c->t[i].sentence;
  guint from = MAX(c->sent_begin[sent], i > 12 ? i - 12 : 0);
  guint to = MIN(c->sent_end[sent], j + 12);
  for (guint x = from; x < to; x++) {
    guint end;
    if (x >= i && x < j)
      continue;
    if (!dg_ctx_cue_at(c, "behalf", x, &end))
      continue;
    guint k = end;
    if (k < c->n && dg_ctx_cue_at(c, "determiner", k, &end))
      k = end;
    while (k < c->n && dg_tok_is(&c->t[k], "'"))
      k++;
    const Span *sp = dg_ctx_span_at(c, k);
    if (sp) {
      const DgEntity *x_ = dg_ctx_entity(c, sp->entity);
      if (x_->kind == DG_ENTITY_STATE ||
          (x_->kind == DG_ENTITY_ORG && !(x_->item && dg_lex_item_is_news_media(x_->item))))
        return sp;
    }
  }
  return NULL;
}

static guint
speech_after(const Ctx *c, guint j)
{
  guint end;
  DgDateExpr date;
  if (j < c->n && dg_date_parse_at(c->lex, c->t, c->n, j, &date))
    j = date.end; /* "X on Tuesday urged" */
  if (state_in_parentheses(c, j)) {
    const Span *sp = dg_ctx_span_at(c, j + 1);
    j = sp->end + 1; /* "X (Sweden) noted" */
  }
  while (j < c->n && dg_ctx_cue_at(c, "aux", j, &end))
    j = end;
  return j < c->n && dg_ctx_match_at(c, DG_DOMAIN_SPEECH, j) ? j : DG_NONE;
}

/* Whether one of @p's job titles names a member of a government. */
static gboolean
in_government(const Ctx *c, const DgEntity *p)
{
  for (guint i = 0; i < p->job_titles->len; i++) {
    const DgLangString *title = p->job_titles->pdata[i];
    g_autoptr(DgText) tt = dg_text_new(title->text, strlen(title->text));
    const DgToken *t = dg_text_get_tokens(tt);
    guint n = dg_text_get_n_tokens(tt);
    for (guint k = 0; k < n; k++) {
      guint end;
      if (dg_lexicon_match_key_at(c->lex, DG_DOMAIN_CUE, "government", c->lang, t, n, k, &end))
        return TRUE;
    }
  }
  return FALSE;
}

/* Whether one of @p's job titles names a state (which the rules above
 * failed to tie to it): then the home state is not a safe guess. */
static gboolean
title_names_state(const Ctx *c, const DgEntity *p)
{
  for (guint i = 0; i < p->job_titles->len; i++) {
    const DgLangString *title = p->job_titles->pdata[i];
    g_autoptr(DgText) tt = dg_text_new(title->text, strlen(title->text));
    g_autoptr(GArray) states = dg_lexicon_scan(c->lex, DG_DOMAIN_STATE, tt);
    if (states->len)
      return TRUE;
  }
  return FALSE;
}

/* News style: a minister whom the text gives no state is one of the
 * country of the national agency that reports ("Hanoï (VNA) – Le
 * vice-ministre des Affaires étrangères X"), or of the ministry or mission
 * that publishes the release. */
static void
home_government(Ctx *c)
{
  const char *home = NULL;
  gboolean agency = FALSE;
  for (guint k = 0; k < c->doc->entities->len && c->doc->publisher && !home; k++) {
    const DgEntity *x = dg_ctx_entity(c, k);
    if (x->kind != DG_ENTITY_ORG || strcmp(x->key, c->doc->publisher) != 0)
      continue;
    agency = x->item && dg_lex_item_is_news_media(x->item);
    if (agency)
      home = dg_lex_item_attr(x->item, "country");
  }
  /* a ministry's or a mission's release: the state its header names
   * ("REPUBLIC OF KENYA", "Permanent Mission of Japan"), else the first one */
  for (guint pass = 0; pass < 2 && c->doc->publisher && !agency && !home; pass++)
    for (guint k = 0; k < c->spans->len && !home; k++) {
      const Span *sp = &g_array_index(c->spans, Span, k);
      const DgEntity *x = dg_ctx_entity(c, sp->entity);
      if (x->kind == DG_ENTITY_STATE && (pass == 1 || sp->begin < c->body))
        home = x->key;
    }
  if (!home)
    return;
  for (guint k = 0; k < c->doc->entities->len; k++) {
    DgEntity *p = dg_ctx_entity(c, k);
    if (p->kind == DG_ENTITY_PERSON && !p->represents && !p->affiliation && in_government(c, p) &&
        !title_names_state(c, p))
      p->represents = g_strdup(home);
  }
}

/* Whether a name at @i can open a clause: not after an article or a
 * preposition ("the Great Lakes", "Director of Education Cannot Wait"). */
static gboolean
starts_clause(const Ctx *c, guint i)
{
  static const char *const no[] = {"of", "for", "in", "at", "on", "to", "from", "with", "by",
                                   "de", "du", "des", "pour", "en", "a", "au", "aux", "sur"};
  guint end;
  if (i == 0 || i == c->sent_begin[c->t[i].sentence])
    return TRUE;
  if (dg_ctx_cue_at(c, "determiner", i - 1, &end) ||
      (dg_tok_is(&c->t[i - 1], "'") && i >= 2 && dg_ctx_cue_at(c, "determiner", i - 2, &end)))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS(no); k++)
    if (dg_tok_is(&c->t[i - 1], no[k]))
      return FALSE;
  return TRUE;
}

/* "X, an Aymara leader from the Altiplano, said", "X, of the Andean
 * Forum, told": one comma segment after the name, then a speech verb. */
static gboolean
speech_after_segment(const Ctx *c, guint j)
{
  if (j >= c->n || !dg_tok_is(&c->t[j], ","))
    return FALSE;
  guint e = segment_end(c, j + 1);
  if (e >= c->n || e - j > 16 || !dg_tok_is(&c->t[e], ","))
    return FALSE;
  guint v = speech_after(c, e + 1);
  /* a headline capitalises its verbs: "…, Briefers Tell Council, Stressing…" */
  return v != DG_NONE && !(c->t[v].flags & DG_TOKEN_CAPITALISED);
}

/* "Also briefing the Council were X of the Maputo Women's Forum": an
 * organisation or state after the name, in a sentence that says who spoke. */
static gboolean
agent_in_speech(const Ctx *c, guint i, guint j)
{
  const Span *of = agent_after(c, j);
  if (!of || (j < c->n && dg_tok_is(&c->t[j], ",")))
    return FALSE;
  guint sent = c->t[i].sentence;
  for (guint k = c->sent_begin[sent]; k < c->sent_end[sent]; k++) {
    guint end;
    if (dg_ctx_match_at(c, DG_DOMAIN_SPEECH, k) || dg_ctx_cue_at(c, "speakers", k, &end))
      return TRUE;
  }
  return FALSE;
}

/* ", who heads the Right to Development Section at OHCHR,", ",
 * representing Kenya,": the state right after the cue, or the last
 * organisation of the clause. */
static const Span *
led_after(const Ctx *c, guint j)
{
  guint end;
  if (j + 1 >= c->n || !dg_tok_is(&c->t[j], ",") || !dg_ctx_cue_at(c, "heads", j + 1, &end))
    return NULL;
  const Span *led = NULL;
  guint first = end, e2;
  if (first < c->n && dg_ctx_cue_at(c, "determiner", first, &e2))
    first = e2;
  const Span *state = dg_ctx_span_at(c, first);
  if (state && dg_ctx_entity(c, state->entity)->kind == DG_ENTITY_STATE)
    return state; /* ", representing Kenya," */
  for (guint k = end; k < segment_end(c, end); k++) {
    const Span *sp = dg_ctx_span_at(c, k);
    if (sp && dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_ORG &&
        !(dg_ctx_entity(c, sp->entity)->item &&
          dg_lex_item_is_news_media(dg_ctx_entity(c, sp->entity)->item)))
      led = sp;
  }
  return led;
}

/* "The Council will hear from X, …, and from Y.": a name that is an item
 * of a list, in a sentence that says who spoke or will speak. */
static gboolean
in_speakers_list(const Ctx *c, guint i, guint j)
{
  static const char *const before[] = {",", ";", ":", "and", "et", "from", "by", "de", "par"};
  static const char *const after[] = {",", ";", ".", "and", "et", "("};
  gboolean ok = FALSE;
  for (guint k = 0; k < G_N_ELEMENTS(before) && i > 0 && !ok; k++)
    ok = dg_tok_is(&c->t[i - 1], before[k]);
  if (!ok)
    return FALSE;
  ok = j >= c->sent_end[c->t[i].sentence];
  for (guint k = 0; k < G_N_ELEMENTS(after) && j < c->n && !ok; k++)
    ok = dg_tok_is(&c->t[j], after[k]);
  if (!ok)
    return FALSE;
  guint sent = c->t[i].sentence;
  for (guint k = c->sent_begin[sent]; k < i; k++) {
    guint end;
    if (dg_ctx_cue_at(c, "speakers", k, &end))
      return TRUE;
  }
  return FALSE;
}

char
dg_ctx_gender_of(const Ctx *c, guint b, guint e)
{
  for (guint k = b; k < e && k < c->n; k++) {
    guint end;
    if (dg_ctx_cue_at(c, "female", k, &end))
      return 'f';
    if (dg_ctx_cue_at(c, "male", k, &end))
      return 'm';
  }
  return 0;
}

/* Records the gender that the honorific or a title phrase of person @e tells. */
static void
note_gender(Ctx *c, guint e, guint b, guint end)
{
  char g = end > b ? dg_ctx_gender_of(c, b, end) : 0;
  if (g && !g_hash_table_contains(c->gender, GUINT_TO_POINTER(e + 1)))
    g_hash_table_insert(c->gender, GUINT_TO_POINTER(e + 1), GINT_TO_POINTER(g));
}

void
dg_recognise_persons(Ctx *c)
{
  gboolean *used = g_new0(gboolean, c->n + 1); /* commas whose title phrase is taken */
  for (guint i = c->body; i < c->n; i++) {
    if (in_caption(c, i) || !is_name_part(c, i) ||
        (i > 0 && (is_name_part(c, i - 1) || joins_name(c, i - 1)) &&
         c->t[i - 1].sentence == c->t[i].sentence))
      continue;
    guint words;
    guint j = name_run_end(c, i, &words);
    Range probe;
    if (words == 0 && j >= i + 2 && (honorific_start(c, i) != i || title_before(c, i, &probe)))
      for (guint k = i; k < j; k++)
        words += c->t[k].kind == DG_TOKEN_WORD; /* "M. IVAN SIDOROV": capitals after a title */
    if (words == 0) {
      i = j;
      continue;
    }
    Range before = {0, 0}, after[4];
    guint n_after = 0, closing = DG_NONE;
    const char *hint = NULL; /* a state said of the person outside a title */
    gboolean direct = title_before(c, i, &before);
    /* an honorific ("…, Mme Claire Dubois") or a nationality ("…, le Letton Jānis
     * Bērziņš") leaves room for a title phrase before it */
    guint at = direct && before.end == before.begin ? honorific_start(c, i) : i;
    if (!direct && words >= 2 && (at = nationality_start(c, i, &hint)) != i)
      direct = TRUE;
    /* "…'s Permanent Representative, Ambassador X": a title, then a role word */
    Range lead = {0, 0};
    if (direct && before.end > before.begin && before.begin > 0 &&
        dg_tok_is(&c->t[before.begin - 1], ",") && words >= 2 &&
        apposition_before(c, before.begin, used, &lead))
      used[before.begin - 1] = TRUE;
    gboolean appos = (!direct || at != i) && words >= 2 && apposition_before(c, at, used, &before);
    if (!appos && words >= 2)
      n_after = apposition_after(c, j, after, G_N_ELEMENTS(after), &closing);
    guint det;
    gboolean speaks = words >= 2 && (speech_after(c, j) != DG_NONE ||
                                     (i > 0 && dg_ctx_match_ending(c, DG_DOMAIN_SPEECH, i)) ||
                                     (starts_clause(c, i) && (speech_after_segment(c, j) ||
                                                              state_in_parentheses(c, j) ||
                                                              org_in_parentheses(c, j))) ||
                                     ((i == 0 || !dg_ctx_cue_at(c, "determiner", i - 1, &det)) &&
                                      (agent_in_speech(c, i, j) || in_speakers_list(c, i, j))));
    if (!direct && !appos && !n_after && !speaks) {
      i = j;
      continue;
    }
    guint e = person_for(c, i, j);
    guint ps = dg_ctx_add_person_mention(c, i, j, e);
    DgEntity *p = dg_ctx_entity(c, e);
    const char *seen = NULL;
    if (lead.end > lead.begin)
      seen = add_title(c, p, lead);
    if ((direct || appos) && before.end > before.begin) {
      const char *st = add_title(c, p, before);
      seen = seen ? seen : st;
    }
    if (appos)
      used[at - 1] = TRUE;
    for (guint k = 0; k < n_after; k++) {
      const char *st = add_title(c, p, after[k]);
      seen = seen ? seen : st;
    }
    note_gender(c, e, honorific_start(c, i), i);
    note_gender(c, e, lead.begin, lead.end);
    note_gender(c, e, before.begin, before.end);
    for (guint k = 0; k < n_after; k++)
      note_gender(c, e, after[k].begin, after[k].end);
    const char *paren = state_in_parentheses(c, j);
    if (hint && !g_hash_table_contains(c->nationality, GUINT_TO_POINTER(e + 1)))
      g_hash_table_insert(c->nationality, GUINT_TO_POINTER(e + 1), (gpointer)hint);
    hint = hint ? hint : paren ? paren : seen;
    if (hint && !p->represents && has_state_role(p))
      p->represents = g_strdup(hint);
    else if (paren && !p->represents && !p->affiliation && p->roles->len == 0)
      p->represents = g_strdup(paren); /* "The speakers were X (Sweden), …" */
    const Span *of = agent_after(c, j);
    if (of && !p->represents) {
      const DgEntity *x = dg_ctx_entity(c, of->entity);
      if (x->kind == DG_ENTITY_ORG && !p->affiliation)
        p->affiliation = g_strdup(x->key);
      else if (x->kind == DG_ENTITY_STATE && (has_state_role(p) || p->roles->len == 0))
        p->represents = g_strdup(x->key); /* "X of Bhutan", "Mme X, des Émirats arabes unis" */
    }
    const Span *owner = i >= 3 && dg_tok_is(&c->t[i - 1], "s") && dg_tok_is(&c->t[i - 2], "'")
                          ? dg_ctx_span_ending(c, i - 2)
                          : NULL;
    if (owner && !p->affiliation && !p->represents) {
      /* "OHCHR's Thomas Berger", "Kenya's Jane Doe" */
      const DgEntity *x = dg_ctx_entity(c, owner->entity);
      if (x->kind == DG_ENTITY_ORG && !(x->item && dg_lex_item_is_news_media(x->item)))
        p->affiliation = g_strdup(x->key);
      else if (x->kind == DG_ENTITY_STATE && (has_state_role(p) || p->roles->len == 0))
        p->represents = g_strdup(x->key);
    }
    const char *porg = org_in_parentheses(c, j);
    if (porg && !p->affiliation && !p->represents)
      p->affiliation = g_strdup(porg); /* "The briefers were X (UNDP), …" */
    const Span *led = !p->affiliation && !p->represents ? led_after(c, j) : NULL;
    if (led && dg_ctx_entity(c, led->entity)->kind == DG_ENTITY_ORG)
      p->affiliation = g_strdup(dg_ctx_entity(c, led->entity)->key);
    else if (led && (has_state_role(p) || p->roles->len == 0))
      p->represents = g_strdup(dg_ctx_entity(c, led->entity)->key); /* ", representing Kenya," */
    const Span *behalf = !p->represents && !p->affiliation ? behalf_of(c, i, j) : NULL;
    if (behalf) {
      const DgEntity *x = dg_ctx_entity(c, behalf->entity);
      if (x->kind == DG_ENTITY_ORG)
        p->affiliation = g_strdup(x->key);
      else if (has_state_role(p) || p->roles->len == 0)
        p->represents = g_strdup(x->key);
    }
    if (n_after && closing != DG_NONE) {
      g_array_index(c->persons, PersonSpan, ps).appos_end = closing;
      used[closing] = TRUE;
    }
    i = j;
  }
  /* later references by a part of the name: "Ambassador Lopes" once the full
   * name is known is caught above; a bare surname is caught here */
  for (guint i = c->body; i < c->n; i++) {
    if (in_caption(c, i) || !is_name_part(c, i))
      continue;
    gboolean taken = FALSE;
    for (guint k = dg_ctx_persons_from(c, i + 1); k-- > 0 && !taken;) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      if (ps->begin + 16 < i)
        break; /* names are shorter */
      taken = i >= ps->begin && i < ps->end;
    }
    if (taken || g_utf8_strlen(c->t[i].fold, -1) < 3)
      continue;
    guint words;
    if (!(i > 0 && is_name_part(c, i - 1)) && name_run_end(c, i, &words) > i + 1 &&
        words >= 2) {
      /* "Karin Lindgren" once "Ambassador Lindgren" is known: the fuller form */
      guint j = name_run_end(c, i, &words);
      g_autoptr(GPtrArray) run = fold_words(c, i, j);
      for (guint k = 0; k < c->doc->entities->len; k++) {
        DgEntity *p = dg_ctx_entity(c, k);
        if (p->kind != DG_ENTITY_PERSON || strchr(p->name, ' '))
          continue;
        g_autofree char *folded = dg_fold_string(p->name);
        for (guint w = 0; w < run->len; w++)
          if (strcmp(run->pdata[w], folded) == 0) {
            dg_ctx_add_person_mention(c, i, j, person_for(c, i, j));
            w = run->len;
            k = c->doc->entities->len;
          }
      }
      i = j - 1;
      continue;
    }
    gboolean upper = !is_name_token(c, i); /* "Ambassador TAKAHASHI" */
    if ((!upper && name_run_end(c, i, &words) != i + 1) || (i > 0 && is_name_part(c, i - 1)) ||
        (i + 1 < c->n && is_name_part(c, i + 1)))
      continue;
    for (guint k = 0; k < c->doc->entities->len; k++) {
      DgEntity *p = dg_ctx_entity(c, k);
      if (p->kind != DG_ENTITY_PERSON)
        continue;
      g_autofree char *folded = dg_fold_string(p->name);
      g_auto(GStrv) parts = g_strsplit_set(folded, " -", -1);
      if (g_strv_contains((const char *const *)parts, c->t[i].fold)) {
        dg_ctx_add_person_mention(c, i, i + 1, k);
        break;
      }
    }
  }
  home_government(c);
  g_free(used);
}
