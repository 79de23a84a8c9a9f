/* SPDX-License-Identifier: ISC */
/* Stage 2 (normalise): folding, slugs, tokens, offsets, lines and sentences. */
#include "diplograph/text.h"

#include "unit-util.h"

#include <string.h>

static DgText *
text_of(const char *s)
{
  return dg_text_new(s, strlen(s));
}

/* The folded tokens of @text joined by single spaces. */
static char *
folds(const DgText *text)
{
  const DgToken *t = dg_text_get_tokens(text);
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < dg_text_get_n_tokens(text); i++) {
    if (i)
      g_string_append_c(out, ' ');
    g_string_append(out, t[i].fold);
  }
  return g_string_free(out, FALSE);
}

static void
test_fold_char(void)
{
  static const struct {
    gunichar in;
    gunichar out;
  } cases[] = {
    {0x00C9, 'e'},    /* É */
    {0x00E9, 'e'},    /* é */
    {'A', 'a'},
    {'z', 'z'},
    {'7', '7'},
    {0x00E7, 'c'},    /* ç */
    {0x0111, 'd'},    /* đ */
    {0x0110, 'd'},    /* Đ */
    {0x00D8, 'o'},    /* Ø */
    {0x0153, 'o'},    /* œ */
    {0x0141, 'l'},    /* Ł */
    {0x00DF, 's'},    /* ß */
    {0x0131, 'i'},    /* dotless ı */
    {0x1EB7, 'a'},    /* ặ: two marks */
    {0x1EF9, 'y'},    /* ỹ */
    {0x2019, '\''},   /* ’ */
    {0x2018, '\''},   /* ‘ */
    {0x02BC, '\''},   /* ʼ */
    {0x2013, '-'},    /* – */
    {0x2014, '-'},    /* — */
    {0x2011, '-'},    /* non-breaking hyphen */
    {0x00AB, '"'},    /* « */
    {0x00BB, '"'},    /* » */
    {0x201C, '"'},    /* “ */
    {0x201D, '"'},    /* ” */
    {0x00A0, ' '},    /* no-break space */
    {0x202F, ' '},    /* narrow no-break space */
    {'\t', ' '},
    {'\n', ' '},
    {0x200B, 0},      /* zero-width space */
    {0x200E, 0},      /* left-to-right mark */
    {0x00AD, 0},      /* soft hyphen */
    {0xFEFF, 0},      /* byte order mark */
    {0x0301, 0},      /* combining acute accent */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("U+%04X", cases[i].in);
    g_assert_cmphex(dg_fold_char(cases[i].in), ==, cases[i].out);
  }
}

static void
test_fold_string(void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    {"", ""},
    {"Indonésie", "indonesie"},
    {"l’Estonie", "l'estonie"},
    {"«\u00A0Toile\u00A0»", "\" toile \""},
    {"Indo\u200Bnesia", "indonesia"},
    {"Indone\u0301sie", "indonesie"},
    {"ŒUVRE", "ouvre"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *f = dg_fold_string(cases[i].in);
    g_assert_cmpstr(f, ==, cases[i].out);
  }
}

static void
test_slug(void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    {"Kofi Mensah Boateng", "kofi-mensah-boateng"},
    {"Đoàn Thị Thủy", "doan-thi-thuy"},
    {"Đặng Văn Hùng", "dang-van-hung"},
    {"  --A  b--", "a-b"},
    {"Jean-Yves Le Drian", "jean-yves-le-drian"},
    {"O’Brien", "o-brien"},
    {"UN Security Council", "un-security-council"},
    {"Hanoï", "hanoi"},
    {"2020 – 08", "2020-08"},
    {"---", ""},
    {"", ""},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *s = dg_slug(cases[i].in);
    g_assert_cmpstr(s, ==, cases[i].out);
  }
}

static void
test_tokens_apostrophe(void)
{
  g_autoptr(DgText) text = text_of("l’Estonie, d'Indonésie");
  g_autofree char *f = folds(text);
  g_assert_cmpstr(f, ==, "l ' estonie , d ' indonesie");
  const DgToken *t = dg_text_get_tokens(text);
  static const DgTokenKind kinds[] = {
    DG_TOKEN_WORD, DG_TOKEN_PUNCT, DG_TOKEN_WORD, DG_TOKEN_PUNCT,
    DG_TOKEN_WORD, DG_TOKEN_PUNCT, DG_TOKEN_WORD,
  };
  g_assert_cmpuint(dg_text_get_n_tokens(text), ==, G_N_ELEMENTS(kinds));
  for (guint i = 0; i < G_N_ELEMENTS(kinds); i++)
    g_assert_cmpint(t[i].kind, ==, kinds[i]);
  g_assert_cmpuint(t[2].flags & DG_TOKEN_CAPITALISED, ==, DG_TOKEN_CAPITALISED);
  g_assert_cmpuint(t[0].flags & DG_TOKEN_CAPITALISED, ==, 0);
  g_assert_cmpuint(t[4].flags & DG_TOKEN_SPACE_BEFORE, ==, DG_TOKEN_SPACE_BEFORE);
  g_assert_cmpuint(t[2].flags & DG_TOKEN_SPACE_BEFORE, ==, 0);
  /* "Indonésie" is code points [13, 22) */
  g_assert_cmpuint(t[6].begin, ==, 13);
  g_assert_cmpuint(t[6].end, ==, 22);
}

