/* SPDX-License-Identifier: ISC */
/* SPARQL over the dumps through librdf and rasqal. librdf ownership, as in
 * src/write/model.c: librdf_new_* results are the caller's; a statement made
 * from nodes takes them; model add/remove calls copy what they are given. */
#include "diplograph/store.h"

#include "diplograph/status.h"
#include "query-private.h"

#include <redland.h>
#include <sqlite3.h>
#include <string.h>

/* librdf's SQLite storage cannot hold a statement in no context: it reports
 * one back as being in some context. A store keeps the default graph's
 * statements in this context instead, and hands them back as default. */
#define DEFAULT_GRAPH "urn:x-diplograph:default-graph"

struct DgStore {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  char *sqlite_path; /* (nullable) */
  GString *log;      /* the first error librdf reported, with its position */
  int log_line;
  int log_column;
};

gboolean
dg_result_format_parse(const char *name, DgResultFormat *format, GError **error)
{
  static const struct {
    const char *name;
    DgResultFormat format;
  } names[] = {
    {"table", DG_RESULT_TABLE}, {"csv", DG_RESULT_CSV}, {"tsv", DG_RESULT_TSV},
    {"json", DG_RESULT_JSON},
  };
  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    if (strcmp(name, names[i].name) == 0) {
      *format = names[i].format;
      return TRUE;
    }
  }
  g_set_error(error, DG_ERROR, DG_ERR_USAGE,
              "-r: unknown result format '%s' (use table, csv, tsv or json)", name);
  return FALSE;
}

static int
on_log(void *user_data, librdf_log_message *message)
{
  DgStore *store = user_data;
  if (librdf_log_message_level(message) < LIBRDF_LOG_ERROR)
    return 1;
  if (store->log->len == 0) {
    g_string_append(store->log, librdf_log_message_message(message));
    raptor_locator *loc = librdf_log_message_locator(message);
    store->log_line = loc ? loc->line : -1;
    store->log_column = loc ? loc->column : -1;
  }
  return 1; /* handled: librdf prints nothing */
}

static void
log_reset(DgStore *store)
{
  g_string_truncate(store->log, 0);
  store->log_line = store->log_column = -1;
}

static DgStore *
store_new(const char *storage, const char *name, const char *options, GError **error)
{
  DgStore *store = g_new0(DgStore, 1);
  store->log = g_string_new(NULL);
  store->world = librdf_new_world();
  librdf_world_open(store->world);
  librdf_world_set_logger(store->world, store, on_log);
  store->storage = librdf_new_storage(store->world, storage, name, options);
  store->model = store->storage ? librdf_new_model(store->world, store->storage, NULL) : NULL;
  if (!store->model) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot open the %s store%s%s", name, storage,
                store->log->len ? ": " : "", store->log->str);
    dg_store_free(store);
    return NULL;
  }
  return store;
}

DgStore *
dg_store_new_memory(GError **error)
{
  return store_new("hashes", "dg", "hash-type='memory',contexts='yes'", error);
}

/* The stock schema indexes only (subject, predicate) and uris; lookups of
 * literals, objects and contexts then scan whole tables on every add. */
static const char extra_indexes[] =
  "CREATE INDEX IF NOT EXISTS dg_literals ON literals (text, language, datatype);"
  "CREATE INDEX IF NOT EXISTS dg_blanks ON blanks (blank);"
  "CREATE INDEX IF NOT EXISTS dg_objects ON triples (objectUri, objectLiteral, objectBlank);"
  "CREATE INDEX IF NOT EXISTS dg_predicates ON triples (predicateUri);"
  "CREATE INDEX IF NOT EXISTS dg_contexts ON triples (contextUri);";

DgStore *
dg_store_new_sqlite(const char *path, gboolean create, GError **error)
{
  gboolean exists = g_file_test(path, G_FILE_TEST_EXISTS);
  if (!exists && !create) {
    g_set_error(error, DG_ERROR, DG_ERR_IO,
                "%s: no such store (create it with: diplograph load --store sqlite:%s FILE...)",
                path, path);
    return NULL;
  }
  DgStore *store = store_new("sqlite", path,
                             exists ? "new='no',contexts='yes',synchronous='normal'"
                                    : "new='yes',contexts='yes',synchronous='normal'",
                             error);
  if (!store)
    return NULL;
  store->sqlite_path = g_strdup(path);
  sqlite3 *db = NULL;
  char *msg = NULL;
  if (sqlite3_open(path, &db) != SQLITE_OK ||
      sqlite3_exec(db, extra_indexes, NULL, NULL, &msg) != SQLITE_OK) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot index the store: %s", path,
                msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    sqlite3_close(db);
    dg_store_free(store);
    return NULL;
  }
  sqlite3_close(db);
  return store;
}

