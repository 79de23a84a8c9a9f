/* SPDX-License-Identifier: ISC */
#include "diplograph/lexicon.h"

#include "diplograph/status.h"

#include <string.h>

typedef struct {
  GHashTable *items;  /* key → DgLexItem* (owned) */
  GPtrArray *forms;   /* DgLexForm* (owned), file order */
  GHashTable *index;  /* first folded token → GPtrArray of DgLexForm*, longest first */
} Domain;

/* Every folded token that starts a form of some domain, with those forms:
 * one look-up per token of a text instead of one per domain and use. */
typedef struct {
  GPtrArray *first[DG_N_DOMAINS]; /* (nullable) (transfer none): the domains' index lists */
} Word;

struct DgLexicon {
  char *dir;
  Domain domains[DG_N_DOMAINS];
  GHashTable *words; /* fold → Word* */
  GStringChunk *strings;
};

static const Word no_word; /* a token that starts no form */

typedef struct {
  DgDomain domain;
  const char *file;
  const char *default_type; /* (nullable): "type" attribute when the file gives none */
} DomainFile;

static const DomainFile domain_files[] = {
  {DG_DOMAIN_STATE, "states-iso.tsv", NULL},
  {DG_DOMAIN_STATE, "states-extra.tsv", NULL},
  {DG_DOMAIN_ORG, "organisations.tsv", NULL},
  {DG_DOMAIN_ORG, "news-agencies.tsv", "news-agency"},
  {DG_DOMAIN_ROLE, "roles.tsv", NULL},
  {DG_DOMAIN_MEETING, "meeting-types.tsv", NULL},
  {DG_DOMAIN_SPEECH, "speech-verbs.tsv", NULL},
  {DG_DOMAIN_CALENDAR, "calendar.tsv", NULL},
  {DG_DOMAIN_CUE, "cues.tsv", NULL},
  {DG_DOMAIN_TOPIC, "topics.tsv", NULL},
  {DG_DOMAIN_STOPWORD, "stopwords.tsv", NULL},
};

/* Kinds that describe an item rather than name it in text. */
static const char *const attribute_kinds[] = {
  "alpha2", "type", "parent", "scope", "forum", "country", NULL,
};

static void
item_free(gpointer p)
{
  DgLexItem *item = p;
  g_ptr_array_unref(item->acronyms);
  g_hash_table_unref(item->attrs);
  g_free(item);
}

static void
form_free(gpointer p)
{
  DgLexForm *form = p;
  g_strfreev(form->tokens);
  g_free(form);
}

static gboolean
is_skipped(const DgToken *tok)
{
  return tok->kind == DG_TOKEN_PUNCT && (tok->fold[0] == '-' || tok->fold[0] == '\'');
}

static guint
form_flags(DgDomain domain, const char *surface)
{
  guint letters = 0, upper = 0;
  gboolean first_upper = FALSE, first_seen = FALSE;
  for (const char *p = surface; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (!g_unichar_isalpha(c))
      continue;
    letters++;
    if (g_unichar_isupper(c))
      upper++;
    if (!first_seen) {
      first_seen = TRUE;
      first_upper = g_unichar_isupper(c);
    }
  }
  if (letters >= 2 && upper == letters)
    return DG_FORM_UPPER;
  if (first_upper &&
      (domain == DG_DOMAIN_STATE || domain == DG_DOMAIN_ORG || domain == DG_DOMAIN_CALENDAR))
    return DG_FORM_CAPITAL;
  return 0;
}

static DgLexForm *
form_new(DgLexicon *lex, const DgLexItem *item, const char *kind, const char *lang,
         const char *surface)
{
  g_autoptr(DgText) text = dg_text_new(surface, strlen(surface));
  const DgToken *toks = dg_text_get_tokens(text);
  GPtrArray *words = g_ptr_array_new();
  guint32 caps = 0;
  for (guint i = 0; i < dg_text_get_n_tokens(text); i++) {
    if (is_skipped(&toks[i]))
      continue;
    if ((toks[i].flags & DG_TOKEN_CAPITALISED) && words->len < 32)
      caps |= (guint32)1 << words->len;
    g_ptr_array_add(words, g_strdup(toks[i].fold));
  }
  if (words->len == 0) {
    g_ptr_array_unref(words);
    return NULL;
  }
  DgLexForm *form = g_new0(DgLexForm, 1);
  form->item = item;
  form->kind = g_string_chunk_insert_const(lex->strings, kind);
  form->lang = g_string_chunk_insert_const(lex->strings, lang);
  form->surface = g_string_chunk_insert(lex->strings, surface);
  form->n_tokens = words->len;
  g_ptr_array_add(words, NULL);
  form->tokens = (char **)g_ptr_array_free(words, FALSE);
  form->flags = form_flags(item->domain, surface);
  form->caps = caps;
  return form;
}

