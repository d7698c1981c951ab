import { expect } from 'vitest';
import { isCrmTaxonomyError, message } from '../../src/index.js';

/** Values a careless or hostile caller hands over, in any argument or option. */
export const HOSTILE: readonly [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['true', true],
  ['false', false],
  ['0', 0],
  ['-0', -0],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['1e17', 1e17],
  ['-1e18', -1e18],
  ['2^53', 2 ** 53],
  ['0.5', 0.5],
  ['-1', -1],
  ['1e9', 1e9],
  ["''", ''],
  ["' '", ' '],
  ["'x'", 'x'],
  ["'__proto__'", '__proto__'],
  ["'constructor'", 'constructor'],
  ["'toString'", 'toString'],
  ["'2026-13-45'", '2026-13-45'],
  ["'2024-01-01T00:00:00+99:99'", '2024-01-01T00:00:00+99:99'],
  ["'+275760-09-13'", '+275760-09-13'],
  ["'Mars/Base'", 'Mars/Base'],
  ['a 100 000-character string', 'a'.repeat(100_000)],
  ['[]', []],
  ['[1]', [1]],
  ['[null]', [null]],
  ['{}', {}],
  ['an object without prototype', Object.create(null) as object],
  ["{ __proto__: 'x' } as data", JSON.parse('{"__proto__":"x"}') as object],
  ['Invalid Date', new Date(Number.NaN)],
  ['the last Date', new Date(8.64e15)],
  ['a symbol', Symbol('s')],
  ['a bigint', 10n],
  ['a function', () => 1],
  ['a proxy', new Proxy({}, {})],
  ['a cycle', (() => {
    const a: Record<string, unknown> = {};
    a.self = a;
    return a;
  })()],
  ['an array-like of length 1e9', { length: 1e9 }],
];

/** A hole in a text: `[object Object]`, `undefined` or `NaN` where a value belongs, an unfilled placeholder, the `?` of a missing parameter. What was received is shown as received. */
const hole = (text: string): boolean =>
  /\[object Object\]|undefined|NaN|\{\w+(:[^}]*)?\}|(^|[ ：（(])\?([ ，、；;,)）]|$)/.test(text.replace(/(received|为|為) (undefined|NaN|-?Infinity)/g, ''));

/** Fails on a number that is not finite, or text that shows a hole, anywhere in a result. */
function checkValue(value: unknown, where: string, seen = new Set<unknown>()): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${where}: ${value}`).toBe(true);
  else if (typeof value === 'string') expect(/^undefined$|\[object Object\]/.test(value), `${where}: ${value.slice(0, 80)}`).toBe(false);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) checkValue(v, `${where}.${k}`, seen);
    const item = value as { code?: unknown; params?: unknown };
    if (typeof item.code === 'string' && typeof item.params === 'object') {
      for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
        const text = message(item, locale);
        expect(hole(text), `${where} in ${locale}: ${text}`).toBe(false);
      }
    }
  }
}

/** The outcome of one call: a correct value, or a `CrmTaxonomyError` with a clean message; never anything else, never a hang. */
export function expectSafe(label: string, call: () => unknown): void {
  const started = performance.now();
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    // A hang guard, not a speed test: minutes of work on a hostile value is a failure.
    expect(performance.now() - started, `${label}: took too long`).toBeLessThan(5_000);
    expect(isCrmTaxonomyError(error), `${label}: threw ${String(error)}`).toBe(true);
    // What was received is shown as received (`NaN`, `undefined`): that is no hole.
    const received = String((error as { details: { received?: unknown } }).details.received ?? '');
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
      const text = message(error, locale);
      expect(hole(received === '' ? text : text.replaceAll(received, '')), `${label} in ${locale}: ${text}`).toBe(false);
    }
    return;
  }
  expect(performance.now() - started, `${label}: took too long`).toBeLessThan(5_000);
  checkValue(result, label);
}

/** Every call with one slot of the valid arguments replaced by each hostile value: whole arguments, and each key of an object argument (one level, and `policy`'s keys). */
export function walk(name: string, fn: (...args: never[]) => unknown, valid: readonly unknown[]): number {
  let calls = 0;
  const run = (label: string, args: unknown[]): void => {
    calls++;
    expectSafe(`${name}(${label})`, () => (fn as (...a: unknown[]) => unknown)(...args));
  };
  valid.forEach((arg, i) => {
    for (const [h, value] of HOSTILE) run(`arg ${i} = ${h}`, valid.map((a, j) => (j === i ? value : a)));
    if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
      for (const key of Object.keys(arg)) {
        for (const [h, value] of HOSTILE) run(`arg ${i}.${key} = ${h}`, valid.map((a, j) => (j === i ? { ...(a as object), [key]: value } : a)));
        const inner = (arg as Record<string, unknown>)[key];
        if (key === 'policy' && typeof inner === 'object' && inner !== null) {
          for (const k of Object.keys(inner)) {
            for (const [h, value] of HOSTILE) {
              run(`arg ${i}.policy.${k} = ${h}`, valid.map((a, j) => (j === i ? { ...(a as object), policy: { ...(inner as object), [k]: value } } : a)));
            }
          }
        }
      }
    }
  });
  return calls;
}
