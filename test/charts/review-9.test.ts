import { describe, expect, it } from 'vitest';
import { cumulativeRepeatChart, segmentBars } from '../../src/charts/index.js';

// A review of the charts: the bars and the heat map gave one segment two revenue shares, shares
// ignored the chart's locale, and a tiny span drew ticks past the plot.

const sizes = [
  { id: 'champions', count: 1, revenue: 900 },
  { id: 'loyal_customers', count: 1, revenue: 250 },
  { id: 'lost', count: 1, revenue: -300 },
];

describe('segmentBars', () => {
  it('shows net shares of revenue, as the heat map does (a segment of refunds shows its negative share)', () => {
    const svg = segmentBars(sizes);
    expect(svg).toContain('105.9% of revenue');
    expect(svg).toContain('29.4% of revenue');
    expect(svg).toContain('-35.3% of revenue');
  });

  it('writes shares as the locale of its texts does, as it writes counts', () => {
    // A host's French table: the chart speaks French, numbers included (`de` without a table falls back to English, numbers too).
    const svg = segmentBars(sizes, { locale: 'fr', texts: { fr: { 'chart.ofRevenue': '{share} du chiffre d’affaires' } } });
    expect(svg).toContain('105,9\u00a0% du chiffre d’affaires');
    expect(segmentBars(sizes, { locale: 'de' })).toContain('105.9% of revenue');
  });
});

describe('cumulativeRepeatChart', () => {
  it('draws no tick past the plot for a tiny span', () => {
    const svg = cumulativeRepeatChart({ at: [0, 1e-9], expected: [0, 1], actual: [0, 1], unit: 'days' } as never, { width: 400 });
    // The x-axis ticks, the last at the plot's right edge (x = 380 of 400).
    const ticks = [...svg.matchAll(/<text x="(-?[\d.]+)" y="386" text-anchor="middle">([^<]*)<\/text>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(ticks).toEqual([[64, '0'], [127.2, '2E-10'], [190.4, '4E-10'], [253.6, '6E-10'], [316.8, '8E-10'], [380, '1E-9']]);
  });
});
