/* SPDX-License-Identifier: ISC */
/* Persons, organisations and states read from short invented snippets: each
 * case is one phrasing of one phenomenon, in English or French. The persons
 * named here are invented. */
#include "unit-recognise.h"

typedef struct {
  const char *text;
  const char *persons;     /* every person, in order, joined by ';' */
  const char *who;         /* the person checked below */
  const char *represents;  /* alpha-3, or NULL */
  const char *affiliation; /* organisation key, or NULL */
  const char *title;       /* contained in one of the job titles, or NULL */
  const char *mentions;    /* every mention of @who joined by '|', or NULL */
} PersonCase;

static void
run_person_cases(const PersonCase *cases, guint n)
{
  for (guint i = 0; i < n; i++) {
    const PersonCase *pc = &cases[i];
    g_test_message("case %u: %s", i, pc->text);
    g_autoptr(DgDocument) doc = unit_recognise(pc->text);
    g_autofree char *names = unit_persons(doc);
    g_assert_cmpstr(names, ==, pc->persons);
    if (!pc->who)
      continue;
    guint k = unit_person(doc, pc->who);
    g_assert_cmpuint(k, !=, DG_NONE);
    if (k == DG_NONE)
      continue; /* reported above; assertions are not fatal */
    const DgEntity *p = unit_entity(doc, k);
    g_assert_cmpstr(p->represents, ==, pc->represents);
    g_assert_cmpstr(p->affiliation, ==, pc->affiliation);
    if (pc->title) {
      g_autofree char *all = unit_titles(p);
      unit_assert_has(all, pc->title);
    }
    if (pc->mentions) {
      g_autofree char *m = unit_mentions(doc, k);
      g_assert_cmpstr(m, ==, pc->mentions);
    }
  }
}

