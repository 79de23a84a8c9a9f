/* SPDX-License-Identifier: ISC */
/* diplograph: status codes and the GError domain shared by every stage. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DgStatus:
 * @DG_SUCCESS: done.
 * @DG_ERR_IO: reading or writing a file failed (the message names it).
 * @DG_ERR_ENCODING: input is not valid UTF-8 text (the message gives the byte offset).
 * @DG_ERR_EMPTY: input holds no text.
 * @DG_ERR_LEXICON: a lexicon file is malformed (a missing one is %DG_ERR_IO).
 * @DG_ERR_TERM: a term could not be made safe for N-Triples (never expected).
 * @DG_ERR_USAGE: the command line or an argument is wrong.
 * @DG_ERR_BUSY: another run holds the output directory.
 * @DG_ERR_FORMAT: input is not well formed in its format: a JSON Lines line
 *   that is not a JSON object with a "text" string, corrupt gzip data, or
 *   article metadata that fails its check (the message says which).
 *
 * Every runtime failure is one of these, carried in a #GError of domain
 * %DG_ERROR whose message names the file and, where it applies, the byte offset.
 */
typedef enum {
  DG_SUCCESS = 0,
  DG_ERR_IO,
  DG_ERR_ENCODING,
  DG_ERR_EMPTY,
  DG_ERR_LEXICON,
  DG_ERR_TERM,
  DG_ERR_USAGE,
  DG_ERR_BUSY,
  DG_ERR_FORMAT,
} DgStatus;

#define DG_ERROR (dg_error_quark())

/** dg_error_quark: the #GError domain of #DgStatus codes. */
GQuark dg_error_quark(void);

/** dg_strerror: (transfer none): a short English description of @status. */
const char *dg_strerror(DgStatus status);

G_END_DECLS
