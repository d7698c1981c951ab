/** Shared CDNOW loading for the clv bench scripts (reads the test fixture). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type CdnowRow = readonly string[];

export const cdnowRows: readonly CdnowRow[] = readFileSync(
  fileURLToPath(new URL('../test/fixtures/cdnow/CDNOW_sample.txt', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));

export const cdnowAccessors = {
  customerId: (r: CdnowRow) => Number(r[1]),
  at: (r: CdnowRow) => r[2] as string,
  amount: (r: CdnowRow) => Number(r[4]),
};
