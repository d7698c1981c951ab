/** docs/api-shape.md lists every value the root entry exports, and nothing else. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import * as root from '../../src/index.js';

it('docs/api-shape.md lists exactly the root entry\'s values', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../../docs/api-shape.md'), 'utf8');
  const table = text.slice(text.indexOf('## The root entry, by concept'));
  const listed = new Set<string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| concept'))) {
    const cells = row.split('|');
    for (const match of (cells[2] ?? '').matchAll(/`([A-Za-z_]\w*)`/g)) listed.add(match[1]!);
  }
  expect([...listed].sort()).toEqual(Object.keys(root).sort());
});
