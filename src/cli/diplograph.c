/* SPDX-License-Identifier: ISC */
/* The command-line front end: parses options and runs the library's stages. */
#include "diplograph/diplograph.h"

#include <pthread.h>
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

/* Rejected inputs named on standard error; more are only counted. */
#define MAX_SHOWN_ERRORS 100

/* One article on its way through recognition, naming and graph building,
 * in a worker thread when -j is more than 1. */
typedef struct {
  DgArticle *article;
  DgDocument *doc;
  DgLineBuffer lines;
  gboolean local; /* every event named from this article alone */
  gboolean done;
  GError *error;
} Job;

/* The worker threads: plain POSIX threads, mutex and condition variables,
 * so that ThreadSanitizer sees every hand-over. */
typedef struct {
  const DgLexicon *lex;
  const char *base;
  pthread_mutex_t lock;
  pthread_cond_t todo_cond; /* a job was queued, or closing */
  pthread_cond_t done_cond; /* a job is done */
  GQueue todo;
  gboolean closing;
  pthread_t *threads;
  guint n_threads;
} Workers;

static void
run_job(Job *job, const Workers *w)
{
  job->doc = dg_recognise(w->lex, g_steal_pointer(&job->article));
  job->local = dg_resolve_local(job->doc);
  if (job->local && dg_graph_emit(job->doc, w->lex, w->base, &job->lines.sink, &job->error))
    dg_line_buffer_sort(&job->lines);
}

static void *
worker_main(void *data)
{
  Workers *w = data;
  pthread_mutex_lock(&w->lock);
  for (;;) {
    while (g_queue_is_empty(&w->todo) && !w->closing)
      pthread_cond_wait(&w->todo_cond, &w->lock);
    Job *job = g_queue_pop_head(&w->todo);
    if (!job)
      break;
    pthread_mutex_unlock(&w->lock);
    run_job(job, w);
    pthread_mutex_lock(&w->lock);
    job->done = TRUE;
    pthread_cond_broadcast(&w->done_cond);
  }
  pthread_mutex_unlock(&w->lock);
  return NULL;
}

static void
workers_start(Workers *w, guint n)
{
  pthread_mutex_init(&w->lock, NULL);
  pthread_cond_init(&w->todo_cond, NULL);
  pthread_cond_init(&w->done_cond, NULL);
  g_queue_init(&w->todo);
  w->threads = g_new0(pthread_t, n);
  for (guint i = 0; n > 1 && i < n; i++) {
    if (pthread_create(&w->threads[i], NULL, worker_main, w) != 0)
      break; /* fewer threads; with none, jobs run in the caller */
    w->n_threads++;
  }
}

static void
workers_submit(Workers *w, Job *job)
{
  if (!w->n_threads) {
    run_job(job, w);
    job->done = TRUE;
    return;
  }
  pthread_mutex_lock(&w->lock);
  g_queue_push_tail(&w->todo, job);
  pthread_cond_signal(&w->todo_cond);
  pthread_mutex_unlock(&w->lock);
}

static void
workers_wait(Workers *w, Job *job)
{
  pthread_mutex_lock(&w->lock);
  while (!job->done)
    pthread_cond_wait(&w->done_cond, &w->lock);
  pthread_mutex_unlock(&w->lock);
}

static void
workers_stop(Workers *w)
{
  pthread_mutex_lock(&w->lock);
  w->closing = TRUE;
  g_queue_clear(&w->todo); /* the caller still owns the jobs */
  pthread_cond_broadcast(&w->todo_cond);
  pthread_mutex_unlock(&w->lock);
  for (guint i = 0; i < w->n_threads; i++)
    pthread_join(w->threads[i], NULL);
  g_free(w->threads);
  pthread_mutex_destroy(&w->lock);
  pthread_cond_destroy(&w->todo_cond);
  pthread_cond_destroy(&w->done_cond);
}

static void
job_free(Job *job)
{
  if (job->article)
    dg_article_free(job->article);
  dg_document_free(job->doc);
  dg_line_buffer_clear(&job->lines);
  g_clear_error(&job->error);
  g_free(job);
}

/* 64-bit FNV-1a: shard membership and duplicate identifiers, without
 * keeping the identifiers of the whole corpus. */