void
dg_store_free(DgStore *store)
{
  if (!store)
    return;
  if (store->model)
    librdf_free_model(store->model);
  if (store->storage)
    librdf_free_storage(store->storage);
  if (store->world)
    librdf_free_world(store->world);
  g_string_free(store->log, TRUE);
  g_free(store->sqlite_path);
  g_free(store);
}

static const char *
syntax_of(const char *path)
{
  if (g_str_has_suffix(path, ".nq"))
    return "nquads";
  if (g_str_has_suffix(path, ".nt"))
    return "ntriples";
  if (g_str_has_suffix(path, ".ttl"))
    return "turtle";
  return NULL;
}

static void
set_log_error(DgStore *store, GError **error, DgStatus code, const char *what, const char *fallback)
{
  if (store->log_line > 0 && store->log_column > 0)
    g_set_error(error, DG_ERROR, code, "%s:%d:%d: %s", what, store->log_line, store->log_column,
                store->log->str);
  else if (store->log_line > 0)
    g_set_error(error, DG_ERROR, code, "%s:%d: %s", what, store->log_line, store->log->str);
  else
    g_set_error(error, DG_ERROR, code, "%s: %s", what,
                store->log->len ? store->log->str : fallback);
}

/* Moves the statements of @from into the store: each context of @from
 * replaces the store's graph of that name; default-graph statements are
 * added unless present. */
static gboolean
merge(DgStore *store, librdf_model *from, const char *path, GError **error)
{
  gboolean ok = TRUE;
  librdf_model_transaction_start(store->model);
  librdf_iterator *contexts = librdf_model_get_contexts(from);
  while (ok && contexts && !librdf_iterator_end(contexts)) {
    librdf_node *ctx = librdf_iterator_get_object(contexts); /* shared */
    ok = librdf_model_context_remove_statements(store->model, ctx) == 0;
    librdf_stream *s = ok ? librdf_model_context_as_stream(from, ctx) : NULL;
    ok = s && librdf_model_context_add_statements(store->model, ctx, s) == 0;
    if (s)
      librdf_free_stream(s);
    librdf_iterator_next(contexts);
  }
  if (contexts)
    librdf_free_iterator(contexts);
  /* statements outside any named graph, added unless present */
  librdf_node *dflt = store->sqlite_path ? librdf_new_node_from_uri_string(
                                             store->world, (const unsigned char *)DEFAULT_GRAPH)
                                         : NULL;
  librdf_stream *all = ok ? librdf_model_as_stream(from) : NULL;
  while (ok && all && !librdf_stream_end(all)) {
    librdf_statement *st = librdf_stream_get_object(all); /* shared */
    if (!librdf_stream_get_context2(all)) {
      librdf_stream *found = dflt ? librdf_model_find_statements_in_context(store->model, st, dflt)
                                  : librdf_model_find_statements(store->model, st);
      gboolean present = found && !librdf_stream_end(found);
      if (found)
        librdf_free_stream(found);
      if (!present)
        ok = (dflt ? librdf_model_context_add_statement(store->model, dflt, st)
                   : librdf_model_add_statement(store->model, st)) == 0;
    }
    librdf_stream_next(all);
  }
  if (all)
    librdf_free_stream(all);
  if (dflt)
    librdf_free_node(dflt);
  if (ok)
    ok = librdf_model_transaction_commit(store->model) == 0 || !store->sqlite_path;
  else
    librdf_model_transaction_rollback(store->model);
  if (!ok)
    set_log_error(store, error, DG_ERR_IO, path, "the store refused a statement");
  return ok;
}

typedef struct {
  librdf_world *world;
  librdf_model *model;
  gboolean failed;
} Feed;

/* librdf 1.0.17 drops the graph of N-Quads it parses itself, so the file is
 * parsed by raptor here and each statement added in its context (a
 * librdf_node is a raptor_term of the same raptor world). */
static void
feed_statement(void *user, raptor_statement *st)
{
  Feed *f = user;
  if (f->failed)
    return;
  librdf_statement *s = librdf_new_statement_from_nodes(
    f->world, raptor_term_copy(st->subject), raptor_term_copy(st->predicate),
    raptor_term_copy(st->object));
  if (!s) {
    f->failed = TRUE;
    return;
  }
  int rc = st->graph ? librdf_model_context_add_statement(f->model, st->graph, s)
                     : librdf_model_add_statement(f->model, s);
  f->failed = rc != 0;
  librdf_free_statement(s);
}

