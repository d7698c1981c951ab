import { describe, expect, it } from 'vitest';
import { can, machineToJSON, message, statusMachine, type AnyMachine, type CanResult } from '../../src/index.js';
import { BUILTIN_MACHINES } from '../../src/lifecycle/machines/index.js';
import { LIFECYCLE_TEXTS } from '../../src/locales/lifecycle.js';
import { passing } from './support.js';
import { CHINESE, inLocale, withChinese } from '../support/locales.js';

/** Every edge of every built-in machine, named: machine, event, from, to, guards. */
const EDGES: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  // status (DOMAIN §1, §3)
  ['status', 'qualify', 'non_customer', 'potential', ['needs_and_can_pay']],
  ['status', 'disqualify', 'potential', 'non_customer', ['has_reason']],
  ['status', 'disqualify', 'target', 'non_customer', ['has_reason']],
  ['status', 'disqualify', 'lost', 'non_customer', ['has_reason']],
  ['status', 'select_target', 'potential', 'target', []],
  ['status', 'deprioritize', 'target', 'potential', ['has_reason']],
  ['status', 'first_purchase', 'potential', 'current', ['has_purchase']],
  ['status', 'first_purchase', 'target', 'current', ['has_purchase']],
  ['status', 'churn', 'current', 'lost', ['inactive_beyond_churn_window']],
  ['status', 'mark_lost', 'current', 'lost', ['has_reason']],
  ['status', 'repurchase', 'lost', 'current', ['recent_purchase']],
  ['status', 'win_back', 'lost', 'target', ['has_reason']],
  // loyalty
  ['loyalty', 'first_purchase', 'potential', 'new', ['has_purchase']],
  ['loyalty', 'establish', 'new', 'established', ['repeat_purchases', 'long_relationship']],
  ['loyalty', 'become_loyal', 'established', 'loyal', ['loyal_behaviours']],
  ['loyalty', 'demote', 'loyal', 'established', ['has_reason']],
  ['loyalty', 'demote', 'established', 'new', ['has_reason']],
  // purchase_intent (seed 002)
  ['purchase_intent', 'show_interest', 'hesitating', 'interested', ['enough_contacts']],
  ['purchase_intent', 'show_interest', 'not_now', 'interested', []],
  ['purchase_intent', 'show_interest', 'quoted_no_reply', 'interested', []],
  ['purchase_intent', 'defer', 'hesitating', 'not_now', ['enough_contacts']],
  ['purchase_intent', 'defer', 'interested', 'not_now', []],
  ['purchase_intent', 'defer', 'quoted_no_reply', 'not_now', []],
  ['purchase_intent', 'decline', 'hesitating', 'never', ['enough_contacts', 'has_reason']],
  ['purchase_intent', 'decline', 'interested', 'never', ['has_reason']],
  ['purchase_intent', 'decline', 'not_now', 'never', ['has_reason']],
  ['purchase_intent', 'decline', 'quoted_no_reply', 'never', ['has_reason']],
  ['purchase_intent', 'hesitate', 'interested', 'hesitating', []],
  ['purchase_intent', 'hesitate', 'quoted_no_reply', 'hesitating', []],
  ['purchase_intent', 'quote_unanswered', 'interested', 'quoted_no_reply', ['quote_unanswered']],
  ['purchase_intent', 'reopen', 'never', 'hesitating', ['has_reason']],
  // kotler_level (DOMAIN §2)
  ['kotler_level', 'upgrade', 'basic', 'reactive', []],
  ['kotler_level', 'upgrade', 'reactive', 'accountable', []],
  ['kotler_level', 'upgrade', 'accountable', 'proactive', []],
  ['kotler_level', 'upgrade', 'proactive', 'partnership', ['few_customers_high_margin']],
  ['kotler_level', 'downgrade', 'partnership', 'proactive', ['has_reason']],
  ['kotler_level', 'downgrade', 'proactive', 'accountable', ['has_reason']],
  ['kotler_level', 'downgrade', 'accountable', 'reactive', ['has_reason']],
  ['kotler_level', 'downgrade', 'reactive', 'basic', ['has_reason']],
  // b2b_relationship (DOMAIN §2)
  ['b2b_relationship', 'upgrade', 'transactional', 'preferred_supplier', []],
  ['b2b_relationship', 'upgrade', 'preferred_supplier', 'partnership', ['mutual_fit', 'top_management_ties']],
  ['b2b_relationship', 'upgrade', 'partnership', 'strategic_alliance', ['mutual_fit', 'aligned_goals']],
  ['b2b_relationship', 'downgrade', 'strategic_alliance', 'partnership', ['has_reason']],
  ['b2b_relationship', 'downgrade', 'partnership', 'preferred_supplier', ['has_reason']],
  ['b2b_relationship', 'downgrade', 'preferred_supplier', 'transactional', ['has_reason']],
];

