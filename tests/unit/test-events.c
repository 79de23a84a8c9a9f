/* SPDX-License-Identifier: ISC */
/* The meeting an article reports (events.c), phenomenon by phenomenon: its
 * date relative to the article's own, its type and mode, organisers, chairs,
 * presidency and speakers. Each case is a short invented text; the persons
 * named here are invented. */
#include "recognise-util.h"

static DgLexicon *lexicon;

typedef struct {
  const char *text;
  const char *want; /* the fact, formatted as each test says */
} Case;

/* Checks @fact of each case; reports every case that fails, then fails. */
static void
run_cases(const Case *cases, guint n, char *(*fact)(const DgDocument *doc))
{
  guint failed = 0;
  for (guint i = 0; i < n; i++) {
    g_autoptr(DgDocument) doc = unit_recognise(lexicon, cases[i].text);
    g_autofree char *got = fact(doc);
    if (strcmp(got, cases[i].want) != 0) {
      g_printerr("case %u: want \"%s\", got \"%s\": %s\n", i, cases[i].want, got,
                 cases[i].text);
      failed++;
    }
  }
  g_assert_cmpuint(failed, ==, 0);
}

/* "YYYY-MM-DD", "--MM-DD" without a year, "--00-00" without a date;
 * "no event" when there is none. */
static char *
event_date(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  return dg_date_format(unit_only_event(doc)->date);
}

/* Dates relative to the article's own date, in whatever form the header
 * gives it; explicit dates in numeric and written forms. */
static void
test_event_dates_relative(void)
{
  static const Case cases[] = {
    /* a "Posted" line; the explicit date in parentheses wins */
    {"Posted Thu 13 Mar 2025\n\nThe Security Council will hold an open debate tomorrow "
     "(14 March) on the protection of journalists in armed conflict.",
     "2025-03-14"},
    /* a date line under the headline; a bare weekday in the past tense */
    {"Council hears appeal on journalists\n\nWednesday, 12 March 2025\n\nThe Security "
     "Council held an open debate on Monday on the protection of journalists.",
     "2025-03-10"},
    /* a metadata line; "today" with the day and month after it */
    {" date 2025-04-03 The Security Council holds a briefing today 3 April on the "
     "situation in the Great Lakes region.",
     "2025-04-03"},
    {" date 2025-04-03 The General Assembly held a debate yesterday on the situation in "
     "the Great Lakes region.",
     "2025-04-02"},
    /* French: "ce jeudi", "ce matin", "le 12 mars", "hier" */
    {"Publié le 14/03/2025\n\nLe Conseil de sécurité a tenu ce jeudi une réunion sur la "
     "situation au Sahel.",
     "2025-03-13"},
    {"Publié le 14/03/2025\n\nLe Conseil de sécurité a tenu ce matin une séance "
     "d'information sur la situation au Sahel.",
     "2025-03-14"},
    {"Genève, 14 mars 2025\n\nLe Conseil des droits de l'homme a tenu le 12 mars un débat "
     "sur la situation au Sahel.",
     "2025-03-12"},
    {"Publié le 14/03/2025\n\nLe Conseil de sécurité s'est réuni hier à huis clos sur la "
     "situation au Sahel.",
     "2025-03-13"},
    /* a weekday that the future tense turns forward */
    {"Posted Thu 13 Mar 2025\n\nThe Security Council will hold a briefing on Monday on "
     "the situation in the Sahel.",
     "2025-03-17"},
    /* at the start of the sentence, with the date after it */
    {"Posted 16 April 2024\n\nTomorrow (17 April), the Security Council will hold an "
     "Arria-formula meeting on the Sahel.",
     "2024-04-17"},
    {"Posted 16 April 2024\n\nToday, the Security Council holds an open debate on the "
     "Sahel.",
     "2024-04-16"},
    {"Posted Thu 9 Mar 2023\n\nThe Security Council held an open debate on Wednesday (8 "
     "March) on the Sahel.",
     "2023-03-08"},
    {"Posted Thu 9 Mar 2023\n\nWednesday's open debate of the Security Council focused on "
     "the Sahel.",
     "2023-03-08"},
    {"Publié le 13/03/2019\n\nLe Conseil de sécurité tiendra demain (14 mars) un débat "
     "public sur le Sahel.",
     "2019-03-14"},
    {"Publié le 08/03/2023\n\nLe Conseil de sécurité a tenu mardi un débat public sur le "
     "Sahel.",
     "2023-03-07"},
    {"Publié le 10/03/2023\n\nLe Conseil de sécurité a tenu le mercredi 8 mars un débat "
     "public sur le Sahel.",
     "2023-03-08"},
    {"Publié le 10/03/2023\n\nLe Conseil de sécurité a tenu hier soir un débat public sur "
     "le Sahel.",
     "2023-03-09"},
    {"Publié le 10/03/2023\n\nLe Conseil de sécurité a tenu le 8 mars dernier un débat "
     "public sur le Sahel.",
     "2023-03-08"},
    {"Published: 10 March 2023 | 14:02 GMT\n\nThe Security Council held an open debate on "
     "April 3rd on the Sahel.",
     "2023-04-03"},
    /* a date of the past in a background sentence does not date the meeting */
    {"Posted Thu 9 Mar 2023\n\nThe Security Council held an open debate on Wednesday on "
     "the Sahel. Its last resolution on the region dates from 12 June 2019.",
     "2023-03-08"},
    {"Posted Tue 14 Mar 2023\n\nThe open debate of the Security Council reviewed the "
     "resolution adopted on 12 June 2019 and took place on Monday.",
     "2023-03-13"},
    {"Publié le 14/03/2023\n\nLe débat public du Conseil de sécurité, le premier depuis le "
     "12 juin 2019, s'est tenu lundi.",
     "2023-03-13"},
    /* "next Monday", "lundi prochain" */
    {"Publié le 14/03/2025\n\nLe Conseil de sécurité tiendra lundi prochain une réunion "
     "sur le Sahel.",
     "2025-03-17"},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_date);
}

