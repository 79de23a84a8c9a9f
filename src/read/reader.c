/* SPDX-License-Identifier: ISC */
/* Streaming corpus input: plain, gzip-compressed and JSON Lines files, and
 * standard input, read in chunks so that memory does not grow with the corpus. */
#include "diplograph/reader.h"

#include "diplograph/status.h"

#include <errno.h>
#include <fcntl.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK 65536
#define MAX_DATA ((gsize)256 << 20) /* one line, or one decompressed article */

static const char utf8_bom[] = "\xEF\xBB\xBF";

/* A byte stream, gzip-compressed or not (told by its first two bytes), that
 * hands out decompressed data in chunks: buf[pos, len) is not consumed yet. */
typedef struct {
  int fd;
  gboolean own_fd; /* not standard input's */
  char *display;
  gboolean gzip;
  z_stream z;
  gboolean z_ready;
  gboolean member_end; /* a gzip stream ended: another may follow */
  guint8 *raw;
  guint64 raw_read; /* bytes read from the file */
  gboolean raw_eof;
  GByteArray *buf;
  gsize pos;
} Source;

static void
source_free(Source *src)
{
  if (!src)
    return;
  if (src->own_fd)
    close(src->fd);
  if (src->z_ready)
    inflateEnd(&src->z);
  g_free(src->raw);
  g_byte_array_unref(src->buf);
  g_free(src->display);
  g_free(src);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(Source, source_free)

/* Reads more raw bytes into the inflater's input; FALSE on a read error. */
static gboolean
raw_fill(Source *src, GError **error)
{
  if (src->z.avail_in > 0 || src->raw_eof)
    return TRUE;
  ssize_t n;
  do
    n = read(src->fd, src->raw, CHUNK);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    int err = errno;
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", src->display, g_strerror(err));
    return FALSE;
  }
  src->raw_eof = n == 0;
  src->raw_read += (guint64)n;
  src->z.next_in = src->raw;
  src->z.avail_in = (uInt)n;
  return TRUE;
}

/* Opens @path (NULL: standard input) and tells gzip from the first bytes. */
static Source *
source_open(const char *path, const char *display, GError **error)
{
  g_autoptr(Source) src = g_new0(Source, 1);
  src->fd = -1;
  src->display = g_strdup(display);
  src->raw = g_malloc(CHUNK);
  src->buf = g_byte_array_sized_new(CHUNK);
  if (!path) {
    src->fd = STDIN_FILENO;
  } else {
    struct stat st;
    if (stat(path, &st) != 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", display, g_strerror(err));
      return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: not a regular file", display);
      return NULL;
    }
    src->fd = open(path, O_RDONLY | O_CLOEXEC);
    src->own_fd = src->fd >= 0;
    if (src->fd < 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", display, g_strerror(err));
      return NULL;
    }
  }
  /* the first two bytes, however the reads split them */
  gsize have = 0;
  while (have < 2) {
    ssize_t n;
    do
      n = read(src->fd, src->raw + have, CHUNK - have);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      int err = errno;
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", display, g_strerror(err));
      return NULL;
    }
    if (n == 0) {
      src->raw_eof = TRUE;
      break;
    }
    have += (gsize)n;
  }
  src->raw_read = have;
  src->z.next_in = src->raw;
  src->z.avail_in = (uInt)have;
  src->gzip = src->z.avail_in >= 2 && src->raw[0] == 0x1F && src->raw[1] == 0x8B;
  if (src->gzip) {
    if (inflateInit2(&src->z, 15 + 16) != Z_OK) {
      g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot start decompressing", display);
      return NULL;
    }
    src->z_ready = TRUE;
  }
  return g_steal_pointer(&src);
}

static guint64
raw_offset(const Source *src)
{
  return src->raw_read - src->z.avail_in;
}

/* Appends the next chunk of data to buf. Returns 1 when some was added, 0 at
 * the end, -1 with @error set. Consumed data is dropped first. */
