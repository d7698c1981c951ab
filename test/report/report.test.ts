import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../charts/xml.js';
import { buildReport } from './build.js';

describe('examples/report.ts', () => {
  const report = buildReport();

  it('writes report.html from CDNOW in under 5 s', () => {
    expect(report.stdout).toMatch(/23570 customers/);
    expect(report.ms).toBeLessThan(5000);
  });

  it('is self-contained: inline SVG and CSS, no script, nothing fetched', () => {
    const { html } = report;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    // The only addresses are the attribution's links.
    for (const m of html.matchAll(/https?:\/\/[^\s"<)]+/g)) expect(m[0]).toMatch(/^https:\/\/www\.brucehardie\.com\/|^http:\/\/www\.w3\.org\/2000\/svg$/);
  });

  it('holds the four charts in each of the three locales, each well-formed', () => {
    const svgs = [...report.html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(12);
    for (const kind of ['rfm-heatmap', 'segment-bars', 'pareto', 'state-diagram']) {
      expect(svgs.filter((s) => s.includes(`crm-chart-${kind}"`))).toHaveLength(3);
    }
    for (const svg of svgs) expect(xmlProblems(svg)).toEqual([]);
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) expect(report.html).toContain(`class="lang l-${locale}" lang="${locale}"`);
  });

  it('names the data set and its attribution, and the legend', () => {
    const { html } = report;
    expect(html).toContain('Customer value report: CDNOW');
    expect(html).toContain('69,659 purchases by 23,570 customers, 1997-01-01 to 1998-06-30');
    expect(html).toContain('Bruce G. S. Hardie');
    expect(html).toContain('Forecasting Repeat Sales at CDNOW');
    expect(html).toContain("Can't lose them");
    expect(html).toContain('Reward them; ask for reviews and referrals');
    expect(html).toContain('First purchase'); // an event of the status machine
    expect(html).toContain('Win-back campaign');
  });
});
