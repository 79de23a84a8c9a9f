/* SPDX-License-Identifier: ISC */
/* The meeting an article reports: its type, forum, date, title, mode,
 * presidency, chair, organisers and speakers. */
#include "recognise-private.h"

#include <stdlib.h>
#include <string.h>

static const char *
org_type(const DgEntity *e)
{
  return e->item ? dg_lex_item_attr(e->item, "type") : NULL;
}

static gboolean
is_body(const DgEntity *e)
{
  const char *type = org_type(e);
  return e->kind == DG_ENTITY_ORG && type && strcmp(type, "body") == 0;
}

static gboolean
usable(const Ctx *c, guint tok)
{
  return tok >= c->body && !c->caption[c->t[tok].paragraph];
}

/* Whether token @tok is inside a quotation of the words of a speaker, not a
 * name in quotation marks ("an “Arria” meeting", "la formule « Arria »"). */
static gboolean
quoted(const Ctx *c, guint tok)
{
  if (!c->in_quote[tok])
    return FALSE;
  guint b = tok, e = tok + 1;
  while (b > 0 && c->in_quote[b - 1])
    b--;
  while (e < c->n && c->in_quote[e])
    e++;
  return e - b > 3;
}

static void
add_class(DgEvent *ev, const char *name)
{
  for (guint i = 0; i < ev->classes->len; i++)
    if (strcmp(ev->classes->pdata[i], name) == 0)
      return;
  g_ptr_array_add(ev->classes, (gpointer)name);
}

static gboolean
sentence_has_cue(const Ctx *c, guint s, const char *key)
{
  guint end;
  for (guint i = c->sent_begin[s]; i < c->sent_end[s]; i++)
    if (dg_ctx_cue_at(c, key, i, &end))
      return TRUE;
  return FALSE;
}

/* Whether the date at token @at is another event's: "adopted on 12 June
 * 2019", "depuis le 12 juin 2019" (a cue ending just before it, or before
 * its "on"/"le"). */
static gboolean
other_date(const Ctx *c, guint at)
{
  guint s = c->sent_begin[c->t[at].sentence], end;
  for (guint j = at > s + 4 ? at - 4 : s; j < at; j++)
    if (dg_ctx_cue_at(c, "other-date", j, &end) &&
        (end == at || (end + 1 == at && (dg_ctx_cue_at(c, "determiner", end, &end) ||
                                          dg_tok_is(&c->t[at - 1], "on")))))
      return TRUE;
  return FALSE;
}

/* The first date of a sentence that speaks of the meeting or of the body
 * that met ("told the UN General Assembly on Tuesday"), in text order. */
static void
find_date(Ctx *c, DgEvent *ev, const gboolean *meeting_sentence, guint n_sentences)
{
  g_autofree gboolean *forum_sentence = g_new0(gboolean, n_sentences + 1);
  for (guint k = 0; k < c->spans->len; k++) {
    const Span *sp = &g_array_index(c->spans, Span, k);
    if (is_body(dg_ctx_entity(c, sp->entity)) && usable(c, sp->begin))
      forum_sentence[c->t[sp->begin].sentence] = TRUE;
  }
  for (guint s = 0; s < n_sentences; s++) {
    if (!meeting_sentence[s] && !forum_sentence[s])
      continue;
    for (guint i = MAX(c->sent_begin[s], c->body); i < c->sent_end[s]; i++) {
      DgDateExpr e;
      if (c->in_quote[i] || !dg_date_parse_at(c->lex, c->t, c->n, i, &e))
        continue;
      if (other_date(c, i)) {
        i = e.end - 1;
        continue;
      }
      DgDate ref = dg_date_is_valid(c->doc->date) ? c->doc->date : c->dateline_day;
      DgDate d = dg_date_resolve(&e, ref, sentence_has_cue(c, s, "future"));
      if (d.month && d.day) {
        ev->date = d;
        return;
      }
      i = e.end - 1;
    }
  }
}

static void
find_presidency(Ctx *c, DgEvent *ev)
{
  for (guint i = c->body; i < c->n && !ev->presidency; i++) {
    guint end;
    if (!usable(c, i) || !dg_ctx_cue_at(c, "presidency", i, &end))
      continue;
    const Span *best = NULL;
    guint best_gap = 4;
    for (guint k = 0; k < c->spans->len; k++) {
      const Span *sp = &g_array_index(c->spans, Span, k);
      if (dg_ctx_entity(c, sp->entity)->kind != DG_ENTITY_STATE ||
          c->t[sp->begin].sentence != c->t[i].sentence)
        continue;
      guint gap = sp->end <= i ? i - sp->end : sp->begin >= end ? sp->begin - end : 0;
      if (gap < best_gap) {
        best_gap = gap;
        best = sp;
      }
    }
    if (best)
      ev->presidency = g_strdup(dg_ctx_entity(c, best->entity)->key);
    i = end - 1;
  }
}

