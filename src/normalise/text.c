/* SPDX-License-Identifier: ISC */
#include "diplograph/text.h"

#include <string.h>

struct DgText {
  const char *utf8;
  gunichar *chars; /* original code points */
  gunichar *fold;  /* folded, one per original */
  gsize *bytes;    /* byte offset of each code point, n_chars + 1 entries */
  guint n_chars;
  GArray *tokens;  /* DgToken */
  GStringChunk *strings;
  GString *scratch; /* the folded form of the token being pushed */
  guint n_sentences;
};

gunichar
dg_fold_char(gunichar c)
{
  if (c < 0x80) { /* ASCII, most of the text: what the general case below gives */
    if (c >= 'A' && c <= 'Z')
      return c + ('a' - 'A');
    if (c < 0x20 || c == 0x7F)
      return ' ';
    return c == '`' ? '\'' : c;
  }
  switch (c) {
  case 0x00AD: /* soft hyphen */
  case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
  case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
  case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064:
  case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0xFEFF:
    return 0;
  case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x0060: case 0x2032: case 0x201B:
    return '\'';
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    return '-';
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
  case 0x2039: case 0x203A: case 0x2033:
    return '"';
  case 0x0110: case 0x0111: return 'd';
  case 0x00D8: case 0x00F8: return 'o';
  case 0x0141: case 0x0142: return 'l';
  case 0x00DF: case 0x1E9E: return 's';
  case 0x00C6: case 0x00E6: return 'a';
  case 0x0152: case 0x0153: return 'o';
  case 0x0131: return 'i';
  case 0x00DE: case 0x00FE: return 't';
  default:
    break;
  }
  if (g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007)
    return ' ';
  if (g_unichar_ismark(c))
    return 0;
  if (g_unichar_type(c) == G_UNICODE_CONTROL || g_unichar_type(c) == G_UNICODE_FORMAT)
    return ' ';
  gunichar lower = g_unichar_tolower(c);
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose(lower, FALSE, parts, G_N_ELEMENTS(parts));
  if (n > 1 && !g_unichar_ismark(parts[0]))
    return parts[0];
  return lower;
}

char *
dg_fold_string(const char *s)
{
  GString *out = g_string_sized_new(strlen(s));
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar f = dg_fold_char(g_utf8_get_char(p));
    if (f)
      g_string_append_unichar(out, f);
  }
  return g_string_free(out, FALSE);
}

char *
dg_slug(const char *s)
{
  g_autofree char *folded = dg_fold_string(s);
  GString *out = g_string_sized_new(strlen(folded));
  gboolean dash = FALSE;
  for (const char *p = folded; *p; p++) {
    char c = *p;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && out->len)
        g_string_append_c(out, '-');
      g_string_append_c(out, c);
      dash = FALSE;
    } else {
      dash = TRUE;
    }
  }
  return g_string_free(out, FALSE);
}

