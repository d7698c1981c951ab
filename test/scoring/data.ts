import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** One CDNOW transaction: id as in the file ('00001'), date 'YYYYMMDD', amount in cents. */
export interface CdnowRow {
  readonly id: string;
  readonly date: string;
  readonly cds: number;
  readonly cents: number;
}

let cdnow: CdnowRow[] | undefined;

/** The 69,659 rows of CDNOW_master.txt, amounts as integer cents. */
export function loadCdnow(): CdnowRow[] {
  if (cdnow) return cdnow;
  const text = readFileSync(join(fixtures, 'cdnow-master/CDNOW_master.txt'), 'utf8');
  const rows: CdnowRow[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    rows.push({ id: parts[0]!, date: parts[1]!, cds: Number(parts[2]), cents: Math.round(Number(parts[3]) * 100) });
  }
  cdnow = rows;
  return rows;
}

export const cdnowAccessors = {
  customerId: (r: CdnowRow) => r.id,
  at: (r: CdnowRow) => r.date,
  amount: (r: CdnowRow) => r.cents,
};

/** One Online Retail line item. */
export interface RetailRow {
  readonly invoice: string;
  readonly quantity: number;
  readonly date: string;
  readonly unitPrice: number;
  readonly customerId: string | null;
  /** quantity × unit price in pence (integer). */
  readonly pence: number;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

let retail: RetailRow[] | undefined;

/** The 30,000 rows of the Online Retail sample. */
export function loadRetail(): RetailRow[] {
  if (retail) return retail;
  const lines = readFileSync(join(fixtures, 'online-retail/OnlineRetail_sample30k.csv'), 'utf8').split(/\r?\n/);
  const rows: RetailRow[] = [];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const f = parseCsvLine(line);
    const quantity = Number(f[3]);
    const unitPrice = Number(f[5]);
    const id = f[6] === '' || f[6] === undefined ? null : String(Math.trunc(Number(f[6])));
    rows.push({ invoice: f[0]!, quantity, date: f[4]!, unitPrice, customerId: id, pence: Math.round(quantity * unitPrice * 100) });
  }
  retail = rows;
  return rows;
}

export const retailAccessors = {
  customerId: (r: RetailRow) => r.customerId,
  at: (r: RetailRow) => r.date,
  amount: (r: RetailRow) => r.pence,
};
