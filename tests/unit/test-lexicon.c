/* SPDX-License-Identifier: ISC */
/* The lexicons: loading, look-up, and the gazetteer that scans text. */
#include "diplograph/lexicon.h"
#include "diplograph/status.h"

#include "unit-util.h"

#include <string.h>

static DgLexicon *lexicon; /* the project's data/, loaded once */

/* The keys of every match of @domain in @s, comma-separated. */
static char *
scan_keys(DgDomain domain, const char *s)
{
  g_autoptr(DgText) text = dg_text_new(s, strlen(s));
  g_autoptr(GArray) matches = dg_lexicon_scan(lexicon, domain, text);
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < matches->len; i++) {
    const DgLexMatch *m = &g_array_index(matches, DgLexMatch, i);
    g_assert_cmpuint(m->begin, <, m->end);
    if (i)
      g_string_append_c(out, ',');
    g_string_append(out, m->form->item->key);
  }
  return g_string_free(out, FALSE);
}

static void
test_lexicon_load(void)
{
  g_assert_nonnull(lexicon);
  g_assert_cmpstr(dg_lexicon_get_dir(lexicon), ==, DG_TEST_DATA_DIR);
  for (guint d = 0; d < DG_N_DOMAINS; d++) {
    const GPtrArray *forms = dg_lexicon_forms(lexicon, (DgDomain)d);
    g_assert_nonnull(forms);
    g_assert_cmpuint(forms->len, >, 0);
  }
}

static void
test_lexicon_lookup(void)
{
  const DgLexItem *idn = dg_lexicon_lookup(lexicon, DG_DOMAIN_STATE, "IDN");
  g_assert_nonnull(idn);
  g_assert_cmpstr(idn->key, ==, "IDN");
  g_assert_cmpint(idn->domain, ==, DG_DOMAIN_STATE);
  g_assert_cmpstr(idn->name_en, ==, "Indonesia");
  g_assert_cmpstr(idn->name_fr, ==, "Indonésie");
  g_assert_cmpstr(dg_lex_item_attr(idn, "alpha2"), ==, "ID");
  g_assert_null(dg_lex_item_attr(idn, "no-such-kind"));
  g_assert_cmpstr(dg_lex_item_name(idn, "fr"), ==, "Indonésie");
  g_assert_cmpstr(dg_lex_item_name(idn, "en"), ==, "Indonesia");

  const DgLexItem *un = dg_lexicon_lookup(lexicon, DG_DOMAIN_ORG, "un");
  g_assert_nonnull(un);
  g_assert_cmpstr(un->name_en, ==, "United Nations");
  g_assert_cmpstr(dg_lex_item_attr(un, "type"), ==, "igo");
  g_assert_cmpuint(un->acronyms->len, >=, 2);
  g_assert_cmpstr(un->acronyms->pdata[0], ==, "UN");
  g_assert_cmpstr(un->acronyms->pdata[1], ==, "ONU");

  /* news-agencies.tsv gives its items a default type */
  const DgLexItem *vna = dg_lexicon_lookup(lexicon, DG_DOMAIN_ORG, "vna");
  g_assert_nonnull(vna);
  g_assert_cmpstr(dg_lex_item_attr(vna, "type"), ==, "news-agency");

  const DgLexItem *arria = dg_lexicon_lookup(lexicon, DG_DOMAIN_MEETING, "ArriaFormulaMeeting");
  g_assert_nonnull(arria);
  g_assert_cmpstr(dg_lex_item_attr(arria, "forum"), ==, "un-security-council");

  g_assert_null(dg_lexicon_lookup(lexicon, DG_DOMAIN_STATE, "XXX"));
  g_assert_null(dg_lexicon_lookup(lexicon, DG_DOMAIN_ORG, "IDN")); /* wrong domain */
}