static gboolean
parse_into(DgStore *store, const char *syntax, const char *path, librdf_model *model)
{
  raptor_world *rw = librdf_world_get_raptor(store->world);
  raptor_parser *parser = raptor_new_parser(rw, syntax);
  raptor_uri *uri = raptor_new_uri_from_uri_or_file_string(rw, NULL, (const unsigned char *)path);
  Feed f = {store->world, model, FALSE};
  gboolean ok = parser && uri;
  if (ok) {
    raptor_parser_set_statement_handler(parser, &f, feed_statement);
    ok = raptor_parser_parse_file(parser, uri, uri) == 0 && !f.failed;
  }
  if (uri)
    raptor_free_uri(uri);
  if (parser)
    raptor_free_parser(parser);
  return ok;
}

gboolean
dg_store_load_file(DgStore *store, const char *path, GError **error)
{
  const char *syntax = syntax_of(path);
  if (!syntax) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                "%s: unknown syntax (name it .nq, .nt or .ttl)", path);
    return FALSE;
  }
  if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: no such file", path);
    return FALSE;
  }
  log_reset(store);
  /* parse into a scratch model first, so a bad file changes nothing */
  librdf_storage *scratch_storage =
    librdf_new_storage(store->world, "hashes", "scratch", "hash-type='memory',contexts='yes'");
  librdf_model *scratch = scratch_storage ? librdf_new_model(store->world, scratch_storage, NULL)
                                          : NULL;
  gboolean ok = scratch && parse_into(store, syntax, path, scratch) && store->log->len == 0;
  if (!ok)
    set_log_error(store, error, DG_ERR_IO, path, "cannot parse");
  else
    ok = merge(store, scratch, path, error);
  if (scratch)
    librdf_free_model(scratch);
  if (scratch_storage)
    librdf_free_storage(scratch_storage);
  return ok;
}

gint64
dg_store_size(DgStore *store)
{
  librdf_stream *s = librdf_model_as_stream(store->model);
  gint64 n = 0;
  for (; s && !librdf_stream_end(s); librdf_stream_next(s))
    n++;
  if (s)
    librdf_free_stream(s);
  return n;
}

static gboolean
is_default_graph(librdf_node *ctx)
{
  librdf_uri *u = librdf_node_is_resource(ctx) ? librdf_node_get_uri(ctx) : NULL;
  return u && strcmp((const char *)librdf_uri_as_string(u), DEFAULT_GRAPH) == 0;
}

static const char *
rasqal_format(DgResultFormat format)
{
  switch (format) {
  case DG_RESULT_TABLE:
    return "table";
  case DG_RESULT_CSV:
    return "csv";
  case DG_RESULT_TSV:
    return "tsv";
  case DG_RESULT_JSON:
    return "json";
  }
  return "table";
}

/* The projected variables: from the results, or, when there are no rows
 * (rasqal then reports none), from the SELECT clause of the query text. */
