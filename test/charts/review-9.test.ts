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
    const xs = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+"[^>]*text-anchor="middle"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
  });
});