static void
test_event_dates_written(void)
{
  static const Case cases[] = {
    {"The Security Council held a briefing on 03.04.2019 on the situation in the Sahel.",
     "2019-04-03"},
    {"The Security Council held a briefing on April 3, 2019 on the situation in the Sahel.",
     "2019-04-03"},
    {"Le Conseil de sécurité a tenu le 3 avril 2019 une réunion sur le Sahel.", "2019-04-03"},
    {"Le Conseil de sécurité a tenu le 1er avril 2019 une réunion sur le Sahel.",
     "2019-04-01"},
    {"The Security Council held a briefing on 3rd April 2019 on the Sahel.", "2019-04-03"},
    {"Le Conseil de sécurité a tenu le 03/04/2019 une réunion sur le Sahel.", "2019-04-03"},
    /* "1er avril" with the article's year */
    {"Publié le 02/04/2019\n\nLe Conseil de sécurité a tenu le 1er avril une réunion sur "
     "le Sahel.",
     "2019-04-01"},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_date);
}

/* A day and a month, no year, and no date of the article: a weekday fixes
 * the year when one year of the window fits; otherwise the year stays
 * unknown. */
static void
test_event_dates_no_year(void)
{
  static const Case cases[] = {
    {"Le Conseil de sécurité a tenu le 12 mars une réunion sur le Sahel.", "--03-12"},
    {"The Security Council held a briefing on 12 March on the Sahel.", "--03-12"},
    /* 12 March is a Wednesday in 2025 only, within the window */
    {"Le Conseil de sécurité a tenu mercredi 12 mars une réunion sur le Sahel.",
     "2025-03-12"},
    {"The Security Council held a briefing on Wednesday, 12 March, on the Sahel.",
     "2025-03-12"},
    {"Le Conseil de sécurité tiendra mercredi (12 mars) un débat public sur le Sahel.",
     "2025-03-12"},
    /* 18 June is a Tuesday in 2019 and 2024: no year is chosen */
    {"The Security Council held a briefing on Tuesday, 18 June, on the Sahel.", "--06-18"},
    /* 12 March is a Monday in 2018 and 2029 */
    {"Le Conseil de sécurité a tenu lundi 12 mars une réunion sur le Sahel.", "--03-12"},
    /* a dateline's day and month without a year place "yesterday", not a weekday */
    {"NAIROBI, March 3 (Xinhua) -- The Security Council held a briefing yesterday on the "
     "Sahel.",
     "--03-02"},
    {"NAIROBI, March 1 (Xinhua) -- The Security Council held a briefing yesterday on the "
     "Sahel.",
     "--00-00"},
    {"NAIROBI, March 3 (Xinhua) -- The Security Council held a briefing on Wednesday on "
     "the Sahel.",
     "--00-00"},
    /* a weekday alone, with nothing to count from: no date */
    {"The Security Council held a briefing on Monday on the Sahel.", "--00-00"},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_date);
}

/* The classes of the event (without Meeting), ',' separated, then "+online"
 * when held online. */
static char *
event_kind(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  const DgEvent *ev = unit_only_event(doc);
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < ev->classes->len; i++) {
    if (strcmp(ev->classes->pdata[i], "Meeting") == 0)
      continue;
    if (out->len)
      g_string_append_c(out, ',');
    g_string_append(out, ev->classes->pdata[i]);
  }
  if (ev->online)
    g_string_append(out, "+online");
  return g_string_free(out, FALSE);
}

