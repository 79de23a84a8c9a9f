/* SPDX-License-Identifier: ISC */
/* External merge sort of lines: runs sorted in memory and written to run
 * files by a background thread while the next run fills, then merged with a
 * binary heap. */
#include "sort.h"

#include "diplograph/status.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Lines gathered for one run. */
typedef struct {
  GByteArray *arena; /* NUL-terminated lines */
  GArray *offsets;   /* gsize: where each line starts in the arena */
} Batch;

struct DgSorter {
  char *dir;
  gsize budget; /* of each batch: half of what the sorter may hold */
  Batch fill;   /* the batch lines are added to */
  Batch spare;  /* the batch the background thread sorts and writes */
  GPtrArray *runs; /* paths of the run files */
  gboolean finished;
  /* the background run writer: one thread per run, joined before the next */
  pthread_t writer;
  gboolean writing;
  const char *writing_path;
  GError *writer_error;
};

static void
batch_init(Batch *b)
{
  b->arena = g_byte_array_new();
  b->offsets = g_array_new(FALSE, FALSE, sizeof(gsize));
}

static void
batch_clear(Batch *b)
{
  g_byte_array_set_size(b->arena, 0);
  g_array_set_size(b->offsets, 0);
}

DgSorter *
dg_sorter_new(const char *dir, gsize budget)
{
  DgSorter *s = g_new0(DgSorter, 1);
  s->dir = g_strdup(dir);
  s->budget = MAX(budget / 2, 4096);
  batch_init(&s->fill);
  batch_init(&s->spare);
  s->runs = g_ptr_array_new_with_free_func(g_free);
  return s;
}

/* Waits for the run being written; its error, if any, goes to @error. */
static gboolean
join_writer(DgSorter *s, GError **error)
{
  if (!s->writing)
    return TRUE;
  pthread_join(s->writer, NULL);
  s->writing = FALSE;
  if (s->writer_error) {
    g_propagate_error(error, s->writer_error);
    s->writer_error = NULL;
    return FALSE;
  }
  return TRUE;
}

void
dg_sorter_free(DgSorter *s)
{
  if (!s)
    return;
  (void)join_writer(s, NULL);
  for (guint i = 0; i < s->runs->len; i++)
    (void)unlink(s->runs->pdata[i]);
  g_ptr_array_unref(s->runs);
  for (Batch *b = &s->fill; b; b = b == &s->fill ? &s->spare : NULL) {
    g_byte_array_unref(b->arena);
    g_array_unref(b->offsets);
  }
  g_free(s->dir);
  g_free(s);
}

guint
dg_sorter_get_n_runs(const DgSorter *s)
{
  return s->runs->len;
}

/* ---- in memory: a natural merge sort ----
 * Lines come in batches already sorted (each article's, sorted by the worker
 * that built it: dg_line_buffer_sort()), so the ascending runs are found in
 * one pass and merged pairwise: log2(batches) passes over the lines instead
 * of log2(lines). Any input is sorted, batches or not. */

