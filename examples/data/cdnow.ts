/**
 * Reads the CDNOW master log the repository ships (test/fixtures/cdnow-master, with its
 * attribution): 69,659 purchases of 23,570 customers, 1997-01-01 to 1998-06-30. Amounts become
 * integer cents, so sums never drift.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One CDNOW transaction as a host's database row would hand it over. */
export interface CdnowRow {
  readonly customerId: string;
  readonly date: string;
  readonly cents: number;
}

export const CDNOW_DIR = resolve(import.meta.dirname, '../../test/fixtures/cdnow-master');

export function readCdnow(): CdnowRow[] {
  const rows: CdnowRow[] = [];
  for (const line of readFileSync(join(CDNOW_DIR, 'CDNOW_master.txt'), 'utf8').split(/\r?\n/).slice(1)) {
    const [id, date, , dollars] = line.trim().split(/\s+/);
    if (id === undefined || date === undefined || dollars === undefined) continue;
    rows.push({ customerId: id, date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, cents: Math.round(Number(dollars) * 100) });
  }
  return rows;
}

/** The accessors for {@link CdnowRow}. */
export const cdnowAccessors = {
  customerId: (r: CdnowRow) => r.customerId,
  at: (r: CdnowRow) => r.date,
  amount: (r: CdnowRow) => r.cents,
};

/**
 * One account per customer for the seeds' analyses (`differentiate`, `customerValue`): its
 * purchases, and — CDNOW records no costs, so this is an assumption stated where it is used — one
 * agent-handled service contact per order.
 */
export function cdnowAccounts(rows: readonly CdnowRow[]): { customerId: string; transactions: { at: string; amount: number }[]; serviceContacts: { agent: number } }[] {
  const accounts = new Map<string, { customerId: string; transactions: { at: string; amount: number }[]; serviceContacts: { agent: number } }>();
  for (const r of rows) {
    const account = accounts.get(r.customerId) ?? { customerId: r.customerId, transactions: [], serviceContacts: { agent: 0 } };
    account.transactions.push({ at: r.date, amount: r.cents });
    account.serviceContacts.agent++;
    accounts.set(r.customerId, account);
  }
  return [...accounts.values()];
}
