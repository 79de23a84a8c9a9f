/* SPDX-License-Identifier: ISC */
/* Making IRIs safe before any writer sees them. */
#include "diplograph/graph.h"
#include "diplograph/status.h"

#include <string.h>

char *
dg_iri_segment(const char *s)
{
  GString *out = g_string_sized_new(strlen(s));
  for (const guchar *p = (const guchar *)s; *p; p++) {
    if (g_ascii_isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~')
      g_string_append_c(out, (char)*p);
    else
      g_string_append_printf(out, "%%%02X", *p);
  }
  /* "." and ".." are not names of a segment */
  if (strcmp(out->str, ".") == 0 || strcmp(out->str, "..") == 0) {
    g_string_truncate(out, 0);
    g_string_append(out, strlen(s) == 1 ? "%2E" : "%2E%2E");
  }
  return g_string_free(out, FALSE);
}

gboolean
dg_base_iri_check(const char *base, GError **error)
{
  if (!g_str_has_prefix(base, "http://") && !g_str_has_prefix(base, "https://")) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                "--base %s: must be an absolute http:// or https:// IRI", base);
    return FALSE;
  }
  if (!g_str_has_suffix(base, "/") && !g_str_has_suffix(base, "#")) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE, "--base %s: must end with '/' or '#'", base);
    return FALSE;
  }
  if (!g_utf8_validate(base, -1, NULL)) {
    g_set_error(error, DG_ERROR, DG_ERR_USAGE, "--base: not UTF-8");
    return FALSE;
  }
  for (const guchar *p = (const guchar *)base; *p; p++) {
    if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p)) {
      g_set_error(error, DG_ERROR, DG_ERR_USAGE,
                  "--base %s: character %u (0x%02X) is not allowed in an IRI", base,
                  (unsigned)(p - (const guchar *)base), *p);
      return FALSE;
    }
  }
  return TRUE;
}