const byId = new Map<string, AnyMachine>(BUILTIN_MACHINES.map((m) => [m.id, m]));
const machine = (id: string): AnyMachine => byId.get(id) as AnyMachine;
const ask = (m: AnyMachine, from: string, move: unknown, facts: object = {}): CanResult & { code?: string; to?: string; event?: string } =>
  can(m, from as never, move as never, { facts: facts as never });

describe('every edge of every built-in machine', () => {
  it('the table lists exactly the edges of the machines, with their guards', () => {
    const actual = BUILTIN_MACHINES.flatMap((m) => m.edges.map((e) => [m.id, e.event, e.from, e.to, e.guards] as const));
    expect([...actual].sort()).toEqual([...EDGES].sort());
  });

  for (const [id, event, from, to, guards] of EDGES) {
    describe(`${id}: ${event} ${from} → ${to}`, () => {
      it('is allowed by event and by target when its guards pass', () => {
        const m = machine(id);
        expect(ask(m, from, event, passing(guards))).toMatchObject({ ok: true, from, to, event });
        expect(ask(m, from, { to }, passing(guards))).toMatchObject({ ok: true, to });
      });

      it('documents why it exists in the three locales, citing a seed or the domain', () => {
        const group = machineToJSON(machine(id), { texts: CHINESE }).events.find((e) => e.id === event)!.edges.find((e) => e.from.includes(from))!;
        for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(group.why[locale]?.length).toBeGreaterThan(5);
        expect(group.source.length).toBeGreaterThan(0);
      });

      for (const guard of guards) {
        it(`is refused with guard_failed (${guard}) when that guard fails, naming the missing facts`, () => {
          const others = passing(guards.filter((g) => g !== guard));
          const refusal = ask(machine(id), from, event, others);
          expect(refusal).toMatchObject({ ok: false, code: 'guard_failed', guard });
          const missingText = message(refusal);
          expect(missingText).not.toMatch(/\?|\{|undefined|\[object/);
          expect(message(refusal, inLocale('zh-Hans'))).toMatch(/[\u4e00-\u9fff]/);
          expect(message(refusal, inLocale('zh-Hant'))).toMatch(/[\u4e00-\u9fff]/);
        });
      }
    });
  }
});

describe('the domain rules the machines encode', () => {
  const status = machine('status');
  it('a non_customer cannot become current without first being re-qualified', () => {
    const refusal = ask(status, 'non_customer', { to: 'current' }, { hasPurchase: true });
    expect(refusal.code).toBe('edge_not_allowed');
    expect(message(refusal)).toBe('No single move leads from Non-customer to Current customer; from Non-customer the possible moves are: Qualify');
    expect(ask(status, 'non_customer', 'first_purchase', { hasPurchase: true }).code).toBe('edge_not_allowed');
  });

  it('current → lost by inactivity or by an explicit reason; {to} picks the edge whose guards pass', () => {
    expect(ask(status, 'current', { to: 'lost' }, { daysSinceLastPurchase: 400 }).event).toBe('churn');
    expect(ask(status, 'current', { to: 'lost' }, { reason: 'Closed' }).event).toBe('mark_lost');
    const refusal = ask(status, 'current', { to: 'lost' }, { daysSinceLastPurchase: 3 });
    expect(refusal).toMatchObject({ code: 'guard_failed', guard: 'inactive_beyond_churn_window' });
  });

  it('the churn window is the policy', () => {
    expect(can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 100 }, policy: { churnWindowDays: 90 } }).ok).toBe(true);
    expect(can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 100 } }).ok).toBe(false);
  });

  it('relationship levels move one step at a time', () => {
    expect(ask(machine('kotler_level'), 'basic', { to: 'accountable' }).code).toBe('edge_not_allowed');
    expect(ask(machine('b2b_relationship'), 'transactional', { to: 'partnership' }, passing(['mutual_fit', 'top_management_ties'])).code).toBe(
      'edge_not_allowed',
    );
    expect(ask(machine('b2b_relationship'), 'partnership', { to: 'transactional' }, { reason: 'x' }).code).toBe('edge_not_allowed');
  });

  it('a customer who has traded never goes back to loyalty potential', () => {
    for (const from of ['new', 'established', 'loyal']) {
      expect(ask(machine('loyalty'), from, { to: 'potential' }, { reason: 'x' }).code).toBe('edge_not_allowed');
    }
  });

  it('loyal behaviours are counted once each, unknown ones ignored', () => {
    const m = machine('loyalty');
    expect(ask(m, 'established', 'become_loyal', { loyaltyBehaviours: ['repeat', 'repeat', 'repeat', 'bogus'] }).ok).toBe(false);
    expect(ask(m, 'established', 'become_loyal', { loyaltyBehaviours: 'repeat' }).ok).toBe(false);
  });

  it('guards read facts defensively: wrong types refuse rather than throw', () => {
    expect(ask(status, 'current', 'churn', { daysSinceLastPurchase: '400' })).toMatchObject({ code: 'guard_failed', guard: 'inactive_beyond_churn_window' });
    expect(ask(status, 'current', 'churn', { daysSinceLastPurchase: Number.NaN }).ok).toBe(false);
    expect(ask(status, 'target', 'first_purchase', { purchaseCount: -1 }).ok).toBe(false);
    expect(ask(status, 'target', 'first_purchase', { purchaseCount: 2 }).ok).toBe(true);
    expect(ask(status, 'current', 'mark_lost', { reason: '   ' }).ok).toBe(false);
    expect(ask(status, 'current', 'mark_lost', { cause: 'competitor' }).ok).toBe(true);
  });

  it('a refusal names the facts that were not given, instead of guessing', () => {
    const refusal = ask(machine('purchase_intent'), 'interested', 'quote_unanswered', {});
    expect(message(refusal)).toBe('Cannot move from Interested to Quoted, no reply (Quote unanswered): the facts quoteSent, daysSinceQuote are missing or not usable (needed to check: a quote got no reply in time)');
    const kotler = ask(machine('kotler_level'), 'proactive', 'upgrade', {});
    expect(message(kotler, inLocale('zh-Hans'))).toBe('无法从能动型变为伙伴型（升级）：事实 customerBase、margin 未提供或无效（用于判断：客户少且利润率高（科特勒表））');
    const half = ask(machine('kotler_level'), 'proactive', 'upgrade', { customerBase: 'many' });
    expect(message(half)).toBe("Cannot move from Proactive to Partnership (Upgrade): Kotler's table keeps a partnership for few customers with a high margin; here: many customers, not given margin (facts customerBase, margin)");
  });

  it('every guard has a description and a refusal in every locale', () => {
    for (const m of BUILTIN_MACHINES) {
      for (const guard of new Set(m.edges.flatMap((e) => e.guards))) {
        for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
          expect(withChinese(LIFECYCLE_TEXTS)[locale]?.[`guard.${guard}.description`], `${guard} ${locale}`).toBeTruthy();
          expect(withChinese(LIFECYCLE_TEXTS)[locale]?.[`guard.${guard}.refusal`], `${guard} ${locale}`).toBeTruthy();
        }
      }
    }
  });
});

