// SPDX-License-Identifier: MIT
// Validates a data graph against SHACL shapes with rdf-validate-shacl (Zazuko).
//
// usage: node shacl.mjs DATA SHAPES.ttl
//   DATA is N-Triples (.nt), N-Quads (.nq: all graphs merged) or Turtle (.ttl).
//   Prints each violation (focus node, path, message, value, shape), then
//   "conforms: true|false". Exits 0 only when the data conforms; 1 when it does not,
//   2 on a usage or parse error.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import N3 from 'n3';
import datasetFactory from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';
import { validators } from 'rdf-validate-datatype';

const { namedNode, quad, defaultGraph } = N3.DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// rdf-validate-datatype 0.2.2 checks xsd:gMonthDay against "MM-DD" and so rejects the
// valid "--MM-DD" (XML Schema 1.1 part 2, 3.3.12). Register the lexical space as the
// standard gives it, with optional time zone.
validators.register(
  namedNode(`${XSD}gMonthDay`),
  (value) => {
    const m = /^--(\d\d)-(\d\d)(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?$/.exec(value);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const days = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month];
  },
);

const FORMATS = { '.nt': 'N-Triples', '.nq': 'N-Quads', '.ttl': 'Turtle' };

function load(file) {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) {
    throw new Error(`${file}: unknown extension (expected .nt, .nq or .ttl)`);
  }
  const text = readFileSync(file, 'utf8');
  let quads;
  try {
    quads = new N3.Parser({ format, baseIRI: `file://${file}` }).parse(text);
  } catch (err) {
    throw new Error(`${file}: ${err.message}`);
  }
  // Validate the union of all graphs, as one data graph.
  return datasetFactory.dataset(quads.map((q) => quad(q.subject, q.predicate, q.object, defaultGraph())));
}

function show(term) {
  if (!term) return '-';
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = JSON.stringify(term.value.length > 60 ? `${term.value.slice(0, 60)}...` : term.value);
      if (term.language) return `${text}@${term.language}`;
      return `${text}^^<${term.datatype.value}>`;
    }
    default:
      return String(term.value);
  }
}

function showPath(path) {
  if (!path) return '-';
  if (Array.isArray(path)) return path.map(showPath).join('/');
  if (path.termType) return show(path);
  return JSON.stringify(path);
}

async function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node shacl.mjs DATA.nt SHAPES.ttl');
    return 2;
  }
  let data;
  let shapes;
  try {
    data = load(argv[0]);
    shapes = load(argv[1]);
  } catch (err) {
    console.error(`ERROR ${err.message}`);
    return 2;
  }
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(data);
  for (const r of report.results) {
    const message = r.message.map((m) => m.value).join('; ') || '-';
    console.log(
      `${r.severity ? r.severity.value.replace(/.*#/, '') : 'Violation'}: `
        + `focus ${show(r.focusNode)} path ${showPath(r.path)} value ${show(r.value)}: `
        + `${message} [${show(r.sourceConstraintComponent).replace(/.*#(\w+)>$/, '$1')}]`,
    );
  }
  console.log(`conforms: ${report.conforms}`);
  return report.conforms ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