static guint64
id_hash(const char *id)
{
  guint64 h = G_GUINT64_CONSTANT(14695981039346656037);
  for (const guchar *p = (const guchar *)id; *p; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT(1099511628211);
  return h;
}

static gboolean
parse_shard(const char *spec, guint *index, guint *count)
{
  char *end = NULL;
  guint64 i = g_ascii_strtoull(spec, &end, 10);
  if (end == spec || *end != '/')
    return FALSE;
  const char *q = end + 1;
  guint64 n = g_ascii_strtoull(q, &end, 10);
  if (end == q || *end || n < 1 || n > 65536 || i < 1 || i > n)
    return FALSE;
  *index = (guint)i;
  *count = (guint)n;
  return TRUE;
}

typedef struct {
  gboolean on;
  guint total;
  guint done;
  gint64 start;
} Progress;

static void
progress_show(Progress *p, gboolean last)
{
  if (!p->on || (!last && p->done % 32 != 0))
    return;
  double secs = (double)(g_get_monotonic_time() - p->start) / 1e6;
  double rate = secs > 0 ? p->done / secs : 0;
  if (p->total)
    fprintf(stderr, "\r\033[Kdiplograph: %u/%u articles, %.0f/s, ETA %.0f s", p->done, p->total,
            rate, rate > 0 && p->total > p->done ? (p->total - p->done) / rate : 0);
  else
    fprintf(stderr, "\r\033[Kdiplograph: %u articles, %.0f/s", p->done, rate);
}

static int
cmd_extract(int argc, char **argv)
{
  g_autofree char *out_dir = NULL;
  g_autofree char *format_list = NULL;
  g_autofree char *base = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *shard = NULL;
  gboolean quiet = FALSE, gzip = FALSE;
  gint jobs = 0, sort_mib = 0;
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
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
     "Recognise articles in N threads (default: one per processor); the output does not depend on N", "N"},
    {"shard", 0, 0, G_OPTION_ARG_STRING, &shard,
     "Take only shard I of N of the articles (by a hash of their identifier), 1 <= I <= N", "I/N"},
    {"sort-memory", 0, 0, G_OPTION_ARG_INT, &sort_mib,
     "MiB of statements held in memory, in two halves, before sorted runs go to temporary files in DIR (default: 128)", "MIB"},
    {"gzip", 'z', 0, G_OPTION_ARG_NONE, &gzip,
     "Compress the files with gzip (graph.nt.gz, graph.nq.gz, graph.ttl.gz)", NULL},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print errors only", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT..."},
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - extract a knowledge graph");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_option_context_set_summary(ctx, "diplograph extract [-o DIR|-] [-f FORMATS] [--base IRI] [-j N] [--shard I/N] INPUT...");
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
  guint shard_index = 1, shard_count = 1;
  if (shard && !parse_shard(shard, &shard_index, &shard_count)) {
    fprintf(stderr, "diplograph extract: --shard %s: give it as I/N with 1 <= I <= N, e.g. 2/4\n", shard);
    return EXIT_USAGE;
  }
  if (jobs < 0 || jobs > 256 || sort_mib < 0) {
    fprintf(stderr, "diplograph extract: -j takes 1 to 256 threads, --sort-memory a size in MiB\n");
    return EXIT_USAGE;
  }
  if (jobs == 0)
    jobs = (gint)CLAMP(g_get_num_processors(), 1, 64);
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
  if (sort_mib)
    dg_output_set_sort_memory(out, (gsize)sort_mib << 20);
  dg_output_set_gzip(out, gzip);

  /* the count is known when each input is one article; a JSON Lines corpus
   * shows a running count */
  guint total = dg_reader_get_n_inputs(reader);
  Progress progress = {
    .on = !quiet && isatty(STDERR_FILENO) && (total >= 20 || total == 0),
    .total = total,
    .start = g_get_monotonic_time(),
  };
  const char *cr = progress.on ? "\r\033[K" : "";
  if (!quiet)
    dg_reader_set_warning_func(reader, print_warning, &progress.on);
  Workers workers = {.lex = lex, .base = iri_base};
  workers_start(&workers, (guint)jobs);
  g_autoptr(GHashTable) ids = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) deferred = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  g_autoptr(DgResolver) resolver = dg_resolver_new();
  GQueue pending = G_QUEUE_INIT; /* jobs in input order */
  guint window = (guint)jobs * 4, read = 0, rejected = 0;
  int status = EXIT_OK;

  for (;;) {
    g_autoptr(GError) local = NULL;
    DgArticle *article = status == EXIT_OK ? dg_reader_next(reader, &local) : NULL;
    gboolean end = !article && !local;
    if (local) {
      /* a corpus of bad lines would bury the terminal: the first ones are
       * named, the rest counted */
      if (rejected < MAX_SHOWN_ERRORS)
        fprintf(stderr, "%sdiplograph: %s\n", cr, local->message);
      rejected++;
      continue;
    }
    guint64 h = article ? id_hash(dg_article_get_id(article)) : 0;
    if (article && shard_count > 1 && h % shard_count != shard_index - 1) {
      dg_article_free(article); /* another shard's */
      if (progress.total)
        progress.total--;
      continue;
    }
    if (article && g_hash_table_contains(ids, &h)) {
      if (rejected < MAX_SHOWN_ERRORS)
        fprintf(stderr, "%sdiplograph: %s: another input has the identifier '%s'; skipped\n", cr,
                dg_article_get_display(article), dg_article_get_id(article));
      dg_article_free(article);
      rejected++;
      continue;
    }
    if (article) {
      g_hash_table_add(ids, g_memdup2(&h, sizeof h));
      read++;
      Job *job = g_new0(Job, 1);
      job->article = article;
      dg_line_buffer_init(&job->lines, out);
      g_queue_push_tail(&pending, job);
      workers_submit(&workers, job);
    }
    /* hand the oldest finished jobs to the output, in input order */
    while (status == EXIT_OK && !g_queue_is_empty(&pending) &&
           (end || g_queue_get_length(&pending) >= window)) {
      Job *job = g_queue_pop_head(&pending);
      workers_wait(&workers, job);
      dg_resolver_add(resolver, job->doc);
      if (job->error || (job->local && !dg_output_add_lines(out, &job->lines, &error))) {
        fprintf(stderr, "%sdiplograph: %s: %s\n", cr, dg_article_get_display(job->doc->article),
                (job->error ? job->error : error)->message);
        status = EXIT_OUTPUT;
      } else if (!job->local) {
        g_ptr_array_add(deferred, g_steal_pointer(&job->doc)); /* named at the end */
      }
      job_free(job);
      progress.done++;
      progress_show(&progress, FALSE);
    }
    if (end)
      break;
  }
  workers_stop(&workers); /* after an error, jobs not started are dropped */
  g_queue_clear_full(&pending, (GDestroyNotify)job_free);
  if (progress.on)
    fputs("\r\033[K", stderr);
  if (rejected > MAX_SHOWN_ERRORS)
    fprintf(stderr, "diplograph: %u more inputs rejected, not shown\n", rejected - MAX_SHOWN_ERRORS);
  if (status != EXIT_OK)
    return status;
  if (read == 0) {
    fprintf(stderr, "diplograph: no article could be read; nothing written\n");
    return EXIT_OUTPUT;
  }
  /* meetings without a year: named now that every dated meeting is known */
  for (guint i = 0; i < deferred->len; i++) {
    DgDocument *doc = deferred->pdata[i];
    dg_resolver_resolve(resolver, doc);
    if (!dg_graph_emit(doc, lex, iri_base, dg_output_sink(out), &error)) {
      fprintf(stderr, "diplograph: %s: %s\n", dg_article_get_display(doc->article), error->message);
      return EXIT_OUTPUT;
    }
  }
  if (!dg_output_commit(out, &error)) {
    fprintf(stderr, "diplograph: %s; previous output left unchanged\n", error->message);
    return EXIT_OUTPUT;
  }
  if (!quiet)
    fprintf(stderr, "diplograph: %u articles read, %u rejected; %" G_GUINT64_FORMAT " triples, %" G_GUINT64_FORMAT " quads written to %s\n",
            read, rejected, dg_output_get_n_triples(out), dg_output_get_n_quads(out),
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
