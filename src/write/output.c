/* SPDX-License-Identifier: ISC */
/* The output files: statements collected without duplicates, then each file
 * written to a temporary name, flushed, synced, checked and renamed, so that
 * a failure anywhere leaves the previous output as it was. */
#include "diplograph/writer.h"

#include "diplograph/status.h"
#include "sort.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

struct DgOutput {
  char *dir;
  gboolean to_stdout;
  guint formats;
  int lock_fd;
  DgSorter *sorter;    /* N-Quads lines (N-Triples lines when no .nq is asked) */
  GString *line;
  DgSink sink;
  GPtrArray *temporaries; /* paths written but not yet renamed */
  guint64 n_triples;
  guint64 n_quads;
  gboolean gzip;
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

/* Adds one line as dg_ntriples_append_statement() writes it, less its
 * " .\n" terminator (the sort order of the lines is the same with or
 * without it: see add_lines()). */
static gboolean
add_line(DgOutput *out, const char *line, gsize len, GError **error)
{
  if (len >= 3 && memcmp(line + len - 3, " .\n", 3) == 0)
    len -= 3;
  return dg_sorter_add(out->sorter, line, len, error);
}

static gboolean
check_terms(const DgStatement *st, GError **error)
{
  if (!st->subject.value || !st->predicate.value || !st->object.value) {
    g_set_error(error, DG_ERROR, DG_ERR_TERM, "a statement with an empty term");
    return FALSE;
  }
  return TRUE;
}

static gboolean
on_statement(gpointer handle, const DgStatement *st, GError **error)
{
  DgOutput *out = handle;
  if (!check_terms(st, error))
    return FALSE;
  g_string_truncate(out->line, 0);
  dg_ntriples_append_statement(out->line, st, (out->formats & DG_FORMAT_NQUADS) != 0);
  return add_line(out, out->line->str, out->line->len, error);
}

static gboolean
on_buffer_statement(gpointer handle, const DgStatement *st, GError **error)
{
  DgLineBuffer *b = handle;
  if (!check_terms(st, error))
    return FALSE;
  dg_ntriples_append_statement(b->lines, st, b->with_graph);
  return TRUE;
}

void
dg_line_buffer_init(DgLineBuffer *buffer, const DgOutput *out)
{
  buffer->lines = g_string_sized_new(65536);
  buffer->with_graph = (out->formats & DG_FORMAT_NQUADS) != 0;
  buffer->sink.handle = buffer;
  buffer->sink.on_statement = on_buffer_statement;
}

void
dg_line_buffer_clear(DgLineBuffer *buffer)
{
  if (buffer->lines)
    g_string_free(buffer->lines, TRUE);
  buffer->lines = NULL;
}

void
dg_line_buffer_sort(DgLineBuffer *buffer)
{
  GString *src = buffer->lines;
  GPtrArray *lines = g_ptr_array_new();
  for (char *p = src->str, *end = src->str + src->len; p < end;) {
    char *nl = memchr(p, '\n', (gsize)(end - p));
    if (nl)
      *nl = '\0';
    g_ptr_array_add(lines, p);
    p = nl ? nl + 1 : end;
  }
  dg_sort_lines((char **)lines->pdata, lines->len);
  GString *dst = g_string_sized_new(src->len + 1);
  const char *prev = NULL;
  for (guint i = 0; i < lines->len; i++) {
    const char *line = lines->pdata[i];
    if (prev && strcmp(prev, line) == 0)
      continue;
    g_string_append(dst, line);
    g_string_append_c(dst, '\n');
    prev = line;
  }
  g_ptr_array_unref(lines);
  g_string_free(src, TRUE);
  buffer->lines = dst;
}

gboolean
dg_output_add_lines(DgOutput *out, DgLineBuffer *buffer, GError **error)
{
  const char *p = buffer->lines->str, *end = p + buffer->lines->len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (gsize)(end - p));
    gsize len = nl ? (gsize)(nl - p) + 1 : (gsize)(end - p);
    if (!add_line(out, p, len, error))
      return FALSE;
    p += len;
  }
  g_string_truncate(buffer->lines, 0);
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
  out->sorter = dg_sorter_new(to_stdout ? g_get_tmp_dir() : dir, DG_OUTPUT_SORT_MEMORY);
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
  dg_sorter_free(out->sorter);
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

void
dg_output_set_gzip(DgOutput *out, gboolean gzip)
{
  out->gzip = gzip;
}

