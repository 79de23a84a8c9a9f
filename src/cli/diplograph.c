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
  "  query     answer a SPARQL query over dump files, a store or a server\n"
  "  load      load dump files into a SQLite store or a SPARQL server\n"
  "  help      show help for a command (diplograph help query)\n"
  "  version   print the version\n"
  "\n"
  "Examples:\n"
  "  diplograph extract -o output/ articles/\n"
  "  diplograph query output/graph.nq -e 'SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name }'\n"
  "  diplograph load --store sqlite:corpus.db output/graph.nq\n";

static const char extract_summary[] =
  "Reads each INPUT and writes, in DIR:\n"
  "  graph.ttl  Turtle, the whole graph, with prefixes\n"
  "  graph.nt   N-Triples, sorted, no duplicates\n"
  "  graph.nq   N-Quads: each article's facts in the graph named by its IRI,\n"
  "             reference facts from the lexicons in the default graph\n"
  "Files are replaced only when all of them were written completely.\n"
  "\n"
  "Inputs, by name:\n"
  "  *.txt, *.text, other names  one article, UTF-8 text; its identifier is\n"
  "             the file name less its extension\n"
  "  *.txt.gz   one article, gzip-compressed\n"
  "  *.jsonl, *.ndjson (and .gz)  JSON Lines: one article per line, an object\n"
  "             with \"text\" and, optional, \"id\", \"url\", \"date\" (YYYY-MM-DD),\n"
  "             \"language\" (en, fr) and \"title\" (put before the text, then a\n"
  "             blank line); without \"id\", FILE-LINE (corpus-17). A bad line is\n"
  "             named FILE:LINE and skipped; blank lines are ignored\n"
  "  DIR        the files above in it and below, sorted by path\n"
  "  -          standard input, gzip-compressed or not: JSON Lines when it\n"
  "             starts with '{', otherwise one article named stdin\n"
  "\n"
  "Exit status: 0 success; 1 some inputs were rejected (each is named, the\n"
  "others are in the output); 2 bad usage; 3 nothing could be written (bad\n"
  "lexicon, output error, or every input rejected); 4 another run holds DIR.\n"
  "\n"
  "Examples:\n"
  "  diplograph extract corpus/                 # into output/\n"
  "  diplograph extract -o out -f nt,nq a.txt b.txt\n"
  "  curl -s URL | diplograph extract -o - -f nt -\n"
  "  diplograph extract -o out crawl-2024-05.jsonl.gz\n"
  "\n"
  "The vocabulary is described in docs/vocabulary.md and ontology/diplograph.ttl.";

