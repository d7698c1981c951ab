import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarizeTransactions, type CustomerSummary, type TimeUnit } from '../../src/clv/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/cdnow/${name}`, import.meta.url));

/** One CDNOW_sample.txt row: master id, sample id, date YYYYMMDD, CDs, dollars. */
export type CdnowRow = readonly [string, string, string, string, string];

export const cdnowRows: readonly CdnowRow[] = readFileSync(fixture('CDNOW_sample.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/) as unknown as CdnowRow);

export const cdnowAccessors = {
  customerId: (r: CdnowRow) => Number(r[1]),
  at: (r: CdnowRow) => r[2],
  amount: (r: CdnowRow) => Number(r[4]),
};

export function cdnowSummary(timeUnit: TimeUnit = 'weeks'): CustomerSummary {
  return summarizeTransactions(cdnowRows, cdnowAccessors, { calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30', timeUnit });
}

export const publishedSummary: readonly (readonly number[])[] = readFileSync(fixture('cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