void
dg_output_set_sort_memory(DgOutput *out, gsize bytes)
{
  DgSorter *s = dg_sorter_new(out->to_stdout ? g_get_tmp_dir() : out->dir, bytes);
  dg_sorter_free(out->sorter);
  out->sorter = s;
}

guint64
dg_output_get_n_triples(const DgOutput *out)
{
  return out->n_triples;
}

guint64
dg_output_get_n_quads(const DgOutput *out)
{
  return out->n_quads;
}

/* A prefixed name for the IRI @iri (@len bytes, as written between angle
 * brackets) when a prefix covers it and the rest is a plain local name
 * (letters, digits, _ and - only: always valid Turtle). */
static gboolean
append_qname(GString *out, const char *iri, gsize len)
{
  for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++) {
    gsize n = strlen(prefixes[i].uri);
    if (len <= n || memcmp(iri, prefixes[i].uri, n) != 0)
      continue;
    const char *local = iri + n, *end = iri + len;
    gboolean plain = g_ascii_isalpha(*local) && end[-1] != '-';
    for (const char *p = local; p < end && plain; p++)
      plain = g_ascii_isalnum(*p) || *p == '_' || *p == '-';
    if (plain) {
      g_string_append(out, prefixes[i].prefix);
      g_string_append_c(out, ':');
      g_string_append_len(out, local, end - local);
      return TRUE;
    }
  }
  return FALSE;
}

/* Where the N-Triples term starting at @s ends. */
static const char *
term_end(const char *s)
{
  if (*s == '<') {
    const char *e = strchr(s, '>');
    return e ? e + 1 : s + strlen(s);
  }
  if (*s != '"')
    return s + strcspn(s, " ");
  const char *p = s + 1;
  while (*p && *p != '"')
    p += (*p == '\\' && p[1]) ? 2 : 1;
  if (*p)
    p++;
  if (*p == '@')
    p += strcspn(p, " ");
  else if (p[0] == '^' && p[1] == '^')
    p = term_end(p + 2);
  return p;
}

/* A term of a canonical N-Triples line, as Turtle: canonical N-Triples terms
 * are valid Turtle (raptor 2.0.15's Turtle writer puts a raw carriage return
 * inside a short string, so it writes none of ours); IRIs of our prefixes
 * are shortened. */
static void
append_turtle_term(GString *out, const char *s, const char *end)
{
  if (*s == '<') {
    if (!append_qname(out, s + 1, (gsize)(end - s - 2)))
      g_string_append_len(out, s, end - s);
    return;
  }
  const char *dt = NULL;
  if (*s == '"' && end[-1] == '>') {
    dt = end;
    while (dt > s && dt[-1] != '^')
      dt--;
  }
  if (!dt || dt - 2 <= s || dt[-2] != '^') {
    g_string_append_len(out, s, end - s);
    return;
  }
  g_string_append_len(out, s, dt - s);
  if (!append_qname(out, dt + 1, (gsize)(end - dt - 2)))
    g_string_append_len(out, dt, end - dt);
}

/* One output file: plain through stdio, or gzip through zlib. */
typedef struct {
  const char *name;
  guint format;
  FILE *fh;
  gzFile gz;
  int fd;    /* the file under @gz, kept to sync it */
  int error; /* errno of the first failed write */
} Target;

static gboolean
target_write(Target *t, const char *data, gsize len)
{
  errno = 0;
  gboolean ok = t->gz ? len == 0 || gzwrite(t->gz, data, (unsigned)len) == (int)len
                      : fwrite(data, 1, len, t->fh) == len;
  if (!ok && !t->error)
    t->error = errno ? errno : EIO;
  return ok;
}

/* A line less its terminator, then the terminator. */
static gboolean
target_line(Target *t, const char *data, gsize len)
{
  return target_write(t, data, len) && target_write(t, " .\n", 3);
}

/* The files being written in one pass over the sorted lines. */
typedef struct {
  DgOutput *out;
  Target targets[3];
  guint n_targets;
  Target *nt, *nq, *ttl;
  GString *triple;  /* the previous triple, to drop it in other graphs */
  GString *subject; /* Turtle: the open subject and predicate */
  GString *predicate;
  GString *buf;     /* Turtle text not yet written */
  gboolean failed;
} Pass;

