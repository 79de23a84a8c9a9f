/* SPDX-License-Identifier: ISC */
/* The header of an article (recognise.c): its own date, its publisher (an
 * agency code in a dateline, a broadcaster, a ministry's masthead) and its
 * dateline place, in the forms agencies and publishers write them. The
 * texts are invented. */
#include "recognise-util.h"

static DgLexicon *lexicon;

typedef struct {
  const char *text;
  const char *date;      /* dg_date_format() of the article's date, "--00-00" when none */
  const char *publisher; /* organisation key, or NULL */
  const char *place;     /* as written, or NULL */
} Case;

static void
run_cases(const Case *cases, guint n)
{
  guint failed = 0;
  for (guint i = 0; i < n; i++) {
    g_autoptr(DgDocument) doc = unit_recognise(lexicon, cases[i].text);
    g_autofree char *date = dg_date_format(doc->date);
    const char *place = NULL;
    if (doc->place != DG_NONE) {
      const DgEntity *p = dg_document_get_entity(doc, doc->place);
      g_assert_cmpint(p->kind, ==, DG_ENTITY_PLACE);
      place = p->name;
    }
    if (strcmp(date, cases[i].date) != 0 || g_strcmp0(doc->publisher, cases[i].publisher) ||
        g_strcmp0(place, cases[i].place)) {
      g_printerr("case %u: want %s %s %s, got %s %s %s: %.70s\n", i, cases[i].date,
                 cases[i].publisher, cases[i].place, date, doc->publisher, place,
                 cases[i].text);
      failed++;
    }
  }
  g_assert_cmpuint(failed, ==, 0);
}

/* The body of the invented articles below: a lead long enough to be one. */
#define LEAD_EN                                                                          \
  "The Security Council held an open debate on the protection of civilians in armed "  \
  "conflict, with more than forty speakers taking the floor during the day.\n"
#define LEAD_FR                                                                          \
  "Le Conseil de sécurité a tenu un débat public sur la protection des civils dans les " \
  "conflits armés, avec plus de quarante orateurs au cours de la journée.\n"

/* Agency datelines: the code in parentheses or before a dash. */
static void
test_header_agency_datelines(void)
{
  static const Case cases[] = {
    {"NAIROBI, March 3 (Xinhua) -- " LEAD_EN, "--00-00", "xinhua", "NAIROBI"},
    {"UNITED NATIONS, April 3 (Reuters) - " LEAD_EN, "--00-00", "reuters", "UNITED NATIONS"},
    {"Geneva (AFP) - " LEAD_EN, "--00-00", "afp", "Geneva"},
    {"Geneva (AFP) — " LEAD_EN, "--00-00", "afp", "Geneva"},
    {"New York, MINA – " LEAD_EN, "--00-00", "mina", "New York"},
    {"ADDIS ABABA, Ethiopia, March 3 (Xinhua) -- " LEAD_EN, "--00-00", "xinhua",
     "ADDIS ABABA"},
    {"Nations unies (États-Unis) (AFP) - " LEAD_FR, "--00-00", "afp", "Nations unies"},
    /* a French abbreviated month without its period */
    {"Headline of the day\n\nNiamey, 10 déc (ANP) – " LEAD_FR, "--00-00", "anp", "Niamey"},
    {"Maputo, 8 Mar (AIM) - " LEAD_EN, "--00-00", "aim", "Maputo"},
    {"Dakar, 12 mars (APA) - " LEAD_FR, "--00-00", "apa", "Dakar"},
    {"ASTANA. KAZINFORM - " LEAD_EN, "--00-00", "kazinform", "ASTANA"},
    {"Astana, 12 March 2024, Kazinform – " LEAD_EN, "2024-03-12", "kazinform", "Astana"},
    {"ACCRA, Ghana (GNA) - " LEAD_EN, "--00-00", "gna", "ACCRA"},
    {"Hanoi, March 3 (VNA) - " LEAD_EN, "--00-00", "vna", "Hanoi"},
    {"Beijing, March 3 /Xinhua/ - " LEAD_EN, "--00-00", "xinhua", "Beijing"},
    {"Posted Tue 25 Aug 2020\n\nNEW YORK, Reuters - " LEAD_EN, "2020-08-25", "reuters",
     "NEW YORK"},
    {"Addis-Abeba, 12 mars (APA) - " LEAD_FR, "--00-00", "apa", "Addis-Abeba"},
    {"Port-au-Prince, 12 mars (AFP) - " LEAD_FR, "--00-00", "afp", "Port-au-Prince"},
    {"DAR ES SALAAM, March 12 (Xinhua) -- " LEAD_EN, "--00-00", "xinhua", "DAR ES SALAAM"},
    {"Dar es Salaam, March 12 (Xinhua) -- " LEAD_EN, "--00-00", "xinhua", "Dar es Salaam"},
    {"GENEVA, 3 April (UN News) – " LEAD_EN, "--00-00", "un-news", "GENEVA"},
    {"PARIS - (AFP) - " LEAD_EN, "--00-00", "afp", "PARIS"},
    /* an agency code before a dash that opens a line, no place */
    {"ANP – 10 décembre 2021\n\n" LEAD_FR, "2021-12-10", "anp", NULL},
    /* an agency named in the story is no publisher */
    {"Kenya says talks must go on\n\n" LEAD_EN
     "Kenya's envoy told Reuters that the talks would go on. The Council heard many "
     "speakers from every region of the world during a long day of debate.\n",
     "--00-00", NULL, NULL},
  };
  run_cases(cases, G_N_ELEMENTS(cases));
}

/* Broadcasters' pages, ministries that publish their own news, press
 * releases with a place and date. */
