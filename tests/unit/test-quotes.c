/* SPDX-License-Identifier: ISC */
/* Quotations read from short invented snippets: quotation marks of every
 * kind, quotations over several sentences, reported speech, the speech verb
 * after the words, and the speaker named, shortened, a pronoun or a
 * description. The persons named here are invented. */
#include "unit-recognise.h"

typedef struct {
  const char *text;
  const char *quote;   /* the words, exactly */
  const char *speaker; /* the person's name */
  gboolean direct;
} QuoteCase;

static void
run_quote_cases(const QuoteCase *cases, guint n)
{
  for (guint i = 0; i < n; i++) {
    const QuoteCase *qc = &cases[i];
    g_test_message("case %u: %s", i, qc->text);
    g_autoptr(DgDocument) doc = unit_recognise(qc->text);
    g_autofree char *all = unit_quotes(doc);
    g_autofree char *want =
      g_strdup_printf("%s:%s:%s", qc->speaker, qc->direct ? "D" : "R", qc->quote);
    g_autofree char *padded = g_strconcat("\n", all, "\n", NULL);
    g_autofree char *needle = g_strconcat("\n", want, "\n", NULL);
    if (!strstr(padded, needle))
      g_assert_cmpstr(all, ==, want); /* fails, showing what was found */
  }
}

/* Every kind of quotation mark. */
static void
test_marks(void)
{
  static const QuoteCase cases[] = {
    {"“Piracy is a threat to us all,” said Ambassador Lena Kowalczyk.",
     "Piracy is a threat to us all", "Lena Kowalczyk", TRUE},
    {"L'ambassadeur Marc Delorme a déclaré : « La paix a un prix. »", "La paix a un prix",
     "Marc Delorme", TRUE},
    {"«\u00A0La paix a un prix\u00A0», a déclaré l'ambassadeur Marc Delorme.",
     "La paix a un prix", "Marc Delorme", TRUE},
    {"‘The sea is our common home,’ said Minister Aoife Brennan.", "The sea is our common home",
     "Aoife Brennan", TRUE},
    {"Minister Aoife Brennan said: ‘The sea is our common home.’", "The sea is our common home",
     "Aoife Brennan", TRUE},
    {"\"The sea is our common home,\" said Ambassador Lena Kowalczyk.",
     "The sea is our common home", "Lena Kowalczyk", TRUE},
    {"L'ambassadrice Claire Ndong a pris la parole. « La situation reste grave », s'est-elle "
     "inquiétée.",
     "La situation reste grave", "Claire Ndong", TRUE},
    {"« La paix progresse », s'est félicité l'ambassadeur Marc Delorme.", "La paix progresse",
     "Marc Delorme", TRUE},
    /* a closing mark used as the opening one */
    {"”The sea is our common home,” said Ambassador Lena Kowalczyk.",
     "The sea is our common home", "Lena Kowalczyk", TRUE},
    {"L'ambassadeur Marc Delorme a déclaré : » La paix a un prix. »", "La paix a un prix",
     "Marc Delorme", TRUE},
  };
  run_quote_cases(cases, G_N_ELEMENTS(cases));
}

/* Quotations over several sentences. */
static void
test_several_sentences(void)
{
  static const QuoteCase cases[] = {
    {"“Piracy is a threat. We must act together,” said Ambassador Lena Kowalczyk.",
     "Piracy is a threat. We must act together", "Lena Kowalczyk", TRUE},
    {"Ambassador Lena Kowalczyk said: “Piracy is a threat. We must act together.”",
     "Piracy is a threat. We must act together", "Lena Kowalczyk", TRUE},
    {"« La paix a un prix. Nous devons le payer », a déclaré l'ambassadeur Marc Delorme.",
     "La paix a un prix. Nous devons le payer", "Marc Delorme", TRUE},
    {"Ambassador Lena Kowalczyk spoke first.\n\n\"Piracy is a threat. We must act "
     "together. Nobody is safe alone,\" she said.",
     "Piracy is a threat. We must act together. Nobody is safe alone", "Lena Kowalczyk",
     TRUE},
  };
  run_quote_cases(cases, G_N_ELEMENTS(cases));
}