static int
compare_lines(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Merges the sorted a[lo, mid) and a[mid, hi) into out[lo, hi). */
static void
merge(char **a, char **out, gsize lo, gsize mid, gsize hi)
{
  gsize i = lo, j = mid, k = lo;
  while (i < mid && j < hi)
    out[k++] = strcmp(a[i], a[j]) <= 0 ? a[i++] : a[j++];
  while (i < mid)
    out[k++] = a[i++];
  while (j < hi)
    out[k++] = a[j++];
}

static char **
natural_sort(char **a, gsize n)
{
  /* the starts of the ascending runs, then n */
  GArray *starts = g_array_new(FALSE, FALSE, sizeof(gsize));
  gsize zero = 0;
  g_array_append_val(starts, zero);
  for (gsize i = 1; i < n; i++)
    if (strcmp(a[i - 1], a[i]) > 0)
      g_array_append_val(starts, i);
  g_array_append_val(starts, n);
  char **tmp = g_new(char *, n + 1);
  while (starts->len > 2) {
    GArray *next = g_array_new(FALSE, FALSE, sizeof(gsize));
    guint r = 0;
    for (; r + 2 < starts->len; r += 2) {
      gsize lo = g_array_index(starts, gsize, r), mid = g_array_index(starts, gsize, r + 1),
            hi = g_array_index(starts, gsize, r + 2);
      merge(a, tmp, lo, mid, hi);
      g_array_append_val(next, lo);
    }
    if (r + 1 < starts->len) { /* an odd run left: copied as it is */
      gsize lo = g_array_index(starts, gsize, r);
      memcpy(tmp + lo, a + lo, (n - lo) * sizeof *a);
      g_array_append_val(next, lo);
    }
    g_array_append_val(next, n);
    g_array_unref(starts);
    starts = next;
    char **t = a;
    a = tmp;
    tmp = t;
  }
  g_array_unref(starts);
  g_free(tmp);
  return a;
}

static char **
sorted_lines(const Batch *b, gsize *n_out)
{
  gsize n = b->offsets->len;
  char **lines = g_new(char *, n + 1);
  for (gsize i = 0; i < n; i++)
    lines[i] = (char *)b->arena->data + g_array_index(b->offsets, gsize, i);
  *n_out = n;
  return natural_sort(lines, n);
}

void
dg_sort_lines(char **lines, gsize n)
{
  qsort(lines, n, sizeof *lines, compare_lines);
}

/* Sorts what the batch holds and hands over each distinct line once. */
static gboolean
each_distinct(const Batch *b, DgLineFunc func, gpointer user, GError **error)
{
  gsize n;
  char **lines = sorted_lines(b, &n);
  const char *prev = NULL;
  gboolean ok = TRUE;
  for (gsize i = 0; i < n && ok; i++) {
    if (prev && strcmp(prev, lines[i]) == 0)
      continue;
    prev = lines[i];
    ok = func(user, lines[i], strlen(lines[i]), error);
  }
  g_free(lines);
  return ok;
}

/* Run files are front-coded: each line is written as the length of the
 * prefix it shares with the line before, the length of the rest, and the
 * rest. Sorted lines share long prefixes (their subject's IRI), so runs
 * take about a third of the bytes, and writing them back to disk while the
 * run goes on no longer competes with the output as much. */
typedef struct {
  FILE *fh;
  const char *prev; /* the line before, in the batch's arena */
  gsize prev_len;
} RunWriter;

static gboolean
put_uvarint(FILE *fh, gsize v)
{
  do {
    int c = (int)(v & 0x7F);
    v >>= 7;
    if (putc_unlocked(v ? c | 0x80 : c, fh) == EOF)
      return FALSE;
  } while (v);
  return TRUE;
}

static gboolean
put_run_line(gpointer user, const char *line, gsize len, GError **error)
{
  (void)error;
  RunWriter *w = user;
  gsize lcp = 0, max = w->prev ? MIN(len, w->prev_len) : 0;
  while (lcp < max && w->prev[lcp] == line[lcp])
    lcp++;
  w->prev = line;
  w->prev_len = len;
  return put_uvarint(w->fh, lcp) && put_uvarint(w->fh, len - lcp) &&
         fwrite(line + lcp, 1, len - lcp, w->fh) == len - lcp;
}

/* Sorts @b into the run file @path (created), then empties @b. */
static gboolean
write_run(const char *path, Batch *b, GError **error)
{
  FILE *fh = fopen(path, "wbx");
  if (!fh) {
    int err = errno;
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot create: %s", path, g_strerror(err));
    batch_clear(b);
    return FALSE;
  }
  (void)setvbuf(fh, NULL, _IOFBF, 1 << 18);
  errno = 0;
  RunWriter w = {fh, NULL, 0};
  gboolean ok = each_distinct(b, put_run_line, &w, NULL);
  int err = 0;
  if (!ok || fflush(fh) != 0 || ferror(fh))
    err = errno ? errno : EIO;
  if (fclose(fh) != 0 && !err)
    err = errno ? errno : EIO;
  batch_clear(b);
  if (err) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: write failed: %s", path, g_strerror(err));
    return FALSE;
  }
  return TRUE;
}

static void *
writer_main(void *data)
{
  DgSorter *s = data;
  (void)write_run(s->writing_path, &s->spare, &s->writer_error);
  return NULL;
}

/* Hands the full batch to a background thread and goes on with an empty
 * one; the previous run must be written first. */
static gboolean
spill(DgSorter *s, gboolean background, GError **error)
{
  if (!join_writer(s, error))
    return FALSE;
  g_autofree char *name = g_strdup_printf(".graph.sort.tmp.%ld.%u", (long)getpid(), s->runs->len);
  char *path = g_build_filename(s->dir, name, NULL);
  g_ptr_array_add(s->runs, path);
  Batch full = s->fill;
  s->fill = s->spare;
  s->spare = full;
  s->writing_path = path;
  if (background && pthread_create(&s->writer, NULL, writer_main, s) == 0) {
    s->writing = TRUE;
    return TRUE;
  }
  return write_run(path, &s->spare, error); /* no thread: here and now */
}

gboolean
dg_sorter_add(DgSorter *s, const char *line, gsize len, GError **error)
{
  g_return_val_if_fail(!s->finished, FALSE);
  Batch *b = &s->fill;
  if (b->arena->len && b->arena->len + len + 1 > s->budget) {
    if (!spill(s, TRUE, error))
      return FALSE;
    b = &s->fill;
  }
  gsize at = b->arena->len;
  g_array_append_val(b->offsets, at);
  g_byte_array_append(b->arena, (const guint8 *)line, (guint)len);
  g_byte_array_append(b->arena, (const guint8 *)"", 1);
  return TRUE;
}