static gboolean
is_line_break(gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

static gboolean
is_word_char(gunichar f)
{
  return g_unichar_isalpha(f);
}

/* Abbreviations after which a full stop does not end a sentence. These are
 * orthography, not knowledge about the world, so they live here. */
static const char *const abbreviations[] = {
  "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "st", "pr", "no", "gen",
  "col", "lt", "sen", "rep", "gov", "prof", "amb", "jr", "sr", "h", "e", "s", "u",
  "vs", "etc", "cf", "art", "p", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "hon",
  "adm", "capt", "rt", "sgt", "gen", "messrs", NULL,
};

static gboolean
is_abbreviation(const DgToken *tok)
{
  if (tok->kind != DG_TOKEN_WORD)
    return FALSE;
  if (g_utf8_strlen(tok->fold, -1) == 1 && (tok->flags & DG_TOKEN_CAPITALISED))
    return TRUE; /* an initial: "J. Smith" */
  return g_strv_contains(abbreviations, tok->fold);
}

static void
split_sentences(DgText *text)
{
  DgToken *toks = (DgToken *)(void *)text->tokens->data;
  guint n = text->tokens->len;
  guint sentence = 0;
  gboolean pending = FALSE;
  for (guint i = 0; i < n; i++) {
    DgToken *t = &toks[i];
    if (i > 0 && (t->flags & DG_TOKEN_LINE_BEFORE)) {
      sentence++;
      pending = FALSE;
    } else if (pending) {
      gboolean spaced = (t->flags & DG_TOKEN_SPACE_BEFORE) != 0;
      gunichar ch = text->chars[t->begin];
      gboolean closer = ch == 0x00BB || ch == 0x201D || ch == 0x203A;
      if ((!spaced || closer) && t->kind == DG_TOKEN_PUNCT &&
          (strcmp(t->fold, "\"") == 0 || strcmp(t->fold, ")") == 0)) {
        /* a closing mark stays with the sentence it closes: "Oui. »" */
      } else if (spaced && ((t->flags & DG_TOKEN_CAPITALISED) || t->kind == DG_TOKEN_NUMBER ||
                            strcmp(t->fold, "\"") == 0 || strcmp(t->fold, "(") == 0 ||
                            strcmp(t->fold, "-") == 0)) {
        sentence++;
        pending = FALSE;
      } else {
        pending = FALSE;
      }
    }
    t->sentence = sentence;
    if (t->kind == DG_TOKEN_PUNCT &&
        (strcmp(t->fold, ".") == 0 || strcmp(t->fold, "!") == 0 || strcmp(t->fold, "?") == 0)) {
      gboolean abbrev = strcmp(t->fold, ".") == 0 && i > 0 &&
                        !(t->flags & DG_TOKEN_SPACE_BEFORE) && is_abbreviation(&toks[i - 1]);
      if (!abbrev)
        pending = TRUE;
    }
  }
  text->n_sentences = n ? sentence + 1 : 0;
}

static void
push_token(DgText *text, guint begin, guint end, DgTokenKind kind, guint flags,
           guint paragraph)
{
  GString *fold = text->scratch;
  g_string_truncate(fold, 0);
  gboolean all_upper = TRUE;
  guint letters = 0;
  gboolean first_letter_seen = FALSE;
  for (guint i = begin; i < end; i++) {
    gunichar f = text->fold[i];
    if (f)
      g_string_append_unichar(fold, f);
    gunichar c = text->chars[i];
    if (g_unichar_isalpha(c)) {
      letters++;
      if (!first_letter_seen) {
        first_letter_seen = TRUE;
        if (g_unichar_isupper(c) || g_unichar_istitle(c))
          flags |= DG_TOKEN_CAPITALISED;
      }
      if (!g_unichar_isupper(c))
        all_upper = FALSE;
    }
  }
  if (letters >= 2 && all_upper)
    flags |= DG_TOKEN_UPPER;
  DgToken tok = {
    .begin = begin,
    .end = end,
    .kind = kind,
    .flags = flags,
    .paragraph = paragraph,
    .fold = g_string_chunk_insert_len(text->strings, fold->str, (gssize)fold->len),
  };
  g_array_append_val(text->tokens, tok);
}

static void
tokenise(DgText *text)
{
  guint paragraph = 0;
  guint flags = 0;
  guint i = 0;
  while (i < text->n_chars) {
    gunichar c = text->chars[i];
    gunichar f = text->fold[i];
    if (f == ' ' || f == 0) {
      if (is_line_break(c)) {
        /* CRLF counts as one line break */
        if (!(c == '\n' && i > 0 && text->chars[i - 1] == '\r')) {
          flags |= DG_TOKEN_LINE_BEFORE;
          paragraph++;
        }
      }
      if (f == ' ')
        flags |= DG_TOKEN_SPACE_BEFORE;
      i++;
      continue;
    }
    guint begin = i;
    DgTokenKind kind;
    if (is_word_char(f)) {
      kind = DG_TOKEN_WORD;
      while (i < text->n_chars && (is_word_char(text->fold[i]) || text->fold[i] == 0) &&
             !is_line_break(text->chars[i]) && !g_unichar_isspace(text->chars[i]))
        i++;
    } else if (g_unichar_isdigit(f)) {
      kind = DG_TOKEN_NUMBER;
      while (i < text->n_chars && g_unichar_isdigit(text->fold[i]))
        i++;
    } else {
      kind = DG_TOKEN_PUNCT;
      i++;
    }
    /* trailing invisible characters belong to no token; combining marks
     * ("Côte" written in NFD) do */
    guint end = i;
    while (end > begin + 1 && text->fold[end - 1] == 0 && !g_unichar_ismark(text->chars[end - 1]))
      end--;
    push_token(text, begin, end, kind, flags, paragraph);
    flags = 0;
  }
}

DgText *
dg_text_new(const char *utf8, gsize length)
{
  g_return_val_if_fail(utf8 != NULL, NULL);
  DgText *text = g_new0(DgText, 1);
  text->utf8 = utf8;
  glong n = g_utf8_strlen(utf8, (gssize)length);
  text->n_chars = (guint)n;
  text->chars = g_new(gunichar, n + 1);
  text->fold = g_new(gunichar, n + 1);
  text->bytes = g_new(gsize, n + 1);
  const char *p = utf8;
  for (glong i = 0; i < n; i++) {
    text->bytes[i] = (gsize)(p - utf8);
    text->chars[i] = g_utf8_get_char(p);
    text->fold[i] = dg_fold_char(text->chars[i]);
    p = g_utf8_next_char(p);
  }
  text->bytes[n] = (gsize)(p - utf8);
  text->chars[n] = 0;
  text->fold[n] = 0;
  text->tokens = g_array_sized_new(FALSE, FALSE, sizeof(DgToken), (guint)(n / 5 + 16));
  text->strings = g_string_chunk_new(4096);
  text->scratch = g_string_sized_new(64);
  tokenise(text);
  g_string_free(g_steal_pointer(&text->scratch), TRUE);
  split_sentences(text);
  return text;
}

void
dg_text_free(DgText *text)
{
  if (!text)
    return;
  g_free(text->chars);
  g_free(text->fold);
  g_free(text->bytes);
  g_array_unref(text->tokens);
  g_string_chunk_free(text->strings);
  g_free(text);
}

guint
dg_text_get_n_chars(const DgText *text)
{
  return text->n_chars;
}

guint
dg_text_get_n_tokens(const DgText *text)
{
  return text->tokens->len;
}

const DgToken *
dg_text_get_tokens(const DgText *text)
{
  return (const DgToken *)(const void *)text->tokens->data;
}

guint
dg_text_get_n_sentences(const DgText *text)
{
  return text->n_sentences;
}

char *
dg_text_substring(const DgText *text, guint begin, guint end)
{
  g_return_val_if_fail(begin <= end && end <= text->n_chars, NULL);
  return g_strndup(text->utf8 + text->bytes[begin], text->bytes[end] - text->bytes[begin]);
}

gunichar
dg_text_char_at(const DgText *text, guint offset)
{
  g_return_val_if_fail(offset <= text->n_chars, 0);
  return text->chars[offset];
}

gsize
dg_text_byte_offset(const DgText *text, guint offset)
{
  g_return_val_if_fail(offset <= text->n_chars, 0);
  return text->bytes[offset];
}
