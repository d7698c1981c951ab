import { describe, expect, it } from 'vitest';
import { BUILTIN_DIMENSIONS, classify, classifyAll, explain, fitRfm, rfmSegment, type CustomerProfile } from '../../src/index.js';
import { churnSignal, summarizeTransactions } from '../../src/clv/index.js';
import { cdnowAccessors, loadCdnow } from '../scoring/data.js';

// The shipped real data set: CDNOW master, 69,659 transactions of 23,570 customers, 1997-01 .. 1998-06.
const rows = loadCdnow();
const AS_OF = '1998-06-30';
const asOfDay = Date.UTC(1998, 5, 30) / 86_400_000;
const day = (yyyymmdd: string): number => Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6))) / 86_400_000;

// The other models' judgements, through their public functions (the seam is these few lines).
const rfm = fitRfm(rows, { asOf: AS_OF, accessors: cdnowAccessors });
const segments = new Map(rfm.customers.map((c) => [c.customerId, { segment: rfmSegment(c)?.id ?? 'none', r: c.r, f: c.f, m: c.m }]));
// A purchase model: BG/NBD with the published CDNOW parameters (Fader, Hardie & Lee 2005), in weeks.
const bgNbd = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const histories = new Map(summarizeTransactions(rows, { calibrationEnd: AS_OF, timeUnit: 'weeks', accessors: cdnowAccessors }).customers.map((h) => [h.customerId, h]));
const signals = new Map([...histories].map(([id, h]) => [id, churnSignal(bgNbd, h)]));

/** Purchase days per customer, computed independently of the library. */
const purchaseDays = new Map<string, Set<number>>();
for (const r of rows) {
  if (r.cents < 0) continue;
  let s = purchaseDays.get(r.id);
  if (s === undefined) purchaseDays.set(r.id, (s = new Set()));
  s.add(day(r.date));
}

// The host has an (empty) contact log and referral list for these customers.
const side = () => ({ contacts: [], referrals: [] });