static int
source_more(Source *src, GError **error)
{
  if (src->pos == src->buf->len) {
    g_byte_array_set_size(src->buf, 0);
    src->pos = 0;
  } else if (src->pos >= CHUNK) {
    g_byte_array_remove_range(src->buf, 0, (guint)src->pos);
    src->pos = 0;
  }
  guint old = src->buf->len;
  if (!src->gzip) {
    if (!raw_fill(src, error))
      return -1;
    g_byte_array_append(src->buf, src->z.next_in, src->z.avail_in);
    src->z.avail_in = 0;
    return src->buf->len > old ? 1 : 0;
  }
  for (;;) {
    if (!raw_fill(src, error))
      return -1;
    if (src->member_end) {
      if (src->z.avail_in == 0)
        return 0;
      if (src->z.next_in[0] != 0x1F) {
        g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                    "%s: corrupt gzip data at byte %" G_GUINT64_FORMAT
                    ": not gzip data after the end of the compressed stream",
                    src->display, raw_offset(src));
        return -1;
      }
      inflateReset(&src->z);
      src->member_end = FALSE;
    }
    g_byte_array_set_size(src->buf, old + CHUNK);
    src->z.next_out = src->buf->data + old;
    src->z.avail_out = CHUNK;
    int ret = inflate(&src->z, Z_NO_FLUSH);
    guint produced = CHUNK - src->z.avail_out;
    g_byte_array_set_size(src->buf, old + produced);
    switch (ret) {
    case Z_STREAM_END:
      src->member_end = TRUE;
      break;
    case Z_OK:
    case Z_BUF_ERROR:
      if (produced == 0 && src->z.avail_in == 0 && src->raw_eof) {
        g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                    "%s: truncated gzip data: the file ends at byte %" G_GUINT64_FORMAT
                    " in the middle of its compressed stream",
                    src->display, src->raw_read);
        return -1;
      }
      break;
    default:
      g_byte_array_set_size(src->buf, old);
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                  "%s: corrupt gzip data at byte %" G_GUINT64_FORMAT ": %s", src->display,
                  raw_offset(src), src->z.msg ? src->z.msg : "cannot decompress");
      return -1;
    }
    if (produced > 0)
      return 1;
  }
}

/* Everything left in @src, for an input that is one article. */
static gboolean
source_read_all(Source *src, GError **error)
{
  int r;
  while ((r = source_more(src, error)) > 0) {
    if (src->gzip && src->buf->len - src->pos > MAX_DATA) {
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                  "%s: more than 256 MiB once decompressed; not read", src->display);
      return FALSE;
    }
  }
  return r == 0;
}

/* The next line, less its '\n', into @line: 1 a line, 0 the end, -1 an error.
 * A line longer than MAX_DATA is read to its end but not kept: *@too_long. */
static int
source_read_line(Source *src, GString *line, gboolean *too_long, GError **error)
{
  g_string_truncate(line, 0);
  *too_long = FALSE;
  gboolean any = FALSE;
  for (;;) {
    const guint8 *start = src->buf->data + src->pos;
    gsize avail = src->buf->len - src->pos;
    const guint8 *nl = memchr(start, '\n', avail);
    gsize take = nl ? (gsize)(nl - start) : avail;
    if (line->len + take <= MAX_DATA)
      g_string_append_len(line, (const char *)start, (gssize)take);
    else
      *too_long = TRUE;
    any = any || take > 0;
    src->pos += take + (nl ? 1 : 0);
    if (nl)
      return 1;
    int r = source_more(src, error);
    if (r <= 0)
      return r < 0 ? -1 : any ? 1 : 0;
  }
}

typedef enum {
  INPUT_TEXT,
  INPUT_GZIP_TEXT,
  INPUT_JSONL,
  INPUT_STDIN,
} InputKind;

