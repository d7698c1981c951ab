/**
 * Hostile input (issue 11): every export of the classify module, called with hostile values in
 * every argument, option, fact, row field and policy setting. Each call must answer with a typed
 * CrmTaxonomyError (whose message renders in every locale without a placeholder or
 * "[object Object]") or with a correct value: no NaN or ±Infinity anywhere in it, a rendering in
 * every locale without a placeholder, "?", "undefined", "NaN" or "[object Object]", and no hang.
 */
import { describe, expect, it } from 'vitest';
import * as classifyModule from '../../src/classify/index.js';
import { CLASSIFICATION_POLICY_SHAPE } from '../../src/classify/policy.js';
import { classify, classifyAll, explain, fitValueModel, isCrmTaxonomyError, message, reconcile, type CustomerProfile } from '../../src/index.js';
import type { Field } from '../../src/shape/index.js';
import { thrown } from '../support/thrown.js';

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;
const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  -1,
  1.5,
  1e308,
  -1e308,
  1e16,
  2 ** 53 + 2,
  8.64e15 + 1,
  '',
  ' ',
  'x',
  '__proto__',
  'constructor',
  'toString',
  '{bMin}',
  '2024-02-30',
  '2024-0101',
  '2024-01-01T00:00:00+99:99',
  '+275760-09-13',
  'x'.repeat(100_000),
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  [],
  [null],
  [{}],
  {},
  Object.create(null),
  circular,
  new Proxy({}, {}),
  () => 1,
  Symbol('s'),
  10n,
  true,
  false,
];

const label = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 17)}...` : v);
  if (typeof v === 'symbol') return 'Symbol';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'function';
  if (v instanceof Date) return `Date(${v.getTime()})`;
  if (Array.isArray(v)) return `[array ${v.length}]`;
  if (typeof v === 'object' && v !== null) return v === circular ? 'circular' : '{object}';
  return String(v);
};

const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const BAD_TEXT = /\{|\}|\[object|undefined|NaN|Infinity|\?/;
const BAD_MESSAGE = /\{|\}|\[object Object\]/;

/** Every number in a value is finite; every string is free of "[object". */
function clean(name: string, value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${name}: ${value}`).toBe(true);
  if (typeof value === 'string') expect(value, name).not.toContain('[object Object]');
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const v of Object.values(value)) clean(name, v, seen);
}

function isProfile(value: unknown): value is CustomerProfile {
  return typeof value === 'object' && value !== null && 'dimensions' in value;
}

function checkRendered(profile: CustomerProfile): void {
  for (const locale of LOCALES) for (const line of Object.values(explain(profile, locale))) expect(line).not.toMatch(BAD_TEXT);
}

const outcomes = { returned: 0, typedErrors: 0, calls: 0 };

/** Calls `run`, and holds its outcome to the rules above. */
function check(name: string, run: () => unknown, hostile: unknown = undefined): void {
  // A received text with braces is shown as received: only check braces when the input has none.
  const badMessage = typeof hostile === 'string' && /[{}]/.test(hostile) ? /\[object Object\]/ : BAD_MESSAGE;
  outcomes.calls++;
  const started = performance.now();
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (!isCrmTaxonomyError(error)) throw new Error(`${name}: untyped ${String(error)}`);
    for (const locale of LOCALES) expect(message(error, locale), name).not.toMatch(badMessage);
    outcomes.typedErrors++;
    return;
  } finally {
    expect(performance.now() - started, `${name} took too long`).toBeLessThan(5_000);
  }
  outcomes.returned++;
  clean(name, result);
  if (isProfile(result)) checkRendered(result);
  const r = result as { profiles?: unknown; profile?: unknown };
  if (Array.isArray(r.profiles)) for (const p of r.profiles) checkRendered(p as CustomerProfile);
  if (isProfile(r.profile)) checkRendered(r.profile);
  if (typeof result === 'string') expect(result, name).not.toMatch(badMessage);
  if (typeof result === 'object' && result !== null && !isProfile(result) && !('profiles' in result) && !('events' in result) && !('kind' in result)) {
    for (const line of Object.values(result)) if (typeof line === 'string') expect(line, name).not.toMatch(badMessage);
  }
}