/* A title before the name: a role, an honorific, a ministry's title. */
static void
test_title_before(void)
{
  static const PersonCase cases[] = {
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.", "Lena Kowalczyk",
     "Lena Kowalczyk", NULL, NULL, "Ambassador", "Lena Kowalczyk"},
    {"Mme Aurélie Fontaine-Rivière a pris la parole devant le Conseil de sécurité.",
     "Aurélie Fontaine-Rivière", "Aurélie Fontaine-Rivière", NULL, NULL, NULL, NULL},
    {"M. Joël Ekambi-Nguema a ensuite pris la parole devant le Conseil.",
     "Joël Ekambi-Nguema", "Joël Ekambi-Nguema", NULL, NULL, NULL, NULL},
    {"Minister of Foreign Affairs Tomasz Wierzbowski of Poland told the Council that the "
     "talks would go on.",
     "Tomasz Wierzbowski", "Tomasz Wierzbowski", "POL", NULL, "Minister of Foreign Affairs",
     NULL},
    {"Le ministre des Affaires étrangères du Sénégal, Ousmane Diagne Fall, a déclaré que la "
     "paix restait fragile.",
     "Ousmane Diagne Fall", "Ousmane Diagne Fall", "SEN", NULL,
     "ministre des Affaires étrangères du Sénégal", NULL},
    {"La ministre des Affaires étrangères Inès Valcourt-Béranger a ouvert la séance.",
     "Inès Valcourt-Béranger", "Inès Valcourt-Béranger", NULL, NULL,
     "ministre des Affaires étrangères", NULL},
    {"The Council heard from Police Commissioner Lineo Mokoena-Thabane of the UN Mission in "
     "South Sudan (UNMISS).",
     "Lineo Mokoena-Thabane", "Lineo Mokoena-Thabane", NULL, "unmiss", "Police Commissioner",
     NULL},
    {"Journalist Tomás Ferreira Lobo told the Council that reporters were being killed.",
     "Tomás Ferreira Lobo", "Tomás Ferreira Lobo", NULL, NULL, "Journalist", NULL},
    {"The Council heard from Aurora Quispe Mamani, a human rights lawyer from the Altiplano.",
     "Aurora Quispe Mamani", "Aurora Quispe Mamani", NULL, NULL, "human rights lawyer", NULL},
    /* "General" closes a role here, it is no honorific */
    {"I also thank Under-Secretary-General Jean-Marc Delorme for his briefing.",
     "Jean-Marc Delorme", "Jean-Marc Delorme", NULL, NULL, "Under-Secretary-General", NULL},
    {"Foreign Minister Arvid Solheim of Norway chaired the meeting.", "Arvid Solheim",
     "Arvid Solheim", "NOR", NULL, "Foreign Minister", NULL},
    {"Son Excellence M. Idriss Mahamat Abakar, ambassadeur du Tchad, a pris la parole.",
     "Idriss Mahamat Abakar", "Idriss Mahamat Abakar", "TCD", NULL, "ambassadeur du Tchad",
     NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* A state adjective or possessive before the title. */
static void
test_state_before_title(void)
{
  static const PersonCase cases[] = {
    {"The Kenyan Foreign Minister Amani Wekesa told the Council that piracy had fallen.",
     "Amani Wekesa", "Amani Wekesa", "KEN", NULL, "Kenyan Foreign Minister", NULL},
    {"Ghana's Deputy Permanent Representative Efua Mensah-Larbi spoke for the African "
     "members.",
     "Efua Mensah-Larbi", "Efua Mensah-Larbi", "GHA", NULL,
     "Ghana's Deputy Permanent Representative", NULL},
    {"Kenyan Foreign Affairs Cabinet Secretary Njeri Wambui-Kamau on Tuesday urged the "
     "Council to act.",
     "Njeri Wambui-Kamau", "Njeri Wambui-Kamau", "KEN", NULL, "Cabinet Secretary", NULL},
    {"Le ministre ivoirien des Affaires étrangères, Koffi Brou Ahoua, a plaidé pour un "
     "financement durable.",
     "Koffi Brou Ahoua", "Koffi Brou Ahoua", "CIV", NULL, "ministre ivoirien", NULL},
    {"Norway's State Secretary Ingvild Sæbø Hovland opened the debate.",
     "Ingvild Sæbø Hovland", "Ingvild Sæbø Hovland", "NOR", NULL, "State Secretary", NULL},
    {"L'ambassadrice croate Mirela Kovačević a pris la parole en premier.",
     "Mirela Kovačević", "Mirela Kovačević", "HRV", NULL, "ambassadrice croate", NULL},
    {"Malaysia's ambassador, Faridah binti Osman, said that the region needed calm.",
     "Faridah binti Osman", "Faridah binti Osman", "MYS", NULL, "ambassador", NULL},
    {"The Bolivian Ambassador Wayra Condori Mamani urged restraint.", "Wayra Condori Mamani",
     "Wayra Condori Mamani", "BOL", NULL, "Bolivian Ambassador", NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* A title phrase in apposition after the name. */
static void
test_apposition_after(void)
{
  static const PersonCase cases[] = {
    {"Rosa Quispe Huanca, Bolivia's Permanent Representative, said that water was a right.",
     "Rosa Quispe Huanca", "Rosa Quispe Huanca", "BOL", NULL,
     "Bolivia's Permanent Representative", NULL},
    {"Anaïs Kaboré, représentante permanente du Burkina Faso auprès des Nations unies, a "
     "affirmé que le Sahel avait besoin d'aide.",
     "Anaïs Kaboré", "Anaïs Kaboré", "BFA", NULL, "représentante permanente du Burkina Faso",
     NULL},
    {"Pedro Almeida Cruz, Ambassador of Portugal to the United Nations, told the Council "
     "that the ocean was a common good.",
     "Pedro Almeida Cruz", "Pedro Almeida Cruz", "PRT", NULL, "Ambassador of Portugal",
     NULL},
    {"Lukas Brenner, Director of the Centre for Maritime Security of Norway, said that "
     "piracy had moved south.",
     "Lukas Brenner", "Lukas Brenner", NULL, "centre-for-maritime-security-of-norway",
     "Director of the Centre for Maritime Security of Norway", NULL},
    {"Amara Conteh, the Sierra Leonean Foreign Minister, welcomed the decision.",
     "Amara Conteh", "Amara Conteh", "SLE", NULL, "Sierra Leonean Foreign Minister", NULL},
    {"Halima Sow-Diallo, a senior researcher at the Institute for Security Studies (ISS), "
     "said that the data were clear.",
     "Halima Sow-Diallo", "Halima Sow-Diallo", NULL, "institute-for-security-studies",
     "senior researcher", NULL},
    {"The briefers were Aminata Bah Kouyaté, a young climate activist from Mali.",
     "Aminata Bah Kouyaté", "Aminata Bah Kouyaté", NULL, NULL, "young climate activist", NULL},
    {"M. Lukas Wendt-Horvath, ministre d'État au ministère fédéral allemand des Affaires "
     "étrangères, a pris la parole.",
     "Lukas Wendt-Horvath", "Lukas Wendt-Horvath", "DEU", NULL, "ministre d'État", NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* Family names first, in capitals; hyphens, apostrophes and accents. */
static void
test_name_forms(void)
{
  static const PersonCase cases[] = {
    {"Ambassador SATO Haruki of Japan said that the rule of law was essential.",
     "SATO Haruki", "SATO Haruki", "JPN", NULL, "Ambassador", NULL},
    {"KIM Soo-jin, Deputy Permanent Representative of the Republic of Korea, said that the "
     "Council had to act.",
     "KIM Soo-jin", "KIM Soo-jin", "KOR", NULL, "Deputy Permanent Representative", NULL},
    {"Ambassador Yao Kouassi N'Guessan of Côte d'Ivoire opened the meeting.",
     "Yao Kouassi N'Guessan", "Yao Kouassi N'Guessan", "CIV", NULL, NULL, NULL},
    {"Ambassador Şebnem Yıldırım of Türkiye opened the meeting.", "Şebnem Yıldırım",
     "Şebnem Yıldırım", "TUR", NULL, NULL, NULL},
    {"Ambassador John F. Kowalski of Poland said that the region needed calm.",
     "John F. Kowalski", "John F. Kowalski", "POL", NULL, "Ambassador", NULL},
    {"Ms. Mirela KOVAČEVIĆ said that the region needed calm.", "Mirela KOVAČEVIĆ",
     "Mirela KOVAČEVIĆ", NULL, NULL, NULL, NULL},
    {"M. IVAN SIDOROV (Fédération de Russie) a déclaré que les sanctions étaient illégales.",
     "IVAN SIDOROV", "IVAN SIDOROV", "RUS", NULL, NULL, NULL},
    {"Ambassador Ahmed al-Sayed Mansour of Egypt said that the region needed calm.",
     "Ahmed al-Sayed Mansour", "Ahmed al-Sayed Mansour", "EGY", NULL, "Ambassador", NULL},
    {"Mme Hélène Dubois-Mérieux a conclu la séance. Mme Dubois-Mérieux a remercié les "
     "délégations.",
     "Hélène Dubois-Mérieux", "Hélène Dubois-Mérieux", NULL, NULL, NULL,
     "Hélène Dubois-Mérieux|Dubois-Mérieux"},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* A name with no title before it: a comma segment then a speech verb, an
 * organisation after it in a sentence that says who spoke. */
static void
test_untitled(void)
{
  static const PersonCase cases[] = {
    {"Speaking at the meeting, Waskar Mamani Quispe, an Aymara leader from the Altiplano, "
     "said that water was sacred.",
     "Waskar Mamani Quispe", "Waskar Mamani Quispe", NULL, NULL, "leader", NULL},
    {"Waskar Mamani Quispe, of the Andean Indigenous Forum, told the Council that water was "
     "sacred.",
     "Waskar Mamani Quispe", "Waskar Mamani Quispe", NULL, "andean-indigenous-forum", NULL,
     NULL},
    {"Gordana Kovač-Šimić, who heads the Right to Development Section at OHCHR, said that "
     "development was a right.",
     "Gordana Kovač-Šimić", "Gordana Kovač-Šimić", NULL, "ohchr", NULL, NULL},
    {"Also briefing the Council were Lurdes Mabunda Sitoe of the Maputo Women's Forum and "
     "Nilza Chissano Macuácua, a researcher.",
     "Lurdes Mabunda Sitoe;Nilza Chissano Macuácua", "Lurdes Mabunda Sitoe", NULL,
     "maputo-women-s-forum", NULL, NULL},
    {"The speakers were Aigerim Seitkali (Kazakhstan), Karin Lindgren (Sweden) and Pieter "
     "Jansen (Netherlands).",
     "Aigerim Seitkali;Karin Lindgren;Pieter Jansen", "Karin Lindgren", "SWE", NULL, NULL,
     NULL},
    {"Statements were delivered by Aigerim Seitkali of Kazakhstan and Karin Lindgren of "
     "Sweden.",
     "Aigerim Seitkali;Karin Lindgren", "Karin Lindgren", "SWE", NULL, NULL, NULL},
    {"Tomorrow, the Council will hear from Ingrid Bakke Solberg, the director of the "
     "Norwegian Refugee Council, and from Karin Lindgren.",
     "Ingrid Bakke Solberg;Karin Lindgren", "Ingrid Bakke Solberg", NULL,
     "norwegian-refugee-council", "director", NULL},
    /* an organisation's name is no person, even before a speech verb */
    {"Yasmin Haddad-Rahimi, Director of Education Cannot Wait, the global fund for education "
     "in emergencies, said that millions of children were out of school.",
     "Yasmin Haddad-Rahimi", NULL, NULL, NULL, NULL, NULL},
    {"The UN Special Envoy for the Great Lakes, Mariam Kouyaté Sy, said that the region needed "
     "support.",
     "Mariam Kouyaté Sy", "Mariam Kouyaté Sy", NULL, "un", "UN Special Envoy", NULL},
    /* a headline in title case */
    {"Crisis Needs Answers beyond Military Means, Briefers Tell Security Council, Stressing "
     "Role of Women\n\nThe Security Council met on Monday to discuss the crisis around the "
     "lake and the role of women in building resilience there.",
     "", NULL, NULL, NULL, NULL, NULL},
    /* no speech: capitalised words before "of" are no person */
    {"Human Rights of the United Nations is a new textbook.", "", NULL, NULL, NULL, NULL,
     NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* Later references: a surname, a pronoun, a description. */
static void
test_later_references(void)
{
  static const PersonCase cases[] = {
    {"Ambassador Lena Kowalczyk of Poland spoke first.\n\nKowalczyk said that the talks "
     "would resume.",
     "Lena Kowalczyk", "Lena Kowalczyk", "POL", NULL, NULL, "Lena Kowalczyk|Kowalczyk"},
    {"L'ambassadrice du Kenya, Achieng Otieno, a pris la parole.\n\nLa diplomate kényane a "
     "souligné que la paix exigeait des moyens.",
     "Achieng Otieno", "Achieng Otieno", "KEN", NULL, NULL,
     "Achieng Otieno|La diplomate kényane"},
    {"L'ambassadrice du Kenya, Achieng Otieno, a pris la parole.\n\nElle a souligné que la "
     "paix exigeait des moyens.",
     "Achieng Otieno", "Achieng Otieno", "KEN", NULL, NULL, "Achieng Otieno|Elle"},
    {"The Minister of Foreign Affairs of Ghana, Kofi Adjei Boateng, opened the debate.\n\n"
     "The minister said that maritime crime had fallen by half.",
     "Kofi Adjei Boateng", "Kofi Adjei Boateng", "GHA", NULL, NULL,
     "Kofi Adjei Boateng|The minister"},
    /* a surname first, the full name later */
    {"Ambassador Lindgren noted that the region had changed. Karin Lindgren is Sweden's "
     "ambassador to the United Nations.",
     "Karin Lindgren", "Karin Lindgren", NULL, NULL, NULL, "Lindgren|Karin Lindgren"},
    {"Ambassador Lena Kowalczyk of Poland spoke first. He later said that nothing had "
     "changed, but she said that the talks would resume.",
     "Lena Kowalczyk", "Lena Kowalczyk", "POL", NULL, NULL, NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* What is no person: captions, credits, bylines, organisations named after
 * someone, headlines. */
static void
test_not_persons(void)
{
  static const PersonCase cases[] = {
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\n"
     "Photo: UN Photo/Jonas Ekberg\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nAmbassador Jonas Ekberg "
     "at the meeting in New York. (Photo: UN/Maria Lund)\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nAmbassador Jonas Ekberg "
     "(left) with his delegation in New York\n\nThe meeting ended late.",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nAmbassador Jonas Ekberg "
     "speaks at the meeting. Image: UN Photo/Maria Lund\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nPhoto credit: Jonas "
     "Ekberg\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\n(Supplied: Jonas "
     "Ekberg)\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"By Jonas Ekberg\n\nAmbassador Lena Kowalczyk addressed the Security Council on "
     "Monday about the protection of civilians in armed conflict across the region.",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nEditor: Jonas Ekberg\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nReporting by Jonas "
     "Ekberg; Editing by Maria Lund\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"Ambassador Lena Kowalczyk addressed the Council on Monday.\n\nRédaction : Jonas "
     "Ekberg\n",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"L'ambassadrice Claire Ndong a pris la parole lundi devant le Conseil de sécurité sur la "
     "protection des civils dans les conflits armés de la région.\n\nPar Jonas Ekberg, envoyé "
     "spécial à New York\n",
     "Claire Ndong", NULL, NULL, NULL, NULL, NULL},
    {"By Jonas Ekberg, special envoy in New York\n\nAmbassador Lena Kowalczyk addressed the "
     "Security Council on Monday about the protection of civilians in armed conflict.",
     "Lena Kowalczyk", NULL, NULL, NULL, NULL, NULL},
    {"The Henrik Solvang Foundation said that the talks had stalled.", "", NULL, NULL, NULL,
     NULL, NULL},
    {"Kenya Urges Council To Act On Piracy\n\nThe Security Council met on Monday to discuss "
     "piracy in the Gulf of Guinea and the safety of shipping lanes off the coast.",
     "", NULL, NULL, NULL, NULL, NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* Affiliations: an organisation's official is affiliated with it, not a
 * state's envoy. */
static void
test_affiliation(void)
{
  static const PersonCase cases[] = {
    {"Aditi Raman, a researcher at the Institute for Security Studies (ISS), said that "
     "piracy was changing.",
     "Aditi Raman", "Aditi Raman", NULL, "institute-for-security-studies", "researcher",
     NULL},
    {"Marta Olsen, Under-Secretary-General for Humanitarian Affairs, briefed the Council.",
     "Marta Olsen", "Marta Olsen", NULL, NULL, "Under-Secretary-General", NULL},
    {"Bintou Keïta Sangaré, représentante spéciale du Secrétaire général pour l'Afrique de "
     "l'Ouest et le Sahel, a informé le Conseil.",
     "Bintou Keïta Sangaré", "Bintou Keïta Sangaré", NULL, NULL, "représentante spéciale",
     NULL},
    {"Tomás Ferreira Lobo, head of the Rule of Law Unit of OHCHR, said that courts were "
     "overwhelmed.",
     "Tomás Ferreira Lobo", "Tomás Ferreira Lobo", NULL, "ohchr", "head", NULL},
    {"La directrice exécutive d'ONU Femmes, Sima Bahrani Vos, a informé le Conseil.",
     "Sima Bahrani Vos", "Sima Bahrani Vos", NULL, "un-women", "directrice exécutive", NULL},
    {"Paula Rinaldi Costa, coordinator for the Sahel at the Women's International League for "
     "Peace and Freedom (WILPF), said that women were absent from the talks.",
     "Paula Rinaldi Costa", "Paula Rinaldi Costa", NULL,
     "women-s-international-league-for-peace-and-freedom", "coordinator", NULL},
    {"Captain Olu Adebayo-Cole, Executive Director of the Inter-regional Maritime Centre (IMC) "
     "in Lagos, briefed the Council.",
     "Olu Adebayo-Cole", "Olu Adebayo-Cole", NULL, "inter-regional-maritime-centre",
     "Executive Director", NULL},
    /* a text's acronym that a lexicon gives to another organisation */
    {"Captain Olu Adebayo-Cole, Executive Director of the Interregional Coordination Centre "
     "(ICC) in Yaoundé, briefed the Council. The ICC shares information daily.",
     "Olu Adebayo-Cole", "Olu Adebayo-Cole", NULL, "interregional-coordination-centre",
     "Executive Director", NULL},
    {"Rear Admiral Paul Ngono Abega, Executive Director of the Inter-regional Coordination "
     "Centre (ICC) in Yaoundé, briefed the Council.",
     "Paul Ngono Abega", "Paul Ngono Abega", NULL, "inter-regional-coordination-centre",
     "Executive Director", NULL},
    /* a title that names the office its holder heads */
    {"« Le dialogue ne pourra réussir », a déclaré la haute-commissaire adjointe aux droits de "
     "l'homme, Nada Haddad Vettori.",
     "Nada Haddad Vettori", "Nada Haddad Vettori", NULL, "ohchr",
     "haute-commissaire adjointe aux droits de l'homme", NULL},
    {"The UN High Commissioner for Refugees, Lars Eriksen Dahl, said that displacement was at "
     "a record.",
     "Lars Eriksen Dahl", "Lars Eriksen Dahl", NULL, "unhcr", "High Commissioner for Refugees",
     NULL},
    {"The briefers were Aminata Diallo Sow (UNDP) and Karin Lindgren (Sweden).",
     "Aminata Diallo Sow;Karin Lindgren", "Aminata Diallo Sow", NULL, "undp", NULL, NULL},
    {"Aminata Diallo Sow, representing UN Women, said that the talks had to include women.",
     "Aminata Diallo Sow", "Aminata Diallo Sow", NULL, "un-women", NULL, NULL},
    {"Ambassador Karin Lindgren, representing Sweden, said that the talks would resume.",
     "Karin Lindgren", "Karin Lindgren", "SWE", NULL, "Ambassador", NULL},
    {"Au nom de l'Union européenne, l'ambassadrice Katrin Vollmer-Sauer a estimé que le "
     "dialogue devait reprendre.",
     "Katrin Vollmer-Sauer", "Katrin Vollmer-Sauer", NULL, "eu", "ambassadrice", NULL},
    {"Yasmin Haddad-Rahimi, Director of Education Cannot Wait (ECW), said that millions of "
     "children were out of school.",
     "Yasmin Haddad-Rahimi", "Yasmin Haddad-Rahimi", NULL, "education-cannot-wait",
     "Director", NULL},
    {"The Nordic Centre for Humanitarian Studies (NCHS) published a report. Its director, "
     "Ingrid Bakke Solberg, said that aid workers were at risk.",
     "Ingrid Bakke Solberg", "Ingrid Bakke Solberg", NULL,
     "nordic-centre-for-humanitarian-studies", "director", NULL},
    {"Graça Machava Sitoe, from the women's rights organisation Fórum Mulher, said that "
     "violence had risen.",
     "Graça Machava Sitoe", "Graça Machava Sitoe", NULL, "forum-mulher", NULL, NULL},
    {"OHCHR's Thomas Berger told the Council that the right to development was universal.",
     "Thomas Berger", "Thomas Berger", NULL, "ohchr", NULL, NULL},
    {"ECOWAS Commissioner for Political Affairs Mariam Kouyaté Sy said that the region needed "
     "support.",
     "Mariam Kouyaté Sy", "Mariam Kouyaté Sy", NULL, "ecowas",
     "ECOWAS Commissioner for Political Affairs", NULL},
    {"Aïssata Koné Traoré, médiatrice de la CEDEAO pour le Mali, a souligné que le dialogue "
     "progressait.",
     "Aïssata Koné Traoré", "Aïssata Koné Traoré", NULL, "ecowas", "médiatrice", NULL},
    {"Henrik Dahl, a senior official of the World Food Programme, said that stocks were low.",
     "Henrik Dahl", "Henrik Dahl", NULL, "wfp", "senior official", NULL},
    {"Speaking on behalf of the African Union, Ambassador Thabo Mokoena-Dube said that the "
     "region needed support.",
     "Thabo Mokoena-Dube", "Thabo Mokoena-Dube", NULL, "au", "Ambassador", NULL},
    {"Ambassador Thabo Mokoena-Dube, speaking on behalf of South Africa, said that the region "
     "needed support.",
     "Thabo Mokoena-Dube", "Thabo Mokoena-Dube", "ZAF", NULL, "Ambassador", NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* A member of a government whom the text gives no state is of the home
 * country of the national agency that reports (news style), not an envoy. */
static void
test_home_government(void)
{
  static const PersonCase cases[] = {
    {"Hanoï (VNA) – Le vice-ministre des Affaires étrangères Trần Văn Lộc a présidé la "
     "réunion du Conseil de sécurité sur la protection des civils dans les conflits armés.",
     "Trần Văn Lộc", "Trần Văn Lộc", "VNM", NULL, "vice-ministre des Affaires étrangères",
     NULL},
    {"Geneva (VNA) – Deputy Foreign Minister Pham Quoc Dung on Monday addressed the Human "
     "Rights Council, calling for dialogue and cooperation among all member states.",
     "Pham Quoc Dung", "Pham Quoc Dung", "VNM", NULL, "Deputy Foreign Minister", NULL},
    {"MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF GHANA\n\nPRESS RELEASE\n\nThe Deputy Minister "
     "for Foreign Affairs, Hon. Ama Serwaa Owusu, today chaired a debate of the United Nations "
     "Security Council in New York on maritime security in the Gulf of Guinea.",
     "Ama Serwaa Owusu", "Ama Serwaa Owusu", "GHA", NULL, "Deputy Minister", NULL},
    {"Department of Foreign Affairs\n\nPress release\n\nThe Minister of State for Development, "
     "Máire Ní Bhriain, today chaired a briefing of the United Nations Security Council on the "
     "protection of aid workers. Ireland has long supported their work.",
     "Máire Ní Bhriain", "Máire Ní Bhriain", "IRL", NULL, "Minister of State", NULL},
    /* an ambassador is no member of a government: the state is not guessed */
    {"Geneva (VNA) – Ambassador Lena Kowalczyk on Monday addressed the Human Rights Council, "
     "calling for dialogue and cooperation among all member states.",
     "Lena Kowalczyk", "Lena Kowalczyk", NULL, NULL, "Ambassador", NULL},
    /* the state the text gives wins */
    {"Hanoï (VNA) – Le ministre des Affaires étrangères du Laos, Somsak Phommachanh, a pris "
     "la parole lors de la réunion du Conseil de sécurité sur la protection des civils.",
     "Somsak Phommachanh", "Somsak Phommachanh", "LAO", NULL, NULL, NULL},
    /* ... also when the role ends inside the state's name ("État d'Israël") */
    {"Niamey (ANP) – La ministre d'État d'Israël, Dana Weissberg-Cohen, a informé le Conseil "
     "de sécurité que la situation sur le terrain restait fragile.",
     "Dana Weissberg-Cohen", "Dana Weissberg-Cohen", "ISR", NULL, "ministre d'État d'Israël",
     NULL},
  };
  run_person_cases(cases, G_N_ELEMENTS(cases));
}

/* Organisations no lexicon knows, introduced by the text. */
static void
test_text_organisations(void)
{
  static const struct {
    const char *text;
    const char *orgs; /* unit_entities(DG_ENTITY_ORG) */
  } cases[] = {
    {"Lukas Brenner, Director of the Centre for Maritime Security of Norway, said that "
     "piracy had moved.",
     "Centre for Maritime Security of Norway"},
    {"A researcher at the Institute for Peace and Security Studies said that the region was "
     "calm.",
     "Institute for Peace and Security Studies"},
    {"The Sahel Women's Network (SWN) said that the talks had to include women.",
     "Sahel Women's Network"},
    {"Le Réseau des jeunes pour la paix (RJP) a salué la décision du Conseil.",
     "Réseau des jeunes pour la paix"},
    {"The Sahel Women's Network (SWN) spoke first. SWN later said that the talks had "
     "stalled.",
     "Sahel Women's Network"},
    {"The West African Coast Guard Forum (WACGF) met in Accra.",
     "West African Coast Guard Forum"},
    {"Aigerim Seitkali heads the UN Regional Centre for Preventive Diplomacy for Central Asia "
     "(UNRCCA).",
     "un;UN Regional Centre for Preventive Diplomacy for Central Asia"}, /* the UN is named */
    {"Kenya, which holds the presidency of the 15-member Council for May, chose the theme.",
     ""},
    /* an acronym of a concept, with no article: no organisation */
    {"Ministers spoke on Information and Communication Technology (ICT) in public services.",
     ""},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %u: %s", i, cases[i].text);
    g_autoptr(DgDocument) doc = unit_recognise(cases[i].text);
    g_autofree char *orgs = unit_entities(doc, DG_ENTITY_ORG);
    g_assert_cmpstr(orgs, ==, cases[i].orgs);
  }
}

/* States named by name, short form, adjective or possessive, in both languages. */
static void
test_states(void)
{
  static const struct {
    const char *text;
    const char *states;
  } cases[] = {
    {"Kenya and Ghana spoke.", "KEN;GHA"},
    {"The Kenyan delegation and Ghana's envoy spoke.", "KEN;GHA"},
    {"The US and the UK abstained; Britain later changed its vote.", "USA;GBR"},
    {"Les États-Unis et le Royaume-Uni se sont abstenus.", "USA;GBR"},
    {"La délégation kényane et l'envoyé ghanéen ont pris la parole.", "KEN;GHA"},
    {"Les Ivoiriens et les Sénégalais ont voté pour.", "CIV;SEN"},
    {"Russia and the Russian Federation are one state.", "RUS"},
    {"La Fédération de Russie a voté contre.", "RUS"},
    /* a sea named after a state, an ordinary word opening a sentence */
    {"Piracy in the Gulf of Guinea fell, Equatorial Guinea said.", "GNQ"},
    {"La piraterie recule dans le golfe de Guinée.", ""},
    {"Réunion informelle sur la protection des civils", ""},
    {"Une délégation de La Réunion était présente.", "REU"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_message("case %u: %s", i, cases[i].text);
    g_autoptr(DgDocument) doc = unit_recognise(cases[i].text);
    g_autofree char *states = unit_entities(doc, DG_ENTITY_STATE);
    g_assert_cmpstr(states, ==, cases[i].states);
    g_autofree char *orgs = unit_entities(doc, DG_ENTITY_ORG); /* a state is no organisation */
    g_assert_cmpstr(orgs, ==, "");
  }
}

/* A state named only as the place where something happened is mentioned,
 * but is no participant: no organiser, and nobody represents it. */
static void
test_state_as_place(void)
{
  static const char *const texts[] = {
    "The Security Council held an open debate on Monday, organised by Kenya. Ambassador "
    "Lena Kowalczyk of Poland said that the attacks in Mali had killed dozens.",
    "Le Conseil de sécurité a tenu lundi un débat organisé par le Kenya. L'ambassadrice "
    "de Pologne, Lena Kowalczyk, a déclaré que les attaques au Mali avaient fait des "
    "dizaines de morts.",
  };
  for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
    g_test_message("case %u", i);
    g_autoptr(DgDocument) doc = unit_recognise(texts[i]);
    g_autofree char *states = unit_entities(doc, DG_ENTITY_STATE);
    g_assert_cmpstr(states, ==, "KEN;POL;MLI");
    g_assert_cmpuint(doc->events->len, ==, 1);
    const DgEvent *ev = doc->events->len ? doc->events->pdata[0] : NULL;
    g_assert_cmpuint(ev ? ev->organizers->len : 0, ==, 1);
    if (ev && ev->organizers->len == 1)
      g_assert_cmpstr(unit_entity(doc, g_array_index(ev->organizers, guint, 0))->key, ==,
                      "KEN");
    guint p = unit_person(doc, "Lena Kowalczyk");
    g_assert_cmpuint(p, !=, DG_NONE);
    if (p != DG_NONE)
      g_assert_cmpstr(unit_entity(doc, p)->represents, ==, "POL");
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions(); /* a table reports every failing case */
  unit_lexicon = unit_data_lexicon();

  g_test_add_func("/persons/title-before", test_title_before);
  g_test_add_func("/persons/state-before-title", test_state_before_title);
  g_test_add_func("/persons/apposition-after", test_apposition_after);
  g_test_add_func("/persons/name-forms", test_name_forms);
  g_test_add_func("/persons/untitled", test_untitled);
  g_test_add_func("/persons/later-references", test_later_references);
  g_test_add_func("/persons/not-persons", test_not_persons);
  g_test_add_func("/persons/affiliation", test_affiliation);
  g_test_add_func("/persons/home-government", test_home_government);
  g_test_add_func("/organisations/from-text", test_text_organisations);
  g_test_add_func("/states/forms", test_states);
  g_test_add_func("/states/place-only", test_state_as_place);
  int rc = g_test_run();
  dg_lexicon_free(unit_lexicon);
  return rc;
}