/* ---- the merge ---- */

typedef struct {
  FILE *fh;
  const char *path;
  GString *line; /* the current line */
  gboolean end;
} Run;

/* Reads a varint; *@eof when the file ends before its first byte. */
static gboolean
get_uvarint(FILE *fh, gsize *v, gboolean *eof)
{
  gsize r = 0;
  for (guint shift = 0; shift < 64; shift += 7) {
    int c = getc_unlocked(fh);
    if (c == EOF) {
      *eof = shift == 0;
      return FALSE;
    }
    r |= (gsize)(c & 0x7F) << shift;
    if (!(c & 0x80)) {
      *v = r;
      return TRUE;
    }
  }
  return FALSE;
}

static gboolean
run_next(Run *r, GError **error)
{
  gsize lcp = 0, rest = 0;
  gboolean eof = FALSE;
  errno = 0;
  gboolean got = get_uvarint(r->fh, &lcp, &eof);
  if (!got && eof && !ferror(r->fh)) {
    r->end = TRUE;
    return TRUE;
  }
  gboolean ok = got && lcp <= r->line->len && get_uvarint(r->fh, &rest, &eof) &&
                rest < G_MAXSIZE - lcp;
  if (ok) {
    g_string_set_size(r->line, lcp + rest);
    ok = fread(r->line->str + lcp, 1, rest, r->fh) == rest;
  }
  if (!ok) {
    int err = ferror(r->fh) ? (errno ? errno : EIO) : 0;
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", r->path,
                err ? g_strerror(err) : "truncated or corrupt run file");
    return FALSE;
  }
  return TRUE;
}

static gboolean
less(const Run *a, const Run *b)
{
  return strcmp(a->line->str, b->line->str) < 0;
}

static void
sift_down(Run **heap, guint n, guint i)
{
  for (;;) {
    guint l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && less(heap[l], heap[m]))
      m = l;
    if (r < n && less(heap[r], heap[m]))
      m = r;
    if (m == i)
      return;
    Run *t = heap[i];
    heap[i] = heap[m];
    heap[m] = t;
    i = m;
  }
}

static gboolean
merge_runs(DgSorter *s, DgLineFunc func, gpointer user, GError **error)
{
  guint k = s->runs->len;
  Run *runs = g_new0(Run, k);
  Run **heap = g_new(Run *, k);
  guint n = 0;
  gboolean ok = TRUE;
  for (guint i = 0; i < k && ok; i++) {
    runs[i].path = s->runs->pdata[i];
    runs[i].fh = fopen(runs[i].path, "rb");
    if (!runs[i].fh) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot open: %s", runs[i].path, g_strerror(err));
      ok = FALSE;
      break;
    }
    (void)setvbuf(runs[i].fh, NULL, _IOFBF, 1 << 18);
    runs[i].line = g_string_sized_new(256);
    ok = run_next(&runs[i], error);
    if (ok && !runs[i].end)
      heap[n++] = &runs[i];
  }
  for (guint i = n / 2; ok && i-- > 0;)
    sift_down(heap, n, i);
  GString *prev = g_string_new(NULL);
  gboolean have_prev = FALSE;
  while (ok && n > 0) {
    Run *top = heap[0];
    const GString *l = top->line;
    if (!have_prev || prev->len != l->len || memcmp(prev->str, l->str, l->len) != 0) {
      ok = func(user, l->str, l->len, error);
      g_string_truncate(prev, 0);
      g_string_append_len(prev, l->str, (gssize)l->len);
      have_prev = TRUE;
    }
    if (ok)
      ok = run_next(top, error);
    if (!ok)
      break;
    if (top->end)
      heap[0] = heap[--n];
    sift_down(heap, n, 0);
  }
  g_string_free(prev, TRUE);
  for (guint i = 0; i < k; i++) {
    if (runs[i].fh)
      fclose(runs[i].fh);
    if (runs[i].line)
      g_string_free(runs[i].line, TRUE);
  }
  g_free(heap);
  g_free(runs);
  return ok;
}

gboolean
dg_sorter_finish(DgSorter *s, DgLineFunc func, gpointer user, GError **error)
{
  g_return_val_if_fail(!s->finished, FALSE);
  s->finished = TRUE;
  if (!join_writer(s, error))
    return FALSE;
  if (s->runs->len == 0) {
    gboolean ok = each_distinct(&s->fill, func, user, error);
    batch_clear(&s->fill);
    return ok;
  }
  if (s->fill.offsets->len && !spill(s, FALSE, error))
    return FALSE;
  return merge_runs(s, func, user, error);
}
