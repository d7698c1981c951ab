import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, CrmTaxonomyError, defineMachine, kotlerLevelMachine, label, message, purchaseIntentMachine, resolveLocale, statusMachine, taxonomy, toMermaid } from '../../src/index.js';
import { isLocaleTag } from '../../src/i18n/index.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

const usd = { money: { currency: 'USD', minorUnitExponent: 2 } };

describe('money text of large integer amounts', () => {
  it('is exact at and above 1e21 minor units (the exponent is shifted, not divided)', () => {
    expect(message({ code: 'model_value', params: { amount: 1e23 } }, usd)).toContain('$1,000,000,000,000,000,000,000.00');
    expect(message({ code: 'model_value', params: { amount: 1e28 } }, usd)).toContain('$100,000,000,000,000,000,000,000,000.00');
    expect(message({ code: 'model_value', params: { amount: 1.23e30 } }, usd)).toContain('$12,300,000,000,000,000,000,000,000,000.00');
    expect(message({ code: 'model_value', params: { amount: -1e21 } }, usd)).toContain('-$10,000,000,000,000,000,000.00');
  });

  it('writes every integer amount as the decimal String writes, with the point moved (property)', () => {
    // The shortest decimal of a double (`1e23`, not 99999999999999991611392), as a bigint.
    const decimal = (n: number): bigint => {
      const [mantissa = '', e = '0'] = String(n).split('e');
      const [whole = '', fraction = ''] = mantissa.split('.');
      return BigInt(whole + fraction) * 10n ** BigInt(Number(e) - fraction.length);
    };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (big) => {
        const cents = Number(big);
        const text = message({ code: 'x', params: { a: cents } } as never, { texts: { en: { x: '{a:amount}' } }, ...usd } as never);
        const exact = decimal(cents);
        const abs = exact < 0n ? -exact : exact;
        expect(text).toBe(`${exact < 0n ? '-' : ''}$${(abs / 100n).toLocaleString('en')}.${String(abs % 100n).padStart(2, '0')}`);
      }),
    );
  });
});

describe('plurals of a text that fell back to English', () => {
  it('follow the rules of the table the text came from, not of the requested locale', () => {
    const ja = { locale: 'ja-JP', texts: { ja: { 'taxonomy.status.current.label': '既存顧客' } } };
    const text = message(can(statusMachine, 'current', 'churn'), ja);
    expect(text).toContain('the fact daysSinceLastPurchase is missing');
    expect(text.startsWith('Cannot move from 既存顧客')).toBe(true);
  });

  it('still follow the requested locale for its own tables', () => {
    const texts = { ja: { x: '{n:plural:one|other}' } };
    expect(message({ code: 'x', params: { n: 1 } }, { locale: 'ja-JP', texts })).toBe('other');
    expect(message({ code: 'x', params: { n: 1 } }, { locale: 'en', texts: { en: { x: '{n:plural:one|other}' } } })).toBe('one');
  });
});