static void
test_event_types(void)
{
  static const Case cases[] = {
    {"Estonia organised an Arria-formula meeting on cyber security.", "ArriaFormulaMeeting"},
    {"Estonia organised an Arria Formula meeting on cyber security.", "ArriaFormulaMeeting"},
    {"Estonia organised an “Arria” meeting on cyber security.", "ArriaFormulaMeeting"},
    {"Estonia organised a meeting in the Arria format on cyber security.",
     "ArriaFormulaMeeting"},
    {"L'Estonie a organisé une réunion selon la formule Arria sur la cybersécurité.",
     "ArriaFormulaMeeting"},
    {"L'Estonie a organisé une réunion en format Arria sur la cybersécurité.",
     "ArriaFormulaMeeting"},
    {"L'Estonie a organisé une réunion informelle selon la formule « Arria » sur la "
     "cybersécurité.",
     "ArriaFormulaMeeting"},
    {"Estonia organised an Arria-Formula Meeting on cyber security.", "ArriaFormulaMeeting"},
    {"Estonia organised an Arria\u2011formula meeting on cyber security.",
     "ArriaFormulaMeeting"},
    {"Estonia organised a so-called Arria formula session on cyber security.",
     "ArriaFormulaMeeting"},
    {"L'Estonie a organisé une réunion dite « formule Arria » sur la cybersécurité.",
     "ArriaFormulaMeeting"},
    {"The Security Council held an open debate on cyber security.", "OpenDebate"},
    {"The Security Council held a high-level open debate on cyber security.", "OpenDebate"},
    {"Le Conseil de sécurité a tenu un débat public de haut niveau sur la cybersécurité.",
     "OpenDebate"},
    {"Le Conseil de sécurité a tenu une séance publique d'information sur la cybersécurité.",
     "Briefing"},
    {"The Security Council met in private on cyber security.", "ClosedMeeting"},
    {"The Security Council held an open briefing on cyber security.", "Briefing"},
    {"Le Conseil de sécurité a tenu un débat public sur la cybersécurité.", "OpenDebate"},
    {"Le Conseil de sécurité a tenu un débat ouvert sur la cybersécurité.", "OpenDebate"},
    {"The Security Council was briefed on cyber security at a briefing.", "Briefing"},
    {"Le Conseil de sécurité a tenu une séance d'information sur la cybersécurité.",
     "Briefing"},
    {"The General Assembly held an informal meeting on cyber security.", "InformalMeeting"},
    {"L'Assemblée générale a tenu une réunion informelle sur la cybersécurité.",
     "InformalMeeting"},
    {"The Security Council held a closed meeting on cyber security.", "ClosedMeeting"},
    {"The Security Council met behind closed doors on cyber security.", "ClosedMeeting"},
    {"Le Conseil de sécurité s'est réuni à huis clos sur la cybersécurité.", "ClosedMeeting"},
    /* one meeting at the head of its sentence, not meetings in general */
    {"La séance à huis clos, demandée par la Russie, portait sur la cybersécurité.",
     "ClosedMeeting"},
    {"Arria-formula meetings are informal. Estonia held one on cyber security.", "no event"},
    {"The Security Council held closed consultations on cyber security.", "Consultations"},
    {"Les membres du Conseil de sécurité ont tenu des consultations sur la cybersécurité.",
     "Consultations"},
    /* held online, in any of its names */
    {"The Security Council held a briefing by videoconference on cyber security.",
     "Briefing+online"},
    {"The Security Council held a briefing by video-teleconference (VTC).",
     "Briefing+online"},
    {"The Security Council held a virtual open debate on cyber security.",
     "OpenDebate+online"},
    {"The General Assembly held an online meeting on cyber security.", "+online"},
    {"The Security Council held a briefing via video link on cyber security.",
     "Briefing+online"},
    {"The Security Council held a briefing by video on cyber security.", "Briefing+online"},
    {"Estonia hosted a webinar-style Arria-formula meeting, held online via Zoom.",
     "ArriaFormulaMeeting+online"},
    {"Le Conseil de sécurité a tenu par visioconférence une séance d'information.",
     "Briefing+online"},
    {"Le Conseil de sécurité a tenu une réunion en ligne sur la cybersécurité.", "+online"},
    {"Le Conseil de sécurité a tenu une réunion virtuelle sur la cybersécurité.", "+online"},
    {"Le Conseil de sécurité a tenu une réunion en mode virtuel sur la cybersécurité.",
     "+online"},
    {"Le Conseil de sécurité a tenu une réunion par vidéoconférence sur la cybersécurité.",
     "+online"},
    {"Le Conseil de sécurité a tenu une réunion en format virtuel sur la cybersécurité.",
     "+online"},
    {"Estonia hosted a virtual Arria-formula meeting on cyber security.",
     "ArriaFormulaMeeting+online"},
    {"The Security Council held its open debate virtually.", "OpenDebate+online"},
    /* a meeting in person, or in a hybrid format, is not online */
    {"The Security Council held an open debate in a hybrid format on cyber security.",
     "OpenDebate"},
    {"The Security Council held an open debate in person on cyber security.", "OpenDebate"},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_kind);
}