static void
test_header_publishers(void)
{
  static const Case cases[] = {
    {"DW\n\nSecurity Council debates civilians\n\nDate 03.04.2019\n\n" LEAD_EN, "2019-04-03",
     "dw", NULL},
    {"Deutsche Welle\n\nSecurity Council debates civilians\n\n" LEAD_EN, "--00-00", "dw",
     NULL},
    {"RFI\n\nLe Conseil débat de la protection des civils\n\nPublié le 12/03/2024\n\n"
     LEAD_FR,
     "2024-03-12", "rfi", NULL},
    {"Posted Thu 9 Feb 2023\n\nABC News\n\n" LEAD_EN, "2023-02-09", "abc-au", NULL},
    {"Ministry of Foreign Affairs of Norway\n\nPress release | 18.01.2022\n\n" LEAD_EN,
     "2022-01-18", "ministry-of-foreign-affairs-of-norway", NULL},
    {"Press release | 18.01.2022 | Ministry of Foreign Affairs\n\n" LEAD_EN, "2022-01-18",
     "ministry-of-foreign-affairs", NULL},
    {"Ministère de l'Europe et des Affaires étrangères\n\nCommuniqué de presse – Paris, le "
     "13 mars 2019\n\n" LEAD_FR,
     "2019-03-13", "ministere-de-l-europe-et-des-affaires-etrangeres", "Paris"},
    {"Accra, 23rd November 2022\n\n" LEAD_EN, "2022-11-23", NULL, "Accra"},
    {"Statement by the Delegation\n\nNew York, 8 March 2023\n\n" LEAD_EN, "2023-03-08", NULL,
     "New York"},
    {"Norwegian Ministry of Foreign Affairs\n\nPress release\n\n" LEAD_EN, "--00-00",
     "norwegian-ministry-of-foreign-affairs", NULL},
    {"Permanent Mission of Japan to the United Nations\n\nStatement\n\n" LEAD_EN,
     "--00-00", "permanent-mission-of-japan-to-the-united-nations", NULL},
    {"UN News\n\nGlobal perspective Human stories\n\n" LEAD_EN, "--00-00", "un-news", NULL},
    {"BBC News\n\n" LEAD_EN, "--00-00", "bbc", NULL},
    {"Source: Xinhua | 2021-03-03 05:12:40\n\n" LEAD_EN, "2021-03-03", "xinhua", NULL},
    {"Ghana's Ministry of Foreign Affairs\n\n" LEAD_EN, "--00-00",
     "ghana-s-ministry-of-foreign-affairs", NULL},
    {"Federal Foreign Office\n\n" LEAD_EN, "--00-00", "federal-foreign-office", NULL},
    /* a think tank's name over its headline */
    {"Security Council Report\n\nArria-formula Meeting on Piracy\n\n" LEAD_EN, "--00-00",
     "security-council-report", NULL},
    /* a headline that names a body or a ministry is no masthead */
    {"Security Council Holds Open Debate\n\nPosted 10 March 2023\n\n" LEAD_EN,
     "2023-03-10", NULL, NULL},
    {"Security Council Holds Open Debate on Piracy\n\n" LEAD_EN, "--00-00", NULL, NULL},
    {"Ghana's Foreign Ministry Welcomes Council Debate\n\n" LEAD_EN, "--00-00", NULL, NULL},
    {"Le Conseil de sécurité débat de la piraterie\n\n" LEAD_FR, "--00-00", NULL, NULL},
    /* a byline at the end */
    {LEAD_EN "\n— AFP\n", "--00-00", "afp", NULL},
    {LEAD_EN "\nReporting by Jane Roe; Editing by John Doe (Reuters)\n", "--00-00",
     "reuters", NULL},
    {LEAD_EN "\n(Xinhua)\n", "--00-00", "xinhua", NULL},
    {LEAD_FR "\n.-VNA\n", "--00-00", "vna", NULL},
  };
  run_cases(cases, G_N_ELEMENTS(cases));
}

/* The article's own date, in the forms headers give it. */
static void
test_header_dates(void)
{
  static const Case cases[] = {
    {" date 2023-03-08 " LEAD_EN, "2023-03-08", NULL, NULL},
    {"Headline of the day\n\n8 March 2023\n\n" LEAD_EN, "2023-03-08", NULL, NULL},
    {"Headline of the day\n\nMarch 8, 2023\n\n" LEAD_EN, "2023-03-08", NULL, NULL},
    {"Headline of the day\n\nWednesday 8 March 2023 14:02\n\n" LEAD_EN, "2023-03-08", NULL,
     NULL},
    {"Titre du jour\n\nPublié le 8 mars 2023 à 14h02\n\n" LEAD_FR, "2023-03-08", NULL, NULL},
    {"Titre du jour\n\nmercredi 8 mars 2023\n\n" LEAD_FR, "2023-03-08", NULL, NULL},
    {"Titre du jour\n\nLe 1er mars 2023\n\n" LEAD_FR, "2023-03-01", NULL, NULL},
    {"Headline of the day\n\nIssued on: 08/03/2023\n\n" LEAD_EN, "2023-03-08", NULL, NULL},
    {"Headline of the day\n\nDate: 08.03.2023\n\n" LEAD_EN, "2023-03-08", NULL, NULL},
    /* a date in the lead is the meeting's, not the article's */
    {"The Security Council held an open debate on 8 March 2023 on the protection of "
     "civilians in armed conflict, with more than forty speakers.\n",
     "--00-00", NULL, NULL},
  };
  run_cases(cases, G_N_ELEMENTS(cases));
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  lexicon = unit_data_lexicon();

  g_test_add_func("/header/agency-datelines", test_header_agency_datelines);
  g_test_add_func("/header/publishers", test_header_publishers);
  g_test_add_func("/header/dates", test_header_dates);
  int rc = g_test_run();
  dg_lexicon_free(lexicon);
  return rc;
}