describe('host locale keys: case does not matter and _ reads as -', () => {
  it('negotiates against keys in any case or with underscores', () => {
    expect(resolveLocale('en-US', ['EN', 'zh-Hans'])).toBe('EN');
    expect(resolveLocale('pt-BR', ['en', 'pt_BR'])).toBe('pt_BR');
    expect(resolveLocale('PT_br', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(resolveLocale('de', ['__proto__', 'en'])).toBe('en');
  });

  it('renders from tables under such keys', () => {
    expect(label('loyalty', 'loyal', { locale: 'pt_BR', texts: { pt_BR: { 'taxonomy.loyalty.loyal.label': 'Leal' } } })).toBe('Leal');
    expect(label('loyalty', 'loyal', { locale: 'pt-BR', texts: { pt_br: { 'taxonomy.loyalty.loyal.label': 'Leal' } } })).toBe('Leal');
    expect(label('loyalty', 'loyal', { locale: 'pt-BR', texts: { 'PT-BR': { 'taxonomy.loyalty.loyal.label': 'Leal' } } })).toBe('Leal');
    // Two tables whose keys differ only in spelling are both searched.
    const texts = [{ pt_BR: { 'taxonomy.loyalty.loyal.label': 'Leal' } }, { 'pt-BR': { 'taxonomy.loyalty.new.label': 'Novo' } }];
    expect(label('loyalty', 'new', { locale: 'pt-BR', texts })).toBe('Novo');
    expect(label('loyalty', 'loyal', { locale: 'pt-BR', texts })).toBe('Leal');
  });
});

describe('a duck-typed CrmTaxonomyError (from another realm)', () => {
  it('renders without a path or details', () => {
    expect(message({ name: 'CrmTaxonomyError', code: 'invalid_value', message: 'x' })).toBe(message(new CrmTaxonomyError('invalid_value', {} as never)));
    expect(message({ name: 'CrmTaxonomyError', code: 'invalid_value', message: 'x', details: null })).not.toMatch(/undefined|object Object/);
    expect(message({ name: 'CrmTaxonomyError', code: 'invalid_value', message: 'x', path: 'a.b', details: 7 })).not.toMatch(/undefined|object Object/);
  });

  it('writes path parts that are not names or indexes as ?', () => {
    const text = message({ name: 'CrmTaxonomyError', code: 'invalid_argument', message: 'x', path: ['options', {}, 2], details: { expected: 'object' } });
    expect(text).not.toContain('object Object');
    expect(text).toContain('options.?[2]');
  });
});

describe("a host's label text is text, not a template", () => {
  const dim = { id: 'tier', kind: 'classification', ordered: false, values: [{ id: 'a', label: { en: 'Gold {VIP}' } }, { id: 'b', label: { en: 'Silver' } }] } as const;
  const m = defineMachine({ id: 'm', dimension: dim, events: { go: { label: { en: 'Go {now}' }, edges: [{ from: ['a'], to: 'b', guards: ['has_reason'], source: [{ seed: 'a' }] }] } } });

  it('is inserted literally into a refusal, as toMermaid shows it', () => {
    expect(message(can(m, 'a', 'go'), { machine: m })).toBe('Cannot move from Gold {VIP} to Silver (Go {now}): this move needs a reason: a text (fact reason) or a breakdown cause (fact cause)');
    expect(toMermaid(m)).toContain('Gold {VIP}');
  });

  it("a host guard's refusal is still a template", () => {
    const guarded = defineMachine({
      id: 'g',
      dimension: dim,
      guards: { big: { test: () => false, params: () => ({ n: 3 }), description: { en: 'big {n}' }, refusal: { en: 'needs {n} things' } } },
      events: { go: { label: { en: 'Go' }, edges: [{ from: ['a'], to: 'b', guards: ['big'], source: [{ seed: 'a' }] }] } },
    });
    expect(message(can(guarded, 'a', 'go'), { machine: guarded })).toBe('Cannot move from Gold {VIP} to Silver (Go): needs 3 things');
  });
});

describe('locale tags with extensions and private use', () => {
  it('are taken as host text locales', () => {
    for (const tag of ['en-US-u-nu-arab', 'de-DE-u-co-phonebk', 'zh-Hant-TW-x-hk', 'en-x-twain', 'sr-Latn-RS-t-ru-x-a1']) {
      expect(isLocaleTag(tag)).toBe(true);
      expect(taxonomy.extend({ locales: [tag] } as never).locales).toContain(tag);
    }
  });

  it('non-tags are still refused', () => {
    for (const tag of ['__proto__', 'constructor', 'en-', 'en--US', 'en-u', 'en-x', 'en-u-x', 'x-hk', 'en US', 'en-US-u-', '']) expect(isLocaleTag(tag)).toBe(false);
    expect(thrown(() => taxonomy.extend({ locales: ['__proto__'] } as never)).code).toBe('invalid_extension');
  });

  it('a tag negotiation cannot serve (more than 8 subtags before its extensions) is refused, not kept unread', () => {
    const long = 'en-US-posix-abcde-fghij-klmno-pqrst-uvwxy-zabcd';
    expect(isLocaleTag(long)).toBe(false);
    expect(thrown(() => taxonomy.extend({ texts: { [long]: { 'taxonomy.status.current.label': 'x' } } } as never)).code).toBe('invalid_extension');
  });

  it('a browser tag with many extensions is served: its language, script and region negotiate, and a table under it is read', () => {
    // More than 8 subtags in all, at most 8 before the first singleton (review: these fell to English).
    expect(resolveLocale('zh-TW-u-ca-roc-co-stroke-nu-hanidec')).toBe('zh-Hant');
    expect(resolveLocale('zh-Hant-TW-u-ca-roc-nu-hanidec-x-hk')).toBe('zh-Hant');
    const tag = 'en-US-u-ca-gregory-nu-latn-x-foo-bar';
    expect(isLocaleTag(tag)).toBe(true);
    const extended = taxonomy.extend({ texts: { [tag]: { 'taxonomy.status.current.label': 'Active' } } });
    expect(extended.label('status', 'current', tag)).toBe('Active');
    // Past 32 subtags the extensions are cut: the tag is its language, script and region.
    expect(resolveLocale(`zh-TW-u${'-nu-hanidec'.repeat(20)}`)).toBe('zh-Hant');
  });
});

describe('fact values in refusals are words of the locale', () => {
  const kotler = can(kotlerLevelMachine, 'proactive', 'upgrade', { facts: { customerBase: 'many', margin: 'low' } });
  const quote = can(purchaseIntentMachine, 'interested', 'quote_unanswered', { facts: { quoteSent: false, daysSinceQuote: 3 } });

  it("Kotler's bands", () => {
    expect(message(kotler, inLocale('zh-Hans'))).toContain('此处：客户多，利润率低');
    expect(message(kotler, inLocale('zh-Hant'))).toContain('此處：客戶多，利潤率低');
    expect(message(kotler)).toContain('here: many customers, low margin');
    expect(message(can(kotlerLevelMachine, 'proactive', 'upgrade', { facts: { customerBase: 'medium', margin: 'high' } }))).toContain('here: a medium number of customers, high margin');
  });

  it('whether the quote was sent', () => {
    expect(quote.ok).toBe(false);
    expect(message(quote, inLocale('zh-Hans'))).toContain('已发出：否');
    expect(message(quote, inLocale('zh-Hant'))).toContain('已發出：否');
    expect(message(quote)).toContain('sent: no');
  });
});

describe('the developer line of an error', () => {
  it('never throws, whatever the details hold', () => {
    const circ: Record<string, unknown> = {};
    circ.self = circ;
    const error = new CrmTaxonomyError('invalid_argument', { expected: 'object', received: circ } as never);
    expect(error.message).toBe('invalid_argument');
    expect(new CrmTaxonomyError('invalid_argument', { received: circ } as never, { path: ['a', 0] }).message).toBe('invalid_argument at a[0]');
    expect(new CrmTaxonomyError('invalid_argument', { expected: 'object', received: 10n } as never).message).toBe('invalid_argument (expected: object; received: 10)');
    // A list holding what no text can be made of: the line keeps the code alone.
    expect(new CrmTaxonomyError('invalid_argument', { expected: 'object', received: [Object.create(null), Symbol('s')] } as never).message).toBe('invalid_argument');
  });
});