/* Reported speech: that/que, and the speech verb after the words. */
static void
test_reported(void)
{
  static const QuoteCase cases[] = {
    {"Ambassador Lena Kowalczyk said that piracy remained a threat to the region.",
     "piracy remained a threat to the region", "Lena Kowalczyk", FALSE},
    {"L'ambassadeur Marc Delorme a souligné que la paix restait fragile dans la région.",
     "la paix restait fragile dans la région", "Marc Delorme", FALSE},
    {"L'ambassadeur Marc Delorme a pris la parole. La paix reste fragile dans la région, "
     "a-t-il ajouté.",
     "La paix reste fragile dans la région", "Marc Delorme", FALSE},
    {"L'ambassadrice Claire Ndong a pris la parole. Le Conseil doit agir sans tarder, "
     "a-t-elle estimé.",
     "Le Conseil doit agir sans tarder", "Claire Ndong", FALSE},
    {"Ambassador Lena Kowalczyk spoke first. Piracy remained a threat to the whole region, "
     "she said.",
     "Piracy remained a threat to the whole region", "Lena Kowalczyk", FALSE},
    {"L'ambassadeur Marc Delorme a tenu à souligner que la paix restait fragile dans la "
     "région.",
     "la paix restait fragile dans la région", "Marc Delorme", FALSE},
    {"Ambassador Lena Kowalczyk was quoted as saying that the talks would resume in May.",
     "the talks would resume in May", "Lena Kowalczyk", FALSE},
    {"L'ambassadeur Marc Delorme s'est félicité que la paix progresse dans toute la région.",
     "la paix progresse dans toute la région", "Marc Delorme", FALSE},
    {"La paix reste fragile dans toute la région, a résumé M. Marc Delorme.",
     "La paix reste fragile dans toute la région", "Marc Delorme", FALSE},
    {"Ambassador Lena Kowalczyk spoke next. Stressing that the region needed calm, she called "
     "for a ceasefire.",
     "the region needed calm", "Lena Kowalczyk", FALSE},
    {"L'ambassadrice Claire Ndong a pris la parole. Soulignant que la région avait besoin de "
     "calme, elle a appelé à un cessez-le-feu.",
     "la région avait besoin de calme", "Claire Ndong", FALSE},
    {"Ambassador Lena Kowalczyk spoke next. Poland, she said, was ready to help the region "
     "recover.",
     "was ready to help the region recover", "Lena Kowalczyk", FALSE},
    {"Piracy remained a threat to the whole region, Ambassador Lena Kowalczyk said.",
     "Piracy remained a threat to the whole region", "Lena Kowalczyk", FALSE},
  };
  run_quote_cases(cases, G_N_ELEMENTS(cases));
}

