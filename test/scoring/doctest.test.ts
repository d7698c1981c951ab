import { join } from 'node:path';
import { describe, it } from 'vitest';
import { collectExamples, ROOT, runExample } from './doctest.js';

// Runs every TSDoc example of src/scoring and src/sql and every ts block of docs/scoring.md and
// docs/sql.md, asserting `//=>` lines.
const examples = collectExamples(['src/scoring', 'src/sql'], ['docs/scoring.md', 'docs/sql.md']);
const entries = {
  'crm-taxonomy/sql': join(ROOT, 'src/sql/index.ts'),
  'crm-taxonomy': join(ROOT, 'test/scoring/doc-entry.ts'),
};

describe('scoring and sql doctests', () => {
  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, e, i] as const))('%s', async (_, example, index) => {
    await runExample(example, index, entries);
  });
});