static gboolean
ends_with_agent(const DgLexForm *f)
{
  const char *last = f->tokens[f->n_tokens - 1];
  return !strcmp(last, "by") || !strcmp(last, "par") || !strcmp(last, "de") ||
         !strcmp(last, "du") || !strcmp(last, "des") || !strcmp(last, "of");
}

/* "…, and by the Permanent Representative of Norway to the United Nations,
 * Ambassador Y": a conjunction (and a repeated "by") opens the gap, and the
 * rest is a title: roles, states, organisations, their links and commas. */
static gboolean
joined_titled(const Ctx *c, guint from, guint to)
{
  guint k = from, end;
  if (to < from || to - from > 20)
    return FALSE;
  if (k < to && dg_tok_is(&c->t[k], ","))
    k++;
  if (k >= to || !dg_ctx_cue_at(c, "conjunction", k, &end))
    return FALSE;
  k = end;
  if (k < to && dg_ctx_cue_at(c, "by", k, &end))
    k = end;
  while (k < to) {
    const DgLexMatch *m;
    const Span *sp;
    if ((m = dg_ctx_match_at(c, DG_DOMAIN_ROLE, k)))
      k = m->end;
    else if ((sp = dg_ctx_span_at(c, k)))
      k = sp->end;
    else if (dg_ctx_cue_at(c, "determiner", k, &end) || dg_ctx_cue_at(c, "org-link", k, &end) ||
             dg_ctx_cue_at(c, "title-link", k, &end) || dg_ctx_cue_at(c, "honorific", k, &end))
      k = end;
    else if (dg_tok_is(&c->t[k], ",") || dg_tok_is(&c->t[k], "'"))
      k++;
    else
      return FALSE;
  }
  return TRUE;
}

/* Whether tokens [@from, @to) join two items of a list: a conjunction within
 * a few tokens ("X and Germany's Ambassador Y", "X et Y"). */
static gboolean
joined(const Ctx *c, guint from, guint to)
{
  if (to < from || to - from > 8)
    return joined_titled(c, from, to);
  guint end;
  for (guint k = from; k < to; k++)
    if (dg_ctx_cue_at(c, "conjunction", k, &end))
      return TRUE;
  return FALSE;
}

/* "Council President Pieter Ambrose (Netherlands)": the person named just
 * after the title chairs; the state after the name holds the presidency. */
static void
find_chair_title(Ctx *c, DgEvent *ev, guint end)
{
  guint k = dg_ctx_persons_from(c, end);
  if (k >= c->persons->len)
    return;
  const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
  if (ps->begin > end + 3 || c->t[ps->begin].sentence != c->t[end - 1].sentence)
    return;
  for (guint j = end; j < ps->begin; j++)
    if (dg_ctx_span_at(c, j) || dg_tok_is(&c->t[j], "."))
      return;
  dg_index_add(ev->chairs, ps->entity);
  const Span *sp = dg_ctx_span_at(c, ps->end + 1);
  if (!ev->presidency && ps->end + 2 < c->n && dg_tok_is(&c->t[ps->end], "(") && sp &&
      dg_ctx_entity(c, sp->entity)->kind == DG_ENTITY_STATE && dg_tok_is(&c->t[sp->end], ")"))
    ev->presidency = g_strdup(dg_ctx_entity(c, sp->entity)->key);
}

/* Whether tokens [@from, @to) may stand between a subject and its verb: a
 * few words, or only auxiliaries, relative pronouns and commas. */
static gboolean
subject_gap(const Ctx *c, guint from, guint to)
{
  if (to <= from + 3)
    return TRUE;
  guint end;
  for (guint k = from; k < to;) {
    if (dg_ctx_cue_at(c, "aux", k, &end) || dg_ctx_cue_at(c, "relative", k, &end))
      k = end;
    else if (dg_tok_is(&c->t[k], ","))
      k++;
    else
      return FALSE;
  }
  return TRUE;
}

/* "X, who chaired the Peacebuilding Commission in 2019": the object of the
 * verb at token @from is a body other than the one that met. */
