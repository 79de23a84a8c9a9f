/* SPDX-License-Identifier: ISC */
/* The command-line front end: parses options and runs the library's stages. */
#include "diplograph/diplograph.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum {
  EXIT_OK = 0,
  EXIT_INPUT = 1,  /* some inputs were rejected; the others were written */
  EXIT_USAGE = 2,
  EXIT_OUTPUT = 3, /* nothing written: lexicon, output or every input failed */
  EXIT_BUSY = 4,
};

static const char usage_text[] =
  "Usage: diplograph COMMAND [OPTION...]\n"
  "\n"
  "Turns news articles about multilateral diplomacy (English, French) into an\n"
  "RDF knowledge graph: states, envoys and officials, organisations, meetings,\n"
  "who chaired, organised and spoke, what was said, and where in the text.\n"
  "\n"
  "Commands:\n"
  "  extract   read articles, write graph.ttl, graph.nt and graph.nq\n"
  "  help      show help for a command (diplograph help extract)\n"
  "  version   print the version\n"
  "\n"
  "Example:\n"
  "  diplograph extract -o output/ articles/\n"
  "  diplograph extract -o - -f nt article.txt | grep dg:speaker\n";

static const char extract_summary[] =
  "Reads each INPUT (a UTF-8 text file, a directory of them, or - for standard\n"
  "input) and writes, in DIR:\n"
  "  graph.ttl  Turtle, the whole graph, with prefixes\n"
  "  graph.nt   N-Triples, sorted, no duplicates\n"
  "  graph.nq   N-Quads: each article's facts in the graph named by its IRI,\n"
  "             reference facts from the lexicons in the default graph\n"
  "Files are replaced only when all of them were written completely.\n"
  "\n"
  "Exit status: 0 success; 1 some inputs were rejected (each is named, the\n"
  "others are in the output); 2 bad usage; 3 nothing could be written (bad\n"
  "lexicon, output error, or every input rejected); 4 another run holds DIR.\n"
  "\n"
  "Examples:\n"
  "  diplograph extract corpus/                 # into output/\n"
  "  diplograph extract -o out -f nt,nq a.txt b.txt\n"
  "  curl -s URL | diplograph extract -o - -f nt -\n"
  "\n"
  "The vocabulary is described in docs/vocabulary.md and ontology/diplograph.ttl.";

static gboolean
read_stdin(GByteArray *buf, GError **error)
{
  guint8 chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
    g_byte_array_append(buf, chunk, (guint)n);
  if (ferror(stdin)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "<stdin>: read error");
    return FALSE;
  }
  return TRUE;
}

static DgArticle *
read_input(const char *path, GError **error)
{
  if (strcmp(path, "-") != 0)
    return dg_article_new_from_file(path, error);
  g_autoptr(GByteArray) buf = g_byte_array_new();
  if (!read_stdin(buf, error))
    return NULL;
  return dg_article_new_from_data("stdin", "<stdin>", (const char *)buf->data, buf->len, error);
}

static int
status_exit(const GError *error)
{
  if (error->domain != DG_ERROR)
    return EXIT_OUTPUT;
  switch ((DgStatus)error->code) {
  case DG_ERR_USAGE:
    return EXIT_USAGE;
  case DG_ERR_BUSY:
    return EXIT_BUSY;
  case DG_SUCCESS:
  case DG_ERR_IO:
  case DG_ERR_ENCODING:
  case DG_ERR_EMPTY:
  case DG_ERR_LEXICON:
  case DG_ERR_TERM:
    return EXIT_OUTPUT;
  }
  return EXIT_OUTPUT;
}