static DgLexItem *
item_get(DgLexicon *lex, DgDomain domain, const char *key)
{
  Domain *d = &lex->domains[domain];
  DgLexItem *item = g_hash_table_lookup(d->items, key);
  if (!item) {
    item = g_new0(DgLexItem, 1);
    item->key = g_string_chunk_insert_const(lex->strings, key);
    item->domain = domain;
    item->acronyms = g_ptr_array_new();
    item->attrs = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_insert(d->items, (gpointer)item->key, item);
  }
  return item;
}

static gboolean
load_file(DgLexicon *lex, const DomainFile *df, GError **error)
{
  g_autofree char *path = g_build_filename(lex->dir, df->file, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) local = NULL;
  if (!g_file_get_contents(path, &contents, &len, &local)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "lexicon: %s", local->message);
    return FALSE;
  }
  if (!g_utf8_validate_len(contents, len, NULL)) {
    g_set_error(error, DG_ERROR, DG_ERR_LEXICON, "%s: not UTF-8", path);
    return FALSE;
  }
  g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new(NULL, NULL);
  for (guint n = 0; lines[n]; n++) {
    char *line = lines[n];
    gsize l = strlen(line);
    if (l && line[l - 1] == '\r')
      line[--l] = '\0';
    if (l == 0 || line[0] == '#')
      continue;
    g_auto(GStrv) f = g_strsplit(line, "\t", -1);
    if (g_strv_length(f) != 4 || !*f[0] || !*f[1] || !*f[2] || !*f[3]) {
      g_set_error(error, DG_ERROR, DG_ERR_LEXICON,
                  "%s:%u: expected 4 non-empty tab-separated fields: key, lang, kind, surface",
                  path, n + 1);
      return FALSE;
    }
    const char *key = f[0], *lang = f[1], *kind = f[2], *surface = f[3];
    DgLexItem *item = item_get(lex, df->domain, key);
    if (df->default_type)
      g_hash_table_add(seen, item);
    if (g_strv_contains(attribute_kinds, kind)) {
      if (!g_hash_table_contains(item->attrs, kind))
        g_hash_table_insert(item->attrs, (gpointer)g_string_chunk_insert_const(lex->strings, kind),
                            g_string_chunk_insert(lex->strings, surface));
      continue;
    }
    if (strcmp(kind, "name") == 0) {
      if (strcmp(lang, "en") == 0 && !item->name_en)
        item->name_en = g_string_chunk_insert(lex->strings, surface);
      else if (strcmp(lang, "fr") == 0 && !item->name_fr)
        item->name_fr = g_string_chunk_insert(lex->strings, surface);
    } else if (strcmp(kind, "label") == 0) {
      /* a hand-chosen label that replaces a generated "name" */
      if (strcmp(lang, "en") == 0)
        item->name_en = g_string_chunk_insert(lex->strings, surface);
      else if (strcmp(lang, "fr") == 0)
        item->name_fr = g_string_chunk_insert(lex->strings, surface);
    } else if (strcmp(kind, "acronym") == 0 || strcmp(kind, "code") == 0) {
      const char *s = g_string_chunk_insert_const(lex->strings, surface);
      gboolean known = FALSE;
      for (guint i = 0; i < item->acronyms->len; i++)
        known = known || strcmp(item->acronyms->pdata[i], s) == 0;
      if (!known)
        g_ptr_array_add(item->acronyms, (gpointer)s);
    }
    DgLexForm *form = form_new(lex, item, kind, lang, surface);
    if (form)
      g_ptr_array_add(lex->domains[df->domain].forms, form);
  }
  /* the file's default type, for items whose rows give none */
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, seen);
  while (g_hash_table_iter_next(&it, &key, NULL)) {
    DgLexItem *item = key;
    if (!g_hash_table_contains(item->attrs, "type"))
      g_hash_table_insert(item->attrs, "type", (gpointer)df->default_type);
  }
  return TRUE;
}

static gint
by_length_desc(gconstpointer a, gconstpointer b)
{
  const DgLexForm *fa = *(const DgLexForm *const *)a;
  const DgLexForm *fb = *(const DgLexForm *const *)b;
  return (gint)fb->n_tokens - (gint)fa->n_tokens;
}

static void
build_index(Domain *d)
{
  for (guint i = 0; i < d->forms->len; i++) {
    DgLexForm *form = d->forms->pdata[i];
    GPtrArray *list = g_hash_table_lookup(d->index, form->tokens[0]);
    if (!list) {
      list = g_ptr_array_new();
      g_hash_table_insert(d->index, form->tokens[0], list);
    }
    g_ptr_array_add(list, form);
  }
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init(&it, d->index);
  while (g_hash_table_iter_next(&it, NULL, &value))
    g_ptr_array_sort((GPtrArray *)value, by_length_desc); /* stable: file order within a length */
}