static void
test_tokens_kinds_and_case(void)
{
  g_autoptr(DgText) text = text_of("UN Un un A 2020 ICRC’s");
  g_autofree char *f = folds(text);
  g_assert_cmpstr(f, ==, "un un un a 2020 icrc ' s");
  const DgToken *t = dg_text_get_tokens(text);
  const guint cap = DG_TOKEN_CAPITALISED, up = DG_TOKEN_UPPER;
  g_assert_cmpuint(t[0].flags & (cap | up), ==, cap | up);
  g_assert_cmpuint(t[1].flags & (cap | up), ==, cap);
  g_assert_cmpuint(t[2].flags & (cap | up), ==, 0);
  g_assert_cmpuint(t[3].flags & (cap | up), ==, cap); /* one letter is not UPPER */
  g_assert_cmpint(t[4].kind, ==, DG_TOKEN_NUMBER);
  g_assert_cmpuint(t[5].flags & (cap | up), ==, cap | up);
}

/* Offsets count code points: é is 2 bytes, 😀 is 4 bytes and one code point. */
static void
test_offsets(void)
{
  static const char s[] = "é😀 Hanoï – ok";
  g_autoptr(DgText) text = text_of(s);
  g_assert_cmpuint(dg_text_get_n_chars(text), ==, 13);
  g_assert_cmpuint(dg_text_get_n_chars(text), ==, (guint)g_utf8_strlen(s, -1));
  g_assert_cmphex(dg_text_char_at(text, 1), ==, 0x1F600);
  g_assert_cmphex(dg_text_char_at(text, 7), ==, 0x00EF);

  const DgToken *t = dg_text_get_tokens(text);
  g_assert_cmpuint(dg_text_get_n_tokens(text), ==, 5);
  static const struct {
    guint begin, end;
    const char *fold;
    const char *original;
  } expect[] = {
    {0, 1, "e", "é"},
    {1, 2, "\xF0\x9F\x98\x80", "😀"},
    {3, 8, "hanoi", "Hanoï"},
    {9, 10, "-", "–"},
    {11, 13, "ok", "ok"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(expect); i++) {
    g_assert_cmpuint(t[i].begin, ==, expect[i].begin);
    g_assert_cmpuint(t[i].end, ==, expect[i].end);
    g_assert_cmpstr(t[i].fold, ==, expect[i].fold);
    g_autofree char *sub = dg_text_substring(text, t[i].begin, t[i].end);
    g_assert_cmpstr(sub, ==, expect[i].original);
  }
  g_assert_cmpint(t[1].kind, ==, DG_TOKEN_PUNCT);

  /* byte offsets: é = 2, 😀 = 4, space, Hanoï = 6 bytes */
  g_assert_cmpuint(dg_text_byte_offset(text, 0), ==, 0);
  g_assert_cmpuint(dg_text_byte_offset(text, 1), ==, 2);
  g_assert_cmpuint(dg_text_byte_offset(text, 3), ==, 7);
  g_assert_cmpuint(dg_text_byte_offset(text, 8), ==, 13);
  g_assert_cmpuint(dg_text_byte_offset(text, 13), ==, sizeof s - 1);

  /* the substring of every span, glued back, is the text */
  GString *glued = g_string_new(NULL);
  for (guint i = 0; i < dg_text_get_n_chars(text); i++) {
    g_autofree char *one = dg_text_substring(text, i, i + 1);
    g_string_append(glued, one);
  }
  g_assert_cmpstr(glued->str, ==, s);
  g_string_free(glued, TRUE);
  g_autofree char *all = dg_text_substring(text, 0, dg_text_get_n_chars(text));
  g_assert_cmpstr(all, ==, s);
  g_autofree char *none = dg_text_substring(text, 5, 5);
  g_assert_cmpstr(none, ==, "");
}

/* A text that is not NUL-terminated at @length: only @length bytes count. */
static void
test_length(void)
{
  static const char s[] = "Hanoï (VNA) garbage";
  g_autoptr(DgText) text = dg_text_new(s, strlen("Hanoï (VNA)"));
  g_assert_cmpuint(dg_text_get_n_chars(text), ==, 11);
  g_autofree char *f = folds(text);
  g_assert_cmpstr(f, ==, "hanoi ( vna )");
}

/* Decomposed (NFD) and precomposed (NFC) input fold alike, and a zero-width
 * character inside a word does not split it. */
static void
test_nfd(void)
{
  static const char *const inputs[] = {
    "Indonésie",              /* NFC */
    "Indone\xCC\x81sie",      /* NFD: e + U+0301 */
    "Indo\xE2\x80\x8Bn\xC3\xA9sie", /* a zero-width space inside */
  };
  for (guint i = 0; i < G_N_ELEMENTS(inputs); i++) {
    g_autoptr(DgText) text = text_of(inputs[i]);
    g_assert_cmpuint(dg_text_get_n_tokens(text), ==, 1);
    const DgToken *t = dg_text_get_tokens(text);
    g_assert_cmpstr(t[0].fold, ==, "indonesie");
    g_assert_cmpuint(t[0].begin, ==, 0);
    g_assert_cmpuint(t[0].end, ==, dg_text_get_n_chars(text));
    g_autofree char *sub = dg_text_substring(text, t[0].begin, t[0].end);
    g_assert_cmpstr(sub, ==, inputs[i]);
  }
}

static void
test_lines(void)
{
  static const struct {
    const char *text;
    guint paragraph_of_b;
  } cases[] = {
    {"a b", 0},
    {"a\nb", 1},
    {"a\r\nb", 1},
    {"a\rb", 1},
    {"a\n\nb", 2},
    {"a\r\n\r\nb", 2},
    {"a \r\n b", 1},
    {"a\xE2\x80\xA8" "b", 1}, /* U+2028 line separator */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %u", i);
    g_autoptr(DgText) text = text_of(cases[i].text);
    g_assert_cmpuint(dg_text_get_n_tokens(text), ==, 2);
    const DgToken *t = dg_text_get_tokens(text);
    g_assert_cmpuint(t[0].paragraph, ==, 0);
    g_assert_cmpuint(t[1].paragraph, ==, cases[i].paragraph_of_b);
    g_assert_cmpuint(t[1].flags & DG_TOKEN_LINE_BEFORE, ==,
                     cases[i].paragraph_of_b ? DG_TOKEN_LINE_BEFORE : 0);
    g_assert_cmpuint(t[1].flags & DG_TOKEN_SPACE_BEFORE, ==, DG_TOKEN_SPACE_BEFORE);
    g_assert_cmpuint(t[1].sentence, ==, cases[i].paragraph_of_b ? 1 : 0);
  }
}

/* The sentence index of each token, as a string of digits. */
static char *
sentence_map(const DgText *text)
{
  const DgToken *t = dg_text_get_tokens(text);
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < dg_text_get_n_tokens(text); i++)
    g_string_append_printf(out, "%u", t[i].sentence);
  return g_string_free(out, FALSE);
}

