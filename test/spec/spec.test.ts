import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { specFiles } from '../../scripts/spec/files.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('the spec (spec/)', () => {
  const files = specFiles();

  it('is what the library generates now (run `npm run spec` after changing a rule, and review the diff)', () => {
    for (const [path, content] of Object.entries(files)) expect(read(path), path).toEqual(JSON.parse(JSON.stringify(content)));
    const committed = ['spec', 'spec/schemas', 'spec/conformance'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${dir}/${f}`),
    );
    expect(committed.sort()).toEqual(Object.keys(files).sort());
  });

  it('every document and vector file is valid against its JSON Schema (draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const path of Object.keys(files).filter((p) => !p.startsWith('spec/schemas/'))) {
      const document = read(path) as { $schema: string };
      const schemaPath = join(path, '..', document.$schema);
      const validate = ajv.compile(read(schemaPath) as object);
      const ok = validate(document);
      expect(ok, `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});
