// SPDX-License-Identifier: MIT
// Answers a SPARQL query over a dump with Oxigraph (an engine we did not write), the
// default graph being the union of all graphs, and prints W3C SPARQL 1.1 CSV results.
//
// usage: node oxigraph-query.mjs DATA.nq QUERY.rq
//   DATA: N-Quads (.nq), N-Triples (.nt) or Turtle (.ttl), by extension.
//   QUERY: a file, or - for standard input.
//
// Output, as rasqal's roqet writes it (and the W3C SPARQL 1.1 CSV format says):
//   - lines end with CRLF; a header line with the variable names in projection order,
//     then one line per solution, in the engine's order (no sorting here);
//   - IRIs as the bare IRI, literals as their lexical form (no datatype, no language
//     tag), blank nodes as _:label, unbound as an empty field;
//   - a field is double-quoted (with "" for ") only when it holds , " CR or LF.
//   ASK prints true or false alone on a line; CONSTRUCT and DESCRIBE print N-Triples.
//
// Duplicates: with use_default_graph_as_union Oxigraph matches each quad, so a triple
// stated in two graphs matches twice (Virtuoso does the same; rasqal over graph.nt
// sees the triple once). Compare answers as sets (csv-normalise.py does).
//
// Exits 1 with Oxigraph's message on a bad query or unreadable data, 2 on usage errors.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// oxigraph is installed in tests/external/node_modules (npm ci there).
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'external', 'package.json'));
let oxigraph;
try {
  oxigraph = require('oxigraph');
} catch (err) {
  process.stderr.write(
    `oxigraph-query: cannot load oxigraph (run npm ci in ${join(here, '..', 'external')}): ${err.message}\n`,
  );
  process.exit(2);
}

const FORMATS = { '.nq': 'application/n-quads', '.nt': 'application/n-triples', '.ttl': 'text/turtle' };

function fail(message, code = 1) {
  process.stderr.write(`oxigraph-query: ${message}\n`);
  process.exit(code);
}

function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// A term of the SPARQL JSON results as a CSV field.
function csvTerm(term) {
  if (!term) return '';
  if (term.type === 'bnode') return csvField(`_:${term.value}`);
  return csvField(term.value);
}

const [dataPath, queryPath] = process.argv.slice(2);
if (!dataPath || !queryPath || process.argv.length > 4) {
  fail('usage: node oxigraph-query.mjs DATA.nq QUERY.rq', 2);
}
const format = FORMATS[extname(dataPath).toLowerCase()];
if (!format) fail(`${dataPath}: unknown extension (want .nq, .nt or .ttl)`, 2);

let data;
let query;
try {
  data = readFileSync(dataPath, 'utf8');
  query = readFileSync(queryPath === '-' ? 0 : queryPath, 'utf8');
} catch (err) {
  fail(err.message);
}

const store = new oxigraph.Store();
try {
  store.load(data, { format, base_iri: `file://${dataPath}` });
} catch (err) {
  fail(`${dataPath}: ${err.message}`);
}

const options = { use_default_graph_as_union: true };
let out;
try {
  // The JSON results carry the projection order and the kind of each term; graph
  // results (CONSTRUCT, DESCRIBE) are not results sets, so ask again for N-Triples.
  let json;
  try {
    json = JSON.parse(store.query(query, { ...options, results_format: 'json' }));
  } catch (err) {
    if (!/format/i.test(err.message)) throw err;
    json = null;
  }
  if (json !== null && typeof json.boolean === 'boolean') {
    out = `${json.boolean}\r\n`;
  } else if (json === null || !json.head || !Array.isArray(json.head.vars)) {
    out = store.query(query, { ...options, results_format: 'application/n-triples' });
  } else {
    const vars = json.head.vars;
    const lines = [vars.map(csvField).join(',')];
    for (const row of json.results.bindings) lines.push(vars.map((v) => csvTerm(row[v])).join(','));
    out = `${lines.join('\r\n')}\r\n`;
  }
} catch (err) {
  fail(`${queryPath}: ${err.message}`);
}
process.stdout.write(out);