static gboolean
chairs_other_body(const Ctx *c, const DgEvent *ev, guint from)
{
  guint k = from, end;
  if (k < c->n && dg_ctx_cue_at(c, "determiner", k, &end))
    k = end;
  const Span *sp = dg_ctx_span_at(c, k);
  if (!sp || !is_body(dg_ctx_entity(c, sp->entity)))
    return FALSE;
  if (dg_ctx_match_at(c, DG_DOMAIN_MEETING, sp->end) ||
      (sp->end + 1 < c->n && dg_tok_is(&c->t[sp->end], "'") &&
       dg_ctx_match_at(c, DG_DOMAIN_MEETING, sp->end + 2)))
    return FALSE; /* "chaired the Security Council meeting" */
  return !ev->forum || strcmp(ev->forum, dg_ctx_entity(c, sp->entity)->key) != 0;
}

static void
find_chairs(Ctx *c, DgEvent *ev)
{
  for (guint i = c->body; i < c->n; i++) {
    guint end;
    if (usable(c, i) && !c->in_quote[i] && dg_ctx_cue_at(c, "chair-title", i, &end)) {
      find_chair_title(c, ev, end);
      i = end - 1;
    }
  }
  for (guint i = c->body; i < c->n; i++) {
    guint end;
    const DgLexForm *f;
    if (!usable(c, i) || c->in_quote[i] || !(f = dg_ctx_cue_at(c, "chair", i, &end)))
      continue;
    if (!ends_with_agent(f) && chairs_other_body(c, ev, end)) {
      i = end - 1;
      continue;
    }
    guint s = c->t[i].sentence;
    guint who = DG_NONE, last = DG_NONE, who_k = DG_NONE;
    for (guint k = dg_ctx_persons_from(c, c->sent_begin[s]); k < c->persons->len; k++) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      if (c->t[ps->begin].sentence != s)
        break;
      if (ends_with_agent(f) && ps->begin >= end) {
        /* "co-chaired by X and Y": the first person, and those joined to it */
        if (last != DG_NONE && !joined(c, last, ps->begin))
          break;
        dg_index_add(ev->chairs, ps->entity);
        last = ps->appos_end != DG_NONE ? ps->appos_end : ps->end;
      } else if (!ends_with_agent(f) && ps->end <= i) {
        /* "X, while chairing the meeting", "X will chair": the subject */
        guint from = ps->appos_end != DG_NONE && ps->appos_end < i ? ps->appos_end : ps->end;
        who = subject_gap(c, from, i) ? ps->entity : DG_NONE;
        who_k = who != DG_NONE ? k : DG_NONE;
      }
    }
    /* "X and Y co-chaired the meeting": those joined to the subject */
    for (guint k = who_k; k != DG_NONE && k > 0; k--) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      const PersonSpan *prev = &g_array_index(c->persons, PersonSpan, k - 1);
      guint from = prev->appos_end != DG_NONE && prev->appos_end < ps->begin ? prev->appos_end
                                                                              : prev->end;
      if (c->t[prev->begin].sentence != s || !joined(c, from, ps->begin))
        break;
      dg_index_add(ev->chairs, prev->entity);
    }
    if (who == DG_NONE && !ends_with_agent(f)) {
      /* "Elle présidait la séance", "The minister chaired the meeting" */
      guint subject = dg_ctx_subject_before(c, i);
      if (subject != DG_NONE && dg_ctx_entity(c, subject)->kind == DG_ENTITY_PERSON)
        who = subject;
    }
    if (who != DG_NONE)
      dg_index_add(ev->chairs, who);
    i = end - 1;
  }
}

/* The state whose mission, ministry or government the organisation named
 * by @sp is ("the Permanent Mission of Malta to the United Nations"), by its
 * entity index; DG_NONE when it is none. */
static guint
state_of_office(Ctx *c, const Span *sp)
{
  const DgEntity *x = dg_ctx_entity(c, sp->entity);
  if (x->kind != DG_ENTITY_ORG || x->item)
    return DG_NONE;
  guint end;
  gboolean office = FALSE;
  for (guint j = sp->begin; j < sp->end && !office; j++)
    office = dg_ctx_cue_at(c, "state-office", j, &end) != NULL;
  if (!office)
    return DG_NONE;
  GArray *states = c->lexm[DG_DOMAIN_STATE];
  for (guint k = 0; k < states->len; k++) {
    const DgLexMatch *m = &g_array_index(states, DgLexMatch, k);
    if (m->begin >= sp->begin && m->end <= sp->end)
      return dg_document_entity(c->doc, DG_ENTITY_STATE, m->form->item->key, m->form->item,
                                m->begin);
  }
  return DG_NONE;
}

/* Adds the organiser named by @sp; a body that holds meetings only when
 * @body_ok ("organisé par l'ECOSOC"), not when listed among partners. */
