/* SPDX-License-Identifier: ISC */
/* Shared by the query engines (not installed). */
#pragma once

#include <stdio.h>

/* Prints a W3C CSV answer as an aligned table with a row count. */
void dg_print_csv_table(FILE *out, const char *csv);