static GPtrArray *
result_variables(librdf_query_results *results, const char *query)
{
  GPtrArray *vars = g_ptr_array_new_with_free_func(g_free);
  int n = librdf_query_results_get_bindings_count(results);
  for (int i = 0; i < n; i++) {
    const char *name = librdf_query_results_get_binding_name(results, i);
    if (name)
      g_ptr_array_add(vars, g_strdup(name));
  }
  if (vars->len)
    return vars;
  g_autoptr(GRegex) select = g_regex_new("\\bSELECT\\b(.*?)(\\bWHERE\\b|\\{)",
                                         G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  if (!g_regex_match(select, query, 0, &m))
    return vars;
  g_autofree char *clause = g_match_info_fetch(m, 1);
  /* "?a ?b" at the top level, and "(COUNT(*) AS ?n)" groups */
  int depth = 0;
  const char *group = NULL;
  g_autoptr(GRegex) as = g_regex_new("\\bAS\\s+[?$]([A-Za-z0-9_]+)", G_REGEX_CASELESS, 0, NULL);
  for (const char *p = clause; *p; p++) {
    if (*p == '(') {
      if (depth++ == 0)
        group = p;
    } else if (*p == ')' && depth > 0 && --depth == 0 && group) {
      g_autofree char *inside = g_strndup(group, (gsize)(p - group));
      g_autoptr(GMatchInfo) am = NULL;
      if (g_regex_match(as, inside, 0, &am))
        g_ptr_array_add(vars, g_match_info_fetch(am, 1));
    } else if (depth == 0 && (*p == '?' || *p == '$')) {
      const char *e = p + 1;
      while (g_ascii_isalnum(*e) || *e == '_')
        e++;
      if (e > p + 1)
        g_ptr_array_add(vars, g_strndup(p + 1, (gsize)(e - p - 1)));
      p = e - 1;
    }
  }
  return vars;
}

/* An empty answer, in @format: the header alone. */
static void
print_empty(FILE *out, GPtrArray *vars, DgResultFormat format)
{
  for (guint i = 0; i < vars->len; i++) {
    const char *v = vars->pdata[i];
    switch (format) {
    case DG_RESULT_CSV:
    case DG_RESULT_TABLE:
      fprintf(out, "%s%s", i ? "," : "", v);
      break;
    case DG_RESULT_TSV:
      fprintf(out, "%s?%s", i ? "\t" : "", v);
      break;
    case DG_RESULT_JSON:
      break;
    }
  }
  if (format == DG_RESULT_JSON) {
    fputs("{ \"head\": { \"vars\": [", out);
    for (guint i = 0; i < vars->len; i++)
      fprintf(out, "%s\"%s\"", i ? ", " : " ", (const char *)vars->pdata[i]);
    fputs(" ] }, \"results\": { \"bindings\": [] } }\n", out);
  } else {
    fputc('\n', out);
  }
}

static void
json_string(GString *out, const char *s)
{
  g_string_append_c(out, '"');
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (c == '"' || c == '\\')
      g_string_append_printf(out, "\\%c", (char)c);
    else if (c == '\n')
      g_string_append(out, "\\n");
    else if (c == '\r')
      g_string_append(out, "\\r");
    else if (c == '\t')
      g_string_append(out, "\\t");
    else if (c < 0x20)
      g_string_append_printf(out, "\\u%04X", c);
    else
      g_string_append_len(out, p, g_utf8_next_char(p) - p);
  }
  g_string_append_c(out, '"');
}

/* The W3C SPARQL 1.1 Query Results JSON Format, written here: rasqal's
 * writer emits "unbound" entries that the format does not have. */