/* The speaker: a name, a surname, a pronoun, a description. */
static void
test_speakers(void)
{
  static const QuoteCase cases[] = {
    {"Ambassador Lena Kowalczyk of Poland spoke first.\n\n“We must act,” Kowalczyk said.",
     "We must act", "Lena Kowalczyk", TRUE},
    {"Ambassador Lena Kowalczyk of Poland spoke first.\n\n“We must act,” she said.",
     "We must act", "Lena Kowalczyk", TRUE},
    {"The Minister of Foreign Affairs of Ghana, Kofi Adjei Boateng, opened the debate.\n\n"
     "“We must act,” the minister said.",
     "We must act", "Kofi Adjei Boateng", TRUE},
    /* the person with that title, not the envoy named last */
    {"The meeting was co-chaired by the Principal Secretary for Foreign Affairs, Dr. Daniel "
     "Kipchumba Ruto, and by the Permanent Representative of Norway, Ambassador Ingrid Holm "
     "Berge.\n\nThe Principal Secretary said that early warning saved lives and money.",
     "early warning saved lives and money", "Daniel Kipchumba Ruto", FALSE},
    {"Mme Anne Valcourt, secrétaire d'État, présidera la réunion. M. Karl Brenner, ministre "
     "d'État allemand, y interviendra.\n\n« Protéger ceux qui aident est une obligation », a "
     "rappelé la secrétaire d'État.",
     "Protéger ceux qui aident est une obligation", "Anne Valcourt", TRUE},
    {"L'ambassadrice du Kenya, Achieng Otieno, a pris la parole.\n\n« Nous devons agir », a "
     "déclaré la diplomate kényane.",
     "Nous devons agir", "Achieng Otieno", TRUE},
    {"L'ambassadrice du Kenya, Achieng Otieno, a pris la parole.\n\nLa diplomate kényane a "
     "souligné que la paix exigeait des moyens.",
     "la paix exigeait des moyens", "Achieng Otieno", FALSE},
    {"L'ambassadrice du Kenya, Achieng Otieno, a pris la parole.\n\nElle a souligné que la "
     "paix exigeait des moyens.",
     "la paix exigeait des moyens", "Achieng Otieno", FALSE},
    /* a pronoun skips a person of the other gender */
    {"Ms. Lena Kowalczyk spoke after Mr. Jonas Ekberg. She said that the talks would resume "
     "in May.",
     "the talks would resume in May", "Lena Kowalczyk", FALSE},
    {"L'ambassadrice Claire Ndong a répondu à M. Marc Delorme.\n\nElle a souligné que la "
     "médiation avait porté ses fruits.",
     "la médiation avait porté ses fruits", "Claire Ndong", FALSE},
    {"L'ambassadrice Claire Ndong a répondu au directeur Marc Delorme.\n\n« La paix est "
     "possible », a-t-elle conclu.",
     "La paix est possible", "Claire Ndong", TRUE},
    {"The Minister of Foreign Affairs of Ghana, Kofi Adjei Boateng, opened the debate. He "
     "said that maritime crime had fallen by half.",
     "maritime crime had fallen by half", "Kofi Adjei Boateng", FALSE},
    {"Ambassador Lena Kowalczyk of Poland spoke first. In her statement, Kowalczyk said that "
     "the talks would resume in May.",
     "the talks would resume in May", "Lena Kowalczyk", FALSE},
  };
  run_quote_cases(cases, G_N_ELEMENTS(cases));
}

/* The speaker several sentences away: a quotation that goes on in the next
 * paragraph, "according to", a nationality for a person. */