static char *
event_organizers(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  return unit_sorted_keys_of(doc, unit_only_event(doc)->organizers);
}

static void
test_event_organizers(void)
{
  static const Case cases[] = {
    {"The Arria-formula meeting was organised by Kazakhstan, in cooperation with Sweden and "
     "the Netherlands.",
     "KAZ,NLD,SWE"},
    {"The Arria-formula meeting was co-organized by Estonia, Kenya, and Viet Nam.",
     "EST,KEN,VNM"},
    {"The open debate was held at the initiative of Brazil.", "BRA"},
    {"The meeting, held at the initiative of Ghana and Norway, focused on piracy.",
     "GHA,NOR"},
    {"Ghana and Norway convene an Arria-formula meeting on piracy.", "GHA,NOR"},
    {"Ghana and Norway convened an Arria-formula meeting on piracy on Monday.", "GHA,NOR"},
    {"The Arria-formula meeting, convened on Monday by Malta and the United Arab Emirates "
     "in cooperation with Vanuatu, focused on displacement.",
     "ARE,MLT,VUT"},
    {"The Arria-formula meeting was co-hosted by Japan and Chile.", "CHL,JPN"},
    {"Japan and Chile co-hosted the Arria-formula meeting.", "CHL,JPN"},
    {"The Arria-formula meeting was co-sponsored by Japan, Chile and Peru.", "CHL,JPN,PER"},
    /* thanks to the organisers */
    {"Speaking at the open debate, the ambassador thanked Mozambique for convening the "
     "meeting.",
     "MOZ"},
    {"At the Arria-formula meeting, several speakers thanked Ireland and Mexico for "
     "organising it.",
     "IRL,MEX"},
    {"Lors de la réunion selon la formule Arria, l'ambassadeur a remercié la Tunisie "
     "d'avoir organisé la réunion.",
     "TUN"},
    /* French */
    {"La réunion informelle, organisée par le Mexique et la Suisse, en coopération avec "
     "l'OIM, portait sur les migrations.",
     "CHE,MEX,iom"},
    {"La réunion selon la formule Arria s'est tenue à l'initiative de la Tunisie.", "TUN"},
    {"La Belgique, en coopération avec le Vietnam, a organisé une réunion selon la formule "
     "Arria.",
     "BEL,VNM"},
    {"La réunion, coorganisée par le Sénégal et le Niger, portait sur le Sahel.", "NER,SEN"},
    {"La réunion selon la formule Arria a été organisée conjointement par le Sénégal et le "
     "Niger.",
     "NER,SEN"},
    {"Kazakhstan organised an Arria-formula meeting on water in cooperation with Sweden "
     "and the Netherlands.",
     "KAZ,NLD,SWE"},
    {"Malta will co-host the Arria-formula meeting with Ecuador and Switzerland.",
     "CHE,ECU,MLT"},
    {"The co-hosts of the Arria-formula meeting are Malta, Ecuador and Switzerland.",
     "CHE,ECU,MLT"},
    {"Kazakhstan, which organised the Arria-formula meeting, called for more cooperation.",
     "KAZ"},
    {"The Arria-formula meeting was hosted by the Permanent Mission of Malta to the United "
     "Nations.",
     "MLT"},
    {"La réunion selon la formule Arria s'est tenue à l'initiative conjointe du Niger et de "
     "la France.",
     "FRA,NER"},
    {"Le Kazakhstan a organisé une réunion selon la formule Arria sur l'eau, en coopération "
     "avec la Suède et les Pays-Bas.",
     "KAZ,NLD,SWE"},
    {"Le Kazakhstan, qui a organisé la réunion selon la formule Arria, a appelé à la "
     "coopération.",
     "KAZ"},
    {"The Security Council met in closed consultations at the request of France and "
     "Germany.",
     "DEU,FRA"},
    {"Les membres du Conseil ont tenu des consultations à huis clos à la demande du "
     "Royaume-Uni.",
     "GBR"},
    {"Les membres du Conseil ont tenu des consultations à huis clos à la demande de la "
     "France et du Royaume-Uni.",
     "FRA,GBR"},
    {"The closed meeting was requested by Russia, China and Brazil.", "BRA,CHN,RUS"},
    {"The Security Council met in closed consultations on Monday, at the request of France, "
     "Germany and the United Kingdom.",
     "DEU,FRA,GBR"},
    {"La séance à huis clos, demandée par la Russie, portait sur l'Ukraine.", "RUS"},
    {"The closed meeting was called by Ghana, Gabon and Mozambique.", "GAB,GHA,MOZ"},
    {"Ghana, Gabon and Mozambique requested the closed meeting.", "GAB,GHA,MOZ"},
    {"Le Ghana, le Gabon et le Mozambique ont demandé la tenue de cette séance à huis clos.",
     "GAB,GHA,MOZ"},
    /* a body that holds meetings, as the agent */
    {"La réunion de haut niveau, organisée par l'ECOSOC en coopération avec la Banque "
     "mondiale, portait sur la dette.",
     "ecosoc,world-bank"},
    {"The Arria-formula meeting was organised by the Permanent Missions of Kenya and Peru.",
     "KEN,PER"},
    {"La réunion selon la formule Arria était coorganisée par la Mission permanente du "
     "Mexique et celle de la Suisse.",
     "CHE,MEX"},
    {"The Arria-formula meeting was held at Kenya's initiative.", "KEN"},
    {"En coopération avec l'OIM, le Mexique et la Suisse ont organisé une réunion "
     "informelle sur les migrations.",
     "CHE,MEX,iom"},
    {"At the open debate, speakers thanked the Mexican and Swiss missions for organising "
     "it.",
     "CHE,MEX"},
    /* precision: a state only mentioned, or presiding, is no organiser */
    {"The open debate heard Mexico and Peru, which co-sponsor the draft resolution on the "
     "matter.",
     ""},
    {"Lors du débat public, le Mexique, qui a organisé une exposition sur le sujet, a pris "
     "la parole.",
     ""},
    {"Ghana, which holds the Council presidency this month, held an open debate on piracy. "
     "Nigeria and Togo spoke.",
     ""},
    {"The open debate on piracy heard Nigeria, Togo and Benin. Ghana organised a "
     "reception in 2019.",
     ""},
    {"Le Ghana, qui préside le Conseil ce mois-ci, a tenu un débat public sur la piraterie "
     "avec le Nigeria et le Togo.",
     ""},
    {"At the open debate, Kenya thanked Ghana for its statement and Togo for its support.",
     ""},
    {"The open debate was held with Nigeria, Togo and Benin taking part.", ""},
    {"At the closed meeting, Ghana requested that the Council adopt a statement.", ""},
    {"At the open debate, Ghana, together with Kenya, called for a ceasefire.", ""},
    {"Lors du débat public, le Ghana, conjointement avec le Kenya, a appelé à un "
     "cessez-le-feu.",
     ""},
    {"Lors de la séance à huis clos, le Ghana a demandé au Conseil d'agir vite.", ""},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_organizers);
}

