import { describe, expect, it } from 'vitest';
import { paretoCurve, rfmHeatmap, segmentBars, stateDiagram } from 'crm-taxonomy/charts';
import { playbook } from 'crm-taxonomy/playbook';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { isCrmTaxonomyError } from '../../src/errors/index.js';

const thrown = (fn: () => unknown): { code: string; path: readonly (string | number)[]; details: unknown } => {
  try {
    fn();
  } catch (error) {
    if (isCrmTaxonomyError(error)) return { code: error.code, path: error.path, details: error.details };
    throw error;
  }
  throw new Error('did not throw');
};

const heightOf = (svg: string): number => Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);

describe('charts: review fixes', () => {
  it('rfmHeatmap refuses a segment that is not a string, at the cell', () => {
    for (const segment of [null, 5, {}, Symbol('s')]) {
      expect(thrown(() => rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: 1, segment } as never]))).toMatchObject({
        code: 'invalid_argument',
        path: ['cells', 0, 'segment'],
        details: { expected: 'string' },
      });
    }
    expect(rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: 1, segment: 'lost' }]).startsWith('<svg')).toBe(true);
    expect(rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: 1 }]).startsWith('<svg')).toBe(true);
  });

  it('paretoCurve refuses a class label that is not a string', () => {
    const points = [{ customers: 1, value: 1 }];
    for (const lastLabel of [5, null, {}]) {
      expect(thrown(() => paretoCurve(points, { lastLabel } as never))).toMatchObject({ code: 'invalid_argument', path: ['options', 'lastLabel'], details: { expected: 'string' } });
    }
    expect(thrown(() => paretoCurve(points, { cuts: [{ label: 7, customers: 0.5, value: 0.9 }] } as never))).toMatchObject({
      code: 'invalid_argument',
      path: ['options', 'cuts', 0, 'label'],
    });
    expect(paretoCurve(points, { lastLabel: 'Rest' })).toContain('data-class="Rest"');
  });

  it('segmentBars draws 130,000 sizes, and its default height stays within 20,000 like a given one', () => {
    const sizes = Array.from({ length: 130_000 }, (_, i) => ({ id: `s${i}`, count: i % 7 }));
    const svg = segmentBars(sizes);
    expect(heightOf(svg)).toBe(20_000);
    expect(thrown(() => segmentBars(sizes, { height: 20_001 }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'height'] });
    // Below the bound the default still follows the segments: 16 + 30 per segment.
    expect(heightOf(segmentBars(sizes.slice(0, 3)))).toBe(106);
  }, 60_000);

  it('stateDiagram with 200,000 states refuses its default width with input_too_large instead of overflowing the stack', () => {
    const states = Array.from({ length: 200_000 }, (_, i) => ({ id: `s${i}` }));
    expect(thrown(() => stateDiagram({ states, edges: [] }))).toEqual({
      code: 'input_too_large',
      path: ['machine', 'states'],
      details: expect.objectContaining({ what: 'options.width', limit: 20_000 }),
    });
  });

  it('stateDiagram refuses a default height past 20,000 (many repeated arcs) at the edges', () => {
    const states = [{ id: 'a' }, { id: 'b' }];
    const edges = Array.from({ length: 600 }, () => ({ from: 'a', to: 'b' }));
    expect(thrown(() => stateDiagram({ states, edges }))).toMatchObject({ code: 'input_too_large', path: ['machine', 'edges'], details: { what: 'options.height', limit: 20_000 } });
    // A given height is the caller's choice, as before.
    expect(stateDiagram({ states, edges }, { height: 400 }).startsWith('<svg')).toBe(true);
  });

  it('counts of customers are whole numbers', () => {
    expect(thrown(() => segmentBars([{ id: 'a', count: 0.4 }, { id: 'b', count: 0.4 }]))).toMatchObject({
      code: 'invalid_argument',
      path: ['sizes', 0, 'count'],
      details: { expected: 'integer' },
    });
    expect(thrown(() => rfmHeatmap([{ r: 1, f: 1, count: 2.5, revenueShare: 1 }]))).toMatchObject({
      code: 'invalid_argument',
      path: ['cells', 0, 'count'],
      details: { expected: 'integer' },
    });
    expect(segmentBars([{ id: 'a', count: 0 }, { id: 'b', count: 3 }])).toContain('3 customers in 2 segments');
  });
});

describe('playbook: review fixes', () => {
  it('reports the locale of the table each text came from', () => {
    const page = playbook('loyalty', undefined, { locale: 'fr', texts: { fr: { 'playbook.loyalty.new': 'Soignez-les' } } });
    expect(page.map((a) => [a.value, a.locale])).toEqual([
      ['potential', 'en'],
      ['new', 'fr'],
      ['established', 'en'],
      ['loyal', 'en'],
    ]);
    expect(page.find((a) => a.value === 'new')?.treatment).toBe('Soignez-les');
    expect(playbook('loyalty', 'new', { locale: 'zh-TW', texts: zhHans })?.locale).toBe('zh-Hans');
    // A host table's key is reported in its conventional form, whatever case or separator it was written in.
    expect(playbook('loyalty', 'new', { locale: 'zh-TW', texts: { zh_TW: { 'playbook.loyalty.new': '新客' } } })?.locale).toBe('zh-TW');
    expect(playbook('loyalty', 'new', { locale: 'zh-HK', texts: { 'ZH-hant': { 'playbook.loyalty.new': '新客' } } })?.locale).toBe('zh-Hant');
    expect(playbook('loyalty', 'new', 'de')?.locale).toBe('en');
  });

  it('ranks old customers first among old, new and potential ones, as the seed does, and cites the ranking', () => {
    const en = playbook('loyalty', 'established');
    expect(en?.treatment).toContain('of old, new and potential customers');
    expect(en?.source).toContainEqual({ seed: '000', term: '这三者的重视度是由重到轻' });
    expect(playbook('loyalty', 'established', { locale: 'zh-Hans', texts: zhHans })?.treatment).toContain('老客户、新客户、潜在客户三者中重视度最高');
  });
});
