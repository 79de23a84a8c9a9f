/* SPDX-License-Identifier: ISC */
/* The output files: statements collected without duplicates, then each file
 * written to a temporary name, flushed, synced, checked and renamed, so that
 * a failure anywhere leaves the previous output as it was. */
#include "diplograph/writer.h"

#include "diplograph/status.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  DgStatement st;
  char *strings[7];
} Stored;

struct DgOutput {
  char *dir;
  gboolean to_stdout;
  guint formats;
  int lock_fd;
  GHashTable *triples; /* N-Triples line → Stored */
  GHashTable *quads;   /* N-Quads line → NULL */
  GString *line;
  DgSink sink;
  GPtrArray *temporaries; /* paths written but not yet renamed */
};

static const struct {
  const char *prefix;
  const char *uri;
} prefixes[] = {
  {"xsd", "http://www.w3.org/2001/XMLSchema#"},
  {"schema", "http://schema.org/"},
  {"dg", "https://w3id.org/diplograph/ns#"},
  {"org", "http://www.w3.org/ns/org#"},
  {"prov", "http://www.w3.org/ns/prov#"},
  {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
  {"itsrdf", "http://www.w3.org/2005/11/its/rdf#"},
  {"skos", "http://www.w3.org/2004/02/skos/core#"},
};

gboolean
dg_formats_parse(const char *list, guint *formats, GError **error)
{
  *formats = 0;
  g_auto(GStrv) names = g_strsplit(list, ",", -1);
  for (guint i = 0; names[i]; i++) {
    const char *n = g_strstrip(names[i]);
    if (!strcmp(n, "ttl") || !strcmp(n, "turtle"))
      *formats |= DG_FORMAT_TURTLE;
    else if (!strcmp(n, "nt") || !strcmp(n, "ntriples"))
      *formats |= DG_FORMAT_NTRIPLES;
    else if (!strcmp(n, "nq") || !strcmp(n, "nquads"))
      *formats |= DG_FORMAT_NQUADS;
    else {
      g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                  "-f: unknown format '%s' (use ttl, nt, nq, comma-separated)", n);
      return FALSE;
    }
  }
  if (!*formats) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE, "-f: no format given");
    return FALSE;
  }
  return TRUE;
}

static void
stored_free(gpointer p)
{
  Stored *s = p;
  for (guint i = 0; i < G_N_ELEMENTS(s->strings); i++)
    g_free(s->strings[i]);
  g_free(s);
}

static DgTerm
copy_term(const DgTerm *t, char **slots)
{
  DgTerm c = {t->kind, NULL, NULL, NULL};
  c.value = slots[0] = g_strdup(t->value);
  if (t->lang)
    c.lang = slots[1] = g_strdup(t->lang);
  if (t->datatype)
    c.datatype = slots[2] = g_strdup(t->datatype);
  return c;
}

static gboolean
on_statement(gpointer handle, const DgStatement *st, GError **error)
{
  DgOutput *out = handle;
  if (!st->subject.value || !st->predicate.value || !st->object.value) {
    g_set_error(error, DG_ERROR, DG_ERR_TERM, "a statement with an empty term");
    return FALSE;
  }
  g_string_truncate(out->line, 0);
  dg_ntriples_append_statement(out->line, st, FALSE);
  if (!g_hash_table_contains(out->triples, out->line->str)) {
    Stored *s = g_new0(Stored, 1);
    char *slots[9] = {NULL};
    s->st.subject = copy_term(&st->subject, slots);
    s->st.predicate = copy_term(&st->predicate, slots + 3);
    s->st.object = copy_term(&st->object, slots + 6);
    /* subject and predicate are IRIs: only their value slot is used */
    s->strings[0] = slots[0];
    s->strings[1] = slots[3];
    s->strings[2] = slots[6];
    s->strings[3] = slots[7];
    s->strings[4] = slots[8];
    g_hash_table_insert(out->triples, g_strdup(out->line->str), s);
  }
  if (out->formats & DG_FORMAT_NQUADS) {
    g_string_truncate(out->line, 0);
    dg_ntriples_append_statement(out->line, st, TRUE);
    if (!g_hash_table_contains(out->quads, out->line->str))
      g_hash_table_add(out->quads, g_strdup(out->line->str));
  }
  return TRUE;
}

static void
remove_stale(const char *dir)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  if (!d)
    return;
  const char *name;
  while ((name = g_dir_read_name(d))) {
    if (g_str_has_prefix(name, ".graph.") && strstr(name, ".tmp.")) {
      g_autofree char *path = g_build_filename(dir, name, NULL);
      (void)unlink(path);
    }
  }
}