static void
add_organizer(Ctx *c, DgEvent *ev, const Span *sp, gboolean body_ok)
{
  guint state = state_of_office(c, sp);
  if (state != DG_NONE) {
    dg_index_add(ev->organizers, state);
    return;
  }
  DgEntity *x = dg_ctx_entity(c, sp->entity);
  if (x->kind == DG_ENTITY_ORG &&
      ((is_body(x) && !body_ok) || strcmp(x->key, "un") == 0 ||
       dg_lex_item_is_news_media(x->item)))
    return;
  if (x->kind == DG_ENTITY_STATE || x->kind == DG_ENTITY_ORG)
    dg_index_add(ev->organizers, sp->entity);
}

/* A word that may stand between the items of a list of organisers:
 * punctuation, and, et, in cooperation with, the, l', has, also… Sets *next
 * to the token after it (or before it, going back). */
static gboolean
is_connector(const Ctx *c, guint i, gboolean forward, guint *next)
{
  static const char *const keys[] = {"conjunction", "cooperation", "determiner", "aux",
                                     "by",          "list-link",   "relative",   "office"};
  const DgToken *t = &c->t[i];
  if (t->kind == DG_TOKEN_PUNCT && (dg_tok_is(t, ",") || dg_tok_is(t, "-") ||
                                    dg_tok_is(t, "'") || dg_tok_is(t, "(") || dg_tok_is(t, ")"))) {
    *next = forward ? i + 1 : i;
    return TRUE;
  }
  guint end;
  for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
    if (forward) {
      if (dg_ctx_cue_at(c, keys[k], i, &end)) {
        *next = end;
        return TRUE;
      }
    } else {
      guint s = c->sent_begin[t->sentence];
      for (guint j = (i + 1 > s + 4 ? i + 1 - 4 : s); j <= i; j++) {
        if (dg_ctx_cue_at(c, keys[k], j, &end) && end == i + 1) {
          *next = j;
          return TRUE;
        }
      }
    }
  }
  return FALSE;
}

/* Whether the segment holding token @i (between commas or dashes) is an
 * apposition to a state or organisation ("l'Indonésie – président du
 * Conseil de sécurité en août,"): it names a role, a presidency or a body. */
static guint
apposition_start(const Ctx *c, guint i)
{
  guint s = c->sent_begin[c->t[i].sentence];
  guint b = i;
  while (b > s && !dg_tok_is(&c->t[b - 1], ",") && !dg_tok_is(&c->t[b - 1], "-"))
    b--;
  if (b == s)
    return DG_NONE;
  gboolean apposed = FALSE;
  guint end;
  for (guint k = b; k <= i && !apposed; k++) {
    const Span *sp = dg_ctx_span_at(c, k);
    apposed = dg_ctx_match_at(c, DG_DOMAIN_ROLE, k) || dg_ctx_cue_at(c, "presidency", k, &end) ||
              (sp && is_body(dg_ctx_entity(c, sp->entity)));
  }
  return apposed ? b - 1 : DG_NONE;
}

/* The organisers listed after a cue ("organised by X, in cooperation with Y
 * and Z") or before it ("X, en coopération avec Y et Z, a organisé"): states
 * and organisations joined by connectors, nothing else between them. */
static guint
collect_organizers(Ctx *c, DgEvent *ev, guint from, gboolean forward, gboolean agent)
{
  guint s = c->t[MIN(from, c->n - 1)].sentence;
  guint before = ev->organizers->len;
  if (forward) {
    guint i = from, seen = 0;
    while (i < c->sent_end[s]) {
      const Span *sp = dg_ctx_span_at(c, i);
      guint next;
      if (sp) {
        add_organizer(c, ev, sp, agent && !seen++);
        i = sp->end;
      } else if (is_connector(c, i, TRUE, &next)) {
        i = next;
      } else {
        break;
      }
    }
    return ev->organizers->len - before;
  }
  guint i = from; /* the token after the last one to look at */
  g_autoptr(GPtrArray) found = g_ptr_array_new();
  while (i > c->sent_begin[s]) {
    const Span *sp = dg_ctx_span_ending(c, i);
    guint next;
    if (sp && sp->begin >= c->sent_begin[s]) {
      g_ptr_array_add(found, (gpointer)sp);
      i = sp->begin;
    } else if (is_connector(c, i - 1, FALSE, &next)) {
      i = next;
    } else if ((next = apposition_start(c, i - 1)) != DG_NONE) {
      i = next;
    } else {
      break;
    }
  }
  for (guint k = found->len; k-- > 0;) /* in the order of the text */
    add_organizer(c, ev, found->pdata[k], FALSE);
  return ev->organizers->len - before;
}

