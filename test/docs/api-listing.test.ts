/** docs/api-shape.md lists every value the root entry and the concept entries (`crm-taxonomy/clv`, `…/analysis`, `…/playbook`, `…/pool`) export, and nothing else. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as analysis from '../../src/analysis/index.js';
import * as charts from '../../src/charts/index.js';
import * as clv from '../../src/clv/index.js';
import * as interop from '../../src/interop/index.js';
import * as root from '../../src/index.js';
import * as playbook from '../../src/playbook/index.js';
import * as pool from '../../src/pool/index.js';
import * as schema from '../../src/schema/index.js';
import * as sql from '../../src/sql/index.js';

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

describe('docs/api-shape.md: migrating from v0.1', () => {
  const entries: Record<string, Record<string, unknown>> = { 'crm-taxonomy': root, 'crm-taxonomy/clv': clv, 'crm-taxonomy/analysis': analysis, 'crm-taxonomy/playbook': playbook, 'crm-taxonomy/pool': pool, 'crm-taxonomy/charts': charts, 'crm-taxonomy/schema': schema, 'crm-taxonomy/interop': interop, 'crm-taxonomy/sql': sql };
  const exported = new Set(Object.values(entries).flatMap((entry) => Object.keys(entry)));
  /** The rows of the table under a bold title of the migration section, as [first cell's names, second cell]. */
  function rows(title: string): [string[], string][] {
    const text = readFileSync(resolve(import.meta.dirname, '../../docs/api-shape.md'), 'utf8');
    const section = text.slice(text.indexOf('## Migrating from v0.1'));
    const start = section.indexOf(`**${title}**`);
    expect(start).toBeGreaterThanOrEqual(0);
    const table = section.slice(start).split('\n\n')[1]!.split('\n').slice(2);
    return table.map((row) => {
      const cells = row.split(/(?<!\\)\|/);
      return [[...(cells[1] ?? '').matchAll(/`([A-Za-z_]\w*)/g)].map((m) => m[1]!), cells[2] ?? ''];
    });
  }

  it('no renamed or removed v0.1 value is exported by any entry (unless the row keeps its name)', () => {
    const still: string[] = [];
    for (const title of ['Renamed or replaced', 'Removed: internals, and constants a result already shows']) {
      for (const [names, to] of rows(title)) for (const name of names) if (exported.has(name) && !to.includes(`\`${name}`)) still.push(name);
    }
    expect(still).toEqual([]);
  });

  it('every v0.1 root value said to have moved is exported by its entry, not by the root', () => {
    for (const [names, to] of rows('Moved to an entry of their own')) {
      const entry = entries[/`(crm-taxonomy\/\w+)`/.exec(to)?.[1] ?? '']!;
      expect(entry).toBeDefined();
      for (const name of names) {
        expect(Object.keys(entry), name).toContain(name);
        expect(Object.keys(root), name).not.toContain(name);
      }
    }
  });
});