DgOutput *
dg_output_new(const char *dir, guint formats, GError **error)
{
  g_return_val_if_fail(dir != NULL && formats != 0, NULL);
  gboolean to_stdout = strcmp(dir, "-") == 0;
  if (to_stdout && (formats & (formats - 1))) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                "-o -: standard output takes one format; choose it with -f");
    return NULL;
  }
  int fd = -1;
  if (!to_stdout) {
    if (g_mkdir_with_parents(dir, 0777) != 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot create: %s", dir, g_strerror(err));
      return NULL;
    }
    g_autofree char *lock = g_build_filename(dir, ".diplograph.lock", NULL);
    fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot write here: %s", lock, g_strerror(err));
      return NULL;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      close(fd);
      if (err == EWOULDBLOCK)
        g_set_error(error, DG_ERROR, DG_ERR_BUSY,
                    "%s: another diplograph run is writing to this directory", dir);
      else
        g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot lock: %s", lock, g_strerror(err));
      return NULL;
    }
    remove_stale(dir);
  }
  DgOutput *out = g_new0(DgOutput, 1);
  out->dir = g_strdup(dir);
  out->to_stdout = to_stdout;
  out->formats = formats;
  out->lock_fd = fd;
  out->triples = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, stored_free);
  out->quads = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  out->line = g_string_sized_new(256);
  out->sink.handle = out;
  out->sink.on_statement = on_statement;
  out->temporaries = g_ptr_array_new_with_free_func(g_free);
  return out;
}

void
dg_output_free(DgOutput *out)
{
  if (!out)
    return;
  for (guint i = 0; i < out->temporaries->len; i++)
    (void)unlink(out->temporaries->pdata[i]);
  g_ptr_array_unref(out->temporaries);
  g_hash_table_unref(out->triples);
  g_hash_table_unref(out->quads);
  g_string_free(out->line, TRUE);
  if (out->lock_fd >= 0)
    close(out->lock_fd);
  g_free(out->dir);
  g_free(out);
}

const DgSink *
dg_output_sink(DgOutput *out)
{
  return &out->sink;
}

guint
dg_output_get_n_triples(const DgOutput *out)
{
  return g_hash_table_size(out->triples);
}

guint
dg_output_get_n_quads(const DgOutput *out)
{
  return g_hash_table_size(out->quads);
}

static gint
compare_lines(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static GPtrArray *
sorted_keys(GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_sized_new(g_hash_table_size(table));
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init(&it, table);
  while (g_hash_table_iter_next(&it, &k, NULL))
    g_ptr_array_add(keys, k);
  g_ptr_array_sort(keys, compare_lines);
  return keys;
}

/* A prefixed name for @iri when a prefix covers it and the rest is a plain
 * local name (letters, digits, _ and - only: always valid Turtle). */
static gboolean
append_qname(GString *out, const char *iri)
{
  for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++) {
    if (!g_str_has_prefix(iri, prefixes[i].uri))
      continue;
    const char *local = iri + strlen(prefixes[i].uri);
    gboolean plain = g_ascii_isalpha(*local);
    for (const char *p = local; *p && plain; p++)
      plain = g_ascii_isalnum(*p) || *p == '_' || *p == '-';
    if (plain && local[strlen(local) - 1] != '-') {
      g_string_append_printf(out, "%s:%s", prefixes[i].prefix, local);
      return TRUE;
    }
  }
  return FALSE;
}

static void
append_turtle_term(GString *out, const DgTerm *t)
{
  if (t->kind == DG_TERM_IRI && append_qname(out, t->value))
    return;
  if (t->kind == DG_TERM_LITERAL && !t->lang && t->datatype &&
      strcmp(t->datatype, "http://www.w3.org/2001/XMLSchema#string") != 0) {
    DgTerm plain = {DG_TERM_LITERAL, t->value, NULL, NULL};
    dg_ntriples_append_term(out, &plain);
    g_string_append(out, "^^");
    if (!append_qname(out, t->datatype)) {
      DgTerm dt = {DG_TERM_IRI, t->datatype, NULL, NULL};
      dg_ntriples_append_term(out, &dt);
    }
    return;
  }
  /* canonical N-Triples terms are valid Turtle: raptor 2.0.15's Turtle
   * writer puts a raw carriage return inside a short string */
  dg_ntriples_append_term(out, t);
}

/* Turtle written from the sorted statements as they come: one block per
 * subject, objects of one predicate joined by commas. Nothing but the
 * current line is held, and every term is one of ours. */
