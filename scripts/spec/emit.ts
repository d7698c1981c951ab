/**
 * Writes the language-neutral spec of crm-taxonomy into spec/: the documents (every rule as
 * data), their JSON Schemas and the conformance vectors, all generated from the definitions the
 * library runs. `npm run spec` rewrites them; `test/spec/spec.test.ts` fails when they are out of
 * date, so a change of a rule or a verdict shows up in review as a diff of these files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { specFiles } from './files.js';

const root = resolve(import.meta.dirname, '../..');
for (const [path, content] of Object.entries(specFiles())) {
  const file = resolve(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  console.log(path);
}