static char *
event_chairs(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  return unit_sorted_keys_of(doc, unit_only_event(doc)->chairs);
}

static void
test_event_chairs(void)
{
  static const Case cases[] = {
    {"The open debate was chaired by Foreign Minister Amara Velden of Ghana.",
     "amara-velden"},
    {"The Arria-formula meeting was co-chaired by Ambassador Amara Velden and Ambassador "
     "Tomas Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"The open debate was presided over by Minister Amara Velden.", "amara-velden"},
    {"Minister Amara Velden presided over the open debate.", "amara-velden"},
    {"Council President Amara Velden (Ghana), speaking in her national capacity, opened "
     "the open debate.",
     "amara-velden"},
    {"La réunion, présidée par la ministre Amara Velden, a porté sur la piraterie.",
     "amara-velden"},
    {"La séance d'information était présidée par l'ambassadeur Tomas Ribeiro-Lund.",
     "lund-ribeiro-tomas"},
    {"Le débat public était coprésidé par la ministre Amara Velden et l'ambassadeur Tomas "
     "Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"La ministre Amara Velden présidait le débat public.", "amara-velden"},
    {"The meeting was co-chaired by the Principal Secretary for Foreign Affairs, Dr. Amara "
     "Velden, and by the Permanent Representative of Norway to the United Nations, "
     "Ambassador Tomas Ribeiro-Lund, who were appointed to steer the review.",
     "amara-velden,lund-ribeiro-tomas"},
    {"I thank Brazil for convening this open debate and Foreign Minister Amara Velden for "
     "presiding over it in person.",
     "amara-velden"},
    {"The open debate will be chaired by Foreign Minister Amara Velden on Tuesday.",
     "amara-velden"},
    {"Ambassador Amara Velden chaired the Peacebuilding Commission meeting on Tuesday.",
     "amara-velden"},
    {"Ambassador Amara Velden, who chairs the Peacebuilding Commission, opened its annual "
     "session.",
     "amara-velden"},
    {"La ministre Amara Velden présidera le débat public mardi.", "amara-velden"},
    {"La réunion était coprésidée par le représentant permanent du Maroc auprès des Nations "
     "unies, Tomas Ribeiro-Lund, et par la représentante permanente de la Croatie, Amara "
     "Velden.",
     "amara-velden,lund-ribeiro-tomas"},
    {"The meeting was co-chaired by Ambassador Amara Velden (Morocco) and Ambassador Tomas "
     "Ribeiro-Lund (Croatia).",
     "amara-velden,lund-ribeiro-tomas"},
    {"La réunion, coprésidée par l'ambassadeur marocain Tomas Ribeiro-Lund et "
     "l'ambassadrice croate Amara Velden, a porté sur le Sahel.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Ambassador Amara Velden and Ambassador Tomas Ribeiro-Lund co-chaired the meeting.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Mme Amara Velden et M. Tomas Ribeiro-Lund ont coprésidé la réunion.",
     "amara-velden,lund-ribeiro-tomas"},
    /* the subject as a pronoun or a description */
    {"Le ministre mozambicain des Affaires étrangères, Tomas Ribeiro-Lund, est arrivé lundi "
     "à New York. Il présidait mardi le débat public du Conseil.",
     "lund-ribeiro-tomas"},
    {"Foreign Minister Tomas Ribeiro-Lund of Mozambique arrived in New York on Monday. The "
     "minister chaired the open debate on Tuesday.",
     "lund-ribeiro-tomas"},
    /* a chair of another body, named in passing, does not chair this meeting; nor
     * does a person who is not the verb's subject */
    {"Ambassador Amara Velden welcomed the statement of the African Group and the envoys "
     "who chaired the consultations.",
     ""},
    {"The Security Council open debate heard Ambassador Amara Velden, who chaired the "
     "Peacebuilding Commission in 2019.",
     ""},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_chairs);
}

static char *
event_presidency(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  const DgEvent *ev = unit_only_event(doc);
  return g_strdup(ev->presidency ? ev->presidency : "");
}

static void
test_event_presidency(void)
{
  static const Case cases[] = {
    {"Ghana, which holds the Council presidency this month, held an open debate on piracy.",
     "GHA"},
    {"Norway holds the presidency of the Security Council in January. The Council held an "
     "open debate on piracy.",
     "NOR"},
    {"The Security Council held an open debate on piracy under the presidency of Ghana.",
     "GHA"},
    {"Under Malta's presidency, the Security Council held an open debate on piracy.", "MLT"},
    {"The Maltese presidency of the Security Council held an open debate on piracy.", "MLT"},
    {"Council President Amara Velden (Ghana) opened the open debate on piracy.", "GHA"},
    {"La Suisse, qui préside le Conseil de sécurité en mai, a tenu un débat public sur la "
     "piraterie.",
     "CHE"},
    {"Le Conseil de sécurité a tenu un débat public sur la piraterie sous la présidence "
     "ghanéenne.",
     "GHA"},
    {"La présidence ghanéenne du Conseil de sécurité a organisé un débat public sur la "
     "piraterie.",
     "GHA"},
    {"Le Ghana, qui assure ce mois-ci la présidence du Conseil, a tenu un débat public.",
     "GHA"},
    {"Le Mozambique, qui préside en mars le Conseil de sécurité, a organisé un débat public.",
     "MOZ"},
    {"Le Conseil de sécurité a tenu un débat public sous présidence française.", "FRA"},
    {"Ghana, which presides over the Council this month, convened an open debate on piracy.",
     "GHA"},
    {"The open debate was the flagship event of Ghana's presidency of the Security Council.",
     "GHA"},
    {"The open debate was the flagship event of the Ghanaian presidency.", "GHA"},
    /* a head of state is no presidency of the Council */
    {"The President of Ghana addressed the open debate of the Security Council.", ""},
    /* a state named near the word, that does not preside */
    {"The Security Council held an open debate on piracy. Togo called for a presidential "
     "statement.",
     ""},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_presidency);
}

static char *
event_speakers(const DgDocument *doc)
{
  if (doc->events->len == 0)
    return g_strdup("no event");
  return unit_sorted_keys_of(doc, unit_only_event(doc)->speakers);
}

static void
test_event_speakers(void)
{
  static const Case cases[] = {
    /* briefers separated by semicolons, titles and organisations in apposition */
    {"The Security Council held a briefing on the Sahel. The Council heard briefings by "
     "Amara Velden, Special Representative of the Secretary-General for West Africa; Tomas "
     "Ribeiro-Lund, Director of the United Nations Development Programme; and Ines "
     "Okonkwo-Barre, Executive Director of the Sahel Women Network.",
     "amara-velden,barre-ines-okonkwo,lund-ribeiro-tomas"},
    {"Le Conseil de sécurité a tenu une séance d'information sur le Sahel. Le Conseil a "
     "entendu les exposés de Mme Amara Velden, Représentante spéciale du Secrétaire "
     "général; de M. Tomas Ribeiro-Lund, Directeur du PNUD; et de Mme Ines Okonkwo-Barre, "
     "représentante de la société civile.",
     "amara-velden,barre-ines-okonkwo,lund-ribeiro-tomas"},
    {"The Arria-formula meeting opened with opening remarks by Ambassador Amara Velden.",
     "amara-velden"},
    {"At the open debate, Foreign Minister Amara Velden told the Council that piracy was "
     "rising.",
     "amara-velden"},
    {"At the open debate, Ambassador Amara Velden delivered a statement on behalf of the "
     "African Group.",
     "amara-velden"},
    {"S'adressant au Conseil lors du débat public, la ministre Amara Velden a rappelé que "
     "la piraterie progressait.",
     "amara-velden"},
    {"Lors du débat public, la ministre Amara Velden a rappelé devant le Conseil que la "
     "piraterie progressait.",
     "amara-velden"},
    {"Le rapport, présenté par M. Tomas Ribeiro-Lund lors de la séance d'information, "
     "décrit la situation.",
     "lund-ribeiro-tomas"},
    {"At the briefing, experts Amara Velden and Tomas Ribeiro-Lund informed the Council "
     "about the situation.",
     "amara-velden,lund-ribeiro-tomas"},
    {"At the open debate, Ambassador Amara Velden told the Council that journalists had "
     "to be protected.",
     "amara-velden"},
    {"«\u00A0Les journalistes doivent être protégés\u00A0», a déclaré la ministre Amara "
     "Velden lors du débat public.",
     "amara-velden"},
    {"At the open debate, Ghana's Deputy Permanent Representative, Mr. Amara Velden, "
     "delivered the national statement of Ghana.",
     "amara-velden"},
    {"Le dialogue informel aura lieu jeudi. Y interviendront notamment M. Tomas "
     "Ribeiro-Lund, ministre d'État, et Mme Amara Velden, directrice du Réseau des femmes "
     "du Sahel.",
     "amara-velden,lund-ribeiro-tomas"},
    {"I thank Brazil for convening this open debate. I also thank Under-Secretary-General "
     "Amara Velden and Ms. Ines Okonkwo-Barre, Executive Director of the Sahel Women "
     "Network, for their briefings.",
     "amara-velden,barre-ines-okonkwo"},
    {"Je remercie le Brésil d'avoir organisé ce débat public, ainsi que Mme Amara Velden "
     "pour son exposé.",
     "amara-velden"},
    {"«\u00A0Protéger les civils est une obligation\u00A0», a rappelé la ministre Amara "
     "Velden lors d'un point de presse après le débat public.",
     ""},
    {"Speaking at the open debate, Foreign Minister Amara Velden called for restraint.",
     "amara-velden"},
    {"In her statement to the open debate, Foreign Minister Amara Velden called for "
     "restraint.",
     "amara-velden"},
    {"S'exprimant lors du débat public, la ministre Amara Velden a appelé à la retenue.",
     "amara-velden"},
    {"Dans son intervention lors du débat public, la ministre Amara Velden a appelé à la "
     "retenue.",
     "amara-velden"},
    {"Lors de la séance d'information, M. Tomas Ribeiro-Lund a présenté le rapport du "
     "Secrétaire général.",
     "lund-ribeiro-tomas"},
    {"Briefing the Council at the open debate, Under-Secretary-General Amara Velden warned "
     "of famine.",
     "amara-velden"},
    {"The Security Council held a briefing on the Sahel. Also briefing were Ambassador "
     "Amara Velden and Mr. Tomas Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Ambassador Amara Velden opened the open debate with a call for restraint.",
     "amara-velden"},
    {"La ministre Amara Velden a ouvert le débat public par un appel à la retenue.",
     "amara-velden"},
    {"At the briefing, Council members heard from Ambassador Amara Velden and Mr. Tomas "
     "Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Lors de la séance d'information, le Conseil a entendu Mme Amara Velden et M. Tomas "
     "Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Among the speakers at the open debate were Ambassador Amara Velden and Mr. Tomas "
     "Ribeiro-Lund.",
     "amara-velden,lund-ribeiro-tomas"},
    {"Présentant le rapport lors de la séance d'information, Mme Amara Velden a décrit la "
     "situation.",
     "amara-velden"},
    {"Foreign Minister Amara Velden told the 15-member Council at the open debate that "
     "piracy was rising.",
     "amara-velden"},
    {"Addressing the Security Council at the open debate, Foreign Minister Amara Velden "
     "called for restraint.",
     "amara-velden"},
    {"Lors du débat public, la ministre Amara Velden s'est exprimée au nom du Groupe des "
     "États d'Afrique.",
     "amara-velden"},
    {"Lors du débat public, la ministre Amara Velden a rappelé aux membres du Conseil "
     "l'urgence de la situation.",
     "amara-velden"},
    /* the chair named in a speaker's sentence does not speak */
    {"Ambassador Amara Velden was speaking at the open debate, which was presided over by "
     "the Vice-President of the General Assembly, Tomas Ribeiro-Lund.",
     "amara-velden"},
    {"At the open debate, Ambassador Amara Velden told the Council that Minister Tomas "
     "Ribeiro-Lund had visited the region.",
     "amara-velden"},
    /* words said in an interview, on social media, on the sidelines make no speaker */
    {"After the open debate, Ambassador Amara Velden said in an interview that the talks had "
     "been useful.",
     ""},
    {"On the sidelines of the open debate, Ambassador Amara Velden said that the talks had "
     "been useful.",
     ""},
    {"En marge du débat public, l'ambassadrice Amara Velden a déclaré que les discussions "
     "avaient été utiles.",
     ""},
    {"Ambassador Amara Velden wrote on social media after the open debate that the talks "
     "had been useful.",
     ""},
    {"After the open debate, Ambassador Amara Velden told AFP that the talks had been "
     "useful.",
     ""},
    {"Après le débat public, l'ambassadrice Amara Velden a déclaré à l'AFP que les "
     "discussions avaient été utiles.",
     ""},
    /* words of another time */
    {"Posted 10 March 2023\n\nAt the open debate, Ambassador Amara Velden told the Council "
     "that piracy was rising. In 2019, Mr. Tomas Ribeiro-Lund said that the region needed "
     "help.",
     "amara-velden"},
    {"Publié le 10/03/2023\n\nLors du débat public, la ministre Amara Velden a déclaré "
     "devant le Conseil que la piraterie progressait. L'an dernier, M. Tomas Ribeiro-Lund "
     "avait affirmé que la région avait besoin d'aide.",
     "amara-velden"},
    /* written words */
    {"Before the open debate, Ambassador Amara Velden wrote in a letter to the Council that "
     "the talks had stalled.",
     ""},
    {"Avant le débat public, l'ambassadrice Amara Velden a écrit au Conseil que les "
     "discussions étaient bloquées.",
     ""},
    /* a person named inside the words of a speaker does not speak */
    {"At the open debate, Ambassador Amara Velden told the Council that “Minister Tomas "
     "Ribeiro-Lund has done more than anyone for this process.”",
     "amara-velden"},
    /* words said to reporters after the meeting make no speaker */
    {"After the closed meeting, Ambassador Amara Velden told reporters that the talks had "
     "been useful.",
     ""},
    {"À l'issue des consultations, l'ambassadrice Amara Velden a déclaré aux journalistes "
     "que les discussions avaient été utiles.",
     ""},
  };
  run_cases(cases, G_N_ELEMENTS(cases), event_speakers);
}

/* Gap: a briefer with neither title nor honorific, whose apposition is a
 * common noun, is not found as a person (persons.c), so not as a speaker. */
static void
test_gap_untitled_briefer(void)
{
  g_autoptr(DgDocument) doc = unit_recognise(
    lexicon, "The Security Council held a briefing on the Sahel. The Council heard briefings "
             "by Amara Velden, Special Representative of the Secretary-General for West "
             "Africa; and Ines Okonkwo-Barre, a civil society representative.");
  g_autofree char *got = event_speakers(doc);
  if (strcmp(got, "amara-velden,barre-ines-okonkwo") != 0) {
    g_test_incomplete("gap: \"and Ines Okonkwo-Barre, a civil society representative\" "
                      "names no person (persons.c: an apposition with an article and a "
                      "common noun is not read as a title)");
    return;
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  lexicon = unit_data_lexicon();

  g_test_add_func("/events/dates/relative", test_event_dates_relative);
  g_test_add_func("/events/dates/written", test_event_dates_written);
  g_test_add_func("/events/dates/no-year", test_event_dates_no_year);
  g_test_add_func("/events/types", test_event_types);
  g_test_add_func("/events/organizers", test_event_organizers);
  g_test_add_func("/events/chairs", test_event_chairs);
  g_test_add_func("/events/presidency", test_event_presidency);
  g_test_add_func("/events/speakers", test_event_speakers);
  g_test_add_func("/events/gap/untitled-briefer", test_gap_untitled_briefer);
  int rc = g_test_run();
  dg_lexicon_free(lexicon);
  return rc;
}