static char *
pick_dir(const char *data_dir)
{
  if (data_dir)
    return g_strdup(data_dir);
  const char *env = g_getenv("DIPLOGRAPH_DATA");
  if (env && *env)
    return g_strdup(env);
  g_autofree char *probe = g_build_filename(DG_SOURCE_DATA_DIR, "states-iso.tsv", NULL);
  if (g_file_test(probe, G_FILE_TEST_IS_REGULAR))
    return g_strdup(DG_SOURCE_DATA_DIR);
  return g_strdup(DG_INSTALL_DATA_DIR);
}

DgLexicon *
dg_lexicon_new(const char *data_dir, GError **error)
{
  DgLexicon *lex = g_new0(DgLexicon, 1);
  lex->dir = pick_dir(data_dir);
  lex->strings = g_string_chunk_new(65536);
  for (guint d = 0; d < DG_N_DOMAINS; d++) {
    lex->domains[d].items = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, item_free);
    lex->domains[d].forms = g_ptr_array_new_with_free_func(form_free);
    lex->domains[d].index = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                                  (GDestroyNotify)g_ptr_array_unref);
  }
  for (guint i = 0; i < G_N_ELEMENTS(domain_files); i++) {
    if (!load_file(lex, &domain_files[i], error)) {
      dg_lexicon_free(lex);
      return NULL;
    }
  }
  lex->words = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
  for (guint d = 0; d < DG_N_DOMAINS; d++) {
    build_index(&lex->domains[d]);
    GHashTableIter it;
    gpointer fold, list;
    g_hash_table_iter_init(&it, lex->domains[d].index);
    while (g_hash_table_iter_next(&it, &fold, &list)) {
      Word *w = g_hash_table_lookup(lex->words, fold);
      if (!w) {
        w = g_new0(Word, 1);
        g_hash_table_insert(lex->words, fold, w);
      }
      w->first[d] = list;
    }
  }
  return lex;
}

void
dg_lexicon_annotate(const DgLexicon *lex, DgText *text)
{
  DgToken *toks = (DgToken *)dg_text_get_tokens(text);
  guint n = dg_text_get_n_tokens(text);
  for (guint i = 0; i < n; i++) {
    const Word *w = g_hash_table_lookup(lex->words, toks[i].fold);
    toks[i].lexicon_word = w ? w : &no_word;
  }
}

/* The forms of @domain whose first token is @tok, longest first. */
static const GPtrArray *
first_forms(const DgLexicon *lex, DgDomain domain, const DgToken *tok)
{
  if (tok->lexicon_word)
    return ((const Word *)tok->lexicon_word)->first[domain];
  return g_hash_table_lookup(lex->domains[domain].index, tok->fold);
}

void
dg_lexicon_free(DgLexicon *lex)
{
  if (!lex)
    return;
  if (lex->words)
    g_hash_table_unref(lex->words);
  for (guint d = 0; d < DG_N_DOMAINS; d++) {
    g_hash_table_unref(lex->domains[d].index);
    g_ptr_array_unref(lex->domains[d].forms);
    g_hash_table_unref(lex->domains[d].items);
  }
  g_string_chunk_free(lex->strings);
  g_free(lex->dir);
  g_free(lex);
}

const char *
dg_lexicon_get_dir(const DgLexicon *lex)
{
  return lex->dir;
}

const DgLexItem *
dg_lexicon_lookup(const DgLexicon *lex, DgDomain domain, const char *key)
{
  g_return_val_if_fail(domain < DG_N_DOMAINS, NULL);
  return g_hash_table_lookup(lex->domains[domain].items, key);
}

/* Token @k of @form against the text's token: an acronym wants capitals
 * throughout; a proper name wants a capital wherever its surface has one
 * ("La Réunion", not "La réunion"). */
static gboolean
case_ok(const DgLexForm *form, const DgToken *tok, guint k)
{
  if (tok->kind != DG_TOKEN_WORD)
    return TRUE;
  if (form->flags & DG_FORM_UPPER)
    return (tok->flags & DG_TOKEN_CAPITALISED) &&
           ((tok->flags & DG_TOKEN_UPPER) || g_utf8_strlen(tok->fold, -1) == 1);
  if ((form->flags & DG_FORM_CAPITAL) && (k == 0 || (k < 32 && (form->caps >> k) & 1)))
    return (tok->flags & DG_TOKEN_CAPITALISED) != 0;
  return TRUE;
}

