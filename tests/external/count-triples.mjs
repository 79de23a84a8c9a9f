// SPDX-License-Identifier: MIT
// Parses each file with two RDF parsers we did not write, N3.js and Oxigraph, and checks
// that they read the same number of statements.
//
// usage: node count-triples.mjs FILE...
//   The format comes from the extension: .nt N-Triples, .nq N-Quads, .ttl Turtle.
//   Prints "FILE n3=N oxigraph=M" per file (N-Quads: quads). Exits 1 if a parser
//   rejects a file or the counts differ, 2 on a usage error.
//
// n3 counts every statement it reads; Oxigraph's store keeps distinct quads. A file with
// a repeated statement therefore fails, which is what we want: our output has none.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import N3 from 'n3';
import oxigraph from 'oxigraph';

const FORMATS = {
  '.nt': { n3: 'N-Triples', mime: 'application/n-triples' },
  '.nq': { n3: 'N-Quads', mime: 'application/n-quads' },
  '.ttl': { n3: 'Turtle', mime: 'text/turtle' },
};

function firstLine(err) {
  return String(err && err.message ? err.message : err).split('\n')[0];
}

// Returns [count, distinct]; throws with N3.js's message (it names the line).
function countN3(text, format, file) {
  const parser = new N3.Parser({ format, baseIRI: `file://${file}` });
  const quads = parser.parse(text);
  const store = new N3.Store(quads);
  return [quads.length, store.size];
}

function countOxigraph(text, mime, file) {
  const store = new oxigraph.Store();
  store.load(text, { format: mime, base_iri: `file://${file}` });
  return store.size;
}

function main(files) {
  if (files.length === 0) {
    console.error('usage: node count-triples.mjs FILE...  (.nt, .nq or .ttl)');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const fmt = FORMATS[extname(file).toLowerCase()];
    if (!fmt) {
      console.error(`${file}: unknown extension (expected .nt, .nq or .ttl)`);
      return 2;
    }
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      console.log(`${file} ERROR reading: ${firstLine(err)}`);
      status = 1;
      continue;
    }
    let n3 = null;
    let distinct = null;
    let ox = null;
    try {
      [n3, distinct] = countN3(text, fmt.n3, file);
    } catch (err) {
      console.log(`${file} ERROR n3: ${firstLine(err)}`);
      status = 1;
    }
    try {
      ox = countOxigraph(text, fmt.mime, file);
    } catch (err) {
      console.log(`${file} ERROR oxigraph: ${firstLine(err)}`);
      status = 1;
    }
    if (n3 === null || ox === null) {
      continue;
    }
    let line = `${file} n3=${n3} oxigraph=${ox}`;
    if (n3 !== distinct) {
      line += ` (n3 read ${n3 - distinct} repeated statements)`;
      status = 1;
    }
    if (n3 !== ox) {
      line += ' MISMATCH';
      status = 1;
    }
    console.log(line);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
