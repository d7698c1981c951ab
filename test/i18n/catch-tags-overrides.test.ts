import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { can, defineDimension, loyaltyMachine, machineToJSON, message, resolveLocale, statusMachine, taxonomy, toMermaid } from '../../src/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';
import { MachineDocumentSchema, TaxonomyDocumentSchema } from '../../src/schema/index.js';

describe('message in a catch block', () => {
  it('gives a foreign error its own message, even when it carries a string code (Node, drivers)', () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/nowhere'"), { code: 'ENOENT', errno: -2 });
    expect(message(enoent)).toBe("ENOENT: no such file or directory, open '/nowhere'");
    // A code the library also uses does not make a foreign error the library's.
    expect(message(Object.assign(new TypeError('bad date'), { code: 'invalid_date' }))).toBe('bad date');
    // An error of another realm (an iframe, `vm`) too.
    expect(message(runInNewContext("Object.assign(new Error('from a realm'), { code: 'E_REALM' })"))).toBe('from a realm');
    // Decisions (plain data with a code) still render from the tables.
    expect(message(can(statusMachine, 'potential', 'first_purchase'))).toMatch(/^Cannot move from Potential customer/);
  });
});

describe('locale tags', () => {
  it.each([
    ['zh-yue', 'zh-Hant'], // extended language subtag: Cantonese
    ['zh-yue-CN', 'zh-Hans'],
    ['zh-cmn-Hant', 'zh-Hant'],
    ['zh-158', 'zh-Hant'], // UN M.49: Taiwan, Hong Kong, Macao
    ['zh-344', 'zh-Hant'],
    ['zh-446', 'zh-Hant'],
    ['zh-156', 'zh-Hans'], // mainland China
    ['yue-156', 'zh-Hans'],
    ['zh-x-tw', 'zh-Hans'], // private use says no region
    ['zh-Hans-u-rg-twzzzz', 'zh-Hans'],
    ['zh-TW-x-cn', 'zh-Hant'],
  ])('%s negotiates to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

describe('template formats', () => {
  const render = (template: string, x: unknown, money?: object) => message({ code: 'zz', params: { x } }, { texts: { en: { zz: template } }, ...(money === undefined ? {} : { money }) });

  it('writes a plain number with two decimals, or four significant digits where that shows more', () => {
    expect([0.1499, 0.3001, 1 / 3, 12.3456, 1234.5678, 1_000_000, 123_456, Number.MAX_SAFE_INTEGER, 0.0049, -0, 5, 9.9999, 1e-200].map((x) => render('{x}', x))).toEqual([
      '0.1499', '0.3001', '0.3333', '12.35', '1,234.57', '1,000,000', '123,456', '9,007,199,254,740,991', '0.0049', '0', '5', '10', '1E-200',
    ]);
  });

  it('writes a share that rounds to zero as 0 %, never -0 %, and one that is not zero with the decimals that say so', () => {
    expect(render('{x:percent}', -0)).toBe('0%');
    // A share of 1e-14 is written as one (probabilities that small are real: review 13); past 20 decimals, scientific notation.
    expect(render('{x:percent}', -1e-12)).toBe('-0.0000000001%');
    expect(render('{x:percent}', -1e-30)).toBe('-1E-28%');
    expect(render('{x:percent}', -0.00001)).toBe('-0.001%');
    expect(render('{x:percent}', -0.001)).toBe('-0.1%');
  });

  it('writes a bigint as the number it is, and as money only where a double holds it', () => {
    expect(render('{x:amount}', 12345n, { currency: 'USD', minorUnitExponent: 2 })).toBe('$123.45');
    expect(render('{x}', 12345n)).toBe('12,345');
    expect(render('{x:percent}', 1n)).toBe('100%');
    expect(render('{x:amount}', 2n ** 64n, { currency: 'USD', minorUnitExponent: 2 })).toBe('?');
    expect(render('{x}', 2n ** 64n)).toBe('18446744073709551616');
  });
});

describe("a host's texts win over the locale module passed for the rest", () => {
  const bank = taxonomy.extend({ labels: { loyalty: { loyal: { en: 'VIP member', 'zh-Hans': '贵宾会员' } } } });

  it('in labels and in messages', () => {
    expect(bank.label('loyalty', 'loyal', { locale: 'zh-Hans', texts: zhHans })).toBe('贵宾会员');
    expect(bank.label('loyalty', 'loyal', { locale: 'zh-Hans' })).toBe('贵宾会员');
    // Other labels still come from the module.
    expect(bank.label('loyalty', 'new', { locale: 'zh-Hans', texts: zhHans })).toBe(zhHans['zh-Hans']!['taxonomy.loyalty.new.label']);
    const refused = can(loyaltyMachine, 'loyal', 'demote');
    expect(message(refused, { locale: 'zh-Hans', texts: zhHans, taxonomy: bank })).toContain('贵宾会员');
  });

  it("a host's own joined table wins too, and a later extension over an earlier one; a joined locale module does not beat a call's texts", () => {
    const joined = taxonomy.extend({ texts: { 'zh-Hans': { 'taxonomy.loyalty.loyal.label': '铁杆客户' } } });
    expect(joined.label('loyalty', 'loyal', { locale: 'zh-Hans', texts: zhHans })).toBe('铁杆客户');
    expect(bank.extend({ texts: { 'zh-Hans': { 'taxonomy.loyalty.loyal.label': '铁杆客户' } } }).label('loyalty', 'loyal', 'zh-Hans')).toBe('铁杆客户');
    const withModule = taxonomy.extend({ texts: [zhHans, zhHant] });
    const mine = { 'zh-Hans': { 'taxonomy.loyalty.loyal.label': '老客户' } };
    expect(withModule.label('loyalty', 'loyal', { locale: 'zh-Hans', texts: mine })).toBe('老客户');
    expect(withModule.label('loyalty', 'loyal', { locale: 'zh-Hans', texts: { ...zhHans, ...zhHant } })).toBe(zhHans['zh-Hans']!['taxonomy.loyalty.loyal.label']);
  });
});

describe('documents list every locale a host wrote, and no empty text', () => {
  const channel = defineDimension({
    id: 'service_channel',
    kind: 'classification',
    ordered: false,
    label: { en: 'Service channel', 'zh-Hans': '服务渠道', 'zh-Hant': '服務渠道' },
    values: [{ id: 'agent', label: { en: 'Agent', 'zh-Hans': '人工坐席', 'zh-Hant': '人工坐席' } }],
  });

  it('a taxonomy lists the locales its definitions write, and its document has their texts', () => {
    const host = taxonomy.extend({ dimensions: [channel] });
    expect(host.locales).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    const dimension = host.toJSON().dimensions.find((d) => d.id === 'service_channel')!;
    expect(dimension.label).toEqual({ en: 'Service channel', 'zh-Hans': '服务渠道', 'zh-Hant': '服務渠道' });
    expect(dimension.values[0]!.label).toEqual({ en: 'Agent', 'zh-Hans': '人工坐席', 'zh-Hant': '人工坐席' });
    expect(TaxonomyDocumentSchema.safeParse(host.toJSON()).success).toBe(true);
  });

  it('an empty label is no label: documents leave it out, renderers fall back', () => {
    const blank = { de: { 'taxonomy.status.lost.label': '' } };
    const extended = taxonomy.extend({ texts: blank });
    expect(TaxonomyDocumentSchema.safeParse(extended.toJSON()).success).toBe(true);
    expect(extended.label('status', 'lost', 'de')).toBe('Lost customer');
    expect(MachineDocumentSchema.safeParse(machineToJSON(statusMachine, { texts: blank })).success).toBe(true);
    expect(toMermaid(statusMachine, { texts: blank, locale: 'de' })).not.toContain('state "" as lost');
  });
});

describe('bounds as people read them', () => {
  it('one allowed value is "equal to", and a bound past 10^21 is written in scientific notation', async () => {
    const { CrmTaxonomyError } = await import('../../src/index.js');
    const one = new CrmTaxonomyError('invalid_argument', { expected: 'integer', received: '3', min: 5, max: 5 }, { path: ['options', 'scale'] });
    expect(message(one)).toBe('Invalid options.scale: expected an integer equal to 5, received 3');
    expect(message(one, { locale: 'zh-Hans', texts: zhHans })).toContain('整数（等于 5）');
    const huge = new CrmTaxonomyError('invalid_argument', { expected: 'number', received: "'12.50'", min: -1e30, max: 1e30 }, { path: ['amount'] });
    expect(message(huge)).toBe("Invalid amount: expected a finite number from -1E30 to 1E30, received '12.50'");
    const safe = new CrmTaxonomyError('invalid_argument', { expected: 'integer', received: '1e300', max: Number.MAX_SAFE_INTEGER }, { path: ['n'] });
    expect(message(safe)).toContain('9,007,199,254,740,991');
  });
});
