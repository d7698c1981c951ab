import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarizeTransactions, type CustomerSummary, type TimeUnit } from '../../src/clv/index.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/** One CDNOW_sample.txt row: master id, sample id, date YYYYMMDD, CDs, dollars. */
export type CdnowRow = readonly [string, string, string, string, string];

export const cdnowRows: readonly CdnowRow[] = readFileSync(fixture('cdnow/CDNOW_sample.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/) as unknown as CdnowRow);

export const cdnowAccessors = {
  customerId: (r: CdnowRow) => Number(r[1]),
  at: (r: CdnowRow) => r[2],
  amount: (r: CdnowRow) => Number(r[4]),
};

export function cdnowSummary(timeUnit: TimeUnit = 'weeks'): CustomerSummary {
  return summarizeTransactions(cdnowRows, { accessors: cdnowAccessors, calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30', timeUnit });
}

export const publishedSummary: readonly (readonly number[])[] = readFileSync(fixture('cdnow/cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));

/** The donations of Fader, Hardie & Shang (2010) as BG/BB histories with counts. */
export const donations = readFileSync(fixture('donations/donations.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number))
  .map(([x, tx, n, count]) => ({ x: x!, tx: tx!, n: n!, count: count! }));

/** Fader & Hardie's (2007) two cohorts: survivors at the start of years 0–12. */
export const retention = readFileSync(fixture('retention/survivors.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
export const regular = retention.map((r) => r[1]!);
export const highEnd = retention.map((r) => r[2]!);