static gboolean
form_matches(const DgLexForm *form, const DgToken *tokens, guint n_tokens, guint at, guint *end)
{
  guint j = at;
  guint paragraph = tokens[at].paragraph;
  for (guint k = 0; k < form->n_tokens; k++) {
    while (j < n_tokens && is_skipped(&tokens[j]) && k > 0)
      j++;
    if (j >= n_tokens || tokens[j].paragraph != paragraph ||
        strcmp(tokens[j].fold, form->tokens[k]) != 0 || !case_ok(form, &tokens[j], k))
      return FALSE;
    j++;
  }
  *end = j;
  return TRUE;
}

const DgLexForm *
dg_lexicon_match_at(const DgLexicon *lex, DgDomain domain, const DgToken *tokens,
                    guint n_tokens, guint at, guint *end)
{
  g_return_val_if_fail(domain < DG_N_DOMAINS, NULL);
  if (at >= n_tokens || is_skipped(&tokens[at]))
    return NULL;
  const GPtrArray *list = first_forms(lex, domain, &tokens[at]);
  if (!list)
    return NULL;
  for (guint i = 0; i < list->len; i++) {
    const DgLexForm *form = list->pdata[i];
    if (form_matches(form, tokens, n_tokens, at, end))
      return form;
  }
  return NULL;
}

/* The longest form at @at whose key (when @key) and kind (when @kind) are
 * those asked for, in @lang or "-" (when @lang). */
static const DgLexForm *
match_filtered(const DgLexicon *lex, DgDomain domain, const char *key, const char *kind,
               const char *lang, const DgToken *tokens, guint n_tokens, guint at, guint *end)
{
  g_return_val_if_fail(domain < DG_N_DOMAINS, NULL);
  if (at >= n_tokens || is_skipped(&tokens[at]))
    return NULL;
  const GPtrArray *list = first_forms(lex, domain, &tokens[at]);
  if (!list)
    return NULL;
  for (guint i = 0; i < list->len; i++) {
    const DgLexForm *form = list->pdata[i];
    if ((key && strcmp(form->item->key, key) != 0) || (kind && strcmp(form->kind, kind) != 0))
      continue;
    if (lang && strcmp(form->lang, "-") != 0 && strcmp(form->lang, lang) != 0)
      continue;
    if (form_matches(form, tokens, n_tokens, at, end))
      return form;
  }
  return NULL;
}

const DgLexForm *
dg_lexicon_match_key_at(const DgLexicon *lex, DgDomain domain, const char *key,
                        const char *lang, const DgToken *tokens, guint n_tokens, guint at,
                        guint *end)
{
  return match_filtered(lex, domain, key, NULL, lang, tokens, n_tokens, at, end);
}

const DgLexForm *
dg_lexicon_match_kind_at(const DgLexicon *lex, DgDomain domain, const char *kind,
                         const DgToken *tokens, guint n_tokens, guint at, guint *end)
{
  return match_filtered(lex, domain, NULL, kind, NULL, tokens, n_tokens, at, end);
}

GArray *
dg_lexicon_scan(const DgLexicon *lex, DgDomain domain, const DgText *text)
{
  GArray *out = g_array_new(FALSE, FALSE, sizeof(DgLexMatch));
  const DgToken *toks = dg_text_get_tokens(text);
  guint n = dg_text_get_n_tokens(text);
  guint i = 0;
  while (i < n) {
    guint end = 0;
    const DgLexForm *form = dg_lexicon_match_at(lex, domain, toks, n, i, &end);
    if (form) {
      DgLexMatch m = {.begin = i, .end = end, .form = form};
      g_array_append_val(out, m);
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

gboolean
dg_lexicon_has_form(const DgLexicon *lex, DgDomain domain, const char *key, const char *fold)
{
  GPtrArray *list = g_hash_table_lookup(lex->domains[domain].index, fold);
  if (!list)
    return FALSE;
  for (guint i = 0; i < list->len; i++) {
    const DgLexForm *form = list->pdata[i];
    if (form->n_tokens == 1 && strcmp(form->item->key, key) == 0)
      return TRUE;
  }
  return FALSE;
}

const GPtrArray *
dg_lexicon_forms(const DgLexicon *lex, DgDomain domain)
{
  return lex->domains[domain].forms;
}

const char *
dg_lex_item_attr(const DgLexItem *item, const char *kind)
{
  return g_hash_table_lookup(item->attrs, kind);
}

const char *
dg_lex_item_name(const DgLexItem *item, const char *lang)
{
  if (lang && strcmp(lang, "fr") == 0)
    return item->name_fr ? item->name_fr : item->name_en ? item->name_en : item->key;
  return item->name_en ? item->name_en : item->name_fr ? item->name_fr : item->key;
}

gboolean
dg_lex_item_is_news_media(const DgLexItem *item)
{
  const char *type = item ? dg_lex_item_attr(item, "type") : NULL;
  return type && (strcmp(type, "news-agency") == 0 || strcmp(type, "broadcaster") == 0);
}
