import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrument, markdownExamples, sourceExamples, type DocExample } from '../support/doc-examples.js';

const dir = new URL('../.doctest/', import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

function run(examples: readonly DocExample[]): void {
  examples.forEach((example, i) => {
    it(example.name, async () => {
      const file = new URL(`${example.file.replace(/[^\w]+/g, '_')}_${i}.ts`, dir);
      writeFileSync(file, instrument(example));
      await import(file.pathname);
    });
  });
}

describe('TSDoc examples', () => {
  const examples = sourceExamples();
  it('exist', () => expect(examples.length).toBeGreaterThan(0));
  run(examples);
});

describe('Markdown examples', () => {
  run(markdownExamples());
});