static InputKind
input_kind(const char *path)
{
  if (strcmp(path, "-") == 0)
    return INPUT_STDIN;
  g_autofree char *name = g_strdup(path);
  gboolean gz = g_str_has_suffix(name, ".gz");
  if (gz)
    name[strlen(name) - 3] = '\0';
  if (g_str_has_suffix(name, ".jsonl") || g_str_has_suffix(name, ".ndjson"))
    return INPUT_JSONL;
  return gz ? INPUT_GZIP_TEXT : INPUT_TEXT;
}

struct DgReader {
  GPtrArray *paths;
  guint next;
  guint n_inputs;
  DgReaderWarningFunc warn;
  gpointer warn_data;
  /* the JSON Lines input being read */
  Source *lines;
  char *id_stem; /* identifier of a line without "id", less "-LINE" */
  guint64 line_no;
  GString *line;
  JsonParser *parser;
};

DgReader *
dg_reader_new(const char *const *inputs, GError **error)
{
  g_return_val_if_fail(inputs != NULL, NULL);
  GPtrArray *paths = dg_inputs_expand(inputs, error);
  if (!paths)
    return NULL;
  DgReader *reader = g_new0(DgReader, 1);
  reader->paths = paths;
  reader->n_inputs = paths->len;
  for (guint i = 0; i < paths->len; i++) {
    InputKind kind = input_kind(paths->pdata[i]);
    if (kind == INPUT_JSONL || kind == INPUT_STDIN)
      reader->n_inputs = 0;
  }
  reader->line = g_string_sized_new(CHUNK);
  reader->parser = json_parser_new_immutable();
  return reader;
}

void
dg_reader_free(DgReader *reader)
{
  if (!reader)
    return;
  source_free(reader->lines);
  g_free(reader->id_stem);
  g_string_free(reader->line, TRUE);
  g_object_unref(reader->parser);
  g_ptr_array_unref(reader->paths);
  g_free(reader);
}

guint
dg_reader_get_n_inputs(DgReader *reader)
{
  g_return_val_if_fail(reader != NULL, 0);
  return reader->n_inputs;
}

void
dg_reader_set_warning_func(DgReader *reader, DgReaderWarningFunc func, gpointer user_data)
{
  g_return_if_fail(reader != NULL);
  reader->warn = func;
  reader->warn_data = user_data;
}

G_GNUC_PRINTF(2, 3)
static void
reader_warn(DgReader *reader, const char *format, ...)
{
  if (!reader->warn)
    return;
  va_list args;
  va_start(args, format);
  g_autofree char *message = g_strdup_vprintf(format, args);
  va_end(args);
  reader->warn(message, reader->warn_data);
}

static void
start_lines(DgReader *reader, Source *src, const char *path)
{
  reader->lines = src;
  reader->line_no = 0;
  g_free(reader->id_stem);
  if (!path) {
    reader->id_stem = g_strdup("stdin");
    return;
  }
  /* less ".gz" and ".jsonl" or ".ndjson": other dots are the name's own
   * ("crawl.2024-05-01.jsonl" → "crawl.2024-05-01") */
  char *stem = g_path_get_basename(path);
  if (g_str_has_suffix(stem, ".gz"))
    stem[strlen(stem) - 3] = '\0';
  char *dot = strrchr(stem, '.');
  if (dot && dot != stem)
    *dot = '\0';
  reader->id_stem = stem;
}

/* "\u0000" decodes to a NUL that would cut the string short: not text. Every
 * backslash of valid JSON starts an escape inside a string, so one pass over
 * the escapes finds it. */
static gssize
find_nul_escape(const char *s, gsize len)
{
  for (gsize i = 0; i + 1 < len; i++) {
    if (s[i] != '\\')
      continue;
    if (s[i + 1] == 'u' && i + 5 < len && memcmp(s + i + 2, "0000", 4) == 0)
      return (gssize)i;
    i++; /* the escaped character */
  }
  return -1;
}

/* Where the object or array that starts @s (after white space) ends; @len
 * when it does not start with one or does not end. json-glib reads the first
 * of two values on a line and drops the second without a word: this finds it. */
