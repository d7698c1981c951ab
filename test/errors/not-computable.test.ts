/** Why a value could not be computed is a code with a text in every locale, not an English sentence or a raw token. */
import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError, message } from '../../src/index.js';
import type { NotComputableCause } from '../../src/errors/index.js';
import { reclaimStatus } from '../../src/pool/index.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

const CAUSES = ['beyond_date_range', 'overflow', 'quadrature', 'precision', 'incomplete_beta', 'profit_unknown', 'no_covariance', 'spend_undefined'] as const satisfies readonly NotComputableCause[];
// Every cause is listed: a new one without a place here fails the type check.
const _all: NotComputableCause extends (typeof CAUSES)[number] ? true : never = true;

describe('not_computable', () => {
  it.each(CAUSES)('%s reads in every locale', (cause) => {
    const error = new CrmTaxonomyError('not_computable', { what: 'revenue', cause });
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
      const text = message(error, inLocale(locale));
      expect(text).not.toMatch(new RegExp(`[:：] ?${cause}$`));
      expect(text).not.toMatch(/\{|\[object|[:：] ?\?$/);
    }
  });

  it('a date beyond what a Date holds, in the pool, in Chinese', () => {
    const error = thrown(() => reclaimStatus({ receivedAt: '+275760-09-12' }, { asOf: '+275760-09-13', policy: { counting: 'calendar_days' } }));
    expect(error.code).toBe('not_computable');
    expect(message(error, inLocale('zh-Hans'))).toContain('日期超出 Date 可表示的范围');
  });
});