static void
test_lexicon_has_form(void)
{
  static const struct {
    DgDomain domain;
    const char *key;
    const char *fold;
    gboolean expect;
  } cases[] = {
    {DG_DOMAIN_CUE, "that", "que", TRUE},
    {DG_DOMAIN_CUE, "that", "that", TRUE},
    {DG_DOMAIN_CUE, "that", "said", FALSE},
    {DG_DOMAIN_CUE, "pronoun", "il", TRUE},
    {DG_DOMAIN_STOPWORD, "fr", "les", TRUE},
    {DG_DOMAIN_STOPWORD, "en", "les", FALSE},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %s/%s", cases[i].key, cases[i].fold);
    g_assert_cmpint(dg_lexicon_has_form(lexicon, cases[i].domain, cases[i].key, cases[i].fold),
                    ==, cases[i].expect);
  }
}

static void
test_lexicon_scan(void)
{
  static const struct {
    DgDomain domain;
    const char *text;
    const char *keys;
  } cases[] = {
    {DG_DOMAIN_STATE, "la Belgique et l’Estonie", "BEL,EST"},
    {DG_DOMAIN_STATE, "la Belgique et l'Estonie", "BEL,EST"},
    {DG_DOMAIN_STATE, "d’Indonésie", "IDN"},
    {DG_DOMAIN_STATE, "Viet Nam", "VNM"},
    {DG_DOMAIN_STATE, "Vietnam", "VNM"},
    {DG_DOMAIN_STATE, "the Vietnamese envoy", "VNM"},
    {DG_DOMAIN_STATE, "la délégation indonésienne", "IDN"},
    {DG_DOMAIN_STATE, "Indonesie", "IDN"},
    {DG_DOMAIN_STATE, "INDONESIA", "IDN"},
    {DG_DOMAIN_STATE, "Indone\xCC\x81sie", "IDN"}, /* NFD */
    {DG_DOMAIN_STATE, "indonesia", ""}, /* a name needs its capital */
    {DG_DOMAIN_STATE, "Indonesia\nKenya", "IDN,KEN"},
    {DG_DOMAIN_ORG, "UN", "un"},
    {DG_DOMAIN_ORG, "the UN said", "un"},
    {DG_DOMAIN_ORG, "un accord", ""},  /* the French article */
    {DG_DOMAIN_ORG, "Un accord", ""},
    {DG_DOMAIN_ORG, "UN Security Council", "un-security-council"},
    {DG_DOMAIN_ORG, "the Security Council and the UN", "un-security-council,un"},
    {DG_DOMAIN_ORG, "Conseil de sécurité de l’ONU", "un-security-council"},
    {DG_DOMAIN_ORG, "United Nations Institute for Disarmament Research (UNIDIR)",
     "unidir,unidir"},
    {DG_DOMAIN_ORG, "the ICRC and the Comité international de la Croix-Rouge", "icrc,icrc"},
    {DG_DOMAIN_MEETING, "an Arria-formula meeting", "ArriaFormulaMeeting"},
    {DG_DOMAIN_MEETING, "an Arria formula meeting", "ArriaFormulaMeeting"},
    {DG_DOMAIN_CALENDAR, "Wednesday 26 August", "3,08"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case \"%s\"", cases[i].text);
    g_autofree char *keys = scan_keys(cases[i].domain, cases[i].text);
    g_assert_cmpstr(keys, ==, cases[i].keys);
  }
}

/* A match may not run across a line break: "Security\nCouncil" is two words
 * of two paragraphs. */
static void
test_lexicon_scan_paragraph(void)
{
  g_autofree char *keys = scan_keys(DG_DOMAIN_ORG, "the UN Security\nCouncil");
  g_assert_cmpstr(keys, ==, "un");
}

/* A multi-word proper name needs its capitals on every word, not only the
 * first: "La réunion" at the start of a French sentence is a meeting, not
 * La Réunion. */
static void
test_lexicon_scan_capitals(void)
{
  static const struct {
    DgDomain domain;
    const char *text;
    const char *keys;
  } cases[] = {
    {DG_DOMAIN_STATE, "La Réunion est une île.", "REU"},
    {DG_DOMAIN_STATE, "La réunion a duré deux heures.", ""},
    {DG_DOMAIN_ORG, "Nations unies", "un"}, /* the lexicon writes it so */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *keys = scan_keys(cases[i].domain, cases[i].text);
    g_assert_cmpstr(keys, ==, cases[i].keys);
  }
}

