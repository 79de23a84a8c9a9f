/* SPDX-License-Identifier: ISC */
/* librdf ownership, written down once:
 *  - librdf_new_node_from_* return new nodes owned by the caller;
 *  - librdf_new_statement_from_nodes TAKES the three nodes it is given;
 *  - librdf_model_context_add_statement COPIES the statement and the context
 *    node, so both stay the caller's to free;
 *  - librdf_model_add* return non-zero on failure, and the "hashes" storage
 *    fails silently past about 2 million statements (a 32-bit overflow), so
 *    every return is checked. */
#include "diplograph/model.h"

#include "diplograph/status.h"

#include <redland.h>
#include <string.h>

struct DgModel {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  DgSink sink;
};

static librdf_node *
node_of(librdf_world *w, const DgTerm *t)
{
  if (t->kind == DG_TERM_IRI)
    return librdf_new_node_from_uri_string(w, (const unsigned char *)t->value);
  librdf_uri *dt = t->datatype && !t->lang
                     ? librdf_new_uri(w, (const unsigned char *)t->datatype)
                     : NULL;
  librdf_node *n = librdf_new_node_from_typed_literal(w, (const unsigned char *)t->value,
                                                      t->lang, dt);
  if (dt)
    librdf_free_uri(dt);
  return n;
}

static gboolean
model_add(gpointer handle, const DgStatement *st, GError **error)
{
  DgModel *m = handle;
  librdf_node *s = node_of(m->world, &st->subject);
  librdf_node *p = node_of(m->world, &st->predicate);
  librdf_node *o = node_of(m->world, &st->object);
  if (!s || !p || !o) {
    if (s) librdf_free_node(s);
    if (p) librdf_free_node(p);
    if (o) librdf_free_node(o);
    g_set_error(error, DG_ERROR, DG_ERR_TERM, "librdf: cannot make a node");
    return FALSE;
  }
  librdf_statement *statement = librdf_new_statement_from_nodes(m->world, s, p, o);
  if (!statement) {
    g_set_error(error, DG_ERROR, DG_ERR_TERM, "librdf: cannot make a statement");
    return FALSE;
  }
  librdf_node *ctx = st->graph ? librdf_new_node_from_uri_string(
                                   m->world, (const unsigned char *)st->graph)
                               : NULL;
  int rc = ctx ? librdf_model_context_add_statement(m->model, ctx, statement)
               : librdf_model_add_statement(m->model, statement);
  if (ctx)
    librdf_free_node(ctx);
  librdf_free_statement(statement);
  if (rc != 0) {
    g_set_error(error, DG_ERROR, DG_ERR_IO,
                "librdf: the model refused a statement (store full?)");
    return FALSE;
  }
  return TRUE;
}

DgModel *
dg_model_new(GError **error)
{
  DgModel *m = g_new0(DgModel, 1);
  m->world = librdf_new_world();
  if (m->world)
    librdf_world_open(m->world);
  m->storage = m->world ? librdf_new_storage(m->world, "hashes", "dg",
                                             "hash-type='memory',contexts='yes'")
                        : NULL;
  m->model = m->storage ? librdf_new_model(m->world, m->storage, NULL) : NULL;
  if (!m->model) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "librdf: cannot create an in-memory model");
    dg_model_free(m);
    return NULL;
  }
  m->sink.handle = m;
  m->sink.on_statement = model_add;
  return m;
}

void
dg_model_free(DgModel *m)
{
  if (!m)
    return;
  if (m->model)
    librdf_free_model(m->model);
  if (m->storage)
    librdf_free_storage(m->storage);
  if (m->world)
    librdf_free_world(m->world);
  g_free(m);
}

const DgSink *
dg_model_sink(DgModel *m)
{
  return &m->sink;
}

int
dg_model_size(DgModel *m)
{
  librdf_stream *stream = librdf_model_as_stream(m->model);
  int n = 0;
  if (!stream)
    return -1;
  while (!librdf_stream_end(stream)) {
    n++;
    librdf_stream_next(stream);
  }
  librdf_free_stream(stream);
  return n;
}

char *
dg_model_serialize(DgModel *m, const char *syntax, GError **error)
{
  librdf_serializer *ser = librdf_new_serializer(m->world, syntax, NULL, NULL);
  if (!ser) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE, "librdf: no serializer '%s'", syntax);
    return NULL;
  }
  size_t len = 0;
  unsigned char *s = librdf_serializer_serialize_model_to_counted_string(ser, NULL, m->model, &len);
  librdf_free_serializer(ser);
  if (!s) {
    g_set_error(error, DG_ERROR, DG_ERR_IO, "librdf: serializing failed");
    return NULL;
  }
  char *copy = g_strndup((const char *)s, len);
  librdf_free_memory(s);
  return copy;
}