static void
print_json(FILE *out, librdf_query_results *results, GPtrArray *vars)
{
  GString *s = g_string_new("{\n  \"head\": { \"vars\": [");
  for (guint i = 0; i < vars->len; i++) {
    g_string_append(s, i ? ", " : " ");
    json_string(s, vars->pdata[i]);
  }
  g_string_append(s, " ] },\n  \"results\": { \"bindings\": [");
  gboolean first_row = TRUE;
  for (; !librdf_query_results_finished(results); librdf_query_results_next(results)) {
    g_string_append(s, first_row ? "\n    {" : ",\n    {");
    first_row = FALSE;
    gboolean first = TRUE;
    for (guint i = 0; i < vars->len; i++) {
      librdf_node *n = librdf_query_results_get_binding_value_by_name(results, vars->pdata[i]);
      if (!n)
        continue; /* unbound: left out */
      g_string_append(s, first ? " " : ", ");
      first = FALSE;
      json_string(s, vars->pdata[i]);
      g_string_append(s, ": { \"type\": ");
      if (librdf_node_is_resource(n)) {
        g_string_append(s, "\"uri\", \"value\": ");
        json_string(s, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
      } else if (librdf_node_is_literal(n)) {
        g_string_append(s, "\"literal\", \"value\": ");
        json_string(s, (const char *)librdf_node_get_literal_value(n));
        const char *lang = librdf_node_get_literal_value_language(n);
        librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
        if (lang && *lang) {
          g_string_append(s, ", \"xml:lang\": ");
          json_string(s, lang);
        } else if (dt) {
          g_string_append(s, ", \"datatype\": ");
          json_string(s, (const char *)librdf_uri_as_string(dt));
        }
      } else {
        g_string_append(s, "\"bnode\", \"value\": ");
        json_string(s, (const char *)librdf_node_get_blank_identifier(n));
      }
      g_string_append(s, " }");
      librdf_free_node(n);
    }
    g_string_append(s, " }");
  }
  g_string_append(s, first_row ? "] }\n}\n" : "\n  ] }\n}\n");
  fputs(s->str, out);
  g_string_free(s, TRUE);
}

/* Splits one line of W3C CSV into fields. */
static GPtrArray *
csv_fields(const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
  GString *f = g_string_new(NULL);
  gboolean quoted = FALSE;
  for (const char *p = line;; p++) {
    if (quoted) {
      if (*p == '"' && p[1] == '"') {
        g_string_append_c(f, '"');
        p++;
      } else if (*p == '"') {
        quoted = FALSE;
      } else if (*p) {
        g_string_append_c(f, *p);
      } else {
        break;
      }
    } else if (*p == '"') {
      quoted = TRUE;
    } else if (*p == ',' || *p == '\0') {
      g_ptr_array_add(fields, g_string_free(f, FALSE));
      f = g_string_new(NULL);
      if (!*p)
        break;
    } else if (*p != '\r') {
      g_string_append_c(f, *p);
    }
  }
  g_string_free(f, TRUE);
  return fields;
}

/* The CSV answer as an aligned table for people. */
void
dg_print_csv_table(FILE *out, const char *csv)
{
  g_auto(GStrv) lines = g_strsplit(csv, "\n", -1);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GArray) widths = g_array_new(FALSE, TRUE, sizeof(glong));
  for (guint i = 0; lines[i]; i++) {
    if (!*lines[i])
      continue;
    GPtrArray *f = csv_fields(lines[i]);
    if (widths->len < f->len)
      g_array_set_size(widths, f->len);
    for (guint k = 0; k < f->len; k++) {
      glong w = g_utf8_strlen(f->pdata[k], -1);
      if (w > g_array_index(widths, glong, k))
        g_array_index(widths, glong, k) = w;
    }
    g_ptr_array_add(rows, f);
  }
  for (guint r = 0; r < rows->len; r++) {
    GPtrArray *f = rows->pdata[r];
    for (guint k = 0; k < f->len; k++) {
      const char *v = f->pdata[k];
      glong pad = g_array_index(widths, glong, k) - g_utf8_strlen(v, -1);
      fprintf(out, "%s%s%*s", k ? "  " : "", v, k + 1 < f->len ? (int)pad : 0, "");
    }
    fputc('\n', out);
    if (r == 0) {
      for (guint k = 0; k < f->len; k++) {
        fputs(k ? "  " : "", out);
        for (glong w = 0; w < g_array_index(widths, glong, k); w++)
          fputc('-', out);
      }
      fputc('\n', out);
    }
  }
  fprintf(out, "(%u row%s)\n", rows->len ? rows->len - 1 : 0, rows->len == 2 ? "" : "s");
}

static char *
serialize(DgStore *store, librdf_stream *stream)
{
  librdf_serializer *ser = librdf_new_serializer(store->world, "ntriples", NULL, NULL);
  unsigned char *text = ser && stream ? librdf_serializer_serialize_stream_to_string(ser, NULL, stream)
                                      : NULL;
  if (ser)
    librdf_free_serializer(ser);
  char *copy = text ? g_strdup((const char *)text) : NULL;
  if (text)
    librdf_free_memory(text);
  return copy;
}

/* The model a query runs on. librdf's SQLite storage answers some joins
 * wrongly (an OPTIONAL whose pattern shares a bound variable matches
 * everything), so a store's statements are queried from an in-memory copy,
 * which rasqal answers like the files. Sets *copy to what the caller frees. */
static librdf_model *
query_model(DgStore *store, librdf_storage **copy)
{
  *copy = NULL;
  if (!store->sqlite_path)
    return store->model;
  *copy = librdf_new_storage(store->world, "hashes", "copy", "hash-type='memory',contexts='yes'");
  librdf_model *model = *copy ? librdf_new_model(store->world, *copy, NULL) : NULL;
  librdf_stream *all = model ? librdf_model_as_stream(store->model) : NULL;
  for (; all && !librdf_stream_end(all); librdf_stream_next(all)) {
    librdf_node *ctx = librdf_stream_get_context2(all);
    librdf_statement *st = librdf_stream_get_object(all);
    if (ctx && !is_default_graph(ctx))
      librdf_model_context_add_statement(model, ctx, st);
    else
      librdf_model_add_statement(model, st);
  }
  if (all)
    librdf_free_stream(all);
  return model;
}

