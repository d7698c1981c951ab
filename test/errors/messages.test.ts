import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError, ERROR_CODES, LOCALES, message, type ErrorCode, type ErrorDetails } from '../../src/index.js';
import { ERROR_TEXTS } from '../../src/locales/errors.js';
import { CHINESE, inLocale, withChinese } from '../support/locales.js';

/** One realistic error of every code: the compiler holds this table to ERROR_CODES. */
const SAMPLES: { readonly [C in ErrorCode]: readonly [ErrorDetails<C>, readonly (string | number)[]] } = {
  unknown_dimension: [{ received: '"colour"', allowed: ['loyalty', 'status'] }, ['dimension']],
  invalid_value: [{ dimension: 'loyalty', received: '"gold"', allowed: ['potential', 'new', 'established', 'loyal'] }, ['loyalty']],
  not_ordered: [{ dimension: 'status' }, ['dimension']],
  invalid_definition: [{ expected: 'snake_case', received: '"Bad Id"' }, ['id']],
  invalid_extension: [{ expected: 'known_key', received: '"gold"', allowed: ['potential', 'new'] }, ['labels', 'loyalty', 'gold']],
  invalid_argument: [{ expected: 'integer', received: '0', min: 1, max: 100 }, ['options', 'scores']],
  invalid_record: [{ expected: 'number', received: '"12"', index: 41 }, ['transactions', 41, 'amount']],
  missing_customer_id: [{ index: 3, received: 'null' }, ['transactions', 3, 'customerId']],
  invalid_date: [{ received: '"yesterday"' }, ['options', 'asOf']],
  future_transaction: [{ index: 7, day: '2024-07-02', asOf: '2024-06-30' }, ['transactions', 7, 'at']],
  invalid_policy: [{ expected: 'at_least_other', received: '1', other: 'loyalty.established.minPurchases', min: 2 }, ['loyalty', 'loyal', 'minPurchases']],
  invalid_model: [{ expected: 'ascending', received: '3' }, ['recency', 'thresholds', 1]],
  empty_input: [{ what: 'repeat_buyers' }, []],
  input_too_large: [{ what: 'horizon', limit: 1_000_000, received: 1e9 }, ['options', 'horizon']],
  unknown_machine: [{ received: '(object)' }, ['machine']],
  unknown_state: [{ machine: 'status', received: '"gold"', allowed: ['potential', 'lost'] }, ['from']],
  unknown_event: [{ machine: 'status', received: '"explode"', allowed: ['churn'] }, ['event']],
  transition_refused: [{ refusal: { code: 'edge_not_allowed', params: { machine: 'status', dimension: 'status', from: 'non_customer', to: 'current', via: 'target', allowed: ['qualify'] } } }, []],
  invalid_history: [{ index: 2, issue: { code: 'out_of_order', params: { index: 2, at: '2024-01-02', previous: '2024-01-04' } } }, ['events', 2, 'at']],
  fit_failed: [{ model: 'pareto-nbd', cause: 'no_finite_likelihood' }, []],
  not_computable: [{ what: 'expected purchases', cause: 'quadrature' }, ['options', 'horizon']],
  invalid_identifier: [{ received: '""' }, ['table']],
};

const UNFILLED = /\{[\w:.*@|]+\}|\bundefined\b|\[object Object\]|NaN|(^|[^\w"])\?([^\w"]|$)/;
const CJK = /[\u3400-\u9fff]/u;

describe('every error code has a message in every locale', () => {
  it('ERROR_CODES lists each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ERROR_CODES].sort());
  });

  for (const code of ERROR_CODES) {
    it(`${code}: rendered in ${LOCALES.join(', ')} with every placeholder filled`, () => {
      const [details, path] = SAMPLES[code] as readonly [never, readonly (string | number)[]];
      const error = new CrmTaxonomyError(code, details, { path });
      for (const locale of LOCALES) {
        expect(withChinese(ERROR_TEXTS)[locale]?.[`error.${code}`], `${code} ${locale}`).toBeTruthy();
        const text = message(error, inLocale(locale));
        expect(text, `${code} ${locale}: ${text}`).not.toMatch(UNFILLED);
        expect(text.length).toBeGreaterThan(10);
        if (locale !== 'en') expect(text).toMatch(CJK);
      }
      expect(error.message).toMatch(new RegExp(`^${code}`));
      expect(error.message).not.toMatch(/\[object Object\]|\bundefined\b/);
      expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'CrmTaxonomyError', code, message: error.message, path: [...path], details });
    });
  }

  it('every expectation phrase renders with and without bounds', () => {
    const expectations = Object.keys(ERROR_TEXTS.en ?? {})
      .filter((k) => k.startsWith('expected.'))
      .map((k) => k.slice('expected.'.length));
    expect(expectations.length).toBeGreaterThan(20);
    for (const expected of expectations) {
      // A rule against another setting always names that setting's value (min for at_least_other, max for at_most_other).
      const required = expected === 'at_least_other' ? { min: 3 } : expected === 'at_most_other' ? { max: 3 } : {};
      for (const bounds of [{}, { min: 1 }, { max: 9 }, { min: 1, max: 9 }, { min: 0, exclusiveMin: true }, { min: 0, max: 1, exclusiveMin: true }].map((b) => ({ ...b, ...required }))) {
        const error = new CrmTaxonomyError('invalid_argument', { expected: expected as never, received: '0', allowed: ['a', 'b'], other: 'x.y', ...bounds }, { path: ['x'] });
        for (const locale of LOCALES) expect(message(error, inLocale(locale)), `${expected} ${locale}`).not.toMatch(UNFILLED);
      }
    }
  });

  it('names a list of allowed values as labels in Chinese and English', () => {
    const error = new CrmTaxonomyError('invalid_value', SAMPLES.invalid_value[0], { path: ['loyalty'] });
    expect(message(error)).toBe('Loyalty: invalid value "gold", expected one of Potential customer, New customer, Established customer, Loyal customer');
    expect(message(error, inLocale('zh-HK'))).toBe('無效的客戶忠誠度取值 "gold"：應為 潛在客戶、新客戶、老客戶、忠誠客戶 之一');
  });

  it('renders a foreign error or a string as it is, and refuses anything else', () => {
    expect(message(new Error('boom'))).toBe('boom');
    expect(message('x')).toBe('x');
    expect(message({ code: '__proto__' })).toBe('__proto__');
    for (const item of [null, undefined, 42, {}, { code: 7 }]) expect(() => message(item)).toThrowError(/invalid_argument at item/);
  });
});