/* The token after "by"/"par" that follows an organiser's verb within a few
 * words ("convened on Wednesday in New York by Malta", "organisée
 * conjointement par"), or after "are" that follows an organisers' noun
 * ("the co-hosts of the meeting are"); DG_NONE when another agent or cue
 * comes first. */
static guint
agent_after(const Ctx *c, guint from, gboolean noun)
{
  guint s = c->t[MIN(from, c->n - 1)].sentence, end;
  for (guint j = from; j < c->sent_end[s] && j < from + 8; j++) {
    if (dg_ctx_cue_at(c, "by", j, &end) || (noun && dg_ctx_cue_at(c, "copula", j, &end)))
      return end;
    guint k = dg_ctx_persons_from(c, j);
    gboolean person = k < c->persons->len && g_array_index(c->persons, PersonSpan, k).begin == j;
    if (person || dg_ctx_span_at(c, j) || dg_ctx_cue_at(c, "organiser", j, &end) ||
        dg_ctx_cue_at(c, "chair", j, &end))
      return DG_NONE;
  }
  return DG_NONE;
}

/* Whether the object of an organiser's verb, from token @from, is no
 * meeting: "which co-sponsor the draft resolution", "a organisé une
 * exposition". */
static gboolean
other_object(const Ctx *c, guint from)
{
  guint end, s = c->t[MIN(from, c->n - 1)].sentence;
  for (guint j = from; j < c->sent_end[s] && j < from + 3; j++) {
    if (dg_ctx_cue_at(c, "not-meeting", j, &end))
      return TRUE;
    if (!dg_ctx_cue_at(c, "determiner", j, &end))
      return FALSE;
  }
  return FALSE;
}

/* Whether a cue of @key starts at or after token @from in its sentence. */
static gboolean
cue_after(const Ctx *c, const char *key, guint from)
{
  guint end;
  for (guint j = from; j < c->sent_end[c->t[MIN(from, c->n - 1)].sentence]; j++)
    if (dg_ctx_cue_at(c, key, j, &end))
      return TRUE;
  return FALSE;
}

/* "thanked Ireland and Mexico for convening the meeting", "a remercié la
 * Tunisie d'avoir organisé la réunion": the states and organisations thanked,
 * when the reason given is that they organised it. */
static void
find_thanked_organizers(Ctx *c, DgEvent *ev, guint i, guint from)
{
  guint s = c->t[i].sentence, end;
  g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(const Span *));
  guint j = from;
  gboolean why = FALSE; /* "for convening", "d'avoir organisé" */
  while (j < c->sent_end[s] && !why) {
    const Span *sp = dg_ctx_span_at(c, j);
    guint next;
    if (found->len && dg_ctx_cue_at(c, "thanks-for", j, &end)) {
      why = TRUE;
    } else if (sp) {
      g_array_append_val(found, sp);
      j = sp->end;
    } else if (is_connector(c, j, TRUE, &next)) {
      j = next;
    } else {
      break;
    }
  }
  if (!why)
    return;
  for (guint k = 0; k < found->len; k++)
    add_organizer(c, ev, g_array_index(found, const Span *, k), FALSE);
}