/* Reader warnings (metadata dropped), on the progress line's terminal. */
static void
print_warning(const char *message, gpointer progress)
{
  fprintf(stderr, "%sdiplograph: warning: %s\n", *(gboolean *)progress ? "\r\033[K" : "",
          message);
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
  case DG_ERR_FORMAT:
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
  g_autoptr(DgReader) reader = dg_reader_new((const char *const *)inputs, &error);
  if (!reader) {
    fprintf(stderr, "diplograph: %s\n", error->message);
    return EXIT_OUTPUT;
  }
  g_autoptr(DgOutput) out = dg_output_new(dir, formats, &error);
  if (!out) {
    fprintf(stderr, "diplograph: %s\n", error->message);
    return status_exit(error);
  }

  /* the count is known when each input is one article; a JSON Lines corpus
   * shows a running count */
  guint total = dg_reader_get_n_inputs(reader);
  gboolean progress = !quiet && isatty(STDERR_FILENO) && (total >= 20 || total == 0);
  if (!quiet)
    dg_reader_set_warning_func(reader, print_warning, &progress);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  g_autoptr(GHashTable) ids = g_hash_table_new(g_str_hash, g_str_equal);
  guint rejected = 0;
  gint64 start = g_get_monotonic_time();
  for (guint done = 1;; done++) {
    g_autoptr(GError) local = NULL;
    DgArticle *article = dg_reader_next(reader, &local);
    if (!article && !local)
      break;
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
    if (progress && (done % 16 == 1 || done == total)) {
      double secs = (double)(g_get_monotonic_time() - start) / 1e6;
      double rate = secs > 0 ? done / secs : 0;
      if (total)
        fprintf(stderr, "\r\033[Kdiplograph: %u/%u articles, %.0f/s, ETA %.0f s", done, total,
                rate, rate > 0 ? (total - done) / rate : 0);
      else
        fprintf(stderr, "\r\033[Kdiplograph: %u articles, %.0f/s", done, rate);
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


static const char query_summary[] =
  "Answers a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union\n"
  "of the graphs of dump FILEs (.nq, .nt, .ttl), of a SQLite store made by\n"
  "'diplograph load', or of a SPARQL 1.1 Protocol endpoint.\n"
  "\n"
  "Result formats: table (default, for people), csv, tsv and json (the W3C\n"
  "SPARQL 1.1 result formats, for programs). CONSTRUCT answers are N-Triples.\n"
  "A malformed query is reported with its line and column (exit 2); an empty\n"
  "answer is not an error.\n"
  "\n"
  "Examples:\n"
  "  diplograph query output/graph.nq -r csv -q ontology/queries/speakers.rq\n"
  "  diplograph query --store sqlite:corpus.db -e 'ASK { ?s ?p ?o }'\n"
  "  diplograph query --endpoint http://localhost:8890/sparql -r json -q q.rq";

static const char load_summary[] =
  "Loads dump FILEs (.nq keeps each article's named graph; .nt, .ttl) into an\n"
  "embedded SQLite store, created if missing, or pushes each named graph to a\n"
  "server with the SPARQL 1.1 Graph Store HTTP Protocol. Loading an article\n"
  "again replaces its graph: nothing is duplicated.\n"
  "\n"
  "Examples:\n"
  "  diplograph load --store sqlite:corpus.db output/graph.nq\n"
  "  diplograph load --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba:dba output/graph.nq";

static gboolean
store_path(const char *spec, const char **path, GError **error)
{
  if (!g_str_has_prefix(spec, "sqlite:") || !spec[7]) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                "--store %s: give it as sqlite:PATH (the only embedded store)", spec);
    return FALSE;
  }
  *path = spec + 7;
  return TRUE;
}

static int
fail(const char *verb, const GError *error)
{
  fprintf(stderr, "diplograph %s: %s\n", verb, error->message);
  return status_exit(error);
}

static int
cmd_query(int argc, char **argv)
{
  g_autofree char *format_name = NULL, *expr = NULL, *query_file = NULL, *store = NULL;
  g_autofree char *endpoint = NULL, *user = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    {"results", 'r', 0, G_OPTION_ARG_STRING, &format_name,
     "Result format: table, csv, tsv, json (default: table)", "FORMAT"},
    {"execute", 'e', 0, G_OPTION_ARG_STRING, &expr, "The query, as text", "QUERY"},
    {"query-file", 'q', 0, G_OPTION_ARG_FILENAME, &query_file, "Read the query from FILE", "FILE"},
    {"store", 0, 0, G_OPTION_ARG_STRING, &store, "Query a store: sqlite:PATH", "STORE"},
    {"endpoint", 0, 0, G_OPTION_ARG_STRING, &endpoint, "Query a SPARQL endpoint", "URL"},
    {"user", 0, 0, G_OPTION_ARG_STRING, &user, "HTTP credentials for the endpoint", "USER:PASSWORD"},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..."},
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("[FILE...] - answer a SPARQL query");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_summary(ctx, "diplograph query [-r FORMAT] (FILE... | --store sqlite:PATH | --endpoint URL) (-e QUERY | -q FILE.rq)");
  g_option_context_set_description(ctx, query_summary);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
    fprintf(stderr, "diplograph query: %s (see diplograph query --help)\n", error->message);
    return EXIT_USAGE;
  }
  DgResultFormat format = DG_RESULT_TABLE;
  if (format_name && !dg_result_format_parse(format_name, &format, &error))
    return fail("query", error);
  int sources = (files && files[0] ? 1 : 0) + (store ? 1 : 0) + (endpoint ? 1 : 0);
  if (sources != 1 || (!expr == !query_file)) {
    fprintf(stderr, "diplograph query: give one source (FILE..., --store or --endpoint) and one "
                    "query (-e or -q); see diplograph query --help\n");
    return EXIT_USAGE;
  }
  g_autofree char *text = NULL;
  if (query_file && !g_file_get_contents(query_file, &text, NULL, &error)) {
    fprintf(stderr, "diplograph query: %s\n", error->message);
    return EXIT_OUTPUT;
  }
  const char *query = expr ? expr : text;
  gboolean ok;
  if (endpoint) {
    ok = dg_endpoint_query(endpoint, user, query, format, stdout, &error);
  } else {
    g_autoptr(DgStore) st = NULL;
    if (store) {
      const char *path;
      if (!store_path(store, &path, &error))
        return fail("query", error);
      st = dg_store_new_sqlite(path, FALSE, &error);
    } else {
      st = dg_store_new_memory(&error);
      for (guint i = 0; st && files[i]; i++)
        if (!dg_store_load_file(st, files[i], &error))
          return fail("query", error);
    }
    if (!st)
      return fail("query", error);
    ok = dg_store_query(st, query, format, stdout, &error);
  }
  if (!ok) {
    if (query_file && g_str_has_prefix(error->message, "query:")) {
      /* name the file the query came from */
      fprintf(stderr, "diplograph query: %s%s\n", query_file, error->message + 5);
      return status_exit(error);
    }
    return fail("query", error);
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "diplograph query: cannot write the answer\n");
    return EXIT_OUTPUT;
  }
  return EXIT_OK;
}