static int
cmd_extract(int argc, char **argv)
{
  g_autofree char *out_dir = NULL;
  g_autofree char *format_list = NULL;
  g_autofree char *base = NULL;
  g_autofree char *data_dir = NULL;
  gboolean quiet = FALSE;
  g_auto(GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &out_dir,
     "Write into DIR, or - for standard output (default: output/)", "DIR"},
    {"formats", 'f', 0, G_OPTION_ARG_STRING, &format_list,
     "Comma-separated formats: ttl, nt, nq (default: ttl,nt,nq)", "LIST"},
    {"base", 0, 0, G_OPTION_ARG_STRING, &base,
     "Base of the IRIs minted (default: " DG_DEFAULT_BASE ")", "IRI"},
    {"data", 0, 0, G_OPTION_ARG_FILENAME, &data_dir,
     "Read the lexicons from DIR (default: $DIPLOGRAPH_DATA, then the built-in data/)", "DIR"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print errors only", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT..."},
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - extract a knowledge graph");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_summary(ctx, "diplograph extract [-o DIR|-] [-f FORMATS] [--base IRI] INPUT...");
  g_option_context_set_description(ctx, extract_summary);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
    fprintf(stderr, "diplograph extract: %s (see diplograph extract --help)\n", error->message);
    return EXIT_USAGE;
  }
  if (!inputs || !inputs[0]) {
    fprintf(stderr, "diplograph extract: no INPUT given (see diplograph extract --help)\n");
    return EXIT_USAGE;
  }
  guint formats = DG_FORMAT_TURTLE | DG_FORMAT_NTRIPLES | DG_FORMAT_NQUADS;
  if (format_list && !dg_formats_parse(format_list, &formats, &error)) {
    fprintf(stderr, "diplograph extract: %s\n", error->message);
    return EXIT_USAGE;
  }
  const char *iri_base = base ? base : DG_DEFAULT_BASE;
  if (!dg_base_iri_check(iri_base, &error)) {
    fprintf(stderr, "diplograph extract: %s\n", error->message);
    return EXIT_USAGE;
  }
  const char *dir = out_dir ? out_dir : "output";
  if (!strcmp(dir, "-") && !format_list)
    formats = DG_FORMAT_NQUADS;

  g_autoptr(DgLexicon) lex = dg_lexicon_new(data_dir, &error);
  if (!lex) {
    fprintf(stderr, "diplograph: %s\n", error->message);
    return EXIT_OUTPUT;
  }
  g_autoptr(GPtrArray) paths = dg_inputs_expand((const char *const *)inputs, &error);
  if (!paths) {
    fprintf(stderr, "diplograph: %s\n", error->message);
    return EXIT_OUTPUT;
  }
  g_autoptr(DgOutput) out = dg_output_new(dir, formats, &error);
  if (!out) {
    fprintf(stderr, "diplograph: %s\n", error->message);
    return status_exit(error);
  }

  gboolean progress = !quiet && isatty(STDERR_FILENO) && paths->len >= 20;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  g_autoptr(GHashTable) ids = g_hash_table_new(g_str_hash, g_str_equal);
  guint rejected = 0;
  gint64 start = g_get_monotonic_time();
  for (guint i = 0; i < paths->len; i++) {
    g_autoptr(GError) local = NULL;
    DgArticle *article = read_input(paths->pdata[i], &local);
    if (!article) {
      fprintf(stderr, "%sdiplograph: %s\n", progress ? "\r\033[K" : "", local->message);
      rejected++;
      continue;
    }
    if (g_hash_table_contains(ids, dg_article_get_id(article))) {
      fprintf(stderr, "%sdiplograph: %s: another input has the identifier '%s'; skipped\n",
              progress ? "\r\033[K" : "", dg_article_get_display(article),
              dg_article_get_id(article));
      dg_article_free(article);
      rejected++;
      continue;
    }
    DgDocument *doc = dg_recognise(lex, article);
    g_hash_table_add(ids, (gpointer)dg_article_get_id(doc->article));
    g_ptr_array_add(docs, doc);
    if (progress && (i % 16 == 0 || i + 1 == paths->len)) {
      double secs = (double)(g_get_monotonic_time() - start) / 1e6;
      double rate = secs > 0 ? (i + 1) / secs : 0;
      fprintf(stderr, "\r\033[Kdiplograph: %u/%u articles, %.0f/s, ETA %.0f s", i + 1,
              paths->len, rate, rate > 0 ? (paths->len - i - 1) / rate : 0);
    }
  }
  if (progress)
    fputs("\r\033[K", stderr);
  if (docs->len == 0) {
    fprintf(stderr, "diplograph: no article could be read; nothing written\n");
    return EXIT_OUTPUT;
  }
  dg_resolve(docs);
  for (guint i = 0; i < docs->len; i++) {
    if (!dg_graph_emit(docs->pdata[i], lex, iri_base, dg_output_sink(out), &error)) {
      fprintf(stderr, "diplograph: %s: %s\n",
              dg_article_get_display(((DgDocument *)docs->pdata[i])->article), error->message);
      return EXIT_OUTPUT;
    }
  }
  if (!dg_output_commit(out, &error)) {
    fprintf(stderr, "diplograph: %s; previous output left unchanged\n", error->message);
    return EXIT_OUTPUT;
  }
  if (!quiet)
    fprintf(stderr, "diplograph: %u articles read, %u rejected; %u triples, %u quads written to %s\n",
            docs->len, rejected, dg_output_get_n_triples(out), dg_output_get_n_quads(out),
            strcmp(dir, "-") ? dir : "standard output");
  return rejected ? EXIT_INPUT : EXIT_OK;
}

int
main(int argc, char **argv)
{
  if (argc < 2) {
    fputs(usage_text, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "extract"))
    return cmd_extract(argc - 1, argv + 1);
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    if (!strcmp(cmd, "help") && argc > 2 && !strcmp(argv[2], "extract")) {
      char *args[] = {"extract", "--help", NULL};
      return cmd_extract(2, args);
    }
    fputs(usage_text, stdout);
    return EXIT_OK;
  }
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    printf("diplograph %s\n", DG_VERSION);
    return EXIT_OK;
  }
  fprintf(stderr, "diplograph: unknown command '%s'\n\n%s", cmd, usage_text);
  return EXIT_USAGE;
}