static void
find_organizers(Ctx *c, DgEvent *ev, const gboolean *meeting_sentence)
{
  for (guint i = c->body; i < c->n; i++) {
    guint end;
    const DgLexForm *f;
    if (!usable(c, i) || c->in_quote[i])
      continue;
    if (dg_ctx_cue_at(c, "thanks", i, &end)) {
      find_thanked_organizers(c, ev, i, end);
      i = end - 1;
      continue;
    }
    guint s = c->t[i].sentence;
    if (dg_ctx_cue_at(c, "organiser-noun", i, &end)) {
      guint by = agent_after(c, end, TRUE);
      if (by != DG_NONE)
        collect_organizers(c, ev, by, TRUE, FALSE);
      i = end - 1;
      continue;
    }
    /* "X organised the meeting in cooperation with Y and Z" */
    if (dg_ctx_cue_at(c, "cooperation", i, &end) && !cue_after(c, "organiser", end) &&
        sentence_has_cue(c, s, "organiser")) {
      collect_organizers(c, ev, end, TRUE, FALSE);
      i = end - 1;
      continue;
    }
    /* "Ghana requested the closed meeting", "ont demandé la tenue de cette
     * séance": a verb that organises only with a meeting as its object */
    if (!dg_ctx_cue_at(c, "organiser", i, &end) &&
        dg_ctx_cue_at(c, "organiser-of-meeting", i, &end)) {
      for (guint j = end; j < c->sent_end[s] && j < end + 4; j++)
        if (dg_ctx_match_at(c, DG_DOMAIN_MEETING, j)) {
          collect_organizers(c, ev, i, FALSE, FALSE);
          break;
        }
      i = end - 1;
      continue;
    }
    if (!(f = dg_ctx_cue_at(c, "organiser", i, &end)))
      continue;
    if (ends_with_agent(f)) {
      collect_organizers(c, ev, end, TRUE, TRUE);
    } else if (!other_object(c, end)) {
      /* "convened on Monday by X"; else the subject: "X and Y convened a
       * meeting", in a sentence about the meeting, not "X organised a
       * reception" */
      guint by = agent_after(c, end, FALSE);
      if ((by == DG_NONE || !collect_organizers(c, ev, by, TRUE, TRUE)) && meeting_sentence[s])
        collect_organizers(c, ev, i, FALSE, FALSE);
      /* "Malta will co-host the meeting with Ecuador" */
      guint with;
      if (dg_ctx_cue_at(c, "co-organiser", i, &with))
        for (guint j = end; j < c->sent_end[s] && j < end + 8; j++)
          if (dg_ctx_cue_at(c, "co-with", j, &with)) {
            collect_organizers(c, ev, with, TRUE, FALSE);
            break;
          }
    }
    i = end - 1;
  }
}

/* The token that holds code point @cp (the last one that starts at or
 * before it). */