static void
test_speakers_far(void)
{
  static const QuoteCase cases[] = {
    {"Ambassador Lena Kowalczyk of Poland spoke first. “We cannot wait for another crisis,” "
     "she said. “The Council has the tools.”",
     "The Council has the tools", "Lena Kowalczyk", TRUE},
    {"Ambassador Lena Kowalczyk of Poland spoke first.\n\n“We cannot wait for another "
     "crisis,” she said.\n\n“The Council has the tools. It must use them.”",
     "The Council has the tools. It must use them", "Lena Kowalczyk", TRUE},
    /* a quotation over two paragraphs: the first one is left open */
    {"Ambassador Lena Kowalczyk of Poland spoke first.\n\n“Piracy is a threat to every "
     "coastal state in the region.\n\n“We must act together,” she said.",
     "Piracy is a threat to every coastal state in the region", "Lena Kowalczyk", TRUE},
    {"L'ambassadeur Marc Delorme a pris la parole.\n\n« La piraterie menace tous les États "
     "côtiers de la région.\n\n« Nous devons agir ensemble », a-t-il conclu.",
     "La piraterie menace tous les États côtiers de la région", "Marc Delorme", TRUE},
    {"According to Ambassador Lena Kowalczyk, the Council had the tools to prevent the next "
     "crisis.",
     "the Council had the tools to prevent the next crisis", "Lena Kowalczyk", FALSE},
    {"Selon l'ambassadeur Marc Delorme, le Conseil dispose des outils nécessaires pour agir.",
     "le Conseil dispose des outils nécessaires pour agir", "Marc Delorme", FALSE},
    {"Selon Mme Claire Ndong, « le dialogue reste la seule voie ».",
     "le dialogue reste la seule voie", "Claire Ndong", TRUE},
    {"Ambassador John F. Kowalski of Poland said that the region needed calm.",
     "the region needed calm", "John F. Kowalski", FALSE},
    {"Jane Doe-Smith of the ICRC stressed that hospitals were being targeted.",
     "hospitals were being targeted", "Jane Doe-Smith", FALSE},
    {"The Kazakh minister Aigerim Seitkali opened the meeting. In her words, “water is the "
     "next frontier of diplomacy”.",
     "water is the next frontier of diplomacy", "Aigerim Seitkali", TRUE},
    {"La ministre kazakhe Aigerim Seitkali a ouvert la séance. Selon elle, l'eau est la "
     "prochaine frontière de la diplomatie.",
     "l'eau est la prochaine frontière de la diplomatie", "Aigerim Seitkali", FALSE},
    {"La ministre kazakhe Aigerim Seitkali a ouvert la séance. Pour elle, « l'eau est la "
     "prochaine frontière de la diplomatie ».",
     "l'eau est la prochaine frontière de la diplomatie", "Aigerim Seitkali", TRUE},
    {"“Water is the next frontier,” cautioned Aigerim Seitkali, Kazakhstan's Deputy Foreign "
     "Minister.",
     "Water is the next frontier", "Aigerim Seitkali", TRUE},
    {"Mr. Kwesi Owusu-Ansah, stressing that \"resilience is the best form of prevention\", "
     "said that programmes had to restore basic services.",
     "resilience is the best form of prevention", "Kwesi Owusu-Ansah", TRUE},
    {"Ce débat était présidé par le vice-ministre des Affaires étrangères Trần Văn Lộc, qui a "
     "souligné que les restes explosifs de guerre tuaient encore.",
     "les restes explosifs de guerre tuaient encore", "Trần Văn Lộc", FALSE},
    {"The debate was chaired by Ambassador Lena Kowalczyk of Poland, who stressed that the "
     "talks would resume in May.",
     "the talks would resume in May", "Lena Kowalczyk", FALSE},
    {"Council President Pieter Jansen (Netherlands), speaking in his national capacity, said "
     "the crisis could not be solved by military means alone.",
     "the crisis could not be solved by military means alone", "Pieter Jansen", FALSE},
    {"Speaking after the meeting, Minister Lena Kowalczyk said:\n\n‘This Council owes aid "
     "workers more than words.’",
     "This Council owes aid workers more than words", "Lena Kowalczyk", TRUE},
    {"Karin Lindgren (Sweden) noted that the region had changed since the last review.",
     "the region had changed since the last review", "Karin Lindgren", FALSE},
    {"Le Marocain Youssef Alaoui Benali a pris la parole.\n\nLe Marocain a souligné que la "
     "coopération régionale restait essentielle.",
     "la coopération régionale restait essentielle", "Youssef Alaoui Benali", FALSE},
    {"La Suédoise Karin Lindgren a pris la parole. « Le dialogue doit reprendre », a estimé "
     "la Suédoise.",
     "Le dialogue doit reprendre", "Karin Lindgren", TRUE},
    {"La Malienne Aminata Touré Diallo, une haute responsable de la CEDEAO, a pris la "
     "parole.\n\nLa diplomate malienne a souligné que la médiation régionale avait porté ses "
     "fruits.",
     "la médiation régionale avait porté ses fruits", "Aminata Touré Diallo", FALSE},
  };
  run_quote_cases(cases, G_N_ELEMENTS(cases));
}

/* Words that are no quotation: a meeting's title, words nobody says. */
static void
test_not_quotes(void)
{
  static const char *const texts[] = {
    "The Council held a debate entitled “Piracy and the Law of the Sea”.",
    "The report, “Seas at Risk”, was published on Monday.",
  };
  /* words before a colon and a direct quotation are no reported speech */
  g_autoptr(DgDocument) warned =
    unit_recognise("Ambassador Lena Kowalczyk warned against escalation: \"Nobody will win a "
                   "war.\"");
  g_autofree char *colon = unit_quotes(warned);
  g_assert_cmpstr(colon, ==, "Lena Kowalczyk:D:Nobody will win a war");
  for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
    g_test_message("case %u", i);
    g_autoptr(DgDocument) doc = unit_recognise(texts[i]);
    g_autofree char *all = unit_quotes(doc);
    g_assert_cmpstr(all, ==, "");
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions(); /* a table reports every failing case */
  unit_lexicon = unit_data_lexicon();

  g_test_add_func("/quotes/marks", test_marks);
  g_test_add_func("/quotes/several-sentences", test_several_sentences);
  g_test_add_func("/quotes/reported", test_reported);
  g_test_add_func("/quotes/speakers", test_speakers);
  g_test_add_func("/quotes/speakers-far", test_speakers_far);
  g_test_add_func("/quotes/none", test_not_quotes);
  int rc = g_test_run();
  dg_lexicon_free(unit_lexicon);
  return rc;
}
