import { join } from 'node:path';
import { describe, it } from 'vitest';
import { collectExamples, ROOT, runExample } from './doctest.js';

// Runs every TSDoc example of src/scoring and every ts block of docs/scoring.md, asserting `//=>`.
const examples = collectExamples(['src/scoring'], ['docs/scoring.md']);
const entries = { 'crm-taxonomy': join(ROOT, 'test/scoring/doc-entry.ts') };

describe('scoring doctests', () => {
  it.each(examples.map((e, i) => [`${e.file}:${e.line}`, e, i] as const))('%s', async (_, example, index) => {
    await runExample(example, index, entries);
  });
});
