import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_DIMENSIONS,
  CONTACT_KINDS,
  loyaltyMachine,
  message,
  purchaseIntentMachine,
  reconcile,
  statusMachine,
  validateHistory,
  type CustomerFacts,
  type LifecycleEvent,
  type StoredStates,
} from '../../src/index.js';
import type { ContactFact } from '../../src/classify/types.js';
import { CHINESE, inLocale } from '../support/locales.js';

const RECONCILED_DIMENSIONS = ['status', 'loyalty', 'purchase_intent'] as const;
const idsOf = (dimension: string): string[] => BUILTIN_DIMENSIONS.find((d) => d.id === dimension)!.values.map((v) => v.id);

const AS_OF = '2024-12-31';
const MACHINES = { status: statusMachine, loyalty: loyaltyMachine, purchase_intent: purchaseIntentMachine } as const;

/** Stored states after writing the events. */
function apply(stored: StoredStates, events: readonly LifecycleEvent[]): StoredStates {
  const next: Record<string, string | undefined> = { ...stored };
  for (const e of events) next[e.machine] = e.to;
  return next as StoredStates;
}

describe('reconcile: the quote guard and the classifier count the same days', () => {
  it('moves interested → quoted_no_reply on the very day the classifier says quoted_no_reply, not a day later', () => {
    const facts = { transactions: [], contacts: [{ kind: 'quote_sent' as const, at: '2024-07-01' }] };
    // 7 days after the quote it is still within the reply window; on the 8th it is unanswered.
    const within = reconcile({ purchase_intent: 'interested' }, facts, { asOf: '2024-07-08' });
    expect([within.profile.dimensions.purchase_intent.value, within.events.filter((e) => e.machine === 'purchase_intent')]).toEqual(['interested', []]);
    const after = reconcile({ purchase_intent: 'interested' }, facts, { asOf: '2024-07-09' });
    expect(after.profile.dimensions.purchase_intent.value).toBe('quoted_no_reply');
    expect(after.events.filter((e) => e.machine === 'purchase_intent').map((e) => e.to)).toEqual(['quoted_no_reply']);
    expect(after.refused).toEqual([]);
  });
});

