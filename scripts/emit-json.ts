/**
 * Writes the built-in taxonomy as JSON and its JSON Schema into dist/, beside the build.
 * Run by `npm run build`; `test/taxonomy/json.test.ts` checks they match the TypeScript data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { taxonomy } from '../src/index.js';
import { taxonomyJsonSchema } from '../src/schema/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
const document = { $schema: './taxonomy.schema.json', version: pkg.version, ...taxonomy.toJSON() };
writeFileSync(new URL('taxonomy.json', dist), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(new URL('taxonomy.schema.json', dist), `${JSON.stringify(taxonomyJsonSchema(), null, 2)}\n`);
console.log(`dist/taxonomy.json: ${document.dimensions.length} dimensions, ${document.dimensions.reduce((n, d) => n + d.values.length, 0)} values`);
