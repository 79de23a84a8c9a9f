/* SPDX-License-Identifier: ISC */
/* A SPARQL 1.1 Protocol and Graph Store Protocol client, with libcurl. */
#include "diplograph/status.h"
#include "diplograph/store.h"

#include <curl/curl.h>
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

static const char *
accept_of(DgResultFormat format)
{
  switch (format) {
  case DG_RESULT_TABLE:
  case DG_RESULT_CSV:
    return "Accept: text/csv, application/n-triples;q=0.5, text/plain;q=0.1";
  case DG_RESULT_TSV:
    return "Accept: text/tab-separated-values, application/n-triples;q=0.5";
  case DG_RESULT_JSON:
    return "Accept: application/sparql-results+json, application/ld+json;q=0.5";
  }
  return "Accept: text/csv";
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
  struct curl_slist *headers = curl_slist_append(NULL, accept_of(format));
  headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
  curl_easy_setopt(curl, CURLOPT_URL, endpoint);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form);
  gboolean ok = perform(curl, &x, endpoint, error);
  if (ok) {
    /* CSV lines end in CRLF by the W3C format: print LF, as our engine does */
    for (gsize i = 0; i < x.body->len; i++)
      if (!(x.body->str[i] == '\r' && i + 1 < x.body->len && x.body->str[i + 1] == '\n'))
        fputc(x.body->str[i], out);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  g_string_free(x.body, TRUE);
  return ok;
}
