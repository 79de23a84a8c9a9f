/* SPDX-License-Identifier: ISC */
/* A SPARQL 1.1 Protocol and Graph Store Protocol client, with libcurl. */
#include "diplograph/status.h"
#include "diplograph/store.h"
#include "query-private.h"

#include <curl/curl.h>
#include <rasqal.h>
#include <string.h>

typedef struct {
  const char *user;
  GString *body; /* the response */
  long status;
} Exchange;

static size_t
on_body(char *data, size_t size, size_t n, void *user)
{
  Exchange *x = user;
  g_string_append_len(x->body, data, (gssize)(size * n));
  return size * n;
}

static CURL *
client(Exchange *x)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    g_once_init_leave(&once, 1);
  }
  CURL *curl = curl_easy_init();
  if (!curl)
    return NULL;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, x);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "diplograph/" DG_VERSION);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
  if (x->user) {
    curl_easy_setopt(curl, CURLOPT_USERPWD, x->user);
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
  }
  return curl;
}

/* Performs the request; a transport error or a status other than 2xx is an
 * error naming @what, with the start of the server's answer. */
static gboolean
perform(CURL *curl, Exchange *x, const char *what, GError **error)
{
  CURLcode rc = curl_easy_perform(curl);
  if (rc != CURLE_OK) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "%s: %s", what, curl_easy_strerror(rc));
    return FALSE;
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &x->status);
  if (x->status < 200 || x->status >= 300) {
    g_autofree char *start = g_strndup(x->body->str, MIN(x->body->len, 400));
    g_set_error(error, DG_ERROR, x->status == 400 ? DG_ERR_USAGE : DG_ERR_IO,
                "%s: HTTP %ld: %s", what, x->status, g_strstrip(start));
    return FALSE;
  }
  return TRUE;
}

typedef struct {
  const char *graph_store;
  const char *user;
} LoadTarget;

static gboolean
put_graph(const char *graph, const char *ntriples, gpointer data, GError **error)
{
  LoadTarget *t = data;
  Exchange x = {t->user, g_string_new(NULL), 0};
  CURL *curl = client(&x);
  gboolean ok = curl != NULL;
  g_autofree char *url = NULL;
  if (graph) {
    char *escaped = curl ? curl_easy_escape(curl, graph, 0) : NULL;
    url = g_strdup_printf("%s%sgraph=%s", t->graph_store, strchr(t->graph_store, '?') ? "&" : "?",
                          escaped ? escaped : "");
    curl_free(escaped);
  } else {
    url = g_strdup_printf("%s%sdefault", t->graph_store, strchr(t->graph_store, '?') ? "&" : "?");
  }
  struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: text/turtle");
  if (ok) {
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    /* a named graph is replaced; the default graph is added to */
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, graph ? "PUT" : "POST");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, ntriples);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(ntriples));
    ok = perform(curl, &x, url, error);
  } else {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "cannot start an HTTP client");
  }
  curl_slist_free_all(headers);
  if (curl)
    curl_easy_cleanup(curl);
  g_string_free(x.body, TRUE);
  return ok;
}

gboolean
dg_endpoint_load(const char *graph_store, const char *user, const char *path, GError **error)
{
  g_autoptr(DgStore) store = dg_store_new_memory(error);
  if (!store || !dg_store_load_file(store, path, error))
    return FALSE;
  LoadTarget t = {graph_store, user};
  return dg_store_foreach_graph(store, put_graph, &t, error);
}

/* Answers are asked for in the SPARQL XML results format, the one servers
 * agree on (Virtuoso's CSV and JSON write booleans as 1 and 0), and written
 * out by rasqal in the format asked for. Graphs come as N-Triples. */
static const char accept_header[] =
  "Accept: application/sparql-results+xml, application/n-triples;q=0.9, text/turtle;q=0.8";

static gboolean
print_xml_results(const GString *body, DgResultFormat format, FILE *out, GError **error)
{
  rasqal_world *rw = rasqal_new_world();
  if (!rw || rasqal_world_open(rw)) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "cannot start rasqal");
    return FALSE;
  }
  raptor_world *raptor = rasqal_world_get_raptor(rw);
  gboolean boolean = strstr(body->str, "<boolean>") != NULL;
  rasqal_query_results *res = rasqal_new_query_results2(
    rw, NULL, boolean ? RASQAL_QUERY_RESULTS_BOOLEAN : RASQAL_QUERY_RESULTS_BINDINGS);
  raptor_iostream *in = raptor_new_iostream_from_string(raptor, body->str, body->len);
  rasqal_query_results_formatter *xml = rasqal_new_query_results_formatter(rw, "xml", NULL, NULL);
  raptor_uri *base = raptor_new_uri(raptor, (const unsigned char *)"http://localhost/");
  gboolean ok = res && in && xml && base &&
                rasqal_query_results_formatter_read(rw, in, xml, res, base) == 0;
  void *text = NULL;
  size_t len = 0;
  if (ok && boolean) {
    int b = rasqal_query_results_get_boolean(res);
    if (format == DG_RESULT_JSON)
      fprintf(out, "{ \"head\": {}, \"boolean\": %s }\n", b > 0 ? "true" : "false");
    else
      fprintf(out, "%s\n", b > 0 ? "true" : "false");
  } else if (ok) {
    const char *name = format == DG_RESULT_TSV ? "tsv" : format == DG_RESULT_JSON ? "json" : "csv";
    raptor_iostream *w = raptor_new_iostream_to_string(raptor, &text, &len, NULL);
    ok = w && rasqal_query_results_write(w, res, name, NULL, NULL, NULL) == 0;
    if (w)
      raptor_free_iostream(w); /* flushes into text */
    if (ok && text && format == DG_RESULT_TABLE)
      dg_print_csv_table(out, text);
    else if (ok && text)
      fwrite(text, 1, len, out);
  }
  if (!ok)
    g_set_error(error, DG_ERROR, DG_ERR_IO, "cannot read the server's SPARQL XML results");
  rasqal_free_memory(text);
  if (base)
    raptor_free_uri(base);
  if (xml)
    rasqal_free_query_results_formatter(xml);
  if (in)
    raptor_free_iostream(in);
  if (res)
    rasqal_free_query_results(res);
  rasqal_free_world(rw);
  return ok;
}

gboolean
dg_endpoint_query(const char *endpoint, const char *user, const char *query,
                  DgResultFormat format, FILE *out, GError **error)
{
  Exchange x = {user, g_string_new(NULL), 0};
  CURL *curl = client(&x);
  if (!curl) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "cannot start an HTTP client");
    g_string_free(x.body, TRUE);
    return FALSE;
  }
  char *escaped = curl_easy_escape(curl, query, 0);
  g_autofree char *form = g_strdup_printf("query=%s", escaped);
  curl_free(escaped);
  struct curl_slist *headers = curl_slist_append(NULL, accept_header);
  headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
  curl_easy_setopt(curl, CURLOPT_URL, endpoint);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form);
  gboolean ok = perform(curl, &x, endpoint, error);
  char *type = NULL;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
  if (ok && type && strstr(type, "sparql-results+xml"))
    ok = print_xml_results(x.body, format, out, error);
  else if (ok)
    fwrite(x.body->str, 1, x.body->len, out); /* a graph */
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  g_string_free(x.body, TRUE);
  return ok;
}