static void
test_lexicon_match_at(void)
{
  static const char s[] = "the UN Security Council met";
  g_autoptr(DgText) text = dg_text_new(s, strlen(s));
  const DgToken *t = dg_text_get_tokens(text);
  guint n = dg_text_get_n_tokens(text);
  guint end = 0;
  g_assert_null(dg_lexicon_match_at(lexicon, DG_DOMAIN_ORG, t, n, 0, &end));
  const DgLexForm *f = dg_lexicon_match_at(lexicon, DG_DOMAIN_ORG, t, n, 1, &end);
  g_assert_nonnull(f);
  g_assert_cmpstr(f->item->key, ==, "un-security-council");
  g_assert_cmpuint(f->n_tokens, ==, 3);
  g_assert_cmpuint(end, ==, 4);
  f = dg_lexicon_match_at(lexicon, DG_DOMAIN_ORG, t, n, 2, &end);
  g_assert_nonnull(f);
  g_assert_cmpstr(f->item->key, ==, "un-security-council"); /* "Security Council" */
  g_assert_cmpuint(end, ==, 4);
  g_assert_null(dg_lexicon_match_at(lexicon, DG_DOMAIN_ORG, t, n, n, &end));

  /* restricted to one key: "UN" alone is the un item */
  f = dg_lexicon_match_key_at(lexicon, DG_DOMAIN_ORG, "un", NULL, t, n, 1, &end);
  g_assert_nonnull(f);
  g_assert_cmpstr(f->item->key, ==, "un");
  g_assert_cmpuint(end, ==, 2);
  g_assert_null(dg_lexicon_match_key_at(lexicon, DG_DOMAIN_ORG, "icrc", NULL, t, n, 1, &end));
}

static void
test_lexicon_match_key_lang(void)
{
  static const char s[] = "a dit que";
  g_autoptr(DgText) text = dg_text_new(s, strlen(s));
  const DgToken *t = dg_text_get_tokens(text);
  guint n = dg_text_get_n_tokens(text);
  guint end = 0;
  g_assert_nonnull(dg_lexicon_match_key_at(lexicon, DG_DOMAIN_CUE, "that", "fr", t, n, 2, &end));
  g_assert_cmpuint(end, ==, 3);
  g_assert_null(dg_lexicon_match_key_at(lexicon, DG_DOMAIN_CUE, "that", "en", t, n, 2, &end));
}

/* A copy of data/ in a fresh folder; returns the folder. */
static char *
copy_data_dir(void)
{
  char *dir = unit_tmp_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open(DG_TEST_DATA_DIR, 0, &error);
  g_assert_no_error(error);
  const char *name;
  guint copied = 0;
  while ((name = g_dir_read_name(d))) {
    if (!g_str_has_suffix(name, ".tsv"))
      continue;
    g_autofree char *src = g_build_filename(DG_TEST_DATA_DIR, name, NULL);
    g_autofree char *contents = unit_read_file(src);
    g_free(unit_write_file(dir, name, contents, strlen(contents)));
    copied++;
  }
  g_assert_cmpuint(copied, >=, 11);
  return dir;
}

static void
test_lexicon_copy_loads(void)
{
  g_autofree char *dir = copy_data_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(DgLexicon) lex = dg_lexicon_new(dir, &error);
  g_assert_no_error(error);
  g_assert_nonnull(lex);
  g_assert_cmpstr(dg_lexicon_get_dir(lex), ==, dir);
  unit_rm_rf(dir);
}

