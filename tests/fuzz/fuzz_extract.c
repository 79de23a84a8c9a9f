/* SPDX-License-Identifier: ISC */
/* libFuzzer harness: bytes → articles → recognition → resolution → graph →
 * canonical N-Triples, which raptor's strict N-Triples parser must read back
 * to as many triples as we wrote lines. The input is cut into up to four
 * articles at sizes taken from its first bytes, so several articles of one
 * run meet in resolution. Invalid text must be refused, never crash. */
#include "diplograph/diplograph.h"

#include <raptor2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static DgLexicon *lexicon;

typedef struct {
  GHashTable *lines;
  GString *line;
} Collect;

static gboolean
collect(gpointer handle, const DgStatement *st, GError **error)
{
  (void)error;
  Collect *c = handle;
  g_string_truncate(c->line, 0);
  dg_ntriples_append_statement(c->line, st, FALSE);
  g_hash_table_add(c->lines, g_strdup(c->line->str));
  return TRUE;
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
    fprintf(stderr, "raptor rejects our N-Triples: %s\n%s\n", m->text, (const char *)user);
    abort();
  }
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  lexicon = dg_lexicon_new(DG_FUZZ_DATA_DIR, NULL);
  if (!lexicon)
    abort();
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  guint n = size ? 1 + data[0] % 4 : 1;
  size_t at = size ? 1 : 0;
  GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)dg_document_free);
  for (guint i = 0; i < n && at <= size; i++) {
    size_t len = size - at;
    if (i + 1 < n && at < size)
      len = MIN(len, (size_t)data[at] * 8 + 1);
    char id[16];
    g_snprintf(id, sizeof id, "a%u", i);
    DgArticle *a = dg_article_new_from_data(id, id, (const char *)data + at, len, NULL);
    if (a)
      g_ptr_array_add(docs, dg_recognise(lexicon, a));
    at += len;
  }
  dg_resolve(docs);
  Collect c = {g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), g_string_new(NULL)};
  DgSink sink = {&c, collect};
  for (guint i = 0; i < docs->len; i++)
    if (!dg_graph_emit(docs->pdata[i], lexicon, DG_DEFAULT_BASE, &sink, NULL))
      abort();
  GString *all = g_string_new(NULL);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, c.lines);
  while (g_hash_table_iter_next(&it, &key, NULL))
    g_string_append(all, key);
  raptor_world *w = raptor_new_world();
  raptor_world_open(w);
  raptor_world_set_log_handler(w, all->str, on_parse_error);
  raptor_parser *p = raptor_new_parser(w, "ntriples");
  guint triples = 0;
  raptor_parser_set_statement_handler(p, &triples, count_triple);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)all->str, all->len, 1);
  if (triples != g_hash_table_size(c.lines)) {
    fprintf(stderr, "wrote %u lines, raptor read %u triples\n", g_hash_table_size(c.lines), triples);
    abort();
  }
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  g_string_free(all, TRUE);
  g_string_free(c.line, TRUE);
  g_hash_table_unref(c.lines);
  g_ptr_array_unref(docs);
  return 0;
}
