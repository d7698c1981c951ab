import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CustomerAccount } from '../../src/analysis/index.js';

/** One CDNOW_master.txt row: customer id, day (YYYYMMDD), number of CDs, dollars. */
export interface CdnowRow {
  readonly id: string;
  readonly day: string;
  readonly cds: number;
  readonly cents: number;
}

const file = fileURLToPath(new URL('../fixtures/cdnow-master/CDNOW_master.txt', import.meta.url));

/** The 69,659 transactions of the CDNOW master set (Fader & Hardie), dollars as integer cents. */
export const cdnowRows: readonly CdnowRow[] = readFileSync(file, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, day, cds, dollars] = line.trim().split(/\s+/) as [string, string, string, string];
    return { id, day, cds: Number(cds), cents: Math.round(Number(dollars) * 100) };
  });

/**
 * The CDNOW customers as accounts, the way a host would build them from its order table: one
 * account per customer, each order a transaction in cents. `contacts` adds service contacts per
 * customer when a test needs a cost to serve (CDNOW has none).
 */
export function cdnowAccounts(contacts?: (orders: number) => Readonly<Record<string, number>>): CustomerAccount[] {
  const byCustomer = new Map<string, { at: string; amount: number }[]>();
  for (const r of cdnowRows) {
    let list = byCustomer.get(r.id);
    if (list === undefined) byCustomer.set(r.id, (list = []));
    list.push({ at: r.day, amount: r.cents });
  }
  return [...byCustomer].map(([customerId, transactions]) => ({ customerId, transactions, ...(contacts === undefined ? {} : { serviceContacts: contacts(transactions.length) }) }));
}