static void
test_lexicon_malformed(void)
{
  static const struct {
    const char *file;
    const char *line;
  } cases[] = {
    {"roles.tsv", "bad-role\ten\tform"},          /* 3 fields */
    {"roles.tsv", "bad-role\ten\tform\tx\ty"},    /* 5 fields */
    {"organisations.tsv", "bad-org\ten\t\tName"}, /* an empty field */
    {"calendar.tsv", "\ten\tmonth\tX"},           /* an empty key */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %s: %s", cases[i].file, cases[i].line);
    g_autofree char *dir = copy_data_dir();
    g_autofree char *path = g_build_filename(dir, cases[i].file, NULL);
    g_autofree char *contents = unit_read_file(path);
    guint lines = 0;
    for (const char *p = contents; *p; p++)
      lines += *p == '\n';
    if (*contents && contents[strlen(contents) - 1] != '\n')
      lines++; /* the last line has no LF: the bad line follows it */
    g_autofree char *bad = g_strdup_printf("%s%s%s\n", contents,
                                           *contents && !g_str_has_suffix(contents, "\n") ? "\n" : "",
                                           cases[i].line);
    g_free(unit_write_file(dir, cases[i].file, bad, strlen(bad)));

    g_autoptr(GError) error = NULL;
    g_autoptr(DgLexicon) lex = dg_lexicon_new(dir, &error);
    g_assert_null(lex);
    g_assert_error(error, DG_ERROR, DG_ERR_LEXICON);
    g_autofree char *where = g_strdup_printf("%s:%u", cases[i].file, lines + 1);
    unit_assert_has(error->message, where);
    unit_rm_rf(dir);
  }
}

static void
test_lexicon_crlf(void)
{
  g_autofree char *dir = copy_data_dir();
  g_autofree char *path = g_build_filename(dir, "roles.tsv", NULL);
  g_autofree char *contents = unit_read_file(path);
  g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
  g_autofree char *crlf = g_strjoinv("\r\n", lines);
  g_free(unit_write_file(dir, "roles.tsv", crlf, strlen(crlf)));
  g_autoptr(GError) error = NULL;
  g_autoptr(DgLexicon) lex = dg_lexicon_new(dir, &error);
  g_assert_no_error(error);
  g_assert_nonnull(lex);
  const DgLexItem *amb = dg_lexicon_lookup(lex, DG_DOMAIN_ROLE, "ambassador");
  g_assert_nonnull(amb);
  g_assert_cmpstr(amb->name_en, ==, "Ambassador"); /* no trailing CR */
  unit_rm_rf(dir);
}

static void
test_lexicon_missing(void)
{
  g_autofree char *dir = unit_tmp_dir();
  g_autofree char *missing = g_build_filename(dir, "no-such-data", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DgLexicon) lex = dg_lexicon_new(missing, &error);
  g_assert_null(lex);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, missing);

  /* one file missing from a folder */
  g_autofree char *copy = copy_data_dir();
  g_autofree char *topics = g_build_filename(copy, "topics.tsv", NULL);
  g_assert_cmpint(g_unlink(topics), ==, 0);
  g_clear_error(&error);
  g_autoptr(DgLexicon) partial = dg_lexicon_new(copy, &error);
  g_assert_null(partial);
  g_assert_error(error, DG_ERROR, DG_ERR_IO);
  unit_assert_has(error->message, "topics.tsv");
  unit_rm_rf(copy);
  unit_rm_rf(dir);
}

static void
test_lexicon_free_null(void)
{
  dg_lexicon_free(NULL);
  g_autoptr(DgLexicon) lex = NULL;
  g_assert_null(lex);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  lexicon = unit_data_lexicon();

  g_test_add_func("/lexicon/load", test_lexicon_load);
  g_test_add_func("/lexicon/lookup", test_lexicon_lookup);
  g_test_add_func("/lexicon/has-form", test_lexicon_has_form);
  g_test_add_func("/lexicon/scan", test_lexicon_scan);
  g_test_add_func("/lexicon/scan-paragraph", test_lexicon_scan_paragraph);
  g_test_add_func("/lexicon/scan-capitals", test_lexicon_scan_capitals);
  g_test_add_func("/lexicon/match-at", test_lexicon_match_at);
  g_test_add_func("/lexicon/match-key-lang", test_lexicon_match_key_lang);
  g_test_add_func("/lexicon/copy-loads", test_lexicon_copy_loads);
  g_test_add_func("/lexicon/malformed", test_lexicon_malformed);
  g_test_add_func("/lexicon/crlf", test_lexicon_crlf);
  g_test_add_func("/lexicon/missing", test_lexicon_missing);
  g_test_add_func("/lexicon/free-null", test_lexicon_free_null);
  int rc = g_test_run();
  dg_lexicon_free(lexicon);
  return rc;
}