static int
cmd_load(int argc, char **argv)
{
  g_autofree char *store = NULL, *endpoint = NULL, *user = NULL;
  gboolean quiet = FALSE;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    {"store", 0, 0, G_OPTION_ARG_STRING, &store, "Load into a store: sqlite:PATH", "STORE"},
    {"endpoint", 0, 0, G_OPTION_ARG_STRING, &endpoint,
     "Push to a SPARQL 1.1 Graph Store Protocol URL", "URL"},
    {"user", 0, 0, G_OPTION_ARG_STRING, &user, "HTTP credentials for the endpoint", "USER:PASSWORD"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print errors only", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..."},
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - load dumps into a store");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_summary(ctx, "diplograph load (--store sqlite:PATH | --endpoint URL) FILE...");
  g_option_context_set_description(ctx, load_summary);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
    fprintf(stderr, "diplograph load: %s (see diplograph load --help)\n", error->message);
    return EXIT_USAGE;
  }
  if (!files || !files[0] || (!store == !endpoint)) {
    fprintf(stderr, "diplograph load: give --store or --endpoint, and FILE...; see diplograph load --help\n");
    return EXIT_USAGE;
  }
  if (endpoint) {
    for (guint i = 0; files[i]; i++)
      if (!dg_endpoint_load(endpoint, user, files[i], &error))
        return fail("load", error);
    if (!quiet)
      fprintf(stderr, "diplograph: %u files loaded into %s\n", g_strv_length(files), endpoint);
    return EXIT_OK;
  }
  const char *path;
  if (!store_path(store, &path, &error))
    return fail("load", error);
  g_autoptr(DgStore) st = dg_store_new_sqlite(path, TRUE, &error);
  if (!st)
    return fail("load", error);
  for (guint i = 0; files[i]; i++)
    if (!dg_store_load_file(st, files[i], &error))
      return fail("load", error);
  if (!quiet)
    fprintf(stderr, "diplograph: %u files loaded; the store holds %" G_GINT64_FORMAT " statements\n",
            g_strv_length(files), dg_store_size(st));
  return EXIT_OK;
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
  if (!strcmp(cmd, "query"))
    return cmd_query(argc - 1, argv + 1);
  if (!strcmp(cmd, "load"))
    return cmd_load(argc - 1, argv + 1);
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    if (!strcmp(cmd, "help") && argc > 2) {
      char *args[] = {argv[2], "--help", NULL};
      if (!strcmp(argv[2], "extract"))
        return cmd_extract(2, args);
      if (!strcmp(argv[2], "query"))
        return cmd_query(2, args);
      if (!strcmp(argv[2], "load"))
        return cmd_load(2, args);
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
