/** A bound that excludes its maximum says so: `level: 1` is refused as "below 1", not "at most 1". */
import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError, message } from '../../src/index.js';
import { customerForecast } from '../../src/clv/index.js';
import { inLocale } from '../support/locales.js';
import { CDNOW_BG_NBD } from '../support/models.js';
import { thrown } from '../support/thrown.js';

describe('exclusive maxima', () => {
  it('customerForecast level 1', () => {
    const error = thrown(() => customerForecast({ purchases: CDNOW_BG_NBD }, { x: 2, tx: 30, T: 38 }, { horizon: { value: 1, unit: 'weeks' }, level: 1 }));
    expect(error).toMatchObject({ path: ['options', 'level'], details: { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true } });
    expect(message(error)).toBe('Invalid options.level: expected a finite number above 0 and below 1, received 1');
    expect(message(error, inLocale('zh-Hans'))).toContain('（大于 0 且小于 1）');
  });
  it('below, alone, and for items', () => {
    expect(message(new CrmTaxonomyError('invalid_argument', { expected: 'number', received: '5', max: 5, exclusiveMax: true }, { path: ['x'] }))).toBe('Invalid x: expected a finite number below 5, received 5');
    expect(message(new CrmTaxonomyError('invalid_argument', { expected: 'array', received: '(array of 5)', max: 5, exclusiveMax: true }, { path: ['x'] }))).toBe('Invalid x: expected an array of fewer than 5 items, received (a list)');
  });
});