static gsize
first_value_end(const char *s, gsize len)
{
  gsize i = 0;
  while (i < len && g_ascii_isspace(s[i]))
    i++;
  if (i == len || (s[i] != '{' && s[i] != '['))
    return len;
  int depth = 0;
  gboolean in_string = FALSE;
  for (; i < len; i++) {
    char c = s[i];
    if (in_string) {
      if (c == '\\')
        i++;
      else if (c == '"')
        in_string = FALSE;
    } else if (c == '"') {
      in_string = TRUE;
    } else if (c == '{' || c == '[') {
      depth++;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return len;
}

/* A string member: the value, NULL when absent or null; *@wrong when present
 * with another type. */
static const char *
member_string(JsonObject *obj, const char *name, gboolean *wrong)
{
  *wrong = FALSE;
  JsonNode *node = json_object_get_member(obj, name);
  if (!node || JSON_NODE_HOLDS_NULL(node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE(node) && json_node_get_value_type(node) == G_TYPE_STRING)
    return json_node_get_string(node);
  *wrong = TRUE;
  return NULL;
}

/* JSON "\uD800" alone decodes to bytes that are not UTF-8. */
static gboolean
check_member_text(const char *where, const char *name, const char *value, GError **error)
{
  const char *end = NULL;
  if (value && !g_utf8_validate(value, -1, &end)) {
    g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                "%s: \"%s\", byte %" G_GSIZE_FORMAT ": not text (a lone UTF-16 surrogate "
                "escape, \\uD800 to \\uDFFF)",
                where, name, (gsize)(end - value));
    return FALSE;
  }
  return TRUE;
}

static void
set_json_error(GError **error, const char *where, const GError *parse)
{
  /* json-glib says "<data>:1:COLUMN: Parse error: WHAT" */
  const char *msg = parse->message;
  unsigned line = 0, column = 0;
  int used = 0;
  if (sscanf(msg, "<data>:%u:%u: %n", &line, &column, &used) == 2 && used > 0) {
    const char *what = msg + used;
    if (g_str_has_prefix(what, "Parse error: "))
      what += strlen("Parse error: ");
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: not JSON (column %u): %s", where, column,
                what);
  } else {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: not JSON: %s", where, msg);
  }
}

/* The article on one JSON Lines line, or NULL: with @error set when the
 * line is rejected, without when it is blank. */
static DgArticle *
article_from_line(DgReader *reader, gboolean too_long, GError **error)
{
  GString *line = reader->line;
  g_autofree char *where =
    g_strdup_printf("%s:%" G_GUINT64_FORMAT, reader->lines->display, reader->line_no);
  if (too_long) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: line longer than 256 MiB; skipped", where);
    return NULL;
  }
  if (line->len && line->str[line->len - 1] == '\r')
    g_string_truncate(line, line->len - 1);
  const char *s = line->str;
  gsize len = line->len;
  gsize bom = reader->line_no == 1 && len >= 3 && memcmp(s, utf8_bom, 3) == 0 ? 3 : 0;
  gsize i = bom;
  while (i < len && g_ascii_isspace(s[i]))
    i++;
  if (i == len)
    return NULL; /* blank */
  const char *end = NULL;
  if (!g_utf8_validate_len(s, len, &end)) {
    gsize at = (gsize)(end - s);
    if (s[at] == '\0')
      g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                  "%s: byte %" G_GSIZE_FORMAT " of the line: NUL byte: binary data, not text",
                  where, at);
    else
      g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                  "%s: byte %" G_GSIZE_FORMAT " of the line: invalid UTF-8 (byte 0x%02X); "
                  "JSON Lines are UTF-8",
                  where, at, (guchar)s[at]);
    return NULL;
  }
  gssize nul = find_nul_escape(s, len);
  if (nul >= 0) {
    g_set_error(error, DG_ERROR, DG_ERR_ENCODING,
                "%s: byte %" G_GSSIZE_FORMAT " of the line: \\u0000 (a NUL character): "
                "binary data, not text",
                where, nul);
    return NULL;
  }
  g_autoptr(GError) parse = NULL;
  if (!json_parser_load_from_data(reader->parser, s + bom, (gssize)(len - bom), &parse)) {
    set_json_error(error, where, parse);
    return NULL;
  }
  gsize end_of_value = first_value_end(s + bom, len - bom) + bom;
  for (gsize k = end_of_value; k < len; k++) {
    if (!g_ascii_isspace(s[k])) {
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                  "%s: byte %" G_GSIZE_FORMAT " of the line: a second JSON value (one "
                  "article per line)",
                  where, k);
      return NULL;
    }
  }
  JsonNode *root = json_parser_get_root(reader->parser);
  if (!root || !JSON_NODE_HOLDS_OBJECT(root)) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: not a JSON object", where);
    return NULL;
  }
  JsonObject *obj = json_node_get_object(root);
  gboolean wrong = FALSE;
  const char *text = member_string(obj, "text", &wrong);
  if (!text) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT,
                wrong ? "%s: \"text\" is not a string" : "%s: no \"text\"", where);
    return NULL;
  }
  if (!check_member_text(where, "text", text, error))
    return NULL;
  gboolean blank = TRUE;
  for (const char *p = text; *p && blank; p++)
    blank = g_ascii_isspace(*p);
  if (blank) {
    g_set_error(error, DG_ERROR, DG_ERR_EMPTY, "%s: no text (\"text\" is empty or blank)", where);
    return NULL;
  }

  g_autofree char *id = NULL;
  JsonNode *id_node = json_object_get_member(obj, "id");
  if (!id_node || JSON_NODE_HOLDS_NULL(id_node)) {
    id = g_strdup_printf("%s-%" G_GUINT64_FORMAT, reader->id_stem, reader->line_no);
  } else if (JSON_NODE_HOLDS_VALUE(id_node) && json_node_get_value_type(id_node) == G_TYPE_INT64) {
    id = g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(id_node));
  } else if (JSON_NODE_HOLDS_VALUE(id_node) &&
             json_node_get_value_type(id_node) == G_TYPE_STRING) {
    id = g_strdup(json_node_get_string(id_node));
    if (!check_member_text(where, "id", id, error))
      return NULL;
    if (!*id) {
      g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: \"id\" is empty", where);
      return NULL;
    }
  } else {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: \"id\" is not a string or an integer",
                where);
    return NULL;
  }

  const char *title = member_string(obj, "title", &wrong);
  if (wrong)
    reader_warn(reader, "%s: \"title\" is not a string; ignored", where);
  if (!check_member_text(where, "title", title, error))
    return NULL;
  if (title) {
    gboolean title_blank = TRUE;
    for (const char *p = title; *p && title_blank; p++)
      title_blank = g_ascii_isspace(*p);
    if (title_blank)
      title = NULL;
  }
  g_autofree char *joined = title ? g_strconcat(title, "\n\n", text, NULL) : NULL;
  const char *body = joined ? joined : text;
  DgArticle *article = dg_article_new_from_data(id, where, body, strlen(body), error);
  if (!article)
    return NULL;
  if (title)
    dg_article_set_title(article, title);

  static const char *const checked[] = {"url", "date"};
  for (guint k = 0; k < G_N_ELEMENTS(checked); k++) {
    const char *value = member_string(obj, checked[k], &wrong);
    g_autoptr(GError) bad = NULL;
    if (wrong)
      reader_warn(reader, "%s: \"%s\" is not a string; ignored", where, checked[k]);
    else if (value && !g_utf8_validate(value, -1, NULL))
      reader_warn(reader, "%s: \"%s\" is not text; ignored", where, checked[k]);
    else if (value && k == 0 && !dg_article_set_url(article, value, &bad))
      reader_warn(reader, "%s: \"url\" dropped: %s", where, bad->message);
    else if (value && k == 1 && !dg_article_set_date(article, value, &bad))
      reader_warn(reader, "%s: \"date\" dropped: %s", where, bad->message);
  }
  const char *language = member_string(obj, "language", &wrong);
  if (language)
    dg_article_set_language(article, language); /* others: detected from the text */
  return article;
}

