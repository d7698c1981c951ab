import { describe, expect, it } from 'vitest';
import {
  BUILTIN_DIMENSIONS,
  classify,
  classifyAll,
  classifyAllAsync,
  type CustomerFacts,
  type CustomerProfile,
  type PurchaseFact,
} from '../../src/index.js';
import { cdnowAccessors, loadCdnow } from '../scoring/data.js';

// The shipped real data set: CDNOW master, 69,659 transactions of 23,570 customers, 1997-01 .. 1998-06.
const rows = loadCdnow();
const AS_OF = '1998-06-30';
const asOfDay = Date.UTC(1998, 5, 30) / 86_400_000;
const day = (yyyymmdd: string): number => Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6))) / 86_400_000;

/** Purchase days per customer, computed independently of the library. */
const purchaseDays = new Map<string, Set<number>>();
for (const r of rows) {
  if (r.cents < 0) continue;
  let s = purchaseDays.get(r.id);
  if (s === undefined) purchaseDays.set(r.id, (s = new Set()));
  s.add(day(r.date));
}

// The host has a (empty) contact log and referral list for these customers.
const side = (): Omit<CustomerFacts, 'transactions'> => ({ contacts: [], referrals: [] });

function invariants(profiles: readonly CustomerProfile[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const p of profiles) {
    // exactly one value (known or unknown) per dimension
    expect(Object.keys(p.dimensions)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
    for (const [dim, r] of Object.entries(p.dimensions)) {
      const key = r.known ? r.value : 'unknown';
      (counts[dim] ??= {})[key] = (counts[dim]![key] ?? 0) + 1;
    }
    const days = purchaseDays.get(p.customerId as string) ?? new Set<number>();
    const last = Math.max(...days);
    const status = p.dimensions.status;
    // no current customer without a purchase
    if (status.value === 'current') expect(days.size).toBeGreaterThan(0);
    // lost only after the churn window; current only within it
    if (status.known && (status.value === 'lost' || status.value === 'current')) {
      const window = status.reasons[1]!.params.windowDays as number;
      expect(status.reasons[0]!.params.days).toBe(asOfDay - last);
      if (status.value === 'lost') expect(asOfDay - last).toBeGreaterThan(window);
      else expect(asOfDay - last).toBeLessThanOrEqual(window);
    }
    // loyal customers are a subset of customers with repeat purchases
    if (p.dimensions.loyalty.value === 'loyal') expect(days.size).toBeGreaterThanOrEqual(2);
  }
  return counts;
}

describe('CDNOW: classifying the shipped real data set', () => {
  const result = classifyAll(rows, cdnowAccessors, { asOf: AS_OF, facts: side });
  const { profiles } = result;

  it('classifies every customer once, ordered by id', () => {
    expect(profiles).toHaveLength(23_570);
    expect(new Set(profiles.map((p) => p.customerId)).size).toBe(23_570);
    expect(profiles[0]!.customerId).toBe('00001');
  });

  it('holds the invariants under the default policy', () => {
    const counts = invariants(profiles);
    // every customer bought: status is current or lost, time state present or past
    expect(Object.keys(counts.status!).sort()).toEqual(['current', 'lost']);
    expect(counts.time_state!.future ?? 0).toBe(0);
    // no category, directed or profit data: loyalty stays unknown where those could decide it
    expect(counts.loyalty!.loyal ?? 0).toBe(0);
    expect(counts.loyalty!.unknown).toBeGreaterThan(0);
    // ABC shares on net revenue
    expect((counts.abc_class!.a ?? 0) + (counts.abc_class!.b ?? 0) + (counts.abc_class!.c ?? 0)).toBe(23_570);
    expect(counts.abc_class!.a!).toBeLessThan(counts.abc_class!.c!);
  });

  it('holds the invariants when repeat alone makes a customer loyal', () => {
    const loose = classifyAll(rows, cdnowAccessors, { asOf: AS_OF, facts: side, policy: { loyalty: { loyal: { minBehaviours: 1 } } } });
    const counts = invariants(loose.profiles);
    expect(counts.loyalty!.loyal).toBeGreaterThan(100);
  });

  it('without a contact log, the dimensions that need it are unknown, not guessed', () => {
    const bare = classifyAll(rows.slice(0, 2000), cdnowAccessors, { asOf: AS_OF });
    for (const p of bare.profiles) {
      expect(p.dimensions.purchase_intent.known).toBe(false);
      if (p.dimensions.time_state.known) expect(p.dimensions.time_state.value).toBe('present');
    }
  });

  it('equals classify() on each customer grouped by hand (a sample), and the async stream', async () => {
    const byId = new Map<string, PurchaseFact[]>();
    for (const r of rows) {
      if (Number(r.id) % 97 !== 0) continue;
      let list = byId.get(r.id);
      if (list === undefined) byId.set(r.id, (list = []));
      list.push({ at: r.date, amount: r.cents });
    }
    const indexed = new Map(profiles.map((p) => [p.customerId, p]));
    for (const [id, transactions] of byId) {
      expect(classify({ customerId: id, transactions, ...side() }, {}, AS_OF, { valueModel: result.valueModel })).toEqual(indexed.get(id));
    }
    async function* stream() {
      for (const r of rows.slice(0, 5000)) yield r;
    }
    const a = await classifyAllAsync(stream(), cdnowAccessors, { asOf: AS_OF, facts: side });
    expect(a).toEqual(classifyAll(rows.slice(0, 5000), cdnowAccessors, { asOf: AS_OF, facts: side }));
  });
});
