/** docs/api-shape.md lists every value the root entry and the concept entries (`crm-taxonomy/clv`, `…/analysis`, `…/playbook`, `…/pool`) export, and nothing else. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import * as analysis from '../../src/analysis/index.js';
import * as clv from '../../src/clv/index.js';
import * as root from '../../src/index.js';
import * as playbook from '../../src/playbook/index.js';
import * as pool from '../../src/pool/index.js';

/** The values named in the tables of one section of docs/api-shape.md. */
function listedUnder(heading: string): string[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../docs/api-shape.md'), 'utf8');
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + heading.length);
  const section = text.slice(start, end < 0 ? undefined : end);
  const listed = new Set<string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| concept'))) {
    const cells = row.split('|');
    for (const match of (cells[2] ?? '').matchAll(/`([A-Za-z_]\w*)`/g)) listed.add(match[1]!);
  }
  return [...listed].sort();
}

it('docs/api-shape.md lists exactly the root entry\'s values', () => {
  expect(listedUnder('## The root entry, by concept')).toEqual(Object.keys(root).sort());
});

it('docs/api-shape.md lists exactly the values of crm-taxonomy/clv', () => {
  expect(listedUnder('## Lifetime value: `crm-taxonomy/clv`')).toEqual(Object.keys(clv).sort());
});

it.each([
  ['## The seeds\' analyses: `crm-taxonomy/analysis`', analysis],
  ['## The playbook: `crm-taxonomy/playbook`', playbook],
  ['## The public pool: `crm-taxonomy/pool`', pool],
] as const)('docs/api-shape.md lists exactly the values of the entry under %s', (heading, entry) => {
  expect(listedUnder(heading)).toEqual(Object.keys(entry).sort());
});
