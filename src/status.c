/* SPDX-License-Identifier: ISC */
#include "diplograph/status.h"

G_DEFINE_QUARK(dg-error-quark, dg_error)

const char *
dg_strerror(DgStatus status)
{
  switch (status) {
  case DG_SUCCESS:
    return "success";
  case DG_ERR_IO:
    return "input/output error";
  case DG_ERR_ENCODING:
    return "invalid text encoding";
  case DG_ERR_EMPTY:
    return "no text";
  case DG_ERR_LEXICON:
    return "bad lexicon";
  case DG_ERR_TERM:
    return "term cannot be written";
  case DG_ERR_USAGE:
    return "bad usage";
  case DG_ERR_BUSY:
    return "output directory in use";
  case DG_ERR_FORMAT:
    return "malformed input";
  }
  return "unknown status";
}