function counts(profiles: readonly CustomerProfile[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const p of profiles) {
    expect(Object.keys(p.dimensions)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
    for (const [dim, r] of Object.entries(p.dimensions)) {
      const key = r.known ? r.value : 'unknown';
      (out[dim] ??= {})[key] = (out[dim]![key] ?? 0) + 1;
    }
  }
  return out;
}

describe('CDNOW: classifying the shipped real data set', () => {
  const result = classifyAll(rows, { asOf: AS_OF, accessors: cdnowAccessors, facts: side });
  const { profiles } = result;

  it('classifies every customer once, ordered by id', () => {
    expect(profiles).toHaveLength(23_570);
    expect(new Set(profiles.map((p) => p.customerId)).size).toBe(23_570);
    expect(profiles[0]!.customerId).toBe('00001');
  });

  it('holds the invariants under the default policy', () => {
    const c = counts(profiles);
    for (const p of profiles) {
      const days = purchaseDays.get(p.customerId as string)!;
      const status = p.dimensions.status;
      const window = status.reasons[1]!.params.windowDays as number;
      expect(status.reasons[0]!.params.days).toBe(asOfDay - Math.max(...days));
      expect(status.value).toBe(asOfDay - Math.max(...days) <= window ? 'current' : 'lost');
      if (p.dimensions.loyalty.value === 'loyal') expect(days.size).toBeGreaterThanOrEqual(2);
    }
    // every customer bought: status is current or lost, time state present or past
    expect(Object.keys(c.status!).sort()).toEqual(['current', 'lost']);
    expect(c.time_state!.future ?? 0).toBe(0);
    // no category, directed or profit data: loyalty stays unknown where those could decide it
    expect(c.loyalty!.loyal ?? 0).toBe(0);
    expect(c.loyalty!.unknown).toBeGreaterThan(0);
    expect((c.abc_class!.a ?? 0) + (c.abc_class!.b ?? 0) + (c.abc_class!.c ?? 0)).toBe(23_570);
    expect(c.abc_class!.a!).toBeLessThan(c.abc_class!.c!);
  });

  it('holds the invariants when repeat alone makes a customer loyal', () => {
    const loose = classifyAll(rows, { asOf: AS_OF, accessors: cdnowAccessors, facts: side, policy: { loyalty: { loyal: { minBehaviours: 1 } } } });
    expect(counts(loose.profiles).loyalty!.loyal).toBeGreaterThan(100);
  });

  it('without a contact log, the dimensions that need it are unknown, not guessed', () => {
    const bare = classifyAll(rows.slice(0, 2000), { asOf: AS_OF, accessors: cdnowAccessors });
    for (const p of bare.profiles) {
      expect(p.dimensions.purchase_intent.known).toBe(false);
      if (p.dimensions.time_state.known) expect(p.dimensions.time_state.value).toBe('present');
    }
  });

  it('equals classify() on each customer grouped by hand (a sample), and the async stream', async () => {
    const byId = new Map<string, { at: string; amount: number }[]>();
    for (const r of rows) {
      if (Number(r.id) % 97 !== 0) continue;
      let list = byId.get(r.id);
      if (list === undefined) byId.set(r.id, (list = []));
      list.push({ at: r.date, amount: r.cents });
    }
    const indexed = new Map(profiles.map((p) => [p.customerId, p]));
    for (const [id, transactions] of byId) {
      expect(classify({ customerId: id, transactions, ...side() }, { asOf: AS_OF, valueModel: result.valueModel })).toEqual(indexed.get(id));
    }
    async function* stream() {
      yield* rows.slice(0, 5000);
    }
    const streamed = await classifyAll(stream(), { asOf: AS_OF, accessors: cdnowAccessors, facts: side });
    expect(streamed).toEqual(classifyAll(rows.slice(0, 5000), { asOf: AS_OF, accessors: cdnowAccessors, facts: side }));
  });
});

describe('CDNOW: one customer, one story (docs/classification.md)', () => {
  const told = classifyAll(rows, {
    asOf: AS_OF,
    accessors: cdnowAccessors,
    facts: side,
    rfm: (id) => segments.get(id as string),
    churn: (id) => signals.get(id),
  });
  const alone = new Map(classifyAll(rows, { asOf: AS_OF, accessors: cdnowAccessors, facts: side }).profiles.map((p) => [p.customerId, p]));
  const CLAIMS: Readonly<Record<string, readonly ['loyalty' | 'status', string]>> = {
    champions: ['loyalty', 'loyal'],
    loyal_customers: ['loyalty', 'loyal'],
    new_customers: ['loyalty', 'new'],
    lost: ['status', 'lost'],
  };

  it('holds the rule for every customer: the purchase model decides status, the behaviours loyalty; RFM never changes a verdict, and every disagreement is stated', () => {
    expect(told.profiles).toHaveLength(23_570);
    for (const p of told.profiles) {
      const id = p.customerId as string;
      const own = alone.get(id)!;
      const signal = signals.get(id)!;
      const rfmOf = segments.get(id)!;
      // 1. Status: the purchase model's signal, the churn window stated beside it, their disagreement named.
      const status = p.dimensions.status;
      const byModel = signal.likelyChurned ? 'lost' : 'current';
      expect(status.value).toBe(byModel);
      const codes = status.reasons.map((r) => r.code);
      expect(codes.slice(0, 3)).toEqual(['last_purchase', 'model_churn', own.dimensions.status.reasons[1]!.code]);
      const windowSays = own.dimensions.status.value;
      expect(codes.includes('window_differs')).toBe(windowSays !== byModel);
      if (windowSays !== byModel) expect(status.reasons.find((r) => r.code === 'window_differs')!.params.value).toBe(windowSays);
      // 2. Loyalty: the behaviours alone; RFM evidence changes no verdict.
      expect(p.dimensions.loyalty.value).toBe(own.dimensions.loyalty.value);
      // 3. RFM: where its segment claims a value, the dimension says whether it agrees, and what it suggested.
      const claim = CLAIMS[rfmOf.segment];
      for (const dimension of ['loyalty', 'status'] as const) {
        const evidence = p.dimensions[dimension].reasons.filter((r) => r.code === 'rfm_agrees' || r.code === 'rfm_differs');
        if (claim === undefined || claim[0] !== dimension) {
          expect(evidence).toEqual([]);
          continue;
        }
        expect(evidence).toHaveLength(1);
        const agrees = p.dimensions[dimension].value === claim[1];
        expect(evidence[0]).toEqual(
          agrees ? { code: 'rfm_agrees', params: { ...rfmOf } } : { code: 'rfm_differs', params: { ...rfmOf, dimension, value: claim[1] } },
        );
      }
    }
  });

  it('says why, for the 6,314 champions: none is loyal by its behaviours, and many are lost by their own rhythm', () => {
    const champions = told.profiles.filter((p) => segments.get(p.customerId as string)!.segment === 'champions');
    expect(champions).toHaveLength(6_314);
    const loyalty = counts(champions).loyalty!;
    expect(loyalty.loyal ?? 0).toBe(0);
    expect(champions.every((p) => p.dimensions.loyalty.reasons.at(-1)!.code === 'rfm_differs')).toBe(true);
    const byWindow = champions.filter((p) => alone.get(p.customerId)!.dimensions.status.value === 'lost').length;
    const byModel = champions.filter((p) => p.dimensions.status.value === 'lost').length;
    // Lost by their own rhythm (the churn window) and by the purchase model: neither is a rank.
    expect([byWindow, byModel]).toEqual([1_526, 1_769]);
    const sample = champions.find((p) => p.dimensions.loyalty.value === 'established')!;
    expect(explain(sample.dimensions.loyalty)).toMatch(/^Established customer: .*RFM segment .* \(R \d, F \d, M \d\) suggests Loyal customer/);
  });
});