/* Reads the next line of the JSON Lines input; ends it at its end or on a
 * read error. */
static DgArticle *
next_line(DgReader *reader, GError **error)
{
  gboolean too_long = FALSE;
  int r = source_read_line(reader->lines, reader->line, &too_long, error);
  if (r <= 0) {
    g_clear_pointer(&reader->lines, source_free);
    return NULL;
  }
  reader->line_no++;
  return article_from_line(reader, too_long, error);
}

/* Standard input: one article, or JSON Lines when it starts with '{'. */
static DgArticle *
open_stdin(DgReader *reader, GError **error)
{
  g_autoptr(Source) src = source_open(NULL, "<stdin>", error);
  if (!src)
    return NULL;
  int r = 1;
  while (src->buf->len < 3 && (r = source_more(src, error)) > 0)
    ;
  gsize i = src->buf->len >= 3 && memcmp(src->buf->data, utf8_bom, 3) == 0 ? 3 : 0;
  for (;;) {
    while (i < src->buf->len && g_ascii_isspace(src->buf->data[i]))
      i++;
    if (i < src->buf->len || r <= 0)
      break;
    r = source_more(src, error);
  }
  if (r < 0)
    return NULL;
  if (i < src->buf->len && src->buf->data[i] == '{') {
    start_lines(reader, g_steal_pointer(&src), NULL);
    return NULL;
  }
  if (!source_read_all(src, error))
    return NULL;
  return dg_article_new_from_data("stdin", "<stdin>", (const char *)src->buf->data,
                                  src->buf->len, error);
}