static void
test_sentences(void)
{
  static const struct {
    const char *text;
    const char *map; /* sentence of each token */
    guint n_sentences;
  } cases[] = {
    /* Mr . Smith spoke . He left . */
    {"Mr. Smith spoke. He left.", "00000111", 2},
    /* He said " Yes . " Then left . : the closing quote stays */
    {"He said “Yes.” Then left.", "000000111", 2},
    {"It ended (at noon.) Then rain.", "0000000111", 2},
    {"M. Nguyen a parlé. Il est parti.", "0000001111", 2},
    {"J. Doe spoke. Others left.", "00000111", 2},
    {"Is it? Yes! No.", "0001122", 3},
    {"See p. 3 of the text.", "00000000", 1},
    {"Version 2.5 is out.", "0000000", 1},
    {"one\ntwo", "01", 2},
    {"", "", 0},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case \"%s\"", cases[i].text);
    g_autoptr(DgText) text = text_of(cases[i].text);
    g_autofree char *map = sentence_map(text);
    g_assert_cmpstr(map, ==, cases[i].map);
    g_assert_cmpuint(dg_text_get_n_sentences(text), ==, cases[i].n_sentences);
  }
}

/* French typography puts a no-break space inside « »: the closing mark
 * still closes the sentence it ends. */
static void
test_sentences_french_quote(void)
{
  static const char *const cases[] = {
    "Il a dit « Oui. » Puis il est parti.",
    "Il a dit « Oui. » Puis il est parti.",
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autoptr(DgText) text = text_of(cases[i]);
    g_autofree char *map = sentence_map(text);
    /* Il a dit « Oui . » | Puis il est parti . */
    g_assert_cmpstr(map, ==, "000000011111");
  }
}

static void
test_text_free_null(void)
{
  dg_text_free(NULL);
  g_autoptr(DgText) text = NULL;
  g_assert_null(text);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/text/fold", test_fold_char);
  g_test_add_func("/text/fold-string", test_fold_string);
  g_test_add_func("/text/slug", test_slug);
  g_test_add_func("/text/tokens/apostrophe", test_tokens_apostrophe);
  g_test_add_func("/text/tokens/kinds-and-case", test_tokens_kinds_and_case);
  g_test_add_func("/text/offsets", test_offsets);
  g_test_add_func("/text/length", test_length);
  g_test_add_func("/text/nfd", test_nfd);
  g_test_add_func("/text/lines", test_lines);
  g_test_add_func("/text/sentences", test_sentences);
  g_test_add_func("/text/sentences/french-quote", test_sentences_french_quote);
  g_test_add_func("/text/free-null", test_text_free_null);
  return g_test_run();
}