static guint
token_at(const Ctx *c, guint cp)
{
  guint lo = 0, hi = c->n;
  while (hi - lo > 1) {
    guint mid = (lo + hi) / 2;
    if (c->t[mid].begin <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

/* Whether the words at code points [@begin, @end) were said to the press
 * ("told reporters", "a déclaré aux journalistes"): the sentences they
 * start and end in name the press outside the words themselves. */
static gboolean
to_press(const Ctx *c, guint begin, guint end)
{
  if (c->n == 0)
    return FALSE;
  guint first = c->t[token_at(c, begin)].sentence;
  guint last = c->t[token_at(c, end ? end - 1 : 0)].sentence;
  guint e;
  for (guint i = c->sent_begin[first]; i < c->sent_end[last]; i++) {
    if (c->t[i].begin >= begin && c->t[i].begin < end)
      continue;
    if (dg_ctx_cue_at(c, "press", i, &e))
      return TRUE;
    /* "told AFP", "a déclaré à l'AFP": a news agency spoken to */
    const DgLexMatch *m = dg_ctx_match_at(c, DG_DOMAIN_ORG, i);
    if (m && dg_lex_item_is_news_media(m->form->item)) {
      guint k = i;
      for (guint j = k >= 2 ? k - 2 : 0; j < k; j++) {
        if (j < c->sent_begin[first] || !dg_ctx_cue_at(c, "determiner", j, &e))
          continue;
        while (e < k && dg_tok_is(&c->t[e], "'"))
          e++;
        if (e == k) {
          k = j; /* "l'AFP" */
          break;
        }
      }
      if (k > c->sent_begin[first] && dg_ctx_cue_at(c, "press-to", k - 1, &e) && e == k)
        return TRUE;
    }
  }
  return FALSE;
}

/* Whether sentence @s speaks of another time than the meeting's: it opens
 * on "In 2019,", "En mars 2015,", "Last year", "L'an dernier". */
static gboolean
in_the_past(const Ctx *c, const DgEvent *ev, guint s)
{
  guint b = c->sent_begin[s], end;
  if (b >= c->sent_end[s])
    return FALSE;
  if (dg_ctx_cue_at(c, "past-time", b, &end))
    return TRUE;
  if (!dg_ctx_cue_at(c, "past-intro", b, &end))
    return FALSE;
  int year = ev->date.year ? ev->date.year : c->doc->date.year;
  for (guint k = end; k < c->sent_end[s] && k < end + 4; k++) {
    const DgToken *t = &c->t[k];
    if (t->kind == DG_TOKEN_NUMBER && strlen(t->fold) == 4) {
      int y = atoi(t->fold);
      return y >= 1900 && y <= 2100 && year && y < year;
    }
  }
  return FALSE;
}

/* Whether code point @cp is inside words quoted or reported ("told the
 * Council that Minister Y had visited"): Y is spoken of, not speaking. */
static gboolean
in_words(const Ctx *c, guint cp)
{
  for (guint q = 0; q < c->doc->quotes->len; q++) {
    const DgQuote *quote = &g_array_index(c->doc->quotes, DgQuote, q);
    if (cp >= quote->begin && cp < quote->end)
      return TRUE;
  }
  return FALSE;
}

static void
find_speakers(Ctx *c, DgEvent *ev, guint index)
{
  GArray *quotes = c->doc->quotes;
  g_autofree gboolean *press = g_new0(gboolean, quotes->len + 1);
  for (guint q = 0; q < quotes->len; q++) {
    const DgQuote *quote = &g_array_index(quotes, DgQuote, q);
    press[q] = to_press(c, quote->begin, quote->end) ||
               in_the_past(c, ev, c->t[token_at(c, quote->begin)].sentence);
  }
  /* the words that follow words said to the press, by the same speaker in
   * the next sentence ("… told reporters. “…,” he added.") */
  for (guint q = 0; q < quotes->len; q++) {
    const DgQuote *quote = &g_array_index(quotes, DgQuote, q);
    guint prev = DG_NONE;
    for (guint p = 0; p < quotes->len; p++) {
      const DgQuote *o = &g_array_index(quotes, DgQuote, p);
      if (o->speaker == quote->speaker && o->end <= quote->begin &&
          (prev == DG_NONE || o->end > g_array_index(quotes, DgQuote, prev).end))
        prev = p;
    }
    if (!press[q] && prev != DG_NONE && press[prev] &&
        c->t[token_at(c, quote->begin)].sentence <=
          c->t[token_at(c, g_array_index(quotes, DgQuote, prev).end - 1)].sentence + 1)
      press[q] = TRUE;
  }
  for (guint q = 0; q < quotes->len; q++) {
    DgQuote *quote = &g_array_index(quotes, DgQuote, q);
    quote->event = index;
    if (dg_ctx_entity(c, quote->speaker)->kind == DG_ENTITY_PERSON && !press[q])
      dg_index_add(ev->speakers, quote->speaker);
  }
  guint n_sentences = dg_text_get_n_sentences(c->doc->text);
  /* "I also thank X and Y for their briefings": those between the thanks
   * and the briefings */
  guint thanks = DG_NONE;
  for (guint i = c->body; i < c->n; i++) {
    guint end;
    if (i == c->sent_begin[c->t[i].sentence])
      thanks = DG_NONE;
    if (dg_ctx_cue_at(c, "thanks", i, &end)) {
      thanks = end;
      i = end - 1;
    } else if (thanks != DG_NONE && dg_ctx_cue_at(c, "thanks-briefing", i, &end)) {
      for (guint k = dg_ctx_persons_from(c, thanks); k < c->persons->len; k++) {
        const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
        if (ps->begin >= i)
          break;
        if (usable(c, ps->begin))
          dg_index_add(ev->speakers, ps->entity);
      }
      thanks = DG_NONE;
      i = end - 1;
    }
  }
  for (guint s = 0; s < n_sentences; s++) {
    if (!sentence_has_cue(c, s, "speakers"))
      continue;
    /* "X was speaking at the debate, which was presided over by Y": not Y */
    gboolean chair_cue = sentence_has_cue(c, s, "chair");
    for (guint k = dg_ctx_persons_from(c, c->sent_begin[s]); k < c->persons->len; k++) {
      const PersonSpan *ps = &g_array_index(c->persons, PersonSpan, k);
      if (c->t[ps->begin].sentence != s)
        break;
      gboolean chair = FALSE;
      for (guint j = 0; j < ev->chairs->len && chair_cue; j++)
        chair = chair || g_array_index(ev->chairs, guint, j) == ps->entity;
      if (usable(c, ps->begin) && !chair && !in_words(c, c->t[ps->begin].begin))
        dg_index_add(ev->speakers, ps->entity);
    }
  }
}

/* "Les réunions selon la formule Arria sont…", "Arria-formula meetings
 * are…": a sentence about meetings in general, not about this one. */
static gboolean
is_generic(const Ctx *c, const DgLexMatch *m)
{
  if (strcmp(m->form->item->key, "Consultations") == 0 || strcmp(m->form->item->key, "online") == 0)
    return FALSE;
  /* a plural meeting noun as the subject, at the start of its sentence */
  guint s = c->sent_begin[c->t[m->begin].sentence], end;
  guint at = s;
  if (dg_ctx_cue_at(c, "plural", at, &end))
    at = end;
  else if (dg_ctx_cue_at(c, "determiner", at, &end))
    return FALSE; /* "La séance à huis clos": one meeting */
  if (m->begin > at + 1)
    return FALSE;
  const char *last = c->t[m->end - 1].fold; /* "meetings", "réunions" */
  gsize len = strlen(last);
  return len > 3 && last[len - 1] == 's';
}

void
dg_recognise_events(Ctx *c)
{
  GArray *meetings = c->lexm[DG_DOMAIN_MEETING];
  guint n_sentences = dg_text_get_n_sentences(c->doc->text);
  g_autofree gboolean *meeting_sentence = g_new0(gboolean, n_sentences + 1);
  g_autofree gboolean *generic = g_new0(gboolean, n_sentences + 1);
  const DgLexMatch *anchor = NULL;
  gboolean online = FALSE;
  for (guint k = 0; k < meetings->len; k++) {
    const DgLexMatch *m = &g_array_index(meetings, DgLexMatch, k);
    if (is_generic(c, m))
      generic[c->t[m->begin].sentence] = TRUE;
  }
  for (guint k = 0; k < meetings->len; k++) {
    const DgLexMatch *m = &g_array_index(meetings, DgLexMatch, k);
    if (!usable(c, m->begin) || quoted(c, m->begin) || generic[c->t[m->begin].sentence])
      continue;
    meeting_sentence[c->t[m->begin].sentence] = TRUE;
    if (strcmp(m->form->item->key, "online") == 0)
      online = TRUE;
    else if (!anchor)
      anchor = m;
  }
  if (!anchor)
    return;
  DgEvent *ev = dg_document_add_event(c->doc);
  guint index = c->doc->events->len - 1;
  ev->online = online;
  ev->begin = c->t[anchor->begin].begin;
  ev->end = c->t[anchor->end - 1].end;
  for (guint k = 0; k < meetings->len; k++) {
    const DgLexMatch *m = &g_array_index(meetings, DgLexMatch, k);
    const char *key = m->form->item->key;
    if (usable(c, m->begin) && !generic[c->t[m->begin].sentence] && !quoted(c, m->begin) &&
        strcmp(key, "online") != 0 && strcmp(key, "Meeting") != 0)
      add_class(ev, key);
  }
  /* an Arria-formula meeting is informal by definition: "réunion informelle
   * selon la formule Arria" names one kind */
  if (g_ptr_array_find_with_equal_func(ev->classes, "ArriaFormulaMeeting", g_str_equal, NULL)) {
    guint at;
    if (g_ptr_array_find_with_equal_func(ev->classes, "InformalMeeting", g_str_equal, &at))
      g_ptr_array_remove_index(ev->classes, at);
  }
  add_class(ev, "Meeting");

  /* the body a meeting type belongs to (an Arria-formula meeting is the
   * Security Council's), else the body named with the meeting, else any */
  for (guint i = 0; i < ev->classes->len && !ev->forum; i++) {
    const DgLexItem *item =
      dg_lexicon_lookup(c->lex, DG_DOMAIN_MEETING, ev->classes->pdata[i]);
    const char *forum = item ? dg_lex_item_attr(item, "forum") : NULL;
    if (forum)
      ev->forum = g_strdup(forum);
  }

  for (guint pass = 0; pass < 2 && !ev->forum; pass++) {
    for (guint k = 0; k < c->spans->len && !ev->forum; k++) {
      const Span *sp = &g_array_index(c->spans, Span, k);
      DgEntity *x = dg_ctx_entity(c, sp->entity);
      if (is_body(x) && usable(c, sp->begin) &&
          (pass == 1 || meeting_sentence[c->t[sp->begin].sentence]))
        ev->forum = g_strdup(x->key);
    }
  }
  find_date(c, ev, meeting_sentence, n_sentences);
  if (c->title_end) {
    ev->title.text = dg_text_substring(c->doc->text, c->title_begin, c->title_end);
    ev->title.lang = g_strdup(c->lang);
  }
  find_presidency(c, ev);
  find_chairs(c, ev);
  find_organizers(c, ev, meeting_sentence);
  find_speakers(c, ev, index);

  GArray *topics = c->lexm[DG_DOMAIN_TOPIC];
  for (guint k = 0; k < topics->len; k++) {
    const DgLexMatch *m = &g_array_index(topics, DgLexMatch, k);
    guint cp = c->t[m->begin].begin;
    gboolean in_title = c->title_end && cp >= c->title_begin && cp < c->title_end;
    if (usable(c, m->begin) && (in_title || meeting_sentence[c->t[m->begin].sentence]) &&
        !g_ptr_array_find(ev->topics, m->form->item, NULL))
      g_ptr_array_add(ev->topics, (gpointer)m->form->item);
  }
}
