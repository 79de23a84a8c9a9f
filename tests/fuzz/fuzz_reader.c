/* SPDX-License-Identifier: ISC */
/* libFuzzer harness for the corpus reader: the bytes are written to a file
 * named by the first byte's choice (JSON Lines, gzip-compressed JSON Lines,
 * a gzip-compressed article) and read to the end with DgReader. Hostile JSON
 * and gzip data must be refused line by line, never crash; every article it
 * gives is UTF-8, and its URL, when kept, must be read back by raptor's strict
 * N-Triples parser as one triple. */
#include "diplograph/diplograph.h"

#include <glib/gstdio.h>
#include <raptor2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char *dir;
static raptor_world *world;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  dir = g_dir_make_tmp("dg-fuzz-reader-XXXXXX", NULL);
  world = raptor_new_world();
  if (!dir || !world || raptor_world_open(world) != 0)
    abort();
  return 0;
}

static void
count_triple(void *user, raptor_statement *st)
{
  (void)st;
  (*(guint *)user)++;
}

static void
on_parse_error(void *user, raptor_log_message *m)
{
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    fprintf(stderr, "raptor rejects a kept url: %s\n%s\n", m->text, (const char *)user);
    abort();
  }
}

static void
check_url(const char *url)
{
  GString *line = g_string_new(NULL);
  DgStatement st = {
    .subject = {DG_TERM_IRI, "http://example.org/a", NULL, NULL},
    .predicate = {DG_TERM_IRI, "http://schema.org/url", NULL, NULL},
    .object = {DG_TERM_IRI, url, NULL, NULL},
  };
  dg_ntriples_append_statement(line, &st, FALSE);
  raptor_world_set_log_handler(world, line->str, on_parse_error);
  raptor_parser *p = raptor_new_parser(world, "ntriples");
  guint triples = 0;
  raptor_parser_set_statement_handler(p, &triples, count_triple);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"http://example.org/");
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)line->str, line->len, 1);
  if (triples != 1)
    abort();
  raptor_free_uri(base);
  raptor_free_parser(p);
  g_string_free(line, TRUE);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const names[] = {"in.jsonl", "in.jsonl.gz", "in.txt.gz"};
  const char *name = names[size ? data[0] % 3 : 0];
  char *path = g_build_filename(dir, name, NULL);
  if (!g_file_set_contents(path, size ? (const char *)data + 1 : "", size ? (gssize)size - 1 : 0,
                           NULL))
    abort();
  const char *const inputs[] = {path, NULL};
  DgReader *reader = dg_reader_new(inputs, NULL);
  if (!reader)
    abort();
  for (guint guard = 0; guard < 1000000; guard++) {
    GError *error = NULL;
    DgArticle *article = dg_reader_next(reader, &error);
    if (!article && !error)
      break;
    if (article) {
      if (error || !g_utf8_validate(dg_article_get_text(article), -1, NULL))
        abort();
      if (dg_article_get_url(article))
        check_url(dg_article_get_url(article));
      dg_article_free(article);
    }
    g_clear_error(&error);
  }
  dg_reader_free(reader);
  g_unlink(path);
  g_free(path);
  return 0;
}