describe('the built-in machines, assembled without the checks of defineMachine', () => {
  it('equal what defineMachine builds from the same definition (so the checks hold for them)', async () => {
    const { defineMachine } = await import('../../src/index.js');
    const definitions = await Promise.all(
      ['status', 'loyalty', 'purchase-intent', 'kotler-level', 'b2b-relationship'].map(async (file) => (await import(`../../src/lifecycle/machines/${file}.ts`)).DEFINITION),
    );
    definitions.forEach((definition, i) => {
      const checked = defineMachine(definition as never) as AnyMachine;
      const builtin = BUILTIN_MACHINES[i] as AnyMachine;
      const { texts: _a, ...a } = checked;
      const { texts: _b, ...b } = builtin;
      expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
      expect(Object.keys(builtin.guards)).toEqual(Object.keys(checked.guards));
      expect(Object.isFrozen(builtin.edges[0])).toBe(true);
    });
  });
});

describe('guards as data', () => {
  it('a usable fact that already decides the rule is refused with the guard text, not a list of missing facts', async () => {
    const refusal = ask(machine('purchase_intent'), 'interested', 'quote_unanswered', { quoteSent: false });
    expect(refusal).toMatchObject({ ok: false, params: { detail: 'refusal', sent: false } });
    expect(ask(status, 'target', 'first_purchase', { hasPurchase: false })).toMatchObject({ params: { detail: 'refusal' } });
    expect(ask(status, 'current', 'mark_lost', {})).toMatchObject({ params: { detail: 'refusal' } });
  });

  it('every built-in guard is a rule over facts and policy thresholds that exist', async () => {
    const { GUARD_SPECS, LIFECYCLE_POLICY_SHAPE } = await import('../../src/lifecycle/guards.js');
    const thresholds = (rule: unknown): string[] => JSON.stringify(rule).match(/"policy":"(\w+)"/g)?.map((m) => m.slice(10, -1)) ?? [];
    for (const [id, spec] of Object.entries(GUARD_SPECS)) {
      for (const name of thresholds(spec)) expect(Object.keys(LIFECYCLE_POLICY_SHAPE.fields), `${id}: ${name}`).toContain(name);
    }
  });
});
const status = machine('status');
