import { describe, expect, it } from 'vitest';
import { cumulativeRepeatChart, paretoCurve, rfmHeatmap, segmentBars, stateDiagram } from 'crm-taxonomy/charts';
import { texts } from './xml.js';
import { inLocale } from '../support/locales.js';

/** The text of every `<title>` of a chart's parts (tooltips) and its `<desc>`. */
const titles = (svg: string): string[] => [...svg.matchAll(/<(?:title|desc)>([^<]*)<\/(?:title|desc)>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** Every text of a chart a reader sees or hears: its texts, tooltips and description. */
const all = (svg: string): string[] => [...texts(svg), ...titles(svg)];
/** English punctuation in Chinese text: a colon, an opening or closing parenthesis or a semicolon with its space. */
const ENGLISH_PUNCTUATION = /: | \(|\) |\)$|; /;

/** A host's German wording of one chart text: its number formats are German (`10.000`, `20 %`). */
const german = { locale: 'de', texts: { de: { 'chart.trackingAxis': 'Kumulierte Wiederholungskäufe' } } };

describe('charts speak the locale: numbers (review: axis ticks by hand)', () => {
  const input = { at: [0, 13, 26, 39, 52], expected: [0, 12_000, 25_000, 38_000, 41_000], actual: [0, 13_000, 24_000, 39_000, 41_353], unit: 'weeks' as const, calibrationEnd: 26 };

  it('writes the tracking chart’s axis ticks as Intl.NumberFormat does for the locale', () => {
    const en = texts(cumulativeRepeatChart(input));
    expect(en).toEqual(expect.arrayContaining(['10,000', '20,000', '40,000', '50,000']));
    expect(en).not.toContain('10000');
    for (const locale of ['zh-Hans', 'zh-Hant']) {
      const zh = texts(cumulativeRepeatChart(input, inLocale(locale)));
      expect(zh).toContain(new Intl.NumberFormat(locale).format(10_000));
      expect(zh).not.toContain('10000');
    }
    const de = texts(cumulativeRepeatChart(input, german));
    expect(de).toEqual(expect.arrayContaining(['Kumulierte Wiederholungskäufe', '10.000', '40.000']));
    // The x axis too: weeks past a thousand are grouped.
    const long = texts(cumulativeRepeatChart({ at: [0, 2500, 5000], expected: [0, 1, 2], actual: [0, 1, 2], unit: 'days' }, german));
    expect(long).toEqual(expect.arrayContaining(['1.000', '5.000']));
    expect(long).not.toContain('1000');
  });

  it('writes the Pareto axis’ percentages as Intl.NumberFormat does for the locale', () => {
    const points = [{ customers: 0.2, value: 0.8 }, { customers: 1, value: 1 }];
    expect(texts(paretoCurve(points))).toEqual(expect.arrayContaining(['0%', '20%', '100%']));
    const percent = new Intl.NumberFormat('de', { style: 'percent' });
    const de = texts(paretoCurve(points, { locale: 'de', texts: { de: { 'chart.valueAxis': 'Kumulierter Wertanteil' } } }));
    expect(de).toEqual(expect.arrayContaining([percent.format(0.2), percent.format(1)]));
    expect(de).not.toContain('20%');
  });

  it('writes counts and the heat map’s scores in the locale', () => {
    const cells = [{ r: 2, f: 2, count: 1_234_567, revenueShare: 0.5, segment: 'champions' }, { r: 1, f: 1, count: 3, revenueShare: 0.5, segment: 'lost' }];
    const de = rfmHeatmap(cells, { locale: 'de', texts: { de: { 'chart.recencyAxis': 'Aktualität (R)' } } });
    expect(texts(de)).toContain('1.234.567');
    expect(texts(segmentBars([{ id: 'lost', count: 12_345 }], { locale: 'de', texts: { de: { 'chart.barsTitle': 'Kunden je Segment' } } })).join('\n')).toContain('12.345');
  });
});

describe('charts speak the locale: punctuation (review: English separators in Chinese text)', () => {
  const sizes = [
    { id: 'champions', count: 6314, revenue: 704 },
    { id: 'lost', count: 17_246, revenue: 296 },
  ];

  it('segment bars: Chinese labels and tooltips use Chinese punctuation, English keeps ASCII', () => {
    const en = segmentBars(sizes);
    expect(all(en)).toEqual(expect.arrayContaining(['6,314 (26.8%) · 70.4% of revenue', 'Champions: 6,314 (26.8%) · 70.4% of revenue']));
    for (const locale of ['zh-Hans', 'zh-Hant']) {
      const zh = segmentBars(sizes, inLocale(locale));
      for (const t of all(zh)) expect(t, t).not.toMatch(ENGLISH_PUNCTUATION);
    }
    const zh = segmentBars(sizes, inLocale('zh-Hans'));
    expect(all(zh)).toEqual(expect.arrayContaining(['6,314（26.8%）· 收入 70.4%', '冠军客户：6,314（26.8%）· 收入 70.4%']));
    expect(all(segmentBars(sizes, { ...inLocale('zh-Hans'), showRevenue: false }))).toContain('6,314（26.8%）');
    // A host's wording of the share of revenue still holds in a bar's label.
    const host = { en: { 'chart.ofRevenue': '{share} of expected value' }, 'zh-Hans': { 'chart.ofRevenue': '期望价值 {share}' } };
    expect(texts(segmentBars(sizes, { texts: host }))).toContain('6,314 (26.8%) · 70.4% of expected value');
    expect(texts(segmentBars(sizes, { locale: 'zh-Hans', texts: [host, inLocale('zh-Hans').texts] }))).toContain('6,314（26.8%）· 期望价值 70.4%');
  });

  it('Pareto curve: the cut labels follow the locale, as its title does', () => {
    const points = [{ customers: 0.326, value: 0.8 }, { customers: 1, value: 1 }];
    const cuts = [{ label: 'A', customers: 0.326, value: 0.8 }];
    expect(texts(paretoCurve(points, { cuts }))).toContain('A: 32.6% → 80.0%');
    const zh = paretoCurve(points, { cuts, ...inLocale('zh-Hans') });
    expect(texts(zh)).toContain('A：32.6% → 80.0%');
    for (const t of all(zh)) expect(t, t).not.toMatch(ENGLISH_PUNCTUATION);
    // Chinese sentences follow one another without a space.
    expect(titles(zh)).toContain('客户按价值从高到低排序。A：前 32.6% 的客户贡献 80.0% 的价值。');
    expect(titles(paretoCurve(points, { cuts }))).toContain('Customers ranked by value, highest first. A: top 32.6% of customers hold 80.0% of value.');
  });

  it('state diagram: Chinese tooltips and description use Chinese punctuation, English keeps ASCII', () => {
    const machine = {
      states: [
        { id: 'non', label: { en: 'Non-customer', 'zh-Hans': '非客户' } },
        { id: 'potential', label: { en: 'Potential', 'zh-Hans': '潜在客户' } },
        { id: 'current', label: { en: 'Current', 'zh-Hans': '当前客户' } },
      ],
      edges: [
        { from: 'non', to: 'potential', label: { en: 'need confirmed', 'zh-Hans': '确认潜在需求' } },
        { from: 'potential', to: 'current', label: { en: 'first purchase', 'zh-Hans': '首次购买' } },
        { from: 'current', to: 'potential' },
      ],
    };
    const en = titles(stateDiagram(machine));
    expect(en).toEqual(expect.arrayContaining(['Non-customer → Potential: need confirmed', 'Current → Potential']));
    expect(en).toContain('3 states and 3 transitions: Non-customer → Potential (need confirmed); Potential → Current (first purchase); Current → Potential.');
    const zh = stateDiagram(machine, inLocale('zh-Hans'));
    for (const t of all(zh)) expect(t, t).not.toMatch(ENGLISH_PUNCTUATION);
    expect(titles(zh)).toEqual(expect.arrayContaining(['非客户 → 潜在客户：确认潜在需求', '当前客户 → 潜在客户']));
    expect(titles(zh)).toContain('3 个状态，3 个转换：非客户 → 潜在客户（确认潜在需求）；潜在客户 → 当前客户（首次购买）；当前客户 → 潜在客户。');
  });
});

describe('charts speak the locale: the heat map’s segment (review: "mostly" for a plurality)', () => {
  const cells = [{ r: 1, f: 1, count: 100, revenueShare: 1, segment: 'promising' }];

  it('names the most common segment of a cell, not one that would be most of it', () => {
    const en = titles(rfmHeatmap(cells));
    expect(en.join('\n')).not.toMatch(/mostly/);
    expect(en).toContain('R 1, F 1: 100 customers, 100.0% of revenue; most common segment: Promising');
    const zh = titles(rfmHeatmap(cells, inLocale('zh-Hans')));
    expect(zh.join('\n')).not.toMatch(/主要为/);
    expect(zh).toContain('R 1，F 1：100 位客户，收入占比 100.0%；最常见的细分为有潜力客户');
    expect(titles(rfmHeatmap(cells, inLocale('zh-Hant'))).join('\n')).not.toMatch(/主要為/);
  });

  it('writes its Chinese axes with Chinese parentheses', () => {
    for (const locale of ['zh-Hans', 'zh-Hant']) {
      const zh = rfmHeatmap(cells, inLocale(locale));
      for (const t of all(zh)) expect(t, t).not.toMatch(/[():;]/);
    }
  });

  it('says one customer in the singular', () => {
    expect(titles(rfmHeatmap([{ ...cells[0]!, count: 1 }]))).toContain('R 1, F 1: 1 customer, 100.0% of revenue; most common segment: Promising');
  });
});