static gboolean
write_turtle(DgOutput *out, GPtrArray *keys, FILE *fh)
{
  GString *buf = g_string_sized_new(4096);
  for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
    g_string_append_printf(buf, "@prefix %s: <%s> .\n", prefixes[i].prefix, prefixes[i].uri);
  const Stored *prev = NULL;
  gboolean ok = TRUE;
  for (guint i = 0; i < keys->len && ok; i++) {
    const Stored *cur = g_hash_table_lookup(out->triples, keys->pdata[i]);
    gboolean same_s = prev && strcmp(prev->st.subject.value, cur->st.subject.value) == 0;
    gboolean same_p = same_s && strcmp(prev->st.predicate.value, cur->st.predicate.value) == 0;
    if (same_p) {
      g_string_append(buf, " ,\n        ");
    } else if (same_s) {
      g_string_append(buf, " ;\n    ");
    } else {
      g_string_append(buf, prev ? " .\n\n" : "\n");
      append_turtle_term(buf, &cur->st.subject);
      g_string_append(buf, "\n    ");
    }
    if (!same_p) {
      if (strcmp(cur->st.predicate.value, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") == 0)
        g_string_append_c(buf, 'a');
      else
        append_turtle_term(buf, &cur->st.predicate);
      g_string_append_c(buf, ' ');
    }
    append_turtle_term(buf, &cur->st.object);
    prev = cur;
    if (buf->len > 65536) {
      ok = fwrite(buf->str, 1, buf->len, fh) == buf->len;
      g_string_truncate(buf, 0);
    }
  }
  if (prev)
    g_string_append(buf, " .\n");
  ok = ok && fwrite(buf->str, 1, buf->len, fh) == buf->len;
  g_string_free(buf, TRUE);
  return ok;
}

static gboolean
write_lines(GPtrArray *keys, FILE *fh)
{
  for (guint i = 0; i < keys->len; i++)
    if (fputs(keys->pdata[i], fh) == EOF)
      return FALSE;
  return TRUE;
}

/* Writes one format to a temporary file beside its final name. */
static gboolean
write_one(DgOutput *out, guint format, GError **error)
{
  const char *name = format == DG_FORMAT_TURTLE     ? "graph.ttl"
                     : format == DG_FORMAT_NTRIPLES ? "graph.nt"
                                                    : "graph.nq";
  g_autofree char *final = out->to_stdout ? g_strdup("<stdout>")
                                          : g_build_filename(out->dir, name, NULL);
  char *tmp = NULL;
  FILE *fh = stdout;
  if (!out->to_stdout) {
    g_autofree char *base = g_strdup_printf(".%s.tmp.%ld", name, (long)getpid());
    tmp = g_build_filename(out->dir, base, NULL);
    fh = fopen(tmp, "wbx");
    if (!fh) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot create: %s", tmp, g_strerror(err));
      g_free(tmp);
      return FALSE;
    }
    g_ptr_array_add(out->temporaries, tmp);
  }
  g_autoptr(GPtrArray) keys = sorted_keys(format == DG_FORMAT_NQUADS ? out->quads : out->triples);
  gboolean ok;
  if (format == DG_FORMAT_TURTLE)
    ok = write_turtle(out, keys, fh);
  else
    ok = write_lines(keys, fh);
  int err = 0;
  if (fflush(fh) != 0 || ferror(fh))
    err = errno ? errno : EIO;
  if (!err && !out->to_stdout && fsync(fileno(fh)) != 0 && errno != EINVAL)
    err = errno;
  if (!out->to_stdout && fclose(fh) != 0 && !err)
    err = errno ? errno : EIO;
  if (!ok && !err)
    err = EIO;
  if (err) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: write failed: %s", final, g_strerror(err));
    return FALSE;
  }
  return TRUE;
}

gboolean
dg_output_commit(DgOutput *out, GError **error)
{
  static const guint order[] = {DG_FORMAT_NTRIPLES, DG_FORMAT_NQUADS, DG_FORMAT_TURTLE};
  guint written[3];
  guint n = 0;
  for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
    if (!(out->formats & order[i]))
      continue;
    if (!write_one(out, order[i], error))
      return FALSE; /* dg_output_free() removes the temporaries */
    written[n++] = order[i];
  }
  if (out->to_stdout)
    return TRUE;
  /* Each rename is atomic; to replace the files as a set, the old ones are
   * first linked to backup names, and put back if a later rename fails. */
  g_autoptr(GPtrArray) finals = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < n; i++) {
    const char *name = written[i] == DG_FORMAT_TURTLE     ? "graph.ttl"
                       : written[i] == DG_FORMAT_NTRIPLES ? "graph.nt"
                                                          : "graph.nq";
    g_ptr_array_add(finals, g_build_filename(out->dir, name, NULL));
    g_autofree char *base = g_strdup_printf(".%s.tmp.%ld.old", name, (long)getpid());
    char *backup = g_build_filename(out->dir, base, NULL);
    if (link(finals->pdata[i], backup) != 0) {
      g_free(backup);
      backup = NULL; /* no previous file */
    }
    g_ptr_array_add(backups, backup);
  }
  gboolean ok = TRUE;
  guint done = 0;
  for (; done < n && ok; done++) {
    if (rename(out->temporaries->pdata[done], finals->pdata[done]) != 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot replace: %s",
                  (const char *)finals->pdata[done], g_strerror(err));
      ok = FALSE;
      break;
    }
  }
  for (guint i = 0; i < n; i++) {
    const char *backup = backups->pdata[i];
    if (!ok && i < done) {
      if (backup)
        (void)rename(backup, finals->pdata[i]); /* the previous file back */
      else
        (void)unlink(finals->pdata[i]);
    } else if (backup) {
      (void)unlink(backup);
    }
  }
  if (!ok)
    return FALSE;
  g_ptr_array_set_size(out->temporaries, 0);
  int dfd = open(out->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)fsync(dfd);
    close(dfd);
  }
  return TRUE;
}