static gboolean
flush_turtle(Pass *w, gboolean force)
{
  if (w->buf->len < 65536 && !force)
    return TRUE;
  gboolean ok = target_write(w->ttl, w->buf->str, w->buf->len);
  g_string_truncate(w->buf, 0);
  return ok;
}

/* Turtle written from the sorted triples as they come: one block per
 * subject, objects of one predicate joined by commas. Only the current
 * subject and predicate are held. */
static gboolean
put_turtle(Pass *w, const char *line, const char *triple_end)
{
  const char *s_end = term_end(line);
  const char *p = s_end + 1, *p_end = term_end(p);
  const char *o = p_end + 1;
  gsize s_len = (gsize)(s_end - line), p_len = (gsize)(p_end - p);
  gboolean same_s = w->subject->len == s_len && memcmp(w->subject->str, line, s_len) == 0;
  gboolean same_p = same_s && w->predicate->len == p_len && memcmp(w->predicate->str, p, p_len) == 0;
  if (same_p) {
    g_string_append(w->buf, " ,\n        ");
  } else if (same_s) {
    g_string_append(w->buf, " ;\n    ");
  } else {
    g_string_append(w->buf, w->subject->len ? " .\n\n" : "\n");
    append_turtle_term(w->buf, line, s_end);
    g_string_append(w->buf, "\n    ");
    g_string_truncate(w->subject, 0);
    g_string_append_len(w->subject, line, s_len);
  }
  if (!same_p) {
    static const char type[] = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    if (p_len == sizeof type - 1 && memcmp(p, type, p_len) == 0)
      g_string_append_c(w->buf, 'a');
    else
      append_turtle_term(w->buf, p, p_end);
    g_string_append_c(w->buf, ' ');
    g_string_truncate(w->predicate, 0);
    g_string_append_len(w->predicate, p, p_len);
  }
  append_turtle_term(w->buf, o, triple_end);
  return flush_turtle(w, FALSE);
}

static gboolean
put_line(gpointer user, const char *line, gsize len, GError **error)
{
  Pass *w = user;
  gboolean ok = TRUE;
  const char *triple_end = line + len;
  if (w->out->formats & DG_FORMAT_NQUADS) {
    w->out->n_quads++;
    if (w->nq)
      ok = target_line(w->nq, line, len);
    /* the graph follows the object; a line of the default graph has none */
    const char *s_end = term_end(line);
    const char *p_end = term_end(s_end + 1);
    triple_end = term_end(p_end + 1);
  }
  gsize tlen = (gsize)(triple_end - line);
  if (ok && !(w->triple->len == tlen && w->out->n_triples && memcmp(w->triple->str, line, tlen) == 0)) {
    w->out->n_triples++;
    g_string_truncate(w->triple, 0);
    g_string_append_len(w->triple, line, tlen);
    if (w->nt)
      ok = target_line(w->nt, line, tlen);
    if (ok && w->ttl)
      ok = put_turtle(w, w->triple->str, w->triple->str + tlen);
  }
  if (!ok) {
    w->failed = TRUE;
    g_set_error(error, DG_ERROR, DG_ERR_IO, "write failed");
  }
  return ok;
}

static const char *
format_file(const DgOutput *out, guint format)
{
  static const char *const plain[] = {"graph.ttl", "graph.nt", "graph.nq"};
  static const char *const gzipped[] = {"graph.ttl.gz", "graph.nt.gz", "graph.nq.gz"};
  guint i = format == DG_FORMAT_TURTLE ? 0 : format == DG_FORMAT_NTRIPLES ? 1 : 2;
  return out->gzip ? gzipped[i] : plain[i];
}

/* Opens the temporary file of one format beside its final name. */
static gboolean
open_target(DgOutput *out, Target *t, GError **error)
{
  t->fd = -1;
  if (out->to_stdout) {
    t->fh = stdout;
  } else {
    g_autofree char *base = g_strdup_printf(".%s.tmp.%ld", t->name, (long)getpid());
    char *tmp = g_build_filename(out->dir, base, NULL);
    t->fh = fopen(tmp, "wbx");
    if (!t->fh) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot create: %s", tmp, g_strerror(err));
      g_free(tmp);
      return FALSE;
    }
    (void)setvbuf(t->fh, NULL, _IOFBF, 1 << 18);
    g_ptr_array_add(out->temporaries, tmp);
  }
  if (out->gzip) {
    /* zlib writes through a descriptor of its own; the FILE keeps the file
     * open to be synced and closed after */
    t->fd = dup(fileno(t->fh));
    t->gz = t->fd >= 0 ? gzdopen(t->fd, "wb1") : NULL;
    if (!t->gz) {
      if (t->fd >= 0)
        close(t->fd);
      t->fd = -1;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot start gzip compression", t->name);
      return FALSE;
    }
    (void)gzbuffer(t->gz, 1 << 18);
  }
  return TRUE;
}