/* Prints a SELECT answer. */
static gboolean
print_bindings(librdf_query_results *results, const char *query, DgResultFormat format, FILE *out)
{
  g_autoptr(GPtrArray) vars = result_variables(results, query);
  if (format == DG_RESULT_JSON) {
    print_json(out, results, vars);
    return TRUE;
  }
  const char *name = format == DG_RESULT_TABLE ? "csv" : rasqal_format(format);
  unsigned char *text = librdf_query_results_to_string2(results, name, NULL, NULL, NULL);
  if (!text)
    return FALSE;
  gboolean empty = TRUE;
  for (const unsigned char *c = text; *c && empty; c++)
    empty = g_ascii_isspace(*c);
  if (empty)
    print_empty(out, vars, format);
  else if (format == DG_RESULT_TABLE)
    dg_print_csv_table(out, (const char *)text);
  else
    fputs((const char *)text, out);
  librdf_free_memory(text);
  return TRUE;
}

gboolean
dg_store_query(DgStore *store, const char *query, DgResultFormat format, FILE *out,
               GError **error)
{
  gboolean ok = FALSE;
  librdf_storage *copy = NULL;
  librdf_model *model = NULL;
  librdf_query_results *results = NULL;
  log_reset(store);
  librdf_query *q = librdf_new_query(store->world, "sparql", NULL, (const unsigned char *)query, NULL);
  if (!q || store->log->len) {
    set_log_error(store, error, DG_ERR_USAGE, "query", "cannot parse the query");
    goto out;
  }
  model = query_model(store, &copy);
  if (!model) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: cannot read the store", store->sqlite_path);
    goto out;
  }
  results = librdf_query_execute(q, model);
  if (!results || store->log->len) {
    set_log_error(store, error, DG_ERR_USAGE, "query", "the query failed");
    goto out;
  }
  if (librdf_query_results_is_graph(results)) {
    librdf_stream *stream = librdf_query_results_as_stream(results);
    g_autofree char *text = serialize(store, stream);
    if (stream)
      librdf_free_stream(stream);
    ok = text != NULL;
    if (ok)
      fputs(text, out);
  } else if (librdf_query_results_is_boolean(results)) {
    int b = librdf_query_results_get_boolean(results);
    if (format == DG_RESULT_JSON)
      fprintf(out, "{ \"head\": {}, \"boolean\": %s }\n", b > 0 ? "true" : "false");
    else
      fprintf(out, "%s\n", b > 0 ? "true" : "false");
    ok = TRUE;
  } else {
    ok = print_bindings(results, query, format, out);
  }
  if (!ok)
    set_log_error(store, error, DG_ERR_IO, "query", "cannot format the results");
out:
  if (results)
    librdf_free_query_results(results);
  if (q)
    librdf_free_query(q);
  if (model && model != store->model)
    librdf_free_model(model);
  if (copy)
    librdf_free_storage(copy);
  return ok;
}


gboolean
dg_store_foreach_graph(DgStore *store, DgGraphFunc func, gpointer data, GError **error)
{
  gboolean ok = TRUE;
  librdf_iterator *contexts = librdf_model_get_contexts(store->model);
  while (ok && contexts && !librdf_iterator_end(contexts)) {
    librdf_node *ctx = librdf_iterator_get_object(contexts); /* shared */
    librdf_uri *uri = librdf_node_get_uri(ctx);              /* shared */
    if (is_default_graph(ctx)) {
      librdf_iterator_next(contexts);
      continue;
    }
    librdf_stream *s = librdf_model_context_as_stream(store->model, ctx);
    g_autofree char *nt = serialize(store, s);
    if (s)
      librdf_free_stream(s);
    ok = nt && func((const char *)librdf_uri_as_string(uri), nt, data, error);
    librdf_iterator_next(contexts);
  }
  if (contexts)
    librdf_free_iterator(contexts);
  if (!ok)
    return FALSE;
  /* the default graph: statements in no context */
  librdf_storage *ds = librdf_new_storage(store->world, "hashes", "default", "hash-type='memory'");
  librdf_model *dm = ds ? librdf_new_model(store->world, ds, NULL) : NULL;
  librdf_stream *all = dm ? librdf_model_as_stream(store->model) : NULL;
  for (; all && !librdf_stream_end(all); librdf_stream_next(all)) {
    librdf_node *ctx = librdf_stream_get_context2(all);
    if (!ctx || is_default_graph(ctx))
      librdf_model_add_statement(dm, librdf_stream_get_object(all));
  }
  if (all)
    librdf_free_stream(all);
  if (dm && librdf_model_size(dm) > 0) {
    librdf_stream *s = librdf_model_as_stream(dm);
    g_autofree char *nt = serialize(store, s);
    if (s)
      librdf_free_stream(s);
    ok = nt && func(NULL, nt, data, error);
  }
  if (dm)
    librdf_free_model(dm);
  if (ds)
    librdf_free_storage(ds);
  return ok;
}