const asOf = '2024-06-30';
const FACTS = {
  customerId: 'c',
  transactions: [
    { at: '2024-01-01', amount: 100, profit: 10, category: 'a', directed: true },
    { at: '2024-05-01', amount: 50 },
  ],
  contacts: [{ at: '2024-06-01', kind: 'call', expectedPurchaseAt: '2024-09-01' }],
  referrals: [{ at: '2024-02-01' }],
  costToServe: 5,
  canBuy: true,
  targeted: false,
  given: { position: 'external' },
} as const;
const ROWS = [
  { customerId: 'a', at: '2024-01-01', amount: 100 },
  { customerId: 'b', at: '2024-02-01', amount: 5 },
];

/** Every leaf setting of the policy shape, as a path. */
function leaves(field: Field, path: string[] = []): string[][] {
  if (field.kind === 'object') return Object.entries(field.fields).flatMap(([key, child]) => leaves(child, [...path, key]));
  return [path];
}
function nested(path: readonly string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

describe('hostile input: every export of the classify module', () => {
  it('exports exactly the root set', () => {
    expect(Object.keys(classifyModule).sort()).toEqual(['CONTACT_KINDS', 'DEFAULT_CLASSIFICATION_POLICY', 'DERIVED_DIMENSIONS', 'classify', 'classifyAll', 'explain', 'fitValueModel', 'reconcile']);
  });

  it('the constants are deeply frozen', () => {
    for (const constant of [classifyModule.CONTACT_KINDS, classifyModule.DERIVED_DIMENSIONS]) {
      expect(Object.isFrozen(constant)).toBe(true);
      expect(() => (constant as unknown as string[]).push('x')).toThrow(TypeError);
    }
  });

  it.each(HOSTILE.map((v) => [label(v), v] as const))('classify with %s in every argument, fact and option', (_, h) => {
    check('facts', () => classify(h as never, { asOf }), h);
    check('options', () => classify(FACTS, h as never), h);
    for (const option of ['asOf', 'policy', 'valueModel', 'churn', 'rfm']) check(`options.${option}`, () => classify(FACTS, { asOf, [option]: h } as never), h);
    for (const key of ['customerId', 'transactions', 'contacts', 'referrals', 'costToServe', 'canBuy', 'targeted', 'given']) {
      check(`facts.${key}`, () => classify({ ...FACTS, [key]: h } as never, { asOf }), h);
    }
    check('facts.transactions[0]', () => classify({ transactions: [h] } as never, { asOf }), h);
    for (const key of ['at', 'amount', 'profit', 'category', 'directed']) {
      check(`facts.transactions[0].${key}`, () => classify({ transactions: [{ ...FACTS.transactions[0], [key]: h }] } as never, { asOf }), h);
    }
    for (const key of ['at', 'kind', 'expectedPurchaseAt']) check(`facts.contacts[0].${key}`, () => classify({ contacts: [{ ...FACTS.contacts[0], [key]: h }] } as never, { asOf }), h);
    check('facts.referrals[0].at', () => classify({ referrals: [{ at: h }] } as never, { asOf }), h);
    check('facts.given.position', () => classify({ given: { position: h } } as never, { asOf }), h);
    check('facts.given[h]', () => classify({ given: { [`k${label(h).replace(/[{}]/g, '')}`]: 'x' } } as never, { asOf }), h);
    for (const key of ['kind', 'version', 'basis', 'aMin', 'bMin', 'population']) {
      check(`options.valueModel.${key}`, () => classify(FACTS, { asOf, valueModel: { kind: 'value_model', version: 1, basis: 'revenue', aMin: 100, bMin: 10, population: 3, [key]: h } } as never), h);
    }
    for (const key of ['pAlive', 'threshold', 'likelyChurned']) {
      check(`options.churn.${key}`, () => classify(FACTS, { asOf, churn: { pAlive: 0.2, threshold: 0.5, likelyChurned: true, [key]: h } } as never), h);
    }
    for (const key of ['segment', 'r', 'f', 'm']) check(`options.rfm.${key}`, () => classify(FACTS, { asOf, rfm: { segment: 'champions', r: 5, f: 5, m: 5, [key]: h } } as never), h);
  });

  it.each(HOSTILE.map((v) => [label(v), v] as const))('every policy setting set to %s', (_, h) => {
    for (const path of leaves(CLASSIFICATION_POLICY_SHAPE)) check(`policy.${path.join('.')}`, () => classify(FACTS, { asOf, policy: nested(path, h) } as never), h);
  });

  it.each(HOSTILE.map((v) => [label(v), v] as const))('classifyAll with %s in every argument, row field, accessor and option', (_, h) => {
    check('rows', () => classifyAll(h as never, { asOf }), h);
    check('options', () => classifyAll(ROWS, h as never), h);
    check('rows[0]', () => classifyAll([h, ...ROWS] as never, { asOf }), h);
    for (const key of ['customerId', 'at', 'amount', 'profit', 'category', 'directed']) check(`rows[0].${key}`, () => classifyAll([{ ...ROWS[0], [key]: h }, ROWS[1]] as never, { asOf }), h);
    for (const option of ['asOf', 'accessors', 'policy', 'facts', 'customers', 'valueModel', 'onMissingCustomerId', 'churn', 'rfm', 'onProgress']) {
      check(`options.${option}`, () => classifyAll(ROWS, { asOf, [option]: h } as never), h);
    }
    const accessors = { customerId: (r: (typeof ROWS)[number]) => r.customerId, at: (r: (typeof ROWS)[number]) => r.at, amount: (r: (typeof ROWS)[number]) => r.amount };
    for (const key of ['customerId', 'at', 'amount', 'profit', 'category', 'directed']) {
      check(`accessors.${key}`, () => classifyAll(ROWS, { asOf, accessors: { ...accessors, [key]: h } } as never), h);
      check(`accessors.${key}() returns it`, () => classifyAll(ROWS, { asOf, accessors: { ...accessors, [key]: () => h } } as never), h);
    }
    check('facts() returns it', () => classifyAll(ROWS, { asOf, facts: () => h } as never), h);
    check('facts().contacts', () => classifyAll(ROWS, { asOf, facts: () => ({ contacts: h }) } as never), h);
    check('churn() returns it', () => classifyAll(ROWS, { asOf, churn: () => h } as never), h);
    check('rfm() returns it', () => classifyAll(ROWS, { asOf, rfm: () => h } as never), h);
    check('customers: [h]', () => classifyAll(ROWS, { asOf, customers: [h] } as never), h);
  });

  it.each(HOSTILE.map((v) => [label(v), v] as const))('explain, reconcile and fitValueModel with %s', (_, h) => {
    const profile = classify(FACTS, { asOf });
    check('explain(item)', () => explain(h as never), h);
    check('explain(result, locale)', () => explain(profile.dimensions.status, h as never), h);
    check('explain(profile, options)', () => explain(profile, { locale: h, money: h } as never), h);
    check('explain(profile, money.currency)', () => explain(profile, { money: { currency: h, minorUnitExponent: 2 } } as never), h);
    check('explain(reason, money.minorUnitExponent)', () => explain(profile.dimensions.status.reasons[0]!, { money: { currency: 'USD', minorUnitExponent: h } } as never), h);
    check('explain({ code, params: h })', () => explain({ code: 'last_purchase', params: h } as never), h);
    check('explain({ code, params: { days: h } })', () => explain({ code: 'last_purchase', params: { days: h } } as never), h);
    check('explain(result with reasons h)', () => explain({ ...profile.dimensions.status, reasons: h } as never), h);
    check('reconcile(stored)', () => reconcile(h as never, FACTS, { asOf }), h);
    for (const key of ['status', 'loyalty', 'purchase_intent']) check(`reconcile(stored.${key})`, () => reconcile({ [key]: h } as never, FACTS, { asOf }), h);
    check('reconcile(facts)', () => reconcile({}, h as never, { asOf }), h);
    check('reconcile(options)', () => reconcile({}, FACTS, h as never), h);
    for (const option of ['asOf', 'policy', 'valueModel', 'churn', 'rfm', 'actor', 'lifecyclePolicy']) check(`reconcile options.${option}`, () => reconcile({ status: 'current' }, FACTS, { asOf, [option]: h } as never), h);
    check('fitValueModel(values)', () => fitValueModel(h as never), h);
    check('fitValueModel([h])', () => fitValueModel([h] as never), h);
    check('fitValueModel customerId', () => fitValueModel([{ customerId: h, value: 1 }] as never), h);
    check('fitValueModel value', () => fitValueModel([{ customerId: 'a', value: h }, { customerId: 'b', value: 2 }] as never), h);
    check('fitValueModel options', () => fitValueModel([{ customerId: 'a', value: 1 }], h as never), h);
    check('fitValueModel policy', () => fitValueModel([{ customerId: 'a', value: 1 }], { policy: h } as never), h);
  });

  it('async rows: a hostile row rejects the promise with a typed error', async () => {
    async function* rows() {
      yield ROWS[0];
      yield { customerId: 'z', at: 'soon', amount: 1 };
    }
    await expect(classifyAll(rows(), { asOf })).rejects.toMatchObject({ code: 'invalid_date', path: ['transactions', 1, 'at'] });
  });

  it('counts its outcomes', () => {
    expect(outcomes.calls).toBeGreaterThan(4_000);
    expect(outcomes.returned).toBeGreaterThan(500);
    expect(outcomes.typedErrors).toBeGreaterThan(1_000);
  });
});

describe('hostile input: the cases issue 11 names', () => {
  it('classifyAll with two customers fills every threshold of its reasons: "A from 5, no customer in B"', () => {
    const { profiles, valueModel } = classifyAll(
      [
        { customerId: 'a', at: '2024-01-01', amount: 5 },
        { customerId: 'b', at: '2024-01-01', amount: 1 },
      ],
      { asOf: '2024-02-01', policy: { value: { cuts: [0.8, 0.8] } } },
    );
    expect(valueModel).toMatchObject({ aMin: 5, bMin: null });
    expect(explain(profiles[1]!.dimensions.abc_class)).toBe('Class C: net revenue 1 amount units; A from 5 amount units, no customer in B');
    for (const p of profiles) checkRendered(p);
  });

  it('amounts beyond 1e30 (whose sums or shares could overflow), dates beyond the Date range: typed errors, never Infinity or a RangeError', () => {
    const rows = [
      { customerId: 'a', at: '2024-01-01', amount: 1e308 },
      { customerId: 'b', at: '2024-01-02', amount: 1e308 },
    ];
    // Two customers of 1e308 each made the value model's total Infinity, and every class c.
    expect(() => classifyAll(rows, { asOf: '2024-06-30' })).toThrow(expect.objectContaining({ code: 'invalid_record', path: ['transactions', 0, 'amount'] }));
    expect(() => classify({ transactions: rows }, { asOf: '2024-06-30' })).toThrow(expect.objectContaining({ code: 'invalid_record', path: ['facts', 'transactions', 0, 'amount'] }));
    expect(() => fitValueModel([{ customerId: 'a', value: 1e308 }, { customerId: 'b', value: 1e308 }])).toThrow(expect.objectContaining({ code: 'invalid_record', path: ['values', 0, 'value'] }));
    expect(classifyAll([{ customerId: 'a', at: '2024-01-01', amount: 1e30 }, { customerId: 'a', at: '2024-01-02', amount: 1e30 }], { asOf: '2024-06-30' }).profiles[0]?.dimensions.abc_class.value).toBe('a');
    expect(() => classify({ transactions: [{ at: 1e17, amount: 1 }] }, { asOf: '2024-06-30' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => classify({}, { asOf: 1e16 })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(classify({ transactions: [{ at: -8.64e15, amount: 1 }] }, { asOf: '2024-06-30' }).dimensions.loyalty.value).toBe('new');
  });

  it('reads a contact log in the order things happened, whatever the order of the list', () => {
    const options = { asOf: '2024-08-01', policy: { purchaseIntent: { refusalsForNever: 1 } } } as const;
    const interest = { kind: 'interest', at: '2024-07-30T09:00Z' } as const;
    const refusal = { kind: 'refusal', at: '2024-07-30T17:00Z' } as const;
    const intent = (contacts: readonly object[]) => classify({ transactions: [], contacts } as never, options).dimensions.purchase_intent.value;
    // The refusal came last that day: never, in either order (the list's order decided before).
    expect([intent([interest, refusal]), intent([refusal, interest])]).toEqual(['never', 'never']);
    const sent = { kind: 'quote_sent', at: '2024-07-01T09:00Z' } as const;
    const answered = { kind: 'quote_answered', at: '2024-07-01T15:00Z' } as const;
    expect(intent([answered, sent])).toBe(intent([sent, answered]));
    // Contacts at the same instant are ordered by kind: the same answer too.
    const tie = [{ kind: 'interest', at: '2024-07-30' }, { kind: 'refusal', at: '2024-07-30' }] as const;
    expect(intent([...tie])).toBe(intent([...tie].reverse()));
    const all = (contacts: readonly object[]) =>
      classifyAll([], { ...options, customers: ['a'], facts: () => ({ contacts }) } as never).profiles[0]?.dimensions.purchase_intent.value;
    expect([all([interest, refusal]), all([refusal, interest])]).toEqual(['never', 'never']);
  });

  it('ids like __proto__ are data', () => {
    const { profiles } = classifyAll(
      [
        { customerId: '__proto__', at: '2024-01-01', amount: 5 },
        { customerId: 'constructor', at: '2024-01-01', amount: 1 },
        { customerId: 42, at: '2024-01-01', amount: 2 },
        { customerId: '42', at: '2024-01-01', amount: 3 },
      ],
      { asOf: '2024-02-01' },
    );
    expect(profiles.map((p) => p.customerId)).toEqual([42, '42', '__proto__', 'constructor']);
  });

  it('reads each row when it comes: a cursor that hands over one object, refilled, gives every customer', async () => {
    const rows = [
      { customerId: 'a', at: '2024-01-10', amount: 10 },
      { customerId: 'b', at: '2024-02-10', amount: 20 },
      { customerId: 'c', at: '2024-03-10', amount: 30 },
    ];
    function* cursor() {
      const row = { customerId: '', at: '', amount: 0 };
      for (const r of rows) yield Object.assign(row, r);
    }
    async function* asyncCursor() {
      yield* cursor();
    }
    const expected = classifyAll(rows, { asOf: '2024-06-01' });
    expect(expected.profiles.map((p) => p.customerId)).toEqual(['a', 'b', 'c']);
    expect(classifyAll(cursor(), { asOf: '2024-06-01' })).toEqual(expected);
    expect(await classifyAll(asyncCursor(), { asOf: '2024-06-01' })).toEqual(expected);
  });

  it('refuses a null row before a host accessor sees it, at the row, as fitRfm does', () => {
    type Row = { id: string; d: string; v: number };
    const accessors = { customerId: (r: Row) => r.id, at: (r: Row) => r.d, amount: (r: Row) => r.v };
    const error = thrown(() => classifyAll([null as never], { asOf: '2024-06-01', accessors }));
    expect([error.code, error.path]).toEqual(['invalid_record', ['transactions', 0]]);
  });
});