/* Flushes, syncs and closes one file; names the final file on failure. */
static gboolean
close_target(DgOutput *out, Target *t, gboolean ok, GError **error)
{
  FILE *fh = t->fh;
  t->fh = NULL;
  int err = t->error;
  errno = 0;
  if (t->gz) {
    int zerr = gzclose_w(t->gz); /* closes the duplicate descriptor */
    t->gz = NULL;
    if (zerr != Z_OK)
      err = zerr == Z_ERRNO && errno ? errno : EIO;
  }
  if (!err && (fflush(fh) != 0 || ferror(fh)))
    err = errno ? errno : EIO;
  if (!err && !out->to_stdout && fsync(fileno(fh)) != 0 && errno != EINVAL)
    err = errno;
  if (!out->to_stdout && fclose(fh) != 0 && !err)
    err = errno ? errno : EIO;
  if (!ok && !err)
    err = EIO;
  if (err && error && !*error) {
    g_autofree char *final = out->to_stdout ? g_strdup("<stdout>")
                                            : g_build_filename(out->dir, t->name, NULL);
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: write failed: %s", final, g_strerror(err));
  }
  return !err;
}

/* One pass over the sorted lines writes every format asked for. */
static gboolean
write_all(DgOutput *out, const guint *formats, guint n, GError **error)
{
  Pass w = {.out = out};
  gboolean ok = TRUE;
  for (guint i = 0; i < n && ok; i++) {
    Target *t = &w.targets[w.n_targets];
    t->format = formats[i];
    t->name = format_file(out, formats[i]);
    ok = open_target(out, t, error);
    if (t->fh)
      w.n_targets++;
    if (!ok)
      break;
    if (formats[i] == DG_FORMAT_NTRIPLES)
      w.nt = t;
    else if (formats[i] == DG_FORMAT_NQUADS)
      w.nq = t;
    else
      w.ttl = t;
  }
  w.triple = g_string_new(NULL);
  w.subject = g_string_new(NULL);
  w.predicate = g_string_new(NULL);
  w.buf = g_string_sized_new(1 << 17);
  if (ok && w.ttl) {
    for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
      g_string_append_printf(w.buf, "@prefix %s: <%s> .\n", prefixes[i].prefix, prefixes[i].uri);
  }
  out->n_triples = out->n_quads = 0;
  g_autoptr(GError) merge_error = NULL;
  if (ok) {
    ok = dg_sorter_finish(out->sorter, put_line, &w, &merge_error);
    if (ok && w.ttl) {
      if (w.subject->len)
        g_string_append(w.buf, " .\n");
      ok = flush_turtle(&w, TRUE);
      w.failed = !ok;
    }
  }
  /* a failed write is reported with the file it went to */
  for (guint i = 0; i < w.n_targets; i++)
    if (!close_target(out, &w.targets[i], !w.failed, error))
      ok = FALSE;
  if (!ok && merge_error && error && !*error)
    g_propagate_error(error, g_steal_pointer(&merge_error));
  g_string_free(w.triple, TRUE);
  g_string_free(w.subject, TRUE);
  g_string_free(w.predicate, TRUE);
  g_string_free(w.buf, TRUE);
  return ok;
}

gboolean
dg_output_commit(DgOutput *out, GError **error)
{
  static const guint order[] = {DG_FORMAT_NTRIPLES, DG_FORMAT_NQUADS, DG_FORMAT_TURTLE};
  guint written[3];
  guint n = 0;
  for (guint i = 0; i < G_N_ELEMENTS(order); i++)
    if (out->formats & order[i])
      written[n++] = order[i];
  if (!write_all(out, written, n, error))
    return FALSE; /* dg_output_free() removes the temporaries */
  if (out->to_stdout)
    return TRUE;
  /* Each rename is atomic; to replace the files as a set, the old ones are
   * first linked to backup names, and put back if a later rename fails. */
  g_autoptr(GPtrArray) finals = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < n; i++) {
    const char *name = format_file(out, written[i]);
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