static DgArticle *
open_gzip_text(const char *path, GError **error)
{
  g_autoptr(Source) src = source_open(path, path, error);
  if (!src)
    return NULL;
  if (!src->gzip) {
    g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: not gzip data (its name ends in .gz)",
                path);
    return NULL;
  }
  if (!source_read_all(src, error))
    return NULL;
  g_autofree char *name = g_strndup(path, strlen(path) - 3);
  g_autofree char *id = dg_article_id_from_path(name);
  return dg_article_new_from_data(id, path, (const char *)src->buf->data, src->buf->len, error);
}

DgArticle *
dg_reader_next(DgReader *reader, GError **error)
{
  g_return_val_if_fail(reader != NULL, NULL);
  for (;;) {
    if (reader->lines) {
      GError *local = NULL;
      DgArticle *article = next_line(reader, &local);
      if (local)
        g_propagate_error(error, local);
      if (article || local)
        return article;
      continue; /* a blank line, or the end of this input */
    }
    if (reader->next >= reader->paths->len)
      return NULL;
    const char *path = reader->paths->pdata[reader->next++];
    switch (input_kind(path)) {
    case INPUT_TEXT:
      return dg_article_new_from_file(path, error);
    case INPUT_GZIP_TEXT:
      return open_gzip_text(path, error);
    case INPUT_STDIN: {
      GError *local = NULL;
      DgArticle *article = open_stdin(reader, &local);
      if (local)
        g_propagate_error(error, local);
      if (article || local)
        return article;
      continue; /* JSON Lines */
    }
    case INPUT_JSONL: {
      Source *src = source_open(path, path, error);
      if (!src)
        return NULL;
      if (!src->gzip && g_str_has_suffix(path, ".gz")) {
        source_free(src);
        g_set_error(error, DG_ERROR, DG_ERR_FORMAT, "%s: not gzip data (its name ends in .gz)",
                    path);
        return NULL;
      }
      start_lines(reader, src, path);
      continue;
    }
    }
  }
}