describe('reconcile', () => {
  const facts: CustomerFacts = {
    customerId: 'c-7',
    transactions: [
      { at: '2024-01-05', amount: 10 },
      { at: '2024-02-20', amount: 30 },
    ],
    contacts: [],
  };

  it('proposes the moves as event records, several steps where the machine needs them, valid as a history', () => {
    const stored: StoredStates = { status: 'target', loyalty: 'potential' };
    const { events, refused } = reconcile(stored, facts, { asOf: AS_OF, actor: 'nightly' });
    expect(events.map((e) => [e.machine, e.from, e.to, e.event])).toEqual([
      ['status', 'target', 'current', 'first_purchase'],
      ['status', 'current', 'lost', 'churn'],
      ['loyalty', 'potential', 'new', 'first_purchase'],
      ['loyalty', 'new', 'established', 'establish'],
    ]);
    expect(events.every((e) => e.actor === 'nightly' && e.customerId === 'c-7' && e.at === '2024-12-31T23:59:59.999Z')).toBe(true);
    expect(refused).toEqual([]);
    for (const machine of [statusMachine, loyaltyMachine]) {
      const own = events.filter((e) => e.machine === machine.id);
      expect(validateHistory(machine, own, { from: own[0]!.from })).toMatchObject({ ok: true });
    }
  });

  it('is idempotent: once the events are applied, nothing is proposed', () => {
    const stored: StoredStates = { status: 'target', loyalty: 'potential' };
    const first = reconcile(stored, facts, { asOf: AS_OF });
    const second = reconcile(apply(stored, first.events), facts, { asOf: AS_OF });
    expect(second.events).toEqual([]);
    expect(second.refused).toEqual([]);
  });

  it('refuses, for review, moves that need a person: a demotion, a non-customer who bought, a first intent', () => {
    const contacts: ContactFact[] = [{ at: '2024-12-01', kind: 'call' }];
    const { events, refused } = reconcile({ status: 'non_customer', loyalty: 'loyal' }, { ...facts, contacts }, { asOf: AS_OF });
    expect(events).toEqual([]);
    expect(refused.map((r) => [r.dimension, r.from, r.to, r.step, r.code, r.guard])).toEqual([
      ['status', 'non_customer', 'lost', { from: 'non_customer', to: 'potential' }, 'guard_failed', 'needs_and_can_pay'],
      ['loyalty', 'loyal', 'established', { from: 'loyal', to: 'established' }, 'guard_failed', 'has_reason'],
      ['purchase_intent', null, 'hesitating', { from: null, to: 'hesitating' }, 'no_stored_state', undefined],
    ]);
    // each refusal is data the generic renderer reads, with the classifier's reasons beside it
    expect(message(refused[1]!, inLocale('zh-Hans'))).toMatch(/忠诚客户/);
    expect(message(refused[2]!)).toBe('nothing is stored for Purchase intent and its lifecycle has no initial state: set the first state by hand');
    expect(refused[1]!.reasons[0]!.code).toBe('purchases_over_days');
    expect(JSON.parse(JSON.stringify(refused))).toEqual(refused);
  });

  it('leaves dimensions the facts leave unknown alone, and checks stored states', () => {
    expect(reconcile({ status: 'current' }, {}, { asOf: AS_OF })).toMatchObject({ events: [], refused: [] });
    expect(() => reconcile({ status: 'gone' } as never, facts, { asOf: AS_OF })).toThrow(expect.objectContaining({ code: 'unknown_state', path: ['stored', 'status'] }));
    expect(() => reconcile(null as never, facts, { asOf: AS_OF })).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['stored'] }));
    expect(() => reconcile({}, facts, { asOf: AS_OF, actor: '' })).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['options', 'actor'] }));
    expect(() => reconcile({}, facts, { asOf: AS_OF, lifecyclePolicy: { reclassifyAfterContacts: -1 } })).toThrow(
      expect.objectContaining({ code: 'invalid_policy', path: ['options', 'lifecyclePolicy', 'reclassifyAfterContacts'] }),
    );
  });

  it('property: applying the events and re-running proposes nothing; every event is a valid move', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const kinds = CONTACT_KINDS;
    const arbFacts = fc.record({
      transactions: fc.array(fc.record({ at: day, amount: fc.integer({ min: -50, max: 500 }), category: fc.constantFrom('a', 'b', 'c'), directed: fc.boolean() }), { maxLength: 12 }),
      contacts: fc.array(fc.record({ at: day, kind: fc.constantFrom(...kinds) }), { maxLength: 6 }),
      referrals: fc.array(fc.record({ at: day }), { maxLength: 2 }),
      targeted: fc.boolean(),
    });
    const state = <K extends (typeof RECONCILED_DIMENSIONS)[number]>(k: K) => fc.option(fc.constantFrom(...idsOf(k)), { nil: undefined });
    const arbStored = fc.record({ status: state('status'), loyalty: state('loyalty'), purchase_intent: state('purchase_intent') }, { requiredKeys: [] });
    fc.assert(
      fc.property(arbFacts, arbStored, (f, s) => {
        const stored = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as StoredStates;
        const first = reconcile(stored, f, { asOf: AS_OF });
        for (const dimension of RECONCILED_DIMENSIONS) {
          const own = first.events.filter((e) => e.machine === MACHINES[dimension].id);
          if (own.length > 0) expect(validateHistory(MACHINES[dimension], own, { from: own[0]!.from }).ok).toBe(true);
        }
        const second = reconcile(apply(stored, first.events), f, { asOf: AS_OF });
        expect(second.events).toEqual([]);
        // a third run changes nothing either
        expect(reconcile(apply(stored, first.events), f, { asOf: AS_OF })).toEqual(second);
      }),
      { numRuns: 300 },
    );
  });
});
